//! The send ledger shared by the replicas: a send is recorded with `SET NX PX`, so the second of
//! two identical sends through two replicas finds the first. Without Redis the in-memory ledger
//! answers.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;

use super::flight::set_px;
use super::redis::Redis;
use crate::serve::dedupe::{MemoryLedger, SendKey, SendLedger};

pub struct SharedLedger {
    redis: Arc<Redis>,
    window: Duration,
    memory: MemoryLedger,
}

impl SharedLedger {
    pub fn new(redis: Arc<Redis>, window: Duration) -> SharedLedger {
        SharedLedger { redis, window, memory: MemoryLedger::new(window) }
    }

    fn key(key: SendKey) -> String {
        format!("ol:sent:{}", key.hex())
    }
}

#[async_trait]
impl SendLedger for SharedLedger {
    async fn reserve(&self, key: SendKey) -> bool {
        let mut set = set_px(&Self::key(key), "1".into(), self.window);
        set.arg("NX");
        match self.redis.run::<Option<String>>(set).await {
            Ok(taken) => taken.is_some(),
            Err(_) => self.memory.reserve(key).await,
        }
    }

    async fn record(&self, key: SendKey) {
        if self.redis.run::<()>(set_px(&Self::key(key), "1".into(), self.window)).await.is_err() {
            self.memory.record(key).await;
        }
    }

    async fn release(&self, key: SendKey) {
        let _ = self.redis.run::<i64>(redis::Cmd::del(Self::key(key))).await;
        self.memory.release(key).await;
    }
}
