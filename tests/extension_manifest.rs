#![cfg(not(target_arch = "wasm32"))]
//! The browser extension is derived from the marketplace table, the one source of truth for
//! Seller Central hosts: its content script runs on exactly `https://<host>/*` for every host of
//! `Marketplace::seller_central_hosts()`, and the panel's host → marketplace list
//! (`www/extension/hosts.json`) is generated from the same table.
//!
//! After changing the table: `ORDERLENS_BLESS=1 cargo test --test extension_manifest` rewrites
//! hosts.json; the manifest's match list is printed by the failing test, to paste.

use std::path::PathBuf;

use orderlens::marketplace::Marketplace;
use serde_json::{json, Map, Value};

fn repo_file(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn read_json(path: &str) -> Value {
    let text = std::fs::read_to_string(repo_file(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not JSON: {e}"))
}

fn manifest() -> Value {
    read_json("manifest.json")
}

fn expected_matches() -> Vec<String> {
    Marketplace::seller_central_hosts().iter().map(|h| format!("https://{h}/*")).collect()
}

#[test]
fn content_scripts_run_on_exactly_the_seller_central_hosts() {
    let manifest = manifest();
    let scripts = manifest["content_scripts"].as_array().expect("manifest.json has content_scripts");
    assert!(!scripts.is_empty(), "manifest.json: content_scripts is empty");
    let expected = expected_matches();
    let paste = serde_json::to_string_pretty(&expected).unwrap();
    for (i, script) in scripts.iter().enumerate() {
        let matches: Vec<String> = script["matches"]
            .as_array()
            .unwrap_or_else(|| panic!("content_scripts[{i}] has no matches"))
            .iter()
            .map(|m| m.as_str().expect("match patterns are strings").to_string())
            .collect();
        let missing: Vec<_> = expected.iter().filter(|m| !matches.contains(m)).collect();
        let extra: Vec<_> = matches.iter().filter(|m| !expected.contains(m)).collect();
        let mut seen = Vec::new();
        let duplicated: Vec<_> = matches
            .iter()
            .filter(|m| {
                if seen.contains(m) {
                    true
                } else {
                    seen.push(*m);
                    false
                }
            })
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty() && duplicated.is_empty(),
            "content_scripts[{i}].matches must be exactly the Seller Central hosts of the marketplace table.\n\
             missing: {missing:?}\nnot in the table: {extra:?}\nduplicated: {duplicated:?}\n\
             paste this as \"matches\":\n{paste}"
        );
        for key in ["exclude_matches", "include_globs", "all_frames", "match_about_blank"] {
            assert!(
                script.get(key).is_none(),
                "content_scripts[{i}]: {key} widens or narrows the host list; leave it out"
            );
        }
    }
}

#[test]
fn the_extension_asks_only_for_what_it_uses() {
    let manifest = manifest();
    assert_eq!(manifest["manifest_version"], 3);
    // Side panel + settings storage. The proxy is reached by CORS (it allows the extension's
    // origin), so no host permission at all; content scripts need none either.
    assert_eq!(manifest["permissions"], json!(["sidePanel", "storage"]));
    for key in [
        "host_permissions",
        "optional_permissions",
        "optional_host_permissions",
        "web_accessible_resources",
        "externally_connectable",
    ] {
        assert!(manifest.get(key).is_none(), "manifest.json: {key} is not needed");
    }
    assert_eq!(
        manifest["content_security_policy"]["extension_pages"],
        "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
        "the panel needs 'wasm-unsafe-eval' and nothing looser"
    );
}

fn expected_hosts_json() -> Value {
    let mut hosts = Map::new();
    for host in Marketplace::seller_central_hosts() {
        let own: Vec<&str> =
            Marketplace::all().iter().filter(|m| m.seller_central_host() == host).map(|m| m.code).collect();
        let codes = if own.is_empty() {
            Marketplace::by_seller_central_host(host).map(|m| vec![m.code]).unwrap_or_default()
        } else {
            own
        };
        assert!(!codes.is_empty(), "{host} maps to no marketplace");
        hosts.insert(host.to_string(), json!(codes));
    }
    let mut marketplaces = Map::new();
    for m in Marketplace::all() {
        marketplaces.insert(
            m.code.to_string(),
            json!({ "id": m.id, "country": m.country, "domain": m.amazon_domain, "sellerCentral": m.seller_central }),
        );
    }
    json!({
        "_comment": "Generated from src/core/marketplace.rs by tests/extension_manifest.rs (ORDERLENS_BLESS=1 rewrites it). Do not edit.",
        "hosts": hosts,
        "marketplaces": marketplaces,
    })
}

#[test]
fn the_panel_host_list_is_the_marketplace_table() {
    let path = "www/extension/hosts.json";
    let expected = expected_hosts_json();
    if std::env::var_os("ORDERLENS_BLESS").is_some() {
        std::fs::write(repo_file(path), serde_json::to_string_pretty(&expected).unwrap() + "\n").unwrap();
    }
    assert!(
        read_json(path) == expected,
        "{path} is out of date with the marketplace table: run ORDERLENS_BLESS=1 cargo test --test extension_manifest"
    );
}
