//! The case a ticket is (pure): from what detection read, the order's state and the moment, what
//! happened, the agent's next step, the deadline, the Seller Central page where the work happens
//! and whether an email reply is the job. One function, [`case`]; the sidebar's case block
//! (`view/case_block.rs`) only words it.

mod pages;

use chrono::{DateTime, TimeDelta, Utc};

pub use pages::CasePage;

use crate::core::detect::{ClaimStage, Detection, FailureReason, Kind};
use crate::core::order_view::OrderView;
use crate::core::sla::{Clock, ThreadEntry};

/// How long a seller has to respond to a new A-to-z claim: 72 hours (3 calendar days) from
/// Amazon's notice, counted like the 24-hour clock (calendar hours, weekends included).
pub const CLAIM_WINDOW: TimeDelta = TimeDelta::hours(72);

/// How long a seller has to answer a chargeback: seven calendar days from the email's date
/// (Seller Central help G202145040).
pub const CHARGEBACK_WINDOW: TimeDelta = TimeDelta::days(7);

/// What happened, one per wording of the case block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Situation {
    BuyerAsks,
    PresaleQuestion,
    ReturnRequested,
    ClaimReceived,
    ClaimGranted,
    ClaimDenied,
    ClaimDecided,
    Chargeback,
    Refunded,
    CancellationRequested,
    MessageNotDelivered(FailureReason),
    NegativeFeedback,
    CopyOfYourReply,
    OrderPlaced,
}

/// The agent's next step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Answer by email with the composer.
    Reply,
    /// Answer the product question (no order yet).
    AnswerQuestion,
    /// Authorise (or close) the return in Seller Central, then send return instructions.
    AuthoriseReturn,
    /// Respond to the claim in Seller Central (tracking, delivery proof); no email.
    RespondToClaim,
    /// Nothing to do; the decision is for the record.
    NoteDecision,
    /// Represent the case (or refund) on the Chargeback Claims page.
    RespondToChargeback,
    /// Nothing to reply: mark it "no response needed".
    NothingToReply,
    /// Cancel the order in Seller Central, then confirm to the buyer.
    CancelOrder,
    /// Already shipped: it cannot be cancelled; explain the return instead.
    CannotCancel,
    /// Approve the sending address in Messaging Permissions, then send again.
    ApproveSender,
    /// The buyer opted out: answer only on the buyer's own thread.
    ReplyOnBuyersThread,
    /// Remove the refused attachment (type or size) and send again.
    FixAttachment,
    /// Rewrite the message to meet Amazon's guidelines and send again.
    FixContent,
    /// See what failed in Seller Central's Buyer-Seller Messages.
    CheckMessage,
    /// Contact the buyer once to resolve (no incentive); removal only for guideline violations.
    ResolveFeedback,
    /// Ship by the deadline.
    Ship,
}

/// A deadline and what it counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub due: DateTime<Utc>,
    /// The notice's time (or the oldest unanswered message's).
    pub since: DateTime<Utc>,
}

/// One ticket's case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub kind: Kind,
    /// A buyer message without an order id: a question before the purchase.
    pub presale: bool,
    pub situation: Situation,
    pub next: NextStep,
    pub deadline: Option<Deadline>,
    /// Where the work happens.
    pub page: Option<CasePage>,
    /// Whether an email reply is part of the job (the composer opens).
    pub reply: bool,
}

/// The case of a detected ticket at `now`; `None` for mail that is not a known kind of Amazon mail.
pub fn case(
    detection: &Detection,
    order: Option<&OrderView>,
    thread: &[ThreadEntry],
    now: DateTime<Utc>,
) -> Option<Case> {
    let kind = detection.kind?;
    let facts = &detection.facts;
    let notice_at = thread.iter().map(|e| e.at).min();
    let after = |window: TimeDelta| notice_at.map(|since| Deadline { due: since + window, since });
    let has_order = detection.order_id.is_some() || order.is_some();
    let base = Case {
        kind,
        presale: false,
        situation: Situation::BuyerAsks,
        next: NextStep::Reply,
        deadline: None,
        page: has_order.then_some(CasePage::Order),
        reply: true,
    };
    let quiet = |situation| Case { situation, next: NextStep::NothingToReply, reply: false, ..base.clone() };
    Some(match kind {
        Kind::BuyerMessage if !has_order => Case {
            presale: true,
            situation: Situation::PresaleQuestion,
            next: NextStep::AnswerQuestion,
            deadline: reply_clock(thread, now),
            ..base
        },
        Kind::BuyerMessage => Case { deadline: reply_clock(thread, now), ..base },
        Kind::ReturnRequest => Case {
            situation: Situation::ReturnRequested,
            next: NextStep::AuthoriseReturn,
            page: Some(CasePage::Returns),
            ..base
        },
        Kind::AtozClaim => {
            let (situation, open) = match facts.claim {
                Some(ClaimStage::Granted) => (Situation::ClaimGranted, false),
                Some(ClaimStage::Denied) => (Situation::ClaimDenied, false),
                Some(ClaimStage::Decided) => (Situation::ClaimDecided, false),
                Some(ClaimStage::Received) | None => (Situation::ClaimReceived, true),
            };
            Case {
                situation,
                next: if open { NextStep::RespondToClaim } else { NextStep::NoteDecision },
                deadline: if open { after(CLAIM_WINDOW) } else { None },
                page: Some(CasePage::AtozClaims),
                reply: false,
                ..base
            }
        }
        Kind::Chargeback => Case {
            situation: Situation::Chargeback,
            next: NextStep::RespondToChargeback,
            deadline: after(CHARGEBACK_WINDOW),
            page: Some(CasePage::Chargebacks),
            reply: false,
            ..base
        },
        Kind::RefundNotification => quiet(Situation::Refunded),
        Kind::CancellationRequest => {
            let shipped = order.is_some_and(|o| shipped(&o.status));
            Case {
                situation: Situation::CancellationRequested,
                next: if shipped { NextStep::CannotCancel } else { NextStep::CancelOrder },
                deadline: reply_clock(thread, now),
                ..base
            }
        }
        Kind::DeliveryFailure => {
            let reason = facts.failure.unwrap_or(FailureReason::Other);
            let (next, page) = match reason {
                FailureReason::SenderNotAuthorised => (NextStep::ApproveSender, Some(CasePage::MessagingPermissions)),
                FailureReason::OptedOut => (NextStep::ReplyOnBuyersThread, base.page),
                FailureReason::Attachment => (NextStep::FixAttachment, base.page),
                FailureReason::Guidelines => (NextStep::FixContent, base.page),
                FailureReason::Other => (NextStep::CheckMessage, base.page),
            };
            Case { situation: Situation::MessageNotDelivered(reason), next, page, reply: false, ..base }
        }
        Kind::NegativeFeedback => Case {
            situation: Situation::NegativeFeedback,
            next: NextStep::ResolveFeedback,
            page: Some(CasePage::FeedbackManager),
            ..base
        },
        Kind::MessageCopy => quiet(Situation::CopyOfYourReply),
        Kind::OrderConfirmation => Case {
            situation: Situation::OrderPlaced,
            next: NextStep::Ship,
            deadline: order.and_then(ship_by).map(|due| Deadline { due, since: notice_at.unwrap_or(due) }),
            reply: false,
            ..base
        },
    })
}

/// The 24-hour clock's deadline, when a buyer message waits for an answer.
fn reply_clock(thread: &[ThreadEntry], now: DateTime<Utc>) -> Option<Deadline> {
    match Clock::of(thread, now) {
        Clock::Due { since, deadline, .. } | Clock::Overdue { since, deadline, .. } => {
            Some(Deadline { due: deadline, since })
        }
        Clock::NoneDue => None,
    }
}

/// Shipped (fully or partly): too late to cancel in Seller Central.
pub fn shipped(status: &str) -> bool {
    matches!(status.trim().to_ascii_uppercase().as_str(), "SHIPPED" | "PARTIALLY_SHIPPED" | "PARTIALLYSHIPPED")
}

fn ship_by(order: &OrderView) -> Option<DateTime<Utc>> {
    order.ship_by.as_ref().and_then(|w| w.latest.or(w.earliest))
}
