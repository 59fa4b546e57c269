//! The process's resident memory with the order cache full: `CACHE_CAPACITY` distinct orders,
//! each a real getOrder body (the sandbox orders under new ids) read into an order view through
//! the whole proxy, then read back from the cache without another upstream call.

use std::sync::atomic::Ordering;

use orderlens::marketplace::Marketplace;
use orderlens_cli::serve::sandbox::{fixtures, Fault};
use orderlens_cli::serve::state::CACHE_CAPACITY;

use crate::load::{get, Target};
use crate::upstream::unlimited_proxy;
use crate::TOKEN;

pub async fn run() {
    let (fake, proxy) = unlimited_proxy().await;
    let http = reqwest::Client::new();
    let templates: Vec<(&str, String, &str)> = fixtures::order_ids()
        .into_iter()
        .map(|id| {
            let marketplace = fixtures::marketplace_of(id).and_then(Marketplace::by_id).unwrap();
            (id, fixtures::get_order_body(id).unwrap(), marketplace.code)
        })
        .collect();
    let order = |i: usize| {
        let (template_id, body, marketplace) = &templates[i % templates.len()];
        // Amazon's 3-7-7 digits, distinct for every i.
        let id = format!("{}-{:07}-{:07}", &template_id[..3], i, i % 9_999_999);
        let target = Target {
            name: "order",
            url: format!("{}/v1/orders/{id}?marketplace={marketplace}", proxy.url()),
            token: Some(TOKEN),
        };
        (target, body.replace(template_id, &id))
    };
    let capacity = CACHE_CAPACITY as usize;
    // One order first, so what is measured before is a proxy that has served (LWA token,
    // connections, lazily built tables), not one that never did.
    for i in 0..capacity {
        let (target, body) = order(i);
        fake.push_faults([Fault::Body(body)]);
        get(&http, &target).await;
        if i == 0 {
            println!(
                "rss: {:.1} MB VmRSS with 1 order cached (proxy, fake SP-API and client in one process)",
                vm_rss_mb()
            );
        }
    }
    let calls = || fake.state.stats.get_order_calls.load(Ordering::SeqCst);
    let filled = calls();
    for i in 0..capacity {
        get(&http, &order(i).0).await;
    }
    let missed = calls() - filled;
    println!(
        "rss: {:.1} MB VmRSS with the order cache full: {capacity} orders (CACHE_CAPACITY), read back with {missed} upstream calls",
        vm_rss_mb()
    );
}

fn vm_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .unwrap_or(f64::NAN);
    kb / 1024.0
}
