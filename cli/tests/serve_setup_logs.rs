//! The admin pages log what happened, never a secret: no admin token, session or consent cookie,
//! OAuth state or code, refresh or access token. (Own test binary: it installs the global log
//! subscriber.)

mod common;

use common::logs::Captured;

use common::admin::{sandbox_proxy, Browser, ADMIN};
use common::servers::TempDir;

#[tokio::test]
async fn connecting_logs_no_secret() {
    let captured = Captured::install();

    let dir = TempDir::new("setup-logs");
    let proxy = sandbox_proxy(&dir.0, |_| {}).await;
    let mut b = Browser::new(&proxy.url());
    b.login("not-the-admin-token-zz").await;
    b.login(ADMIN).await;
    let callback = b.consent("EU").await;
    assert_eq!(b.get(&callback).await.status, 200);
    let replayed = b.get(&callback).await;
    assert_eq!(replayed.status, 400);
    let secrets: Vec<String> = b
        .jar
        .iter()
        .map(|(_, v, _)| v.clone())
        .chain(b.set_cookies.iter().filter_map(|c| {
            c.split(';').next().and_then(|p| p.split_once('=')).map(|(_, v)| v.to_string()).filter(|v| !v.is_empty())
        }))
        .collect();
    let query = reqwest::Url::parse(&callback).unwrap();
    let state = query.query_pairs().find(|(k, _)| k == "state").unwrap().1.into_owned();
    let code = query.query_pairs().find(|(k, _)| k == "spapi_oauth_code").unwrap().1.into_owned();
    drop(proxy);

    let logs = captured.text();
    assert!(logs.contains("/setup/callback") && logs.contains("seller account connected"), "{logs}");
    assert!(logs.contains("wrong admin token") && logs.contains("consent callback refused"), "{logs}");
    for secret in [ADMIN, "not-the-admin-token-zz", "Atzr|", "Atza|", state.as_str(), code.as_str()]
        .into_iter()
        .chain(secrets.iter().map(String::as_str))
    {
        assert!(!logs.contains(secret), "{secret} in the logs:\n{logs}");
    }
}
