//! What a test or the benchmark can set and read on the fake: scripted faults, options, the
//! counters, and the sandbox's revoked account.

use std::sync::atomic::AtomicU64;
use std::time::Duration;

use crate::serve::spapi::operations::Limits;

/// The refresh token the fake's Login with Amazon refuses (`invalid_grant`, as for a revoked
/// authorisation). Sandbox mode's account for [`REVOKED_MARKETPLACE`] has it (`roster`), so
/// every order there fails with `upstream_unauthorized` and the sidebar's health line shows.
pub const REVOKED_REFRESH_TOKEN: &str = "Atzr|sandbox-revoked";
pub const REVOKED_MARKETPLACE: &str = "AU";

/// A scripted misbehaviour for the next SP-API call (tests and benchmarks).
#[derive(Debug, Clone)]
pub enum Fault {
    /// Answer with this status and Amazon's error body for it.
    Status(u16),
    /// Answer normally, but only after this long.
    Delay(Duration),
    /// Answer 200 with a body that is not JSON.
    Malformed,
    /// Answer 200 with this exact body (schema tests: bodies generated from Amazon's model).
    Body(String),
    /// Answer 200 with a body larger than the proxy reads.
    Oversized,
    /// Answer 307 to this URL (the proxy must not follow it with the access token).
    Redirect(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LwaFault {
    /// Every exchange fails with `invalid_grant` (revoked authorisation).
    InvalidGrant,
}

#[derive(Debug, Clone, Copy)]
pub struct FakeOptions {
    /// Answer 429 QuotaExceeded when a caller exceeds Amazon's usage plans, like Amazon does.
    pub enforce_limits: bool,
    pub limits: Limits,
}

impl Default for FakeOptions {
    fn default() -> FakeOptions {
        FakeOptions { enforce_limits: true, limits: Limits::default() }
    }
}

/// Counters the tests and the benchmark read.
#[derive(Default)]
pub struct Stats {
    pub lwa_exchanges: AtomicU64,
    pub get_order_calls: AtomicU64,
    pub get_orders_calls: AtomicU64,
    pub messaging_calls: AtomicU64,
    pub messages_sent: AtomicU64,
    pub participations_calls: AtomicU64,
    /// createUploadDestinationForResource calls and invoices sent (uploads: `FakeState::uploads`).
    pub upload_destinations: AtomicU64,
    pub invoices_sent: AtomicU64,
    /// 429s the fake answered because a usage plan was exceeded (not scripted ones).
    pub quota_429s: AtomicU64,
}
