//! The values a reply template can use ([`Var`]) and a reply's values ([`Vars`]).

use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;

/// A value a template can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Var {
    BuyerName,
    OrderId,
    ItemTitle,
    Carrier,
    TrackingNumber,
    DeliverBy,
    SellerName,
    /// The latest day the seller hands the order to the carrier.
    ShipBy,
    /// The agent's own answer to a buyer's question: no data has it, so it stays a placeholder
    /// until the agent writes it.
    Answer,
}

impl Var {
    pub const ALL: [Var; 9] = [
        Var::BuyerName,
        Var::OrderId,
        Var::ItemTitle,
        Var::Carrier,
        Var::TrackingNumber,
        Var::DeliverBy,
        Var::SellerName,
        Var::ShipBy,
        Var::Answer,
    ];

    /// The placeholder name in template texts: `{order_id}`.
    pub fn key(self) -> &'static str {
        match self {
            Var::BuyerName => "buyer_name",
            Var::OrderId => "order_id",
            Var::ItemTitle => "item_title",
            Var::Carrier => "carrier",
            Var::TrackingNumber => "tracking_number",
            Var::DeliverBy => "deliver_by",
            Var::SellerName => "seller_name",
            Var::ShipBy => "ship_by",
            Var::Answer => "answer",
        }
    }

    pub fn from_key(key: &str) -> Option<Var> {
        Var::ALL.into_iter().find(|v| v.key() == key)
    }

    /// What the value is, in `lang` ("tracking number").
    pub fn label(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                Var::BuyerName => Text::VarBuyerName,
                Var::OrderId => Text::VarOrderId,
                Var::ItemTitle => Text::VarItemTitle,
                Var::Carrier => Text::VarCarrier,
                Var::TrackingNumber => Text::VarTrackingNumber,
                Var::DeliverBy => Text::VarDeliverBy,
                Var::SellerName => Text::VarSellerName,
                Var::ShipBy => Text::VarShipBy,
                Var::Answer => Text::VarAnswer,
            },
        )
    }

    /// The visible stand-in for an unknown value: "[tracking number]".
    pub fn placeholder(self, lang: Lang) -> String {
        format!("[{}]", self.label(lang))
    }
}

/// The values for a reply. `None`, empty and blank all mean "unknown". Dates and other values
/// come already formatted for the reply's language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vars {
    pub buyer_name: Option<String>,
    pub order_id: Option<String>,
    pub item_title: Option<String>,
    pub carrier: Option<String>,
    pub tracking_number: Option<String>,
    pub deliver_by: Option<String>,
    pub seller_name: Option<String>,
    pub ship_by: Option<String>,
    pub answer: Option<String>,
    /// How far the order has gone; `None` when no order is loaded.
    pub stage: Option<Stage>,
}

/// How far an order has gone, which picks the where-is-my-order text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    NotShipped,
    Shipped,
    Delivered,
}

impl Stage {
    pub const ALL: [Stage; 3] = [Stage::NotShipped, Stage::Shipped, Stage::Delivered];
}

impl Vars {
    /// The value, trimmed and on one line; `None` when unknown.
    pub fn get(&self, var: Var) -> Option<String> {
        let value = match var {
            Var::BuyerName => &self.buyer_name,
            Var::OrderId => &self.order_id,
            Var::ItemTitle => &self.item_title,
            Var::Carrier => &self.carrier,
            Var::TrackingNumber => &self.tracking_number,
            Var::DeliverBy => &self.deliver_by,
            Var::SellerName => &self.seller_name,
            Var::ShipBy => &self.ship_by,
            Var::Answer => &self.answer,
        };
        // A value never breaks the reply's layout: line breaks become spaces.
        let one_line = value.as_deref()?.split_whitespace().collect::<Vec<_>>().join(" ");
        (!one_line.is_empty()).then_some(one_line)
    }
}
