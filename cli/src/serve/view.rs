//! SP-API JSON → the shared view types (core's `OrderView`, `OrderSummary`). Lenient where a
//! field is optional (a bad optional value is dropped), strict only where the view cannot exist
//! without it; never panics on outside data.

use chrono::{DateTime, Utc};
use orderlens::marketplace::Marketplace;
use orderlens::order_view::{
    Address, Breakdown, Buyer, FulfilledBy, Money, OrderItem, OrderSummary, OrderView, Package, TimeWindow,
};
use serde::Deserialize;

/// Why a body could not become a view (never shown with data, only the field name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappingError(pub String);

// ---- Orders v2026-01-01 getOrder (`{"order": Order}`), only the fields the view uses ----

#[derive(Deserialize)]
struct GetOrderResponse {
    order: Option<Order>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Order {
    order_id: Option<String>,
    created_time: Option<String>,
    last_updated_time: Option<String>,
    order_aliases: Vec<Alias>,
    programs: Vec<String>,
    sales_channel: Option<SalesChannel>,
    buyer: Option<RawBuyer>,
    recipient: Option<Recipient>,
    proceeds: Option<Proceeds>,
    fulfillment: Option<Fulfillment>,
    order_items: Vec<RawItem>,
    packages: Vec<RawPackage>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Alias {
    alias_id: Option<String>,
    alias_type: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct SalesChannel {
    marketplace_id: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RawBuyer {
    buyer_name: Option<String>,
    buyer_email: Option<String>,
    buyer_company_name: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Recipient {
    delivery_address: Option<RawAddress>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RawAddress {
    name: Option<String>,
    company_name: Option<String>,
    address_line1: Option<String>,
    address_line2: Option<String>,
    address_line3: Option<String>,
    city: Option<String>,
    district_or_county: Option<String>,
    state_or_region: Option<String>,
    postal_code: Option<String>,
    country_code: Option<String>,
    phone: Option<String>,
    address_type: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RawMoney {
    amount: Option<String>,
    currency_code: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Proceeds {
    grand_total: Option<RawMoney>,
    proceeds_total: Option<RawMoney>,
    breakdowns: Vec<RawBreakdown>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RawBreakdown {
    #[serde(rename = "type")]
    kind: Option<String>,
    subtotal: Option<RawMoney>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Fulfillment {
    fulfillment_status: Option<String>,
    fulfilled_by: Option<String>,
    fulfillment_service_level: Option<String>,
    ship_by_window: Option<Window>,
    deliver_by_window: Option<Window>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Window {
    earliest_date_time: Option<String>,
    latest_date_time: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RawItem {
    order_item_id: Option<String>,
    quantity_ordered: Option<u32>,
    product: Option<Product>,
    proceeds: Option<Proceeds>,
    fulfillment: Option<ItemFulfillment>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Product {
    asin: Option<String>,
    title: Option<String>,
    seller_sku: Option<String>,
    condition: Option<Condition>,
    price: Option<Price>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Condition {
    condition_type: Option<String>,
    condition_subtype: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Price {
    unit_price: Option<RawMoney>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct ItemFulfillment {
    quantity_fulfilled: Option<u32>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RawPackage {
    carrier: Option<String>,
    tracking_number: Option<String>,
    shipping_service: Option<String>,
    ship_time: Option<String>,
    package_status: Option<PackageStatus>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct PackageStatus {
    status: Option<String>,
}

/// A v2026 getOrder body → the order view.
pub fn order_view(body: &[u8]) -> Result<OrderView, MappingError> {
    let parsed: GetOrderResponse = serde_json::from_slice(body)
        .map_err(|e| MappingError(format!("not a getOrder body: {}", e.classify_name())))?;
    let order = parsed.order.ok_or_else(|| MappingError("no `order` object".into()))?;
    map_order(order)
}

fn map_order(o: Order) -> Result<OrderView, MappingError> {
    let order_id = text(o.order_id).ok_or_else(|| MappingError("missing orderId".into()))?;
    let created =
        o.created_time.as_deref().and_then(time).ok_or_else(|| MappingError("missing or bad createdTime".into()))?;
    let updated = o.last_updated_time.as_deref().and_then(time).unwrap_or(created);
    let marketplace_id = o
        .sales_channel
        .and_then(|s| text(s.marketplace_id))
        .ok_or_else(|| MappingError("missing salesChannel.marketplaceId".into()))?;
    let marketplace =
        Marketplace::by_id(&marketplace_id).map(|m| m.code.to_string()).unwrap_or_else(|| marketplace_id.clone());
    let fulfillment = o.fulfillment.unwrap_or_default();
    let proceeds = o.proceeds.unwrap_or_default();
    let has = |p: &str| o.programs.iter().any(|x| x == p);
    Ok(OrderView {
        prime: has("PRIME"),
        business: has("AMAZON_BUSINESS"),
        order_id,
        marketplace,
        marketplace_id,
        status: text(fulfillment.fulfillment_status).unwrap_or_else(|| "UNKNOWN".into()),
        created,
        updated,
        fulfilled_by: match fulfillment.fulfilled_by.as_deref() {
            Some("AMAZON") => Some(FulfilledBy::Amazon),
            Some("MERCHANT") => Some(FulfilledBy::Merchant),
            _ => None,
        },
        service_level: text(fulfillment.fulfillment_service_level),
        seller_order_id: o
            .order_aliases
            .into_iter()
            .find(|a| a.alias_type.as_deref() == Some("SELLER_ORDER_ID"))
            .and_then(|a| text(a.alias_id)),
        ship_by: fulfillment.ship_by_window.and_then(window),
        deliver_by: fulfillment.deliver_by_window.and_then(window),
        items: o.order_items.into_iter().map(map_item).collect(),
        total: proceeds.grand_total.and_then(money),
        breakdowns: breakdowns(proceeds.breakdowns),
        packages: o.packages.into_iter().map(map_package).collect(),
        buyer: o.buyer.and_then(map_buyer),
        delivery_address: o.recipient.and_then(|r| r.delivery_address).and_then(map_address),
        programs: o.programs,
    })
}

fn map_item(i: RawItem) -> OrderItem {
    let product = i.product.unwrap_or_default();
    let proceeds = i.proceeds.unwrap_or_default();
    let condition = product.condition.and_then(|c| {
        let kind = text(c.condition_type)?;
        Some(match text(c.condition_subtype) {
            Some(sub) if sub != kind => format!("{kind} / {sub}"),
            _ => kind,
        })
    });
    OrderItem {
        order_item_id: text(i.order_item_id).unwrap_or_default(),
        asin: text(product.asin),
        sku: text(product.seller_sku),
        title: text(product.title),
        quantity: i.quantity_ordered.unwrap_or(0),
        quantity_shipped: i.fulfillment.and_then(|f| f.quantity_fulfilled),
        condition,
        unit_price: product.price.and_then(|p| p.unit_price).and_then(money),
        // The ITEM line is price × quantity; proceedsTotal would also hold shipping and tax.
        subtotal: proceeds
            .breakdowns
            .into_iter()
            .find(|b| b.kind.as_deref() == Some("ITEM"))
            .and_then(|b| b.subtotal)
            .and_then(money),
    }
}

fn map_package(p: RawPackage) -> Package {
    Package {
        carrier: text(p.carrier),
        tracking_number: text(p.tracking_number),
        shipping_service: text(p.shipping_service),
        ship_time: p.ship_time.as_deref().and_then(time),
        status: p.package_status.and_then(|s| text(s.status)),
    }
}

fn map_buyer(b: RawBuyer) -> Option<Buyer> {
    let email = text(b.buyer_email);
    let name = text(b.buyer_name).filter(|n| !is_alias_local_part(n, email.as_deref()));
    let company = text(b.buyer_company_name);
    (name.is_some() || email.is_some() || company.is_some()).then_some(Buyer { name, email, company })
}

/// Privacy-masked orders can carry the alias's local part, title-cased, as the "name" (sp-api.md §2.4).
fn is_alias_local_part(name: &str, email: Option<&str>) -> bool {
    let Some(local) = email.and_then(|e| e.split('@').next()) else { return false };
    let squash = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    !local.is_empty() && squash(name) == squash(local)
}

fn map_address(a: RawAddress) -> Option<Address> {
    let lines: Vec<String> = [a.address_line1, a.address_line2, a.address_line3].into_iter().filter_map(text).collect();
    let address = Address {
        name: text(a.name),
        company: text(a.company_name),
        lines,
        city: text(a.city),
        district: text(a.district_or_county),
        state_or_region: text(a.state_or_region),
        postal_code: text(a.postal_code),
        country_code: text(a.country_code),
        phone: text(a.phone),
        address_type: text(a.address_type),
    };
    let empty = address.name.is_none()
        && address.lines.is_empty()
        && address.city.is_none()
        && address.postal_code.is_none()
        && address.country_code.is_none();
    (!empty).then_some(address)
}

fn breakdowns(raw: Vec<RawBreakdown>) -> Vec<Breakdown> {
    raw.into_iter().filter_map(|b| Some(Breakdown { kind: text(b.kind)?, amount: money(b.subtotal?)? })).collect()
}

fn money(m: RawMoney) -> Option<Money> {
    Some(Money { amount: text(m.amount)?, currency: text(m.currency_code)? })
}

fn window(w: Window) -> Option<TimeWindow> {
    let earliest = w.earliest_date_time.as_deref().and_then(time);
    let latest = w.latest_date_time.as_deref().and_then(time);
    (earliest.is_some() || latest.is_some()).then_some(TimeWindow { earliest, latest })
}

fn time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s.trim()).ok().map(|t| t.with_timezone(&Utc))
}

/// Amazon sends `""` for absent values; the view says "absent" once, as `None`.
fn text(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

// ---- Orders v0 getOrders (`{"payload": {"Orders": [...]}}`) ----

#[derive(Deserialize)]
struct GetOrdersResponse {
    payload: Option<GetOrdersPayload>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct GetOrdersPayload {
    orders: Vec<V0Order>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct V0Order {
    amazon_order_id: Option<String>,
    order_status: Option<String>,
    purchase_date: Option<String>,
    order_total: Option<V0Money>,
    fulfillment_channel: Option<String>,
    marketplace_id: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct V0Money {
    currency_code: Option<String>,
    amount: Option<String>,
}

/// A v0 getOrders body → one summary per order (orders without an id are skipped).
pub fn order_summaries(body: &[u8]) -> Result<Vec<OrderSummary>, MappingError> {
    let parsed: GetOrdersResponse = serde_json::from_slice(body)
        .map_err(|e| MappingError(format!("not a getOrders body: {}", e.classify_name())))?;
    let payload = parsed.payload.ok_or_else(|| MappingError("no `payload`".into()))?;
    Ok(payload
        .orders
        .into_iter()
        .filter_map(|o| {
            Some(OrderSummary {
                order_id: text(o.amazon_order_id)?,
                status: text(o.order_status),
                purchased: o.purchase_date.as_deref().and_then(time),
                total: o
                    .order_total
                    .and_then(|m| Some(Money { amount: text(m.amount)?, currency: text(m.currency_code)? })),
                fulfilled_by: match o.fulfillment_channel.as_deref() {
                    Some("AFN") => Some(FulfilledBy::Amazon),
                    Some("MFN") => Some(FulfilledBy::Merchant),
                    _ => None,
                },
                marketplace: o.marketplace_id.as_deref().and_then(Marketplace::by_id).map(|m| m.code.to_string()),
            })
        })
        .collect())
}

trait ClassifyName {
    fn classify_name(&self) -> &'static str;
}

impl ClassifyName for serde_json::Error {
    fn classify_name(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Io => "io",
            serde_json::error::Category::Syntax => "bad JSON syntax",
            serde_json::error::Category::Data => "unexpected JSON shape",
            serde_json::error::Category::Eof => "truncated JSON",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::sandbox::fixtures;

    #[test]
    fn every_fixture_order_maps() {
        for id in fixtures::order_ids() {
            let body = fixtures::get_order_body(id).unwrap();
            let v = order_view(body.as_bytes()).unwrap();
            assert_eq!(v.order_id, id);
            assert!(v.items.iter().all(|i| i.asin.is_some() && i.unit_price.is_some()), "{id}");
        }
        let v = order_view(fixtures::get_order_body("028-1234567-8901234").unwrap().as_bytes()).unwrap();
        assert_eq!(v.items[0].asin.as_deref(), Some("B09V3KXJPB"));
        assert_eq!(v.delivery_address.unwrap().district.as_deref(), Some("Beyoglu"));
    }

    #[test]
    fn bad_bodies_are_errors_not_panics() {
        for body in [
            &b""[..],
            b"{",
            b"[]",
            b"{}",
            b"{\"order\":{}}",
            b"{\"order\":{\"orderId\":\"1\",\"createdTime\":\"yesterday\"}}",
            b"{\"order\":{\"orderItems\":7}}",
        ] {
            assert!(order_view(body).is_err(), "{}", String::from_utf8_lossy(body));
        }
        assert!(order_summaries(b"{\"payload\":{\"Orders\":\"x\"}}").is_err());
    }

    #[test]
    fn minimal_order_and_odd_optional_values() {
        let body = br#"{"order":{"orderId":"123-1234567-1234567","createdTime":"2025-01-01T00:00:00Z","lastUpdatedTime":"not a time",
            "salesChannel":{"marketplaceId":"A1PA6795UKMFR9"},"orderItems":[{"orderItemId":"1","quantityOrdered":1,"product":{"asin":""}}],
            "buyer":{"buyerName":"Abc Def","buyerEmail":"abcdef@marketplace.amazon.de"},
            "recipient":{"deliveryAddress":{"addressLine1":"","city":""}}}}"#;
        let v = order_view(body).unwrap();
        assert_eq!(v.marketplace, "DE");
        assert_eq!(v.updated, v.created, "a bad optional time falls back");
        assert_eq!(v.items[0].asin, None, "empty strings are absent");
        let buyer = v.buyer.unwrap();
        assert_eq!(buyer.name, None, "a name equal to the alias local part is no name");
        assert!(v.delivery_address.is_none());
        assert_eq!(v.status, "UNKNOWN");
    }

    #[test]
    fn v0_orders_become_summaries() {
        let s = order_summaries(fixtures::GET_ORDERS_200.as_bytes()).unwrap();
        assert_eq!(s[0].order_id, "902-1845936-5435065");
        assert_eq!(s[0].fulfilled_by, Some(FulfilledBy::Merchant));
        assert_eq!(s[0].marketplace.as_deref(), Some("US"));
    }
}
