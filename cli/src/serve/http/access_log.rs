//! One log line per request: the token's label, method, route template, order id, status,
//! latency. Never the query string, bodies or the buyer alias of `/v1/buyers/{alias}/orders` (PII).

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;

use super::auth::CallerLabel;

pub async fn log(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let route = request.extensions().get::<MatchedPath>().map(|p| p.as_str().to_string());
    // Order ids are not PII and support needs them; take it only from routes that have one.
    let order_id = match route.as_deref() {
        Some(r) if r.starts_with("/v1/orders/{order_id}") => {
            request.uri().path().split('/').nth(3).map(|s| s.chars().take(40).collect::<String>())
        }
        _ => None,
    };
    let response = next.run(request).await;
    let token = response.extensions().get::<CallerLabel>().map(|l| l.0.as_str());
    tracing::info!(
        token = token.unwrap_or("-"),
        method = %method,
        route = route.as_deref().unwrap_or("(static or unknown)"),
        order_id = order_id.as_deref().unwrap_or("-"),
        status = response.status().as_u16(),
        latency_ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    response
}
