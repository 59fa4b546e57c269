//! The Redis connection every shared piece uses, and whether to use it now. A command that
//! fails or is slow marks Redis down, and so does a failed ping of the probe that runs every
//! `PROBE_EVERY`: from then on the callers use their in-memory state (no request waits for a
//! dead Redis); the probe's first answer marks it up again. Both changes are logged once, and `/v1/health` shows the state.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};

use crate::serve::secret::{without_password, Secret};

/// Longest wait for one command; Redis answers in well under a millisecond when it is there.
const COMMAND_TIMEOUT: Duration = Duration::from_millis(500);
const PROBE_EVERY: Duration = Duration::from_millis(250);

pub struct Redis {
    conn: ConnectionManager,
    up: AtomicBool,
    /// The URL without its password, for the log and health.
    place: String,
}

/// A Redis failure; the caller falls back to memory.
#[derive(Debug)]
pub struct Down;

impl Redis {
    /// Connects lazily: a Redis that is not there yet is no reason not to start. The probe runs
    /// while the returned handle lives.
    pub fn open(url: &Secret) -> Result<Arc<Redis>, String> {
        let place = without_password(url.expose());
        let client = redis::Client::open(url.expose()).map_err(|e| {
            format!("redis_url '{place}' is not a Redis URL ({e}); write it like redis://:password@redis-host:6379/0")
        })?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(COMMAND_TIMEOUT))
            .set_response_timeout(Some(COMMAND_TIMEOUT))
            .set_number_of_retries(1)
            .set_max_delay(PROBE_EVERY);
        let conn = ConnectionManager::new_lazy_with_config(client, config)
            .map_err(|e| format!("cannot use Redis at {place}: {e}"))?;
        let redis = Arc::new(Redis { conn, up: AtomicBool::new(false), place });
        probe(Arc::downgrade(&redis));
        Ok(redis)
    }

    /// Whether the last command (or probe) got an answer.
    pub fn is_up(&self) -> bool {
        self.up.load(Ordering::Relaxed)
    }

    pub fn place(&self) -> &str {
        &self.place
    }

    /// Runs one command or script invocation; `Err(Down)` when Redis is down, fails or is slow.
    pub async fn run<T: redis::FromRedisValue + Send>(&self, cmd: impl Command) -> Result<T, Down> {
        if !self.is_up() {
            return Err(Down);
        }
        self.attempt(cmd).await
    }

    async fn attempt<T: redis::FromRedisValue + Send>(&self, cmd: impl Command) -> Result<T, Down> {
        let mut conn = self.conn.clone();
        match tokio::time::timeout(COMMAND_TIMEOUT, cmd.send(&mut conn)).await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => {
                self.mark_down(&e.to_string());
                Err(Down)
            }
            Err(_) => {
                self.mark_down("no answer within 500 ms");
                Err(Down)
            }
        }
    }

    fn mark_down(&self, why: &str) {
        if self.up.swap(false, Ordering::Relaxed) {
            tracing::warn!(redis = %self.place, cause = why, "Redis unreachable: using in-memory state (limiter, cache, tokens, send ledger) until it is back");
        }
    }
}

/// One thing to send: a command or a script invocation.
pub trait Command: Send {
    fn send<T: redis::FromRedisValue + Send>(
        self,
        conn: &mut ConnectionManager,
    ) -> impl std::future::Future<Output = redis::RedisResult<T>> + Send;
}

impl Command for redis::Cmd {
    async fn send<T: redis::FromRedisValue + Send>(self, conn: &mut ConnectionManager) -> redis::RedisResult<T> {
        self.query_async(conn).await
    }
}

impl Command for redis::ScriptInvocation<'_> {
    async fn send<T: redis::FromRedisValue + Send>(self, conn: &mut ConnectionManager) -> redis::RedisResult<T> {
        self.invoke_async(conn).await
    }
}

/// Pings while the handle lives: down when it fails, up on the first answer after that.
fn probe(redis: Weak<Redis>) {
    tokio::spawn(async move {
        let mut first = true;
        loop {
            let Some(r) = redis.upgrade() else { return };
            // `attempt` marks Redis down when the ping fails, so health is right even while no
            // request uses Redis.
            if r.attempt::<String>(redis::cmd("PING")).await.is_ok() {
                if !r.up.swap(true, Ordering::Relaxed) {
                    tracing::info!(redis = %r.place, "Redis reachable: limiter, cache, tokens and send ledger are shared");
                }
            } else if first {
                tracing::warn!(redis = %r.place, "Redis unreachable at start: using in-memory state until it answers; check redis_url and that Redis runs");
            }
            first = false;
            drop(r);
            tokio::time::sleep(PROBE_EVERY).await;
        }
    });
}
