//! Accounts in PostgreSQL shared by replicas: three start at once on an empty database (the
//! migration runs once), an account connected on one serves on another, and PostgreSQL going
//! away leaves the loaded accounts working while connecting a new one says what is wrong.

mod common;

use std::time::{Duration, Instant};

use base64::Engine;
use common::admin::{sandbox_proxy, Browser, ADMIN};
use common::servers::Postgres;
use common::servers::TempDir;
use orderlens_cli::serve::secret::Secret;
use orderlens_cli::serve::store::sealed::KeySource;
use orderlens_cli::serve::store::Location;
use orderlens_cli::serve::Running;

const UK_ORDER: &str = "/v1/orders/202-1234567-8901234?marketplace=UK";
const OTHER_UK_ORDER: &str = "/v1/orders/202-7654321-1098765?marketplace=UK";

async fn order_status(proxy: &Running, path: &str) -> (u16, serde_json::Value) {
    let r = reqwest::Client::new().get(format!("{}{path}", proxy.url())).bearer_auth("sandbox").send().await.unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or_default())
}

async fn replica(dir: &TempDir, pg: &Postgres, key: &str) -> Running {
    sandbox_proxy(&dir.0, |c| {
        c.setup.store = Location::Postgres(Secret::new(pg.url()));
        c.setup.key = KeySource { env: Some(Secret::new(key)), ..KeySource::default() };
        c.setup.poll = Duration::from_millis(200);
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_account_connected_on_one_replica_serves_on_the_others_and_outlives_postgres() {
    let pg = Postgres::start();
    let key = base64::engine::general_purpose::STANDARD.encode([7u8; 32]);
    let dirs = [TempDir::new("pg-a"), TempDir::new("pg-b"), TempDir::new("pg-c")];
    let (a, b, c) =
        tokio::join!(replica(&dirs[0], &pg, &key), replica(&dirs[1], &pg, &key), replica(&dirs[2], &pg, &key));
    assert_eq!(order_status(&b, UK_ORDER).await.1["code"], "marketplace_not_configured");

    let mut browser = Browser::new(&a.url());
    assert_eq!(browser.login(ADMIN).await.status, 303);
    let callback = browser.consent("EU").await;
    let connected = browser.get(&callback).await;
    assert_eq!(connected.status, 200, "{}", connected.body);

    for other in [&b, &c] {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let (status, view) = order_status(other, UK_ORDER).await;
            if status == 200 {
                assert_eq!(view["marketplace"], "UK");
                break;
            }
            assert!(Instant::now() < deadline, "the account connected on another replica never served: {view}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    drop(pg);
    let (status, view) = order_status(&b, OTHER_UK_ORDER).await;
    assert_eq!(status, 200, "the loaded account keeps working without PostgreSQL: {view}");
    let callback = browser.consent("FE").await;
    let refused = browser.get(&callback).await;
    assert!(
        refused.body.contains("PostgreSQL")
            && refused.body.contains("unreachable")
            && refused.body.contains("try again"),
        "{}",
        refused.body
    );
    assert_eq!(order_status(&c, UK_ORDER).await.0, 200, "and the other replicas too");
}
