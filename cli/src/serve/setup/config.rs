//! The keys of the admin pages and the account store: the admin token, the SP-API app the
//! consent flow authorises, the proxy's public URL (the redirect URI is its `/setup/callback`),
//! where the store lives and where its key comes from.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::serve::secret::Secret;
use crate::serve::store::sealed::KeySource;
use crate::serve::store::{Location, DEFAULT_FILE};
use crate::serve::tokens::{TokenConfig, MIN_TOKEN_CHARS};

/// The admin token of sandbox mode when none is configured.
pub const SANDBOX_ADMIN_TOKEN: &str = "sandbox-admin";
/// The SP-API app id the sandbox's consent page accepts.
pub const SANDBOX_APPLICATION_ID: &str = "amzn1.sp.solution.orderlens-sandbox";
/// The path Amazon sends the seller back to: register `<public_url>/setup/callback`.
pub const CALLBACK_PATH: &str = "/setup/callback";

#[derive(Debug, Clone)]
pub struct SetupConfig {
    /// Opens `/setup`; never a sidebar token. Without one the admin pages are off.
    pub admin_token: Option<Secret>,
    /// The SP-API app sellers authorise (`amzn1.sp.solution.…`); without it, no consent flow.
    pub application_id: Option<String>,
    /// The app is still a draft: consent URLs carry `version=beta`.
    pub draft: bool,
    /// `https://orders.example.com`: the origin admins and Amazon reach the proxy at.
    pub public_url: Option<String>,
    /// Seller Central base instead of the region's (tests; sandbox mode uses its fake).
    pub seller_central_url: Option<String>,
    pub store: Location,
    pub key: KeySource,
    /// How often the store is asked whether another process changed it.
    pub poll: Duration,
}

impl Default for SetupConfig {
    fn default() -> SetupConfig {
        SetupConfig {
            admin_token: None,
            application_id: None,
            draft: false,
            public_url: None,
            seller_central_url: None,
            store: Location::Memory,
            key: KeySource::default(),
            poll: Duration::from_secs(5),
        }
    }
}

/// `[app]` in the file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileApp {
    pub application_id: Option<String>,
    pub draft: Option<bool>,
}

/// The file's top-level keys of this part, as read.
#[derive(Debug, Default)]
pub struct FileSetup {
    pub admin_token: Option<Secret>,
    pub app: Option<FileApp>,
    pub public_url: Option<String>,
    pub seller_central_url: Option<String>,
    pub database_url: Option<String>,
    pub store_key_file: Option<PathBuf>,
    pub store_poll_secs: Option<u64>,
}

/// From the environment: `ORDERLENS_ADMIN_TOKEN`, `ORDERLENS_DATABASE_URL`,
/// `ORDERLENS_STORE_KEY`, `ORDERLENS_STORE_PREVIOUS_KEY`.
#[derive(Debug, Default)]
pub struct EnvSetup {
    pub admin_token: Option<Secret>,
    pub database_url: Option<String>,
    pub store_key: Option<Secret>,
    pub store_previous_key: Option<Secret>,
}

/// File and environment (which wins) → the setup config. `config_dir` is the config file's
/// folder: the store's default place, and what relative paths are relative to.
pub fn resolve(file: FileSetup, env: EnvSetup, config_dir: Option<&Path>) -> Result<SetupConfig, String> {
    let base = config_dir.unwrap_or(Path::new("."));
    let store = match env.database_url.or(file.database_url) {
        Some(url) => Location::parse(&url, base)?,
        None => config_dir.map_or(Location::Memory, |dir| Location::Sqlite(dir.join(DEFAULT_FILE))),
    };
    let key_file = file.store_key_file.map(|f| base.join(f)).or_else(|| store.default_key_file());
    if matches!(store, Location::Postgres(_)) && env.store_key.is_none() && key_file.is_none() {
        return Err("database_url is PostgreSQL, which every replica shares, so every replica needs the same store key: set ORDERLENS_STORE_KEY (openssl rand -base64 32) or store_key_file".into());
    }
    let app = file.app.unwrap_or_default();
    Ok(SetupConfig {
        admin_token: env.admin_token.or(file.admin_token).filter(|t| !t.is_empty()),
        application_id: app.application_id.map(|id| id.trim().to_string()).filter(|id| !id.is_empty()),
        draft: app.draft.unwrap_or(false),
        public_url: file.public_url.map(|u| u.trim().trim_end_matches('/').to_string()),
        seller_central_url: file.seller_central_url,
        key: KeySource { env: env.store_key, previous_env: env.store_previous_key, file: key_file },
        store,
        poll: Duration::from_secs(file.store_poll_secs.unwrap_or(5).max(1)),
    })
}

/// Outside sandbox mode: a consent flow needs the admin pages and a public URL; the admin
/// token is as long as a sidebar token and is none of them.
pub fn validate(
    s: &SetupConfig,
    sidebar: &[TokenConfig],
    check_url: impl Fn(&str, &str) -> Result<(), String>,
) -> Result<(), String> {
    if let Some(admin) = &s.admin_token {
        let chars = admin.expose().chars().count();
        if chars < MIN_TOKEN_CHARS {
            return Err(format!("admin_token has {chars} characters; use at least {MIN_TOKEN_CHARS} random ones (for example `openssl rand -hex 32`)"));
        }
        if let Some(t) = sidebar.iter().find(|t| t.token == *admin) {
            return Err(format!(
                "admin_token is the same as the sidebar token '{}'; the admin pages need a token of their own",
                t.label
            ));
        }
    }
    if s.application_id.is_some() {
        if s.admin_token.is_none() {
            return Err("[app] application_id is set but admin_token is not: the consent flow runs on the admin pages (/setup), which need an admin token (ORDERLENS_ADMIN_TOKEN)".into());
        }
        let Some(url) = &s.public_url else {
            return Err("[app] application_id is set but public_url is not: set public_url = \"https://orders.example.com\" and register https://orders.example.com/setup/callback as the app's OAuth redirect URI".into());
        };
        check_url("public_url", url)?;
    }
    if let Some(url) = &s.seller_central_url {
        check_url("seller_central_url", url)?;
    }
    Ok(())
}
