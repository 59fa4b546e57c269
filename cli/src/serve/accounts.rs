//! The configured seller accounts at run time: each with its LWA token source, its rate-limit
//! buckets and its last upstream error; and the choice of account by marketplace.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

use chrono::{DateTime, Utc};
use orderlens::marketplace::Marketplace;
use orderlens::problem::{Problem, ProblemCode};
use serde::Serialize;

use super::config::{AccountConfig, Config};
use super::shared::{limiter, Redis};
use super::spapi::limiter::{Bucket, Rate};
use super::spapi::lwa::TokenSource;
use super::spapi::operations::Operation;
use super::tokens::TokenConfig;

pub struct Account {
    pub config: AccountConfig,
    pub lwa: TokenSource,
    buckets: HashMap<Operation, Bucket>,
    last_error: Mutex<Option<LastError>>,
    /// Where the replicas share the buckets (`shared::limiter`).
    redis: Option<Arc<Redis>>,
}

/// The last upstream failure of an account, for `/v1/health` (no secrets, no PII).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LastError {
    pub code: &'static str,
    pub detail: String,
    pub at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl Account {
    pub fn new(config: AccountConfig, global: &Config, http: reqwest::Client, redis: Option<Arc<Redis>>) -> Account {
        let lwa = TokenSource::new(
            http,
            global.lwa_url.clone(),
            global.lwa_client_id.clone(),
            global.lwa_client_secret.clone(),
            config.refresh_token.clone(),
        )
        .shared(redis.clone());
        let buckets = Operation::ALL.into_iter().map(|op| (op, Bucket::new(paced(global.limits.of(op))))).collect();
        Account { config, lwa, buckets, last_error: Mutex::new(None), redis }
    }

    /// A token of `op`'s usage plan within `max_wait`, else `Err(retry_after)`: from the
    /// replicas' shared bucket while Redis answers, from this process's otherwise. The local
    /// bucket is drawn from either way, so it is as empty as the shared one when Redis goes.
    pub async fn acquire(&self, op: Operation, max_wait: std::time::Duration) -> Result<(), std::time::Duration> {
        let bucket = self.bucket(op);
        if let Some(redis) = &self.redis {
            let name = format!("{}:{}", self.name(), op.as_str());
            match limiter::reserve(redis, &name, bucket.rate(), max_wait).await {
                Ok(Ok(wait)) => {
                    bucket.draw();
                    tokio::time::sleep(wait).await;
                    return Ok(());
                }
                Ok(Err(retry_after)) => {
                    bucket.note_refused();
                    return Err(retry_after);
                }
                Err(_) => {}
            }
        }
        bucket.acquire(max_wait).await
    }

    pub fn name(&self) -> &str {
        &self.config.name
    }

    pub fn bucket(&self, op: Operation) -> &Bucket {
        // Every operation gets a bucket in `new`; index cannot miss.
        &self.buckets[&op]
    }

    pub fn record_error(&self, problem: &Problem) {
        let entry = LastError {
            code: problem.code.as_str(),
            detail: problem.detail.clone(),
            at: Utc::now(),
            request_id: problem.request_id.clone(),
        };
        if let Ok(mut last) = self.last_error.lock() {
            *last = Some(entry);
        }
    }

    pub fn last_error(&self) -> Option<LastError> {
        self.last_error.lock().ok().and_then(|l| l.clone())
    }

    pub fn sells_in(&self, marketplace: &Marketplace) -> bool {
        self.config.marketplaces.iter().any(|m| m.id == marketplace.id)
    }
}

/// Refill a little slower than Amazon does: requests reach Amazon with network jitter, and a
/// request that arrives a few ms "early" would be a 429 (the `amazon-spapi` crate uses 1.05 too).
const SAFETY_FACTOR: f64 = 1.05;

fn paced(rate: Rate) -> Rate {
    Rate { per_second: rate.per_second / SAFETY_FACTOR, burst: rate.burst }
}

/// The accounts in use: replaced whole when the account store changes (`roster`), so a request
/// works on one consistent list from start to end.
pub struct Accounts {
    all: RwLock<Arc<Vec<Arc<Account>>>>,
}

impl Accounts {
    pub fn new(all: Vec<Arc<Account>>) -> Accounts {
        Accounts { all: RwLock::new(Arc::new(all)) }
    }

    /// The accounts now, file accounts first, then those connected on /setup.
    pub fn all(&self) -> Arc<Vec<Arc<Account>>> {
        self.all.read().map(|a| a.clone()).unwrap_or_default()
    }

    pub fn replace(&self, all: Vec<Arc<Account>>) {
        if let Ok(mut current) = self.all.write() {
            *current = Arc::new(all);
        }
    }

    /// The accounts to ask, in config order: the one selling in `marketplace`, or all of them.
    pub fn candidates(&self, marketplace: Option<&'static Marketplace>) -> Result<Vec<Arc<Account>>, Problem> {
        let all = self.all();
        let Some(mp) = marketplace else {
            if all.is_empty() {
                return Err(Problem::new(
                    ProblemCode::MarketplaceNotConfigured,
                    "No seller account is configured. Connect one on the proxy's /setup page or add an [[accounts]] entry to its config file, or run `orderlens serve --sandbox` to try it out.",
                ));
            }
            return Ok(all.to_vec());
        };
        let chosen: Vec<_> = all.iter().filter(|a| a.sells_in(mp)).cloned().collect();
        if chosen.is_empty() {
            return Err(Problem::new(
                ProblemCode::MarketplaceNotConfigured,
                format!(
                    "No configured seller account sells in marketplace {} ({}). Connect the seller's {} account on the proxy's /setup page, or add {} to the marketplaces of the account for region {} in the proxy's config file.",
                    mp.code, mp.id, mp.region.as_str(), mp.code, mp.region.as_str()
                ),
            ));
        }
        Ok(chosen)
    }

    /// [`Accounts::candidates`] limited to what `caller` may read; 403 `token_scope` when that
    /// leaves nothing.
    pub fn for_caller(
        &self,
        caller: &TokenConfig,
        marketplace: Option<&'static Marketplace>,
    ) -> Result<Vec<Arc<Account>>, Problem> {
        let what =
            || marketplace.map_or("any configured seller account".to_string(), |m| format!("marketplace {}", m.code));
        if marketplace.is_some_and(|m| !caller.may_read_marketplace(m.id)) {
            return Err(caller.out_of_scope(&what()));
        }
        let allowed: Vec<_> =
            self.candidates(marketplace)?.into_iter().filter(|a| caller.may_use_account(a.name())).collect();
        if allowed.is_empty() {
            return Err(caller.out_of_scope(&what()));
        }
        Ok(allowed)
    }

    /// The first account `caller` may use that sells in `marketplace`: a buyer search and a
    /// message go through exactly one.
    pub fn first_for(&self, caller: &TokenConfig, marketplace: &'static Marketplace) -> Result<Arc<Account>, Problem> {
        self.for_caller(caller, Some(marketplace))?.into_iter().next().ok_or_else(|| {
            Problem::new(ProblemCode::MarketplaceNotConfigured, "No seller account is configured for this marketplace.")
        })
    }
}
