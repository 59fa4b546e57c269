//! What the sidebar needs before it offers Amazon's messaging actions: the buyer's locale from
//! Amazon's GetAttributes (`/messaging-attributes`), and whether the caller's token may send
//! (`maySend` on `/messaging-actions`), so a read-only token sees the actions greyed with why.

mod common;

use common::*;
use orderlens::marketplace::Marketplace;
use orderlens_cli::serve::sandbox::Fault;
use orderlens_cli::serve::secret::Secret;
use orderlens_cli::serve::tokens::TokenConfig;

const READER: &str = "readers-0123456789abcdef0123456789ab";

#[tokio::test]
async fn attributes_give_the_buyers_locale_of_the_orders_marketplace() {
    let h = harness(|_| {}).await;
    // 028-… is a Turkish order in the fake: the buyer's locale is Amazon.com.tr's language.
    let a = h.get("/v1/orders/028-1234567-8901234/messaging-attributes").await;
    assert_eq!(a.status, 200, "{}", a.json);
    assert_eq!(a.json["orderId"], "028-1234567-8901234");
    assert_eq!(a.json["marketplace"], "TR");
    assert_eq!(a.json["locale"], Marketplace::by_code("TR").unwrap().language, "{}", a.json);
    let uk = h.get("/v1/orders/202-7654321-1098765/messaging-attributes").await;
    assert_eq!(
        (uk.json["marketplace"].as_str(), uk.json["locale"].as_str()),
        (Some("UK"), Some("en-GB")),
        "{}",
        uk.json
    );
}

#[tokio::test]
async fn attributes_failures_are_problems_that_say_what_to_do() {
    let h = harness(|_| {}).await;
    h.get("/v1/orders/not-an-order/messaging-attributes").await.assert_problem(400, "invalid_order_id");
    // With the marketplace given, the faults below meet GetAttributes itself, not getOrder.
    const PATH: &str = "/v1/orders/028-1234567-8901234/messaging-attributes?marketplace=TR";
    // Amazon's answer without a locale is no error: the sidebar keeps the marketplace's language.
    h.fake.push_faults([Fault::Body(r#"{"buyer":{}}"#.into())]);
    let none = h.get(PATH).await;
    assert_eq!(none.status, 200, "{}", none.json);
    assert!(none.json.get("locale").is_none(), "{}", none.json);
    h.fake.push_faults([Fault::Malformed]);
    h.get(PATH).await.assert_problem(502, "upstream_invalid_response");
    h.fake.push_faults([Fault::Status(403)]);
    let denied = h.get(PATH).await;
    denied.assert_problem(502, "upstream_forbidden");
    assert!(denied.json["detail"].as_str().unwrap().contains("re-authorise"), "{}", denied.json);
}

#[tokio::test]
async fn actions_say_whether_this_token_may_send_them() {
    let h = harness(|c| c.tokens.push(TokenConfig::reader("readers", Secret::new(READER)))).await;
    let sender = h.get("/v1/orders/028-1234567-8901234/messaging-actions").await;
    assert_eq!(sender.status, 200, "{}", sender.json);
    assert_eq!(sender.json["maySend"], true, "{}", sender.json);
    let reader =
        h.send(h.http.get(h.url("/v1/orders/028-1234567-8901234/messaging-actions")).bearer_auth(READER)).await;
    assert_eq!(reader.status, 200, "a reader still sees what Amazon allows: {}", reader.json);
    assert_eq!(reader.json["maySend"], false, "{}", reader.json);
    assert_eq!(reader.json["actions"], sender.json["actions"]);
}

#[tokio::test]
async fn sandbox_mode_has_one_marketplace_whose_authorisation_is_revoked() {
    use orderlens_cli::serve::config::Config;
    use orderlens_cli::serve::sandbox::REVOKED_MARKETPLACE;
    // Serving the demo (a static directory) is what adds the revoked account.
    let site = std::env::temp_dir().join(format!("orderlens-revoked-{}", std::process::id()));
    std::fs::create_dir_all(&site).unwrap();
    let config = Config {
        sandbox: true,
        listen: "127.0.0.1:0".parse().unwrap(),
        static_dir: Some(site.clone()),
        ..Config::default()
    };
    let proxy = orderlens_cli::serve::start(config).await.expect("sandbox starts");
    let http = reqwest::Client::new();
    let get = |path: String| http.get(format!("{}{path}", proxy.url())).bearer_auth("sandbox").send();
    let refused = get(format!("/v1/orders/503-1234567-7654321?marketplace={REVOKED_MARKETPLACE}")).await.unwrap();
    assert_eq!(refused.status(), 502);
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(body["code"], "upstream_unauthorized", "{body}");
    assert!(body["detail"].as_str().unwrap().contains("sandbox-au-revoked"), "{body}");
    // The rest of the region still works: Amazon's Japanese sandbox order.
    let jp = get("/v1/orders/250-1234567-8901234".into()).await.unwrap();
    assert_eq!(jp.status(), 200);
    let health: serde_json::Value = get("/v1/health".into()).await.unwrap().json().await.unwrap();
    let names: Vec<&str> = health["accounts"].as_array().unwrap().iter().filter_map(|a| a["name"].as_str()).collect();
    assert!(names.contains(&"sandbox-au-revoked") && names.contains(&"sandbox-fe"), "{health}");
    std::fs::remove_dir_all(site).ok();

    // Without the demo, no such account: an unknown order is simply not found.
    let plain = orderlens_cli::serve::start(Config {
        sandbox: true,
        listen: "127.0.0.1:0".parse().unwrap(),
        ..Config::default()
    })
    .await
    .unwrap();
    let unknown =
        http.get(format!("{}/v1/orders/111-1111111-1111111", plain.url())).bearer_auth("sandbox").send().await.unwrap();
    assert_eq!(unknown.status(), 404);
}
