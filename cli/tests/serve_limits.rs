//! The smaller holes of issue 8, each shut: a failed LWA refresh is remembered, redirects are
//! not followed, upstream bodies are capped, requests have a deadline and a concurrency cap,
//! repeated wrong tokens are braked, and every answer says `nosniff`.

mod common;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::*;
use orderlens_cli::serve::sandbox::{Fault, LwaFault};

const ORDER: &str = "/v1/orders/028-1234567-8901234?marketplace=TR";

#[tokio::test]
async fn a_failed_token_refresh_is_remembered_for_the_waiting_requests() {
    let h = harness(|_| {}).await;
    h.fake.set_lwa_fault(Some(LwaFault::InvalidGrant));
    let paths = ["028-1234567-8901234", "202-7654321-1098765", "202-1234567-8901234"]
        .map(|id| format!("/v1/orders/{id}?marketplace=UK"));
    let (a, b, c) = tokio::join!(h.get(&paths[0]), h.get(&paths[1]), h.get(&paths[2]));
    for answer in [a, b, c] {
        answer.assert_problem(502, "upstream_unauthorized");
    }
    h.get(ORDER).await.assert_problem(502, "upstream_unauthorized");
    assert_eq!(h.lwa_exchanges(), 1, "one exchange; the others got its remembered failure");
}

#[tokio::test]
async fn redirects_are_not_followed_with_the_access_token() {
    // Where a redirect would lead: it counts the requests that arrive with a token.
    let seen = Arc::new(AtomicU64::new(0));
    let counter = seen.clone();
    let app = axum::Router::new().fallback(move |headers: axum::http::HeaderMap| {
        let counter = counter.clone();
        async move {
            if headers.contains_key("x-amz-access-token") {
                counter.fetch_add(1, Ordering::SeqCst);
            }
            "{}"
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let elsewhere = format!("http://{}/steal", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });

    let h = harness(|_| {}).await;
    h.fake.push_faults([Fault::Redirect(elsewhere)]);
    h.get(ORDER).await.assert_problem(502, "upstream_rejected");
    assert_eq!(seen.load(Ordering::SeqCst), 0, "the token never reached the other host");
}

#[tokio::test]
async fn an_oversized_upstream_body_is_a_clear_problem() {
    let h = harness(|_| {}).await;
    h.fake.push_faults([Fault::Oversized]);
    let a = h.get(ORDER).await;
    a.assert_problem(502, "upstream_invalid_response");
    assert!(a.json["detail"].as_str().unwrap().contains("4 MB"), "{}", a.json);
    assert_eq!(h.get(ORDER).await.status, 200, "still serving");
}

#[tokio::test]
async fn a_request_past_its_deadline_is_answered_not_left_hanging() {
    let h = harness(|c| {
        c.request_deadline = Duration::from_millis(300);
        c.upstream_timeout = Duration::from_secs(20);
    })
    .await;
    h.fake.push_faults([Fault::Delay(Duration::from_secs(10))]);
    let a = h.get(ORDER).await;
    a.assert_problem(504, "upstream_timeout");
    assert!(a.json["detail"].as_str().unwrap().contains("request_deadline_ms"), "{}", a.json);
}

#[tokio::test]
async fn requests_over_the_concurrency_cap_are_refused_at_once() {
    let h = harness(|c| c.max_concurrent_requests = 1).await;
    h.fake.push_faults([Fault::Delay(Duration::from_millis(1500))]);
    let slow = h.get(ORDER);
    let second = async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        h.get("/v1/orders/202-7654321-1098765?marketplace=UK").await
    };
    let (slow, second) = tokio::join!(slow, second);
    assert_eq!(slow.status, 200);
    second.assert_problem(429, "rate_limited");
    assert!(second.headers.contains_key("retry-after"));
    assert_eq!(h.get("/v1/orders/202-7654321-1098765?marketplace=UK").await.status, 200, "free again");
}

#[tokio::test]
async fn repeated_wrong_tokens_from_one_address_are_braked() {
    let h = harness(|_| {}).await;
    for _ in 0..orderlens_cli::serve::http::auth::MAX_FAILURES {
        h.send(h.http.get(h.url(ORDER)).bearer_auth("guess-guess-guess")).await.assert_problem(401, "unauthorized");
    }
    let braked = h.send(h.http.get(h.url(ORDER)).bearer_auth("guess-guess-guess")).await;
    braked.assert_problem(429, "rate_limited");
    assert!(braked.headers.contains_key("retry-after"));
    // Until the window ends the address is refused without a comparison, right token or not.
    h.get(ORDER).await.assert_problem(429, "rate_limited");
    assert_eq!(h.get_order_calls(), 0);
}

#[tokio::test]
async fn every_answer_forbids_mime_sniffing() {
    let dir = std::env::temp_dir().join(format!("orderlens-nosniff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<!doctype html><title>demo</title>").unwrap();
    let static_dir = dir.clone();
    let h = harness(move |c| c.static_dir = Some(static_dir)).await;
    for (path, token) in [("/", false), ("/index.html", false), (ORDER, true), (ORDER, false), ("/v1/health", false)] {
        let mut req = h.http.get(h.url(path));
        if token {
            req = req.bearer_auth(TOKEN);
        }
        let a = h.send(req).await;
        assert_eq!(a.headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(a.headers["referrer-policy"], "no-referrer", "{path}");
    }
    let _ = std::fs::remove_dir_all(dir);
}
