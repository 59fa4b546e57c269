//! Everything the sidebar knows at one moment. Changed only by [`super::update`]; drawn by
//! [`super::view`].

use crate::core::detect::{detect, Detection};
use crate::core::host::{Failure, Settings, Ticket};
use crate::core::lang::Lang;
use crate::core::order_view::{BuyerOrders, OrderView};
use crate::core::sla::{Author, ThreadEntry};

use super::amazon_actions::AmazonActions;
use super::composer::Composer;
use super::events::HostCall;
use super::pack_loads::PackLoads;
use super::related::RelatedState;

#[derive(Debug, Clone, PartialEq)]
pub enum OrderState {
    /// No order id (yet).
    NotRequested,
    Loading,
    Loaded(Box<OrderView>),
    Failed(Failure),
    /// There is an order id, but no proxy to ask.
    NotConfigured,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BuyerOrdersState {
    NotRequested,
    Loading,
    Loaded(BuyerOrders),
    Failed(Failure),
}

/// The open ticket and what the sidebar learnt about it.
#[derive(Debug, Clone)]
pub struct TicketState {
    /// Counts ticket changes, so an answer for a previous ticket is recognised and dropped.
    pub generation: u64,
    pub ticket_id: String,
    pub detection: Detection,
    pub thread: Vec<ThreadEntry>,
    /// The detected order id, or the one the agent chose from the buyer's recent orders.
    pub order_id: Option<String>,
    pub order: OrderState,
    pub buyer_orders: BuyerOrdersState,
    pub composer: Composer,
    /// The copy button was used (its label says "Copied").
    pub copied: bool,
    /// Host calls of the last Insert that failed, with the host's reason, in the order they failed.
    pub host_failures: Vec<(HostCall, String)>,
    // issue 10: messaging actions, related tickets, drafts
    pub actions: AmazonActions,
    pub related: RelatedState,
    /// The reply was inserted and not typed in since: it is no draft any more.
    pub inserted: bool,
}

#[derive(Debug, Clone)]
pub enum TicketSlot {
    /// No ticket is open.
    None,
    /// The host's ticket could not be read; the reason, for the error line.
    Unreadable(String),
    Open(Box<TicketState>),
}

#[derive(Debug, Clone)]
pub struct State {
    /// The UI language (from `host.locale()`).
    pub lang: Lang,
    pub settings: Settings,
    pub ticket: TicketSlot,
    pub generation: u64,
    pub packs: PackLoads,
    /// The host has `relatedTickets` (the web shell says so once, at mount).
    pub host_has_related: bool,
}

impl State {
    pub fn new(lang: Lang, settings: Settings) -> State {
        State {
            lang,
            settings,
            ticket: TicketSlot::None,
            generation: 0,
            packs: PackLoads::default(),
            host_has_related: false,
        }
    }

    pub fn open(&self) -> Option<&TicketState> {
        match &self.ticket {
            TicketSlot::Open(t) => Some(t),
            _ => None,
        }
    }

    pub fn open_mut(&mut self) -> Option<&mut TicketState> {
        match &mut self.ticket {
            TicketSlot::Open(t) => Some(t),
            _ => None,
        }
    }
}

impl TicketState {
    /// Detects the ticket and sets up the composer; the order is not asked for yet.
    pub fn new(ticket: &Ticket, generation: u64) -> TicketState {
        let message = ticket.message();
        let detection = detect(&message);
        let mut thread = ticket.thread();
        // A raw-only ticket has no comments: the mail itself is the buyer's message.
        if thread.is_empty() {
            if let Some(at) = message.received_at.and_then(|s| chrono::DateTime::from_timestamp(s, 0)) {
                thread.push(ThreadEntry { author: Author::Buyer, at, no_response_needed: false });
            }
        }
        let composer = Composer::new(&detection, &message.text);
        TicketState {
            generation,
            ticket_id: ticket.id.clone(),
            order_id: detection.order_id.clone(),
            detection,
            thread,
            order: OrderState::NotRequested,
            buyer_orders: BuyerOrdersState::NotRequested,
            composer,
            copied: false,
            host_failures: Vec::new(),
            actions: AmazonActions::default(),
            related: RelatedState::default(),
            inserted: false,
        }
    }

    /// Amazon mail we trust (look-alikes are never treated as Amazon).
    pub fn is_amazon(&self) -> bool {
        self.detection.is_amazon && self.detection.suspicion.is_none()
    }

    /// The marketplace code to ask the proxy with: detected, else the loaded order's.
    pub fn marketplace_code(&self) -> Option<&str> {
        self.detection.marketplace.map(|m| m.code).or(match &self.order {
            OrderState::Loaded(o) => Some(o.marketplace.as_str()),
            _ => None,
        })
    }

    pub fn loaded_order(&self) -> Option<&OrderView> {
        match &self.order {
            OrderState::Loaded(o) => Some(o),
            _ => None,
        }
    }
}
