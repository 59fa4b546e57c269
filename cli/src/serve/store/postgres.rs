//! The account store in PostgreSQL (`database_url = "postgres://…"`), shared by every replica:
//! an account connected on one is seen by the others when they next poll the revision
//! (`store_poll_secs`). Tokens are sealed as in SQLite, under the store key every replica must
//! be given (`ORDERLENS_STORE_KEY` or `store_key_file`).
//!
//! Migrations run at start inside one transaction that holds an advisory lock, so three replicas
//! starting at once apply each one exactly once; `orderlens_schema` records the version. The pool
//! (deadpool) replaces a connection that broke; while PostgreSQL is away every call fails fast
//! with a clear error and the proxy keeps the accounts it last read.

use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use orderlens::marketplace::{Marketplace, Region};
use tokio_postgres::NoTls;

use super::account::{AccountStore, Loaded, StoreError, StoredAccount};
use super::sealed::{Sealed, StoreKey};
use crate::serve::secret::{without_password, Secret};

/// Any constant of ours: the key of the advisory lock the migrations hold.
const MIGRATION_LOCK: i64 = 0x6f72_6465_726c_656e; // "orderlen"
/// Each entry is one schema version, applied once, in order; never edit one that shipped.
const MIGRATIONS: &[&str] = &["
CREATE TABLE orderlens_accounts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    region TEXT NOT NULL,
    selling_partner_id TEXT NOT NULL,
    marketplaces TEXT NOT NULL,
    marketplaces_unchecked TEXT,
    connected_at TIMESTAMPTZ NOT NULL,
    authorised_at TIMESTAMPTZ NOT NULL,
    token_nonce BYTEA NOT NULL,
    token_sealed BYTEA NOT NULL
);
CREATE TABLE orderlens_revision (id INTEGER PRIMARY KEY CHECK (id = 1), n BIGINT NOT NULL);
INSERT INTO orderlens_revision (id, n) VALUES (1, 0);
"];
const COLUMNS: &str = "id, name, region, selling_partner_id, marketplaces, marketplaces_unchecked, connected_at, authorised_at, token_nonce, token_sealed";
/// How long a call waits for a connection before it fails (PostgreSQL away).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);

pub struct PostgresStore {
    pool: Pool,
    key: Option<StoreKey>,
    /// The URL without its password, named in errors.
    place: String,
}

impl PostgresStore {
    pub async fn open(url: &Secret, key: Option<StoreKey>) -> Result<PostgresStore, StoreError> {
        let place = without_password(url.expose());
        let mut config: tokio_postgres::Config = url.expose().parse().map_err(|e| {
            StoreError(format!("database_url {place} is not a PostgreSQL URL ({e}); write it like postgres://orderlens:password@db-host:5432/orderlens"))
        })?;
        config.connect_timeout(CONNECT_TIMEOUT).application_name("orderlens");
        let manager = Manager::from_config(config, NoTls, ManagerConfig { recycling_method: RecyclingMethod::Fast });
        let pool = Pool::builder(manager)
            .max_size(8)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(CONNECT_TIMEOUT))
            .create_timeout(Some(CONNECT_TIMEOUT))
            .recycle_timeout(Some(CONNECT_TIMEOUT))
            .build()
            .map_err(|e| StoreError(format!("cannot use the account store {place}: {e}")))?;
        let store = PostgresStore { pool, key, place };
        store.migrate().await?;
        Ok(store)
    }

    async fn client(&self) -> Result<deadpool_postgres::Object, StoreError> {
        self.pool.get().await.map_err(|e| {
            StoreError(format!(
                "the account store (PostgreSQL {}) is unreachable: {e}; check database_url and that PostgreSQL runs, then try again (accounts already loaded keep working)",
                self.place
            ))
        })
    }

    fn failed(&self, e: tokio_postgres::Error) -> StoreError {
        StoreError(format!("the account store (PostgreSQL {}) failed: {e}; try again", self.place))
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(|e| self.failed(e))?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK]).await.map_err(|e| self.failed(e))?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS orderlens_schema (version INTEGER NOT NULL)")
            .await
            .map_err(|e| self.failed(e))?;
        let row = tx
            .query_one("SELECT COALESCE(MAX(version), 0) FROM orderlens_schema", &[])
            .await
            .map_err(|e| self.failed(e))?;
        let current: i32 = row.get(0);
        for (version, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
            tx.batch_execute(sql).await.map_err(|e| self.failed(e))?;
            let version = version as i32 + 1;
            tx.execute("INSERT INTO orderlens_schema (version) VALUES ($1)", &[&version])
                .await
                .map_err(|e| self.failed(e))?;
        }
        tx.commit().await.map_err(|e| self.failed(e))
    }

    async fn rows(&self, client: &deadpool_postgres::Object) -> Result<Vec<(StoredAccount, Sealed)>, StoreError> {
        let rows = client
            .query(&format!("SELECT {COLUMNS} FROM orderlens_accounts ORDER BY connected_at, id"), &[])
            .await
            .map_err(|e| self.failed(e))?;
        Ok(rows.iter().filter_map(read_row).collect())
    }

    fn key(&self) -> Result<&StoreKey, StoreError> {
        self.key.as_ref().ok_or_else(|| StoreError("the account store was opened without its key".into()))
    }
}

/// A row this version cannot read (an unknown region) is left out, not fatal.
fn read_row(r: &tokio_postgres::Row) -> Option<(StoredAccount, Sealed)> {
    let region = Region::parse(r.try_get::<_, &str>(2).ok()?)?;
    let marketplaces: &str = r.try_get(4).ok()?;
    let account = StoredAccount {
        id: r.try_get(0).ok()?,
        name: r.try_get(1).ok()?,
        region,
        selling_partner_id: r.try_get(3).ok()?,
        marketplaces: marketplaces.split(',').filter_map(Marketplace::by_id).collect(),
        marketplaces_unchecked: r.try_get(5).ok()?,
        connected_at: r.try_get::<_, DateTime<Utc>>(6).ok()?,
        authorised_at: r.try_get::<_, DateTime<Utc>>(7).ok()?,
    };
    Some((account, Sealed { nonce: r.try_get(8).ok()?, ciphertext: r.try_get(9).ok()? }))
}

const BUMP: &str = "UPDATE orderlens_revision SET n = n + 1 WHERE id = 1";

#[async_trait]
impl AccountStore for PostgresStore {
    async fn load(&self) -> Result<Vec<Loaded>, StoreError> {
        let key = self.key()?;
        let client = self.client().await?;
        let mut out = Vec::new();
        for (account, sealed) in self.rows(&client).await? {
            let (refresh_token, resealed) = key.open_row(&account.id, &sealed);
            if let Some(s) = resealed {
                client
                    .execute(
                        "UPDATE orderlens_accounts SET token_nonce = $1, token_sealed = $2 WHERE id = $3",
                        &[&s.nonce, &s.ciphertext, &account.id],
                    )
                    .await
                    .map_err(|e| self.failed(e))?;
            }
            out.push(Loaded { account, refresh_token: refresh_token.map_err(StoreError) });
        }
        Ok(out)
    }

    async fn list(&self) -> Result<Vec<StoredAccount>, StoreError> {
        let client = self.client().await?;
        Ok(self.rows(&client).await?.into_iter().map(|(a, _)| a).collect())
    }

    async fn save(&self, a: &StoredAccount, refresh_token: &Secret) -> Result<(), StoreError> {
        let sealed = self.key()?.seal(&a.id, refresh_token).map_err(StoreError)?;
        let marketplaces = a.marketplaces.iter().map(|m| m.id).collect::<Vec<_>>().join(",");
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(|e| self.failed(e))?;
        let saved = tx
            .execute(
                &format!(
                    "INSERT INTO orderlens_accounts ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                     ON CONFLICT (id) DO UPDATE SET marketplaces = excluded.marketplaces,
                       marketplaces_unchecked = excluded.marketplaces_unchecked,
                       authorised_at = excluded.authorised_at,
                       token_nonce = excluded.token_nonce, token_sealed = excluded.token_sealed"
                ),
                &[
                    &a.id,
                    &a.name,
                    &a.region.as_str(),
                    &a.selling_partner_id,
                    &marketplaces,
                    &a.marketplaces_unchecked,
                    &a.connected_at,
                    &a.authorised_at,
                    &sealed.nonce,
                    &sealed.ciphertext,
                ],
            )
            .await;
        if let Err(e) = saved {
            return Err(match e.code() {
                Some(&tokio_postgres::error::SqlState::UNIQUE_VIOLATION) => {
                    StoreError(format!("another stored account is already called '{}'", a.name))
                }
                _ => self.failed(e),
            });
        }
        tx.execute(BUMP, &[]).await.map_err(|e| self.failed(e))?;
        tx.commit().await.map_err(|e| self.failed(e))
    }

    async fn remove(&self, id: &str) -> Result<bool, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(|e| self.failed(e))?;
        let removed =
            tx.execute("DELETE FROM orderlens_accounts WHERE id = $1", &[&id]).await.map_err(|e| self.failed(e))?;
        if removed > 0 {
            tx.execute(BUMP, &[]).await.map_err(|e| self.failed(e))?;
        }
        tx.commit().await.map_err(|e| self.failed(e))?;
        Ok(removed > 0)
    }

    async fn revision(&self) -> Result<u64, StoreError> {
        let client = self.client().await?;
        let row =
            client.query_one("SELECT n FROM orderlens_revision WHERE id = 1", &[]).await.map_err(|e| self.failed(e))?;
        Ok(row.get::<_, i64>(0).max(0) as u64)
    }
}
