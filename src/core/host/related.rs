//! `host.relatedTickets(query)` (docs/host-interface.md): the other tickets about the same order,
//! or for a question before a purchase the same buyer alias. Host data, read forgivingly: an
//! entry without an id is dropped, anything else odd reads as its default.

use serde_json::Value;

use crate::core::lenient;
use crate::core::stable_sort;

/// What to look for: the order id when there is one, else the buyer's alias.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelatedQuery {
    /// The open ticket, left out of the answer.
    pub ticket_id: String,
    pub order_id: Option<String>,
    pub alias: Option<String>,
}

impl RelatedQuery {
    /// The query as the host receives it: `{ticketId, orderId?, alias?}`.
    pub fn to_json(&self) -> String {
        let optional = [("orderId", &self.order_id), ("alias", &self.alias)];
        let present = optional.into_iter().filter_map(|(k, v)| Some((k, v.as_deref()?)));
        super::proxy::text_object([("ticketId", self.ticket_id.as_str())].into_iter().chain(present))
    }
}

/// One other ticket.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RelatedTicket {
    pub id: String,
    pub subject: String,
    /// Where the host opens it (only an http(s) URL becomes a link).
    pub url: String,
    /// RFC 3339, as the host wrote it; orders the list, newest first.
    pub created_at: Option<String>,
    /// The host's status word (`open`, `solved`, …).
    pub status: Option<String>,
}

/// The most tickets shown: the newest are the ones that matter.
pub const MAX_RELATED: usize = 20;

/// The host's answer (JSON of an array): newest first, the open ticket and duplicates left out.
pub fn read_related(json: &str, open_ticket: &str) -> Vec<RelatedTicket> {
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(json) else { return Vec::new() };
    let mut out: Vec<(Option<chrono::DateTime<chrono::Utc>>, RelatedTicket)> = Vec::new();
    for v in items.iter().filter(|v| v.is_object()) {
        let id = lenient::text(&v["id"]);
        if id.trim().is_empty() || id == open_ticket || out.iter().any(|(_, t)| t.id == id) {
            continue;
        }
        let created_at = lenient::optional_text(&v["created_at"]).or_else(|| lenient::optional_text(&v["createdAt"]));
        let when = created_at
            .as_deref()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            .map(|d| d.with_timezone(&chrono::Utc));
        let ticket = RelatedTicket {
            subject: lenient::text(&v["subject"]),
            url: lenient::text(&v["url"]),
            status: lenient::optional_text(&v["status"]),
            created_at,
            id,
        };
        out.push((when, ticket));
    }
    // Newest first; tickets without a readable time keep the host's order, after the dated ones.
    stable_sort::sort_by_key(&mut out, |(when, _)| match when.map(stable_sort::time_key) {
        Some([secs, nanos]) => [0, !secs, !nanos],
        None => [1, 0, 0],
    });
    out.into_iter().map(|(_, t)| t).take(MAX_RELATED).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_without_the_open_ticket() {
        let json = r#"[
            {"id": 11, "subject": "Old", "url": "https://x.zendesk.com/agent/tickets/11", "created_at": "2026-01-02T10:00:00Z"},
            {"id": "7", "subject": "Open one", "url": "https://x/7", "created_at": "2026-01-09T10:00:00Z"},
            {"id": 12, "subject": "New", "url": "https://x.zendesk.com/agent/tickets/12", "created_at": "2026-01-05T10:00:00+01:00", "status": "solved"},
            {"id": 12, "subject": "Duplicate"},
            {"subject": "no id"}, null, 3,
            {"id": 13, "subject": {"odd": true}, "url": null}
        ]"#;
        let got = read_related(json, "7");
        let ids: Vec<&str> = got.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["12", "11", "13"]);
        assert_eq!(got[0].status.as_deref(), Some("solved"));
        assert_eq!(got[2].subject, "");
        assert!(read_related("{}", "7").is_empty());
        assert!(read_related("not json", "7").is_empty());
    }

    #[test]
    fn the_query_names_what_is_known() {
        let q = RelatedQuery { ticket_id: "7".into(), order_id: Some("302-1234567-1234567".into()), alias: None };
        assert_eq!(q.to_json(), r#"{"orderId":"302-1234567-1234567","ticketId":"7"}"#);
    }
}
