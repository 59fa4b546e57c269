//! No message twice by accident: a send is recorded before it leaves, and an identical one
//! (same seller account, order, action and text) within `WINDOW` is refused unless the caller
//! asks for it. The record sits behind `SendLedger` so several proxies can share one
//! (`shared::ledger`, Redis); `MemoryLedger` keeps it in this process.

use std::time::Duration;

use async_trait::async_trait;
use sha2::{Digest, Sha256};

/// How long an identical send is refused.
pub const WINDOW: Duration = Duration::from_secs(600);

/// One send, as the ledger sees it: the text only as a hash, so buyer messages are not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SendKey(u64);

impl SendKey {
    pub fn new(account: &str, order_id: &str, action: &str, text: &str) -> SendKey {
        // SHA-256, not std's hasher: replicas of different builds (a rolling upgrade) must agree.
        let mut h = Sha256::new();
        for part in [account, order_id, action, text.trim()] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        let digest = h.finalize();
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        SendKey(u64::from_be_bytes(first))
    }

    /// The key as replicas of the same build share it.
    pub fn hex(self) -> String {
        format!("{:016x}", self.0)
    }
}

#[async_trait]
pub trait SendLedger: Send + Sync {
    /// Records the send; `false` when an identical one is already on record (nothing changes).
    async fn reserve(&self, key: SendKey) -> bool;
    /// Records the send whether or not one is on record (the caller allowed a duplicate).
    async fn record(&self, key: SendKey);
    /// Forgets the send: it surely did not reach Amazon, so sending it again is no duplicate.
    async fn release(&self, key: SendKey);
}

pub struct MemoryLedger {
    sent: moka::sync::Cache<SendKey, ()>,
}

impl MemoryLedger {
    pub fn new(window: Duration) -> MemoryLedger {
        MemoryLedger { sent: moka::sync::Cache::builder().max_capacity(100_000).time_to_live(window).build() }
    }
}

#[async_trait]
impl SendLedger for MemoryLedger {
    async fn reserve(&self, key: SendKey) -> bool {
        self.sent.entry(key).or_insert(()).is_fresh()
    }

    async fn record(&self, key: SendKey) {
        self.sent.insert(key, ());
    }

    async fn release(&self, key: SendKey) {
        self.sent.invalidate(&key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn identical_sends_are_refused_until_released_or_expired() {
        let ledger = MemoryLedger::new(Duration::from_millis(200));
        let key = SendKey::new("acme-eu", "302-1234567-1234567", "unexpectedProblem", "Sorry for the delay.");
        assert!(ledger.reserve(key).await);
        assert!(!ledger.reserve(key).await, "the same text again");
        let other_text = SendKey::new("acme-eu", "302-1234567-1234567", "unexpectedProblem", "Other text.");
        assert!(ledger.reserve(other_text).await);
        let other_order = SendKey::new("acme-eu", "302-1234567-7654321", "unexpectedProblem", "Sorry for the delay.");
        assert!(ledger.reserve(other_order).await);
        ledger.release(key).await;
        assert!(ledger.reserve(key).await, "released");
        std::thread::sleep(Duration::from_millis(300));
        assert!(ledger.reserve(key).await, "expired");
    }
}
