//! A mail message as detection reads it, whatever it was built from (raw RFC 5322 bytes or a
//! ticket's fields, in `message.rs`; an inline forward, in `forward.rs`).

/// A display name and an address, as written (not normalised).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mailbox {
    pub name: Option<String>,
    pub address: String,
}

/// How much of the subject, the text and the HTML detection reads: the first 256 KB of each.
/// Amazon's mail is a few KB; what lies beyond is a forwarded archive or an attack, and the cap
/// bounds the time an agent waits for the sidebar.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// How many messages deep attachments are read (a forward of a forward of Amazon mail is two):
/// mail can nest `message/rfc822` parts thousands deep, and reading each would recurse as deep.
pub const MAX_EMBEDDED_DEPTH: usize = 8;

/// A mail message, normalised for detection.
#[derive(Debug, Clone, Default)]
pub struct Message {
    pub from: Option<Mailbox>,
    pub reply_to: Vec<Mailbox>,
    pub to: Vec<Mailbox>,
    pub subject: String,
    /// Header names lower-cased, values unfolded, in message order.
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
    /// Bytes of the subject, text and HTML beyond [`MAX_BODY_BYTES`] that were left out.
    pub cut: usize,
}

impl Message {
    /// The first value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// Every value of a header, by case-insensitive name.
    pub fn headers_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers.iter().filter(move |(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}
