//! What every request passes before its route, in one layer: the origin guard (API only), the
//! access log, the load limits.

use std::future::Future;
use std::sync::Arc;

use axum::extract::Request;
use axum::http::Method;
use axum::response::Response;
use orderlens::problem::Problem;
use tokio::sync::OwnedSemaphorePermit;

use super::access_log::Entry;
use super::around::Around;
use super::load::Load;
use super::origins::{self, OriginPolicy};

pub struct Edge {
    /// `None` for the admin pages, which check their forms against their own origin.
    pub origins: Option<Arc<OriginPolicy>>,
    pub load: Arc<Load>,
}

/// A request let in: its log line to come, its place among those in flight, whether it sends.
pub struct Admitted {
    entry: Entry,
    permit: OwnedSemaphorePermit,
    sends: bool,
}

impl Around for Edge {
    type Ticket = Admitted;

    fn enter(&self, request: &mut Request) -> Result<Admitted, Problem> {
        if let Some(refused) = self.origins.as_deref().and_then(|policy| origins::refusal(policy, request)) {
            return Err(refused);
        }
        let entry = Entry::of(request);
        match self.load.admit() {
            Ok(permit) => Ok(Admitted { entry, permit, sends: request.method() == Method::POST }),
            Err(busy) => {
                entry.refused(&busy);
                Err(busy)
            }
        }
    }

    async fn leave(self: Arc<Self>, admitted: Admitted, answer: impl Future<Output = Response> + Send) -> Response {
        let Admitted { entry, permit, sends } = admitted;
        let response = self.load.within_deadline(sends, answer).await;
        drop(permit);
        entry.finish(&response);
        response
    }
}
