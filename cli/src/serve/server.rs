//! Start the proxy: the sandbox fake if asked for, the HTTP client, the listener, the app
//! (`http::app`); `Running` stops it. `start` is what `command` and the tests call.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::oneshot;

use super::config::{Config, SANDBOX_TOKEN};
use super::http;
use super::roster::{self, SANDBOX_REFRESH_TOKEN};
use super::sandbox::{FakeAmazon, FakeOptions};
use super::secret::Secret;
use super::setup::config::{SANDBOX_ADMIN_TOKEN, SANDBOX_APPLICATION_ID};
use super::shared::Redis;
use super::state::AppState;
use super::store::{self, sealed::StoreKey};
use super::tokens::TokenConfig;

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
    // Port 0 became a real port: the admin pages name the address when a request has no Host.
    config.listen = addr;
    if config.static_dir.is_some() {
        // The demo page served from here calls the API from its own origin.
        config.allowed_origins.push(format!("http://{addr}"));
        if addr.ip().is_loopback() {
            config.allowed_origins.push(format!("http://localhost:{}", addr.port()));
            config.allowed_origins.push(format!("http://127.0.0.1:{}", addr.port()));
        }
    }
    let key = StoreKey::load(&config.setup.key).map_err(|e| e.to_string())?;
    let store = store::open(&config.setup.store, Some(key)).await.map_err(|e| e.0)?;
    let redis = config.redis_url.as_ref().map(Redis::open).transpose()?;
    let state = Arc::new(AppState::new(config, http, store, redis));
    roster::reload(&state).await.map_err(|e| e.0)?;
    roster::watch(Arc::downgrade(&state));
    let app = http::app(state.clone());
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let app = app.into_make_service_with_connect_info::<SocketAddr>();
        let serve = axum::serve(without_nagle(listener), app).with_graceful_shutdown(async {
            let _ = rx.await;
        });
        if let Err(e) = serve.await {
            tracing::error!(error = %e, "server stopped");
        }
    });
    Ok(Running { addr, state, fake, shutdown: Some(tx), task })
}

/// Point every account, LWA and Seller Central's consent page at the fake. Without file
/// accounts, `roster` adds one per region nobody connected (the sandbox orders are in US, BR,
/// TR, UK and JP).
fn use_sandbox(config: &mut Config, fake: &FakeAmazon) {
    config.fake_amazon_url = Some(fake.url());
    for a in &mut config.accounts {
        a.endpoint = Some(fake.region_url(a.region));
        if a.refresh_token.is_empty() {
            a.refresh_token = Secret::new(SANDBOX_REFRESH_TOKEN);
        }
    }
    let setup = &mut config.setup;
    setup.admin_token.get_or_insert_with(|| Secret::new(SANDBOX_ADMIN_TOKEN));
    setup.application_id.get_or_insert_with(|| SANDBOX_APPLICATION_ID.to_string());
    config.lwa_url = fake.lwa_url();
    if config.lwa_client_id.is_empty() {
        config.lwa_client_id = "amzn1.application-oa2-client.sandbox".into();
        config.lwa_client_secret = Secret::new("sandbox");
    }
    if config.tokens.is_empty() {
        config.tokens = vec![TokenConfig { send: true, ..TokenConfig::reader("sandbox", Secret::new(SANDBOX_TOKEN)) }];
    }
}

/// Every accepted connection with `TCP_NODELAY`. Without it a response written in two pieces
/// (headers, then a streamed body: every static file) waits for the client's delayed ACK of the
/// first before the second leaves (Nagle), ≈ 40 ms per request on a keep-alive connection.
pub fn without_nagle(
    listener: tokio::net::TcpListener,
) -> axum::serve::TapIo<tokio::net::TcpListener, fn(&mut tokio::net::TcpStream)> {
    use axum::serve::ListenerExt;
    listener.tap_io(|tcp: &mut tokio::net::TcpStream| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "cannot set TCP_NODELAY on a connection");
        }
    })
}
