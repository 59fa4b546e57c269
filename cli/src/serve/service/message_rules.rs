//! The rules a buyer message must pass before Amazon sees it: an action that takes text, its
//! length limit (`operations`), core's compliance check (the one the composer runs, so the proxy
//! blocks exactly what the sidebar blocks) plus Amazon's "no HTML".

use orderlens::lang::Lang;
use orderlens::problem::{Problem, ProblemCode};
use orderlens::reply::compliance::{self, CheckContext, Severity};

use crate::serve::input::echo;
use crate::serve::spapi::operations::{message_action, MessageAction};

/// The action, if `text` may be sent with it.
pub fn validate(action: &str, text: &str) -> Result<&'static MessageAction, Problem> {
    let Some(spec) = message_action(action) else {
        return Err(Problem::new(
            ProblemCode::MessageActionUnsupported,
            format!(
                "'{}' is not a Messaging API action. Use one of the names from GET /v1/orders/{{orderId}}/messaging-actions.",
                echo(action)
            ),
        ));
    };
    let Some(max) = spec.max_text else {
        let how = match action {
            "invoice" => "Send the PDF with POST /v1/orders/{orderId}/invoice instead.",
            _ => "This proxy sends no other attachments: send it from Seller Central instead.",
        };
        return Err(Problem::new(
            ProblemCode::MessageActionUnsupported,
            format!("'{action}' needs an attachment. {how}"),
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
    let blocking: Vec<String> = compliance::check(text, &CheckContext::default())
        .into_iter()
        .filter(|f| f.severity == Severity::Block)
        .map(|f| f.message(Lang::En))
        .collect();
    if !blocking.is_empty() {
        return invalid(format!("Amazon's messaging rules forbid this text: {}", blocking.join(" ")));
    }
    Ok(spec)
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

#[cfg(test)]
mod tests {
    use super::*;

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
        // What core's composer check blocks, the proxy blocks too (the old scan let these through).
        for blocked in [
            "Visit https://my-shop.example/deals for more.",
            "Thanks! 😀",
            "Please leave us a 5-star review.",
            "write to joe(at)example(dot)com",
        ] {
            let p = validate("unexpectedProblem", blocked).unwrap_err();
            assert_eq!(p.code, ProblemCode::MessageInvalid, "{blocked}");
        }
    }
}
