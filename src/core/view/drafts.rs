//! Nothing the agent typed is lost: the reply they are writing and the text of an open
//! messaging action survive switching tickets and back, and a reload of the sidebar in the same
//! browser session. Core decides what is worth keeping ([`of`]) and how it comes back
//! ([`restore`]); the web shell only keeps the JSON in `sessionStorage` under [`key`].
//!
//! What is kept: text the agent typed (not a template they have not touched), `[Important]`,
//! and the action they were writing. A reply that was inserted, and an action that was sent,
//! are not drafts any more.

use serde::{Deserialize, Serialize};

use super::amazon_actions::Phase;
use super::events::Effect;
use super::state::TicketState;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<String>,
    #[serde(default)]
    pub important: bool,
    /// Amazon's action name and its text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<(String, String)>,
}

/// The longest draft text kept, in characters: session storage is small (about 5 MB per origin)
/// and no reply or action comes close (Amazon's longest action takes 2 000).
const MAX_DRAFT_CHARS: usize = 20_000;

/// The storage key of a ticket's draft (the web shell adds the host's page in front).
pub fn key(ticket_id: &str) -> String {
    format!("draft:{ticket_id}")
}

/// What is worth keeping of the ticket now; `None`: nothing.
pub fn of(t: &TicketState) -> Option<Draft> {
    let reply = t.composer.edited.clone().filter(|r| !t.inserted && !r.trim().is_empty());
    let action = t
        .actions
        .open
        .as_ref()
        .filter(|c| matches!(c.phase, Phase::Editing | Phase::Confirming | Phase::Failed(_)))
        .filter(|c| !c.text.trim().is_empty())
        .map(|c| (c.action.clone(), c.text.clone()));
    let important = t.composer.important && reply.is_some();
    (reply.is_some() || action.is_some()).then_some(Draft { reply, important, action })
}

/// The effect that keeps `draft` for the ticket (or forgets its old one).
pub fn save(t: &TicketState, draft: Option<&Draft>) -> Effect {
    let capped = draft.map(|d| Draft {
        reply: d.reply.as_deref().map(cap),
        important: d.important,
        action: d.action.as_ref().map(|(name, text)| (name.clone(), cap(text))),
    });
    Effect::SaveDraft { key: key(&t.ticket_id), draft: capped.and_then(|d| serde_json::to_string(&d).ok()) }
}

fn cap(text: &str) -> String {
    text.chars().take(MAX_DRAFT_CHARS).collect()
}

/// Puts a saved draft back, unless the agent has typed on this ticket meanwhile. Unreadable JSON
/// (another version's, or edited by hand) is ignored. An action's composer comes back once
/// Amazon's list of actions allows it; its buyer locale is asked for now.
pub fn restore(t: &mut TicketState, json: &str) -> Vec<Effect> {
    let Ok(draft) = serde_json::from_str::<Draft>(json) else { return Vec::new() };
    if let (Some(reply), None) = (draft.reply, &t.composer.edited) {
        t.composer.edit(reply);
        t.composer.important = draft.important;
    }
    let Some((action, text)) = draft.action else { return Vec::new() };
    let Some(order_id) = t.order_id.clone().filter(|_| t.actions.open.is_none()) else { return Vec::new() };
    let marketplace = t.marketplace_code().map(String::from);
    t.actions.reopen(action, text, t.generation, &order_id, marketplace.as_deref())
}
