//! Bodies far larger than any Amazon mail: detection reads the first 256 KB of the text and of
//! the HTML, says so in its evidence, and still finds what the mail is about. (How the time
//! grows with the input is measured by `cargo bench --bench hostile`, not asserted here.)
#![cfg(not(target_arch = "wasm32"))]

use orderlens::detect::detect;
use orderlens::message::{Message, TicketFields, MAX_BODY_BYTES};
use orderlens::text::html_to_text;

const ALIAS: &str = "ab12cd34ef56gh7@marketplace.amazon.de";

fn buyer_ticket(subject: &str, text: Option<String>, html: Option<String>) -> Message {
    Message::from_ticket(&TicketFields {
        requester_email: Some(ALIAS.into()),
        subject: Some(subject.into()),
        body_text: text,
        body_html: html,
        ..TicketFields::default()
    })
}

fn cap_evidence(d: &orderlens::detect::Detection) -> Option<&str> {
    d.evidence.iter().find(|e| e.field == "input").map(|e| e.source.as_str())
}

#[test]
fn a_huge_body_is_read_up_to_the_cap_and_the_evidence_says_so() {
    let body = format!("Hallo, wo bleibt meine Bestellung?\n{}", "Lorem ipsum dolor sit amet. ".repeat(40_000));
    let m = buyer_ticket("Frage von Amazon-Kunde Kim (Bestellung: 302-1234567-1234567)", Some(body.clone()), None);
    assert!(m.text.len() <= MAX_BODY_BYTES);
    assert!(m.text.starts_with("Hallo, wo bleibt"));
    let d = detect(&m);
    assert!(d.is_amazon);
    assert_eq!(d.order_id.as_deref(), Some("302-1234567-1234567"));
    let note = cap_evidence(&d).expect("the cap is noted");
    assert!(note.contains("256 KB"), "{note}");

    // An order id past the cap is not read; one before it is.
    let late = format!("{body}\nBestellung 302-7654321-7654321");
    assert_eq!(detect(&buyer_ticket("Frage", Some(late), None)).order_id, None);
    let early = format!("Bestellung 302-7654321-7654321\n{body}");
    assert_eq!(detect(&buyer_ticket("Frage", Some(early), None)).order_id.as_deref(), Some("302-7654321-7654321"));
}

#[test]
fn html_is_capped_too_and_small_mail_carries_no_note() {
    let html = format!("<p>Bestellung 302-1234567-1234567</p>{}", "<div>&amp;</div>".repeat(100_000));
    let m = buyer_ticket("Frage", None, Some(html));
    assert!(m.html.len() <= MAX_BODY_BYTES && m.text.len() <= MAX_BODY_BYTES);
    let d = detect(&m);
    assert_eq!(d.order_id.as_deref(), Some("302-1234567-1234567"));
    assert!(cap_evidence(&d).is_some());

    let small = detect(&buyer_ticket("Frage (Bestellung: 302-1234567-1234567)", Some("Hallo".into()), None));
    assert_eq!(cap_evidence(&small), None);
}

#[test]
fn the_cap_cuts_between_characters_in_every_part() {
    for piece in ["ü", "📦", "a\u{0301}"] {
        let body = piece.repeat(MAX_BODY_BYTES);
        let m = buyer_ticket(&body, Some(body.clone()), Some(body.clone()));
        for part in [&m.subject, &m.text, &m.html] {
            assert!(part.len() <= MAX_BODY_BYTES && part.len() > MAX_BODY_BYTES - 4, "{piece}: {}", part.len());
        }
        let raw = format!("From: <{ALIAS}>\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}");
        let m = Message::from_rfc822(raw.as_bytes());
        assert!(m.text.len() <= MAX_BODY_BYTES, "{piece}");
        let _ = detect(&m);
    }
}

#[test]
fn entities_still_decode_among_runs_of_ampersands() {
    let html =
        format!("{}&amp;&lt;b&gt;&#8217;&#x1F4E6;&rsquo;&#x0110000;&nbsp&{}", "&".repeat(5000), "&#".repeat(5000));
    let text = html_to_text(&html);
    assert!(text.contains("&<b>’📦’&#x0110000;&nbsp&&#"), "{text:.5100}");
    // The 5000 + 5000 that start no entity, the decoded &amp;, and three that stay as written.
    assert_eq!(text.matches('&').count(), 10_004);
}

/// `depth` messages each attached (message/rfc822) to the next, the innermost `inner`.
fn nested(inner: &str, depth: usize) -> String {
    let mut raw = inner.to_string();
    for i in 0..depth {
        raw = format!("From: colleague{i}@shop.example\r\nSubject: Fwd\r\nContent-Type: message/rfc822\r\n\r\n{raw}");
    }
    raw
}

#[test]
fn mail_nested_thousands_deep_is_read_a_few_levels_deep_without_overflowing_the_stack() {
    let amazon = format!(
        "From: \"Kim - Amazon Marketplace\" <{ALIAS}>\r\nSubject: Frage von Amazon-Kunde Kim (Bestellung: 302-1234567-1234567)\r\n\r\nHallo\r\n"
    );
    let d = detect(&Message::from_rfc822(nested(&amazon, 2).as_bytes()));
    assert!(d.is_amazon, "an attached Amazon mail, forwarded twice");
    assert_eq!(d.order_id.as_deref(), Some("302-1234567-1234567"));

    // A small stack (the sidebar's wasm has 1 MB) makes a few thousand levels enough to show it.
    let deep = nested(&amazon, 4000);
    let reader = std::thread::Builder::new().stack_size(256 * 1024).spawn(move || {
        let m = Message::from_rfc822(deep.as_bytes());
        let mut levels = 0;
        let mut inner = m.embedded.as_deref();
        while let Some(next) = inner {
            levels += 1;
            inner = next.embedded.as_deref();
        }
        (levels, detect(&m).is_amazon)
    });
    let (levels, is_amazon) = reader.expect("a thread").join().expect("no stack overflow");
    assert!(levels <= orderlens::message::MAX_EMBEDDED_DEPTH, "{levels} levels read");
    assert!(!is_amazon, "the Amazon mail 4000 levels down is not read");
}
