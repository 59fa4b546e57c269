//! HTML (a ticket's `body_html`, a mail's HTML part) → text. Nothing may panic, on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let html = String::from_utf8_lossy(bytes);
    let text = orderlens::text::html_to_text(&html);
    // Never longer than what it was made from: tags and entities only shrink.
    assert!(text.len() <= html.len() + html.len() / 2, "{} → {}", html.len(), text.len());
});
