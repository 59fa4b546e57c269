//! A proxy wired to a fake SP-API + fake LWA, both on 127.0.0.1 ephemeral ports; `admin`: a
//! browser stand-in for the admin pages.
#![allow(dead_code)]

pub mod admin;
pub mod logs;
pub mod servers;

use std::sync::atomic::Ordering;
use std::time::Duration;

use orderlens::marketplace::{Marketplace, Region};
use orderlens_cli::serve::config::{AccountConfig, Config};
use orderlens_cli::serve::sandbox::{FakeAmazon, FakeOptions};
use orderlens_cli::serve::secret::Secret;
use orderlens_cli::serve::tokens::TokenConfig;
use orderlens_cli::serve::{start, Running};
use serde_json::Value;

pub const TOKEN: &str = "test-token-4f9a";
pub const REFRESH: &str = "Atzr|refresh-secret-value";
pub const CLIENT_SECRET: &str = "client-secret-value";

pub struct Harness {
    pub fake: FakeAmazon,
    pub proxy: Running,
    pub http: reqwest::Client,
}

pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub json: Value,
}

pub async fn harness(customize: impl FnOnce(&mut Config)) -> Harness {
    harness_with(FakeOptions { enforce_limits: false, ..FakeOptions::default() }, customize).await
}

pub async fn harness_with(options: FakeOptions, customize: impl FnOnce(&mut Config)) -> Harness {
    let fake = FakeAmazon::spawn(options).await.expect("fake SP-API starts");
    let mut config = Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        tokens: vec![TokenConfig { send: true, ..TokenConfig::reader("agents", Secret::new(TOKEN)) }],
        lwa_url: fake.lwa_url(),
        lwa_client_id: "amzn1.application-oa2-client.test".into(),
        lwa_client_secret: Secret::new(CLIENT_SECRET),
        retry_base: Duration::from_millis(1),
        upstream_timeout: Duration::from_secs(5),
        accounts: Region::ALL
            .into_iter()
            .map(|region| AccountConfig {
                name: format!("seller-{}", region.as_str().to_ascii_lowercase()),
                region,
                refresh_token: Secret::new(REFRESH),
                marketplaces: Marketplace::all().iter().filter(|m| m.region == region).collect(),
                endpoint: Some(fake.region_url(region)),
            })
            .collect(),
        ..Config::default()
    };
    customize(&mut config);
    let proxy = start(config).await.expect("proxy starts");
    Harness { fake, proxy, http: reqwest::Client::new() }
}

impl Harness {
    pub async fn get(&self, path: &str) -> Answer {
        self.send(self.http.get(self.url(path)).bearer_auth(TOKEN)).await
    }

    pub async fn send(&self, builder: reqwest::RequestBuilder) -> Answer {
        let r = builder.send().await.expect("proxy answers");
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let bytes = r.bytes().await.expect("body");
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Answer { status, headers, json }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.proxy.url(), path)
    }

    pub fn get_order_calls(&self) -> u64 {
        self.fake.state.stats.get_order_calls.load(Ordering::SeqCst)
    }

    pub fn lwa_exchanges(&self) -> u64 {
        self.fake.state.stats.lwa_exchanges.load(Ordering::SeqCst)
    }
}

impl Answer {
    pub fn code(&self) -> &str {
        self.json["code"].as_str().unwrap_or("")
    }

    pub fn content_type(&self) -> &str {
        self.headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    pub fn assert_problem(&self, status: u16, code: &str) {
        assert_eq!(self.status, status, "{}", self.json);
        assert_eq!(self.code(), code, "{}", self.json);
        assert_eq!(self.content_type(), "application/problem+json");
        assert!(self.json["detail"].as_str().is_some_and(|d| d.len() > 20), "{}", self.json);
    }
}
