//! Raw mail bytes → `Message` → `detect`, and the 24-hour clock the sidebar runs for a raw-only
//! ticket (the mail's own date is the buyer's message). Nothing may panic, on any bytes, and no
//! link offered as an Amazon action may be anything but `https:` on a genuine Amazon host.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orderlens::amazon_host::is_amazon_action_url;
use orderlens::detect::detect;
use orderlens::lang::Lang;
use orderlens::message::Message;
use orderlens::sla::{Author, Clock, ThreadEntry};

fuzz_target!(|raw: &[u8]| {
    let message = Message::from_rfc822(raw);
    let detection = detect(&message);
    if let Some(at) = message.received_at.and_then(|s| chrono::DateTime::from_timestamp(s, 0)) {
        let thread = [ThreadEntry { author: Author::Buyer, at, no_response_needed: false }];
        for now in [at, at + chrono::TimeDelta::hours(30)] {
            let _ = Clock::of(&thread, now).label(Lang::Ja);
        }
    }
    // Nothing in a mail makes a look-alike an Amazon action link.
    for url in [&detection.no_response_needed_url, &detection.report_url].into_iter().flatten() {
        assert!(is_amazon_action_url(url), "{url}");
    }
    // What the CLI prints: every field serialises.
    let _ = serde_json::to_string(&detection);
});
