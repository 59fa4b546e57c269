//! Seeds of two fuzz targets (scripts/fuzz.sh). `ticket_detect`: every corpus mail as the ticket
//! JSON a host hands over (decoded fields; every tenth also with the raw message) and the demo
//! tickets, in tests/fixtures/tickets/. `view_readers`: the proxy's documents the sidebar reads
//! (order views, a buyer's orders, problems) and settings, in tests/fixtures/views/. The
//! committed files must be what this writes, so the seeds follow the corpus and the wire shapes:
//! `ORDERLENS_WRITE_SEEDS=1 cargo test --test fuzz_seeds` rewrites them.
#![cfg(not(target_arch = "wasm32"))]

mod corpus_list;

use std::collections::BTreeMap;
use std::path::Path;

use corpus_list::EMAIL_FIXTURES;
use orderlens::host::Ticket;
use orderlens::message::{Mailbox, Message};
use serde_json::{json, Value};

/// File name → ticket JSON.
fn ticket_seeds() -> BTreeMap<String, String> {
    let mut seeds = BTreeMap::new();
    for (i, fixture) in EMAIL_FIXTURES.iter().enumerate() {
        let m = Message::from_rfc822(fixture.eml);
        let person = |b: &Mailbox| json!({ "email": b.address, "name": b.name });
        let created_at = m.received_at.and_then(|s| chrono::DateTime::from_timestamp(s, 0)).map(|t| t.to_rfc3339());
        let mut author = m.from.as_ref().map_or(json!({}), person);
        author["role"] = json!("requester");
        let mut ticket = json!({
            "id": fixture.stem,
            "subject": m.subject,
            "requester": m.from.as_ref().map(person),
            "recipients": m.to.iter().map(|t| t.address.clone()).collect::<Vec<_>>(),
            "comments": [{ "author": author, "body_text": m.text, "body_html": m.html, "created_at": created_at }],
        });
        seeds.insert(format!("{}.json", fixture.stem), pretty(&ticket));
        if i % 10 == 0 {
            ticket["raw"] = json!(String::from_utf8_lossy(fixture.eml));
            seeds.insert(format!("{}.raw.json", fixture.stem), pretty(&ticket));
        }
    }
    let demo: Value = serde_json::from_str(include_str!("../www/demo/tickets.json")).expect("demo tickets");
    for ticket in demo["tickets"].as_array().expect("a tickets array") {
        seeds.insert(format!("demo_{}.json", ticket["id"].as_str().expect("an id")), pretty(ticket));
    }
    seeds
}

/// File name → a document of the proxy or the host, as the sidebar reads it.
fn view_seeds() -> BTreeMap<String, String> {
    let money = |amount: &str, currency: &str| json!({ "amount": amount, "currency": currency });
    let order = json!({
        "orderId": "302-1234567-1234567", "marketplace": "DE", "marketplaceId": "A1PA6795UKMFR9",
        "status": "SHIPPED", "created": "2026-01-10T08:15:00Z", "updated": "2026-01-11T09:00:00.250+01:00",
        "fulfilledBy": "MERCHANT", "serviceLevel": "Standard", "prime": true, "business": true,
        "programs": ["PRIME", "AMAZON_BUSINESS"], "sellerOrderId": "S-1",
        "shipBy": { "earliest": "2026-01-10T23:00:00Z", "latest": "2026-01-11T22:59:59Z" },
        "deliverBy": { "latest": "2026-01-14T22:59:59Z" },
        "items": [
            { "orderItemId": "1", "asin": "B0ABCDEF12", "sku": "SKU 1/2", "title": "Kaffeemühle Deluxe", "quantity": 2,
              "quantityShipped": 1, "condition": "New", "unitPrice": money("600.00", "EUR"),
              "subtotal": money("1200.00", "EUR") },
            { "orderItemId": "2", "title": "Filter", "quantity": 1 }
        ],
        "total": money("1234.56", "EUR"),
        "breakdowns": [{ "kind": "SHIPPING", "amount": money("4.90", "EUR") },
                       { "kind": "PROMOTION", "amount": money("-10.00", "EUR") }],
        "packages": [{ "carrier": "DHL", "trackingNumber": "00340434161234567890", "shippingService": "Paket",
                       "shipTime": "2026-01-11T15:00:00Z", "status": "IN_TRANSIT" }],
        "buyer": { "name": "Jürgen Weber", "email": "ab12cd34ef56gh7@marketplace.amazon.de", "company": "Firma" },
        "deliveryAddress": { "name": "Jürgen Weber", "lines": ["Straße 1", "Hinterhaus"], "city": "Berlin",
                             "postalCode": "10115", "countryCode": "DE", "addressType": "RESIDENTIAL" }
    });
    let jp_order = json!({
        "orderId": "250-1234567-8901234", "marketplace": "JP", "marketplaceId": "A1VC38T7YXB528",
        "status": "PENDING", "created": "2026-01-10T08:15:00+09:00", "updated": "2026-01-10T08:15:00+09:00",
        "fulfilledBy": "AMAZON", "prime": false, "business": false,
        "items": [{ "orderItemId": "9", "title": "抹茶", "quantity": 3, "unitPrice": money("1200", "JPY") }],
        "total": money("3600", "JPY")
    });
    let buyers = json!({ "marketplace": "DE", "orders": [
        { "orderId": "302-1234567-1234567", "status": "Shipped", "purchased": "2026-01-10T08:15:00Z",
          "total": money("19.99", "EUR"), "fulfilledBy": "AMAZON", "marketplace": "DE" },
        { "orderId": "302-7654321-7654321" }
    ] });
    let problem = json!({ "type": "urn:orderlens:problem:rate_limited", "title": "Rate limited", "status": 429,
                          "code": "rate_limited", "detail": "Retry in 3 s.", "retryAfter": 3, "requestId": "r-1" });
    let settings = json!({ "proxyConfigured": true, "sellerName": "Beispiel GmbH", "tags": true,
                           "fieldMap": { "order_id": "360001", "marketplace": 360002, "kind": null } });
    [
        ("order.json", order),
        ("order_jp.json", jp_order),
        ("buyer_orders.json", buyers),
        ("problem.json", problem),
        ("settings.json", settings),
    ]
    .into_iter()
    .map(|(name, v)| (name.to_string(), pretty(&v)))
    .collect()
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).expect("JSON") + "\n"
}

/// Writes the seeds when asked to, then fails unless `dir` holds exactly them.
fn up_to_date(dir: &str, seeds: &BTreeMap<String, String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    if std::env::var_os("ORDERLENS_WRITE_SEEDS").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("the seed directory");
        for (name, json) in seeds {
            std::fs::write(dir.join(name), json).expect("a seed written");
        }
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().into_owned())).collect())
        .unwrap_or_default();
    on_disk.sort();
    let stale: Vec<&String> = seeds
        .iter()
        .filter(|(name, json)| std::fs::read_to_string(dir.join(name)).ok().as_ref() != Some(*json))
        .map(|(name, _)| name)
        .collect();
    assert!(
        stale.is_empty() && on_disk == seeds.keys().cloned().collect::<Vec<_>>(),
        "{} is out of date ({stale:?}); run ORDERLENS_WRITE_SEEDS=1 cargo test --test fuzz_seeds",
        dir.display()
    );
}

#[test]
fn ticket_seeds_are_tickets_and_up_to_date() {
    let seeds = ticket_seeds();
    for (name, json) in &seeds {
        let ticket = Ticket::from_json(json).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(ticket.is_some_and(|t| !t.id.is_empty()), "{name} is a ticket with an id");
    }
    up_to_date("tests/fixtures/tickets", &seeds);
}

#[test]
fn view_seeds_read_as_the_sidebar_reads_them_and_are_up_to_date() {
    use orderlens::host::proxy::{read_buyer_orders, read_order, Failure};
    use orderlens::host::{ProxyResponse, Settings};
    let seeds = view_seeds();
    let answer = |name: &str, status| Ok(ProxyResponse { status, body: seeds[name].clone() });
    assert_eq!(read_order(answer("order.json", 200)).expect("an order view").items.len(), 2);
    assert_eq!(read_order(answer("order_jp.json", 200)).expect("an order view").marketplace, "JP");
    assert_eq!(read_buyer_orders(answer("buyer_orders.json", 200)).expect("a buyer's orders").orders.len(), 2);
    assert!(matches!(read_order(answer("problem.json", 429)), Err(Failure::Problem(p)) if p.retry_after == Some(3)));
    let settings = Settings::from_json(&seeds["settings.json"]);
    assert!(settings.proxy_configured && settings.field_map.marketplace.as_deref() == Some("360002"));
    up_to_date("tests/fixtures/views", &seeds);
}
