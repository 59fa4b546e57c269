//! `GET /v1/buyers/{alias}/orders[?marketplace=][&fresh=1]`: a buyer's recent orders.

use std::sync::Arc;

use axum::extract::{Extension, Path, State};
use axum::response::Response;
use axum::routing::get;
use axum::Router;

use super::answer::{encoded, ApiError};
use super::auth::Caller;
use super::query::{OrderQuery, Params};
use crate::serve::service::buyers;
use crate::serve::state::AppState;

pub fn router() -> Router<Arc<AppState>> {
    Router::new().route("/v1/buyers/{alias}/orders", get(buyer_orders))
}

async fn buyer_orders(
    State(s): State<Arc<AppState>>,
    Extension(caller): Extension<Caller>,
    Path(alias): Path<String>,
    Params(q): Params<OrderQuery>,
) -> Result<Response, ApiError> {
    let found = buyers::buyer_orders(&s, &caller, &alias, q.marketplace.as_deref(), q.fresh()).await?;
    Ok(encoded(&found))
}
