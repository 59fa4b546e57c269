//! The account store: seller accounts connected through the consent flow on `/setup`, kept
//! beside the `[[accounts]]` of the config file. One trait, so a shared database can replace
//! the embedded one (PostgreSQL, issue 14): async, `Send + Sync`, errors as values.
//!
//! `sqlite` is the default implementation (a file next to the config, or `database_url`),
//! `sealed` the encryption of refresh tokens at rest. Records without their token
//! ([`StoredAccount`]) are all that pages and `orderlens accounts list` see.

pub mod account;
pub mod sealed;
pub mod sqlite;

pub use account::{AccountStore, Loaded, Location, StoreError, StoredAccount, DEFAULT_FILE};

/// The store at `location`; `key` opens and seals refresh tokens (`None`: list and remove only).
pub async fn open(location: &Location, key: Option<sealed::StoreKey>) -> Result<Box<dyn AccountStore>, StoreError> {
    Ok(Box::new(sqlite::SqliteStore::open(location, key).await?))
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
        assert!(Location::parse("postgres://db/orderlens", base).unwrap_err().contains("sqlite:///"));
        assert_eq!(
            Location::Sqlite("/x/orderlens-accounts.db".into()).default_key_file(),
            Some("/x/orderlens-accounts.key".into())
        );
    }
}
