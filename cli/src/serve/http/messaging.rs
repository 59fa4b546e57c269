//! `GET /v1/orders/{orderId}/messaging-actions[?marketplace=]`: the messages Amazon allows now
//! (and `maySend`: whether this token may send them);
//! `GET /v1/orders/{orderId}/messaging-attributes[?marketplace=]`: the buyer's locale;
//! `POST /v1/orders/{orderId}/messages/{action}` with `{"text": "…"}`: send one.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use orderlens::problem::{Problem, ProblemCode};
use serde::{Deserialize, Serialize};

use super::answer::{json, ApiError};
use super::auth::Caller;
use super::query::{MarketplaceQuery, Params};
use crate::serve::order_id::OrderId;
use crate::serve::service::messaging::{self, Outgoing, Payload};
use crate::serve::state::AppState;

pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/v1/orders/{order_id}/messaging-actions", get(messaging_actions))
        .route("/v1/orders/{order_id}/messaging-attributes", get(messaging_attributes))
        .route("/v1/orders/{order_id}/messages/{action}", post(send_message))
}

async fn messaging_actions(
    State(s): State<Arc<AppState>>,
    Extension(caller): Extension<Caller>,
    Path(order_id): Path<String>,
    Params(q): Params<MarketplaceQuery>,
) -> Result<Response, ApiError> {
    let order_id = OrderId::parse(&order_id, s.config.sandbox)?;
    let actions = messaging::actions(&s, &caller, &order_id, q.marketplace.as_deref()).await?;
    Ok(json(StatusCode::OK, &actions))
}

async fn messaging_attributes(
    State(s): State<Arc<AppState>>,
    Extension(caller): Extension<Caller>,
    Path(order_id): Path<String>,
    Params(q): Params<MarketplaceQuery>,
) -> Result<Response, ApiError> {
    let order_id = OrderId::parse(&order_id, s.config.sandbox)?;
    let attributes = messaging::attributes(&s, &caller, &order_id, q.marketplace.as_deref()).await?;
    Ok(json(StatusCode::OK, &attributes))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SendBody {
    text: String,
    #[serde(default)]
    marketplace: Option<String>,
    #[serde(default)]
    allow_duplicate: bool,
}

/// A send's answer (201), for text messages and invoices alike.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Sent<'a> {
    pub order_id: &'a str,
    pub action: &'a str,
    pub sent: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

async fn send_message(
    State(s): State<Arc<AppState>>,
    Extension(caller): Extension<Caller>,
    Path((order_id, action)): Path<(String, String)>,
    Params(q): Params<MarketplaceQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let order_id = OrderId::parse(&order_id, s.config.sandbox)?;
    let body: SendBody = serde_json::from_slice(&body).map_err(|_| {
        Problem::new(
            ProblemCode::BadRequest,
            r#"The body must be JSON like {"text": "…"} (optionally with "marketplace" and "allowDuplicate": true)."#,
        )
    })?;
    let message = Outgoing {
        order_id: &order_id,
        action: &action,
        payload: Payload::Text(&body.text),
        marketplace: body.marketplace.as_deref().or(q.marketplace.as_deref()),
        allow_duplicate: body.allow_duplicate,
    };
    let request_id = messaging::send(&s, &caller, &message).await?;
    Ok(json(StatusCode::CREATED, &Sent { order_id: order_id.as_str(), action: &action, sent: true, request_id }))
}
