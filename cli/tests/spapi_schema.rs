//! Thousands of getOrder bodies generated from Amazon's model map to a view with the body's
//! order id, item count, grand total and creation time; a few hundred also go through the whole
//! proxy (fake SP-API → mapping → HTTP answer). Bodies of the other answers the proxy reads,
//! generated from their models too: getOrders v0 (a buyer's orders), getMessagingActionsForOrder
//! and GetAttributes. The model is read from beside the project
//! (`support/spapi_models.rs`); without it these checks are skipped.

mod common;
#[path = "support/spapi_gen.rs"]
mod spapi_gen;
#[path = "support/spapi_models.rs"]
mod spapi_models;

use common::*;
use orderlens::marketplace::Marketplace;
use orderlens::order_view::OrderView;
use orderlens_cli::readers::{order_summaries, order_view, parse_actions, parse_locale, Asked, MAX_CODE};
use orderlens_cli::serve::sandbox::Fault;
use orderlens_cli::serve::spapi::limiter::Rate;
use orderlens_cli::serve::spapi::operations::{GET_ORDER, INCLUDED_DATA};
use serde_json::Value;
use spapi_gen::{Expected, Generator};
use spapi_models::model;

const ORDERS_MODEL: &str = "orders_2026-01-01.json";
const ORDERS_V0_MODEL: &str = "ordersV0.json";
const MESSAGING_MODEL: &str = "messaging.json";

fn check(view: &OrderView, e: &Expected, asked_marketplace: &str, body: &str) {
    let at = || format!("body: {}", body.chars().take(600).collect::<String>());
    assert_eq!(view.order_id, e.order_id, "{}", at());
    assert_eq!(view.items.len(), e.items, "{}", at());
    // Codes are capped at MAX_CODE characters (a documented limit of the view).
    let cap = |s: &String| s.chars().take(MAX_CODE).collect::<String>();
    let total = view.total.as_ref().map(|m| (m.amount.clone(), m.currency.clone()));
    assert_eq!(total, e.total.as_ref().map(|(a, c)| (cap(a), cap(c))), "{}", at());
    assert_eq!(view.created, e.created, "{}", at());
    match &e.marketplace_id {
        Some(id) => assert_eq!(&view.marketplace_id, id, "{}", at()),
        None => assert_eq!(view.marketplace_id, asked_marketplace, "falls back to the asked marketplace; {}", at()),
    }
    let json = serde_json::to_string(view).unwrap();
    assert!(json.len() < 200_000 + 2_000 * e.items, "the view is capped: {} bytes", json.len());
}

#[test]
fn five_thousand_generated_bodies_map() {
    let Some(model) = model(ORDERS_MODEL) else { return };
    let mut generator = Generator::new(&model, 0x5EED_0001);
    let de = Marketplace::by_code_or_id("DE").unwrap();
    for _ in 0..5000 {
        let (body, expected) = generator.get_order();
        let bytes = serde_json::to_vec(&body).unwrap();
        let asked = Asked { order_id: "999-0000000-0000000", marketplace: Some(de) };
        match order_view(&bytes, &asked) {
            Ok(view) => check(&view, &expected, de.id, &body.to_string()),
            Err(e) => {
                panic!("{e:?} for a model-valid body: {}", body.to_string().chars().take(600).collect::<String>())
            }
        }
    }
}

#[tokio::test]
async fn generated_bodies_through_the_proxy() {
    let Some(model) = model(ORDERS_MODEL) else { return };
    let h = harness(|c| {
        // Amazon's real plan (0.5/s after a burst of 30) would make this test wait minutes.
        c.limits.get_order = Rate { per_second: 1000.0, burst: 1000 };
    })
    .await;
    let mut generator = Generator::new(&model, 0x5EED_0002);
    for _ in 0..300 {
        let (body, expected) = generator.get_order();
        let text = body.to_string();
        h.fake.push_faults([Fault::Body(text.clone())]);
        let id = &expected.order_id;
        let a = h.get(&format!("/v1/orders/{id}?marketplace=UK&fresh=1")).await;
        assert_eq!(a.status, 200, "{}: {}", a.json, text.chars().take(600).collect::<String>());
        let view: OrderView = serde_json::from_value(a.json).expect("an OrderView");
        check(&view, &expected, "A1F83G8C2ARO7P", &text);
    }
}

#[test]
fn not_a_get_order_answer_names_the_reason() {
    let asked = Asked { order_id: "302-1234567-1234567", marketplace: None };
    for body in [&b"<html>"[..], b"[]", br#"{"errors":[{"code":"NotFound"}]}"#, br#"{"order":"x"}"#] {
        assert!(order_view(body, &asked).is_err(), "{}", String::from_utf8_lossy(body));
    }
}

#[test]
fn the_data_asked_of_get_order_is_what_the_model_offers() {
    let Some(model) = model(ORDERS_MODEL) else { return };
    let params = model["paths"][GET_ORDER]["get"]["parameters"].as_array().expect("getOrder's parameters");
    let offered = &params.iter().find(|p| p["name"] == "includedData").expect("includedData")["items"]["enum"];
    for wanted in INCLUDED_DATA.split(',') {
        assert!(offered.as_array().unwrap().iter().any(|v| v == wanted), "{wanted} is not offered: {offered}");
    }
}

/// A string member as the readers take it: text trimmed, a number as its digits.
fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[test]
fn generated_get_orders_answers_give_one_summary_per_order() {
    let Some(model) = model(ORDERS_V0_MODEL) else { return };
    let mut generator = Generator::new(&model, 0x5EED_0003);
    for _ in 0..2000 {
        let body = generator.body("GetOrdersResponse");
        let orders = &body["payload"]["Orders"];
        match order_summaries(&serde_json::to_vec(&body).unwrap()) {
            Ok(summaries) => {
                let ids: Vec<String> = summaries.into_iter().map(|s| s.order_id).collect();
                let written: Vec<String> =
                    orders.as_array().into_iter().flatten().filter_map(|o| text(&o["AmazonOrderId"])).collect();
                assert_eq!(ids, written, "{body}");
            }
            Err(e) => assert!(!body["payload"].is_object(), "{e:?} for a model-valid body with a payload: {body}"),
        }
    }
}

#[test]
fn generated_messaging_actions_offer_what_the_body_links_and_nothing_else() {
    let Some(model) = model(MESSAGING_MODEL) else { return };
    // The actions of the model's paths (`…/messages/confirmDeliveryDetails`), and one Amazon dropped.
    let mut names: Vec<String> = model["paths"]
        .as_object()
        .expect("paths")
        .keys()
        .filter_map(|p| p.rsplit_once("/messages/").map(|(_, name)| name.to_string()))
        .collect();
    assert!(names.len() >= 9, "the model's message actions: {names:?}");
    let model_actions = names.clone();
    names.push("negativeFeedbackRemoval".into());
    let mut generator = Generator::new(&model, 0x5EED_0004).choose(".name", names);
    for _ in 0..3000 {
        let body = generator.body("GetMessagingActionsForOrderResponse");
        let links = body["_links"]["actions"].as_array().cloned().unwrap_or_default();
        let embedded = body["_embedded"]["actions"].as_array().cloned().unwrap_or_default();
        let written: Vec<String> = links
            .iter()
            .map(|l| &l["name"])
            .chain(embedded.iter().flat_map(|a| [&a["payload"]["name"], &a["_links"]["self"]["name"]]))
            .filter_map(text)
            .collect();
        match parse_actions(&serde_json::to_vec(&body).unwrap()) {
            Ok(actions) => {
                let offered: Vec<&str> = actions.iter().map(|a| a.name.as_str()).collect();
                for (i, name) in offered.iter().enumerate() {
                    assert!(!offered[..i].contains(name), "{name} twice: {body}");
                    assert!(written.iter().any(|w| w == name), "{name} is not in the body: {body}");
                    assert!(model_actions.iter().any(|m| m == name), "{name} is no action of the model");
                }
                for link in links.iter().filter_map(|l| text(&l["name"])) {
                    let known = model_actions.contains(&link);
                    assert_eq!(offered.contains(&link.as_str()), known, "linked action {link}: {body}");
                }
            }
            Err(e) => assert!(
                !body["_links"].is_object() && !body["_embedded"].is_object(),
                "{e:?} for a model-valid body with actions: {body}"
            ),
        }
    }
}

#[test]
fn generated_attributes_answers_give_the_buyers_locale_when_it_is_a_language_tag() {
    let Some(model) = model(MESSAGING_MODEL) else { return };
    let tags = ["en-US", "zh-CN", "en-GB", "de-DE", "pt-BR", "ar-AE", "tr-TR", "ja_JP"].map(String::from).to_vec();
    let mut generator = Generator::new(&model, 0x5EED_0005).choose(".locale", tags);
    for _ in 0..2000 {
        let body = generator.body("GetAttributesResponse");
        let locale = parse_locale(&serde_json::to_vec(&body).unwrap()).expect("a model-valid GetAttributes body reads");
        let written = text(&body["buyer"]["locale"]);
        let tag_like =
            |t: &String| t.len() <= 35 && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        assert_eq!(locale, written.filter(tag_like), "{body}");
    }
}
