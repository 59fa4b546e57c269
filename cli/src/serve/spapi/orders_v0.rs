//! Orders v0 getOrders (`{"payload": {"Orders": [...]}}`) → one `OrderSummary` per order, as
//! tolerant as the getOrder reader: orders without an id are skipped, the rest map what they have.

use orderlens::marketplace::Marketplace;
use orderlens::order_view::OrderSummary;

use super::common::{fulfilled_by, money, time};
use super::lenient::{at, code, objects, parse_object, MappingError};

/// A getOrders body → the summaries of its orders.
pub fn order_summaries(body: &[u8]) -> Result<Vec<OrderSummary>, MappingError> {
    let doc = parse_object(body)?;
    let payload = at(&doc, &["payload"]).filter(|p| p.is_object()).ok_or(MappingError("no `payload` object"))?;
    if at(payload, &["Orders"]).is_some_and(|o| !o.is_array()) {
        return Err(MappingError("`payload.Orders` is not a list"));
    }
    Ok(objects(payload, &["Orders"])
        .filter_map(|o| {
            Some(OrderSummary {
                order_id: code(o, &["AmazonOrderId"])?,
                status: code(o, &["OrderStatus"]),
                purchased: time(o, &["PurchaseDate"]),
                total: money(o, &["OrderTotal"]),
                fulfilled_by: fulfilled_by(code(o, &["FulfillmentChannel"]).as_deref()),
                marketplace: code(o, &["MarketplaceId"])
                    .as_deref()
                    .and_then(Marketplace::by_id)
                    .map(|m| m.code.to_string()),
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::sandbox::fixtures;
    use orderlens::order_view::FulfilledBy;

    #[test]
    fn v0_orders_become_summaries() {
        let s = order_summaries(fixtures::GET_ORDERS_200.as_bytes()).unwrap();
        assert_eq!(s[0].order_id, "902-1845936-5435065");
        assert_eq!(s[0].fulfilled_by, Some(FulfilledBy::Merchant));
        assert_eq!(s[0].marketplace.as_deref(), Some("US"));
    }

    #[test]
    fn nulls_and_odd_types() {
        let body = br#"{"payload":{"Orders":[null,{"AmazonOrderId":"1","OrderTotal":{"Amount":3,"CurrencyCode":"EUR"},
            "PurchaseDate":"2025-01-01T00:00:00+0100","FulfillmentChannel":null},{"OrderStatus":"Shipped"}]}}"#;
        let s = order_summaries(body).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].total.as_ref().map(|m| m.amount.as_str()), Some("3"));
        assert_eq!(s[0].purchased.map(|t| t.to_rfc3339()).as_deref(), Some("2024-12-31T23:00:00+00:00"));
        assert!(order_summaries(br#"{"payload":{"Orders":null}}"#).unwrap().is_empty());
        assert!(order_summaries(br#"{"payload":{"Orders":"x"}}"#).is_err());
        assert!(order_summaries(br#"{"errors":[]}"#).is_err());
    }
}
