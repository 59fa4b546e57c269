//! A cache miss beside the upstream's own latency: the fake SP-API answers getOrder after a set
//! delay, called directly (the floor: what Amazon itself takes) and through the proxy with
//! `?fresh=1` (LWA token cached, limiter, the call, reading the body, the view, the cache), in
//! alternating requests over one keep-alive connection each.

use std::time::{Duration, Instant};

use orderlens::marketplace::Region;
use orderlens_cli::serve::sandbox::Fault;
use orderlens_cli::serve::spapi::operations;

use crate::load::{ms, Run};
use crate::upstream::unlimited_proxy;
use crate::{ORDER, ORDER_ID, TOKEN};

const UPSTREAM_LATENCY: Duration = Duration::from_millis(20);
const REQUESTS: usize = 200;

pub async fn run() {
    let (fake, proxy) = unlimited_proxy().await;
    let http = reqwest::Client::new();
    let access_token: serde_json::Value = http
        .post(fake.lwa_url())
        .form(&[("grant_type", "refresh_token"), ("refresh_token", "Atzr|bench"), ("client_id", "bench")])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let access_token = access_token["access_token"].as_str().unwrap().to_string();
    let direct = format!("{}{}", fake.region_url(Region::EU), operations::GET_ORDER.replace("{orderId}", ORDER_ID));
    let proxied = format!("{}{ORDER}&fresh=1", proxy.url());
    let timed = |request: reqwest::RequestBuilder| {
        fake.push_faults([Fault::Delay(UPSTREAM_LATENCY)]);
        async move {
            let t = Instant::now();
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 200);
            let _ = response.bytes().await.unwrap();
            t.elapsed()
        }
    };
    // Warm-up: connections, the proxy's LWA token.
    timed(http.get(&direct).header("x-amz-access-token", &access_token)).await;
    timed(http.get(&proxied).bearer_auth(TOKEN)).await;
    let (mut upstream, mut via_proxy) = (Vec::new(), Vec::new());
    for _ in 0..REQUESTS {
        upstream.push(timed(http.get(&direct).header("x-amz-access-token", &access_token)).await);
        via_proxy.push(timed(http.get(&proxied).bearer_auth(TOKEN)).await);
    }
    let (upstream, via_proxy) = (Run::sequential(upstream), Run::sequential(via_proxy));
    let pct = |run: &Run, p: f64| ms(run.percentile(p));
    println!(
        "cache miss, fake upstream answering after {} ms, {REQUESTS} requests each, alternating:",
        UPSTREAM_LATENCY.as_millis()
    );
    println!("  getOrder straight to the fake: p50 {:.3} ms, p99 {:.3} ms", pct(&upstream, 0.5), pct(&upstream, 0.99));
    println!(
        "  order through the proxy (?fresh=1): p50 {:.3} ms, p99 {:.3} ms",
        pct(&via_proxy, 0.5),
        pct(&via_proxy, 0.99)
    );
    println!(
        "  the proxy adds: p50 {:.3} ms, p99 {:.3} ms (target: at most 2 ms)",
        pct(&via_proxy, 0.5) - pct(&upstream, 0.5),
        pct(&via_proxy, 0.99) - pct(&upstream, 0.99)
    );
}
