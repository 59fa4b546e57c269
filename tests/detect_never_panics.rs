//! A panic kills the whole sidebar: no email bytes and no ticket fields may cause one.
#![cfg(not(target_arch = "wasm32"))]

mod corpus_list;

use corpus_list::EMAIL_FIXTURES;
use orderlens::detect::detect;
use orderlens::message::{Message, TicketFields};
use proptest::prelude::*;

/// Text that looks like mail: header lines, boundaries, encoded words, ids, multi-byte
/// characters, so the fuzzer reaches the interesting code rather than only "no headers".
fn mailish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "From: \"Kim - Amazon Marketplace\" <ab12cd34ef56gh7@marketplace.amazon.de>\r\n",
        "From: donotreply@amazon.com\r\n",
        "Subject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\r\n",
        "Subject: =?utf-8?Q?Frage_von_Amazon-Kunde_J=C3=BCrgen?= (Bestellung: 302-7947572-4575557)\r\n",
        "Subject: =?utf-8?Q?J=C3?=\r\n =?utf-8?Q?=BC",
        "From: =?utf-8?B?SsM=?= =?x-unknown?Q?=FF?= <a@b>\r\n",
        "?=",
        "=?",
        "Content-Type: multipart/alternative; boundary=\"b\"\r\n",
        "Content-Type: message/rfc822\r\n",
        "Content-Transfer-Encoding: base64\r\n",
        "Content-Transfer-Encoding: quoted-printable\r\n",
        "X-Marketplace-ID: A1PA6795UKMFR9\r\n",
        "Authentication-Results: mx; spf=fail; dmarc=\r\n",
        "\r\n",
        "\n",
        "--b\r\n",
        "--b--\r\n",
        "=C3=",
        "=\r\n",
        "\u{1b}$B",
        "こんにちは",
        "ü",
        "\u{202e}",
        "# 302-7947572-4575557:\r\n",
        "[ASIN: B0ABCDEF12]",
        "ASIN",
        "---------- Forwarded message ---------\r\nFrom: ",
        "<td>",
        "</td>",
        "&#x1F600;",
        "&#99999999;",
        "&",
        "<",
        "mailto:ab12cd34ef56gh7@marketplace.amazon.com",
        "https://sellercentral.amazon.de/messaging/no-response-needed?mp=",
        "-----Ursprüngliche Nachricht-----\r\n",
        "refund of USD 1 to ",
        " following",
        "Amazonのカスタマー ",
        " 様",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

/// Multi-byte characters (2, 3 and 4 bytes, combining marks, full-width forms) glued to the
/// ASCII characters and markers detection cuts at, with no spaces between: the input where a
/// byte index one off a marker lands inside a character.
fn multibyte_next_to_markers() -> impl Strategy<Value = String> {
    let wide = prop::sample::select(vec![
        "ü",
        "ß",
        "İ",
        "→",
        "：",
        "＠",
        "＜",
        "；",
        "＆",
        "、",
        "購入者",
        "様",
        "📦",
        "😀",
        "\u{0301}",
        "\u{200b}",
        "\u{202e}",
        "ا",
        "€",
    ]);
    let marker = prop::sample::select(vec![
        "@",
        "<",
        ">",
        "&",
        "&#",
        "&#x",
        "&amp",
        ";",
        ":",
        "=?",
        "?=",
        "?",
        "=",
        "(",
        ")",
        "[",
        "]",
        "\"",
        "'",
        ".",
        "/",
        "+",
        "-",
        "#",
        "http",
        "https://",
        "://",
        "amazon.",
        "mailto:",
        "abc123def456ghi",
        "marketplace.amazon.de",
        "sellercentral.amazon.de",
        "302-1234567-1234567",
        "B0ABCDEF12",
        "ASIN",
        "<td",
        "</style",
        "<style>",
        " (Order: ",
        "Amazon-Kunde ",
        "refund of EUR 1 to ",
        " following",
        "\r\n",
    ]);
    prop::collection::vec((wide.clone(), marker, wide), 0..60)
        .prop_map(|v| v.into_iter().map(|(a, m, b)| format!("{a}{m}{b}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn multibyte_characters_next_to_markers_never_panic(
        subject in multibyte_next_to_markers(),
        body in multibyte_next_to_markers(),
        name in multibyte_next_to_markers(),
    ) {
        let fields = TicketFields {
            requester_email: Some(format!("{name}@marketplace.amazon.de")),
            requester_name: Some(name.clone()),
            subject: Some(subject.clone()),
            body_text: Some(body.clone()),
            body_html: Some(format!("<p>{body}</p>")),
            ..TicketFields::default()
        };
        let _ = detect(&Message::from_ticket(&fields));
        let _ = detect(&Message::from_ticket(&TicketFields { body_text: None, ..fields }));
        for from in ["donotreply@amazon.co.jp", "ab12cd34ef56gh7@marketplace.amazon.de", "colleague@shop.example"] {
            let raw = format!(
                "From: {name} <{from}>\r\nSubject: {subject}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}"
            );
            let _ = detect(&Message::from_rfc822(raw.as_bytes()));
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let _ = detect(&Message::from_rfc822(&bytes));
    }

    #[test]
    fn mail_shaped_text_never_panics(text in mailish()) {
        let _ = detect(&Message::from_rfc822(text.as_bytes()));
    }

    #[test]
    fn truncated_corpus_messages_never_panic(index in 0..EMAIL_FIXTURES.len(), cut in 0.0f64..1.0) {
        let eml = EMAIL_FIXTURES[index].eml;
        let _ = detect(&Message::from_rfc822(&eml[..(eml.len() as f64 * cut) as usize]));
    }

    #[test]
    fn arbitrary_ticket_fields_never_panic(
        email in proptest::option::of(".{0,60}"),
        name in proptest::option::of(".{0,40}"),
        subject in proptest::option::of(mailish()),
        text in proptest::option::of(mailish()),
        html in proptest::option::of(".{0,200}"),
        received in proptest::option::of(".{0,30}"),
        raw in proptest::option::of(mailish()),
    ) {
        let fields = TicketFields {
            requester_email: email, requester_name: name, subject, body_text: text, body_html: html,
            recipients: vec![], received_at: received, raw,
        };
        let _ = detect(&Message::from_ticket(&fields));
    }
}
