//! Login with Amazon token answer (status, body) → access token and lifetime: never a panic,
//! and a lifetime that cannot overflow a clock (clamped to a day).
#![no_main]

use libfuzzer_sys::fuzz_target;
use orderlens_cli::readers::read_token_answer;

fuzz_target!(|data: &[u8]| {
    let (status, body) = match data.split_first() {
        // The first byte picks the status class, so every branch is reached.
        Some((s, rest)) => ([200u16, 201, 400, 401, 429, 500, 503][usize::from(*s) % 7], rest),
        None => (200, data),
    };
    if let Ok((token, lifetime)) = read_token_answer(status, body) {
        assert!(!token.is_empty());
        assert!(lifetime <= std::time::Duration::from_secs(24 * 3600));
        // What the token cache does with it: add it to now, which must not overflow.
        let _ = std::time::Instant::now() + lifetime;
    }
});
