//! No message twice by accident: a send is recorded before it leaves, and an identical one
//! (same seller account, order, action and text) within `WINDOW` is refused unless the caller
//! asks for it. The record sits behind `SendLedger` so several proxies can later share one
//! (Redis, issue 14); `MemoryLedger` keeps it in this process.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::time::Duration;

/// How long an identical send is refused.
pub const WINDOW: Duration = Duration::from_secs(600);

/// One send, as the ledger sees it: the text only as a hash, so buyer messages are not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SendKey(u64);

impl SendKey {
    pub fn new(account: &str, order_id: &str, action: &str, text: &str) -> SendKey {
        let mut h = DefaultHasher::new();
        (account, order_id, action, text.trim()).hash(&mut h);
        SendKey(h.finish())
    }
}

pub trait SendLedger: Send + Sync {
    /// Records the send; `false` when an identical one is already on record (nothing changes).
    fn reserve(&self, key: SendKey) -> bool;
    /// Records the send whether or not one is on record (the caller allowed a duplicate).
    fn record(&self, key: SendKey);
    /// Forgets the send: it surely did not reach Amazon, so sending it again is no duplicate.
    fn release(&self, key: SendKey);
}

pub struct MemoryLedger {
    sent: moka::sync::Cache<SendKey, ()>,
}

impl MemoryLedger {
    pub fn new(window: Duration) -> MemoryLedger {
        MemoryLedger { sent: moka::sync::Cache::builder().max_capacity(100_000).time_to_live(window).build() }
    }
}

impl SendLedger for MemoryLedger {
    fn reserve(&self, key: SendKey) -> bool {
        self.sent.entry(key).or_insert(()).is_fresh()
    }

    fn record(&self, key: SendKey) {
        self.sent.insert(key, ());
    }

    fn release(&self, key: SendKey) {
        self.sent.invalidate(&key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_sends_are_refused_until_released_or_expired() {
        let ledger = MemoryLedger::new(Duration::from_millis(200));
        let key = SendKey::new("acme-eu", "302-1234567-1234567", "unexpectedProblem", "Sorry for the delay.");
        assert!(ledger.reserve(key));
        assert!(!ledger.reserve(key), "the same text again");
        assert!(ledger.reserve(SendKey::new("acme-eu", "302-1234567-1234567", "unexpectedProblem", "Other text.")));
        assert!(ledger.reserve(SendKey::new(
            "acme-eu",
            "302-1234567-7654321",
            "unexpectedProblem",
            "Sorry for the delay."
        )));
        ledger.release(key);
        assert!(ledger.reserve(key), "released");
        std::thread::sleep(Duration::from_millis(300));
        assert!(ledger.reserve(key), "expired");
    }
}
