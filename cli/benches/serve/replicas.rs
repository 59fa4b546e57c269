//! Replicas: three proxies against one fake SP-API enforcing Amazon's getOrder plan (0.5/s,
//! burst 30 per seller and region), sharing state through a real redis-server started here —
//! beside the baseline of three replicas that each keep their state in memory. For each: N
//! distinct orders at once spread over the replicas (drain time against the bound
//! (N − 30) / 0.5 s, upstream calls, upstream 429s, answers that were not 200/404), then 100
//! opens of one order spread over them (upstream calls).

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use orderlens::marketplace::{Marketplace, Region};
use orderlens_cli::serve::config::{AccountConfig, Config};
use orderlens_cli::serve::sandbox::{FakeAmazon, FakeOptions, Fault};
use orderlens_cli::serve::secret::Secret;
use orderlens_cli::serve::tokens::TokenConfig;
use orderlens_cli::serve::{start, Running};

#[path = "../../tests/common/servers.rs"]
#[allow(dead_code)]
mod servers;

use crate::TOKEN;

pub async fn run(n: usize) {
    let redis = servers::RedisServer::start();
    for shared in [false, true] {
        let fake = FakeAmazon::spawn(FakeOptions::default()).await.unwrap();
        let mut replicas = Vec::new();
        for _ in 0..3 {
            replicas.push(start(config(&fake, shared.then(|| redis.url()))).await.unwrap());
        }
        if shared {
            wait_for_redis(&replicas).await;
        }
        let label = if shared { "3 replicas, Redis" } else { "3 replicas, memory (baseline)" };
        let ids: Vec<String> = (0..n).map(|i| format!("900-0000000-{i:07}")).collect();
        let started = Instant::now();
        let statuses = open(&replicas, ids, "UK").await;
        let drain = started.elapsed().as_secs_f64();
        let stats = &fake.state.stats;
        let failed = statuses.iter().filter(|s| **s != 200 && **s != 404).count();
        println!(
            "replicas: {label}: N={n} distinct orders, drain {drain:.1} s (bound (N-30)/0.5 = {:.1} s, ratio {:.2}), upstream getOrder calls {}, upstream 429s {}, failed answers {failed}",
            n.saturating_sub(30) as f64 / 0.5,
            drain / (n.saturating_sub(30) as f64 / 0.5).max(0.001),
            stats.get_order_calls.load(Ordering::SeqCst),
            stats.quota_429s.load(Ordering::SeqCst),
        );
        // Amazon's bucket refills (30 tokens at 0.5/s) before one order is opened 100 times.
        tokio::time::sleep(Duration::from_secs(61)).await;
        let before = stats.get_order_calls.load(Ordering::SeqCst);
        fake.push_faults([Fault::Delay(Duration::from_millis(200))]);
        let statuses = open(&replicas, vec!["028-1234567-8901234".to_string(); 100], "TR").await;
        println!(
            "replicas: {label}: 100 opens of one order, upstream getOrder calls {}, answered 200: {}/100, LWA exchanges {}",
            stats.get_order_calls.load(Ordering::SeqCst) - before,
            statuses.iter().filter(|s| **s == 200).count(),
            stats.lwa_exchanges.load(Ordering::SeqCst),
        );
    }
}

fn config(fake: &FakeAmazon, redis_url: Option<String>) -> Config {
    Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        tokens: vec![TokenConfig::reader("bench", Secret::new(TOKEN))],
        lwa_url: fake.lwa_url(),
        lwa_client_id: "amzn1.application-oa2-client.bench".into(),
        lwa_client_secret: Secret::new("bench"),
        // Let every request wait its turn instead of getting the proxy's own 429.
        limiter_max_wait: Duration::from_secs(600),
        request_deadline: Duration::from_secs(600),
        redis_url: redis_url.map(Secret::new),
        accounts: vec![AccountConfig {
            name: "seller-eu".into(),
            region: Region::EU,
            refresh_token: Secret::new("Atzr|bench"),
            marketplaces: Marketplace::all().iter().filter(|m| m.region == Region::EU).collect(),
            endpoint: Some(fake.region_url(Region::EU)),
        }],
        ..Config::default()
    }
}

async fn wait_for_redis(replicas: &[Running]) {
    for r in replicas {
        while !r.state.redis.as_ref().is_some_and(|redis| redis.is_up()) {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// Every id at once, spread round-robin over the replicas; the statuses.
async fn open(replicas: &[Running], ids: Vec<String>, marketplace: &str) -> Vec<u16> {
    let http = reqwest::Client::new();
    let tasks: Vec<_> = ids
        .into_iter()
        .enumerate()
        .map(|(i, id)| {
            let url = format!("{}/v1/orders/{id}?marketplace={marketplace}", replicas[i % replicas.len()].url());
            let http = http.clone();
            tokio::spawn(async move {
                http.get(&url).bearer_auth(TOKEN).send().await.map(|r| r.status().as_u16()).unwrap_or(0)
            })
        })
        .collect();
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap_or(0));
    }
    out
}
