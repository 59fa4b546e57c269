//! What the log says about Redis: unreachable at start, named without its password.
//! (Own test binary: it installs the global log subscriber.)

mod common;

use std::time::{Duration, Instant};

use common::logs::Captured;
use common::servers::free_port;
use common::*;
use orderlens_cli::serve::secret::Secret;

#[tokio::test]
async fn an_unreachable_redis_is_logged_without_its_password_and_the_proxy_serves() {
    let captured = Captured::install();
    let port = free_port();
    let h = harness(|c| c.redis_url = Some(Secret::new(format!("redis://:s3cret-redis-pw@127.0.0.1:{port}/0")))).await;
    assert_eq!(h.get("/v1/orders/028-1234567-8901234?marketplace=TR").await.status, 200);
    let deadline = Instant::now() + Duration::from_secs(5);
    while !captured.text().contains("Redis unreachable at start") {
        assert!(Instant::now() < deadline, "no start warning: {}", captured.text());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let health = h.get("/v1/health").await.json;
    assert_eq!(health["sharedState"]["using"], "memory", "{health}");
    assert_eq!(health["sharedState"]["redis"], format!("redis://127.0.0.1:{port}/0"));
    drop(h);
    let text = captured.text();
    assert!(text.contains(&format!("redis://127.0.0.1:{port}/0")), "{text}");
    assert!(!text.contains("s3cret-redis-pw") && !health.to_string().contains("s3cret"), "{text}");
}
