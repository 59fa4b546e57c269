//! Is this Amazon buyer-messaging mail, what kind, and which buyer, order and marketplace?

use crate::core::message::{Mailbox, Message, MAX_BODY_BYTES};

/// The text of a piece of evidence, as `format!` writes it; without the `evidence` feature (the
/// sidebar) nothing is formatted: the closure keeps the arguments checked and is never called.
#[cfg(feature = "evidence")]
macro_rules! why {
    ($($arg:tt)*) => { format!($($arg)*) };
}
#[cfg(not(feature = "evidence"))]
macro_rules! why {
    ($($arg:tt)*) => {{
        let _ = || format!($($arg)*);
        String::new()
    }};
}

mod amount;
mod buyer_name;
mod detection;
mod fact_words;
mod facts;
mod fields;
mod kind;
mod name_words;
pub mod sender;
mod trust;
mod words;

pub use detection::{Amount, Ask, ClaimStage, Detection, Evidence, Facts, FailureReason, Kind, Payer, Suspicion};
use sender::Sender;

/// Detects Amazon seller mail in a message.
pub fn detect(message: &Message) -> Detection {
    let mut detection = judge(message);
    if message.cut > 0 {
        detection.note(
            "input",
            why!(
                "only the first {} KB of the subject, the text and the HTML were read ({} bytes left out)",
                MAX_BODY_BYTES / 1024,
                message.cut
            ),
        );
    }
    detection
}

fn judge(message: &Message) -> Detection {
    let automatic = trust::automatic(message);
    let Some((from, sender)) = effective_sender(message) else {
        return match automatic {
            Some(why) => Detection::not_amazon(why),
            None => forwarded(message, None),
        };
    };
    let amazon = matches!(sender, Sender::Alias(_) | Sender::Notification { .. });
    if amazon && trust::authentication_failed(message) {
        let domain = from.address.rsplit('@').next().unwrap_or_default().to_ascii_lowercase();
        return Detection {
            suspicion: Some(Suspicion::AuthenticationFailed { domain }),
            ..Detection::not_amazon("Authentication-Results: SPF or DMARC failed for an Amazon sender")
        };
    }
    if let Some(why) = automatic {
        if !trust::amazon_wrote_it(message, &from, &sender) {
            return Detection {
                suspicion: sender::suspicion(&from),
                ..Detection::not_amazon(why!("{why} from {}: not Amazon mail", from.address))
            };
        }
    }
    match sender {
        Sender::Alias(_) | Sender::Notification { .. } => {
            let mut detection = describe(message, &from, sender);
            if let Some(why) = automatic {
                detection.note("is_amazon", why!("{why}, written by {} itself", from.address));
            }
            detection
        }
        Sender::OtherAmazon => Detection::not_amazon(why!("{} is Amazon, but not seller mail", from.address)),
        Sender::Other => forwarded(message, Some(&from)),
    }
}

/// The sender that counts: From, or for a mailing list that rewrote From (Google Groups'
/// "X via Y"), the original sender in X-Original-From or Reply-To.
fn effective_sender(message: &Message) -> Option<(Mailbox, Sender)> {
    let from = message.from.clone()?;
    let sender = sender::classify(&from.address);
    let rewritten_by_list =
        from.name.as_deref().is_some_and(|n| n.contains(" via ")) || message.header("list-id").is_some();
    if sender != Sender::Other || !rewritten_by_list {
        return Some((from, sender));
    }
    let original = message
        .header("x-original-from")
        .and_then(crate::core::message::parse_mailbox)
        .into_iter()
        .chain(message.reply_to.iter().cloned())
        .map(|m| {
            let s = sender::classify(&m.address);
            (m, s)
        })
        .find(|(_, s)| matches!(s, Sender::Alias(_) | Sender::Notification { .. }));
    Some(original.unwrap_or((from, sender)))
}

/// Mail from someone else: Amazon only if it forwards Amazon mail (inline or attached), and
/// then described by the forwarded message.
fn forwarded(message: &Message, from: Option<&Mailbox>) -> Detection {
    if let Some(inner) = message.embedded.as_deref() {
        let mut detection = detect(inner);
        if detection.is_amazon {
            let by = from.map_or("someone", |f| f.address.as_str());
            detection.note("is_amazon", why!("Amazon mail forwarded by {by}"));
            return detection;
        }
    }
    match from {
        Some(from) => Detection {
            suspicion: sender::suspicion(from),
            ..Detection::not_amazon(why!("sender {} is not Amazon", from.address))
        },
        None => Detection::not_amazon("no sender"),
    }
}

/// Amazon mail for the seller: read every field.
fn describe(message: &Message, from: &Mailbox, sender: Sender) -> Detection {
    let mut d = Detection { is_amazon: true, ..Detection::default() };
    let (alias, sender_domain) = match &sender {
        Sender::Alias(alias) => {
            d.note("is_amazon", why!("sent from buyer alias {}", alias.base));
            (Some(alias.clone()), None)
        }
        Sender::Notification { domain, .. } => {
            d.note("is_amazon", why!("Seller Central notification from {}", from.address));
            let alias = message
                .reply_to
                .iter()
                .find_map(|m| match sender::classify(&m.address) {
                    Sender::Alias(a) => Some(a),
                    _ => None,
                })
                .or_else(|| sender::find_alias(&message.html))
                .or_else(|| sender::find_alias(&message.text));
            (alias, Some(domain.as_str()))
        }
        Sender::OtherAmazon | Sender::Other => (None, None),
    };
    if let Some(alias) = &alias {
        d.alias = Some(alias.base.clone());
        d.reply_address = Some(alias.reply.clone());
        d.note("alias", if matches!(sender, Sender::Alias(_)) { "sender address" } else { "address in the notice" });
    }
    if let Some((kind, why)) = kind::classify(message, &sender) {
        d.kind = Some(kind);
        d.note("kind", why);
    }
    if let Some((m, why)) = fields::marketplace(message, alias.as_ref(), sender_domain) {
        d.marketplace = Some(m);
        d.note("marketplace", why);
    }
    if let Some((id, why)) = fields::order_id(message) {
        d.order_id = Some(id);
        d.note("order_id", why);
    }
    if let Some((asin, why)) = fields::asin(message) {
        d.asin = Some(asin);
        d.note("asin", why);
    }
    if let Some((name, why)) = buyer_name::buyer_name(message, d.kind, alias.as_ref()) {
        d.buyer_name = Some(name);
        d.note("buyer_name", why);
    }
    if let Some(kind) = d.kind {
        let (facts, notes) = facts::facts(message, kind, d.marketplace);
        d.facts = facts;
        for (field, why) in notes {
            d.note(field, why);
        }
    }
    (d.no_response_needed_url, d.report_url) = fields::links(message);
    d
}
