//! What the sidebar reads from outside besides the ticket: the proxy's answers (order view, a
//! buyer's orders, the messaging actions and attributes, problem+json, at any status), the host's
//! related tickets and a saved draft, and the host's settings JSON; whatever is readable is drawn
//! (order panel, case block, composer, Amazon's actions). Nothing may panic, on any bytes.
//!
//! The first byte picks what the order request gets: the body itself, or a readable order (so the
//! requests that follow an order — messaging actions, attributes — get the body too).
#![no_main]

use libfuzzer_sys::fuzz_target;
use orderlens::format::FixedZones;
use orderlens::host::proxy::{read_buyer_orders, read_order};
use orderlens::host::Ticket;
use orderlens::host::{ProxyResponse, Settings};
use orderlens::lang::Lang;
use orderlens::view::{update, view, Effect, Event, Purpose, State};

const TICKET: &str = r#"{"id":"1","subject":"Frage von Amazon-Kunde Kim (Bestellung: 302-1234567-1234567)",
  "requester":{"email":"ab12cd34ef56gh7@marketplace.amazon.de","name":"Kim"},
  "comments":[{"author":{"role":"requester"},"body_text":"Hallo","created_at":"2026-01-15T08:00:00Z"}]}"#;
/// The proxy's view of the ticket's order.
const ORDER: &str = include_str!("../../tests/fixtures/views/order.json");
/// Enough rounds for every request an answer can lead to; a loop would stop here.
const MAX_EVENTS: usize = 32;

fuzz_target!(|bytes: &[u8]| {
    let readable_order = bytes.first().is_some_and(|b| b & 1 == 1);
    let body = String::from_utf8_lossy(bytes.get(1..).unwrap_or_default());
    let settings = Settings::from_json(&body);
    let now = chrono::DateTime::from_timestamp(1_768_471_200, 0).unwrap_or_default();
    let zones = FixedZones { zones: vec![("Europe/Berlin".into(), 3600)], local_seconds: 9 * 3600 };
    for status in [401, 429, 502] {
        let _ = read_order(Ok(ProxyResponse { status, body: body.to_string() }));
    }
    for (status, lang) in [(200, Lang::Pl), (404, Lang::Ja)] {
        let _ = read_buyer_orders(Ok(ProxyResponse { status, body: body.to_string() }));
        let settings = Settings { proxy_configured: true, ..settings.clone() };
        let mut state = State::new(lang, settings);
        let mut events = vec![Event::TicketChanged(Ticket::from_json(TICKET))];
        for _ in 0..MAX_EVENTS {
            let Some(event) = events.pop() else { break };
            for effect in update(&mut state, event) {
                events.extend(answer(effect, status, &body, readable_order));
            }
        }
        let _ = view(&state, now, &zones);
    }
});

/// What the outside world sends back for `effect`: the fuzzed body wherever it could come.
fn answer(effect: Effect, status: u16, body: &str, readable_order: bool) -> Option<Event> {
    match effect {
        Effect::Request { purpose: purpose @ Purpose::Order { .. }, .. } if readable_order => {
            Some(Event::Answer { purpose, result: Ok(ProxyResponse { status: 200, body: ORDER.to_string() }) })
        }
        Effect::Request { purpose, .. } => {
            Some(Event::Answer { purpose, result: Ok(ProxyResponse { status, body: body.to_string() }) })
        }
        Effect::RelatedTickets { generation, .. } => Some(Event::Related { generation, result: Ok(body.to_string()) }),
        Effect::LoadDraft { generation, .. } => Some(Event::DraftLoaded { generation, draft: Some(body.to_string()) }),
        _ => None,
    }
}
