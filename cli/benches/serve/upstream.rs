//! A proxy in front of its own fake SP-API that enforces no usage plan, with the proxy's own
//! limiter opened up too: for the sections that call upstream many times (cache misses, filling
//! the cache), where Amazon's 0.5 getOrder calls per second would be all they measure.

use std::time::Duration;

use orderlens::marketplace::{Marketplace, Region};
use orderlens_cli::serve::config::AccountConfig;
use orderlens_cli::serve::sandbox::{FakeAmazon, FakeOptions};
use orderlens_cli::serve::secret::Secret;
use orderlens_cli::serve::spapi::limiter::Rate;
use orderlens_cli::serve::spapi::operations::Limits;
use orderlens_cli::serve::tokens::TokenConfig;
use orderlens_cli::serve::{start, Config, Running};

use crate::TOKEN;

pub async fn unlimited_proxy() -> (FakeAmazon, Running) {
    let fake = FakeAmazon::spawn(FakeOptions { enforce_limits: false, ..FakeOptions::default() }).await.unwrap();
    let open = Rate { per_second: 1e6, burst: 1_000_000 };
    let config = Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        tokens: vec![TokenConfig::reader("bench", Secret::new(TOKEN))],
        lwa_url: fake.lwa_url(),
        lwa_client_id: "amzn1.application-oa2-client.bench".into(),
        lwa_client_secret: Secret::new("bench"),
        accounts: Region::ALL
            .into_iter()
            .map(|region| AccountConfig {
                name: format!("bench-{}", region.as_str().to_ascii_lowercase()),
                region,
                refresh_token: Secret::new("Atzr|bench"),
                marketplaces: Marketplace::all().iter().filter(|m| m.region == region).collect(),
                endpoint: Some(fake.region_url(region)),
            })
            .collect(),
        limits: Limits { get_order: open, get_orders: open, messaging: open, sellers: open },
        // Every `?fresh=1` asks Amazon again; nothing expires while the cache is being filled.
        fresh_min_age: Duration::ZERO,
        cache_ttl: Duration::from_secs(3600),
        ..Config::default()
    };
    let proxy = start(config).await.unwrap();
    (fake, proxy)
}
