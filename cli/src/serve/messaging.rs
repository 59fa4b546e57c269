//! Amazon's templated buyer messages (Messaging API v1): which actions exist, how long their
//! text may be, and the content rules Amazon states ("no HTML, no email addresses").

use orderlens::order_view::MessagingAction;
use orderlens::problem::{Problem, ProblemCode};
use serde::Deserialize;

/// Action names as they appear in `_links.actions[].name` and in the POST path, with the text
/// limit from the model (sp-api.md §8); `None` = attachments only.
const ACTIONS: &[(&str, Option<u32>)] = &[
    ("confirmCustomizationDetails", Some(800)),
    ("confirmDeliveryDetails", Some(2000)),
    ("legalDisclosure", None),
    ("confirmOrderDetails", Some(2000)),
    ("confirmServiceDetails", Some(2000)),
    ("warranty", None),
    ("digitalAccessKey", Some(400)),
    ("unexpectedProblem", Some(2000)),
    ("invoice", None),
];

pub fn known_action(name: &str) -> Option<MessagingAction> {
    ACTIONS.iter().find(|(n, _)| *n == name).map(|(n, limit)| MessagingAction {
        name: n.to_string(),
        max_text_length: *limit,
        sendable: limit.is_some(),
    })
}

#[derive(Deserialize)]
struct ActionsBody {
    #[serde(rename = "_links")]
    links: Option<Links>,
}

#[derive(Deserialize)]
struct Links {
    #[serde(default)]
    actions: Vec<Link>,
}

#[derive(Deserialize)]
struct Link {
    name: Option<String>,
}

/// The actions of a getMessagingActionsForOrder body that this proxy knows. Unknown names
/// (`negativeFeedbackRemoval`, `amazonMotors`: removed from the model, still in the sandbox)
/// and `attributes` (not a message) are skipped. `None` = not a HAL actions body.
pub fn parse_actions(body: &[u8]) -> Option<Vec<MessagingAction>> {
    let parsed: ActionsBody = serde_json::from_slice(body).ok()?;
    let links = parsed.links?;
    let mut out: Vec<MessagingAction> = Vec::new();
    for name in links.actions.into_iter().filter_map(|l| l.name) {
        if let Some(action) = known_action(&name) {
            if !out.iter().any(|a| a.name == action.name) {
                out.push(action);
            }
        }
    }
    Some(out)
}

/// Check a text against the action's rules before Amazon sees it.
pub fn validate(action: &str, text: &str) -> Result<(), Problem> {
    let Some(spec) = known_action(action) else {
        return Err(Problem::new(
            ProblemCode::MessageActionUnsupported,
            format!(
                "'{}' is not a Messaging API action. Use one of the names from GET /v1/orders/{{orderId}}/messaging-actions.",
                super::accounts::truncate(action, 40)
            ),
        ));
    };
    let Some(max) = spec.max_text_length else {
        return Err(Problem::new(
            ProblemCode::MessageActionUnsupported,
            format!(
                "'{action}' needs attachments, which this proxy does not send. Send it from Seller Central instead."
            ),
        ));
    };
    let invalid = |why: String| Err(Problem::new(ProblemCode::MessageInvalid, why));
    let length = text.chars().count();
    if text.trim().is_empty() {
        return invalid("The message text is empty. Write the message before sending it.".into());
    }
    if length > max as usize {
        return invalid(format!(
            "The message has {length} characters; Amazon accepts at most {max} for '{action}'. Shorten it."
        ));
    }
    if contains_html(text) {
        return invalid("The message contains HTML, which Amazon forbids. Remove the tags and send plain text.".into());
    }
    if contains_email(text) {
        return invalid("The message contains an email address, which Amazon forbids. Remove it; the buyer can answer through Amazon.".into());
    }
    Ok(())
}

/// A `<` that opens a tag, a comment or a closing tag: `<b>`, `</p>`, `<!--`. A lone `<` in
/// "size < 10" is fine.
fn contains_html(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    bytes.windows(2).any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
        || lower.contains("&lt;")
        || lower.contains("&nbsp;")
}

/// `something@domain.tld` anywhere in the text.
fn contains_email(text: &str) -> bool {
    let is_part = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    text.match_indices('@').any(|(i, _)| {
        let before = text[..i].chars().next_back().is_some_and(is_part);
        let domain: String =
            text[i + 1..].chars().take_while(|c| c.is_alphanumeric() || *c == '.' || *c == '-').collect();
        let domain = domain.trim_end_matches('.');
        before && domain.contains('.') && !domain.starts_with('.')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sandbox_actions_skip_unknown_names() {
        let body = include_bytes!("../../../tests/fixtures/spapi/messaging/getMessagingActionsForOrder__200__static__123-1234567-1234567.json");
        let names: Vec<_> = parse_actions(body).unwrap().into_iter().map(|a| a.name).collect();
        assert!(names.contains(&"confirmDeliveryDetails".to_string()));
        assert!(!names.iter().any(|n| n == "negativeFeedbackRemoval" || n == "amazonMotors" || n == "attributes"));
        assert!(parse_actions(b"{not json").is_none());
    }

    #[test]
    fn text_rules() {
        assert!(validate("confirmDeliveryDetails", "We will deliver on Monday. Size < 10 cm.").is_ok());
        assert!(validate("unexpectedProblem", "Write to me at joe@example.com").is_err());
        assert!(validate("unexpectedProblem", "<b>Hello</b>").is_err());
        assert!(validate("digitalAccessKey", &"x".repeat(401)).is_err());
        assert!(validate("digitalAccessKey", &"é".repeat(400)).is_ok());
        assert!(validate("unexpectedProblem", "  ").is_err());
        assert_eq!(validate("warranty", "hi").unwrap_err().code, ProblemCode::MessageActionUnsupported);
        assert_eq!(validate("negativeFeedbackRemoval", "hi").unwrap_err().code, ProblemCode::MessageActionUnsupported);
        assert!(validate("unexpectedProblem", "Contact us @ the shop. Thanks!").is_ok());
    }
}
