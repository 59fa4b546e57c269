//! Which of the ten kinds a piece of Amazon mail is.

use super::sender::Sender;
use super::words::{KIND_PHRASES, NOTIFICATION_TYPES, RELAYED_CANCELLATION};
use super::Kind;
use crate::core::letter_case;
use crate::core::message::Message;

/// The kind and what decided it; `None` for a Seller Central notification of a kind we do
/// not know (it is still Amazon's).
pub fn classify(message: &Message, sender: &Sender) -> Option<(Kind, String)> {
    let subject = letter_case::lower(&message.subject);
    match sender {
        // Mail from an alias is the buyer writing; only a relayed cancellation request differs.
        Sender::Alias(_) => Some(if RELAYED_CANCELLATION.iter().any(|p| subject.contains(p)) {
            (Kind::CancellationRequest, "cancellation request relayed from the buyer".into())
        } else {
            (Kind::BuyerMessage, "relayed from a buyer alias".into())
        }),
        Sender::Notification { local, .. } => notification_kind(message, &subject, local),
        Sender::OtherAmazon | Sender::Other => None,
    }
}

fn notification_kind(message: &Message, subject: &str, local: &str) -> Option<(Kind, String)> {
    if let Some((value, kind)) = message
        .header("x-space-notification-type")
        .and_then(|v| NOTIFICATION_TYPES.iter().find(|(name, _)| v.trim().eq_ignore_ascii_case(name)))
    {
        return Some((*kind, why!("X-Space-Notification-Type {value}")));
    }
    // These senders send one kind only.
    match local {
        "atoz-guarantee-no-reply" | "seller-guarantee" => return Some((Kind::AtozClaim, why!("sender {local}"))),
        "cb-seller-notification" | "cb-seller-query" => return Some((Kind::Chargeback, why!("sender {local}"))),
        _ => {}
    }
    let phrase_in = |text: &str| {
        KIND_PHRASES.iter().find_map(|(kind, phrases)| phrases.iter().find(|p| text.contains(*p)).map(|p| (*kind, *p)))
    };
    if let Some((kind, phrase)) = phrase_in(subject) {
        return Some((kind, why!("subject says \"{phrase}\"")));
    }
    if let Some((kind, phrase)) = phrase_in(&letter_case::lower(&message.text)) {
        return Some((kind, why!("body says \"{phrase}\"")));
    }
    let kind = match local {
        "seller-notification" | "payments-messages" => Kind::OrderConfirmation,
        "order-update" => Kind::ReturnRequest,
        "auto-communication" => Kind::DeliveryFailure,
        _ => return None,
    };
    Some((kind, why!("sender {local}")))
}
