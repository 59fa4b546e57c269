//! Proxy configuration: a TOML file, environment variables and command-line flags, resolved into
//! one `Config`. Secrets are `Secret`s so a `{:?}` of the config never prints them.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use orderlens::marketplace::{Marketplace, Region};
use serde::Deserialize;

use super::secret::{env_key, Secret, SecretLookup};
use super::setup::config::{self as setup, EnvSetup, FileApp, FileSetup, SetupConfig};
use super::spapi::operations::Limits;
use super::tokens::{self, FileToken, TokenConfig};

/// Login with Amazon's token endpoint (one host for every region).
pub const LWA_TOKEN_URL: &str = "https://api.amazon.com/auth/o2/token";

/// Origins the sidebar runs on when `allowed_origins` is not configured.
pub const DEFAULT_ALLOWED_ORIGINS: &[&str] = &["https://*.zendesk.com", "https://*.freshdesk.com"];

/// The bearer token of sandbox mode when none is configured.
pub const SANDBOX_TOKEN: &str = "sandbox";

#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    /// Bearer tokens the sidebar (or its host's server-side request proxy) sends, with their scope.
    pub tokens: Vec<TokenConfig>,
    /// Exact origins or patterns with a leading `*.` label (`https://*.zendesk.com`).
    pub allowed_origins: Vec<String>,
    pub cache_ttl: Duration,
    /// `?fresh=1` still gets a cached answer younger than this (a double click, a reopened panel).
    pub fresh_min_age: Duration,
    /// The longest a request may take before it is answered 504 (`request_deadline_ms`).
    pub request_deadline: Duration,
    /// Requests in flight at once; more are answered 429 at once (`max_concurrent_requests`).
    pub max_concurrent_requests: usize,
    /// How long a request may wait for a rate-limiter token before it gets 429.
    pub limiter_max_wait: Duration,
    pub upstream_timeout: Duration,
    /// Upstream attempts per request for 429/5xx/connection errors (1 = no retry).
    pub upstream_tries: u32,
    /// First back-off delay; doubles per retry, plus up to the same again as jitter.
    pub retry_base: Duration,
    pub lwa_url: String,
    pub lwa_client_id: String,
    pub lwa_client_secret: Secret,
    pub accounts: Vec<AccountConfig>,
    pub limits: Limits,
    /// Serve the built-in fake SP-API; relaxes the order-id check to Amazon's sandbox ids.
    pub sandbox: bool,
    pub static_dir: Option<PathBuf>,
    /// `sp_api_url`: every account's SP-API base URL (tests); accounts from the store use it too.
    pub sp_api_url: Option<String>,
    /// The built-in fake of sandbox mode, which stands in for every region (set at start).
    pub fake_amazon_url: Option<String>,
    /// The admin pages, the consent flow and the account store.
    pub setup: SetupConfig,
    /// Where the replicas share limiter, cache, LWA tokens and send ledger (`redis_url`); in
    /// memory without it.
    pub redis_url: Option<Secret>,
}

/// One seller account: one refresh token, which covers every marketplace of one region.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountConfig {
    pub name: String,
    pub region: Region,
    pub refresh_token: Secret,
    pub marketplaces: Vec<&'static Marketplace>,
    /// SP-API base URL instead of the region's production host (tests, sandbox).
    pub endpoint: Option<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            tokens: Vec::new(),
            allowed_origins: DEFAULT_ALLOWED_ORIGINS.iter().map(|s| s.to_string()).collect(),
            cache_ttl: Duration::from_secs(60),
            fresh_min_age: Duration::from_secs(5),
            request_deadline: Duration::from_secs(30),
            max_concurrent_requests: 256,
            limiter_max_wait: Duration::from_secs(5),
            upstream_timeout: Duration::from_secs(10),
            upstream_tries: 3,
            retry_base: Duration::from_millis(1000),
            lwa_url: LWA_TOKEN_URL.to_string(),
            lwa_client_id: String::new(),
            lwa_client_secret: Secret::new(""),
            accounts: Vec::new(),
            limits: Limits::default(),
            sandbox: false,
            static_dir: None,
            sp_api_url: None,
            fake_amazon_url: None,
            setup: SetupConfig::default(),
            redis_url: None,
        }
    }
}

impl Config {
    /// The SP-API base URL for an account of `region` that names none itself.
    pub fn endpoint_for(&self, region: Region) -> Option<String> {
        match &self.fake_amazon_url {
            Some(fake) => Some(format!("{fake}/{}", region.as_str().to_ascii_lowercase())),
            None => self.sp_api_url.clone(),
        }
    }
}

impl AccountConfig {
    /// The SP-API base URL this account's calls go to.
    pub fn base_url(&self) -> String {
        match &self.endpoint {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => format!("https://{}", self.region.endpoint_host()),
        }
    }
}

/// The TOML file, every key optional. `AFTER_HELP` in `command.rs` documents the format.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub listen: Option<SocketAddr>,
    pub tokens: Option<Vec<FileToken>>,
    pub allowed_origins: Option<Vec<String>>,
    pub cache_ttl_secs: Option<u64>,
    pub fresh_min_age_secs: Option<u64>,
    pub request_deadline_ms: Option<u64>,
    pub max_concurrent_requests: Option<usize>,
    pub limiter_max_wait_ms: Option<u64>,
    pub upstream_timeout_ms: Option<u64>,
    pub upstream_tries: Option<u32>,
    pub retry_base_ms: Option<u64>,
    pub lwa_url: Option<String>,
    pub sp_api_url: Option<String>,
    pub static_dir: Option<PathBuf>,
    pub sandbox: Option<bool>,
    pub lwa: Option<FileLwa>,
    #[serde(default)]
    pub accounts: Vec<FileAccount>,
    pub admin_token: Option<Secret>,
    pub app: Option<FileApp>,
    pub public_url: Option<String>,
    pub seller_central_url: Option<String>,
    pub database_url: Option<String>,
    pub store_key_file: Option<PathBuf>,
    pub store_poll_secs: Option<u64>,
    pub redis_url: Option<Secret>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileLwa {
    pub client_id: Option<String>,
    pub client_secret: Option<Secret>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileAccount {
    pub name: String,
    pub region: String,
    pub refresh_token: Option<Secret>,
    pub marketplaces: Vec<String>,
    pub endpoint: Option<String>,
}

impl FileConfig {
    pub fn read(path: &Path) -> Result<FileConfig, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the config file {}: {e}", path.display()))?;
        FileConfig::parse(&text).map_err(|e| format!("the config file {} is not valid: {e}", path.display()))
    }

    /// The keys of the admin pages and the account store (`setup::config`).
    pub fn take_setup(&mut self) -> FileSetup {
        FileSetup {
            admin_token: self.admin_token.take(),
            app: self.app.take(),
            public_url: self.public_url.take(),
            seller_central_url: self.seller_central_url.take(),
            database_url: self.database_url.take(),
            store_key_file: self.store_key_file.take(),
            store_poll_secs: self.store_poll_secs.take(),
        }
    }

    /// The file's text → keys. An error names the line, column and what is wrong, never the
    /// line itself: it can hold a secret.
    pub fn parse(text: &str) -> Result<FileConfig, String> {
        toml::from_str(text).map_err(|e| {
            let place = e.span().map(|span| {
                let before = &text[..span.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                format!("line {line}, column {column}: ")
            });
            format!("{}{}; fix it and start again", place.unwrap_or_default(), e.message())
        })
    }
}

/// Where values come from besides the file; filled from flags and the environment by `command.rs`.
#[derive(Default)]
pub struct Overrides {
    pub listen: Option<SocketAddr>,
    /// `ORDERLENS_TOKENS`: legacy tokens, comma-separated.
    pub tokens: Option<Vec<Secret>>,
    /// A named token's value by its label (`ORDERLENS_TOKEN_<LABEL>`).
    pub token_for: Option<Box<SecretLookup>>,
    pub lwa_client_id: Option<String>,
    pub lwa_client_secret: Option<Secret>,
    pub lwa_url: Option<String>,
    pub sp_api_url: Option<String>,
    pub static_dir: Option<PathBuf>,
    pub cache_ttl_secs: Option<u64>,
    /// `--redis-url`, `ORDERLENS_REDIS_URL`.
    pub redis_url: Option<Secret>,
    pub sandbox: bool,
    /// Refresh token of an account, by the account's name (`ORDERLENS_REFRESH_TOKEN_<NAME>`).
    pub refresh_token_for: Option<Box<SecretLookup>>,
    /// The admin token, the store's place and key from the environment.
    pub setup: EnvSetup,
    /// The config file's folder: where the account store lives unless `database_url` says.
    pub config_dir: Option<PathBuf>,
}

/// Merge file and overrides (overrides win) and check the result.
pub fn resolve(mut file: FileConfig, over: Overrides) -> Result<Config, String> {
    let mut c = Config {
        setup: setup::resolve(file.take_setup(), over.setup, over.config_dir.as_deref())?,
        ..Config::default()
    };
    if let Some(v) = over.listen.or(file.listen) {
        c.listen = v;
    }
    if let Some(v) = file.allowed_origins {
        c.allowed_origins = v;
    }
    if let Some(v) = over.cache_ttl_secs.or(file.cache_ttl_secs) {
        c.cache_ttl = Duration::from_secs(v);
    }
    if let Some(v) = file.fresh_min_age_secs {
        c.fresh_min_age = Duration::from_secs(v);
    }
    if let Some(v) = file.request_deadline_ms {
        c.request_deadline = Duration::from_millis(v.max(1));
    }
    if let Some(v) = file.max_concurrent_requests {
        c.max_concurrent_requests = v.max(1);
    }
    if let Some(v) = file.limiter_max_wait_ms {
        c.limiter_max_wait = Duration::from_millis(v);
    }
    if let Some(v) = file.upstream_timeout_ms {
        c.upstream_timeout = Duration::from_millis(v.max(1));
    }
    if let Some(v) = file.upstream_tries {
        c.upstream_tries = v.max(1);
    }
    if let Some(v) = file.retry_base_ms {
        c.retry_base = Duration::from_millis(v);
    }
    if let Some(v) = over.lwa_url.or(file.lwa_url) {
        c.lwa_url = v;
    }
    let (file_id, file_secret) = match file.lwa {
        Some(l) => (l.client_id, l.client_secret),
        None => (None, None),
    };
    c.lwa_client_id = over.lwa_client_id.or(file_id).unwrap_or_default();
    c.lwa_client_secret = over.lwa_client_secret.or(file_secret).unwrap_or(Secret::new(""));
    c.static_dir = over.static_dir.or(file.static_dir);
    c.sandbox = over.sandbox || file.sandbox.unwrap_or(false);
    c.redis_url = over.redis_url.or(file.redis_url).filter(|u| !u.is_empty());
    let sp_api_url = over.sp_api_url.or(file.sp_api_url);
    c.sp_api_url = sp_api_url.clone();

    for a in file.accounts {
        let region = Region::parse(&a.region)
            .ok_or_else(|| format!("account '{}': region '{}' is not NA, EU or FE", a.name, a.region))?;
        let mut marketplaces = Vec::new();
        for m in &a.marketplaces {
            let mp = Marketplace::by_code_or_id(m)
                .ok_or_else(|| format!("account '{}': '{m}' is not a marketplace code (UK, DE, US…) or id", a.name))?;
            if mp.region != region {
                return Err(format!(
                    "account '{}': marketplace {} is in region {}, not {}; a refresh token covers one region, so add a separate account for it",
                    a.name, mp.code, mp.region.as_str(), region.as_str()
                ));
            }
            marketplaces.push(mp);
        }
        let from_env = over.refresh_token_for.as_ref().and_then(|f| f(&a.name));
        let refresh_token = from_env.or(a.refresh_token).unwrap_or(Secret::new(""));
        c.accounts.push(AccountConfig {
            endpoint: a.endpoint.or_else(|| sp_api_url.clone()),
            name: a.name,
            region,
            refresh_token,
            marketplaces,
        });
    }
    let legacy = over.tokens.map(|t| t.into_iter().map(FileToken::Plain).collect());
    let file_tokens = legacy.or(file.tokens).unwrap_or_default();
    let account_names: Vec<&str> = c.accounts.iter().map(|a| a.name.as_str()).collect();
    // Accounts connected on /setup are not known yet: with a consent flow any name may come.
    let names_open = c.setup.application_id.is_some() || (c.sandbox && c.accounts.is_empty());
    c.tokens = tokens::resolve(file_tokens, over.token_for.as_deref(), c.sandbox, &account_names, names_open)?;
    validate(&c)?;
    Ok(c)
}

/// Production needs everything; sandbox mode fills in what is missing itself.
fn validate(c: &Config) -> Result<(), String> {
    if c.sandbox {
        return Ok(());
    }
    if c.tokens.is_empty() {
        return Err("no bearer token configured: add a [[tokens]] entry (label, token) to the config file or set ORDERLENS_TOKENS (comma-separated), and give the same token to the sidebar".into());
    }
    tokens::validate(&c.tokens)?;
    check_upstream_url("lwa_url", &c.lwa_url)?;
    setup::validate(&c.setup, &c.tokens, check_upstream_url)?;
    if c.lwa_client_id.is_empty() || c.lwa_client_secret.is_empty() {
        return Err("LWA client id or secret missing: set [lwa] client_id/client_secret in the config file or ORDERLENS_LWA_CLIENT_ID / ORDERLENS_LWA_CLIENT_SECRET (Developer Central → your app → LWA credentials)".into());
    }
    for a in &c.accounts {
        if a.refresh_token.is_empty() {
            return Err(format!("account '{}' has no refresh token: set refresh_token in its [[accounts]] entry or ORDERLENS_REFRESH_TOKEN_{}", a.name, env_key(&a.name)));
        }
        if a.marketplaces.is_empty() {
            return Err(format!("account '{}' lists no marketplaces", a.name));
        }
        check_upstream_url(&format!("the endpoint of account '{}'", a.name), &a.base_url())?;
    }
    Ok(())
}

/// Access tokens travel to these URLs: HTTPS, or plain HTTP only to this machine (tests, fakes).
fn check_upstream_url(what: &str, url: &str) -> Result<(), String> {
    let parsed = reqwest::Url::parse(url)
        .map_err(|_| format!("{what} '{url}' is not a URL; write it like https://host/path"))?;
    let host = parsed.host_str().unwrap_or("").trim_start_matches('[').trim_end_matches(']');
    let loopback =
        host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        _ => Err(format!("{what} '{url}' must use https:// (plain http:// is only accepted for 127.0.0.1, ::1 or localhost): tokens are sent to it")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
tokens = ["t1-0123456789abcdef0123456789abcdef"]
allowed_origins = ["https://*.zendesk.com", "chrome-extension://abcdefghijklmnop"]
cache_ttl_secs = 30
[lwa]
client_id = "amzn1.application-oa2-client.x"
client_secret = "s3cret"
[[accounts]]
name = "acme-eu"
region = "EU"
refresh_token = "Atzr|file"
marketplaces = ["GB", "DE", "A13V1IB3VIYZZH"]
"#;

    #[test]
    fn file_and_env_merge_and_secrets_stay_hidden() {
        let file = FileConfig::parse(FILE).unwrap();
        let over = Overrides {
            refresh_token_for: Some(Box::new(|name| (name == "acme-eu").then(|| Secret::new("Atzr|env")))),
            ..Overrides::default()
        };
        let c = resolve(file, over).unwrap();
        assert_eq!(c.cache_ttl, Duration::from_secs(30));
        let a = &c.accounts[0];
        assert_eq!(a.refresh_token.expose(), "Atzr|env");
        let codes: Vec<_> = a.marketplaces.iter().map(|m| m.code).collect();
        assert_eq!(codes, ["UK", "DE", "FR"]);
        let dump = format!("{c:?}");
        assert!(!dump.contains("s3cret") && !dump.contains("Atzr|") && !dump.contains("t1-0123"), "{dump}");
    }

    #[test]
    fn a_marketplace_outside_the_accounts_region_is_refused() {
        let file = FileConfig::parse(&FILE.replace("\"GB\"", "\"US\"")).unwrap();
        let err = resolve(file, Overrides::default()).unwrap_err();
        assert!(err.contains("separate account"), "{err}");
    }

    #[test]
    fn toml_errors_name_the_place_not_the_line() {
        let err = FileConfig::parse("[lwa]\nclient_secret = \"s3cret-value\nclient_id = 1\n").unwrap_err();
        assert!(err.contains("line 2, column"), "{err}");
        assert!(!err.contains("s3cret"), "the secret is not echoed: {err}");
        let err = FileConfig::parse(
            "[[accounts]]\nname = \"a\"\nregion = \"EU\"\nmarketplaces = [\"UK\"]\nrefresh_tokn = \"Atzr|leak\"\n",
        )
        .unwrap_err();
        assert!(err.contains("line 5") && err.contains("refresh_tokn") && !err.contains("Atzr|leak"), "{err}");
    }

    #[test]
    fn plain_http_upstreams_only_to_loopback() {
        for (url, ok) in [
            ("https://sellingpartnerapi-eu.amazon.com", true),
            ("http://127.0.0.1:9999/eu", true),
            ("http://[::1]:9999", true),
            ("http://localhost:1", true),
            ("http://sellingpartnerapi-eu.amazon.com", false),
            ("http://10.0.0.5:80", false),
            ("ftp://127.0.0.1", false),
        ] {
            let text = FILE.replace("[[accounts]]", &format!("[[accounts]]\nendpoint = \"{url}\""));
            let result = resolve(FileConfig::parse(&text).unwrap(), Overrides::default());
            assert_eq!(result.is_ok(), ok, "{url}: {result:?}");
        }
        let lwa = FILE
            .replace("cache_ttl_secs = 30", "cache_ttl_secs = 30\nlwa_url = \"http://api.amazon.com/auth/o2/token\"");
        let err = resolve(FileConfig::parse(&lwa).unwrap(), Overrides::default()).unwrap_err();
        assert!(err.contains("lwa_url") && err.contains("https://"), "{err}");
    }
}
