//! `POST /v1/orders/{orderId}/invoice[?marketplace=]` with
//! `{"fileName": "invoice-1001.pdf", "contentBase64": "JVBERi0…"[, "marketplace", "allowDuplicate"]}`:
//! the PDF to the buyer as Amazon's `invoice` message (`service::invoice`: Uploads API, then
//! sendInvoice). Base64 in JSON because every host can carry it (Zendesk's `client.request`
//! cannot send binary); the file may have 10 MB, so this route alone takes bodies up to
//! [`MAX_BODY`].

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Extension, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::post;
use axum::Router;
use base64::Engine;
use orderlens::problem::{Problem, ProblemCode};
use serde::Deserialize;

use super::answer::{json, ApiError};
use super::auth::Caller;
use super::messaging::Sent;
use super::query::{MarketplaceQuery, Params};
use crate::serve::order_id::OrderId;
use crate::serve::service::invoice::Pdf;
use crate::serve::service::messaging::{self, Outgoing, Payload};
use crate::serve::state::AppState;

/// 10 MB of file as base64 (4/3) and the JSON around it.
pub const MAX_BODY: usize = 14 * 1024 * 1024;

pub fn router() -> Router<Arc<AppState>> {
    Router::new().route("/v1/orders/{order_id}/invoice", post(send_invoice).layer(DefaultBodyLimit::max(MAX_BODY)))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct InvoiceBody {
    file_name: String,
    content_base64: String,
    #[serde(default)]
    marketplace: Option<String>,
    #[serde(default)]
    allow_duplicate: bool,
}

async fn send_invoice(
    State(s): State<Arc<AppState>>,
    Extension(caller): Extension<Caller>,
    Path(order_id): Path<String>,
    Params(q): Params<MarketplaceQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let order_id = OrderId::parse(&order_id, s.config.sandbox)?;
    let bad = |why: &str| Problem::new(ProblemCode::BadRequest, why.to_string());
    let body: InvoiceBody = serde_json::from_slice(&body).map_err(|_| {
        bad(r#"The body must be JSON like {"fileName": "invoice.pdf", "contentBase64": "<the PDF, base64>"}."#)
    })?;
    let bytes = base64::engine::general_purpose::STANDARD.decode(body.content_base64.trim()).map_err(|_| {
        bad("contentBase64 is not base64 (RFC 4648, with padding). Encode the PDF file's bytes and send again.")
    })?;
    let message = Outgoing {
        order_id: &order_id,
        action: "invoice",
        payload: Payload::Invoice(Pdf { file_name: &body.file_name, bytes: &bytes }),
        marketplace: body.marketplace.as_deref().or(q.marketplace.as_deref()),
        allow_duplicate: body.allow_duplicate,
    };
    let request_id = messaging::send(&s, &caller, &message).await?;
    Ok(json(StatusCode::CREATED, &Sent { order_id: order_id.as_str(), action: "invoice", sent: true, request_id }))
}
