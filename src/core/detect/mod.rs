//! Is this Amazon buyer-messaging mail, what kind, and which buyer, order and marketplace?

use serde::Serialize;

use crate::core::marketplace::Marketplace;
use crate::core::message::Message;

/// The ten kinds of Amazon seller mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
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

/// Detects Amazon seller mail in a message.
pub fn detect(_message: &Message) -> Detection {
    Detection::default()
}
