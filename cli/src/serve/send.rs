//! `POST /v1/orders/{orderId}/messages/{action}`: one templated buyer message, sent at most
//! once. Checked first (the token may send, the action takes text, core's compliance rules),
//! recorded in the send ledger before it leaves, and written to the audit log however it ends.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Extension, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use orderlens::problem::{Problem, ProblemCode};
use serde::{Deserialize, Serialize};

use super::audit::{self, SendRecord};
use super::auth::Caller;
use super::dedupe::SendKey;
use super::input::parse_marketplace;
use super::messaging;
use super::order_id::OrderId;
use super::problem::{from_upstream, ApiError};
use super::routes::{account_for_order, json, recorded, Params};
use super::spapi::client::UpstreamError;
use super::spapi::operations;
use super::state::AppState;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SendBody {
    text: String,
    #[serde(default)]
    marketplace: Option<String>,
    /// Send even if the identical text went to this order within the last 10 minutes.
    #[serde(default)]
    allow_duplicate: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Sent<'a> {
    order_id: &'a str,
    action: &'a str,
    sent: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_id: Option<String>,
}

pub async fn send_message(
    State(s): State<Arc<AppState>>,
    Extension(caller): Extension<Caller>,
    Path((order_id, action)): Path<(String, String)>,
    Query(q): Params,
    body: Bytes,
) -> Result<Response, ApiError> {
    let order_id = OrderId::parse(&order_id, s.config.sandbox)?;
    let body: SendBody = serde_json::from_slice(&body).map_err(|_| {
        Problem::new(
            ProblemCode::BadRequest,
            r#"The body must be JSON like {"text": "…"} (optionally with "marketplace" and "allowDuplicate": true)."#,
        )
    })?;
    let mut trail = Trail::default();
    let outcome =
        attempt(&s, &caller, &order_id, &action, &body, q.get("marketplace").map(String::as_str), &mut trail).await;
    let record = SendRecord {
        label: &caller.label,
        account: trail.account.as_deref(),
        order_id: order_id.as_str(),
        action: &action,
        request_id: trail.request_id.as_deref(),
        allow_duplicate: body.allow_duplicate,
    };
    audit::send(&record, outcome.as_ref().map(|_| ()));
    outcome?;
    let sent = Sent { order_id: order_id.as_str(), action: &action, sent: true, request_id: trail.request_id.clone() };
    Ok(json(StatusCode::CREATED, &sent))
}

/// What the audit line needs to know of a send, however far it got.
#[derive(Default)]
struct Trail {
    account: Option<String>,
    request_id: Option<String>,
}

async fn attempt(
    s: &AppState,
    caller: &Caller,
    order_id: &OrderId,
    action: &str,
    body: &SendBody,
    query_marketplace: Option<&str>,
    trail: &mut Trail,
) -> Result<(), Problem> {
    caller.check_send()?;
    let spec = messaging::validate(action, &body.text)?;
    let marketplace = parse_marketplace(body.marketplace.as_deref().or(query_marketplace))?;
    let (account, mp) = account_for_order(s, caller, order_id, marketplace).await?;
    trail.account = Some(account.name().to_string());
    let key = SendKey::new(account.name(), order_id.as_str(), action, &body.text);
    if body.allow_duplicate {
        s.ledger.record(key);
    } else if !s.ledger.reserve(key) {
        return Err(Problem::new(
            ProblemCode::MessageDuplicate,
            format!("The same '{action}' text went to order {order_id} less than 10 minutes ago. Check Buyer-Seller Messages in Seller Central; to send it again anyway, repeat the request with \"allowDuplicate\": true."),
        ));
    }
    let req = operations::send_message(order_id, spec, mp, &body.text);
    match s.spapi.call(&account, &req).await {
        Ok(ok) => {
            trail.request_id = ok.request_id;
            Ok(())
        }
        Err(e) => {
            // Only a send that may have arrived stays on record; any other failure surely did not.
            if !matches!(e, UpstreamError::MaybeDelivered { .. }) {
                s.ledger.release(key);
            }
            let what = format!("the '{action}' message for order {order_id}");
            Err(recorded(&account, from_upstream(e, account.name(), &what)))
        }
    }
}
