//! What every request shares: the resolved config, the seller accounts, the SP-API client, the
//! caches, the send ledger, the account store and the admin sessions. Built once at start;
//! handlers see it as `State<Arc<AppState>>`. With `redis_url` the caches, the ledger and every
//! account's limiter and LWA token are shared with the other replicas (`shared`).

use std::sync::atomic::AtomicU64;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use orderlens::order_view::{BuyerOrders, MessagingAction, OrderView};

use super::accounts::{Account, Accounts};
use super::cache::Coalescing;
use super::config::{AccountConfig, Config};
use super::dedupe::{self, MemoryLedger, SendLedger};
use super::setup::session::Sessions;
use super::shared::flight::SharedCache;
use super::shared::ledger::SharedLedger;
use super::shared::Redis;
use super::spapi::client::SpApi;
use super::store::{AccountStore, StoredAccount};

/// Entries each cache keeps at most.
pub const CACHE_CAPACITY: u64 = 10_000;

/// How long the messaging actions of an order are reused. Every ticket opened asks for them and
/// Amazon allows getMessagingActionsForOrder about once a second per seller: an agent switching
/// back and forth, or several agents on one order, ask Amazon once a minute. Each replica keeps
/// its own (they are small and forgotten on a send, which a shared copy could not be at once).
pub const ACTIONS_TTL: Duration = Duration::from_secs(60);

pub struct AppState {
    pub config: Config,
    pub accounts: Accounts,
    pub spapi: SpApi,
    /// The client every upstream call (SP-API and LWA) goes through.
    pub http: reqwest::Client,
    /// Order views by (account, order id).
    pub orders: Coalescing<(String, String), OrderView>,
    /// Buyer searches by (account, marketplace id, alias).
    pub buyers: Coalescing<(String, String, String), BuyerOrders>,
    /// The messaging actions Amazon allows, by (account, order id, marketplace), for
    /// [`ACTIONS_TTL`]; forgotten when a message to the order is sent.
    pub actions: Coalescing<(String, String, String), Vec<MessagingAction>>,
    /// Messages sent in the last 10 minutes, so an identical one is not sent by accident.
    pub ledger: Box<dyn SendLedger>,
    /// Accounts connected on /setup.
    pub store: Box<dyn AccountStore>,
    /// The store's accounts as last read, with what stops one from being used.
    pub stored: RwLock<Vec<StoredEntry>>,
    /// The store's revision the accounts were last built from (`roster::watch`).
    pub store_revision: AtomicU64,
    /// Admin sessions and pending consent flows of /setup.
    pub sessions: Sessions,
    /// The replicas' shared state (`redis_url`).
    pub redis: Option<Arc<Redis>>,
}

/// An account of the store and, if it cannot be used, why.
#[derive(Debug, Clone)]
pub struct StoredEntry {
    pub account: StoredAccount,
    pub problem: Option<String>,
}

impl AppState {
    /// The accounts start empty: `roster::reload` fills them from the config and the store.
    pub fn new(
        config: Config,
        http: reqwest::Client,
        store: Box<dyn AccountStore>,
        redis: Option<Arc<Redis>>,
    ) -> AppState {
        let shared =
            |namespace| redis.clone().map(|r| SharedCache::new(r, namespace, config.cache_ttl, config.fresh_min_age));
        let ledger: Box<dyn SendLedger> = match &redis {
            Some(r) => Box::new(SharedLedger::new(r.clone(), dedupe::WINDOW)),
            None => Box::new(MemoryLedger::new(dedupe::WINDOW)),
        };
        AppState {
            spapi: SpApi::new(http.clone(), config.upstream_tries, config.retry_base, config.limiter_max_wait),
            orders: Coalescing::new(config.cache_ttl, config.fresh_min_age, CACHE_CAPACITY).shared(shared("orders")),
            buyers: Coalescing::new(config.cache_ttl, config.fresh_min_age, CACHE_CAPACITY).shared(shared("buyers")),
            actions: Coalescing::new(ACTIONS_TTL, config.fresh_min_age, CACHE_CAPACITY),
            ledger,
            accounts: Accounts::new(Vec::new()),
            http,
            store,
            stored: RwLock::new(Vec::new()),
            store_revision: AtomicU64::new(0),
            sessions: Sessions::new(),
            redis,
            config,
        }
    }

    /// A seller account at run time, sharing this state's Redis.
    pub fn account(&self, config: AccountConfig) -> Account {
        Account::new(config, &self.config, self.http.clone(), self.redis.clone())
    }

    pub fn stored(&self) -> Vec<StoredEntry> {
        self.stored.read().map(|s| s.clone()).unwrap_or_default()
    }
}
