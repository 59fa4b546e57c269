//! Amazon's usage plans shared by every replica: one GCRA reservation per call, atomic in a Lua
//! script with Redis' own clock (so the replicas' clocks need not agree). A call that may wait
//! reserves its slot at once and sleeps until it comes, so waiters never race for a token.

use std::sync::LazyLock;
use std::time::Duration;

use redis::Script;

use super::redis::{Down, Redis};
use crate::serve::spapi::limiter::Rate;

/// KEYS[1] the bucket; ARGV: emission interval (µs), burst, longest wait (µs).
/// Answers the wait in µs (0: go now), or -(wait) when it is longer than allowed (nothing taken).
static GCRA: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local now = redis.call('TIME')
now = tonumber(now[1]) * 1000000 + tonumber(now[2])
local interval = tonumber(ARGV[1])
local tolerance = interval * tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1])) or now
if tat < now then tat = now end
local new_tat = tat + interval
local wait = new_tat - now - tolerance
if wait < 0 then wait = 0 end
if wait > tonumber(ARGV[3]) then return -wait end
redis.call('SET', KEYS[1], string.format('%.0f', new_tat), 'PX', math.ceil((new_tat - now) / 1000) + 1)
return wait
",
    )
});

/// How long to sleep before the call may go: `Ok(Ok(wait))`, or `Ok(Err(retry_after))` when the
/// plan has no slot within `max_wait`; `Err(Down)` when Redis cannot say.
pub async fn reserve(
    redis: &Redis,
    bucket: &str,
    rate: Rate,
    max_wait: Duration,
) -> Result<Result<Duration, Duration>, Down> {
    let per_second = if rate.per_second.is_finite() && rate.per_second > 0.0 { rate.per_second } else { 1.0 };
    let interval_us = (1_000_000.0 / per_second).ceil().max(1.0) as i64;
    let mut invocation = GCRA.key(format!("ol:rl:{bucket}"));
    invocation.arg(interval_us).arg(rate.burst.max(1)).arg(max_wait.as_micros().min(i64::MAX as u128) as i64);
    let wait: i64 = redis.run(invocation).await?;
    let micros = |n: i64| Duration::from_micros(n.unsigned_abs());
    Ok(if wait >= 0 { Ok(micros(wait)) } else { Err(micros(wait)) })
}
