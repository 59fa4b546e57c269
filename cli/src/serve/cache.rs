//! Answers kept for a while, and simultaneous requests for the same key share one upstream call
//! (moka's `try_get_with` runs one loader per key; the others wait for its result). Errors are
//! not cached. A fresh request (`?fresh=1`) still gets an answer younger than `fresh_min_age`:
//! a double click or a panel opened twice must not spend Amazon's quota twice.

use std::future::Future;
use std::hash::Hash;
use std::sync::Arc;
use std::time::Duration;

use orderlens::problem::Problem;
use tokio::time::Instant;

pub struct Coalescing<K, V> {
    cache: moka::future::Cache<K, (Instant, Arc<V>)>,
    fresh_min_age: Duration,
}

impl<K, V> Coalescing<K, V>
where
    K: Hash + Eq + Clone + Send + Sync + 'static,
    V: Send + Sync + 'static,
{
    pub fn new(ttl: Duration, fresh_min_age: Duration, capacity: u64) -> Coalescing<K, V> {
        Coalescing {
            cache: moka::future::Cache::builder()
                .max_capacity(capacity)
                .time_to_live(ttl.max(Duration::from_millis(1)))
                .build(),
            fresh_min_age,
        }
    }

    /// The cached value, without loading.
    pub async fn peek(&self, key: &K) -> Option<Arc<V>> {
        self.cache.get(key).await.map(|(_, v)| v)
    }

    /// The cached value, or `load`'s result (shared with every concurrent caller of the same key).
    /// `fresh` skips a cached value older than `fresh_min_age` (the sidebar's Retry button).
    pub async fn get(
        &self,
        key: K,
        fresh: bool,
        load: impl Future<Output = Result<V, Problem>>,
    ) -> Result<Arc<V>, Problem> {
        if fresh {
            match self.cache.get(&key).await {
                Some((at, v)) if at.elapsed() < self.fresh_min_age => return Ok(v),
                Some(_) => self.cache.invalidate(&key).await,
                None => {}
            }
        }
        self.cache
            .try_get_with(key, async move { load.await.map(|v| (Instant::now(), Arc::new(v))) })
            .await
            .map(|(_, v)| v)
            .map_err(|shared: Arc<Problem>| (*shared).clone())
    }
}
