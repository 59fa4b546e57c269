//! The admin pages end to end against the sandbox's fake Seller Central and LWA: connect an EU
//! account and use it at once, state and code checks, the store at rest and across a restart,
//! and what the admin pages refuse.

mod common;

use common::admin::{sandbox_proxy, Browser, ADMIN};
use common::servers::TempDir;
use orderlens_cli::serve::store::sealed::{KeySource, StoreKey};
use orderlens_cli::serve::store::{self, Location};

const UK_ORDER: &str = "/v1/orders/202-1234567-8901234?marketplace=UK";

async fn order_status(b: &Browser, path: &str) -> (u16, serde_json::Value) {
    let r = b.http.get(format!("{}{path}", b.base)).bearer_auth("sandbox").send().await.unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or_default())
}

#[tokio::test]
async fn an_admin_connects_eu_and_the_api_uses_it_without_a_restart() {
    let dir = TempDir::new("setup-flow");
    let proxy = sandbox_proxy(&dir.0, |_| {}).await;
    let mut b = Browser::new(&proxy.url());

    let (status, problem) = order_status(&b, UK_ORDER).await;
    assert_eq!((status, problem["code"].as_str()), (404, Some("marketplace_not_configured")), "{problem}");

    let login = b.get("/setup").await;
    assert!(login.body.contains("data-ol=\"admin-token\""), "{}", login.body);
    assert_eq!(b.login(ADMIN).await.status, 303);
    let session = b.set_cookies.iter().find(|c| c.starts_with("orderlens_admin=")).unwrap().clone();
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Strict"), "{session}");
    assert!(!session.contains("Secure"), "plain http on loopback: {session}");

    let dashboard = b.get("/setup").await;
    for hook in ["data-ol=\"connect\"", "data-ol=\"region\"", "account owner"] {
        assert!(dashboard.body.contains(hook), "{hook}: {}", dashboard.body);
    }
    let csp = dashboard.headers["content-security-policy"].to_str().unwrap().to_string();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'") && !csp.contains("script-src"),
        "{csp}"
    );
    assert!(!dashboard.body.contains("<script"), "no script on the admin pages");

    let callback = b.consent("EU").await;
    assert!(callback.contains("/setup/callback?") && callback.contains("spapi_oauth_code="), "{callback}");
    let consent_cookie = b.set_cookies.iter().find(|c| c.starts_with("orderlens_consent=")).unwrap();
    assert!(
        consent_cookie.contains("SameSite=Lax") && consent_cookie.contains("Path=/setup/callback"),
        "{consent_cookie}"
    );
    let connected = b.get(&callback).await;
    assert_eq!(connected.status, 200, "{}", connected.body);
    assert!(connected.body.contains("http-equiv=\"refresh\""), "{}", connected.body);

    let dashboard = b.get("/setup?connected=harbour-lane-goods-eu").await;
    let row =
        dashboard.body.split("data-ol=\"account\"").find(|r| r.contains("data-region=\"EU\"")).expect("an EU row");
    assert!(row.contains("harbour-lane-goods-eu") && row.contains("UK, FR") && row.contains("DE"), "{row}");
    assert!(
        dashboard.body.contains("id=\"DE\"") && dashboard.body.contains("data-ol=\"checklist\""),
        "a checklist per marketplace"
    );
    assert!(dashboard
        .body
        .contains("sellercentral-europe.amazon.com/messaging/permissions?mons_sel_mkid=A1PA6795UKMFR9"));
    assert!(dashboard.body.contains("delivery failure"));
    assert!(!dashboard.body.contains("Atzr|"), "no refresh token on the page");

    let (status, view) = order_status(&b, UK_ORDER).await;
    assert_eq!(status, 200, "the connected account serves the UK at once: {view}");
    assert_eq!(view["marketplace"], "UK");

    let csrf = dashboard.hidden("csrf");
    let removed = b.post("/setup/accounts/A1SANDBOXEUSELLER%3AEU/remove", &[("csrf", &csrf)]).await;
    assert_eq!((removed.status, removed.location()), (303, "/setup?removed=1"), "{}", removed.body);
    assert!(!b.get("/setup").await.body.contains("data-region=\"EU\""), "the row is gone");
    assert_eq!(order_status(&b, UK_ORDER).await.0, 404, "and the API no longer uses it");
}

#[tokio::test]
async fn a_replayed_or_foreign_state_is_refused() {
    let dir = TempDir::new("setup-state");
    let proxy = sandbox_proxy(&dir.0, |_| {}).await;
    let mut admin = Browser::new(&proxy.url());
    admin.login(ADMIN).await;
    let callback = admin.consent("EU").await;

    // Another admin browser (its own session and consent cookie) cannot finish this flow.
    let mut other = Browser::new(&proxy.url());
    other.login(ADMIN).await;
    let foreign = other.get(&callback).await;
    assert_eq!(foreign.status, 400);
    assert!(foreign.body.contains("another browser"), "{}", foreign.body);

    // The refusal used the state up: not even the right browser may use it now.
    let replay = admin.get(&callback).await;
    assert_eq!(replay.status, 400);
    assert!(replay.body.contains("already used"), "{}", replay.body);

    let callback = admin.consent("EU").await;
    assert_eq!(admin.get(&callback).await.status, 200);
    let again = admin.get(&callback).await;
    assert_eq!(again.status, 400, "a state is good once");
    let made_up = admin.get("/setup/callback?state=made-up&selling_partner_id=A1&spapi_oauth_code=x").await;
    assert_eq!(made_up.status, 400);
    assert!(made_up.body.contains("Nothing was connected"), "{}", made_up.body);
    assert_eq!(store_names(&dir).await, ["harbour-lane-goods-eu"], "only the one good callback stored an account");
}

#[tokio::test]
async fn an_expired_or_reused_code_says_what_to_do() {
    let dir = TempDir::new("setup-code");
    let proxy = sandbox_proxy(&dir.0, |_| {}).await;
    let mut b = Browser::new(&proxy.url());
    b.login(ADMIN).await;

    let late = b.consent("EU").await;
    proxy.fake.as_ref().unwrap().expire_codes();
    let expired = b.get(&late).await;
    assert_eq!(expired.status, 400);
    assert!(
        expired.body.contains("5 minutes") && expired.body.contains("Connect Amazon account again"),
        "{}",
        expired.body
    );

    // The code of a finished flow, brought back with a fresh state: LWA refuses it.
    let first = b.consent("EU").await;
    assert_eq!(b.get(&first).await.status, 200);
    let used_code = query_value(&first, "spapi_oauth_code");
    let fresh = b.consent("EU").await;
    let reused = fresh.replace(&query_value(&fresh, "spapi_oauth_code"), &used_code);
    let refused = b.get(&reused).await;
    assert_eq!(refused.status, 400);
    assert!(refused.body.contains("already used"), "{}", refused.body);
    assert!(!refused.body.contains(&used_code), "the code is not echoed");
}

#[tokio::test]
async fn the_store_keeps_tokens_sealed_and_survives_a_restart() {
    let dir = TempDir::new("setup-store");
    {
        let proxy = sandbox_proxy(&dir.0, |_| {}).await;
        let mut b = Browser::new(&proxy.url());
        b.login(ADMIN).await;
        let callback = b.consent("EU").await;
        assert_eq!(b.get(&callback).await.status, 200);
        proxy.stop().await;
    }
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(&dir.0).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().contains("accounts.db") {
            bytes.extend(std::fs::read(&path).unwrap());
        }
    }
    assert!(bytes.windows(11).any(|w| w == b"A1SANDBOXEU"), "the account is in the file");
    assert!(!bytes.windows(5).any(|w| w == b"Atzr|"), "no refresh token in the clear");
    #[cfg(unix)]
    for file in ["accounts.db", "accounts.key"] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.0.join(file)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{file}");
    }

    let proxy = sandbox_proxy(&dir.0, |_| {}).await;
    let b = Browser::new(&proxy.url());
    let (status, view) = order_status(&b, UK_ORDER).await;
    assert_eq!(status, 200, "after a restart: {view}");
}

#[tokio::test]
async fn another_process_removing_an_account_is_noticed() {
    let dir = TempDir::new("setup-poll");
    let proxy = sandbox_proxy(&dir.0, |_| {}).await;
    let mut b = Browser::new(&proxy.url());
    b.login(ADMIN).await;
    let callback = b.consent("EU").await;
    b.get(&callback).await;
    assert_eq!(order_status(&b, UK_ORDER).await.0, 200);

    // `orderlens accounts remove` opens the same file without the key.
    let other = store::open(&Location::Sqlite(dir.0.join("accounts.db")), None).await.unwrap();
    assert!(other.remove("A1SANDBOXEUSELLER:EU").await.unwrap());
    let mut status = 200;
    for _ in 0..50 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        status = order_status(&b, UK_ORDER).await.0;
        if status == 404 {
            break;
        }
    }
    assert_eq!(status, 404, "the removal reached the running proxy without a restart");
}

#[tokio::test]
async fn the_admin_pages_refuse_sidebar_tokens_and_cross_site_posts() {
    let dir = TempDir::new("setup-refuse");
    let proxy = sandbox_proxy(&dir.0, |_| {}).await;
    let mut b = Browser::new(&proxy.url());

    let with_sidebar = b.login("sandbox").await;
    assert_eq!(with_sidebar.status, 401);
    assert!(with_sidebar.body.contains("Sidebar tokens do not open"), "{}", with_sidebar.body);
    let bearer = b.http.get(format!("{}/setup", b.base)).bearer_auth("sandbox").send().await.unwrap();
    assert!(bearer.text().await.unwrap().contains("data-ol=\"admin-token\""), "a bearer token is no session");

    let evil = b.post_with("/setup/login", &[("token", ADMIN)], &[("origin", "https://evil.example")]).await;
    assert_eq!(evil.status, 403, "a login posted from another site");
    b.login(ADMIN).await;
    let csrf = b.csrf().await;
    let own = b.base.clone();
    for headers in [
        [("origin", "https://evil.example"), ("sec-fetch-site", "cross-site")],
        [("origin", own.as_str()), ("sec-fetch-site", "same-site")],
    ] {
        let r = b.post_with("/setup/connect", &[("csrf", &csrf), ("region", "EU")], &headers).await;
        assert_eq!(r.status, 403, "{headers:?}: {}", r.body);
    }
    let forged = b.post("/setup/connect", &[("csrf", "forged"), ("region", "EU")]).await;
    assert_eq!(forged.status, 403, "a form without the session's CSRF token");
    let framed = b.get("/setup").await;
    assert_eq!(framed.headers["x-frame-options"], "DENY");
    // `no-referrer` would make browsers send `Origin: null` with the page's own forms, which the
    // origin check refuses (the e2e test logs in through Chromium); `same-origin` still keeps the
    // callback's code from reaching another site.
    assert_eq!(framed.headers["referrer-policy"], "same-origin");
    assert_eq!(
        b.post("/setup/connect", &[("csrf", &csrf), ("region", "EU")]).await.status,
        303,
        "the page's own form works"
    );
}

async fn store_names(dir: &TempDir) -> Vec<String> {
    let key = StoreKey::load(&KeySource { file: Some(dir.0.join("accounts.key")), ..KeySource::default() }).unwrap();
    let s = store::open(&Location::Sqlite(dir.0.join("accounts.db")), Some(key)).await.unwrap();
    s.list().await.unwrap().into_iter().map(|a| a.name).collect()
}

fn query_value(url: &str, name: &str) -> String {
    reqwest::Url::parse(url).unwrap().query_pairs().find(|(k, _)| k == name).map(|(_, v)| v.into_owned()).unwrap()
}
