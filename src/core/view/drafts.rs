//! Nothing the agent typed is lost: the reply they are writing and the text of an open
//! messaging action survive switching tickets and back, and a reload of the sidebar in the same
//! browser session. Core decides what is worth keeping ([`of`]) and how it comes back
//! ([`restore`]); the web shell only keeps the JSON in `sessionStorage` under [`key`].
//!
//! What is kept: text the agent typed (not a template they have not touched), `[Important]`,
//! and the action they were writing. A reply that was inserted, and an action that was sent,
//! are not drafts any more.

use serde::Serialize;
use serde_json::Value;

use super::amazon_actions::Phase;
use super::events::Effect;
use super::state::TicketState;

/// Written with serde, read by hand ([`Draft::from_json`]): serde's derived reader cost the
/// sidebar its only `deserialize_struct` and, through its error messages, float formatting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Draft {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<String>,
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

impl Draft {
    /// The draft [`save`] wrote; `None` if any field has another type (another version's JSON,
    /// or edited by hand). Absent fields and `null` options are empty; other keys are ignored.
    pub fn from_json(json: &str) -> Option<Draft> {
        let Value::Object(fields) = serde_json::from_str::<Value>(json).ok()? else { return None };
        let text = |v: &Value| v.as_str().map(str::to_string);
        let reply = match fields.get("reply") {
            None | Some(Value::Null) => None,
            Some(r) => Some(text(r)?),
        };
        let important = match fields.get("important") {
            None => false,
            Some(b) => b.as_bool()?,
        };
        let action = match fields.get("action") {
            None | Some(Value::Null) => None,
            Some(a) => match a.as_array()?.as_slice() {
                [name, body] => Some((text(name)?, text(body)?)),
                _ => return None,
            },
        };
        Some(Draft { reply, important, action })
    }
}

fn cap(text: &str) -> String {
    text.chars().take(MAX_DRAFT_CHARS).collect()
}

/// Puts a saved draft back, unless the agent has typed on this ticket meanwhile. Unreadable JSON
/// (another version's, or edited by hand) is ignored. An action's composer comes back once
/// Amazon's list of actions allows it; its buyer locale is asked for now.
pub fn restore(t: &mut TicketState, json: &str) -> Vec<Effect> {
    let Some(draft) = Draft::from_json(json) else { return Vec::new() };
    if let (Some(reply), None) = (draft.reply, &t.composer.edited) {
        t.composer.edit(reply);
        t.composer.important = draft.important;
    }
    let Some((action, text)) = draft.action else { return Vec::new() };
    let Some(order_id) = t.order_id.clone().filter(|_| t.actions.open.is_none()) else { return Vec::new() };
    let marketplace = t.marketplace_code().map(String::from);
    t.actions.reopen(action, text, t.generation, &order_id, marketplace.as_deref())
}

#[cfg(test)]
mod tests {
    use super::Draft;

    #[test]
    fn what_save_writes_reads_back_and_other_types_are_refused() {
        let full =
            Draft { reply: Some("Hallo \"du\"\n".into()), important: true, action: Some(("a".into(), "b".into())) };
        for d in [full, Draft::default(), Draft { important: true, ..Default::default() }] {
            assert_eq!(Draft::from_json(&serde_json::to_string(&d).unwrap()), Some(d));
        }
        let kept = r#"{"reply": null, "action": null, "later": 1}"#;
        assert_eq!(Draft::from_json(kept), Some(Draft::default()));
        for junk in [
            r#"{"important": null}"#,
            r#"{"important": "yes"}"#,
            r#"{"action": ["a", "b", "c"]}"#,
            r#"{"action": ["a", 1]}"#,
        ] {
            assert_eq!(Draft::from_json(junk), None, "{junk}");
        }
    }
}
