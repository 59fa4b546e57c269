//! Drain: N distinct order ids at once against the fake SP-API enforcing Amazon's getOrder plan
//! (0.5/s, burst 30): time until the last answer, beside the bound (N − 30) / 0.5 s, and the
//! number of 429s Amazon (the fake) had to send (must be 0).

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use orderlens_cli::serve::{start, Config};

use crate::TOKEN;

pub async fn run(n: usize) {
    let config = Config {
        sandbox: true,
        listen: "127.0.0.1:0".parse().unwrap(),
        // Let every request wait its turn instead of getting the proxy's own 429.
        limiter_max_wait: Duration::from_secs(600),
        ..Config::default()
    };
    let proxy = start(config).await.unwrap();
    let http = reqwest::Client::new();
    // The 3 EU sandbox orders plus unknown EU ids: every one is one getOrder call (unknown ids
    // answer 404, which is not cached), all taking tokens from the same bucket.
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
