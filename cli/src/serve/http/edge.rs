//! What every request passes before its route, in one layer: the origin guard (API only), the
//! access log, the load limits. One `from_fn` rather than three, since each clones and drops the
//! boxed inner service on every request.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use super::access_log::Entry;
use super::load::Load;
use super::origins::{self, OriginPolicy};

pub struct Edge {
    /// `None` for the admin pages, which check their forms against their own origin.
    pub origins: Option<Arc<OriginPolicy>>,
    pub load: Arc<Load>,
}

pub async fn edge(State(edge): State<Arc<Edge>>, request: Request, next: Next) -> Response {
    if let Some(refused) = edge.origins.as_deref().and_then(|policy| origins::refusal(policy, &request)) {
        return refused;
    }
    let entry = Entry::of(&request);
    let response = edge.load.run(request, next).await;
    entry.finish(&response);
    response
}
