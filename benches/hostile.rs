//! Detection and `html_to_text` on hostile bodies, 20 KB beside 200 KB: linear code takes 10×
//! the time for 10× the input; the budget (DESIGN.md) is 25×. A body of 2 MB shows the input
//! cap at work (detection reads the first 256 KB of text and of HTML).
//!
//! Run: `cargo bench --bench hostile` (or `make bench`). Prints one line per body and path:
//! microseconds per call at each size and the 200 KB / 20 KB ratio, then the worst ratio.

use std::hint::black_box;
use std::time::{Duration, Instant};

use orderlens::detect::detect;
use orderlens::message::{Message, TicketFields};
use orderlens::reply::compliance::{check, CheckContext};
use orderlens::text::html_to_text;

/// Bodies made of one piece repeated: what a hostile or broken sender can send.
const BODIES: &[(&str, &str)] = &[
    ("ampersands", "&"),
    ("numeric entity starts", "&#"),
    ("named entity starts", "&amp"),
    ("entities without ;", "&nbsp&lt"),
    ("open brackets", "<"),
    ("tags without >", "<a "),
    ("unclosed style", "<style>"),
    ("deep nesting", "<div><span>"),
    ("table cells", "<td>"),
    ("at signs", "@"),
    ("alias-like runs", "abc123def456ghi@"),
    ("one long word", "a"),
    ("multi-byte run", "ü→購"),
    ("http", "http"),
    ("many links", "https://a.example/"),
    ("Amazon links", "https://sellercentral.amazon.de/x?mp=A1PA6795UKMFR9&amp;"),
    ("retail domains", "amazon."),
    ("order-id digits", "123-4567890-"),
    ("ASIN labels", "ASIN "),
    ("encoded-word starts", "=?a?b?c"),
    ("quote lines", "> x\n"),
    ("empty lines", "\n"),
    ("forward markers", "---------- Forwarded message ---------\nFrom: "),
    ("refund prose", "refund of EUR 1 to "),
    ("email addresses", "a@b.co "),
    ("spelled-out addresses", "x (at) y (dot) com "),
    ("marketing words", "free gift coupon "),
    ("links among marketing", "https://a.example/ free "),
    ("placeholders", "[tracking number] {order_id} "),
    ("phone numbers", "+49 30 1234567 "),
    ("emoji", "😀👍🏽 "),
];

const SIZES: [usize; 3] = [20_000, 200_000, 2_000_000];

fn repeat_to(piece: &str, size: usize) -> String {
    piece.repeat(size / piece.len() + 1)
}

/// One way the body reaches detection.
struct Path {
    name: &'static str,
    prepare: fn(&str) -> Input,
    run: fn(&Input),
}

enum Input {
    Fields(TicketFields),
    Raw(Vec<u8>),
    Html(String),
}

fn fields(from: &str, subject: &str, text: Option<&str>, html: Option<&str>) -> Input {
    Input::Fields(TicketFields {
        requester_email: Some(from.into()),
        subject: Some(subject.into()),
        body_text: text.map(Into::into),
        body_html: html.map(Into::into),
        ..TicketFields::default()
    })
}

const ALIAS: &str = "ab12cd34ef56gh7@marketplace.amazon.de";
const NOTICES: &str = "donotreply@amazon.com";

const PATHS: &[Path] = &[
    Path {
        name: "buyer message, body_html",
        prepare: |body| fields(ALIAS, "Frage von Amazon-Kunde Kim (Bestellung: 302-1234567-1234567)", None, Some(body)),
        run: detect_fields,
    },
    Path {
        name: "buyer message, subject + body_text",
        prepare: |b| fields(ALIAS, b, Some(b), None),
        run: detect_fields,
    },
    Path {
        name: "notice, subject + body_text + html",
        prepare: |b| fields(NOTICES, b, Some(b), Some(b)),
        run: detect_fields,
    },
    Path {
        name: "refund notice, body_text",
        prepare: |b| fields(NOTICES, "Refund initiated", Some(b), None),
        run: detect_fields,
    },
    Path {
        name: "raw mail, subject + text/html",
        prepare: |body| {
            // The broken encoded-word makes the subject go through our own RFC 2047 decoder too.
            let raw = format!(
                "From: Amazon <{NOTICES}>\r\nSubject: =?utf-8?Q?=C3?= {body}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}"
            );
            Input::Raw(raw.into_bytes())
        },
        run: |input| {
            if let Input::Raw(raw) = input {
                black_box(detect(&Message::from_rfc822(raw)));
            }
        },
    },
    Path {
        name: "reply check (compliance)",
        prepare: |body| Input::Html(body.into()),
        run: |input| {
            if let Input::Html(text) = input {
                black_box(check(text, &CheckContext::default()));
            }
        },
    },
    Path {
        name: "html_to_text",
        prepare: |body| Input::Html(body.into()),
        run: |input| {
            if let Input::Html(html) = input {
                black_box(html_to_text(html));
            }
        },
    },
];

fn detect_fields(input: &Input) {
    if let Input::Fields(f) = input {
        black_box(detect(&Message::from_ticket(f)));
    }
}

/// Seconds per call: at least 3 calls and about 0.2 s in all.
fn seconds_per_call(run: fn(&Input), input: &Input) -> f64 {
    run(input); // warm up
    let start = Instant::now();
    let mut calls = 0u32;
    while calls < 3 || start.elapsed() < Duration::from_millis(200) {
        run(input);
        calls += 1;
    }
    start.elapsed().as_secs_f64() / f64::from(calls)
}

fn main() {
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-')).unwrap_or_default();
    println!("{:<24} {:<36} {:>12} {:>12} {:>12} {:>8}", "body", "path", "20 KB µs", "200 KB µs", "2 MB µs", "ratio");
    let mut worst = (0.0f64, String::new());
    for (body_name, piece) in BODIES.iter().filter(|(n, _)| n.contains(filter.as_str())) {
        for path in PATHS {
            let times: Vec<f64> = SIZES
                .iter()
                .map(|&size| seconds_per_call(path.run, &(path.prepare)(&repeat_to(piece, size))))
                .collect();
            let ratio = times[1] / times[0];
            println!(
                "{body_name:<24} {:<36} {:>12.1} {:>12.1} {:>12.1} {ratio:>7.1}x",
                path.name,
                times[0] * 1e6,
                times[1] * 1e6,
                times[2] * 1e6
            );
            if ratio > worst.0 {
                worst = (ratio, format!("{body_name}, {}", path.name));
            }
        }
    }
    println!("worst ratio 200 KB / 20 KB: {:.1}x ({}); budget 25x", worst.0, worst.1);
}
