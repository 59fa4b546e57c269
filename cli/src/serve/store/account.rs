//! What the account store holds and the trait every implementation of it provides.

use std::fmt;
use std::path::{Path, PathBuf};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use orderlens::marketplace::{Marketplace, Region};

use crate::serve::secret::{without_password, Secret};

/// One connected seller account (one refresh token: one seller in one region), without its token.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredAccount {
    /// `<selling partner id>:<region>`: the same seller authorising again replaces its record.
    pub id: String,
    /// What tokens, logs and pages call it (`harbour-lane-goods-eu`); kept on re-authorisation.
    pub name: String,
    pub region: Region,
    pub selling_partner_id: String,
    pub marketplaces: Vec<&'static Marketplace>,
    /// When Amazon did not list the marketplaces (the Sellers API failed), why; the account then
    /// serves every marketplace of its region until it is authorised again.
    pub marketplaces_unchecked: Option<String>,
    pub connected_at: DateTime<Utc>,
    /// The last (re-)authorisation: public apps must be re-authorised every 365 days.
    pub authorised_at: DateTime<Utc>,
}

/// A stored account with its refresh token, or why the token could not be opened.
pub struct Loaded {
    pub account: StoredAccount,
    pub refresh_token: Result<Secret, StoreError>,
}

/// A store failure: what went wrong and what to do, never a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[async_trait]
pub trait AccountStore: Send + Sync {
    /// Every account with its refresh token opened: what the proxy runs on.
    async fn load(&self) -> Result<Vec<Loaded>, StoreError>;
    /// Every account, without tokens, in the order they were connected.
    async fn list(&self) -> Result<Vec<StoredAccount>, StoreError>;
    /// Adds the account, or replaces the token, marketplaces and authorisation time of the one
    /// with the same id (its name and first connection stay).
    async fn save(&self, account: &StoredAccount, refresh_token: &Secret) -> Result<(), StoreError>;
    /// Forgets the account and its token; `false` if there was none with this id.
    async fn remove(&self, id: &str) -> Result<bool, StoreError>;
    /// Changes with every write, by this process or another: compared to notice changes.
    async fn revision(&self) -> Result<u64, StoreError>;
}

/// Where the store lives (`database_url`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// Gone when the process ends (sandbox mode without a config file, tests).
    Memory,
    Sqlite(PathBuf),
    /// `postgres://…`: shared by every replica (`postgres`).
    Postgres(Secret),
}

/// The default file name, next to the config file.
pub const DEFAULT_FILE: &str = "orderlens-accounts.db";

impl Location {
    /// `sqlite:///abs/path`, `sqlite://relative/path` (to `base`, the config file's folder),
    /// `sqlite::memory:`, `postgres://user:password@host:5432/db` (or `postgresql://`).
    pub fn parse(url: &str, base: &Path) -> Result<Location, String> {
        let url = url.trim();
        if url == "sqlite::memory:" {
            return Ok(Location::Memory);
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Location::Postgres(Secret::new(url)));
        }
        match url.strip_prefix("sqlite://").filter(|p| !p.is_empty()) {
            Some(path) => Ok(Location::Sqlite(base.join(path))),
            None => Err(format!(
                "database_url '{}' is not a SQLite or PostgreSQL URL: write sqlite:///var/lib/orderlens/{DEFAULT_FILE}, postgres://orderlens:password@db-host:5432/orderlens, or sqlite::memory: to keep nothing",
                url.chars().take(60).collect::<String>()
            )),
        }
    }

    /// The key file's default place: beside the database (`orderlens-accounts.key`).
    pub fn default_key_file(&self) -> Option<PathBuf> {
        match self {
            // Every replica of a shared store needs the same key: it is given, never made here.
            Location::Memory | Location::Postgres(_) => None,
            Location::Sqlite(path) => Some(path.with_extension("key")),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Location::Memory => "in memory (nothing is kept after a restart)".into(),
            Location::Sqlite(path) => path.display().to_string(),
            Location::Postgres(url) => format!("PostgreSQL {}", without_password(url.expose())),
        }
    }
}
