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
    /// What the notification says about the case (amounts, reasons, the claim's stage).
    pub facts: Facts,
    pub evidence: Vec<Evidence>,
}

/// The facts of a notice, each as Amazon wrote it (amounts normalised to a decimal string).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facts {
    /// Claim, chargeback or refund amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<Amount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<ClaimStage>,
    /// Return reason, cancellation reason or claim reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The buyer's comment (return request, feedback).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<u32>,
    /// Feedback rating, 1 to 5 stars.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure: Option<FailureReason>,
    /// Who pays a granted claim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid_by: Option<Payer>,
    /// A respond-by date as the notice writes it (claims, chargebacks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub respond_by: Option<String>,
    /// What a buyer message asks for, when its words say so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asks: Option<Ask>,
    /// The ship-by date as an order confirmation writes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship_by: Option<String>,
    /// Subject of the seller's message that was not delivered, when the notice quotes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failed_subject: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Amount {
    /// Decimal string with a point (`"64.99"`, `"1234"`).
    pub value: String,
    /// ISO 4217 code.
    pub currency: String,
}

/// Where an A-to-z claim stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStage {
    /// A new claim: the seller must respond.
    Received,
    /// Amazon granted the claim (refunded the buyer).
    Granted,
    /// Amazon denied the claim.
    Denied,
    /// Amazon decided; the notice does not say how in words this build knows.
    Decided,
}

/// What a buyer's message asks for (the composer's first template follows it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Ask {
    Invoice,
    Damaged,
    Return,
}

/// Who pays a granted A-to-z claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Payer {
    Seller,
    Amazon,
}

/// Why Amazon did not deliver the seller's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureReason {
    /// The buyer opted out of unsolicited messages.
    OptedOut,
    /// The sending address is not approved in Messaging Permissions.
    SenderNotAuthorised,
    /// An attachment was refused (type or size).
    Attachment,
    /// The message broke the communication guidelines.
    Guidelines,
    Other,
}

impl Detection {
    pub(super) fn not_amazon(why: impl Into<String>) -> Detection {
        let mut d = Detection::default();
        d.note("is_amazon", why);
        d
    }

    /// Keeps why `field` was read (only with the `evidence` feature: the sidebar keeps none).
    pub(super) fn note(&mut self, field: &'static str, source: impl Into<String>) {
        #[cfg(feature = "evidence")]
        self.evidence.push(Evidence { field, source: source.into() });
        #[cfg(not(feature = "evidence"))]
        let _ = (field, source);
    }
}
