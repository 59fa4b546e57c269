//! Related tickets, one ticket per order: the host's other tickets about the same order (for a
//! question before a purchase, the same buyer alias), newest first, each a link into the host.
//! Only hosts with `relatedTickets` have them (not the browser extension: it has no tickets),
//! and the block is absent there.

use crate::core::format::{format_short_date, Zones};
use crate::core::host::related::read_related;
use crate::core::host::{RelatedQuery, RelatedTicket};
use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;
use crate::core::marketplace::Marketplace;

use super::events::Effect;
use super::links::safe_url;
use super::model::{Link, RelatedTicketView, RelatedView};
use super::time::zone_offset;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum RelatedState {
    /// Not asked: the host cannot search, or there is nothing to search by.
    #[default]
    NotAsked,
    Loading,
    Loaded(Vec<RelatedTicket>),
    /// The host's search failed (its reason is not shown: hosts throw stack traces).
    Failed,
}

/// The search for the open ticket, when the host has one and there is an order id or alias.
pub fn ask(
    host_has_related: bool,
    generation: u64,
    ticket_id: &str,
    order_id: Option<&str>,
    alias: Option<&str>,
) -> Option<(RelatedState, Effect)> {
    if !host_has_related || (order_id.is_none() && alias.is_none()) {
        return None;
    }
    let query = RelatedQuery {
        ticket_id: ticket_id.to_string(),
        order_id: order_id.map(String::from),
        // By the order when there is one: an alias has many orders.
        alias: alias.filter(|_| order_id.is_none()).map(String::from),
    };
    Some((RelatedState::Loading, Effect::RelatedTickets { generation, query }))
}

/// The host's answer (JSON text of its array, or its reason).
pub fn answered(result: Result<String, String>, ticket_id: &str) -> RelatedState {
    match result {
        Ok(json) => RelatedState::Loaded(read_related(&json, ticket_id)),
        Err(_) => RelatedState::Failed,
    }
}

pub fn related_view(
    state: &RelatedState,
    by_order: bool,
    marketplace: Option<&'static Marketplace>,
    ui: Lang,
    zones: &dyn Zones,
) -> Option<RelatedView> {
    let title = t(ui, if by_order { Text::RelatedTitle } else { Text::RelatedTitleBuyer }).to_string();
    let (note, tickets) = match state {
        RelatedState::NotAsked => return None,
        RelatedState::Loading => (Some(t(ui, Text::Loading)), Vec::new()),
        RelatedState::Failed => (Some(t(ui, Text::RelatedFailed)), Vec::new()),
        RelatedState::Loaded(found) if found.is_empty() => (Some(t(ui, Text::RelatedNone)), Vec::new()),
        RelatedState::Loaded(found) => (None, found.iter().map(|r| ticket_view(r, marketplace, ui, zones)).collect()),
    };
    Some(RelatedView { title, note: note.map(String::from), tickets })
}

fn ticket_view(
    r: &RelatedTicket,
    marketplace: Option<&'static Marketplace>,
    ui: Lang,
    zones: &dyn Zones,
) -> RelatedTicketView {
    let subject = match r.subject.trim() {
        "" => format!("#{}", r.id),
        s => format!("#{} · {s}", r.id),
    };
    let mut details = Vec::new();
    let created = r.created_at.as_deref().and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok());
    if let Some(at) = created.map(|d| d.with_timezone(&chrono::Utc)) {
        details.push(format_short_date(at, zone_offset(marketplace, at, zones), ui));
    }
    details.extend(r.status.clone());
    RelatedTicketView {
        id: r.id.clone(),
        link: safe_url(&r.url).map(|url| Link { text: subject.clone(), url }),
        subject,
        details,
    }
}
