//! Reading the proxy's JSON (order views, buyer orders, problems) in the sidebar.
//!
//! By hand from `serde_json::Value`, which the sidebar already links for tickets: serde's
//! derived deserialisers for these types cost 27 KB of the gzipped wasm (BENCHMARKS.md). The
//! proxy keeps the derives — it writes these documents — and `reads_back_what_serde_writes`
//! holds the two to the same shape.

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::core::order_view::{
    Address, Breakdown, Buyer, BuyerOrders, FulfilledBy, Money, OrderItem, OrderSummary, OrderView, Package, TimeWindow,
};
use crate::core::problem::{Problem, ProblemCode};

/// A type the sidebar reads from the proxy's JSON. `None`: a required field is missing.
pub trait FromWire: Sized {
    fn from_wire(value: &Value) -> Option<Self>;
}

/// Parses a response body.
pub fn parse<T: FromWire>(body: &str) -> Option<T> {
    T::from_wire(&serde_json::from_str::<Value>(body).ok()?)
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key)?.as_str().map(str::to_string)
}

fn time(v: &Value, key: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(v.get(key)?.as_str()?).ok().map(|t| t.with_timezone(&Utc))
}

fn flag(v: &Value, key: &str) -> Option<bool> {
    v.get(key)?.as_bool()
}

fn number<T: TryFrom<u64>>(v: &Value, key: &str) -> Option<T> {
    T::try_from(v.get(key)?.as_u64()?).ok()
}

fn object<T: FromWire>(v: &Value, key: &str) -> Option<T> {
    T::from_wire(v.get(key)?)
}

/// A list whose unreadable entries are skipped, like an absent list is empty.
fn list<T: FromWire>(v: &Value, key: &str) -> Vec<T> {
    v.get(key).and_then(Value::as_array).map(|a| a.iter().filter_map(T::from_wire).collect()).unwrap_or_default()
}

impl FromWire for String {
    fn from_wire(value: &Value) -> Option<Self> {
        value.as_str().map(str::to_string)
    }
}

impl FromWire for Money {
    fn from_wire(v: &Value) -> Option<Self> {
        Some(Money { amount: text(v, "amount")?, currency: text(v, "currency")? })
    }
}

impl FromWire for TimeWindow {
    fn from_wire(v: &Value) -> Option<Self> {
        Some(TimeWindow { earliest: time(v, "earliest"), latest: time(v, "latest") })
    }
}

impl FromWire for FulfilledBy {
    fn from_wire(v: &Value) -> Option<Self> {
        match v.as_str()? {
            "AMAZON" => Some(FulfilledBy::Amazon),
            "MERCHANT" => Some(FulfilledBy::Merchant),
            _ => None,
        }
    }
}

impl FromWire for OrderItem {
    fn from_wire(v: &Value) -> Option<Self> {
        Some(OrderItem {
            order_item_id: text(v, "orderItemId")?,
            asin: text(v, "asin"),
            sku: text(v, "sku"),
            title: text(v, "title"),
            quantity: number(v, "quantity")?,
            quantity_shipped: number(v, "quantityShipped"),
            condition: text(v, "condition"),
            unit_price: object(v, "unitPrice"),
            subtotal: object(v, "subtotal"),
        })
    }
}

impl FromWire for Breakdown {
    fn from_wire(v: &Value) -> Option<Self> {
        Some(Breakdown { kind: text(v, "kind")?, amount: object(v, "amount")? })
    }
}

impl FromWire for Package {
    fn from_wire(v: &Value) -> Option<Self> {
        Some(Package {
            carrier: text(v, "carrier"),
            tracking_number: text(v, "trackingNumber"),
            shipping_service: text(v, "shippingService"),
            ship_time: time(v, "shipTime"),
            status: text(v, "status"),
        })
    }
}

impl FromWire for Buyer {
    fn from_wire(v: &Value) -> Option<Self> {
        Some(Buyer { name: text(v, "name"), email: text(v, "email"), company: text(v, "company") })
    }
}

impl FromWire for Address {
    fn from_wire(v: &Value) -> Option<Self> {
        Some(Address {
            name: text(v, "name"),
            company: text(v, "company"),
            lines: list(v, "lines"),
            city: text(v, "city"),
            district: text(v, "district"),
            state_or_region: text(v, "stateOrRegion"),
            postal_code: text(v, "postalCode"),
            country_code: text(v, "countryCode"),
            phone: text(v, "phone"),
            address_type: text(v, "addressType"),
        })
    }
}

impl FromWire for OrderView {
    fn from_wire(v: &Value) -> Option<Self> {
        Some(OrderView {
            order_id: text(v, "orderId")?,
            marketplace: text(v, "marketplace")?,
            marketplace_id: text(v, "marketplaceId")?,
            status: text(v, "status")?,
            created: time(v, "created")?,
            updated: time(v, "updated")?,
            fulfilled_by: object(v, "fulfilledBy"),
            service_level: text(v, "serviceLevel"),
            prime: flag(v, "prime")?,
            business: flag(v, "business")?,
            programs: list(v, "programs"),
            seller_order_id: text(v, "sellerOrderId"),
            ship_by: object(v, "shipBy"),
            deliver_by: object(v, "deliverBy"),
            items: list(v, "items"),
            total: object(v, "total"),
            breakdowns: list(v, "breakdowns"),
            packages: list(v, "packages"),
            buyer: object(v, "buyer"),
            delivery_address: object(v, "deliveryAddress"),
        })
    }
}

impl FromWire for OrderSummary {
    fn from_wire(v: &Value) -> Option<Self> {
        Some(OrderSummary {
            order_id: text(v, "orderId")?,
            status: text(v, "status"),
            purchased: time(v, "purchased"),
            total: object(v, "total"),
            fulfilled_by: object(v, "fulfilledBy"),
            marketplace: text(v, "marketplace"),
        })
    }
}

impl FromWire for BuyerOrders {
    fn from_wire(v: &Value) -> Option<Self> {
        Some(BuyerOrders { marketplace: text(v, "marketplace")?, orders: list(v, "orders") })
    }
}

impl FromWire for Problem {
    fn from_wire(v: &Value) -> Option<Self> {
        let code = v.get("code")?.as_str()?;
        Some(Problem {
            kind: text(v, "type")?,
            title: text(v, "title")?,
            status: number(v, "status")?,
            // A code this sidebar does not know yet is still a problem it can show.
            code: ProblemCode::ALL.iter().copied().find(|c| c.as_str() == code).unwrap_or(ProblemCode::Unknown),
            detail: text(v, "detail")?,
            retry_after: number(v, "retryAfter"),
            request_id: text(v, "requestId"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
