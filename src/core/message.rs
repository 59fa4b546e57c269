//! One `Message`, built from raw RFC 5322 bytes (mail-parser) or from a helpdesk ticket's
//! fields. Building never fails: broken MIME, unknown charsets and truncated bodies give a
//! message with whatever could be read, so detection always has something to look at.

#[cfg(feature = "mime")]
use mail_parser::{MessageParser, MimeHeaders, PartType};
use serde::Deserialize;

use crate::core::text::html_to_text;

#[cfg(feature = "mime")]
mod encoded_words;
mod forward;
mod mail;

pub use forward::parse_mailbox;
pub use mail::{Mailbox, Message, MAX_BODY_BYTES, MAX_EMBEDDED_DEPTH};

/// A helpdesk ticket's fields, as a host adapter reads them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TicketFields {
    pub requester_email: Option<String>,
    pub requester_name: Option<String>,
    pub subject: Option<String>,
    pub body_text: Option<String>,
    pub body_html: Option<String>,
    /// Addresses the mail was sent to (the helpdesk mailbox, CCs).
    pub recipients: Vec<String>,
    /// RFC 3339 time the helpdesk received the mail.
    pub received_at: Option<String>,
    /// The raw message, where the host exposes it; it wins over the other fields.
    pub raw: Option<String>,
}

impl Message {
    /// Parses raw RFC 5322 bytes. Never fails: whatever cannot be parsed is left empty.
    #[cfg(feature = "mime")]
    pub fn from_rfc822(raw: &[u8]) -> Message {
        match MessageParser::default().parse(raw) {
            Some(parsed) => {
                let message = from_parsed(&parsed, raw, MAX_EMBEDDED_DEPTH);
                drop_flat(parsed);
                message
            }
            None => from_unparsable(raw),
        }
    }

    /// Builds a message from a helpdesk ticket's fields. A raw message, when the host has
    /// one and the build reads raw mail (`mime`), says more than the fields and wins.
    pub fn from_ticket(fields: &TicketFields) -> Message {
        #[cfg(feature = "mime")]
        if let Some(raw) = fields.raw.as_deref().filter(|r| !r.trim().is_empty()) {
            return Message::from_rfc822(raw.as_bytes());
        }
        let mut cut = 0;
        let html = capped(fields.body_html.as_deref().unwrap_or_default(), &mut cut);
        let text = match fields.body_text.as_deref() {
            Some(t) if !t.trim().is_empty() => capped(t, &mut cut),
            _ => capped(&html_to_text(&html), &mut cut),
        };
        let mut message = Message {
            from: fields.requester_email.as_deref().map(|address| Mailbox {
                name: fields.requester_name.clone().filter(|n| !n.trim().is_empty()),
                address: address.trim().to_string(),
            }),
            to: fields.recipients.iter().map(|a| Mailbox { name: None, address: a.trim().to_string() }).collect(),
            subject: capped(fields.subject.as_deref().unwrap_or_default(), &mut cut),
            received_at: fields.received_at.as_deref().and_then(parse_rfc3339),
            text,
            html,
            cut,
            ..Message::default()
        };
        message.embedded = forward::inline_forward(&message.text).map(Box::new);
        message
    }
}

#[cfg(feature = "mime")]
fn from_parsed(parsed: &mail_parser::Message<'_>, raw: &[u8], depth: usize) -> Message {
    let headers: Vec<(String, String)> =
        parsed.headers_raw().map(|(name, value)| (name.to_ascii_lowercase(), unfold(value))).collect();
    // mail-parser stands an HTML part in for a missing text part; convert it ourselves so
    // table cells stay separate words.
    let mut cut = 0;
    let mut text = match parsed.text_bodies().next().map(|part| &part.body) {
        Some(PartType::Text(text)) => capped(text, &mut cut),
        Some(PartType::Html(html)) => capped(&html_to_text(html), &mut cut),
        _ => String::new(),
    };
    let html = parsed
        .html_bodies()
        .find_map(|part| match &part.body {
            PartType::Html(html) => Some(capped(html, &mut cut)),
            _ => None,
        })
        .unwrap_or_default();
    if text.trim().is_empty() && html.trim().is_empty() {
        // A declared boundary that never occurs leaves every part empty; the words are
        // still in the raw body.
        text = capped(&String::from_utf8_lossy(raw_body(raw)), &mut cut);
    }
    let embedded = parsed
        .attachments()
        .find_map(|part| match &part.body {
            PartType::Message(inner) if depth > 0 => Some(from_parsed(inner, inner.raw_message(), depth - 1)),
            _ => None,
        })
        .or_else(|| forward::inline_forward(&text));
    let is_delivery_report = parsed
        .content_type()
        .map(|ct| {
            ct.ctype().eq_ignore_ascii_case("multipart")
                && ct.subtype().is_some_and(|s| s.eq_ignore_ascii_case("report"))
        })
        .unwrap_or(false);
    Message {
        from: rejoin_split_words(&headers, "from", parsed.from().and_then(|a| a.first()).and_then(mailbox)),
        reply_to: parsed.reply_to().map(|a| a.iter().filter_map(mailbox).collect()).unwrap_or_default(),
        to: parsed.to().into_iter().chain(parsed.cc()).flat_map(|a| a.iter().filter_map(mailbox)).collect(),
        subject: capped(
            &match parsed.subject() {
                Some(subject) if subject.contains(char::REPLACEMENT_CHARACTER) => {
                    encoded_words::decode(&raw_subject(&headers))
                }
                Some(subject) => subject.to_string(),
                None => raw_subject(&headers),
            },
            &mut cut,
        ),
        headers,
        text,
        html,
        received_at: parsed.date().map(|d| d.to_timestamp()),
        embedded: embedded.map(Box::new),
        is_delivery_report,
        cut,
    }
}

/// Drops a parsed message level by level. mail-parser's own drop recurses once per nested
/// message, and mail nesting `message/rfc822` parts tens of thousands deep overflows the stack.
#[cfg(feature = "mime")]
fn drop_flat(parsed: mail_parser::Message<'_>) {
    let mut levels = vec![parsed];
    while let Some(mut level) = levels.pop() {
        for part in &mut level.parts {
            if let PartType::Message(inner) = std::mem::replace(&mut part.body, PartType::Text("".into())) {
                levels.push(inner);
            }
        }
    }
}

/// A display name with replacement characters had a character split across encoded-words:
/// read it again from the raw header, joining the words (see `encoded_words`).
#[cfg(feature = "mime")]
fn rejoin_split_words(headers: &[(String, String)], name: &str, parsed: Option<Mailbox>) -> Option<Mailbox> {
    let broken =
        parsed.as_ref().and_then(|m| m.name.as_deref()).is_some_and(|n| n.contains(char::REPLACEMENT_CHARACTER));
    if !broken {
        return parsed;
    }
    let raw = headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())?;
    forward::parse_mailbox(&encoded_words::decode(raw)).or(parsed)
}

/// mail-parser gives up only on input with no header block at all; keep the text.
#[cfg(feature = "mime")]
fn from_unparsable(raw: &[u8]) -> Message {
    let mut cut = 0;
    let text = capped(&String::from_utf8_lossy(raw), &mut cut);
    Message { embedded: forward::inline_forward(&text).map(Box::new), text, cut, ..Message::default() }
}

#[cfg(feature = "mime")]
fn mailbox(addr: &mail_parser::Addr<'_>) -> Option<Mailbox> {
    let address = addr.address.as_deref()?.trim();
    if address.is_empty() {
        return None;
    }
    Some(Mailbox {
        name: addr.name.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(str::to_string),
        address: address.to_string(),
    })
}

/// A subject mail-parser could not decode is still worth reading raw.
#[cfg(feature = "mime")]
fn raw_subject(headers: &[(String, String)]) -> String {
    headers.iter().find(|(n, _)| n == "subject").map(|(_, v)| v.trim().to_string()).unwrap_or_default()
}

/// The bytes after the header block (first empty line, CRLF or bare LF).
#[cfg(feature = "mime")]
fn raw_body(raw: &[u8]) -> &[u8] {
    let crlf = find(raw, b"\r\n\r\n").map(|i| i + 4);
    let lf = find(raw, b"\n\n").map(|i| i + 2);
    let start = match (crlf, lf) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b).unwrap_or(raw.len()),
    };
    &raw[start..]
}

#[cfg(feature = "mime")]
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Joins folded header lines into one line.
#[cfg(feature = "mime")]
fn unfold(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for (i, line) in value.split('\n').enumerate() {
        let line = line.trim_end_matches('\r');
        if i > 0 && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(if i == 0 { line.trim_start() } else { line.trim() });
    }
    out.trim_end().to_string()
}

/// The first [`MAX_BODY_BYTES`] of `s`, cut between characters; what is left out is added to `cut`.
fn capped(s: &str, cut: &mut usize) -> String {
    let mut end = s.len().min(MAX_BODY_BYTES);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    *cut += s.len() - end;
    s[..end].to_string()
}

fn parse_rfc3339(s: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(s.trim()).ok().map(|d| d.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "mime")]
    #[test]
    fn headers_are_unfolded_and_lower_cased() {
        let m = Message::from_rfc822(b"X-Marketplace-ID:\r\n ATVPDKIKX0DER\r\nSubject: a\r\n b\r\n\r\nbody");
        assert_eq!(m.header("x-marketplace-id"), Some("ATVPDKIKX0DER"));
        assert_eq!(m.subject, "a b");
        assert_eq!(m.text.trim(), "body");
    }

    #[cfg(feature = "charsets")]
    #[test]
    fn legacy_charsets_decode() {
        // Shift_JIS body and a windows-1252 euro sign in a Q-encoded subject.
        let mut raw =
            b"Subject: =?windows-1252?Q?Preis_=80_9?=\r\nContent-Type: text/plain; charset=shift_jis\r\n\r\n".to_vec();
        raw.extend_from_slice(&[0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd]);
        let m = Message::from_rfc822(&raw);
        assert_eq!(m.subject, "Preis € 9");
        assert_eq!(m.text.trim(), "こんにちは");
    }

    #[cfg(feature = "mime")]
    #[test]
    fn an_encoded_word_split_inside_a_character_across_folded_lines() {
        // "Jürgen": the two bytes of "ü" (C3 BC) sit in two encoded-words on two lines.
        let m = Message::from_rfc822(
            b"From: =?utf-8?Q?J=C3?=\r\n =?utf-8?Q?=BCrgen?= <ab12cd34ef56gh7@marketplace.amazon.de>\r\nSubject: =?utf-8?Q?Frage_von_J=C3?=\r\n =?utf-8?Q?=BCrgen?=\r\n\r\nx",
        );
        assert_eq!(m.subject, "Frage von Jürgen");
        assert_eq!(m.from.unwrap().name.as_deref(), Some("Jürgen"));
    }

    #[cfg(feature = "mime")]
    #[test]
    fn bare_lf_line_endings_and_base64() {
        let m = Message::from_rfc822(b"Subject: a\nContent-Transfer-Encoding: base64\n\nSGFsbG8gV2VsdA==\n");
        assert_eq!(m.text.trim(), "Hallo Welt");
    }

    #[test]
    fn ticket_fields_build_a_message_and_html_becomes_text() {
        let m = Message::from_ticket(&TicketFields {
            requester_email: Some("ABCdef1234567890@marketplace.amazon.de".into()),
            requester_name: Some("Jürgen".into()),
            subject: Some("Frage".into()),
            body_html: Some("<p>Hallo&nbsp;<b>Welt</b></p>".into()),
            received_at: Some("2026-03-02T08:15:22Z".into()),
            ..TicketFields::default()
        });
        assert_eq!(m.from.as_ref().unwrap().name.as_deref(), Some("Jürgen"));
        assert!(m.text.contains("Hallo") && m.text.contains("Welt"));
        assert_eq!(m.received_at, Some(1_772_439_322));
    }

    #[cfg(feature = "mime")]
    #[test]
    fn a_raw_message_in_the_ticket_wins() {
        let m = Message::from_ticket(&TicketFields {
            subject: Some("from fields".into()),
            raw: Some("Subject: from raw\r\n\r\nx".into()),
            ..TicketFields::default()
        });
        assert_eq!(m.subject, "from raw");
    }
}
