//! Bearer token, CORS and origins, messaging rules, static files.

mod common;

use std::sync::atomic::Ordering;

use common::*;

const ORDER: &str = "/v1/orders/028-1234567-8901234";

#[tokio::test]
async fn missing_or_wrong_token_is_401() {
    let h = harness(|_| {}).await;
    h.send(h.http.get(h.url(ORDER))).await.assert_problem(401, "unauthorized");
    let a = h.send(h.http.get(h.url(ORDER)).bearer_auth("nope")).await;
    a.assert_problem(401, "unauthorized");
    assert_eq!(a.headers["www-authenticate"], "Bearer");
    h.send(h.http.get(h.url("/v1/buyers/a@marketplace.amazon.de/orders"))).await.assert_problem(401, "unauthorized");
    h.send(h.http.post(h.url("/v1/orders/028-1234567-8901234/messages/unexpectedProblem")).body("{}"))
        .await
        .assert_problem(401, "unauthorized");
    assert_eq!(h.get_order_calls(), 0);
    assert_eq!(h.send(h.http.get(h.url("/v1/health"))).await.status, 200, "health needs no token");
}

/// A CORS preflight of `GET ORDER` from `origin`.
fn preflight(h: &Harness, origin: &str) -> reqwest::RequestBuilder {
    h.http
        .request(reqwest::Method::OPTIONS, h.url(ORDER))
        .header("origin", origin)
        .header("access-control-request-method", "GET")
}

#[tokio::test]
async fn allowed_origin_gets_cors_headers_and_preflight() {
    let h = harness(|c| {
        c.allowed_origins =
            vec!["https://*.zendesk.com".into(), "chrome-extension://abcdefghijklmnopabcdefghijklmnop".into()]
    })
    .await;
    let a = h.send(h.http.get(h.url(ORDER)).bearer_auth(TOKEN).header("origin", "https://acme.zendesk.com")).await;
    assert_eq!(a.status, 200);
    assert_eq!(a.headers["access-control-allow-origin"], "https://acme.zendesk.com");

    let pre = h
        .send(
            preflight(&h, "chrome-extension://abcdefghijklmnopabcdefghijklmnop")
                .header("access-control-request-headers", "authorization"),
        )
        .await;
    assert!(pre.status < 300, "preflight answered: {}", pre.status);
    assert_eq!(pre.headers["access-control-allow-origin"], "chrome-extension://abcdefghijklmnopabcdefghijklmnop");
    assert!(pre.headers["access-control-allow-headers"].to_str().unwrap().contains("authorization"));
}

/// Caches keep one answer per origin and preflight: every API answer names what it varies by,
/// with or without an `Origin`, preflight included.
#[tokio::test]
async fn cors_answers_vary_by_origin() {
    let h = harness(|c| c.allowed_origins = vec!["https://*.zendesk.com".into()]).await;
    let vary = |headers: &reqwest::header::HeaderMap| -> Vec<String> {
        headers.get_all("vary").iter().map(|v| v.to_str().unwrap().to_string()).collect()
    };
    let expected = ["origin, access-control-request-method, access-control-request-headers"];
    let plain = h.send(h.http.get(h.url(ORDER)).bearer_auth(TOKEN)).await;
    assert_eq!(vary(&plain.headers), expected, "without an Origin");
    let cross = h.send(h.http.get(h.url(ORDER)).bearer_auth(TOKEN).header("origin", "https://acme.zendesk.com")).await;
    assert_eq!(vary(&cross.headers), expected, "with an allowed Origin");
    assert_eq!(cross.headers["access-control-expose-headers"], "retry-after");
    let pre = h.send(preflight(&h, "https://acme.zendesk.com")).await;
    assert_eq!(vary(&pre.headers), expected, "preflight");
    assert_eq!(pre.headers["access-control-max-age"], "600");
}

#[tokio::test]
async fn disallowed_origin_is_refused() {
    let h = harness(|_| {}).await;
    let a =
        h.send(h.http.get(h.url(ORDER)).bearer_auth(TOKEN).header("origin", "https://acme.zendesk.com.evil.io")).await;
    a.assert_problem(403, "origin_not_allowed");
    assert!(!a.headers.contains_key("access-control-allow-origin"));
    let pre = h.send(preflight(&h, "https://evil.example")).await;
    pre.assert_problem(403, "origin_not_allowed");
    assert_eq!(h.get_order_calls(), 0);
}

#[tokio::test]
async fn messaging_actions_skip_unknown_names() {
    let h = harness(|_| {}).await;
    let a = h.get("/v1/orders/028-1234567-8901234/messaging-actions").await;
    assert_eq!(a.status, 200, "{}", a.json);
    assert_eq!(a.json["marketplace"], "TR", "taken from the order");
    let names: Vec<&str> = a.json["actions"].as_array().unwrap().iter().map(|x| x["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"confirmDeliveryDetails") && names.contains(&"unexpectedProblem"), "{names:?}");
    assert!(!names.iter().any(|n| ["negativeFeedbackRemoval", "amazonMotors", "attributes"].contains(n)), "{names:?}");
    let digital = a.json["actions"].as_array().unwrap().iter().find(|x| x["name"] == "digitalAccessKey").unwrap();
    assert_eq!(digital["maxTextLength"], 400);
}

#[tokio::test]
async fn messages_are_checked_before_they_are_sent() {
    let h = harness(|_| {}).await;
    let post = |action: &str, text: &str| {
        h.http
            .post(h.url(&format!("/v1/orders/028-1234567-8901234/messages/{action}?marketplace=TR")))
            .bearer_auth(TOKEN)
            .json(&serde_json::json!({ "text": text }))
    };
    let ok = h.send(post("confirmDeliveryDetails", "Your parcel leaves our warehouse on Monday.")).await;
    assert_eq!(ok.status, 201, "{}", ok.json);
    assert_eq!(ok.json["sent"], true);
    let sent = || h.fake.state.stats.messages_sent.load(Ordering::SeqCst);
    assert_eq!(sent(), 1);

    h.send(post("unexpectedProblem", "Mail me at shop@example.com")).await.assert_problem(422, "message_invalid");
    h.send(post("unexpectedProblem", "<p>Hello</p>")).await.assert_problem(422, "message_invalid");
    h.send(post("digitalAccessKey", &"k".repeat(401))).await.assert_problem(422, "message_invalid");
    h.send(post("warranty", "hello")).await.assert_problem(422, "message_action_unsupported");
    h.send(post("negativeFeedbackRemoval", "hello")).await.assert_problem(422, "message_action_unsupported");
    let bad_json = h
        .http
        .post(h.url("/v1/orders/028-1234567-8901234/messages/unexpectedProblem"))
        .bearer_auth(TOKEN)
        .body("text=hi");
    h.send(bad_json).await.assert_problem(400, "bad_request");
    assert_eq!(sent(), 1, "nothing invalid reached Amazon");
}

#[tokio::test]
async fn static_dir_is_served_with_the_wasm_mime_type() {
    let dir = std::env::temp_dir().join(format!("orderlens-static-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<!doctype html><title>demo</title>").unwrap();
    std::fs::write(dir.join("orderlens_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    let static_dir = dir.clone();
    let h = harness(move |c| c.static_dir = Some(static_dir)).await;

    let wasm = h.http.get(h.url("/orderlens_bg.wasm")).send().await.unwrap();
    assert_eq!(wasm.status(), 200);
    assert_eq!(wasm.headers()["content-type"], "application/wasm");
    let index = h.http.get(h.url("/")).send().await.unwrap();
    assert!(index.text().await.unwrap().contains("demo"));
    // The page's own origin may call the API.
    let own = h.proxy.url();
    let a = h.send(h.http.get(h.url(ORDER)).bearer_auth(TOKEN).header("origin", own.as_str())).await;
    assert_eq!(a.status, 200, "{}", a.json);
    h.get("/v1/unknown").await.assert_problem(404, "not_found");
    let _ = std::fs::remove_dir_all(dir);
}
