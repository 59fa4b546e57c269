//! The presenter: [`view`] is the [`State`] as the agent sees it, at one moment, in the UI language.

use chrono::{DateTime, Utc};

use crate::core::detect::{Kind, Suspicion};
use crate::core::format::{format_short_date, Zones};
use crate::core::i18n::{fill, kind_text, t, Text};
use crate::core::lang::packs::shown;
use crate::core::lang::Lang;
use crate::core::marketplace::Marketplace;
use crate::core::order_view::BuyerOrders;
use crate::core::sla::Clock;

use super::case_block::case_block;
use super::composer::{composer_view, vars};
use super::events::Event;
use super::failure::failure_text;
use super::health::health;
use super::links::amazon_link;
use super::model::*;
use super::order_panel::order_panel;
use super::packs;
use super::related::related_view;
use super::state::{BuyerOrdersState, OrderState, State, TicketSlot, TicketState};
use super::time::zone_offset;

/// The sidebar for `state` at `now`.
pub fn view(state: &State, now: DateTime<Utc>, zones: &dyn Zones) -> SidebarView {
    sidebar(state, now, zones, true)
}

/// What the agent sees first: [`view`] without what lies below the order panel (the composer,
/// related tickets, Amazon's messaging actions). The web shell draws a ticket's first order panel
/// from this and the whole [`view`] once the browser has painted it: the reply check and those
/// blocks would otherwise hold the panel back (in the browser the first run of their code is
/// compiled on the spot).
pub fn first_view(state: &State, now: DateTime<Utc>, zones: &dyn Zones) -> SidebarView {
    sidebar(state, now, zones, false)
}

fn sidebar(state: &State, now: DateTime<Utc>, zones: &dyn Zones, below_the_panel: bool) -> SidebarView {
    // Until the UI language's pack is here the sidebar is in English, and says so if it fails.
    let lang = shown(state.lang);
    let pack_notice = packs::notice(state);
    let quiet = |state, body| SidebarView {
        lang,
        state,
        header: None,
        case: None,
        body,
        composer: None,
        pack_notice: pack_notice.clone(),
        amazon_actions: None,
        related: None,
    };
    let t_ = |text| t(lang, text).to_string();
    let ticket = match &state.ticket {
        TicketSlot::None => return quiet(ViewState::NotAmazon, Body::Note(t_(Text::NotAmazonTicket))),
        TicketSlot::Unreadable(_) => {
            return quiet(ViewState::Error, Body::Error(ErrorView { message: t_(Text::TicketUnreadable), retry: None }))
        }
        TicketSlot::Open(ticket) => ticket,
    };
    if let Some(suspicion) = &ticket.detection.suspicion {
        return quiet(ViewState::Suspicious, suspicious(suspicion, lang));
    }
    if !ticket.detection.is_amazon {
        return quiet(ViewState::NotAmazon, Body::Note(t_(Text::NotAmazonTicket)));
    }
    let marketplace = marketplace_of(ticket);
    let (view_state, body) = match (&ticket.order_id, &ticket.order) {
        (None, _) => (ViewState::Presale, Body::Presale(Box::new(presale(state, ticket, marketplace, zones)))),
        (Some(_), OrderState::NotRequested | OrderState::Loading) => {
            (ViewState::Loading, Body::Loading(t_(Text::Loading)))
        }
        (Some(_), OrderState::Loaded(order)) => {
            (ViewState::Order, Body::Order(Box::new(order_panel(order, marketplace, lang, zones))))
        }
        (Some(_), OrderState::Failed(failure)) => match health(failure, marketplace, lang) {
            Some(line) => (ViewState::Error, Body::Health(line)),
            None => (
                ViewState::Error,
                Body::Error(ErrorView { message: failure_text(failure, lang), retry: Some(retry(lang)) }),
            ),
        },
        (Some(_), OrderState::NotConfigured) => {
            (ViewState::NotConfigured, Body::NotConfigured(t_(Text::ProxyNotConfigured)))
        }
    };
    let case = case_block(ticket, marketplace, lang, now, zones);
    let closed = case.as_ref().is_some_and(|c| c.compose_anyway.is_some());
    let composer = (below_the_panel && !closed).then(|| {
        let vars = vars(
            &ticket.detection,
            ticket.order_id.as_deref(),
            ticket.loaded_order(),
            &state.settings,
            // The dates in the template's language, English too while its pack loads.
            shown(ticket.composer.lang),
            zones,
        );
        composer_view(&ticket.composer, &ticket.host_failures, &vars, lang)
    });
    SidebarView {
        lang,
        state: view_state,
        header: Some(header(ticket, marketplace, lang, now)),
        case,
        body,
        composer,
        pack_notice,
        amazon_actions: below_the_panel
            .then(|| ticket.loaded_order().and_then(|_| ticket.actions.view(lang)))
            .flatten(),
        related: below_the_panel
            .then(|| related_view(&ticket.related, ticket.order_id.is_some(), marketplace, lang, zones))
            .flatten(),
    }
}

/// What the panic hook draws when the sidebar itself has failed: that it failed, what to do, and
/// the ticket's id to report it with. Only static strings and the id: nothing that may have failed.
pub fn failed(lang: Lang, ticket_id: Option<&str>) -> SidebarView {
    let body = Body::Warning {
        title: t(lang, Text::PanicTitle).to_string(),
        reason: t(lang, Text::PanicAdvice).to_string(),
        detail: ticket_id
            .filter(|id| !id.trim().is_empty())
            .map(|id| fill(t(lang, Text::PanicTicketId), &[("id", id)])),
    };
    SidebarView {
        lang,
        state: ViewState::Failed,
        header: None,
        case: None,
        body,
        composer: None,
        pack_notice: None,
        amazon_actions: None,
        related: None,
    }
}

/// The detected marketplace, else the one the proxy reported for the order.
fn marketplace_of(ticket: &TicketState) -> Option<&'static Marketplace> {
    ticket.detection.marketplace.or_else(|| ticket.loaded_order().and_then(|o| Marketplace::by_code(&o.marketplace)))
}

fn suspicious(suspicion: &Suspicion, lang: Lang) -> Body {
    let (reason, detail) = match suspicion {
        Suspicion::LookalikeDomain { domain } => (Text::SuspiciousLookalikeDomain, domain),
        Suspicion::DisplayNameSpoof { address } => (Text::SuspiciousDisplayNameSpoof, address),
        Suspicion::AuthenticationFailed { domain } => (Text::SuspiciousAuthenticationFailed, domain),
    };
    Body::Warning {
        title: t(lang, Text::SuspiciousWarning).to_string(),
        reason: t(lang, reason).to_string(),
        detail: (!detail.trim().is_empty()).then(|| detail.clone()),
    }
}

fn header(ticket: &TicketState, marketplace: Option<&'static Marketplace>, lang: Lang, now: DateTime<Utc>) -> Header {
    let d = &ticket.detection;
    let order_id = ticket.order_id.as_ref().map(|id| OrderIdView {
        label: t(lang, Text::OrderId).to_string(),
        value: id.clone(),
        copy: Button {
            label: t(lang, if ticket.copied { Text::Copied } else { Text::CopyOrderId }).to_string(),
            event: Event::CopyOrderId,
            enabled: true,
        },
    });
    let seller_central = match (marketplace, &ticket.order_id) {
        (Some(m), Some(id)) => amazon_link(t(lang, Text::OpenInSellerCentral), &m.order_url(id)),
        _ => None,
    };
    // Amazon's clock runs for buyer messages; notices about returns or claims have their own rules.
    let clock = (d.kind == Some(Kind::BuyerMessage)).then(|| clock(&Clock::of(&ticket.thread, now), lang));
    Header {
        marketplace: marketplace.map(|m| Fact::new(t(lang, Text::Marketplace), format!("{} · {}", m.code, m.country))),
        kind: d.kind.map(|k| t(lang, kind_text(k)).to_string()),
        buyer_name: d
            .buyer_name
            .clone()
            .or_else(|| ticket.loaded_order().and_then(|o| o.buyer.as_ref()).and_then(|b| b.name.clone()))
            .map(|name| Fact::new(t(lang, Text::Buyer), name)),
        order_id,
        seller_central,
        clock,
        no_response_needed: d
            .no_response_needed_url
            .as_deref()
            .and_then(|url| amazon_link(t(lang, Text::NoResponseNeeded), url)),
    }
}

fn clock(clock: &Clock, lang: Lang) -> ClockView {
    let level = match clock {
        Clock::NoneDue => ClockLevel::Answered,
        Clock::Due { warning: false, .. } => ClockLevel::Running,
        Clock::Due { warning: true, .. } => ClockLevel::Warning,
        Clock::Overdue { .. } => ClockLevel::Overdue,
    };
    ClockView { text: clock.label(lang), level, hint: t(lang, Text::RespondWithin24Hours).to_string() }
}

fn presale(
    state: &State,
    ticket: &TicketState,
    marketplace: Option<&'static Marketplace>,
    zones: &dyn Zones,
) -> PresaleView {
    let lang = state.lang;
    let can_look_up = ticket.detection.alias.is_some();
    let configured = state.settings.proxy_configured;
    let mut view = PresaleView {
        note: t(lang, Text::PreSaleNoOrder).to_string(),
        find: None,
        notice: (can_look_up && !configured).then(|| t(lang, Text::ProxyNotConfigured).to_string()),
        loading: None,
        orders: Vec::new(),
        empty: None,
        error: None,
    };
    if !(can_look_up && configured) {
        return view;
    }
    let find =
        || Button { label: t(lang, Text::FindRecentOrders).to_string(), event: Event::FindBuyerOrders, enabled: true };
    match &ticket.buyer_orders {
        BuyerOrdersState::NotRequested => view.find = Some(find()),
        BuyerOrdersState::Loading => view.loading = Some(t(lang, Text::Loading).to_string()),
        BuyerOrdersState::Loaded(found) if found.orders.is_empty() => {
            view.empty = Some(t(lang, Text::NoRecentOrders).to_string())
        }
        BuyerOrdersState::Loaded(found) => view.orders = order_choices(found, marketplace, lang, zones),
        BuyerOrdersState::Failed(failure) => {
            view.error = Some(ErrorView { message: failure_text(failure, lang), retry: Some(retry(lang)) })
        }
    }
    view
}

fn order_choices(
    found: &BuyerOrders,
    marketplace: Option<&'static Marketplace>,
    lang: Lang,
    zones: &dyn Zones,
) -> Vec<OrderChoice> {
    found
        .orders
        .iter()
        .map(|o| {
            let mp = o
                .marketplace
                .as_deref()
                .and_then(Marketplace::by_code)
                .or(Marketplace::by_code(&found.marketplace))
                .or(marketplace);
            let mut details = Vec::new();
            if let Some(status) = &o.status {
                details.push(super::order_panel::status_text(status, lang));
            }
            if let Some(at) = o.purchased {
                details.push(format_short_date(at, zone_offset(mp, at, zones), lang));
            }
            if let Some(total) = &o.total {
                details.push(crate::core::format::format_money(&total.amount, &total.currency, lang));
            }
            OrderChoice {
                open: Button {
                    label: o.order_id.clone(),
                    event: Event::ChooseOrder(o.order_id.clone()),
                    enabled: true,
                },
                details,
            }
        })
        .collect()
}

fn retry(lang: Lang) -> Button {
    Button { label: t(lang, Text::Retry).to_string(), event: Event::Retry, enabled: true }
}
