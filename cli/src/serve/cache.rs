//! Answers kept for a while, and simultaneous requests for the same key share one upstream call
//! (moka's `try_get_with` runs one loader per key; the others wait for its result). Errors are
//! not cached. A fresh request (`?fresh=1`) still gets an answer younger than `fresh_min_age`:
//! a double click or a panel opened twice must not spend Amazon's quota twice.
//!
//! Each answer is kept with its JSON, encoded once when it is loaded: a cached order is read
//! far more often than it is loaded, and encoding it was a fifth of the proxy's work per read.
//!
//! With Redis (`shared::flight`) a miss here asks the replicas' shared cache, which runs one
//! load among all of them; an answer keeps its age from there, so it leaves this cache when it
//! leaves the shared one.

use std::future::Future;
use std::hash::Hash;
use std::ops::Deref;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use orderlens::problem::{Problem, ProblemCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use tokio::time::Instant;

use super::shared::flight::SharedCache;

pub struct Coalescing<K, V> {
    cache: moka::future::Cache<K, (Instant, Arc<Encoded<V>>)>,
    fresh_min_age: Duration,
    shared: Option<SharedCache>,
}

/// An entry lives `ttl` from when it was loaded, wherever that was.
struct FromLoad(Duration);

impl<K, V> moka::Expiry<K, (Instant, V)> for FromLoad {
    fn expire_after_create(&self, _: &K, value: &(Instant, V), _: std::time::Instant) -> Option<Duration> {
        Some(self.0.saturating_sub(value.0.elapsed()).max(Duration::from_millis(1)))
    }
}

/// An answer and its JSON (boxed: no spare capacity kept for every cached answer).
pub struct Encoded<V> {
    pub value: V,
    /// Shared by every answer that sends it: cloning is a reference count, not a copy.
    pub json: Bytes,
}

impl<V: Serialize> Encoded<V> {
    pub fn new(value: V) -> Result<Encoded<V>, Problem> {
        let json = serde_json::to_vec(&value).map_err(|_| {
            Problem::new(ProblemCode::Internal, "The proxy could not encode its answer. Please report this bug.")
        })?;
        Ok(Encoded { value, json: Bytes::from(json) })
    }
}

impl<V> Deref for Encoded<V> {
    type Target = V;

    fn deref(&self) -> &V {
        &self.value
    }
}

impl<K, V> Coalescing<K, V>
where
    K: Hash + Eq + Clone + Serialize + Send + Sync + 'static,
    V: Serialize + DeserializeOwned + Send + Sync + 'static,
{
    pub fn new(ttl: Duration, fresh_min_age: Duration, capacity: u64) -> Coalescing<K, V> {
        Coalescing {
            cache: moka::future::Cache::builder().max_capacity(capacity).expire_after(FromLoad(ttl)).build(),
            fresh_min_age,
            shared: None,
        }
    }

    /// Shares answers and loads with the other replicas.
    pub fn shared(mut self, shared: Option<SharedCache>) -> Coalescing<K, V> {
        self.shared = shared;
        self
    }

    /// Drops this process's cached value of `key` (the next `get` loads it again).
    pub async fn forget(&self, key: &K) {
        self.cache.invalidate(key).await;
    }

    /// The cached value, without loading.
    pub async fn peek(&self, key: &K) -> Option<Arc<Encoded<V>>> {
        self.cache.get(key).await.map(|(_, v)| v)
    }

    /// The cached value, or `load`'s result (shared with every concurrent caller of the same key).
    /// `fresh` skips a cached value older than `fresh_min_age` (the sidebar's Retry button).
    pub async fn get(
        &self,
        key: K,
        fresh: bool,
        load: impl Future<Output = Result<V, Problem>>,
    ) -> Result<Arc<Encoded<V>>, Problem> {
        if fresh {
            match self.cache.get(&key).await {
                Some((at, v)) if at.elapsed() < self.fresh_min_age => return Ok(v),
                Some(_) => self.cache.invalidate(&key).await,
                None => {}
            }
        }
        let shared = self.shared.as_ref().map(|s| (s, serde_json::to_string(&key).unwrap_or_default()));
        let loaded = async move {
            let (age, value) = match shared {
                Some((shared, key)) => shared.get(&key, fresh, load).await?,
                None => (Duration::ZERO, load.await?),
            };
            let at = Instant::now().checked_sub(age).unwrap_or_else(Instant::now);
            Ok((at, Arc::new(Encoded::new(value)?)))
        };
        self.cache.try_get_with(key, loaded).await.map(|(_, v)| v).map_err(|shared: Arc<Problem>| (*shared).clone())
    }
}
