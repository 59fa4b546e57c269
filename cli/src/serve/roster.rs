//! Which seller accounts the proxy runs on, and keeping that list current: the config file's
//! `[[accounts]]` first, then the accounts connected on `/setup` (from the store), and in
//! sandbox mode without file accounts a built-in one for every region nobody connected, and,
//! when it serves the demo, one for Australia whose authorisation the fake has revoked (so the
//! sidebar's health line can be seen with `make demo`).
//!
//! The list is rebuilt at start, at once after a change on `/setup`, and whenever the store's
//! revision moves (another replica, `orderlens accounts remove`), which `watch` polls for. An
//! account whose settings did not change keeps its runtime state (cached access token, rate
//! limiter, last error).

use std::sync::atomic::Ordering;
use std::sync::{Arc, Weak};

use orderlens::marketplace::{Marketplace, Region};

use super::config::{AccountConfig, Config};
use super::sandbox::{REVOKED_MARKETPLACE, REVOKED_REFRESH_TOKEN};
use super::secret::Secret;
use super::state::{AppState, StoredEntry};
use super::store::{Loaded, StoreError};

/// The refresh token of sandbox mode's own accounts (the fake accepts any).
pub const SANDBOX_REFRESH_TOKEN: &str = "Atzr|sandbox";

/// Reads the store and puts its accounts to use.
pub async fn reload(s: &AppState) -> Result<(), StoreError> {
    let revision = s.store.revision().await?;
    let loaded = s.store.load().await?;
    let (configs, entries) = plan(&s.config, loaded);
    let existing = s.accounts.all();
    let accounts = configs
        .into_iter()
        .map(|c| match existing.iter().find(|a| a.config == c) {
            Some(same) => same.clone(),
            None => Arc::new(s.account(c)),
        })
        .collect();
    s.accounts.replace(accounts);
    if let Ok(mut stored) = s.stored.write() {
        *stored = entries;
    }
    s.store_revision.store(revision, Ordering::SeqCst);
    Ok(())
}

/// Polls the store's revision every `setup.poll` while the state lives.
pub fn watch(state: Weak<AppState>) {
    tokio::spawn(async move {
        loop {
            let Some(poll) = state.upgrade().map(|s| s.config.setup.poll) else { return };
            tokio::time::sleep(poll).await;
            let Some(s) = state.upgrade() else { return };
            let changed = match s.store.revision().await {
                Ok(n) => n != s.store_revision.load(Ordering::SeqCst),
                Err(e) => {
                    tracing::warn!(error = %e, "cannot read the account store's revision");
                    false
                }
            };
            if changed {
                match reload(&s).await {
                    Ok(()) => tracing::info!("account store changed: accounts reloaded"),
                    Err(e) => tracing::warn!(error = %e, "cannot reload the account store"),
                }
            }
        }
    });
}

/// The accounts to run (file, store, sandbox defaults) and what the pages say of each stored one.
fn plan(config: &Config, loaded: Vec<Loaded>) -> (Vec<AccountConfig>, Vec<StoredEntry>) {
    let mut configs = config.accounts.clone();
    let mut entries = Vec::new();
    for Loaded { account, refresh_token } in loaded {
        let problem = match refresh_token {
            Err(e) => Some(e.0),
            Ok(_) if configs.iter().any(|c| c.name == account.name) => Some(format!(
                "an [[accounts]] entry of the config file is also called '{}'; the file's entry is used",
                account.name
            )),
            Ok(token) => {
                configs.push(AccountConfig {
                    name: account.name.clone(),
                    region: account.region,
                    refresh_token: token,
                    marketplaces: runs_in(
                        &account.marketplaces,
                        account.marketplaces_unchecked.is_some(),
                        account.region,
                    ),
                    endpoint: config.endpoint_for(account.region),
                });
                None
            }
        };
        entries.push(StoredEntry { account, problem });
    }
    if config.sandbox && config.accounts.is_empty() {
        // Only where the sandbox serves the demo (`--static-dir`, as `make demo` and the e2e test
        // run it): a search without a marketplace would otherwise meet the revoked account and
        // answer 502 for an order that is simply unknown.
        let revoked = Marketplace::by_code(REVOKED_MARKETPLACE).filter(|_| config.static_dir.is_some());
        for region in Region::ALL {
            if !configs.iter().any(|c| c.region == region) {
                let account = |name: String, token, marketplaces| AccountConfig {
                    name,
                    region,
                    refresh_token: Secret::new(token),
                    marketplaces,
                    endpoint: config.endpoint_for(region),
                };
                let mut marketplaces = region_marketplaces(region);
                marketplaces.retain(|m| Some(*m) != revoked);
                let name = format!("sandbox-{}", region.as_str().to_ascii_lowercase());
                configs.push(account(name, SANDBOX_REFRESH_TOKEN, marketplaces));
                if let Some(m) = revoked.filter(|m| m.region == region) {
                    let name = format!("sandbox-{}-revoked", m.code.to_ascii_lowercase());
                    configs.push(account(name, REVOKED_REFRESH_TOKEN, vec![m]));
                }
            }
        }
    }
    (configs, entries)
}

/// The marketplaces an account serves: Amazon's list, or its whole region when Amazon gave none.
fn runs_in(listed: &[&'static Marketplace], unchecked: bool, region: Region) -> Vec<&'static Marketplace> {
    if unchecked && listed.is_empty() {
        region_marketplaces(region)
    } else {
        listed.to_vec()
    }
}

pub fn region_marketplaces(region: Region) -> Vec<&'static Marketplace> {
    Marketplace::all().iter().filter(|m| m.region == region).collect()
}
