//! Non-ASCII text right next to the characters detection cuts at (`@`, `<`, `&`, `;`, `:`,
//! quotes, brackets): the shapes real notices have (a full-width colon before an alias in a
//! Japanese Seller Central mail, an arrow before `@` in German, an emoji in a buyer's text).
//! Each once panicked or could: a cut inside a multi-byte character kills the sidebar.
#![cfg(not(target_arch = "wasm32"))]

use orderlens::detect::{detect, Detection, Kind};
use orderlens::message::{Message, TicketFields};

/// A Seller Central notification whose body names the buyer's alias right after `before`.
fn notice_naming_alias(before: &str, alias: &str) -> Detection {
    let raw = format!(
        "From: Amazon Seller Central <donotreply@amazon.co.jp>\r\nTo: shop@seller.example\r\n\
         Subject: =?utf-8?B?44GK5ZWP44GE5ZCI44KP44Gb?= (Order: 250-1234567-8901234)\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{before}{alias}\r\n"
    );
    detect(&Message::from_rfc822(raw.as_bytes()))
}

#[test]
fn a_full_width_colon_right_before_an_alias() {
    let d = notice_naming_alias("購入者：", "abc123def456ghi@marketplace.amazon.co.jp");
    assert!(d.is_amazon);
    assert_eq!(d.alias.as_deref(), Some("abc123def456ghi@marketplace.amazon.co.jp"));
    assert_eq!(d.marketplace.map(|m| m.code), Some("JP"));
}

#[test]
fn an_arrow_an_umlaut_or_an_emoji_right_before_an_alias() {
    for before in ["Käufer→", "Käufer: ü", "📦", "\u{202e}", "«", "＜", "–"] {
        let d = notice_naming_alias(before, "ab12cd34ef56gh7@marketplace.amazon.de");
        assert_eq!(d.alias.as_deref(), Some("ab12cd34ef56gh7@marketplace.amazon.de"), "{before:?}");
        assert_eq!(d.marketplace.map(|m| m.code), Some("DE"), "{before:?}");
    }
}

#[test]
fn multi_byte_characters_right_before_and_after_every_cut_point() {
    // Every ASCII marker detection looks for, with a multi-byte character on either side, in
    // the subject, the text and the HTML of a ticket and of raw mail.
    let markers = ["@", "<", ">", "&", "&#", "&amp", ";", ":", "：", "=?", "?=", "(", ")", "\"", "'", ".", "/", "+"];
    let neighbours = ["ü", "→", "：", "📦", "購", "\u{0301}", "İ", "ß"];
    for m in markers {
        for n in neighbours {
            let s = format!("{n}{m}{n} {m}{n}{m} {n}{m}abc123def456ghi{m}{n}@{n}marketplace.amazon.de{n}{m}");
            let fields = TicketFields {
                requester_email: Some(format!("{n}@{n}")),
                requester_name: Some(s.clone()),
                subject: Some(format!("Frage von Amazon-Kunde {s} (Bestellung: {s})")),
                body_text: Some(s.clone()),
                body_html: Some(format!("<p>{s}</p><a href=\"https://{s}\">{s}</a>")),
                ..TicketFields::default()
            };
            let _ = detect(&Message::from_ticket(&fields));
            let notice = notice_naming_alias(&s, &s);
            assert!(notice.is_amazon, "{s}");
            let raw =
                format!("From: {s} <{s}@marketplace.amazon.de>\r\nSubject: {s}\r\nContent-Type: text/html\r\n\r\n{s}");
            let _ = detect(&Message::from_rfc822(raw.as_bytes()));
        }
    }
}

#[test]
fn a_buyer_message_with_non_ascii_around_the_order_and_asin() {
    let raw = "From: \"Jürgen - Amazon Marketplace\" <ab12cd34ef56gh7@marketplace.amazon.de>\r\n\
               Subject: Frage von Amazon-Kunde Jürgen (Bestellung：302-1234567-1234567)\r\n\
               Content-Type: text/plain; charset=utf-8\r\n\r\nASIN：B0ABCDEF12→ bitte prüfen 📦\r\n";
    let d = detect(&Message::from_rfc822(raw.as_bytes()));
    assert_eq!(d.kind, Some(Kind::BuyerMessage));
    assert_eq!(d.order_id.as_deref(), Some("302-1234567-1234567"));
    assert_eq!(d.asin.as_deref(), Some("B0ABCDEF12"));
}
