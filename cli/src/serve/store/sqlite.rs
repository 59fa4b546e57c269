//! The embedded account store: one SQLite file (bundled SQLite, no system library) created
//! with permissions 0600, each refresh token sealed (`sealed`). Calls run on tokio's blocking
//! threads; a write bumps the `revision` row in the same transaction, which is how another
//! process (or `orderlens accounts remove`) is noticed.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use orderlens::marketplace::{Marketplace, Region};
use rusqlite::{params, Connection, OptionalExtension};

use super::account::{AccountStore, Loaded, Location, StoreError, StoredAccount};
use super::sealed::{Sealed, StoreKey};
use crate::serve::secret::Secret;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    region TEXT NOT NULL,
    selling_partner_id TEXT NOT NULL,
    marketplaces TEXT NOT NULL,
    marketplaces_unchecked TEXT,
    connected_at TEXT NOT NULL,
    authorised_at TEXT NOT NULL,
    token_nonce BLOB NOT NULL,
    token_sealed BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS revision (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT OR IGNORE INTO revision (id, n) VALUES (1, 0);
";

const COLUMNS: &str = "id, name, region, selling_partner_id, marketplaces, marketplaces_unchecked, connected_at, authorised_at, token_nonce, token_sealed";

pub struct SqliteStore {
    inner: Arc<Inner>,
}

struct Inner {
    conn: Mutex<Connection>,
    key: Option<StoreKey>,
    /// Named in errors.
    place: String,
}

impl SqliteStore {
    pub async fn open(location: &Location, key: Option<StoreKey>) -> Result<SqliteStore, StoreError> {
        let location = location.clone();
        let place = location.describe();
        let conn = tokio::task::spawn_blocking(move || connect(&location))
            .await
            .map_err(|_| StoreError("the account store could not be opened (the task stopped)".into()))??;
        Ok(SqliteStore { inner: Arc::new(Inner { conn: Mutex::new(conn), key, place }) })
    }

    async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&Inner, &mut Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let inner = self.inner.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = inner
                .conn
                .lock()
                .map_err(|_| StoreError("the account store is unusable after a crash; restart orderlens".into()))?;
            job(&inner, &mut conn)
        })
        .await
        .map_err(|_| StoreError("an account store call stopped unexpectedly; try again".into()))?
    }
}

fn connect(location: &Location) -> Result<Connection, StoreError> {
    let conn = match location {
        Location::Memory => Connection::open_in_memory(),
        Location::Sqlite(path) => {
            create_private(path)?;
            Connection::open(path)
        }
        Location::Postgres(_) => {
            return Err(StoreError("a PostgreSQL database_url is not a SQLite file (this is a bug)".into()))
        }
    }
    .map_err(|e| {
        StoreError(format!(
            "cannot open the account store {}: {e}; check the path and its permissions",
            location.describe()
        ))
    })?;
    // Another process (a second replica, `orderlens accounts`) may hold the lock for a moment.
    conn.busy_timeout(Duration::from_secs(5)).map_err(|e| failed(&location.describe(), e))?;
    conn.execute_batch(SCHEMA).map_err(|e| failed(&location.describe(), e))?;
    Ok(conn)
}

/// The file exists before SQLite opens it, readable by its owner only (it holds sealed tokens
/// and the sellers' ids).
fn create_private(path: &Path) -> Result<(), StoreError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError(format!(
            "cannot create the account store {}: {e}; create its folder or set database_url",
            path.display()
        ))),
    }
}

fn failed(place: &str, e: rusqlite::Error) -> StoreError {
    StoreError(format!("the account store {place} failed: {e}; check that the file is writable and try again"))
}

fn bump(tx: &rusqlite::Transaction, place: &str) -> Result<(), StoreError> {
    tx.execute("UPDATE revision SET n = n + 1 WHERE id = 1", []).map(|_| ()).map_err(|e| failed(place, e))
}

/// A row as stored; the token stays sealed until `open` is asked for it.
struct Row {
    account: StoredAccount,
    sealed: Sealed,
}

fn read_row(r: &rusqlite::Row) -> rusqlite::Result<Option<Row>> {
    let region: String = r.get(2)?;
    let Some(region) = Region::parse(&region) else { return Ok(None) };
    let marketplaces: String = r.get(4)?;
    let time = |i: usize| -> rusqlite::Result<DateTime<Utc>> {
        let text: String = r.get(i)?;
        Ok(DateTime::parse_from_rfc3339(&text).map(|t| t.with_timezone(&Utc)).unwrap_or_default())
    };
    Ok(Some(Row {
        account: StoredAccount {
            id: r.get(0)?,
            name: r.get(1)?,
            region,
            selling_partner_id: r.get(3)?,
            marketplaces: marketplaces.split(',').filter_map(Marketplace::by_id).collect(),
            marketplaces_unchecked: r.get(5)?,
            connected_at: time(6)?,
            authorised_at: time(7)?,
        },
        sealed: Sealed { nonce: r.get(8)?, ciphertext: r.get(9)? },
    }))
}

fn rows(conn: &Connection, place: &str) -> Result<Vec<Row>, StoreError> {
    let mut statement = conn
        .prepare(&format!("SELECT {COLUMNS} FROM accounts ORDER BY connected_at, id"))
        .map_err(|e| failed(place, e))?;
    let rows = statement.query_map([], read_row).map_err(|e| failed(place, e))?;
    let mut out = Vec::new();
    for row in rows {
        // A row this version cannot read (an unknown region) is left alone, not fatal.
        if let Some(row) = row.map_err(|e| failed(place, e))? {
            out.push(row);
        }
    }
    Ok(out)
}

fn key(inner: &Inner) -> Result<&StoreKey, StoreError> {
    inner.key.as_ref().ok_or_else(|| StoreError("the account store was opened without its key".into()))
}

#[async_trait]
impl AccountStore for SqliteStore {
    async fn load(&self) -> Result<Vec<Loaded>, StoreError> {
        self.run(|inner, conn| {
            let key = key(inner)?;
            let mut out = Vec::new();
            for row in rows(conn, &inner.place)? {
                let id = row.account.id.clone();
                let (refresh_token, resealed) = key.open_row(&id, &row.sealed);
                if let Some(sealed) = resealed {
                    conn.execute(
                        "UPDATE accounts SET token_nonce = ?1, token_sealed = ?2 WHERE id = ?3",
                        params![sealed.nonce, sealed.ciphertext, id],
                    )
                    .map_err(|e| failed(&inner.place, e))?;
                }
                out.push(Loaded { account: row.account, refresh_token: refresh_token.map_err(StoreError) });
            }
            Ok(out)
        })
        .await
    }

    async fn list(&self) -> Result<Vec<StoredAccount>, StoreError> {
        self.run(|inner, conn| Ok(rows(conn, &inner.place)?.into_iter().map(|r| r.account).collect())).await
    }

    async fn save(&self, account: &StoredAccount, refresh_token: &Secret) -> Result<(), StoreError> {
        let a = account.clone();
        let token = refresh_token.clone();
        self.run(move |inner, conn| {
            let sealed = key(inner)?.seal(&a.id, &token).map_err(StoreError)?;
            let marketplaces: Vec<&str> = a.marketplaces.iter().map(|m| m.id).collect();
            let tx = conn.transaction().map_err(|e| failed(&inner.place, e))?;
            tx.execute(
                &format!(
                    "INSERT INTO accounts ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                     ON CONFLICT(id) DO UPDATE SET marketplaces = excluded.marketplaces,
                       marketplaces_unchecked = excluded.marketplaces_unchecked,
                       authorised_at = excluded.authorised_at,
                       token_nonce = excluded.token_nonce, token_sealed = excluded.token_sealed"
                ),
                params![
                    a.id,
                    a.name,
                    a.region.as_str(),
                    a.selling_partner_id,
                    marketplaces.join(","),
                    a.marketplaces_unchecked,
                    a.connected_at.to_rfc3339(),
                    a.authorised_at.to_rfc3339(),
                    sealed.nonce,
                    sealed.ciphertext,
                ],
            )
            .map_err(|e| match e {
                rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation => {
                    StoreError(format!("another stored account is already called '{}'", a.name))
                }
                e => failed(&inner.place, e),
            })?;
            bump(&tx, &inner.place)?;
            tx.commit().map_err(|e| failed(&inner.place, e))
        })
        .await
    }

    async fn remove(&self, id: &str) -> Result<bool, StoreError> {
        let id = id.to_string();
        self.run(move |inner, conn| {
            let tx = conn.transaction().map_err(|e| failed(&inner.place, e))?;
            let removed =
                tx.execute("DELETE FROM accounts WHERE id = ?1", params![id]).map_err(|e| failed(&inner.place, e))?;
            if removed > 0 {
                bump(&tx, &inner.place)?;
            }
            tx.commit().map_err(|e| failed(&inner.place, e))?;
            Ok(removed > 0)
        })
        .await
    }

    async fn revision(&self) -> Result<u64, StoreError> {
        self.run(|inner, conn| {
            let n: Option<i64> = conn
                .query_row("SELECT n FROM revision WHERE id = 1", [], |r| r.get(0))
                .optional()
                .map_err(|e| failed(&inner.place, e))?;
            Ok(n.unwrap_or(0).max(0) as u64)
        })
        .await
    }
}
