//! Mail forwarded inline by a colleague: the forwarded message is the one that counts.
//!
//! Mail clients introduce the forwarded message with a marker line and a block of
//! pseudo-headers (`From:`, `Subject:`, … in the client's language); the body follows.

use super::{Mailbox, Message};
use crate::core::letter_case;

/// Marker lines that introduce a forwarded message (Gmail, Apple Mail, Thunderbird, Outlook
/// in several languages). Matched on a trimmed, lower-cased line, by prefix.
const MARKERS: &[&str] = &[
    "---------- forwarded message",
    "-------- forwarded message",
    "-------- original message",
    "begin forwarded message",
    "-----original message-----",
    "-----ursprüngliche nachricht-----",
    "---------- weitergeleitete nachricht",
    "-------- weitergeleitete nachricht",
    "-----message d'origine-----",
    "---------- message transféré",
    "-------- message transféré",
    "-----messaggio originale-----",
    "---------- messaggio inoltrato",
    "-----mensaje original-----",
    "---------- mensaje reenviado",
    "-----oorspronkelijk bericht-----",
    "---------- doorgestuurd bericht",
    "-----wiadomość oryginalna-----",
    "---------- przekazana wiadomość",
    "-------- 転送メッセージ",
    "---------- 转发的邮件",
];

const FROM: &[&str] = &["from", "von", "de", "da", "van", "od", "från", "差出人", "发件人", "寄件者"];
const SUBJECT: &[&str] =
    &["subject", "betreff", "objet", "oggetto", "asunto", "onderwerp", "temat", "ämne", "件名", "主题", "主旨"];
const DATE: &[&str] = &["date", "sent", "datum", "gesendet", "envoyé", "inviato", "enviado", "data", "日付", "日期"];

/// The first inline-forwarded message in `text`, if it names a sender.
pub(super) fn inline_forward(text: &str) -> Option<Message> {
    let mut lines = text.lines();
    lines.find(|line| is_marker(line))?;

    let mut message = Message::default();
    let mut rest = lines.clone();
    let mut seen_header = false;
    for line in lines {
        let trimmed = line.trim().trim_start_matches('>').trim();
        if trimmed.is_empty() {
            rest.next();
            if seen_header {
                break;
            }
            continue;
        }
        let Some((key, value)) = pseudo_header(trimmed) else { break };
        rest.next();
        seen_header = true;
        if FROM.contains(&key.as_str()) {
            message.from = parse_mailbox(value);
        } else if SUBJECT.contains(&key.as_str()) {
            message.subject = value.to_string();
        } else if DATE.contains(&key.as_str()) {
            message.headers.push(("date".into(), value.to_string()));
        }
    }
    message.from.as_ref()?;
    message.text = rest.collect::<Vec<_>>().join("\n");
    Some(message)
}

fn is_marker(line: &str) -> bool {
    let lower = letter_case::lower(line.trim());
    MARKERS.iter().any(|m| lower.starts_with(m))
}

/// `Key: value` with a short key (some languages put a space before the colon).
fn pseudo_header(line: &str) -> Option<(String, &str)> {
    let (key, value) = line.split_once(':').or_else(|| line.split_once('：'))?;
    let key = letter_case::lower(key.trim().trim_start_matches('*').trim_end_matches('*').trim());
    if key.is_empty() || key.chars().count() > 20 {
        return None;
    }
    Some((key, value.trim()))
}

/// `Name <addr>`, `"Name" <addr>`, `Name [mailto:addr]` or a bare address.
pub fn parse_mailbox(value: &str) -> Option<Mailbox> {
    let value = value.trim();
    let (name, address) = if let Some(open) = value.rfind('<') {
        let close = value[open..].find('>').map(|i| open + i)?;
        (&value[..open], &value[open + 1..close])
    } else if let Some(open) = value.find("[mailto:") {
        let close = value[open..].find(']').map(|i| open + i)?;
        (&value[..open], &value[open + 8..close])
    } else {
        ("", value)
    };
    let address = address.trim();
    if !address.contains('@') || address.contains(char::is_whitespace) {
        return None;
    }
    let name = name.trim().trim_matches('"').trim();
    Some(Mailbox { name: (!name.is_empty()).then(|| name.to_string()), address: address.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gmail_forward_gives_sender_subject_and_body() {
        let text = "see below\n\n---------- Forwarded message ---------\nFrom: Brenda - Amazon Marketplace <abc@marketplace.amazon.com>\nDate: Fri, Mar 6, 2026\nSubject: Damaged item (Order: 111-1386151-7108252)\nTo: <x@y.example>\n\nYou have received a message.\n";
        let m = inline_forward(text).unwrap();
        assert_eq!(m.from.unwrap().address, "abc@marketplace.amazon.com");
        assert_eq!(m.subject, "Damaged item (Order: 111-1386151-7108252)");
        assert!(m.text.contains("You have received a message."));
    }

    #[test]
    fn outlook_quote_without_an_address_is_not_a_forward() {
        let text = "-----Ursprüngliche Nachricht-----\nVon: Brightleaf Home - Amazon Marketplace\nBetreff: x\n";
        assert!(inline_forward(text).is_none());
    }

    #[test]
    fn mailbox_forms() {
        assert_eq!(parse_mailbox("\"A B\" <a@b.c>").unwrap().name.as_deref(), Some("A B"));
        assert_eq!(parse_mailbox("A B [mailto:a@b.c]").unwrap().address, "a@b.c");
        assert_eq!(parse_mailbox("a@b.c").unwrap().address, "a@b.c");
        assert!(parse_mailbox("no address here").is_none());
    }
}
