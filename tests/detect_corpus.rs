//! Every message of the email corpus gives exactly its expected seven fields (and the notice
//! facts its JSON lists), natively — from the raw bytes, and from the fields a helpdesk shows for it.
#![cfg(not(target_arch = "wasm32"))]

mod corpus_list;

use corpus_list::EMAIL_FIXTURES;
use orderlens::detect::detect;
use orderlens::message::{Message, TicketFields};
use serde_json::Value;

const FIELDS: [&str; 7] = ["is_amazon", "kind", "alias", "marketplace", "order_id", "asin", "buyer_name"];

fn differences(stem: &str, expected: &Value, message: &Message) -> Option<String> {
    let actual = serde_json::to_value(detect(message)).expect("Detection serialises");
    let mut diffs: Vec<String> = FIELDS
        .iter()
        .filter(|f| actual.get(**f) != expected.get(**f))
        .map(|f| format!("{f}: expected {}, got {}", expected[*f], actual[*f]))
        .collect();
    // `facts`, where a fixture lists them: each listed fact as expected (unlisted ones are not checked).
    if let Some(facts) = expected.get("facts").and_then(Value::as_object) {
        for (name, want) in facts {
            let got = &actual["facts"][name];
            if got != want {
                diffs.push(format!("facts.{name}: expected {want}, got {got}"));
            }
        }
    }
    (!diffs.is_empty()).then(|| format!("{stem}: {}", diffs.join("; ")))
}

#[test]
fn every_fixture_detects_as_expected_from_raw_bytes() {
    let failures: Vec<String> = EMAIL_FIXTURES
        .iter()
        .filter_map(|f| {
            let expected: Value = serde_json::from_str(f.json).expect("fixture json");
            differences(f.stem, &expected, &Message::from_rfc822(f.eml))
        })
        .collect();
    assert!(failures.is_empty(), "{} of {} differ:\n  {}", failures.len(), EMAIL_FIXTURES.len(), failures.join("\n  "));
}

/// A helpdesk shows the requester, the subject and the body, not the headers: buyer
/// messages must still be recognised from those alone.
#[test]
fn buyer_messages_detect_the_same_from_ticket_fields() {
    let mut checked = 0;
    let failures: Vec<String> = EMAIL_FIXTURES
        .iter()
        .filter_map(|f| {
            let expected: Value = serde_json::from_str(f.json).expect("fixture json");
            if expected["kind"] != "buyer_message" || f.stem.contains("fwd") {
                return None;
            }
            let parsed = Message::from_rfc822(f.eml);
            let from = parsed.from.clone()?;
            let ticket = TicketFields {
                requester_email: Some(from.address),
                requester_name: from.name,
                subject: Some(parsed.subject.clone()),
                body_text: Some(parsed.text.clone()),
                body_html: Some(parsed.html.clone()),
                recipients: parsed.to.iter().map(|m| m.address.clone()).collect(),
                ..TicketFields::default()
            };
            checked += 1;
            differences(f.stem, &expected, &Message::from_ticket(&ticket))
        })
        .collect();
    assert!(checked >= 20, "only {checked} buyer messages checked");
    assert!(failures.is_empty(), "{} differ:\n  {}", failures.len(), failures.join("\n  "));
}
