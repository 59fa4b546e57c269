//! What the sidebar reads from outside besides the ticket: the proxy's answers (order view, a
//! buyer's orders, problem+json, at any status) and the host's settings JSON; a readable order is
//! then drawn into the order panel and the composer. Nothing may panic, on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orderlens::format::FixedZones;
use orderlens::lang::Lang;
use orderlens::host::Ticket;
use orderlens::host::proxy::{read_buyer_orders, read_order};
use orderlens::host::{ProxyResponse, Settings};
use orderlens::view::{update, view, Effect, Event, State};

const TICKET: &str = r#"{"id":"1","subject":"Frage von Amazon-Kunde Kim (Bestellung: 302-1234567-1234567)",
  "requester":{"email":"ab12cd34ef56gh7@marketplace.amazon.de","name":"Kim"},
  "comments":[{"author":{"role":"requester"},"body_text":"Hallo","created_at":"2026-01-15T08:00:00Z"}]}"#;

fuzz_target!(|bytes: &[u8]| {
    let body = String::from_utf8_lossy(bytes);
    let settings = Settings::from_json(&body);
    let now = chrono::DateTime::from_timestamp(1_768_471_200, 0).unwrap_or_default();
    let zones = FixedZones { zones: vec![("Europe/Berlin".into(), 3600)], local_seconds: 9 * 3600 };
    // The body as the proxy's answer at the statuses it uses; drawn as an order and as an error.
    for status in [401, 429, 502] {
        let _ = read_order(Ok(ProxyResponse { status, body: body.to_string() }));
    }
    for (status, lang) in [(200, Lang::Pl), (404, Lang::Ja)] {
        let answer = || Ok(ProxyResponse { status, body: body.to_string() });
        let _ = read_buyer_orders(answer());
        let mut state = State::new(lang, Settings { proxy_configured: true, ..settings.clone() });
        for effect in update(&mut state, Event::TicketChanged(Ticket::from_json(TICKET))) {
            if let Effect::Request { purpose, .. } = effect {
                update(&mut state, Event::Answer { purpose, result: answer() });
            }
        }
        let _ = view(&state, now, &zones);
    }
});
