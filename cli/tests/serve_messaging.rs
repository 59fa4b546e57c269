//! A buyer never gets the same message twice by accident: sends are retried only when Amazon
//! surely did not take them, "maybe sent" is its own answer, and an identical send within 10
//! minutes is refused unless the caller asks for it.

mod common;

use std::sync::atomic::Ordering;
use std::time::Duration;

use common::*;
use orderlens_cli::serve::sandbox::Fault;
use serde_json::{json, Value};

const SEND: &str = "/v1/orders/028-1234567-8901234/messages/confirmDeliveryDetails?marketplace=TR";

async fn send(h: &Harness, body: Value) -> Answer {
    h.send(h.http.post(h.url(SEND)).bearer_auth(TOKEN).json(&body)).await
}

fn calls(h: &Harness) -> u64 {
    h.fake.state.stats.messaging_calls.load(Ordering::SeqCst)
}

fn delivered(h: &Harness) -> u64 {
    h.fake.state.stats.messages_sent.load(Ordering::SeqCst)
}

#[tokio::test]
async fn a_5xx_after_the_send_is_not_retried_and_says_maybe_sent() {
    let h = harness(|_| {}).await;
    h.fake.push_faults([Fault::Status(500)]);
    let a = send(&h, json!({"text": "Your parcel leaves on Monday."})).await;
    a.assert_problem(502, "message_maybe_sent");
    assert!(a.json["detail"].as_str().unwrap().contains("Seller Central"), "{}", a.json);
    assert!(a.json["requestId"].as_str().is_some(), "Amazon's request id to check with");
    assert_eq!(calls(&h), 1, "not retried");
    // The caller retries the same text: refused until they say it is wanted.
    send(&h, json!({"text": "Your parcel leaves on Monday."})).await.assert_problem(409, "message_duplicate");
    assert_eq!(calls(&h), 1);
    let again = send(&h, json!({"text": "Your parcel leaves on Monday.", "allowDuplicate": true})).await;
    assert_eq!(again.status, 201, "{}", again.json);
    assert_eq!(delivered(&h), 1);
}

#[tokio::test]
async fn a_timeout_after_the_send_is_maybe_sent_not_a_second_message() {
    let h = harness(|c| c.upstream_timeout = Duration::from_millis(300)).await;
    h.fake.push_faults([Fault::Delay(Duration::from_millis(800))]);
    send(&h, json!({"text": "Sorry for the wait."})).await.assert_problem(502, "message_maybe_sent");
    assert_eq!(calls(&h), 1, "the request had left: not retried");
    send(&h, json!({"text": "Sorry for the wait."})).await.assert_problem(409, "message_duplicate");
    assert_eq!(calls(&h), 1);
}

#[tokio::test]
async fn sends_surely_refused_by_amazon_are_retried_or_may_be_repeated() {
    let h = harness(|_| {}).await;
    h.fake.push_faults([Fault::Status(429), Fault::Status(429)]);
    let a = send(&h, json!({"text": "Tracking follows tomorrow."})).await;
    assert_eq!(a.status, 201, "429 means not taken: retried ({})", a.json);
    assert_eq!((calls(&h), delivered(&h)), (3, 1));

    h.fake.expire_tokens();
    let b = send(&h, json!({"text": "A second, different message."})).await;
    assert_eq!(b.status, 201, "the expired-token 403 is refreshed and retried: {}", b.json);

    // A 400 is a sure "no": nothing recorded, the same text may go again at once.
    h.fake.push_faults([Fault::Status(400)]);
    send(&h, json!({"text": "Third text."})).await.assert_problem(502, "upstream_rejected");
    assert_eq!(send(&h, json!({"text": "Third text."})).await.status, 201);
}

#[tokio::test]
async fn identical_sends_are_refused_but_other_texts_orders_and_actions_are_not() {
    let h = harness(|_| {}).await;
    assert_eq!(send(&h, json!({"text": "See you soon."})).await.status, 201);
    let dup = send(&h, json!({"text": "  See you soon. "})).await;
    dup.assert_problem(409, "message_duplicate");
    assert!(dup.json["detail"].as_str().unwrap().contains("allowDuplicate"), "says how to send anyway");
    assert_eq!(send(&h, json!({"text": "See you very soon."})).await.status, 201);
    let other_action = h
        .send(
            h.http
                .post(h.url("/v1/orders/028-1234567-8901234/messages/unexpectedProblem?marketplace=TR"))
                .bearer_auth(TOKEN)
                .json(&json!({"text": "See you soon."})),
        )
        .await;
    assert_eq!(other_action.status, 201, "{}", other_action.json);
    assert_eq!(delivered(&h), 3);
}

#[tokio::test]
async fn simultaneous_identical_sends_reach_amazon_once() {
    let h = harness(|_| {}).await;
    let body = json!({"text": "Only once, please."});
    let (a, b) = tokio::join!(send(&h, body.clone()), send(&h, body.clone()));
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [201, 409]);
    assert_eq!(delivered(&h), 1);
}

#[tokio::test]
async fn the_proxy_blocks_what_the_composer_blocks() {
    let h = harness(|_| {}).await;
    for text in ["Shop more at https://my-shop.example/sale", "Thanks! 😀", "Please leave a 5-star review!"] {
        send(&h, json!({ "text": text })).await.assert_problem(422, "message_invalid");
    }
    assert_eq!(calls(&h), 0, "nothing reached Amazon");
}

#[tokio::test]
async fn the_actions_of_an_order_are_asked_of_amazon_once_until_a_message_is_sent() {
    // Every ticket opened asks for them; Amazon allows about one getMessagingActionsForOrder a
    // second, so switching back and forth must not spend it (`state::ACTIONS_TTL`).
    let h = harness(|_| {}).await;
    let actions = "/v1/orders/028-1234567-8901234/messaging-actions?marketplace=TR";
    for _ in 0..3 {
        let a = h.get(actions).await;
        assert_eq!(a.status, 200, "{}", a.json);
        assert!(!a.json["actions"].as_array().unwrap().is_empty());
    }
    assert_eq!(calls(&h), 1, "three opens of one order, one call to Amazon");
    let sent = send(&h, json!({ "text": "Ihre Bestellung ist unterwegs." })).await;
    assert_eq!(sent.status, 201, "{}", sent.json);
    assert_eq!(calls(&h), 2);
    // What Amazon allows may change with the message: asked again.
    assert_eq!(h.get(actions).await.status, 200);
    assert_eq!(calls(&h), 3);
}
