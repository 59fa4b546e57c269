//! One `Message`, built from raw RFC 5322 bytes or from a helpdesk ticket's fields.

use serde::Deserialize;

/// A display name and an address, as written (not normalised).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mailbox {
    pub name: Option<String>,
    pub address: String,
}

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

/// A mail message, normalised for detection.
#[derive(Debug, Clone, Default)]
pub struct Message {
    pub from: Option<Mailbox>,
    pub reply_to: Vec<Mailbox>,
    pub to: Vec<Mailbox>,
    pub subject: String,
    /// Header names lower-cased, values decoded and unfolded, in message order.
    pub headers: Vec<(String, String)>,
    /// The readable body: the text part, else the HTML part as text, else the raw body.
    pub text: String,
    /// The HTML part as sent, for the links in it.
    pub html: String,
    /// Unix seconds.
    pub received_at: Option<i64>,
    /// A message carried inside this one: an attached `message/rfc822` or an inline forward.
    pub embedded: Option<Box<Message>>,
    /// A delivery status notification (`multipart/report`).
    pub is_delivery_report: bool,
}

impl Message {
    /// Parses raw RFC 5322 bytes. Never fails: whatever cannot be parsed is left empty.
    pub fn from_rfc822(_raw: &[u8]) -> Message {
        Message::default()
    }

    /// Builds a message from a helpdesk ticket's fields.
    pub fn from_ticket(_fields: &TicketFields) -> Message {
        Message::default()
    }

    /// The first value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}
