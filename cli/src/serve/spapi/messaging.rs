//! Messaging v1 getMessagingActionsForOrder (HAL: `_links.actions[].name`, and the same actions
//! under `_embedded.actions[]`) → the actions this proxy knows, once each, in Amazon's order;
//! GetAttributes (`buyer.locale`) → the buyer's locale.

use orderlens::order_view::MessagingAction;

use super::lenient::{at, code, objects, parse_object, MappingError};
use super::operations::message_action;

/// Unknown names (`negativeFeedbackRemoval`, `amazonMotors`: removed from the model, still in
/// the sandbox) and `attributes` (not a message) are skipped.
pub fn parse_actions(body: &[u8]) -> Result<Vec<MessagingAction>, MappingError> {
    let doc = parse_object(body)?;
    if at(&doc, &["_links"]).is_none() && at(&doc, &["_embedded"]).is_none() {
        return Err(MappingError("neither `_links` nor `_embedded`"));
    }
    let linked = objects(&doc, &["_links", "actions"]).filter_map(|l| code(l, &["name"]));
    let embedded = objects(&doc, &["_embedded", "actions"])
        .filter_map(|a| code(a, &["payload", "name"]).or_else(|| code(a, &["_links", "self", "name"])));
    let mut out: Vec<MessagingAction> = Vec::new();
    for action in linked.chain(embedded).filter_map(|name| message_action(&name).map(|a| a.view())) {
        if !out.iter().any(|a| a.name == action.name) {
            out.push(action);
        }
    }
    Ok(out)
}

/// GetAttributes' `buyer.locale` (`en-US`); `None` when Amazon leaves it out. Only a plain
/// language tag is passed on (letters, digits and `-`/`_`, at most 35 characters, BCP 47's limit).
pub fn parse_locale(body: &[u8]) -> Result<Option<String>, MappingError> {
    let doc = parse_object(body)?;
    let locale = code(&doc, &["buyer", "locale"]);
    Ok(locale.filter(|l| l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sandbox_actions_skip_unknown_names() {
        let body = include_bytes!("../../../../tests/fixtures/spapi/messaging/getMessagingActionsForOrder__200__static__123-1234567-1234567.json");
        let names: Vec<_> = parse_actions(body).unwrap().into_iter().map(|a| a.name).collect();
        assert!(names.contains(&"confirmDeliveryDetails".to_string()));
        assert!(!names.iter().any(|n| n == "negativeFeedbackRemoval" || n == "amazonMotors" || n == "attributes"));
        assert!(parse_actions(b"{not json").is_err());
        assert!(parse_actions(b"{\"errors\":[]}").is_err());
    }

    #[test]
    fn nulls_and_embedded_only() {
        let body = br#"{"_links":{"actions":null,"self":null},"_embedded":{"actions":[null,{"_links":{"self":{"name":"unexpectedProblem"}}},{"payload":{"name":"unexpectedProblem"}}]}}"#;
        let names: Vec<_> = parse_actions(body).unwrap().into_iter().map(|a| a.name).collect();
        assert_eq!(names, ["unexpectedProblem"]);
    }

    #[test]
    fn buyer_locale() {
        let body = include_bytes!(
            "../../../../tests/fixtures/spapi/messaging/GetAttributes__200__static__123-1234567-1234567.json"
        );
        assert_eq!(parse_locale(body).unwrap().as_deref(), Some("en-US"));
        assert_eq!(parse_locale(br#"{"buyer":{"locale":null}}"#).unwrap(), None);
        assert_eq!(parse_locale(br#"{}"#).unwrap(), None);
        assert_eq!(parse_locale(br#"{"buyer":{"locale":"<script>"}}"#).unwrap(), None);
        assert!(parse_locale(b"[1]").is_err());
    }
}
