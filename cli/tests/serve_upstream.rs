//! Upstream trouble: expired tokens, revoked authorisation, 429 storms, 5xx, timeouts, bad JSON;
//! and the load rules: one upstream call per order however many ask, cache expiry, own limiter.

mod common;

use std::time::Duration;

use common::*;
use orderlens_cli::serve::sandbox::{Fault, LwaFault};
use orderlens_cli::serve::spapi::limiter::Rate;
use orderlens_cli::serve::spapi::operations::Limits;

/// With its marketplace, so exactly one account (EU) is asked.
const ORDER: &str = "/v1/orders/028-1234567-8901234?marketplace=TR";

#[tokio::test]
async fn expired_access_token_is_refreshed_once_and_the_call_succeeds() {
    let h = harness(|c| c.fresh_min_age = Duration::ZERO).await;
    assert_eq!(h.get(ORDER).await.status, 200);
    assert_eq!(h.lwa_exchanges(), 1);
    h.fake.expire_tokens();
    let a = h.get(&format!("{ORDER}&fresh=1")).await;
    assert_eq!(a.status, 200, "{}", a.json);
    assert_eq!(h.lwa_exchanges(), 2);
}

#[tokio::test]
async fn many_waiting_requests_share_one_token_exchange() {
    let h = harness(|_| {}).await;
    // Distinct orders in one region so nothing is coalesced by the cache: only LWA is shared.
    let eu = ["028-1234567-8901234", "202-7654321-1098765", "202-1234567-8901234"];
    let answers = futures_join(
        eu.iter().cycle().take(30).map(|id| h.get_string(format!("/v1/orders/{id}?marketplace=UK&fresh=1"))).collect(),
    )
    .await;
    assert!(answers.iter().all(|s| *s == 200 || *s == 404), "{answers:?}");
    assert_eq!(h.lwa_exchanges(), 1);
}

#[tokio::test]
async fn invalid_grant_tells_the_admin_to_reauthorise_in_seller_central() {
    let h = harness(|_| {}).await;
    h.fake.set_lwa_fault(Some(LwaFault::InvalidGrant));
    let a = h.get(ORDER).await;
    a.assert_problem(502, "upstream_unauthorized");
    let detail = a.json["detail"].as_str().unwrap();
    assert!(detail.contains("re-authorise") && detail.contains("Seller Central"), "{detail}");
    assert_eq!(h.get_order_calls(), 0);
    // Health (with a token) shows it too, without the refresh token and without a new exchange.
    let exchanges = h.lwa_exchanges();
    let health = h.http.get(h.url("/v1/health")).bearer_auth(TOKEN).send().await.unwrap().text().await.unwrap();
    assert!(health.contains("invalid_grant") && !health.contains(REFRESH), "{health}");
    assert!(health.contains(r#""credentialsUsable":false"#), "{health}");
    assert_eq!(h.lwa_exchanges(), exchanges);
}

#[tokio::test]
async fn a_short_429_storm_is_retried_away() {
    let h = harness(|_| {}).await;
    h.fake.push_faults([Fault::Status(429), Fault::Status(429)]);
    let a = h.get(ORDER).await;
    assert_eq!(a.status, 200, "{}", a.json);
    assert_eq!(h.get_order_calls(), 3);
}

#[tokio::test]
async fn a_lasting_429_storm_reaches_the_client_with_retry_after() {
    let h = harness(|_| {}).await;
    h.fake.push_faults([Fault::Status(429), Fault::Status(429), Fault::Status(429)]);
    let a = h.get(ORDER).await;
    a.assert_problem(429, "upstream_rate_limited");
    let retry_after: u64 = a.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(retry_after >= 1);
    assert_eq!(a.json["retryAfter"], retry_after);
    assert_eq!(h.get_order_calls(), 3, "bounded tries");
}

#[tokio::test]
async fn server_errors_then_recovery_without_restart() {
    let h = harness(|c| c.fresh_min_age = Duration::ZERO).await;
    h.fake.push_faults([Fault::Status(500), Fault::Status(503)]);
    assert_eq!(h.get(ORDER).await.status, 200, "retried through two 5xx");

    h.fake.push_faults([Fault::Status(500), Fault::Status(503), Fault::Status(500)]);
    let a = h.get(&format!("{ORDER}&fresh=1")).await;
    a.assert_problem(502, "upstream_unavailable");
    assert!(a.json["requestId"].as_str().is_some());
    // The error was not cached: the next request reaches Amazon again and succeeds.
    assert_eq!(h.get(ORDER).await.status, 200);
}

#[tokio::test]
async fn upstream_timeout_is_504() {
    let h = harness(|c| c.upstream_timeout = Duration::from_millis(300)).await;
    h.fake.push_faults([Fault::Delay(Duration::from_secs(10))]);
    h.get(ORDER).await.assert_problem(504, "upstream_timeout");
}

#[tokio::test]
async fn malformed_json_is_502_not_a_panic() {
    let h = harness(|_| {}).await;
    h.fake.push_faults([Fault::Malformed]);
    let a = h.get(ORDER).await;
    a.assert_problem(502, "upstream_invalid_response");
    assert!(a.json["detail"].as_str().unwrap().contains("028-1234567-8901234"), "names the order: {}", a.json);
    assert_eq!(h.get(ORDER).await.status, 200, "still serving");
}

#[tokio::test]
async fn a_hundred_simultaneous_requests_make_one_upstream_call() {
    let h = harness(|_| {}).await;
    let answers = futures_join((0..100).map(|_| h.get_string(ORDER.to_string())).collect()).await;
    assert!(answers.iter().all(|s| *s == 200), "{answers:?}");
    assert_eq!(h.get_order_calls(), 1);
}

#[tokio::test]
async fn cache_serves_until_ttl_and_fresh_skips_it() {
    let h = harness(|_| {}).await;
    h.get(ORDER).await;
    h.get(ORDER).await;
    assert_eq!(h.get_order_calls(), 1, "second answer from the cache");
    // What browsers send on every `cache: "no-store"` fetch is not a refresh.
    let a = h.send(h.http.get(h.url(ORDER)).bearer_auth(TOKEN).header("cache-control", "no-cache")).await;
    assert_eq!(a.status, 200);
    assert_eq!(h.get_order_calls(), 1, "Cache-Control: no-cache alone does not skip the cache");
}

#[tokio::test]
async fn fresh_skips_the_cache_only_for_answers_older_than_the_minimum_age() {
    let h = harness(|c| c.fresh_min_age = std::time::Duration::from_millis(300)).await;
    h.get(ORDER).await;
    h.get(&format!("{ORDER}&fresh=1")).await;
    assert_eq!(h.get_order_calls(), 1, "a fresh request for a young answer is served from the cache");
    tokio::time::sleep(Duration::from_millis(400)).await;
    h.get(&format!("{ORDER}&fresh=1")).await;
    assert_eq!(h.get_order_calls(), 2, "older: fresh asks Amazon");
    h.get(&format!("{ORDER}&fresh=1")).await;
    assert_eq!(h.get_order_calls(), 2, "and the new answer is young again");

    let buyers = "/v1/buyers/abc123xyz@marketplace.amazon.com/orders";
    h.get(buyers).await;
    h.send(h.http.get(h.url(buyers)).bearer_auth(TOKEN).header("cache-control", "no-cache")).await;
    h.get(&format!("{buyers}?fresh=1")).await;
    assert_eq!(
        h.fake.state.stats.get_orders_calls.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "the same for buyer lookups"
    );
}

#[tokio::test]
async fn cache_expires_after_its_ttl() {
    let h = harness(|c| c.cache_ttl = Duration::from_millis(50)).await;
    h.get(ORDER).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    h.get(ORDER).await;
    assert_eq!(h.get_order_calls(), 2);
}

#[tokio::test]
async fn own_limiter_answers_429_with_retry_after_instead_of_calling_amazon() {
    let h = harness(|c| {
        c.limits = Limits { get_order: Rate { per_second: 0.001, burst: 1 }, ..Limits::default() };
        c.limiter_max_wait = Duration::ZERO;
    })
    .await;
    assert_eq!(h.get(ORDER).await.status, 200);
    let a = h.get("/v1/orders/202-7654321-1098765?marketplace=UK").await;
    a.assert_problem(429, "rate_limited");
    assert!(a.headers.contains_key("retry-after"));
    assert_eq!(h.get_order_calls(), 1, "the refused request never reached Amazon");
}

#[tokio::test]
async fn no_429_from_amazon_when_the_limiter_paces_the_calls() {
    // The fake enforces a small plan like Amazon does; the proxy, configured with a plan half
    // as fast (so loopback jitter cannot matter), waits for its tokens instead of being refused.
    let amazon = Limits { get_order: Rate { per_second: 10.0, burst: 2 }, ..Limits::default() };
    let ours = Limits { get_order: Rate { per_second: 5.0, burst: 2 }, ..Limits::default() };
    let h = harness_with(orderlens_cli::serve::sandbox::FakeOptions { enforce_limits: true, limits: amazon }, |c| {
        c.limits = ours;
        c.fresh_min_age = Duration::ZERO;
    })
    .await;
    let ids = ["028-1234567-8901234", "202-7654321-1098765", "202-1234567-8901234"];
    for id in ids.iter().cycle().take(8) {
        assert_eq!(h.get(&format!("/v1/orders/{id}?marketplace=UK&fresh=1")).await.status, 200);
    }
    assert_eq!(h.fake.state.stats.quota_429s.load(std::sync::atomic::Ordering::SeqCst), 0);
}

impl Harness {
    async fn get_string(&self, path: String) -> u16 {
        self.get(&path).await.status
    }
}

/// Run futures concurrently on the current task (no extra crate needed).
async fn futures_join<F: std::future::Future<Output = u16> + Send>(futures: Vec<F>) -> Vec<u16> {
    let mut set = Vec::new();
    for f in futures {
        set.push(Box::pin(f));
    }
    let mut out = vec![0; set.len()];
    let mut pending: Vec<usize> = (0..set.len()).collect();
    std::future::poll_fn(|cx| {
        pending.retain(|&i| match set[i].as_mut().poll(cx) {
            std::task::Poll::Ready(v) => {
                out[i] = v;
                false
            }
            std::task::Poll::Pending => true,
        });
        if pending.is_empty() {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    out
}

#[tokio::test]
async fn without_a_marketplace_a_cached_order_is_found_without_asking_other_accounts() {
    let h = harness(|_| {}).await;
    assert_eq!(h.get("/v1/orders/028-1234567-8901234").await.status, 200);
    let first = h.get_order_calls(); // NA said 404, EU had it
    assert_eq!(first, 2);
    assert_eq!(h.get("/v1/orders/028-1234567-8901234").await.status, 200);
    assert_eq!(h.get_order_calls(), first);
}

#[tokio::test]
async fn health_keeps_an_accounts_failures_but_not_orders_amazon_does_not_have() {
    let h = harness(|c| c.upstream_tries = 1).await;
    let last_error = || async {
        let r = h.http.get(h.url("/v1/health")).bearer_auth(TOKEN).send().await.unwrap();
        let json: serde_json::Value = r.json().await.unwrap();
        let eu = json["accounts"].as_array().unwrap().iter().find(|a| a["name"] == "seller-eu").unwrap().clone();
        eu.get("lastUpstreamError").map(|e| e["code"].clone())
    };
    h.get("/v1/orders/999-1234567-8901234?marketplace=UK").await.assert_problem(404, "order_not_found");
    h.fake.push_faults([Fault::Status(404)]);
    h.get("/v1/orders/028-1234567-8901234/messaging-actions?marketplace=TR")
        .await
        .assert_problem(404, "order_not_found");
    assert_eq!(last_error().await, None, "no such order is no fault of the account");
    h.fake.push_faults([Fault::Status(500)]);
    h.get(ORDER).await.assert_problem(502, "upstream_unavailable");
    assert_eq!(last_error().await, Some(serde_json::json!("upstream_unavailable")));
}
