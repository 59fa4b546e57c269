//! The order view: one normalised document per Amazon order, written by the proxy
//! (`orderlens serve`, from SP-API Orders v2026-01-01) and read by the sidebar. The mapping from
//! SP-API JSON lives in the proxy so the wasm stays small; this file is only the wire shape.
//!
//! JSON field names are camelCase. Money is a decimal string as Amazon sends it, never a float.
//! PII (buyer, delivery address) is present only when the seller's SP-API roles return it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// An amount of money exactly as Amazon wrote it (`"299.90"`, `"19940"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub amount: String,
    /// ISO 4217, e.g. `BRL`.
    pub currency: String,
}

/// A time window such as "ship by" or "deliver by".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimeWindow {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earliest: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<DateTime<Utc>>,
}

/// Who ships the order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FulfilledBy {
    /// FBA (AFN).
    Amazon,
    /// FBM (MFN): the seller ships.
    Merchant,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderView {
    pub order_id: String,
    /// Amazon's site code (`UK`, `DE`, `JP`), from the core marketplace table.
    pub marketplace: String,
    pub marketplace_id: String,
    /// Amazon's fulfilment status: `PENDING_AVAILABILITY`, `PENDING`, `UNSHIPPED`,
    /// `PARTIALLY_SHIPPED`, `SHIPPED`, `CANCELLED`, `UNFULFILLABLE` (kept as text so a new
    /// status does not break old sidebars).
    pub status: String,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fulfilled_by: Option<FulfilledBy>,
    /// `STANDARD`, `EXPEDITED`, … as Amazon names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_level: Option<String>,
    pub prime: bool,
    pub business: bool,
    /// Every program Amazon lists (`PRIME`, `AMAZON_BUSINESS`, `IN_STORE_PICK_UP`, …).
    #[serde(default)]
    pub programs: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seller_order_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ship_by: Option<TimeWindow>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deliver_by: Option<TimeWindow>,
    #[serde(default)]
    pub items: Vec<OrderItem>,
    /// The order's grand total (Amazon's `proceeds.grandTotal`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Money>,
    /// Order-level breakdown of the total (`ITEM`, `SHIPPING`, `TAX`, …) when Amazon sends one.
    #[serde(default)]
    pub breakdowns: Vec<Breakdown>,
    /// Packages with carrier and tracking (merchant-fulfilled orders only).
    #[serde(default)]
    pub packages: Vec<Package>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer: Option<Buyer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_address: Option<Address>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderItem {
    pub order_item_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub quantity: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity_shipped: Option<u32>,
    /// `NEW`, `USED`, … with the sub-type when it differs (`USED / LIKE_NEW`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<Money>,
    /// Price of the line (unit price × quantity), from Amazon's `ITEM` breakdown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtotal: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Breakdown {
    /// `ITEM`, `SHIPPING`, `TAX`, `DELIVERY_TIP`, … as Amazon names it.
    pub kind: String,
    pub amount: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Package {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_service: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ship_time: Option<DateTime<Utc>>,
    /// `IN_TRANSIT`, `DELIVERED`, … (Amazon's `packageStatus.status`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// PII: present only when the seller's roles return it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Buyer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The buyer's anonymised alias (`…@marketplace.amazon.…`), FBM orders only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
}

/// PII: present only when the seller's roles return it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Address lines 1-3 without the empty ones.
    #[serde(default)]
    pub lines: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_or_region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `RESIDENTIAL`, `COMMERCIAL`, `PICKUP_POINT`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
}

/// `GET /v1/orders/{id}/messaging-actions`: the templated messages Amazon allows now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagingActions {
    pub order_id: String,
    pub marketplace: String,
    pub actions: Vec<MessagingAction>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagingAction {
    /// Amazon's short action name (`confirmDeliveryDetails`, `unexpectedProblem`, …); also the
    /// `{action}` of `POST /v1/orders/{id}/messages/{action}`.
    pub name: String,
    /// Longest text the action accepts, in characters; `None` = the action takes no text
    /// (attachments only, which the proxy does not send: use Seller Central).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_text_length: Option<u32>,
    /// Whether the proxy can send it (text-only actions).
    pub sendable: bool,
}

/// `GET /v1/buyers/{alias}/orders`: one line per recent order of a buyer alias.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BuyerOrders {
    pub marketplace: String,
    pub orders: Vec<OrderSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderSummary {
    pub order_id: String,
    /// Orders v0 status (`Unshipped`, `Shipped`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchased: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fulfilled_by: Option<FulfilledBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marketplace: Option<String>,
}
