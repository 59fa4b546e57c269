//! Assemble the proxy: router, layers, listener. `start` is what `run` and the tests call.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware;
use axum::routing::{get, post};
use axum::Router;
use orderlens::marketplace::{Marketplace, Region};
use tokio::sync::oneshot;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use super::auth::{self, Gate};
use super::config::{AccountConfig, Config, SANDBOX_TOKEN};
use super::load::{self, Load};
use super::origins::{self, OriginPolicy};
use super::sandbox::{FakeAmazon, FakeOptions};
use super::secret::Secret;
use super::state::AppState;
use super::tokens::TokenConfig;
use super::{access_log, health, routes, send};

/// A started proxy. Dropping it stops the server (and the built-in fake, if any).
pub struct Running {
    pub addr: SocketAddr,
    pub state: Arc<AppState>,
    /// The built-in fake SP-API of sandbox mode.
    pub fake: Option<FakeAmazon>,
    shutdown: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stop accepting, finish requests in flight.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

pub async fn start(mut config: Config) -> Result<Running, String> {
    // reqwest is built without a default crypto provider (ring is lighter to build than aws-lc).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let fake = if config.sandbox {
        let fake = FakeAmazon::spawn(FakeOptions::default())
            .await
            .map_err(|e| format!("cannot start the sandbox fake SP-API: {e}"))?;
        use_sandbox(&mut config, &fake);
        Some(fake)
    } else {
        None
    };
    let http = reqwest::Client::builder()
        // A redirect would carry x-amz-access-token to whatever host it names.
        .redirect(reqwest::redirect::Policy::none())
        .timeout(config.upstream_timeout)
        .connect_timeout(config.upstream_timeout.min(Duration::from_secs(5)))
        .build()
        .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e} (pick another address with --listen)", config.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    if config.static_dir.is_some() {
        // The demo page served from here calls the API from its own origin.
        config.allowed_origins.push(format!("http://{addr}"));
        if addr.ip().is_loopback() {
            config.allowed_origins.push(format!("http://localhost:{}", addr.port()));
            config.allowed_origins.push(format!("http://127.0.0.1:{}", addr.port()));
        }
    }
    let state = Arc::new(AppState::new(config, http));
    let app = router(state.clone());
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let app = app.into_make_service_with_connect_info::<SocketAddr>();
        let serve = axum::serve(listener, app).with_graceful_shutdown(async {
            let _ = rx.await;
        });
        if let Err(e) = serve.await {
            tracing::error!(error = %e, "server stopped");
        }
    });
    Ok(Running { addr, state, fake, shutdown: Some(tx), task })
}

pub fn router(state: Arc<AppState>) -> Router {
    let gate = Arc::new(Gate::new(&state.config.tokens));
    let policy = Arc::new(OriginPolicy::new(state.config.allowed_origins.clone()));
    let load = Arc::new(Load::new(state.config.request_deadline, state.config.max_concurrent_requests));
    let protected = Router::new()
        .route("/v1/orders/{order_id}", get(routes::get_order))
        .route("/v1/orders/{order_id}/messaging-actions", get(routes::messaging_actions))
        .route("/v1/orders/{order_id}/messages/{action}", post(send::send_message))
        .route("/v1/buyers/{alias}/orders", get(routes::buyer_orders))
        .route_layer(middleware::from_fn_with_state(gate.clone(), auth::require_bearer));
    let health = Router::new()
        .route("/v1/health", get(health::health))
        .route_layer(middleware::from_fn_with_state(gate, auth::optional_bearer));
    let api = health.merge(protected);
    let app = match &state.config.static_dir {
        Some(dir) => api.route("/v1/{*rest}", get(routes::not_found)).fallback_service(ServeDir::new(dir)),
        None => api.fallback(routes::not_found),
    };
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    app.with_state(state)
        .layer(middleware::from_fn_with_state(load, load::limit))
        .layer(middleware::from_fn(access_log::log))
        .layer(origins::cors_layer(policy.clone()))
        .layer(middleware::from_fn_with_state(policy, origins::guard))
        // On every answer, static files included: no MIME sniffing, no referrer to other sites.
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(header::REFERRER_POLICY, "no-referrer"))
}

/// Point every account and LWA at the fake; with no accounts, one per region selling in all of
/// its marketplaces (the sandbox orders are in US, BR, TR, UK and JP).
fn use_sandbox(config: &mut Config, fake: &FakeAmazon) {
    if config.accounts.is_empty() {
        for region in Region::ALL {
            config.accounts.push(AccountConfig {
                name: format!("sandbox-{}", region.as_str().to_ascii_lowercase()),
                region,
                refresh_token: Secret::new("Atzr|sandbox"),
                marketplaces: Marketplace::all().iter().filter(|m| m.region == region).collect(),
                endpoint: None,
            });
        }
    }
    for a in &mut config.accounts {
        a.endpoint = Some(fake.region_url(a.region));
        if a.refresh_token.is_empty() {
            a.refresh_token = Secret::new("Atzr|sandbox");
        }
    }
    config.lwa_url = fake.lwa_url();
    if config.lwa_client_id.is_empty() {
        config.lwa_client_id = "amzn1.application-oa2-client.sandbox".into();
        config.lwa_client_secret = Secret::new("sandbox");
    }
    if config.tokens.is_empty() {
        config.tokens = vec![TokenConfig { send: true, ..TokenConfig::reader("sandbox", Secret::new(SANDBOX_TOKEN)) }];
    }
}
