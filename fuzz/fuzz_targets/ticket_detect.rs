//! Ticket JSON, as a host hands it over → `Ticket` → the 24-hour clock, and detection with the
//! whole sidebar view model (header, composer with its filled template and live check), at a fixed
//! moment. Nothing may panic, on any bytes, and every link in the header is Amazon's.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orderlens::amazon_host::is_amazon_action_url;
use orderlens::format::FixedZones;
use orderlens::lang::Lang;
use orderlens::sla::Clock;
use orderlens::host::Ticket;
use orderlens::host::Settings;
use orderlens::view::{update, view, Event, State};

fuzz_target!(|bytes: &[u8]| {
    let json = String::from_utf8_lossy(bytes);
    let ticket = Ticket::from_json(&json);
    let now = chrono::DateTime::from_timestamp(1_768_464_000, 0).unwrap_or_default(); // 2026-01-15
    if let Ok(Some(t)) = &ticket {
        let _ = Clock::of(&t.thread(), now).label(Lang::De);
    }
    let zones = FixedZones { zones: vec![("Europe/Berlin".into(), 3600)], local_seconds: -5 * 3600 };
    let settings = Settings { proxy_configured: true, tags: true, ..Settings::default() };
    let mut state = State::new(Lang::Fr, settings);
    let _ = update(&mut state, Event::TicketChanged(ticket));
    // Whatever the ticket says, the sidebar links to Amazon's own pages only.
    if let Some(header) = view(&state, now, &zones).header {
        for link in [header.seller_central, header.no_response_needed].into_iter().flatten() {
            assert!(is_amazon_action_url(&link.url), "{}", link.url);
        }
    }
});
