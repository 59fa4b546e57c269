//! The order view through the whole proxy: every sandbox order, routing by marketplace, errors.

mod common;

use common::*;
use orderlens::order_view::{FulfilledBy, OrderView};
use orderlens_cli::serve::sandbox::fixtures;

async fn view(h: &Harness, id: &str) -> OrderView {
    let a = h.get(&format!("/v1/orders/{id}")).await;
    assert_eq!(a.status, 200, "{id}: {}", a.json);
    serde_json::from_value(a.json).expect("an OrderView")
}

#[tokio::test]
async fn every_sandbox_order_maps_to_its_view() {
    let h = harness(|_| {}).await;
    let ids = fixtures::order_ids();
    assert_eq!(
        ids,
        [
            "028-1234567-8901234",
            "114-9876543-1234567",
            "171-2345678-9012345",
            "171-9876543-2109876",
            "202-1234567-8901234",
            "202-7654321-1098765",
            "250-1234567-8901234"
        ]
    );
    for id in &ids {
        let v = view(&h, id).await;
        assert_eq!(&v.order_id, id);
        assert!(!v.items.is_empty(), "{id} has items");
    }

    let tr = view(&h, "028-1234567-8901234").await;
    assert_eq!((tr.marketplace.as_str(), tr.status.as_str()), ("TR", "SHIPPED"));
    assert_eq!(tr.fulfilled_by, Some(FulfilledBy::Merchant));
    let item = &tr.items[0];
    assert_eq!(item.asin.as_deref(), Some("B09V3KXJPB"));
    assert_eq!(item.sku.as_deref(), Some("FIRE-HD10-TR-BLK"));
    assert_eq!(item.quantity, 2);
    assert_eq!(item.unit_price.as_ref().map(|m| (m.amount.as_str(), m.currency.as_str())), Some(("62.50", "TRY")));
    assert_eq!(item.subtotal.as_ref().map(|m| m.amount.as_str()), Some("125.00"));
    assert_eq!(tr.total.as_ref().map(|m| m.amount.as_str()), Some("125.00"));
    assert_eq!(tr.buyer.as_ref().and_then(|b| b.name.as_deref()), Some("Mehmet Yilmaz"));
    assert_eq!(
        tr.delivery_address.as_ref().map(|a| a.lines.clone()),
        Some(vec!["Istiklal Caddesi No:42".to_string(), "Kat 3".to_string()])
    );
    assert_eq!(tr.seller_order_id.as_deref(), Some("TR-ORDER-2025-001"));
    assert_eq!(
        tr.ship_by.as_ref().and_then(|w| w.latest).map(|t| t.to_rfc3339()),
        Some("2025-03-17T23:59:59+00:00".into())
    );

    let br = view(&h, "171-9876543-2109876").await;
    assert_eq!(br.marketplace, "BR");
    assert!(br.prime);
    assert_eq!(br.total.as_ref().map(|m| (m.amount.as_str(), m.currency.as_str())), Some(("299.90", "BRL")));

    let br_business = view(&h, "171-2345678-9012345").await;
    assert!(br_business.business);
    assert_eq!(br_business.total.as_ref().map(|m| m.amount.as_str()), Some("1599.90"));

    let jp = view(&h, "250-1234567-8901234").await;
    assert_eq!((jp.marketplace.as_str(), jp.fulfilled_by), ("JP", Some(FulfilledBy::Amazon)));
    assert_eq!(jp.items.len(), 2);
    assert_eq!(jp.items[1].asin.as_deref(), Some("B07PFFMP9P"));
    assert_eq!(jp.items[1].subtotal.as_ref().map(|m| m.amount.as_str()), Some("13960"));
    assert_eq!(jp.total.as_ref().map(|m| m.amount.as_str()), Some("19940"));

    let uk = view(&h, "202-7654321-1098765").await;
    assert_eq!(uk.marketplace, "UK");
    assert_eq!(uk.packages[0].carrier.as_deref(), Some("DPD"));
    assert_eq!(uk.packages[0].tracking_number.as_deref(), Some("15501234567890123456"));

    let uk_doc = view(&h, "202-1234567-8901234").await;
    let kinds: Vec<_> = uk_doc.breakdowns.iter().map(|b| (b.kind.as_str(), b.amount.amount.as_str())).collect();
    assert_eq!(kinds, [("ITEM", "89.97"), ("SHIPPING", "10.00"), ("TAX", "4.00")]);
    assert_eq!(uk_doc.packages[0].tracking_number.as_deref(), Some("RR123456789GB"));
    assert_eq!(
        uk_doc.deliver_by.as_ref().and_then(|w| w.earliest).map(|t| t.to_rfc3339()),
        Some("2024-12-27T00:00:00+00:00".into())
    );

    let us = view(&h, "114-9876543-1234567").await;
    assert_eq!(us.marketplace, "US");
    assert_eq!(us.programs, ["IN_STORE_PICK_UP"]);
    assert!(us.buyer.is_none());
    // The ITEM line, not the proceeds total with tax.
    assert_eq!(us.items[0].subtotal.as_ref().map(|m| m.amount.as_str()), Some("39.99"));
}

#[tokio::test]
async fn marketplace_routes_to_the_right_account() {
    let h = harness(|_| {}).await;
    assert_eq!(h.get("/v1/orders/202-7654321-1098765?marketplace=GB").await.status, 200);
    assert_eq!(h.get("/v1/orders/202-7654321-1098765?marketplace=A1F83G8C2ARO7P").await.status, 200);
    // A UK order asked for in the US: the NA account does not have it.
    h.get("/v1/orders/202-7654321-1098765?marketplace=US").await.assert_problem(404, "order_not_found");
    h.get("/v1/orders/202-7654321-1098765?marketplace=XX").await.assert_problem(400, "unknown_marketplace");
}

#[tokio::test]
async fn query_strings_unknown_parameters_are_ignored_and_a_repeated_one_is_a_problem() {
    let h = harness(|_| {}).await;
    assert_eq!(h.get("/v1/orders/202-7654321-1098765?marketplace=&utm_source=x").await.status, 200);
    assert_eq!(h.get("/v1/orders/202-7654321-1098765/messaging-actions?marketplace=UK&x=1").await.status, 200);
    for path in [
        "/v1/orders/202-7654321-1098765?marketplace=UK&marketplace=DE",
        "/v1/orders/202-7654321-1098765?fresh=1&fresh=0",
        "/v1/orders/202-7654321-1098765/messaging-actions?marketplace=UK&marketplace=UK",
        "/v1/buyers/abc123xyz@marketplace.amazon.com/orders?fresh=1&fresh=1",
    ] {
        let a = h.get(path).await;
        a.assert_problem(400, "bad_request");
        assert!(a.json["detail"].as_str().unwrap().contains("at most once"), "{path}: {}", a.json);
    }
}

#[tokio::test]
async fn a_marketplace_without_an_account_says_which_to_configure() {
    let h = harness(|c| c.accounts.retain(|a| a.name == "seller-eu")).await;
    let a = h.get("/v1/orders/114-9876543-1234567?marketplace=US").await;
    a.assert_problem(404, "marketplace_not_configured");
    assert!(a.json["detail"].as_str().unwrap().contains("US"));
}

#[tokio::test]
async fn unknown_and_invalid_order_ids() {
    let h = harness(|_| {}).await;
    let a = h.get("/v1/orders/999-1234567-8901234").await;
    a.assert_problem(404, "order_not_found");
    assert!(a.json["requestId"].as_str().is_some(), "Amazon's request id is passed through");
    h.get("/v1/orders/not-an-order").await.assert_problem(400, "invalid_order_id");
    h.get("/v1/nothing-here").await.assert_problem(404, "not_found");
}

#[tokio::test]
async fn buyer_orders_by_alias() {
    let h = harness(|_| {}).await;
    let a = h.get("/v1/buyers/abc123xyz@marketplace.amazon.com/orders").await;
    assert_eq!(a.status, 200, "{}", a.json);
    assert_eq!(a.json["marketplace"], "US");
    assert_eq!(a.json["orders"][0]["orderId"], "902-1845936-5435065");
    assert_eq!(a.json["orders"][0]["total"]["amount"], "11.01");
    h.get("/v1/buyers/not-an-alias/orders").await.assert_problem(400, "bad_request");
}

#[tokio::test]
async fn health_without_a_token_says_only_up_and_with_one_the_detail() {
    let h = harness(|_| {}).await;
    let bare = h.http.get(h.url("/v1/health")).send().await.unwrap();
    assert_eq!(bare.status(), 200);
    assert_eq!(bare.json::<serde_json::Value>().await.unwrap(), serde_json::json!({"status": "ok"}));

    assert_eq!(h.get("/v1/orders/028-1234567-8901234").await.status, 200);
    let r = h.http.get(h.url("/v1/health")).bearer_auth(TOKEN).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let text = r.text().await.unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["token"], "agents");
    assert_eq!(json["accounts"].as_array().unwrap().len(), 3);
    assert_eq!(json["accounts"][1]["credentialsUsable"], true);
    assert!(json["accounts"][1]["accessTokenValidForSecs"].as_u64().is_some_and(|s| s > 3000), "{json}");
    assert_eq!(json["accounts"][0]["limiter"][0]["burst"], 30);
    for secret in [REFRESH, CLIENT_SECRET, TOKEN, "Atza|"] {
        assert!(!text.contains(secret), "{secret} leaked into health: {text}");
    }
    h.send(h.http.get(h.url("/v1/health")).bearer_auth("wrong-token")).await.assert_problem(401, "unauthorized");
}

#[tokio::test]
async fn health_never_exchanges_a_token() {
    let h = harness(|_| {}).await;
    for _ in 0..3 {
        let r = h.http.get(h.url("/v1/health")).bearer_auth(TOKEN).send().await.unwrap();
        let json: serde_json::Value = r.json().await.unwrap();
        assert!(json["accounts"][0].get("accessTokenValidForSecs").is_none(), "no token yet: {json}");
        let _ = h.http.get(h.url("/v1/health")).send().await.unwrap();
    }
    assert_eq!(h.lwa_exchanges(), 0);
}
