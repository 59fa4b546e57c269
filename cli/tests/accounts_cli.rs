//! `orderlens accounts list|remove` on a store the proxy wrote: what a list shows (never the
//! token), removal by name, and errors that say what to pass.

use std::process::Command;

use chrono::Utc;
use orderlens::marketplace::{Marketplace, Region};
use orderlens_cli::serve::secret::Secret;
use orderlens_cli::serve::store::sealed::{KeySource, StoreKey};
use orderlens_cli::serve::store::{self, Location, StoredAccount};

fn orderlens(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_orderlens"))
        .env_remove("ORDERLENS_CONFIG")
        .env_remove("ORDERLENS_DATABASE_URL")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn list_and_remove_connected_accounts() {
    let dir = std::env::temp_dir().join(format!("orderlens-accounts-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("orderlens-accounts.db");
    let key =
        StoreKey::load(&KeySource { file: Some(dir.join("orderlens-accounts.key")), ..KeySource::default() }).unwrap();
    let s = store::open(&Location::Sqlite(db.clone()), Some(key)).await.unwrap();
    let at = Utc::now();
    let account = StoredAccount {
        id: "A3FHEXAMPLEYWS:EU".into(),
        name: "acme-eu".into(),
        region: Region::EU,
        selling_partner_id: "A3FHEXAMPLEYWS".into(),
        marketplaces: ["UK", "DE"].iter().filter_map(|c| Marketplace::by_code(c)).collect(),
        marketplaces_unchecked: None,
        connected_at: at,
        authorised_at: at,
    };
    s.save(&account, &Secret::new("Atzr|IwEBIcli-secret")).await.unwrap();
    drop(s);

    let config = dir.join("orderlens.toml");
    std::fs::write(&config, "listen = \"127.0.0.1:8080\"\n").unwrap();
    let (ok, out, err) = orderlens(&["accounts", "list", "--config", config.to_str().unwrap()]);
    assert!(ok, "{err}");
    let row = out.lines().find(|l| l.starts_with("acme-eu\t")).unwrap_or_else(|| panic!("{out}"));
    assert!(row.contains("\tEU\tUK,DE\t") && row.contains(&at.format("%Y-%m-%d").to_string()), "{row}");
    assert!(!out.contains("Atzr") && !err.contains("Atzr"), "never the token");

    let url = format!("sqlite://{}", db.display());
    let (ok, _, err) = orderlens(&["accounts", "remove", "nobody", "--database-url", &url]);
    assert!(!ok && err.contains("acme-eu") && err.contains("accounts list"), "{err}");
    let (ok, out, err) = orderlens(&["accounts", "remove", "acme-eu", "--database-url", &url]);
    assert!(ok && out.contains("removed acme-eu"), "{out}{err}");
    let (ok, _, err) = orderlens(&["accounts", "list", "--database-url", &url]);
    assert!(ok && err.contains("no connected account"), "{err}");

    let (ok, _, err) = orderlens(&["accounts", "list"]);
    assert!(!ok && err.contains("--config"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
