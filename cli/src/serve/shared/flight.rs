//! The order and buyer caches shared by the replicas, and one upstream call per key among all
//! of them. A miss takes a short lease (`SET NX PX`, renewed while the call runs); the others
//! poll the cache key with back-off until the answer is there, or the holder's failure is
//! published for them, or the lease is gone — a holder that died stops renewing, its lease
//! expires within `LEASE`, and exactly one waiter wins the next `SET NX` (no thundering herd).
//!
//! Entries carry the time they were loaded, so the "fresh" rule (`?fresh=1` still takes an
//! answer younger than `fresh_min_age`) and the TTL are the same on every replica.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use orderlens::problem::Problem;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::redis::{Down, Redis};

/// How long a lease outlives its holder; renewed every third of it while the call runs.
pub const LEASE: Duration = Duration::from_millis(1000);
/// How long a failure is kept for the waiters of its flight (never for later requests).
const FAILURE_KEPT: Duration = Duration::from_secs(5);
const FIRST_POLL: Duration = Duration::from_millis(5);
const LAST_POLL: Duration = Duration::from_millis(100);

pub struct SharedCache {
    redis: Arc<Redis>,
    /// `orders`, `buyers`: part of every key.
    namespace: &'static str,
    ttl: Duration,
    fresh_min_age: Duration,
}

#[derive(Serialize, Deserialize)]
struct Entry<V> {
    /// When the answer was loaded, ms since the Unix epoch.
    at: u64,
    value: V,
}

impl SharedCache {
    pub fn new(redis: Arc<Redis>, namespace: &'static str, ttl: Duration, fresh_min_age: Duration) -> SharedCache {
        SharedCache { redis, namespace, ttl, fresh_min_age }
    }

    /// The cached answer and its age, or `load`'s (run here or on another replica). Without
    /// Redis, `load` runs here.
    pub async fn get<V, F>(&self, key: &str, fresh: bool, load: F) -> Result<(Duration, V), Problem>
    where
        V: Serialize + DeserializeOwned,
        F: Future<Output = Result<V, Problem>>,
    {
        let mut load = Some(load);
        match self.shared(key, fresh, &mut load).await {
            Ok(answer) => answer,
            // `shared` only fails before it started `load`.
            Err(Down) => match load.take() {
                Some(load) => load.await.map(|v| (Duration::ZERO, v)),
                None => Err(Problem::new(
                    orderlens::problem::ProblemCode::Internal,
                    "The proxy lost its answer. Please report this bug.",
                )),
            },
        }
    }

    async fn shared<V, F>(
        &self,
        key: &str,
        fresh: bool,
        load: &mut Option<F>,
    ) -> Result<Result<(Duration, V), Problem>, Down>
    where
        V: Serialize + DeserializeOwned,
        F: Future<Output = Result<V, Problem>>,
    {
        let value_key = format!("ol:c:{}:{key}", self.namespace);
        let lease_key = format!("ol:l:{}:{key}", self.namespace);
        loop {
            if let Some(hit) = self.read(&value_key, fresh).await? {
                return Ok(Ok(hit));
            }
            if let Some(lease) = Lease::take(&self.redis, &lease_key).await? {
                let Some(load) = load.take() else { return Err(Down) };
                let answer = load.await;
                // The answer is what counts now; a Redis failure only costs the others a call.
                match &answer {
                    Ok(value) => {
                        let entry = Entry { at: now_ms(), value };
                        if let Ok(json) = serde_json::to_string(&entry) {
                            let _ = self.redis.run::<()>(set_px(&value_key, json, self.ttl)).await;
                        }
                    }
                    Err(problem) => {
                        if let Ok(json) = serde_json::to_string(problem) {
                            let _ = self.redis.run::<()>(set_px(&lease.failure_key(), json, FAILURE_KEPT)).await;
                        }
                    }
                }
                lease.release().await;
                return Ok(answer.map(|v| (Duration::ZERO, v)));
            }
            // Another replica's flight: wait for its answer, its failure, or its lease to go.
            let Some(flight) = self.redis.run::<Option<String>>(redis::Cmd::get(&lease_key)).await? else { continue };
            let failure_key = format!("{lease_key}:{flight}");
            let mut pause = FIRST_POLL;
            loop {
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(LAST_POLL);
                if let Some(hit) = self.read(&value_key, fresh).await? {
                    return Ok(Ok(hit));
                }
                let failure: Option<String> = self.redis.run(redis::Cmd::get(&failure_key)).await?;
                if let Some(problem) = failure.and_then(|f| serde_json::from_str::<Problem>(&f).ok()) {
                    return Ok(Err(problem));
                }
                let holder: Option<String> = self.redis.run(redis::Cmd::get(&lease_key)).await?;
                if holder.as_deref() != Some(flight.as_str()) {
                    break;
                }
            }
        }
    }

    /// The cached answer, if there is one the request may take.
    async fn read<V: DeserializeOwned>(&self, value_key: &str, fresh: bool) -> Result<Option<(Duration, V)>, Down> {
        let Some(json) = self.redis.run::<Option<String>>(redis::Cmd::get(value_key)).await? else {
            return Ok(None);
        };
        let Ok(entry) = serde_json::from_str::<Entry<V>>(&json) else { return Ok(None) };
        let age = Duration::from_millis(now_ms().saturating_sub(entry.at));
        Ok((!fresh || age < self.fresh_min_age).then_some((age, entry.value)))
    }
}

/// A short exclusive claim on a key, renewed in the background while it is held; dropped
/// without `release` (a crash, a cancelled request) it expires within `LEASE`.
pub struct Lease {
    redis: Arc<Redis>,
    key: String,
    flight: String,
    renew: tokio::task::JoinHandle<()>,
}

impl Lease {
    /// The lease, or `None` when another holder has it.
    pub async fn take(redis: &Arc<Redis>, key: &str) -> Result<Option<Lease>, Down> {
        let flight = format!("{:016x}", rand::random::<u64>());
        let mut set = redis::Cmd::set(key, &flight);
        set.arg("NX").arg("PX").arg(LEASE.as_millis() as u64);
        let taken: Option<String> = redis.run(set).await?;
        if taken.is_none() {
            return Ok(None);
        }
        let renew = tokio::spawn(renew(Arc::downgrade(redis), key.to_string(), flight.clone()));
        Ok(Some(Lease { redis: redis.clone(), key: key.to_string(), flight, renew }))
    }

    /// Where this flight's failure is published for its waiters.
    fn failure_key(&self) -> String {
        format!("{}:{}", self.key, self.flight)
    }

    /// Gives the lease up (only if it is still ours).
    pub async fn release(self) {
        self.renew.abort();
        let _ = self.redis.run::<i64>(owned(&RELEASE, &self.key, &self.flight)).await;
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        self.renew.abort();
    }
}

static RELEASE: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| {
    redis::Script::new("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0")
});
static RENEW: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| {
    redis::Script::new(
        "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0",
    )
});

fn owned<'a>(script: &'a redis::Script, key: &str, flight: &str) -> redis::ScriptInvocation<'a> {
    let mut invocation = script.key(key);
    invocation.arg(flight).arg(LEASE.as_millis() as u64);
    invocation
}

async fn renew(redis: std::sync::Weak<Redis>, key: String, flight: String) {
    loop {
        tokio::time::sleep(LEASE / 3).await;
        let Some(r) = redis.upgrade() else { return };
        if !matches!(r.run::<i64>(owned(&RENEW, &key, &flight)).await, Ok(1)) {
            return;
        }
    }
}

pub fn set_px(key: &str, value: String, ttl: Duration) -> redis::Cmd {
    let mut cmd = redis::Cmd::set(key, value);
    cmd.arg("PX").arg(ttl.as_millis().clamp(1, u64::MAX as u128) as u64);
    cmd
}

pub fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}
