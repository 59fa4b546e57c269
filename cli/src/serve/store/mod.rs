//! The account store: seller accounts connected through the consent flow on `/setup`, kept
//! beside the `[[accounts]]` of the config file. One trait, so a shared database can replace
//! the embedded one: async, `Send + Sync`, errors as values.
//!
//! `sqlite` is the default implementation (a file next to the config, or `database_url`),
//! `postgres` the one several replicas share (`database_url = "postgres://…"`), `sealed` the
//! encryption of refresh tokens at rest. Records without their token
//! ([`StoredAccount`]) are all that pages and `orderlens accounts list` see.

pub mod account;
pub mod postgres;
pub mod sealed;
pub mod sqlite;

pub use account::{AccountStore, Loaded, Location, StoreError, StoredAccount, DEFAULT_FILE};

/// The store at `location`; `key` opens and seals refresh tokens (`None`: list and remove only).
pub async fn open(location: &Location, key: Option<sealed::StoreKey>) -> Result<Box<dyn AccountStore>, StoreError> {
    Ok(match location {
        Location::Postgres(url) => Box::new(postgres::PostgresStore::open(url, key).await?),
        _ => Box::new(sqlite::SqliteStore::open(location, key).await?),
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn database_urls() {
        let base = Path::new("/etc/orderlens");
        assert_eq!(Location::parse("sqlite:///var/lib/o.db", base), Ok(Location::Sqlite("/var/lib/o.db".into())));
        assert_eq!(Location::parse("sqlite://o.db", base), Ok(Location::Sqlite("/etc/orderlens/o.db".into())));
        assert_eq!(Location::parse("sqlite::memory:", base), Ok(Location::Memory));
        assert!(Location::parse("mysql://db/orderlens", base).unwrap_err().contains("postgres://"));
        let pg = Location::parse("postgres://app:s3cret@db:5432/orderlens", base).unwrap();
        assert!(matches!(pg, Location::Postgres(_)));
        assert_eq!(pg.describe(), "PostgreSQL postgres://app@db:5432/orderlens");
        assert_eq!(pg.default_key_file(), None, "replicas must be given one key");
        assert_eq!(
            Location::Sqlite("/x/orderlens-accounts.db".into()).default_key_file(),
            Some("/x/orderlens-accounts.key".into())
        );
    }
}
