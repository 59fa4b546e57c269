//! The admin pages under `/setup`: log in with the admin token, connect a seller account
//! through Seller Central's consent (the website authorisation workflow), see the accounts,
//! their marketplaces and token health, remove or re-authorise one, and follow the Seller
//! Central email checklist. Server-rendered HTML without script, a strict CSP, forms guarded by
//! a CSRF token, `SameSite` cookies and `Origin`/`Sec-Fetch-Site` checks.
//!
//! `handlers` (the routes), `guard` (session, CSRF, cookies), `session` (sessions and consent
//! flows in flight), `connect` (the consent flow, no HTTP types), `pages` and `dashboard` (the
//! HTML), `config` (the keys of this part and of the account store).

pub mod config;
pub mod connect;
pub mod dashboard;
pub mod guard;
pub mod handlers;
pub mod pages;
pub mod session;
pub mod state;

use std::sync::Arc;

use axum::http::{header, HeaderName, HeaderValue};
use axum::routing::{get, post};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::serve::http::auth::Gate;
use crate::serve::secret::Secret;
use crate::serve::state::AppState;
use crate::serve::tokens::TokenConfig;
use state::SetupState;

pub fn router(app: Arc<AppState>) -> Router {
    let admin = app.config.setup.admin_token.clone().unwrap_or(Secret::new(""));
    let csp = content_security_policy(&app);
    let state = Arc::new(SetupState { gate: Gate::new(&[TokenConfig::reader("admin", admin)]), app });
    let header = |name: HeaderName, value: HeaderValue| SetResponseHeaderLayer::overriding(name, value);
    Router::new()
        .route("/setup", get(handlers::home))
        .route("/setup/", get(handlers::home))
        .route("/setup/setup.css", get(handlers::stylesheet))
        .route("/setup/login", post(handlers::login))
        .route("/setup/logout", post(handlers::logout))
        .route("/setup/connect", post(handlers::connect))
        .route("/setup/accounts/{id}/remove", post(handlers::remove))
        .route(config::CALLBACK_PATH, get(handlers::callback))
        .with_state(state)
        .layer(header(header::CONTENT_SECURITY_POLICY, csp))
        .layer(header(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        // The callback's URL holds Amazon's code: it must not travel to another site as a
        // referrer. Not `no-referrer`: under it browsers send `Origin: null` with the pages' own
        // form posts, and the cross-site guard (guard.rs) would refuse every login.
        .layer(header(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .layer(header(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
}

/// No script, styles and images from here only, no framing; forms may post here and, because
/// Connect answers with a redirect to it, to Seller Central's consent page.
fn content_security_policy(app: &AppState) -> HeaderValue {
    let consent: Vec<String> = match (&app.config.fake_amazon_url, &app.config.setup.seller_central_url) {
        (Some(url), _) | (None, Some(url)) => vec![origin_of(url)],
        (None, None) => orderlens::marketplace::Region::ALL.iter().map(|r| r.seller_central().to_string()).collect(),
    };
    let policy = format!(
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' {}; frame-ancestors 'none'; base-uri 'none'",
        consent.join(" ")
    );
    HeaderValue::from_str(&policy).unwrap_or(HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"))
}

fn origin_of(url: &str) -> String {
    reqwest::Url::parse(url).map(|u| u.origin().ascii_serialization()).unwrap_or_default()
}
