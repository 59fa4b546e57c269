//! `GET /v1/orders/{orderId}[?marketplace=][&fresh=1]`: the order view.

use std::sync::Arc;

use axum::extract::{Extension, Path, State};
use axum::response::Response;
use axum::routing::get;
use axum::Router;

use super::answer::{encoded, ApiError};
use super::auth::Caller;
use super::query::{OrderQuery, Params};
use crate::serve::order_id::OrderId;
use crate::serve::service::orders;
use crate::serve::state::AppState;

pub fn router() -> Router<Arc<AppState>> {
    Router::new().route("/v1/orders/{order_id}", get(get_order))
}

async fn get_order(
    State(s): State<Arc<AppState>>,
    Extension(caller): Extension<Caller>,
    Path(order_id): Path<String>,
    Params(q): Params<OrderQuery>,
) -> Result<Response, ApiError> {
    let order_id = OrderId::parse(&order_id, s.config.sandbox)?;
    let view = orders::order(&s, &caller, &order_id, q.marketplace.as_deref(), q.fresh()).await?;
    Ok(encoded(&view))
}
