//! The HTTP API v1 (axum): one router per resource, merged in `app` with the bearer-token gate,
//! the static files of `--static-dir` (`static_files`: precompressed variants, cache rules) and
//! the layers every answer passes. The handlers only unpack a request, call `service` and answer.
//!
//! Resources: `orders`, `messaging` (actions and sends), `invoice` (a PDF to the buyer), `buyers`, `health`; the admin pages
//! (`serve::setup`) are merged in beside them with layers of their own. Shared: `query`
//! (typed query strings), `answer` (JSON and problem+json). Layers (`around`: a cheaper
//! `from_fn`): `auth` (bearer tokens), `origins` (CORS), and `edge`, which runs the origin guard,
//! `access_log` and `load` (deadline, concurrency cap) in one.

pub mod access_log;
pub mod answer;
pub mod around;
pub mod auth;
pub mod buyers;
pub mod edge;
pub mod health;
pub mod invoice;
pub mod load;
pub mod messaging;
pub mod orders;
pub mod origins;
pub mod query;
pub mod static_files;
pub mod static_memory;

use std::sync::Arc;

use axum::http::{header, HeaderName, HeaderValue};
use axum::routing::get;
use axum::Router;
use orderlens::problem::{Problem, ProblemCode};
use tower::ServiceBuilder;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::serve::setup;
use crate::serve::state::AppState;
use answer::ApiError;
use auth::{Bearer, Gate};
use edge::Edge;
use load::Load;
use origins::OriginPolicy;

pub fn app(state: Arc<AppState>) -> Router {
    let gate = Arc::new(Gate::new(&state.config.tokens));
    let policy = Arc::new(OriginPolicy::new(state.config.allowed_origins.clone()));
    let load = Arc::new(Load::new(state.config.request_deadline, state.config.max_concurrent_requests));
    let protected = Router::new()
        .merge(orders::router())
        .merge(messaging::router())
        .merge(invoice::router())
        .merge(buyers::router())
        .route_layer(around::layer(Arc::new(Bearer { gate: gate.clone(), required: true })));
    let public = health::router().route_layer(around::layer(Arc::new(Bearer { gate, required: false })));
    let api = public.merge(protected);
    let app = match &state.config.static_dir {
        Some(dir) => api.route("/v1/{*rest}", get(not_found)).fallback_service(static_files::service(dir)),
        None => api.fallback(not_found),
    };
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    // The admin pages are no API: no CORS, and their forms are checked against their own
    // origin (`setup::guard`), not `allowed_origins`; load limits and the access log still apply.
    let admin_edge = Arc::new(Edge { origins: None, load: load.clone() });
    let admin = setup::router(state.clone()).layer(around::layer(admin_edge));
    let api_edge = Arc::new(Edge { origins: Some(policy.clone()), load });
    // One `layer` call for all of them: axum boxes each route once per call, and clones the
    // boxes on every request.
    let api_layers = ServiceBuilder::new()
        // On every answer, static files included: no MIME sniffing, no referrer to other sites.
        .layer(header(header::REFERRER_POLICY, "no-referrer"))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(around::layer(api_edge))
        .layer(origins::cors_layer(policy));
    app.with_state(state).layer(api_layers).merge(admin)
}

async fn not_found() -> ApiError {
    Problem::new(ProblemCode::NotFound, "No such endpoint. The API is GET /v1/orders/{orderId}, GET /v1/orders/{orderId}/messaging-actions, GET /v1/orders/{orderId}/messaging-attributes, POST /v1/orders/{orderId}/messages/{action}, POST /v1/orders/{orderId}/invoice, GET /v1/buyers/{alias}/orders and GET /v1/health.").into()
}
