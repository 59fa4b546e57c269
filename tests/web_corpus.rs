//! The email corpus, run through parsing and detection inside a real browser
//! (headless Chrome via `wasm-pack test`), so the wasm build is held to the same
//! expected results as the native one.
#![cfg(target_arch = "wasm32")]

mod corpus_list;

use corpus_list::EMAIL_FIXTURES;
use orderlens::detect::detect;
use orderlens::message::Message;
use serde_json::Value;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// The fields each fixture's `.json` pins down; the rest of `Detection` is not compared.
const FIELDS: [&str; 7] = ["is_amazon", "kind", "alias", "marketplace", "order_id", "asin", "buyer_name"];

#[wasm_bindgen_test]
fn every_email_fixture_detects_as_expected() {
    // Collect every difference first: one run shows the whole state of the corpus.
    let mut failures = Vec::new();
    for fixture in EMAIL_FIXTURES {
        let expected: Value = match serde_json::from_str(fixture.json) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{}: bad .json: {e}", fixture.stem));
                continue;
            }
        };
        let detection = detect(&Message::from_rfc822(fixture.eml));
        let actual = serde_json::to_value(&detection).expect("Detection serialises");
        let diffs: Vec<String> = FIELDS
            .iter()
            .filter(|field| actual.get(**field) != expected.get(**field))
            .map(|field| {
                let show = |v: Option<&Value>| v.map_or("<missing>".to_string(), Value::to_string);
                format!("{field}: expected {}, got {}", show(expected.get(*field)), show(actual.get(*field)))
            })
            .collect();
        if !diffs.is_empty() {
            failures.push(format!("{}: {}", fixture.stem, diffs.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} email fixtures differ in the browser:\n  {}",
        failures.len(),
        EMAIL_FIXTURES.len(),
        failures.join("\n  ")
    );
}
