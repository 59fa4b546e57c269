//! The `orderlens serve` command: its flags and help text, the environment, and a run that
//! lasts until Ctrl-C or SIGTERM.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use super::config::{self, Config, FileConfig, Overrides};
use super::secret::{env_key, Secret};
use super::server::start;
use super::setup::config::EnvSetup;

const AFTER_HELP: &str = r#"MODES
  Sandbox (the default when neither [[accounts]] nor [app] application_id is configured, or with
  --sandbox): a built-in fake SP-API, fake Login with Amazon and fake Seller Central serve Amazon's
  published sandbox orders (US 114-9876543-1234567, BR 171-9876543-2109876 and
  171-2345678-9012345, TR 028-1234567-8901234, JP 250-1234567-8901234, UK 202-7654321-1098765
  and 202-1234567-8901234). The bearer token is `sandbox` and the admin token `sandbox-admin`
  unless configured; /setup connects sandbox accounts through a fake consent page (each region
  nobody connected has a built-in account). Try:
    orderlens serve --sandbox --listen 127.0.0.1:8080
    curl -H 'Authorization: Bearer sandbox' http://127.0.0.1:8080/v1/orders/028-1234567-8901234

  Production: a config file with the LWA client id and secret, a bearer token, and seller
  accounts: connected on /setup (needs [app] application_id, admin_token and public_url) or
  self-authorised [[accounts]] entries. Listen on loopback and put a TLS reverse proxy in front.

ADMIN PAGES (/setup, HTML for a browser; off without admin_token)
  GET  /setup                log in with the admin token (sandbox: sandbox-admin), then: the
                             accounts with marketplaces and token health, Connect Amazon account
                             (region picker), Re-authorise, Remove, and the Seller Central email
                             checklist per marketplace (/setup#DE)
  GET  /setup/callback       the OAuth redirect URI to register: <public_url>/setup/callback
  POST /setup/login, /setup/logout, /setup/connect, /setup/accounts/{id}/remove  (forms)
  Accounts connected here live in the account store (SQLite, refresh tokens encrypted) and are
  used at once; `orderlens accounts list|remove` reads it from the command line.

API
  GET  /v1/orders/{orderId}[?marketplace=UK][&fresh=1]     the order view (JSON)
  GET  /v1/orders/{orderId}/messaging-actions[?marketplace=]  what Amazon allows now, and
                             "maySend": false for a token without send = true
  GET  /v1/orders/{orderId}/messaging-attributes[?marketplace=]  {"locale": "de-DE"}: the
                             buyer's language (Amazon's GetAttributes)
  POST /v1/orders/{orderId}/messages/{action}  {"text": "…"[, "allowDuplicate": true]}
  POST /v1/orders/{orderId}/invoice  {"fileName": "invoice.pdf", "contentBase64": "…"}: a PDF
                             of at most 10 MB, through Amazon's Uploads API, then sendInvoice
  GET  /v1/buyers/{alias}/orders[?marketplace=][&fresh=1]  recent orders of a buyer alias
  GET  /v1/health                                          {"status":"ok"}; with a token, detail
                                                           (with redis_url: sharedState.using
                                                           "redis" or "memory")
  Every /v1 route but health needs `Authorization: Bearer <token>`. Errors are
  application/problem+json with a stable `code`.
  Cache: answers are reused for cache_ttl_secs. Only ?fresh=1 asks Amazon again (and still gets
  a cached answer younger than fresh_min_age_secs); `Cache-Control: no-cache` does not.
  Sends: retried only when Amazon surely did not take them (429, expired token, no connection).
  After a 5xx or timeout the answer is `message_maybe_sent`: check Seller Central before sending
  again. The same text to the same order and action within 10 minutes is refused
  (`message_duplicate`) unless the body says "allowDuplicate": true.

CONFIG FILE (TOML, every key optional)
  listen = "127.0.0.1:8080"
  allowed_origins = ["https://*.zendesk.com", "https://*.freshdesk.com",
                     "chrome-extension://<extension id>", "moz-extension://*"]
                                           # default: the Zendesk and Freshdesk patterns
  cache_ttl_secs = 60                      # how long an order view is reused
  fresh_min_age_secs = 5                   # ?fresh=1 still reuses an answer this young
  limiter_max_wait_ms = 5000               # wait for an Amazon quota token, then 429
  upstream_timeout_ms = 10000
  upstream_tries = 3                       # tries for Amazon 429/5xx, exponential back-off + jitter
  retry_base_ms = 1000
  request_deadline_ms = 30000              # longest a request may take (then 504)
  max_concurrent_requests = 256            # requests in flight; more are answered 429 at once
  static_dir = "www/demo"                  # same as --static-dir
  sandbox = false
  lwa_url = "https://api.amazon.com/auth/o2/token"   # override for tests (https, or http to loopback)
  sp_api_url = "http://127.0.0.1:9999"     # override every account's SP-API endpoint (tests)

  [[tokens]]                               # one per caller (helpdesk, extension, script)
  label = "zendesk"                        # named in the access and audit logs
  token = "…"                              # >= 32 characters; better: ORDERLENS_TOKEN_ZENDESK
  accounts = ["acme-eu"]                   # accounts it may use; default: all
  marketplaces = ["UK", "DE"]              # marketplaces it may read and send in; default: all
  send = true                              # may send buyer messages; default: false
  # Legacy `tokens = ["…"]` still works: labels token-1, token-2…, read everything, send only
  # in sandbox mode.

  [lwa]
  client_id = "amzn1.application-oa2-client.…"
  client_secret = "…"                      # better: ORDERLENS_LWA_CLIENT_SECRET

  admin_token = "…"                        # opens /setup; >= 32 characters, not a sidebar
                                           # token; better: ORDERLENS_ADMIN_TOKEN
  public_url = "https://orders.example.com"  # where admins and Amazon reach the proxy
  database_url = "sqlite:///var/lib/orderlens/orderlens-accounts.db"
                                           # default: orderlens-accounts.db beside the config
                                           # file (in memory without one)
  store_key_file = "/etc/orderlens/store.key"  # default: the database's name with .key; created
                                           # 0600 on first start; or ORDERLENS_STORE_KEY
  store_poll_secs = 5                      # how soon another process's change is seen
  # database_url = "postgres://orderlens:…@db-host:5432/orderlens"
  #                                        # accounts shared by several replicas (migrated at
  #                                        # start); every replica needs the same store key
  redis_url = "redis://:…@redis-host:6379/0"  # several replicas as one proxy: rate limits,
                                           # cache + single-flight, LWA tokens (sealed) and the
                                           # send ledger in Redis; in memory without it, and
                                           # while Redis does not answer (see /v1/health)

  [app]                                    # the SP-API app sellers authorise on /setup
  application_id = "amzn1.sp.solution.…"
  draft = true                             # consent links carry version=beta

  [[accounts]]                             # self-authorised: one per seller and region
  name = "acme-eu"
  region = "EU"                            # NA, EU or FE
  marketplaces = ["UK", "DE", "FR"]        # codes (UK or GB) or marketplace ids
  refresh_token = "Atzr|…"                 # better: ORDERLENS_REFRESH_TOKEN_ACME_EU
  # endpoint = "http://127.0.0.1:9999/eu"  # override this account's SP-API base URL

LOGS (stderr)
  One access line per request: token label, method, route, order id, status, latency.
  One audit line per message send (target orderlens::audit): token label, account, order id,
  action, Amazon request id, outcome (`sent` or the problem code). Never message text, buyer
  data or token values (nor admin tokens, OAuth codes or states). Stops gracefully on Ctrl-C
  and SIGTERM.

ENVIRONMENT
  ORDERLENS_CONFIG, ORDERLENS_LISTEN, ORDERLENS_STATIC_DIR, ORDERLENS_SP_API_URL,
  ORDERLENS_LWA_URL: as the flags.
  ORDERLENS_TOKENS               comma-separated bearer tokens (legacy form, see above)
  ORDERLENS_TOKEN_<LABEL>        the value of the [[tokens]] entry <label> (upper-case, _ for others)
  ORDERLENS_LWA_CLIENT_ID, ORDERLENS_LWA_CLIENT_SECRET
  ORDERLENS_REFRESH_TOKEN_<NAME> refresh token of account <name> (upper-case, non-alphanumerics as _)
  ORDERLENS_ADMIN_TOKEN          the admin token of /setup
  ORDERLENS_DATABASE_URL         the account store (sqlite:///path, sqlite::memory: or postgres://…)
  ORDERLENS_REDIS_URL            as --redis-url: the replicas' shared state (docs/deploy.md)
  ORDERLENS_STORE_KEY            the store key, 32 bytes in base64 (openssl rand -base64 32)
  ORDERLENS_STORE_PREVIOUS_KEY   the key before a rotation: tokens sealed with it still open and
                                 are sealed again with ORDERLENS_STORE_KEY
  RUST_LOG                       log filter (default info). Logs never hold tokens or buyer data."#;

/// Run the SP-API proxy (sandbox mode unless seller accounts are configured).
#[derive(clap::Args, Debug)]
#[command(
    long_about = "Run the SP-API proxy the sidebar asks for order details: Login with Amazon tokens, \
Amazon's rate limits, a coalescing cache and the mapping to orderlens' order view. Without seller \
accounts (or with --sandbox) it serves Amazon's published sandbox orders from a built-in fake SP-API.",
    after_help = AFTER_HELP
)]
pub struct ServeArgs {
    /// TOML config file (format below).
    #[arg(long, env = "ORDERLENS_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
    /// Address to listen on. Keep it on loopback and put TLS in front for remote use.
    #[arg(long, env = "ORDERLENS_LISTEN", value_name = "ADDR")]
    listen: Option<SocketAddr>,
    /// Serve Amazon's sandbox orders from a built-in fake SP-API (no Amazon account needed).
    #[arg(long)]
    sandbox: bool,
    /// Serve static files from DIR at `/` (e.g. the demo helpdesk); its own origin may call the API.
    /// FILE.br / FILE.gz next to a file are sent by Accept-Encoding; names like
    /// `name.<8+ hex>.ext` are cached as immutable, everything else is revalidated (no-cache).
    #[arg(long, env = "ORDERLENS_STATIC_DIR", value_name = "DIR")]
    static_dir: Option<PathBuf>,
    /// Seconds an order view is reused before asking Amazon again [default: 60].
    #[arg(long, value_name = "SECS")]
    cache_ttl: Option<u64>,
    /// SP-API base URL for every account instead of Amazon's regional hosts (tests).
    #[arg(long, env = "ORDERLENS_SP_API_URL", value_name = "URL")]
    sp_api_url: Option<String>,
    /// Login with Amazon token URL instead of https://api.amazon.com/auth/o2/token (tests).
    #[arg(long, env = "ORDERLENS_LWA_URL", value_name = "URL")]
    lwa_url: Option<String>,
    /// Share rate limits, cache, single-flight, LWA tokens and the send ledger with the other
    /// replicas through Redis (redis://[:password@]host:6379/0). Without it all stays in memory.
    #[arg(long, env = "ORDERLENS_REDIS_URL", value_name = "URL", hide_env_values = true)]
    redis_url: Option<String>,
}

pub fn run(args: ServeArgs) -> ExitCode {
    init_logging();
    let config = match resolve(args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("orderlens serve: {e}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("orderlens serve: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        // Installed before the first line is printed: a SIGTERM right after start stops gracefully.
        let terminate = listen_for_terminate();
        let sandbox = config.sandbox;
        let running = match start(config).await {
            Ok(r) => r,
            Err(e) => {
                eprintln!("orderlens serve: {e}");
                return ExitCode::FAILURE;
            }
        };
        if sandbox {
            eprintln!("orderlens serve: SANDBOX mode (built-in fake SP-API, no Amazon account) on {}", running.url());
            eprintln!("  try: curl -H 'Authorization: Bearer sandbox' {}/v1/orders/028-1234567-8901234", running.url());
            eprintln!("  admin pages: {}/setup (admin token: sandbox-admin unless configured)", running.url());
        } else {
            eprintln!("orderlens serve: listening on {}", running.url());
        }
        eprintln!("  account store: {}", running.state.config.setup.store.describe());
        match &running.state.redis {
            Some(r) => eprintln!("  shared state: Redis at {}", r.place()),
            None => eprintln!("  shared state: in memory (this process only; set redis_url to run several replicas)"),
        }
        let signal = stop_signal(terminate).await;
        eprintln!("orderlens serve: {signal}: finishing requests in flight, then stopping");
        running.stop().await;
        ExitCode::SUCCESS
    })
}

/// SIGTERM (what `systemctl stop`, `docker stop` and Kubernetes send), listened for from now on.
#[cfg(unix)]
type Terminate = Option<tokio::signal::unix::Signal>;
#[cfg(not(unix))]
type Terminate = Option<()>;

fn listen_for_terminate() -> Terminate {
    #[cfg(unix)]
    return tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    #[cfg(not(unix))]
    None
}

/// Waits for Ctrl-C or SIGTERM and says which.
async fn stop_signal(terminate: Terminate) -> &'static str {
    #[cfg(unix)]
    if let Some(mut term) = terminate {
        return tokio::select! {
            _ = tokio::signal::ctrl_c() => "interrupted",
            _ = term.recv() => "SIGTERM",
        };
    }
    let _ = terminate;
    let _ = tokio::signal::ctrl_c().await;
    "interrupted"
}

fn resolve(args: ServeArgs) -> Result<Config, String> {
    let file = match &args.config {
        Some(path) => FileConfig::read(path)?,
        None => FileConfig::default(),
    };
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    // Nothing could ever reach Amazon: no [[accounts]] and no app to connect one with.
    let nothing_to_use = file.accounts.is_empty() && file.app.as_ref().is_none_or(|a| a.application_id.is_none());
    let over = Overrides {
        listen: args.listen,
        tokens: env("ORDERLENS_TOKENS").map(|v| v.split(',').map(|t| Secret::new(t.trim())).collect()),
        token_for: Some(Box::new(move |label: &str| {
            env(&format!("ORDERLENS_TOKEN_{}", env_key(label))).map(Secret::new)
        })),
        lwa_client_id: env("ORDERLENS_LWA_CLIENT_ID"),
        lwa_client_secret: env("ORDERLENS_LWA_CLIENT_SECRET").map(Secret::new),
        lwa_url: args.lwa_url,
        sp_api_url: args.sp_api_url,
        static_dir: args.static_dir,
        cache_ttl_secs: args.cache_ttl,
        redis_url: args.redis_url.map(Secret::new),
        sandbox: args.sandbox || nothing_to_use,
        refresh_token_for: Some(Box::new(move |name: &str| {
            env(&format!("ORDERLENS_REFRESH_TOKEN_{}", env_key(name))).map(Secret::new)
        })),
        setup: EnvSetup {
            admin_token: env("ORDERLENS_ADMIN_TOKEN").map(Secret::new),
            database_url: env("ORDERLENS_DATABASE_URL"),
            store_key: env("ORDERLENS_STORE_KEY").map(Secret::new),
            store_previous_key: env("ORDERLENS_STORE_PREVIOUS_KEY").map(Secret::new),
        },
        config_dir: args.config.as_deref().map(config_dir),
    };
    config::resolve(file, over)
}

/// The folder of the config file (`.` for a bare file name).
pub fn config_dir(path: &std::path::Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// One line per event on stderr; colours only on a terminal, so a log file or journald gets
/// plain text rather than escape codes.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_ansi(ansi).with_writer(std::io::stderr).try_init();
}
