//! Log lines carry order id, route, status and latency, and never buyer data or secrets.
//! (Own test binary: it installs the global log subscriber.)

mod common;

use common::logs::Captured;
use common::*;
use std::time::Duration;

use orderlens_cli::serve::sandbox::{Fault, LwaFault};

#[tokio::test]
async fn logs_hold_no_pii_and_no_secrets() {
    let captured = Captured::install();

    let h = harness(|_| {}).await;
    for id in ["028-1234567-8901234", "202-1234567-8901234", "250-1234567-8901234", "999-1234567-8901234"] {
        h.get(&format!("/v1/orders/{id}")).await;
    }
    h.get("/v1/buyers/q7zk2m9xw4@marketplace.amazon.com/orders").await;
    let post = h
        .http
        .post(h.url("/v1/orders/202-1234567-8901234/messages/unexpectedProblem"))
        .bearer_auth(TOKEN)
        .json(&serde_json::json!({ "text": "Dear James Wilson, sorry for the delay." }));
    h.send(post).await;
    h.send(h.http.get(h.url("/v1/orders/028-1234567-8901234")).bearer_auth("wrong-token-zz")).await;
    h.fake.set_lwa_fault(Some(LwaFault::InvalidGrant));
    h.fake.expire_tokens();
    h.get("/v1/orders/171-9876543-2109876?fresh=1").await;
    let _ = h.http.get(h.url("/v1/health")).send().await;
    drop(h);
    // A request refused for load never reaches its route, and still gets its access line.
    let busy = harness(|c| c.max_concurrent_requests = 1).await;
    busy.fake.push_faults([Fault::Delay(Duration::from_millis(1500))]);
    let slow = busy.get("/v1/orders/028-1234567-8901234?marketplace=TR");
    let refused = async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        busy.get("/v1/orders/202-7654321-1098765?marketplace=UK").await
    };
    let (_, refused) = tokio::join!(slow, refused);
    refused.assert_problem(429, "rate_limited");
    drop(busy);

    let logs = captured.text();
    assert!(logs.contains("028-1234567-8901234"), "order ids are logged:\n{logs}");
    assert!(logs.contains("status=200") && logs.contains("latency_ms"), "{logs}");
    // Every access line names the caller's token by its label, never its value.
    let requests: Vec<&str> = logs.lines().filter(|l| l.contains("access_log: request")).collect();
    assert!(requests.iter().any(|l| l.contains(r#"token="agents""#)), "{logs}");
    assert!(requests.iter().any(|l| l.contains(r#"token="-""#) && l.contains("status=401")), "{logs}");
    assert!(requests.iter().any(|l| l.contains("status=429") && l.contains("202-7654321-1098765")), "{logs}");
    // One audit line for the send: label, order, action, Amazon's request id, outcome.
    let audit: Vec<&str> = logs.lines().filter(|l| l.contains("orderlens::audit")).collect();
    assert_eq!(audit.len(), 1, "{logs}");
    for part in [
        r#"token="agents""#,
        r#"order_id="202-1234567-8901234""#,
        r#"action="unexpectedProblem""#,
        r#"request_id="sandbox-"#,
        r#"outcome="sent""#,
    ] {
        assert!(audit[0].contains(part), "{part} missing: {}", audit[0]);
    }
    for forbidden in [
        // buyer names, addresses, emails from the fixtures and the request
        "Mehmet",
        "Yilmaz",
        "Istiklal",
        "James Wilson",
        "Manchester",
        "M1 2AB",
        "John Smith",
        "buyer-email@",
        "q7zk2m9xw4",
        "@marketplace",
        "+44 161",
        // message text
        "sorry for the delay",
        // secrets
        TOKEN,
        "wrong-token-zz",
        REFRESH,
        "refresh-secret-value",
        CLIENT_SECRET,
        "Atza|",
        "Atzr|",
    ] {
        assert!(!logs.contains(forbidden), "log contains {forbidden:?}:\n{logs}");
    }
}
