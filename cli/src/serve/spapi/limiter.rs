//! Token buckets for Amazon's usage plans (`operations::Limits`), one per account and plan, so
//! the proxy waits its turn instead of collecting 429 QuotaExceeded from Amazon.

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::middleware::NoOpMiddleware;
use governor::state::{InMemoryState, NotKeyed};
use governor::{Quota, RateLimiter};

/// A usage plan: `per_second` refill, `burst` bucket size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    pub per_second: f64,
    pub burst: u32,
}

/// What to do with a request that wants a token now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// A token was taken.
    Go,
    /// The next token comes within the allowed wait.
    Wait(Duration),
    /// The next token comes too late: answer 429 with this as Retry-After.
    Refuse(Duration),
}

type Governor<C> = RateLimiter<NotKeyed, InMemoryState, C, NoOpMiddleware<<C as Clock>::Instant>>;

pub struct Bucket<C: Clock = DefaultClock> {
    limiter: Governor<C>,
    clock: C,
    rate: Rate,
    refused: AtomicU64,
}

impl Bucket<DefaultClock> {
    pub fn new(rate: Rate) -> Bucket<DefaultClock> {
        Bucket::with_clock(rate, DefaultClock::default())
    }
}

impl<C: Clock + Clone> Bucket<C> {
    pub fn with_clock(rate: Rate, clock: C) -> Bucket<C> {
        let per_second = if rate.per_second.is_finite() && rate.per_second > 0.0 { rate.per_second } else { 1.0 };
        let period = Duration::from_secs_f64(1.0 / per_second).max(Duration::from_nanos(1));
        let burst = NonZeroU32::new(rate.burst).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::with_period(period).unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN)).allow_burst(burst);
        Bucket {
            limiter: RateLimiter::direct_with_clock(quota, clock.clone()),
            clock,
            rate,
            refused: AtomicU64::new(0),
        }
    }

    pub fn rate(&self) -> Rate {
        self.rate
    }

    /// Requests answered 429 by this bucket since start.
    pub fn refused(&self) -> u64 {
        self.refused.load(Ordering::Relaxed)
    }

    /// Takes a token if there is one, without waiting (keeps this bucket in step with a shared one).
    pub fn draw(&self) {
        let _ = self.limiter.check();
    }

    /// Counts a refusal made elsewhere (the shared bucket).
    pub fn note_refused(&self) {
        self.refused.fetch_add(1, Ordering::Relaxed);
    }

    /// Take a token if there is one; otherwise say how long until the next one.
    pub fn decide(&self, max_wait: Duration) -> Decision {
        match self.limiter.check() {
            Ok(()) => Decision::Go,
            Err(not_until) => {
                let wait = not_until.wait_time_from(self.clock.now());
                if wait <= max_wait {
                    Decision::Wait(wait)
                } else {
                    Decision::Refuse(wait)
                }
            }
        }
    }

    /// Wait for a token for at most `max_wait`; `Err(retry_after)` when it would take longer.
    pub async fn acquire(&self, max_wait: Duration) -> Result<(), Duration> {
        let deadline = tokio::time::Instant::now() + max_wait;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match self.decide(left) {
                Decision::Go => return Ok(()),
                // Another waiter may take the token first; then we loop with less time left.
                Decision::Wait(d) => tokio::time::sleep(d.max(Duration::from_millis(1))).await,
                Decision::Refuse(d) => {
                    self.refused.fetch_add(1, Ordering::Relaxed);
                    return Err(d);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use governor::clock::FakeRelativeClock;

    #[test]
    fn burst_then_wait_then_refuse() {
        let clock = FakeRelativeClock::default();
        let bucket = Bucket::with_clock(Rate { per_second: 0.5, burst: 2 }, clock.clone());
        assert_eq!(bucket.decide(Duration::ZERO), Decision::Go);
        assert_eq!(bucket.decide(Duration::ZERO), Decision::Go);
        // Empty: the next token is 2 s away (rate 0.5/s).
        assert_eq!(bucket.decide(Duration::from_secs(5)), Decision::Wait(Duration::from_secs(2)));
        assert_eq!(bucket.decide(Duration::from_secs(1)), Decision::Refuse(Duration::from_secs(2)));
        clock.advance(Duration::from_secs(2));
        assert_eq!(bucket.decide(Duration::ZERO), Decision::Go);
    }

    #[tokio::test]
    async fn acquire_refuses_with_retry_after_when_the_wait_is_too_long() {
        let bucket = Bucket::new(Rate { per_second: 0.001, burst: 1 });
        assert!(bucket.acquire(Duration::ZERO).await.is_ok());
        let retry_after = bucket.acquire(Duration::from_millis(10)).await.unwrap_err();
        assert!(retry_after > Duration::from_secs(100));
        assert_eq!(bucket.refused(), 1);
    }
}
