//! One log line per request: the token's label, method, route template, order id, status,
//! latency. Never the query string, bodies or the buyer alias of `/v1/buyers/{alias}/orders` (PII).

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::http::Method;
use axum::response::Response;
use orderlens::problem::Problem;

use super::auth::CallerLabel;

/// A request being answered: what its log line says besides the answer.
pub struct Entry {
    started: Instant,
    method: Method,
    route: Option<MatchedPath>,
    order_id: Option<String>,
}

impl Entry {
    pub fn of(request: &Request) -> Entry {
        let started = Instant::now();
        let method = request.method().clone();
        let route = request.extensions().get::<MatchedPath>().cloned();
        // Order ids are not PII and support needs them; take it only from routes that have one.
        let order_id = match route.as_ref().map(MatchedPath::as_str) {
            Some(r) if r.starts_with("/v1/orders/{order_id}") => {
                request.uri().path().split('/').nth(3).map(|s| s.chars().take(40).collect::<String>())
            }
            _ => None,
        };
        Entry { started, method, route, order_id }
    }

    /// Writes the line, once the answer is there.
    pub fn finish(self, response: &Response) {
        let token = response.extensions().get::<CallerLabel>().map(|l| l.0.label.as_str());
        self.write(token, response.status().as_u16());
    }

    /// Writes the line of a request refused before its route and its token check.
    pub fn refused(self, problem: &Problem) {
        self.write(None, problem.status);
    }

    fn write(self, token: Option<&str>, status: u16) {
        let Entry { started, method, route, order_id } = self;
        tracing::info!(
            token = token.unwrap_or("-"),
            method = method.as_str(),
            route = route.as_ref().map_or("(static or unknown)", MatchedPath::as_str),
            order_id = order_id.as_deref().unwrap_or("-"),
            status,
            latency_ms = started.elapsed().as_secs_f64() * 1000.0,
            "request"
        );
    }
}
