//! The helpdesk ticket as a host adapter hands it over (`docs/host-interface.md`, type `Ticket`),
//! and what core reads out of it: the one [`Message`] to run detection on, and the thread of
//! comments for Amazon's 24-hour clock.
//!
//! Hosts differ and change, so reading is forgiving: every field has a default, a field of the
//! wrong type (a numeric id, `null`, an object where a string belongs) reads as its default
//! instead of failing the whole ticket, and nothing here panics on any JSON.

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::core::lenient;
use crate::core::message::{Message, TicketFields};
use crate::core::sla::{Author, ThreadEntry};

/// The open ticket. Field names are those of the host interface.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ticket {
    pub id: String,
    pub subject: String,
    pub requester: Person,
    pub recipients: Vec<String>,
    /// The raw RFC 5322 message, where the host has it.
    pub raw: Option<String>,
    /// Oldest first.
    pub comments: Vec<Comment>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    pub email: Option<String>,
    pub name: Option<String>,
    /// `requester`, `agent` or `system`; anything else reads as unknown.
    pub role: Option<Role>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Requester,
    Agent,
    System,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comment {
    pub author: Person,
    pub body_text: Option<String>,
    pub body_html: Option<String>,
    /// RFC 3339, as the host wrote it (an unreadable time keeps the comment out of the clock).
    pub created_at: String,
    pub public: Option<bool>,
    pub auto_reply: Option<bool>,
}

/// Why a ticket could not be read at all (only when the whole value is not a ticket object).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketError(pub String);

impl std::fmt::Display for TicketError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Person {
    fn read(v: &Value) -> Person {
        Person {
            email: lenient::optional_text(&v["email"]),
            name: lenient::optional_text(&v["name"]),
            role: match v["role"].as_str() {
                Some("requester") => Some(Role::Requester),
                Some("agent") => Some(Role::Agent),
                Some("system") => Some(Role::System),
                _ => None,
            },
        }
    }
}

impl Comment {
    fn read(v: &Value) -> Comment {
        Comment {
            author: Person::read(&v["author"]),
            body_text: lenient::optional_text(&v["body_text"]),
            body_html: lenient::optional_text(&v["body_html"]),
            created_at: lenient::text(&v["created_at"]),
            public: v["public"].as_bool(),
            auto_reply: v["auto_reply"].as_bool(),
        }
    }
}

impl Ticket {
    /// Reads the host's ticket JSON. `Ok(None)` for `null` (no ticket open); an error only when
    /// the JSON is unreadable or not an object. Odd fields never fail the ticket.
    pub fn from_json(json: &str) -> Result<Option<Ticket>, TicketError> {
        // Where, not serde_json's message: its `Display` brings std::io's error texts into the wasm.
        let value: Value = serde_json::from_str(json).map_err(|e| {
            TicketError(format!("The host sent a ticket that is not JSON (line {}, column {}).", e.line(), e.column()))
        })?;
        Ticket::from_value(value)
    }

    pub fn from_value(value: Value) -> Result<Option<Ticket>, TicketError> {
        match value {
            Value::Null => Ok(None),
            Value::Object(_) => Ok(Some(Ticket {
                id: lenient::text(&value["id"]),
                subject: lenient::text(&value["subject"]),
                requester: Person::read(&value["requester"]),
                recipients: lenient::texts(&value["recipients"]),
                raw: lenient::optional_text(&value["raw"]),
                comments: value["comments"]
                    .as_array()
                    .map(|items| items.iter().filter(|v| v.is_object()).map(Comment::read).collect())
                    .unwrap_or_default(),
            })),
            other => Err(TicketError(format!("The host sent a ticket that is not an object but {}.", kind_of(&other)))),
        }
    }

    /// The message detection looks at: the raw message when the host has one; otherwise the
    /// latest comment by the requester (the buyer's newest words say most), else the first comment.
    pub fn message(&self) -> Message {
        let comment =
            self.comments.iter().rev().find(|c| self.is_requester(&c.author)).or_else(|| self.comments.first());
        Message::from_ticket(&TicketFields {
            requester_email: self.requester.email.clone(),
            requester_name: self.requester.name.clone(),
            subject: Some(self.subject.clone()),
            body_text: comment.and_then(|c| c.body_text.clone()),
            body_html: comment.and_then(|c| c.body_html.clone()),
            recipients: self.recipients.clone(),
            received_at: comment.map(|c| c.created_at.clone()),
            raw: self.raw.clone(),
        })
    }

    /// Who wrote each comment and when, for [`crate::core::sla::Clock`]. Comments without a
    /// readable time are left out.
    pub fn thread(&self) -> Vec<ThreadEntry> {
        self.comments
            .iter()
            .filter_map(|c| {
                let at = DateTime::parse_from_rfc3339(c.created_at.trim()).ok()?.with_timezone(&Utc);
                Some(ThreadEntry { author: self.author_of(c), at, no_response_needed: false })
            })
            .collect()
    }

    /// How a comment counts for the clock. An automatic reply or a system message never answers
    /// the buyer; neither does an agent's internal note (`public: false`). Without a role, a
    /// comment from the requester's address is the buyer's; any other unknown author is left
    /// neutral, because wrongly stopping the clock hides a deadline, which is worse.
    fn author_of(&self, c: &Comment) -> Author {
        if c.auto_reply == Some(true) {
            return Author::AutoReply;
        }
        match c.author.role {
            Some(Role::System) => Author::AutoReply,
            Some(Role::Agent) if c.public == Some(false) => Author::AutoReply,
            Some(Role::Agent) => Author::Seller,
            Some(Role::Requester) => Author::Buyer,
            None if self.is_requester(&c.author) => Author::Buyer,
            None => Author::AutoReply,
        }
    }

    fn is_requester(&self, author: &Person) -> bool {
        match (author.role, &author.email, &self.requester.email) {
            (Some(role), _, _) => role == Role::Requester,
            (None, Some(a), Some(r)) => a.trim().eq_ignore_ascii_case(r.trim()),
            _ => false,
        }
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::detect::{detect, Kind};
    use crate::core::sla::Clock;

    fn ticket(json: &str) -> Ticket {
        Ticket::from_json(json).unwrap().unwrap()
    }

    const BUYER: &str = "abc1234567890xyz@marketplace.amazon.de";

    #[test]
    fn reads_the_host_interface_shape() {
        let t = ticket(&format!(
            r#"{{"id":"42","subject":"Frage zum Artikel","requester":{{"email":"{BUYER}","name":"Jürgen"}},
               "recipients":["support@shop.example"],
               "comments":[{{"author":{{"email":"{BUYER}","role":"requester"}},"body_text":"Hallo","created_at":"2026-03-02T08:15:22Z","public":true}}]}}"#
        ));
        assert_eq!(t.id, "42");
        assert_eq!(t.requester.name.as_deref(), Some("Jürgen"));
        assert_eq!(t.recipients, ["support@shop.example"]);
        assert_eq!(t.comments.len(), 1);
        assert_eq!(t.comments[0].author.role, Some(Role::Requester));
    }

    #[test]
    fn odd_fields_read_as_defaults_and_never_fail_the_ticket() {
        let t = ticket(
            r#"{"id":12345,"subject":null,"requester":"someone","recipients":"a@b.c","raw":7,
                "comments":[null,3,"x",{"author":{"role":"robot","email":["x"]},"created_at":{},"public":"yes"},{"body_text":"ok"}],
                "extra":{"deep":[1,2,3]}}"#,
        );
        assert_eq!(t.id, "12345");
        assert_eq!(t.subject, "");
        assert_eq!(t.requester, Person::default());
        assert_eq!(t.recipients, ["a@b.c"]);
        assert_eq!(t.raw.as_deref(), Some("7"));
        assert_eq!(t.comments.len(), 2);
        assert_eq!(t.comments[0].author.role, None);
        assert_eq!(t.comments[0].public, None);
        assert_eq!(t.comments[1].body_text.as_deref(), Some("ok"));
        // Reading and using an odd ticket never panics.
        let _ = detect(&t.message());
        assert!(t.thread().is_empty());
    }

    #[test]
    fn no_ticket_and_non_tickets() {
        assert_eq!(Ticket::from_json("null").unwrap(), None);
        assert_eq!(Ticket::from_json("{}").unwrap(), Some(Ticket::default()));
        for bad in ["", "[1]", "\"ticket\"", "{", "42"] {
            let err = Ticket::from_json(bad).unwrap_err();
            assert!(err.0.starts_with("The host sent"), "{bad}: {err}");
        }
    }

    #[test]
    fn the_latest_buyer_comment_is_detected() {
        let t = ticket(&format!(
            r#"{{"subject":"Frage von Amazon-Kunde Jürgen (Bestellung: 302-1111111-2222222)",
                "requester":{{"email":"{BUYER}","name":"Jürgen"}},
                "comments":[
                  {{"author":{{"role":"requester"}},"body_text":"first","created_at":"2026-03-02T08:00:00Z"}},
                  {{"author":{{"role":"agent"}},"body_text":"answer","created_at":"2026-03-02T09:00:00Z"}},
                  {{"author":{{"role":"requester"}},"body_text":"second","created_at":"2026-03-02T10:00:00Z"}},
                  {{"author":{{"role":"agent"}},"body_text":"note","created_at":"2026-03-02T11:00:00Z","public":false}}]}}"#
        ));
        let m = t.message();
        assert_eq!(m.text, "second");
        assert_eq!(m.received_at, Some(1_772_445_600));
        let d = detect(&m);
        assert!(d.is_amazon);
        assert_eq!(d.kind, Some(Kind::BuyerMessage));
        assert_eq!(d.marketplace.map(|m| m.code), Some("DE"));
        assert_eq!(d.order_id.as_deref(), Some("302-1111111-2222222"));
    }

    #[test]
    fn without_a_requester_comment_the_first_comment_is_used_and_raw_wins() {
        let t = ticket(
            r#"{"comments":[{"author":{"role":"agent"},"body_text":"one"},{"author":{"role":"agent"},"body_text":"two"}]}"#,
        );
        assert_eq!(t.message().text, "one");
        let t = ticket(r#"{"subject":"fields","raw":"Subject: from raw\r\n\r\nbody","comments":[{"body_text":"x"}]}"#);
        assert_eq!(t.message().subject, "from raw");
    }

    #[test]
    fn the_thread_tells_buyer_seller_and_non_answers_apart() {
        let t = ticket(&format!(
            r#"{{"requester":{{"email":"{BUYER}"}},"comments":[
                {{"author":{{"email":"{}"}},"created_at":"2026-03-02T08:00:00Z"}},
                {{"author":{{"role":"agent"}},"auto_reply":true,"created_at":"2026-03-02T08:00:05Z"}},
                {{"author":{{"role":"system"}},"created_at":"2026-03-02T08:01:00Z"}},
                {{"author":{{"role":"agent"}},"public":false,"created_at":"2026-03-02T09:00:00Z"}},
                {{"author":{{"email":"colleague@shop.example"}},"created_at":"2026-03-02T09:30:00Z"}},
                {{"author":{{"role":"agent"}},"created_at":"2026-03-02T10:00:00+01:00"}},
                {{"author":{{"role":"agent"}},"created_at":"yesterday"}}]}}"#,
            BUYER.to_uppercase()
        ));
        let authors: Vec<Author> = t.thread().iter().map(|e| e.author).collect();
        use Author::*;
        assert_eq!(authors, [Buyer, AutoReply, AutoReply, AutoReply, AutoReply, Seller]);
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        // The agent's public answer at 09:00 UTC answers the 08:00 message.
        assert_eq!(Clock::of(&t.thread(), at("2026-03-02T12:00:00Z")), Clock::NoneDue);
        // Without it the clock runs from 08:00: the auto reply and the note do not count.
        let mut unanswered = t.clone();
        unanswered.comments.truncate(5);
        assert!(matches!(
            Clock::of(&unanswered.thread(), at("2026-03-02T12:00:00Z")),
            Clock::Due { since, .. } if since == at("2026-03-02T08:00:00Z")
        ));
    }
}
