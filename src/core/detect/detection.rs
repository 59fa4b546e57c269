//! What detection finds ([`Detection`]) and its vocabulary ([`Kind`], [`Suspicion`]), below the
//! detectors that fill it in.

use serde::{Serialize, Serializer};

use crate::core::marketplace::Marketplace;

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
    pub(super) fn not_amazon(why: impl Into<String>) -> Detection {
        Detection { evidence: vec![Evidence { field: "is_amazon", source: why.into() }], ..Detection::default() }
    }

    pub(super) fn note(&mut self, field: &'static str, source: impl Into<String>) {
        self.evidence.push(Evidence { field, source: source.into() });
    }
}
