//! The case block (`data-ol="case"`): the [`Case`] of the open ticket in the UI language — what
//! happened, the next step, the notice's facts, the deadline and the Seller Central page.

use chrono::{DateTime, Utc};

use crate::core::case::{case, Case, CasePage, NextStep, Situation};
use crate::core::detect::{Facts, Kind, Payer};
use crate::core::format::{format_money, Zones};
use crate::core::i18n::{fill, t, Text};
use crate::core::lang::Lang;
use crate::core::marketplace::Marketplace;
use crate::core::sla::{format_duration, WARNING_BEFORE};

use super::events::Event;
use super::links::amazon_link;
use super::model::{Button, CaseView, ClockLevel, ComposeAnyway, DeadlineView, Fact, Link};
use super::state::TicketState;
use super::time::agent_time;

/// The case block of an Amazon ticket; `None` when detection found no kind.
pub fn case_block(
    ticket: &TicketState,
    marketplace: Option<&'static Marketplace>,
    lang: Lang,
    now: DateTime<Utc>,
    zones: &dyn Zones,
) -> Option<CaseView> {
    let d = &ticket.detection;
    let c = case(d, ticket.loaded_order(), &ticket.thread, now)?;
    let text = |x| t(lang, x).to_string();
    let link = marketplace
        .zip(c.page)
        .and_then(|(m, page)| Some((page, page.url(m, ticket.order_id.as_deref())?)))
        .and_then(|(page, url)| Some((page, amazon_link(text(link_text(page)), &url)?)));
    let no_response_needed = d
        .no_response_needed_url
        .as_deref()
        .filter(|_| c.next == NextStep::NothingToReply)
        .and_then(|url| amazon_link(text(Text::NoResponseNeeded), url));
    Some(CaseView {
        kind: c.kind.as_str(),
        presale: c.presale,
        what: text(situation_text(&c)),
        next: text(next_text(c.next)),
        facts: facts(&d.facts, lang),
        // A buyer message's deadline is the header's 24-hour clock; it is not shown twice.
        deadline: c.deadline.filter(|_| c.kind != Kind::BuyerMessage).map(|dl| deadline(dl.due, now, lang, zones)),
        page: link.as_ref().map(|(page, _)| page.as_str()),
        link: link.map(|(_, l): (CasePage, Link)| l),
        no_response_needed,
        reply: c.reply,
        compose_anyway: (!c.reply && !ticket.composer.asked).then(|| ComposeAnyway {
            hint: text(Text::ComposeAnywayHint),
            open: Button { label: text(Text::ComposeAnyway), event: Event::ComposeAnyway, enabled: true },
        }),
    })
}

fn deadline(due: DateTime<Utc>, now: DateTime<Utc>, lang: Lang, zones: &dyn Zones) -> DeadlineView {
    let (left, level) = if now <= due {
        let remaining = due - now;
        let level = if remaining < WARNING_BEFORE { ClockLevel::Warning } else { ClockLevel::Running };
        (fill(t(lang, Text::CaseTimeLeft), &[("time", &format_duration(remaining, lang))]), level)
    } else {
        (fill(t(lang, Text::OverdueBy), &[("time", &format_duration(now - due, lang))]), ClockLevel::Overdue)
    };
    DeadlineView { label: t(lang, Text::FactDeadline).to_string(), left, due: agent_time(due, lang, zones), level }
}

fn facts(f: &Facts, lang: Lang) -> Vec<Fact> {
    let text = |x| t(lang, x).to_string();
    let mut out = Vec::new();
    let mut add = |label: Text, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            out.push(Fact::new(text(label), v));
        }
    };
    add(Text::FactAmount, f.amount.as_ref().map(|a| format_money(&a.value, &a.currency, lang)));
    add(Text::FactRating, f.rating.map(|r| format!("{}/5", r)));
    add(Text::FactReason, f.reason.clone());
    add(Text::FactComment, f.comment.clone());
    add(Text::FactItem, f.item_title.clone());
    add(Text::Sku, f.sku.clone());
    add(Text::Quantity, f.quantity.map(|q| q.to_string()));
    add(
        Text::FactPaidBy,
        f.paid_by.map(|p| {
            text(match p {
                Payer::Seller => Text::PaidBySeller,
                Payer::Amazon => Text::PaidByAmazon,
            })
        }),
    );
    add(Text::FactFailedSubject, f.failed_subject.clone());
    add(Text::FactNoticeDeadline, f.respond_by.clone());
    add(Text::ShipBy, f.ship_by.clone());
    out
}

fn situation_text(c: &Case) -> Text {
    match c.situation {
        Situation::BuyerAsks => Text::CaseBuyerAsks,
        Situation::PresaleQuestion => Text::CasePresale,
        Situation::ReturnRequested => Text::CaseReturnRequested,
        Situation::ClaimReceived => Text::CaseClaimReceived,
        Situation::ClaimGranted => Text::CaseClaimGranted,
        Situation::ClaimDenied => Text::CaseClaimDenied,
        Situation::ClaimDecided => Text::CaseClaimDecided,
        Situation::Chargeback => Text::CaseChargeback,
        Situation::Refunded => Text::CaseRefunded,
        Situation::CancellationRequested => Text::CaseCancellationRequested,
        Situation::MessageNotDelivered(_) => Text::CaseMessageNotDelivered,
        Situation::NegativeFeedback => Text::CaseNegativeFeedback,
        Situation::CopyOfYourReply => Text::CaseMessageCopy,
        Situation::OrderPlaced => Text::CaseOrderPlaced,
    }
}

fn next_text(next: NextStep) -> Text {
    match next {
        NextStep::Reply => Text::NextReply,
        NextStep::AnswerQuestion => Text::NextAnswerQuestion,
        NextStep::AuthoriseReturn => Text::NextAuthoriseReturn,
        NextStep::RespondToClaim => Text::NextRespondToClaim,
        NextStep::NoteDecision => Text::NextNoteDecision,
        NextStep::RespondToChargeback => Text::NextRespondToChargeback,
        NextStep::NothingToReply => Text::NextNothingToReply,
        NextStep::CancelOrder => Text::NextCancelOrder,
        NextStep::CannotCancel => Text::NextCannotCancel,
        NextStep::ApproveSender => Text::NextApproveSender,
        NextStep::ReplyOnBuyersThread => Text::NextReplyOnBuyersThread,
        NextStep::FixAttachment => Text::NextFixAttachment,
        NextStep::FixContent => Text::NextFixContent,
        NextStep::CheckMessage => Text::NextCheckMessage,
        NextStep::ResolveFeedback => Text::NextResolveFeedback,
        NextStep::Ship => Text::NextShip,
    }
}

fn link_text(page: CasePage) -> Text {
    match page {
        CasePage::Order => Text::OpenInSellerCentral,
        CasePage::Returns => Text::LinkReturns,
        CasePage::AtozClaims => Text::LinkAtozClaims,
        CasePage::Chargebacks => Text::LinkChargebacks,
        CasePage::FeedbackManager => Text::LinkFeedbackManager,
        CasePage::MessagingPermissions => Text::LinkMessagingPermissions,
    }
}
