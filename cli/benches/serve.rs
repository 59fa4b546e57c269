//! Proxy benchmark (not a test): `cargo bench -p orderlens-cli --bench serve [-- N]`.
//!
//! 1. Cached-order throughput and p50/p99 latency on loopback (concurrent clients, one order).
//! 2. Drain: N distinct order ids at once against the fake SP-API enforcing Amazon's getOrder
//!    plan (0.5/s, burst 30): time until the last answer, beside the bound (N − 30) / 0.5 s, and
//!    the number of 429s Amazon (the fake) had to send (must be 0).

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use orderlens_cli::serve::{start, Config};

const TOKEN: &str = "sandbox";

#[tokio::main]
async fn main() {
    let n: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(40);
    cached_throughput().await;
    drain(n).await;
}

async fn cached_throughput() {
    let proxy =
        start(Config { sandbox: true, listen: "127.0.0.1:0".parse().unwrap(), ..Config::default() }).await.unwrap();
    let url = format!("{}/v1/orders/028-1234567-8901234?marketplace=TR", proxy.url());
    let http = reqwest::Client::new();
    assert_eq!(http.get(&url).bearer_auth(TOKEN).send().await.unwrap().status(), 200);

    let (clients, per_client) = (32usize, 1_000usize);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (http, url) = (http.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::with_capacity(per_client);
            for _ in 0..per_client {
                let t = Instant::now();
                let r = http.get(&url).bearer_auth(TOKEN).send().await.unwrap();
                assert_eq!(r.status(), 200);
                let _ = r.bytes().await.unwrap();
                lat.push(t.elapsed());
            }
            lat
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    let wall = started.elapsed();
    all.sort();
    let pct = |p: f64| all[((all.len() as f64 * p) as usize).min(all.len() - 1)];
    let upstream = proxy.fake.as_ref().unwrap().state.stats.get_order_calls.load(Ordering::SeqCst);
    println!(
        "cached order: {} requests, {clients} concurrent clients, {:.2} s: {:.0} req/s, p50 {:.3} ms, p99 {:.3} ms, upstream getOrder calls {upstream}",
        all.len(),
        wall.as_secs_f64(),
        all.len() as f64 / wall.as_secs_f64(),
        pct(0.50).as_secs_f64() * 1e3,
        pct(0.99).as_secs_f64() * 1e3,
    );
}

async fn drain(n: usize) {
    let config = Config {
        sandbox: true,
        listen: "127.0.0.1:0".parse().unwrap(),
        // Let every request wait its turn instead of getting the proxy's own 429.
        limiter_max_wait: Duration::from_secs(600),
        ..Config::default()
    };
    let proxy = Arc::new(start(config).await.unwrap());
    let http = reqwest::Client::new();
    // The 7 sandbox orders (all regions) plus unknown EU ids: every one is one getOrder call
    // (unknown ids answer 404, which is not cached), all taking tokens from the same buckets.
    let real = ["028-1234567-8901234", "202-7654321-1098765", "202-1234567-8901234"];
    let ids: Vec<String> =
        (0..n).map(|i| if i < real.len() { real[i].to_string() } else { format!("900-0000000-{:07}", i) }).collect();
    let started = Instant::now();
    let mut tasks = Vec::new();
    for id in ids {
        let (http, url) = (http.clone(), format!("{}/v1/orders/{id}?marketplace=UK", proxy.url()));
        tasks.push(tokio::spawn(async move {
            http.get(&url).bearer_auth(TOKEN).send().await.map(|r| r.status().as_u16()).unwrap_or(0)
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    let drain = started.elapsed();
    let stats = &proxy.fake.as_ref().unwrap().state.stats;
    let ok = statuses.iter().filter(|s| **s == 200 || **s == 404).count();
    println!(
        "drain: N={n} distinct orders, {:.1} s (bound (N-30)/0.5 = {:.1} s), answered {ok}/{n} (200 or 404), upstream getOrder calls {}, upstream 429s {}",
        drain.as_secs_f64(),
        (n.saturating_sub(30)) as f64 / 0.5,
        stats.get_order_calls.load(Ordering::SeqCst),
        stats.quota_429s.load(Ordering::SeqCst),
    );
}
