//! Answers kept for a while, and simultaneous requests for the same key share one upstream call
//! (moka's `try_get_with` runs one loader per key; the others wait for its result). Errors are
//! not cached.

use std::future::Future;
use std::hash::Hash;
use std::sync::Arc;
use std::time::Duration;

use orderlens::problem::Problem;

pub struct Coalescing<K, V> {
    cache: moka::future::Cache<K, Arc<V>>,
}

impl<K, V> Coalescing<K, V>
where
    K: Hash + Eq + Clone + Send + Sync + 'static,
    V: Send + Sync + 'static,
{
    pub fn new(ttl: Duration, capacity: u64) -> Coalescing<K, V> {
        Coalescing {
            cache: moka::future::Cache::builder()
                .max_capacity(capacity)
                .time_to_live(ttl.max(Duration::from_millis(1)))
                .build(),
        }
    }

    /// The cached value, without loading.
    pub async fn peek(&self, key: &K) -> Option<Arc<V>> {
        self.cache.get(key).await
    }

    /// The cached value, or `load`'s result (shared with every concurrent caller of the same key).
    /// `fresh` drops the cached value first, for "reload" in the sidebar.
    pub async fn get(
        &self,
        key: K,
        fresh: bool,
        load: impl Future<Output = Result<V, Problem>>,
    ) -> Result<Arc<V>, Problem> {
        if fresh {
            self.cache.invalidate(&key).await;
        }
        self.cache
            .try_get_with(key, async move { load.await.map(Arc::new) })
            .await
            .map_err(|shared: Arc<Problem>| (*shared).clone())
    }
}
