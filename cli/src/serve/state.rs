//! What every request shares: the resolved config, the seller accounts, the SP-API client, the
//! caches and the send ledger. Built once at start; handlers see it as `State<Arc<AppState>>`.

use std::sync::Arc;

use orderlens::order_view::{BuyerOrders, OrderView};

use super::accounts::{Account, Accounts};
use super::cache::Coalescing;
use super::config::Config;
use super::dedupe::{self, MemoryLedger, SendLedger};
use super::spapi::client::SpApi;

/// Entries each cache keeps at most.
pub const CACHE_CAPACITY: u64 = 10_000;

pub struct AppState {
    pub config: Config,
    pub accounts: Accounts,
    pub spapi: SpApi,
    /// Order views by (account, order id).
    pub orders: Coalescing<(String, String), OrderView>,
    /// Buyer searches by (account, marketplace id, alias).
    pub buyers: Coalescing<(String, String, String), BuyerOrders>,
    /// Messages sent in the last 10 minutes, so an identical one is not sent by accident.
    pub ledger: Box<dyn SendLedger>,
}

impl AppState {
    /// `http` is the client every upstream call (SP-API and LWA) goes through.
    pub fn new(config: Config, http: reqwest::Client) -> AppState {
        let accounts = Accounts {
            all: config.accounts.iter().map(|a| Arc::new(Account::new(a.clone(), &config, http.clone()))).collect(),
        };
        AppState {
            spapi: SpApi::new(http, config.upstream_tries, config.retry_base, config.limiter_max_wait),
            orders: Coalescing::new(config.cache_ttl, config.fresh_min_age, CACHE_CAPACITY),
            buyers: Coalescing::new(config.cache_ttl, config.fresh_min_age, CACHE_CAPACITY),
            ledger: Box::new(MemoryLedger::new(dedupe::WINDOW)),
            accounts,
            config,
        }
    }
}
