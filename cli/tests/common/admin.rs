//! A browser stand-in for the admin pages: a cookie jar that honours `Path` and `Max-Age=0`,
//! form posts, and the sandbox's consent flow step by step.
#![allow(dead_code)]

use std::path::Path;

use orderlens::marketplace::{Marketplace, Region};
use orderlens_cli::serve::config::{AccountConfig, Config};
use orderlens_cli::serve::secret::Secret;
use orderlens_cli::serve::store::sealed::KeySource;
use orderlens_cli::serve::store::Location;
use orderlens_cli::serve::{start, Running};

pub const ADMIN: &str = "sandbox-admin";

/// A sandbox proxy whose only file account is in NA, with its store in `dir`.
pub async fn sandbox_proxy(dir: &Path, customize: impl FnOnce(&mut Config)) -> Running {
    let mut config = Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        sandbox: true,
        accounts: vec![AccountConfig {
            name: "acme-na".into(),
            region: Region::NA,
            refresh_token: Secret::new("Atzr|file-account"),
            marketplaces: Marketplace::all().iter().filter(|m| m.region == Region::NA).collect(),
            endpoint: None,
        }],
        ..Config::default()
    };
    config.setup.store = Location::Sqlite(dir.join("accounts.db"));
    config.setup.key = KeySource { file: Some(dir.join("accounts.key")), ..KeySource::default() };
    config.setup.poll = std::time::Duration::from_secs(1);
    customize(&mut config);
    start(config).await.expect("proxy starts")
}

pub struct Browser {
    pub http: reqwest::Client,
    pub base: String,
    /// (name, value, path)
    pub jar: Vec<(String, String, String)>,
    /// `Set-Cookie` lines as received, for attribute checks.
    pub set_cookies: Vec<String>,
}

pub struct Page {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> &str {
        self.headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    /// The value of the hidden field `name` (the first one).
    pub fn hidden(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\" value=\"");
        let start =
            self.body.find(&marker).unwrap_or_else(|| panic!("no hidden {name} in {}", self.body)) + marker.len();
        self.body[start..].split('"').next().unwrap().to_string()
    }
}

impl Browser {
    pub fn new(base: &str) -> Browser {
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        Browser { http, base: base.trim_end_matches('/').to_string(), jar: Vec::new(), set_cookies: Vec::new() }
    }

    fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        }
    }

    fn cookie_header(&self, url: &str) -> String {
        let path = reqwest::Url::parse(url).map(|u| u.path().to_string()).unwrap_or_default();
        self.jar
            .iter()
            .filter(|(_, _, p)| path.starts_with(p.as_str()))
            .map(|(n, v, _)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn send(&mut self, builder: reqwest::RequestBuilder, url: &str) -> Page {
        let cookies = self.cookie_header(url);
        let builder = if cookies.is_empty() { builder } else { builder.header("cookie", cookies) };
        let r = builder.send().await.expect("answers");
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        for line in headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()) {
            self.set_cookies.push(line.to_string());
            let (pair, attrs) = line.split_once(';').unwrap_or((line, ""));
            let (name, value) = pair.split_once('=').unwrap();
            let path = attrs.split(';').find_map(|a| a.trim().strip_prefix("Path=")).unwrap_or("/").to_string();
            self.jar.retain(|(n, _, p)| !(n == name && *p == path));
            if !attrs.contains("Max-Age=0") {
                self.jar.push((name.to_string(), value.to_string(), path));
            }
        }
        Page { status, headers, body: r.text().await.unwrap_or_default() }
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let url = self.url(path);
        let b = self.http.get(&url);
        self.send(b, &url).await
    }

    /// A form post as a browser sends it from the admin pages (same origin).
    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let origin = self.base.clone();
        self.post_with(path, form, &[("origin", &origin), ("sec-fetch-site", "same-origin")]).await
    }

    pub async fn post_with(&mut self, path: &str, form: &[(&str, &str)], headers: &[(&str, &str)]) -> Page {
        let url = self.url(path);
        let mut b = self.http.post(&url).form(form);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        self.send(b, &url).await
    }

    pub async fn login(&mut self, token: &str) -> Page {
        self.post("/setup/login", &[("token", token)]).await
    }

    /// The CSRF token of the dashboard.
    pub async fn csrf(&mut self) -> String {
        self.get("/setup").await.hidden("csrf")
    }

    /// Connect → Seller Central's consent page → Confirm: the callback URL Amazon sends back to.
    pub async fn consent(&mut self, region: &str) -> String {
        let csrf = self.csrf().await;
        let to_amazon = self.post("/setup/connect", &[("csrf", &csrf), ("region", region)]).await;
        assert_eq!(to_amazon.status, 303, "{}", to_amazon.body);
        let consent = self.get(to_amazon.location()).await;
        assert_eq!(consent.status, 200, "{}", consent.body);
        assert!(consent.body.contains("data-ol=\"consent-confirm\""), "{}", consent.body);
        let action = consent.body.split("action=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
        let confirm = format!(
            "{}?state={}&redirect_uri={}",
            origin_of(to_amazon.location()) + &action,
            consent.hidden("state"),
            urlencode(&consent.hidden("redirect_uri").replace("&amp;", "&"))
        );
        let back = self.get(&confirm).await;
        assert_eq!(back.status, 302, "{}", back.body);
        back.location().to_string()
    }
}

fn origin_of(url: &str) -> String {
    reqwest::Url::parse(url).unwrap().origin().ascii_serialization()
}

pub fn urlencode(v: &str) -> String {
    v.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
