//! The order view: one normalised document per Amazon order, written by the proxy
//! (`orderlens serve`, from SP-API Orders v2026-01-01) and read by the sidebar. The mapping from
//! SP-API JSON lives in the proxy so the wasm stays small; this file is only the wire shape.
//!
//! Each document is declared once, in [`wire_documents!`]: the struct, the serde derives the
//! proxy writes it with, each field's JSON name, and the sidebar's reader ([`FromWire`]). Adding
//! a field here adds it to all three.
//!
//! JSON field names are camelCase. Money is a decimal string as Amazon sends it, never a float.
//! PII (buyer, delivery address) is present only when the seller's SP-API roles return it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::lenient::{Field, FromWire};

/// Declares wire documents: for each, the struct with its serde derives (`#[serde(rename)]` from
/// the JSON name after `=`, plus the field's own serde attributes) and a [`FromWire`] reader
/// that reads each field by the same name, as its type says ([`Field`]: plain types are
/// required, `Option`s and `Vec`s are not).
macro_rules! wire_documents {
    ($(
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* $field:ident: $ty:ty = $json:literal, )*
        }
    )*) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
        pub struct $name {
            $( $(#[$field_meta])* #[serde(rename = $json)] pub $field: $ty, )*
        }

        impl FromWire for $name {
            fn from_wire(document: &Value) -> Option<Self> {
                let mut complete = true;
                let read = $name { $( $field: <$ty as Field>::read(document, $json, &mut complete), )* };
                complete.then_some(read)
            }
        }
    )*};
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

impl FromWire for FulfilledBy {
    fn from_wire(value: &Value) -> Option<Self> {
        match value.as_str()? {
            "AMAZON" => Some(FulfilledBy::Amazon),
            "MERCHANT" => Some(FulfilledBy::Merchant),
            _ => None,
        }
    }
}

wire_documents! {
    /// An amount of money exactly as Amazon wrote it (`"299.90"`, `"19940"`).
    pub struct Money {
        amount: String = "amount",
        /// ISO 4217, e.g. `BRL`.
        currency: String = "currency",
    }

    /// A time window such as "ship by" or "deliver by".
    pub struct TimeWindow {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        earliest: Option<DateTime<Utc>> = "earliest",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        latest: Option<DateTime<Utc>> = "latest",
    }

    /// One Amazon order: the document behind the sidebar's order panel.
    pub struct OrderView {
        order_id: String = "orderId",
        /// Amazon's site code (`UK`, `DE`, `JP`), from the core marketplace table.
        marketplace: String = "marketplace",
        marketplace_id: String = "marketplaceId",
        /// Amazon's fulfilment status: `PENDING_AVAILABILITY`, `PENDING`, `UNSHIPPED`,
        /// `PARTIALLY_SHIPPED`, `SHIPPED`, `CANCELLED`, `UNFULFILLABLE` (kept as text so a new
        /// status does not break old sidebars).
        status: String = "status",
        created: DateTime<Utc> = "created",
        updated: DateTime<Utc> = "updated",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fulfilled_by: Option<FulfilledBy> = "fulfilledBy",
        /// `STANDARD`, `EXPEDITED`, … as Amazon names it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        service_level: Option<String> = "serviceLevel",
        prime: bool = "prime",
        business: bool = "business",
        /// Every program Amazon lists (`PRIME`, `AMAZON_BUSINESS`, `IN_STORE_PICK_UP`, …).
        #[serde(default)]
        programs: Vec<String> = "programs",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seller_order_id: Option<String> = "sellerOrderId",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ship_by: Option<TimeWindow> = "shipBy",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        deliver_by: Option<TimeWindow> = "deliverBy",
        #[serde(default)]
        items: Vec<OrderItem> = "items",
        /// The order's grand total (Amazon's `proceeds.grandTotal`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        total: Option<Money> = "total",
        /// Order-level breakdown of the total (`ITEM`, `SHIPPING`, `TAX`, …) when Amazon sends one.
        #[serde(default)]
        breakdowns: Vec<Breakdown> = "breakdowns",
        /// Packages with carrier and tracking (merchant-fulfilled orders only).
        #[serde(default)]
        packages: Vec<Package> = "packages",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        buyer: Option<Buyer> = "buyer",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        delivery_address: Option<Address> = "deliveryAddress",
    }

    pub struct OrderItem {
        order_item_id: String = "orderItemId",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        asin: Option<String> = "asin",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sku: Option<String> = "sku",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String> = "title",
        quantity: u32 = "quantity",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quantity_shipped: Option<u32> = "quantityShipped",
        /// `NEW`, `USED`, … with the sub-type when it differs (`USED / LIKE_NEW`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        condition: Option<String> = "condition",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit_price: Option<Money> = "unitPrice",
        /// Price of the line (unit price × quantity), from Amazon's `ITEM` breakdown.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        subtotal: Option<Money> = "subtotal",
    }

    pub struct Breakdown {
        /// `ITEM`, `SHIPPING`, `TAX`, `DELIVERY_TIP`, … as Amazon names it.
        kind: String = "kind",
        amount: Money = "amount",
    }

    pub struct Package {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        carrier: Option<String> = "carrier",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tracking_number: Option<String> = "trackingNumber",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        shipping_service: Option<String> = "shippingService",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ship_time: Option<DateTime<Utc>> = "shipTime",
        /// `IN_TRANSIT`, `DELIVERED`, … (Amazon's `packageStatus.status`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<String> = "status",
    }

    /// PII: present only when the seller's roles return it.
    pub struct Buyer {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String> = "name",
        /// The buyer's anonymised alias (`…@marketplace.amazon.…`), FBM orders only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        email: Option<String> = "email",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        company: Option<String> = "company",
    }

    /// PII: present only when the seller's roles return it.
    pub struct Address {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String> = "name",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        company: Option<String> = "company",
        /// Address lines 1-3 without the empty ones.
        #[serde(default)]
        lines: Vec<String> = "lines",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        city: Option<String> = "city",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        district: Option<String> = "district",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        state_or_region: Option<String> = "stateOrRegion",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        postal_code: Option<String> = "postalCode",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        country_code: Option<String> = "countryCode",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        phone: Option<String> = "phone",
        /// `RESIDENTIAL`, `COMMERCIAL`, `PICKUP_POINT`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        address_type: Option<String> = "addressType",
    }

    /// `GET /v1/orders/{id}/messaging-actions`: the templated messages Amazon allows now.
    pub struct MessagingActions {
        order_id: String = "orderId",
        marketplace: String = "marketplace",
        actions: Vec<MessagingAction> = "actions",
        /// `false`: the caller's token may read but not send (`send = true` is missing from its
        /// `[[tokens]]` entry); the sidebar greys the actions and says why. Absent from proxies
        /// before issue 10: read as allowed (the send itself is refused with `token_scope`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        may_send: Option<bool> = "maySend",
    }

    pub struct MessagingAction {
        /// Amazon's short action name (`confirmDeliveryDetails`, `unexpectedProblem`, …); also the
        /// `{action}` of `POST /v1/orders/{id}/messages/{action}`.
        name: String = "name",
        /// Longest text the action accepts, in characters; `None` = the action takes no text
        /// (attachments only: the invoice through `POST /v1/orders/{id}/invoice`, the others from
        /// Seller Central).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_text_length: Option<u32> = "maxTextLength",
        /// Whether the proxy can send it (the text actions and the invoice).
        sendable: bool = "sendable",
    }

    /// `GET /v1/orders/{id}/messaging-attributes`: Amazon's GetAttributes, the buyer's locale.
    pub struct MessagingAttributes {
        order_id: String = "orderId",
        marketplace: String = "marketplace",
        /// The buyer's preferred language tag (`en-US`, `de-DE`), when Amazon tells.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        locale: Option<String> = "locale",
    }

    /// `GET /v1/buyers/{alias}/orders`: one line per recent order of a buyer alias.
    pub struct BuyerOrders {
        marketplace: String = "marketplace",
        orders: Vec<OrderSummary> = "orders",
    }

    pub struct OrderSummary {
        order_id: String = "orderId",
        /// Orders v0 status (`Unshipped`, `Shipped`, …).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<String> = "status",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        purchased: Option<DateTime<Utc>> = "purchased",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        total: Option<Money> = "total",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fulfilled_by: Option<FulfilledBy> = "fulfilledBy",
        #[serde(default, skip_serializing_if = "Option::is_none")]
        marketplace: Option<String> = "marketplace",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lenient::parse;
    use crate::core::problem::{Problem, ProblemCode};

    fn money(amount: &str) -> Money {
        Money { amount: amount.into(), currency: "EUR".into() }
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    /// Every field set, so a field the reader forgets shows up as a difference.
    fn full_order() -> OrderView {
        OrderView {
            order_id: "302-1234567-1234567".into(),
            marketplace: "DE".into(),
            marketplace_id: "A1PA6795UKMFR9".into(),
            status: "SHIPPED".into(),
            created: at("2026-03-01T10:00:00Z"),
            updated: at("2026-03-02T11:30:00.250Z"),
            fulfilled_by: Some(FulfilledBy::Merchant),
            service_level: Some("Standard".into()),
            prime: true,
            business: true,
            programs: vec!["PRIME".into(), "AMAZON_BUSINESS".into()],
            seller_order_id: Some("S-1".into()),
            ship_by: Some(TimeWindow {
                earliest: Some(at("2026-03-02T00:00:00Z")),
                latest: Some(at("2026-03-03T00:00:00Z")),
            }),
            deliver_by: Some(TimeWindow { earliest: None, latest: Some(at("2026-03-06T00:00:00Z")) }),
            items: vec![OrderItem {
                order_item_id: "1".into(),
                asin: Some("B0ABCDEF12".into()),
                sku: Some("SKU 1/2".into()),
                title: Some("Lampe".into()),
                quantity: 2,
                quantity_shipped: Some(1),
                condition: Some("New".into()),
                unit_price: Some(money("9.99")),
                subtotal: Some(money("19.98")),
            }],
            total: Some(money("24.97")),
            breakdowns: vec![Breakdown { kind: "SHIPPING".into(), amount: money("4.99") }],
            packages: vec![Package {
                carrier: Some("DHL".into()),
                tracking_number: Some("00340434".into()),
                shipping_service: Some("Paket".into()),
                ship_time: Some(at("2026-03-02T15:00:00Z")),
                status: Some("IN_TRANSIT".into()),
            }],
            buyer: Some(Buyer {
                name: Some("Jürgen".into()),
                email: Some("x@marketplace.amazon.de".into()),
                company: Some("Firma".into()),
            }),
            delivery_address: Some(Address {
                name: Some("Jürgen".into()),
                company: Some("Firma".into()),
                lines: vec!["Straße 1".into(), "Hinterhaus".into()],
                city: Some("Berlin".into()),
                district: Some("Mitte".into()),
                state_or_region: Some("BE".into()),
                postal_code: Some("10115".into()),
                country_code: Some("DE".into()),
                phone: Some("+49 30 1234".into()),
                address_type: Some("RESIDENTIAL".into()),
            }),
        }
    }

    #[test]
    fn reads_back_what_serde_writes() {
        let order = full_order();
        assert_eq!(parse::<OrderView>(&serde_json::to_string(&order).unwrap()), Some(order.clone()));
        let orders = BuyerOrders {
            marketplace: "DE".into(),
            orders: vec![OrderSummary {
                order_id: order.order_id.clone(),
                status: Some("SHIPPED".into()),
                purchased: Some(order.created),
                total: order.total.clone(),
                fulfilled_by: Some(FulfilledBy::Amazon),
                marketplace: Some("DE".into()),
            }],
        };
        assert_eq!(parse::<BuyerOrders>(&serde_json::to_string(&orders).unwrap()), Some(orders));
        let actions = MessagingActions {
            order_id: order.order_id.clone(),
            marketplace: "DE".into(),
            actions: vec![MessagingAction {
                name: "unexpectedProblem".into(),
                max_text_length: Some(2000),
                sendable: true,
            }],
            may_send: Some(false),
        };
        assert_eq!(parse::<MessagingActions>(&serde_json::to_string(&actions).unwrap()), Some(actions));
        let attributes = MessagingAttributes {
            order_id: order.order_id.clone(),
            marketplace: "DE".into(),
            locale: Some("de-DE".into()),
        };
        assert_eq!(parse::<MessagingAttributes>(&serde_json::to_string(&attributes).unwrap()), Some(attributes));
        let problem =
            Problem::new(ProblemCode::RateLimited, "wait").with_retry_after(3).with_request_id(Some("r".into()));
        assert_eq!(parse::<Problem>(&serde_json::to_string(&problem).unwrap()), Some(problem));
    }

    #[test]
    fn the_smallest_document_serde_accepts_reads_too() {
        let mut order = full_order();
        (order.fulfilled_by, order.service_level, order.seller_order_id, order.ship_by, order.deliver_by) =
            (None, None, None, None, None);
        (order.total, order.buyer, order.delivery_address) = (None, None, None);
        (order.items, order.breakdowns, order.packages, order.programs) = (vec![], vec![], vec![], vec![]);
        assert_eq!(parse::<OrderView>(&serde_json::to_string(&order).unwrap()), Some(order));
    }

    #[test]
    fn missing_required_fields_and_bad_json_are_unreadable_not_panics() {
        assert_eq!(parse::<OrderView>(r#"{"orderId": "1"}"#), None);
        assert_eq!(parse::<OrderView>("not json"), None);
        assert_eq!(parse::<Problem>(r#"{"type":"t","title":"t","status":99999,"code":"x","detail":"d"}"#), None);
        let newer = r#"{"type":"t","title":"t","status":418,"code":"brand_new","detail":"d"}"#;
        assert_eq!(parse::<Problem>(newer).map(|p| p.code), Some(ProblemCode::Unknown));
    }
}
