//! Named tokens: each reads only its accounts and marketplaces, sends only with `send = true`,
//! and sees only its own accounts in health. Sandbox mode's `sandbox` token still sends. At the
//! end, how the config file's tokens are resolved and refused at start.

mod common;

use std::sync::atomic::Ordering;

use common::*;
use orderlens::marketplace::Marketplace;
use orderlens_cli::serve::config::{resolve as resolve_config, Config, FileConfig, Overrides};
use orderlens_cli::serve::secret::Secret;
use orderlens_cli::serve::tokens::TokenConfig;
use serde_json::json;

const UK_ONLY: &str = "uk-agents-0123456789abcdef0123456789";
const NA_ONLY: &str = "na-reports-0123456789abcdef012345678";

async fn scoped() -> Harness {
    harness(|c| {
        c.tokens.push(TokenConfig {
            marketplaces: Some(vec![Marketplace::by_code_or_id("UK").unwrap()]),
            send: true,
            ..TokenConfig::reader("uk-agents", Secret::new(UK_ONLY))
        });
        c.tokens.push(TokenConfig {
            accounts: Some(vec!["seller-na".into()]),
            ..TokenConfig::reader("na-reports", Secret::new(NA_ONLY))
        });
    })
    .await
}

async fn get_as(h: &Harness, token: &str, path: &str) -> Answer {
    h.send(h.http.get(h.url(path)).bearer_auth(token)).await
}

#[tokio::test]
async fn a_marketplace_scoped_token_reads_only_its_marketplace() {
    let h = scoped().await;
    assert_eq!(get_as(&h, UK_ONLY, "/v1/orders/202-7654321-1098765").await.status, 200);
    let other = get_as(&h, UK_ONLY, "/v1/orders/028-1234567-8901234").await;
    other.assert_problem(403, "token_scope");
    assert!(other.json["detail"].as_str().unwrap().contains("uk-agents"), "names the token: {}", other.json);
    get_as(&h, UK_ONLY, "/v1/orders/028-1234567-8901234?marketplace=TR").await.assert_problem(403, "token_scope");
    get_as(&h, UK_ONLY, "/v1/buyers/abc@marketplace.amazon.de/orders").await.assert_problem(403, "token_scope");
    get_as(&h, UK_ONLY, "/v1/orders/028-1234567-8901234/messaging-actions").await.assert_problem(403, "token_scope");
    // The full token still reads everything.
    assert_eq!(h.get("/v1/orders/028-1234567-8901234").await.status, 200);
}

#[tokio::test]
async fn an_account_scoped_token_never_asks_other_accounts() {
    let h = scoped().await;
    get_as(&h, NA_ONLY, "/v1/orders/028-1234567-8901234?marketplace=TR").await.assert_problem(403, "token_scope");
    // Without a marketplace only its own account is asked, and that one has no such order.
    get_as(&h, NA_ONLY, "/v1/orders/028-1234567-8901234").await.assert_problem(404, "order_not_found");
    assert_eq!(h.get_order_calls(), 1, "only the NA account was asked");
    assert_eq!(get_as(&h, NA_ONLY, "/v1/orders/114-9876543-1234567").await.status, 200);
}

#[tokio::test]
async fn only_tokens_with_send_may_send() {
    let h = scoped().await;
    let post = |token: &str, path: &str| {
        h.http.post(h.url(path)).bearer_auth(token).json(&json!({"text": "Your parcel is on its way."}))
    };
    let refused = h.send(post(NA_ONLY, "/v1/orders/114-9876543-1234567/messages/confirmDeliveryDetails")).await;
    refused.assert_problem(403, "token_scope");
    assert!(refused.json["detail"].as_str().unwrap().contains("send = true"), "{}", refused.json);
    let sent = h.send(post(UK_ONLY, "/v1/orders/202-7654321-1098765/messages/confirmDeliveryDetails")).await;
    assert_eq!(sent.status, 201, "{}", sent.json);
    h.send(post(UK_ONLY, "/v1/orders/028-1234567-8901234/messages/confirmDeliveryDetails"))
        .await
        .assert_problem(403, "token_scope");
    assert_eq!(h.fake.state.stats.messages_sent.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn health_shows_only_the_tokens_accounts() {
    let h = scoped().await;
    let a = get_as(&h, NA_ONLY, "/v1/health").await;
    assert_eq!(a.status, 200);
    let names: Vec<&str> = a.json["accounts"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["seller-na"]);
    let uk = get_as(&h, UK_ONLY, "/v1/health").await;
    let eu = uk.json["accounts"].as_array().unwrap().iter().find(|a| a["name"] == "seller-eu").unwrap().clone();
    assert_eq!(eu["marketplaces"], json!(["UK"]), "{}", uk.json);
}

#[tokio::test]
async fn sandbox_mode_sends_with_the_sandbox_token() {
    let config = Config { sandbox: true, listen: "127.0.0.1:0".parse().unwrap(), ..Config::default() };
    let proxy = orderlens_cli::serve::start(config).await.expect("sandbox starts");
    let http = reqwest::Client::new();
    let r = http
        .post(format!("{}/v1/orders/028-1234567-8901234/messages/confirmDeliveryDetails", proxy.url()))
        .bearer_auth("sandbox")
        .json(&json!({"text": "Your parcel leaves our warehouse on Monday."}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
}

// The config file's tokens: scope, environment values, the legacy form, refusals at start.

const LONG: &str = "0123456789abcdef0123456789abcdef";

fn config(tokens: &str) -> Result<Config, String> {
    let text = format!(
        "{tokens}\n[lwa]\nclient_id = \"id\"\nclient_secret = \"s\"\n[[accounts]]\nname = \"acme-eu\"\nregion = \"EU\"\nrefresh_token = \"Atzr|x\"\nmarketplaces = [\"UK\", \"DE\"]\n"
    );
    resolve_config(FileConfig::parse(&text)?, Overrides::default())
}

#[test]
fn named_tokens_with_scope_and_env_values() {
    let text = format!("[[tokens]]\nlabel = \"zendesk\"\ntoken = \"  {LONG}  \"\nmarketplaces = [\"GB\"]\nsend = true\n[[tokens]]\nlabel = \"reporting\"\naccounts = [\"acme-eu\"]\n[lwa]\nclient_id = \"id\"\nclient_secret = \"s\"\n[[accounts]]\nname = \"acme-eu\"\nregion = \"EU\"\nrefresh_token = \"Atzr|x\"\nmarketplaces = [\"UK\"]\n");
    let over = Overrides {
        token_for: Some(Box::new(|label| (label == "reporting").then(|| Secret::new("r".repeat(40))))),
        ..Overrides::default()
    };
    let c = resolve_config(FileConfig::parse(&text).unwrap(), over).unwrap();
    let (z, r) = (&c.tokens[0], &c.tokens[1]);
    assert_eq!(z.token.expose(), LONG, "trimmed");
    assert!(z.send && !r.send, "send only when set");
    assert!(z.may_read_marketplace("A1F83G8C2ARO7P") && !z.may_read_marketplace("A1PA6795UKMFR9"));
    assert!(r.may_use_account("acme-eu") && !r.may_use_account("other"));
    assert_eq!(r.token.expose().len(), 40, "from ORDERLENS_TOKEN_REPORTING");
}

#[test]
fn legacy_tokens_read_everything_and_send_only_in_sandbox() {
    let c = config(&format!("tokens = [\"{LONG}\"]")).unwrap();
    assert_eq!((c.tokens[0].label.as_str(), c.tokens[0].send), ("token-1", false));
    assert!(c.tokens[0].accounts.is_none() && c.tokens[0].marketplaces.is_none());
    let c = config("sandbox = true\ntokens = [\"short\"]").unwrap();
    assert!(c.tokens[0].send, "sandbox: short tokens and sending are fine");
}

#[test]
fn bad_tokens_are_refused_at_start_with_what_to_do() {
    let short = config("tokens = [\" abc \"]").unwrap_err();
    assert!(short.contains("at least 32") && !short.contains("abc"), "{short}");
    let dup = config(&format!("tokens = [\"{LONG}\", \"{LONG}\"]")).unwrap_err();
    assert!(dup.contains("share"), "{dup}");
    let unknown = config(&format!("[[tokens]]\nlabel = \"x\"\ntoken = \"{LONG}\"\naccounts = [\"nope\"]")).unwrap_err();
    assert!(unknown.contains("'nope'"), "{unknown}");
    let missing = config("[[tokens]]\nlabel = \"ops-1\"").unwrap_err();
    assert!(missing.contains("ORDERLENS_TOKEN_OPS_1"), "{missing}");
}
