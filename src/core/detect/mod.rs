//! Is this Amazon buyer-messaging mail, what kind, and which buyer, order and marketplace?

use serde::{Serialize, Serializer};

use crate::core::marketplace::Marketplace;
use crate::core::message::{Mailbox, Message, MAX_BODY_BYTES};

mod buyer_name;
mod fields;
mod kind;
mod name_words;
pub mod sender;
mod trust;
mod words;

use sender::Sender;

/// The ten kinds of Amazon seller mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    BuyerMessage,
    ReturnRequest,
    AtozClaim,
    RefundNotification,
    OrderConfirmation,
    DeliveryFailure,
    Chargeback,
    NegativeFeedback,
    CancellationRequest,
    MessageCopy,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::BuyerMessage,
        Kind::ReturnRequest,
        Kind::AtozClaim,
        Kind::RefundNotification,
        Kind::OrderConfirmation,
        Kind::DeliveryFailure,
        Kind::Chargeback,
        Kind::NegativeFeedback,
        Kind::CancellationRequest,
        Kind::MessageCopy,
    ];

    /// The kind's one name (`buyer_message`): in `orderlens detect`'s JSON, and the tag and field
    /// value the sidebar writes on insert (Zendesk and Freshdesk tags take no spaces).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::BuyerMessage => "buyer_message",
            Kind::ReturnRequest => "return_request",
            Kind::AtozClaim => "atoz_claim",
            Kind::RefundNotification => "refund_notification",
            Kind::OrderConfirmation => "order_confirmation",
            Kind::DeliveryFailure => "delivery_failure",
            Kind::Chargeback => "chargeback",
            Kind::NegativeFeedback => "negative_feedback",
            Kind::CancellationRequest => "cancellation_request",
            Kind::MessageCopy => "message_copy",
        }
    }
}

impl Serialize for Kind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Why mail that looks like Amazon's is not trusted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Suspicion {
    /// An Amazon-looking domain that is not Amazon's (suffix, prefix, typo tricks).
    LookalikeDomain { domain: String },
    /// The display name claims Amazon or an alias; the address is elsewhere.
    DisplayNameSpoof { address: String },
    /// An Amazon sender whose Authentication-Results say SPF or DMARC failed.
    AuthenticationFailed { domain: String },
}

/// What decided one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub field: &'static str,
    pub source: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Detection {
    pub is_amazon: bool,
    pub kind: Option<Kind>,
    /// The buyer's alias, lower-cased, without `+suffix`: stable per buyer and seller.
    pub alias: Option<String>,
    /// The address to answer (keeps Amazon's per-case `+suffix`).
    pub reply_address: Option<String>,
    pub marketplace: Option<&'static Marketplace>,
    pub order_id: Option<String>,
    pub asin: Option<String>,
    pub buyer_name: Option<String>,
    pub suspicion: Option<Suspicion>,
    pub no_response_needed_url: Option<String>,
    pub report_url: Option<String>,
    pub evidence: Vec<Evidence>,
}

impl Detection {
    fn not_amazon(why: impl Into<String>) -> Detection {
        Detection { evidence: vec![Evidence { field: "is_amazon", source: why.into() }], ..Detection::default() }
    }

    fn note(&mut self, field: &'static str, source: impl Into<String>) {
        self.evidence.push(Evidence { field, source: source.into() });
    }
}

/// Detects Amazon seller mail in a message.
pub fn detect(message: &Message) -> Detection {
    let mut detection = judge(message);
    if message.cut > 0 {
        detection.note(
            "input",
            format!(
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
                ..Detection::not_amazon(format!("{why} from {}: not Amazon mail", from.address))
            };
        }
    }
    match sender {
        Sender::Alias(_) | Sender::Notification { .. } => {
            let mut detection = describe(message, &from, sender);
            if let Some(why) = automatic {
                detection.note("is_amazon", format!("{why}, written by {} itself", from.address));
            }
            detection
        }
        Sender::OtherAmazon => Detection::not_amazon(format!("{} is Amazon, but not seller mail", from.address)),
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
            detection.note("is_amazon", format!("Amazon mail forwarded by {by}"));
            return detection;
        }
    }
    match from {
        Some(from) => Detection {
            suspicion: sender::suspicion(from),
            ..Detection::not_amazon(format!("sender {} is not Amazon", from.address))
        },
        None => Detection::not_amazon("no sender"),
    }
}

/// Amazon mail for the seller: read every field.
fn describe(message: &Message, from: &Mailbox, sender: Sender) -> Detection {
    let mut d = Detection { is_amazon: true, ..Detection::default() };
    let (alias, sender_domain) = match &sender {
        Sender::Alias(alias) => {
            d.note("is_amazon", format!("sent from buyer alias {}", alias.base));
            (Some(alias.clone()), None)
        }
        Sender::Notification { domain, .. } => {
            d.note("is_amazon", format!("Seller Central notification from {}", from.address));
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
    (d.no_response_needed_url, d.report_url) = fields::links(message);
    d
}
