//! Orders v2026-01-01 getOrder (`{"order": Order}`) → core's `OrderView`. Maps what is there,
//! treats `null` and wrong types as absent, keeps open value sets as text, falls back to what
//! the proxy asked for where the body is silent, and fails only when the body is no getOrder
//! answer at all. Never panics on outside data (fuzzed: `fuzz/fuzz_targets/spapi_get_order.rs`).

use orderlens::marketplace::Marketplace;
use orderlens::order_view::{Address, Breakdown, Buyer, OrderItem, OrderView, Package, TimeWindow};
use serde_json::Value;

use super::common::{fulfilled_by, money, time};
use super::lenient::{at, code, count, is, list, objects, parse_object, prose, MappingError};

/// What the proxy asked for: the fallbacks for an order id or marketplace the body leaves out.
#[derive(Debug, Clone, Copy)]
pub struct Asked<'a> {
    pub order_id: &'a str,
    /// The requested marketplace, else the account's first one.
    pub marketplace: Option<&'static Marketplace>,
}

/// A getOrder body → the order view.
pub fn order_view(body: &[u8], asked: &Asked) -> Result<OrderView, MappingError> {
    let doc = parse_object(body)?;
    let o = at(&doc, &["order"]).filter(|o| o.is_object()).ok_or(MappingError("no `order` object"))?;
    let created = time(o, &["createdTime"]);
    let updated = time(o, &["lastUpdatedTime"]);
    let created = created.or(updated).ok_or(MappingError("neither createdTime nor lastUpdatedTime is a date-time"))?;
    let (marketplace, marketplace_id) = marketplace(o, asked.marketplace);
    let fulfillment = at(o, &["fulfillment"]).unwrap_or(&Value::Null);
    let programs: Vec<String> = list(o, &["programs"]).filter_map(|p| code(p, &[])).take(50).collect();
    let has = |p: &str| programs.iter().any(|x| is(Some(x), p));
    let view = OrderView {
        order_id: code(o, &["orderId"]).unwrap_or_else(|| asked.order_id.to_string()),
        marketplace,
        marketplace_id,
        status: code(fulfillment, &["fulfillmentStatus"]).unwrap_or_else(|| "UNKNOWN".into()),
        created,
        updated: updated.unwrap_or(created),
        fulfilled_by: fulfilled_by(code(fulfillment, &["fulfilledBy"]).as_deref()),
        service_level: code(fulfillment, &["fulfillmentServiceLevel"]),
        prime: has("PRIME"),
        business: has("AMAZON_BUSINESS"),
        seller_order_id: objects(o, &["orderAliases"])
            .find(|a| is(code(a, &["aliasType"]).as_deref(), "SELLER_ORDER_ID"))
            .and_then(|a| code(a, &["aliasId"])),
        ship_by: window(fulfillment, "shipByWindow"),
        deliver_by: window(fulfillment, "deliverByWindow"),
        items: objects(o, &["orderItems"]).map(item).collect(),
        total: money(o, &["proceeds", "grandTotal"]),
        breakdowns: breakdowns(o, &["proceeds", "breakdowns"]),
        packages: objects(o, &["packages"]).map(package).collect(),
        buyer: at(o, &["buyer"]).and_then(buyer),
        delivery_address: at(o, &["recipient", "deliveryAddress"]).and_then(address),
        programs,
    };
    Ok(view)
}

/// The body's marketplace (named by the core table when it knows the id), else the asked one.
fn marketplace(o: &Value, asked: Option<&'static Marketplace>) -> (String, String) {
    match code(o, &["salesChannel", "marketplaceId"]) {
        Some(id) => match Marketplace::by_id(&id) {
            Some(m) => (m.code.to_string(), id),
            None => (id.clone(), id),
        },
        None => asked.map(|m| (m.code.to_string(), m.id.to_string())).unwrap_or_default(),
    }
}

fn item(i: &Value) -> OrderItem {
    let product = at(i, &["product"]).unwrap_or(&Value::Null);
    let condition = code(product, &["condition", "conditionType"]).map(|kind| {
        match code(product, &["condition", "conditionSubtype"]) {
            Some(sub) if !sub.eq_ignore_ascii_case(&kind) => format!("{kind} / {sub}"),
            _ => kind,
        }
    });
    OrderItem {
        order_item_id: code(i, &["orderItemId"]).unwrap_or_default(),
        asin: code(product, &["asin"]),
        sku: code(product, &["sellerSku"]),
        title: prose(product, &["title"]),
        quantity: count(i, &["quantityOrdered"]).unwrap_or(0),
        quantity_shipped: count(i, &["fulfillment", "quantityFulfilled"]),
        condition,
        unit_price: money(product, &["price", "unitPrice"]),
        // The ITEM line is price × quantity; proceedsTotal would also hold shipping and tax.
        subtotal: objects(i, &["proceeds", "breakdowns"])
            .find(|b| is(code(b, &["type"]).as_deref(), "ITEM"))
            .and_then(|b| money(b, &["subtotal"])),
    }
}

fn package(p: &Value) -> Package {
    Package {
        carrier: prose(p, &["carrier"]),
        tracking_number: code(p, &["trackingNumber"]),
        shipping_service: prose(p, &["shippingService"]),
        ship_time: time(p, &["shipTime"]),
        status: code(p, &["packageStatus", "status"]),
    }
}

fn buyer(b: &Value) -> Option<Buyer> {
    let email = code(b, &["buyerEmail"]);
    let name = prose(b, &["buyerName"]).filter(|n| !is_alias_local_part(n, email.as_deref()));
    let company = prose(b, &["buyerCompanyName"]);
    (name.is_some() || email.is_some() || company.is_some()).then_some(Buyer { name, email, company })
}

/// Privacy-masked orders can carry the alias's local part, title-cased, as the "name" (sp-api.md §2.4).
fn is_alias_local_part(name: &str, email: Option<&str>) -> bool {
    let Some(local) = email.and_then(|e| e.split('@').next()) else { return false };
    let squash = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    !local.is_empty() && squash(name) == squash(local)
}

fn address(a: &Value) -> Option<Address> {
    let lines: Vec<String> =
        ["addressLine1", "addressLine2", "addressLine3"].into_iter().filter_map(|k| prose(a, &[k])).collect();
    let address = Address {
        name: prose(a, &["name"]),
        company: prose(a, &["companyName"]),
        lines,
        city: prose(a, &["city"]),
        district: prose(a, &["districtOrCounty"]),
        state_or_region: prose(a, &["stateOrRegion"]),
        postal_code: code(a, &["postalCode"]),
        country_code: code(a, &["countryCode"]),
        phone: code(a, &["phone"]),
        address_type: code(a, &["addressType"]),
    };
    let empty = address.name.is_none()
        && address.lines.is_empty()
        && address.city.is_none()
        && address.postal_code.is_none()
        && address.country_code.is_none();
    (!empty).then_some(address)
}

fn breakdowns(o: &Value, path: &[&str]) -> Vec<Breakdown> {
    objects(o, path)
        .filter_map(|b| Some(Breakdown { kind: code(b, &["type"])?, amount: money(b, &["subtotal"])? }))
        .collect()
}

fn window(fulfillment: &Value, key: &str) -> Option<TimeWindow> {
    let earliest = time(fulfillment, &[key, "earliestDateTime"]);
    let latest = time(fulfillment, &[key, "latestDateTime"]);
    (earliest.is_some() || latest.is_some()).then_some(TimeWindow { earliest, latest })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::sandbox::fixtures;
    use orderlens::order_view::{FulfilledBy, Money};

    fn asked(id: &str) -> Asked<'_> {
        Asked { order_id: id, marketplace: Marketplace::by_code_or_id("DE") }
    }

    #[test]
    fn every_fixture_order_maps() {
        for id in fixtures::order_ids() {
            let body = fixtures::get_order_body(id).unwrap();
            let v = order_view(body.as_bytes(), &asked(id)).unwrap();
            assert_eq!(v.order_id, id);
            assert!(v.items.iter().all(|i| i.asin.is_some() && i.unit_price.is_some()), "{id}");
        }
        let id = "028-1234567-8901234";
        let v = order_view(fixtures::get_order_body(id).unwrap().as_bytes(), &asked(id)).unwrap();
        assert_eq!(v.items[0].asin.as_deref(), Some("B09V3KXJPB"));
        assert_eq!(v.delivery_address.unwrap().district.as_deref(), Some("Beyoglu"));
    }

    #[test]
    fn only_bodies_that_are_no_get_order_answer_fail() {
        for body in [
            &b""[..],
            b"{",
            b"[]",
            b"{}",
            b"{\"order\":null}",
            b"{\"order\":[]}",
            b"{\"order\":{}}",
            b"{\"order\":{\"orderId\":\"1\",\"createdTime\":\"yesterday\"}}",
            b"{\"errors\":[{\"code\":\"InvalidInput\"}]}",
        ] {
            assert!(order_view(body, &asked("1")).is_err(), "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn nulls_odd_types_and_missing_members_fall_back() {
        let body = br#"{"order":{"orderId":null,"createdTime":"2025-01-01t00:00z","lastUpdatedTime":"not a time",
            "salesChannel":{"channelName":"AMAZON","marketplaceId":null},"programs":null,"orderAliases":null,
            "orderItems":[null,{"orderItemId":7,"quantityOrdered":"2","product":{"asin":"","price":null}},"x"],
            "proceeds":{"grandTotal":{"amount":12.5,"currencyCode":null},"breakdowns":null},
            "fulfillment":{"fulfillmentStatus":"SOMETHING_NEW","fulfilledBy":"merchant"},
            "buyer":{"buyerName":"Abc Def","buyerEmail":"abcdef@marketplace.amazon.de"},
            "recipient":{"deliveryAddress":{"addressLine1":"","city":""}},"newMember":{"x":1}}}"#;
        let v = order_view(body, &asked("302-1234567-1234567")).unwrap();
        assert_eq!(v.order_id, "302-1234567-1234567", "the asked id");
        assert_eq!(
            (v.marketplace.as_str(), v.marketplace_id.as_str()),
            ("DE", "A1PA6795UKMFR9"),
            "the asked marketplace"
        );
        assert_eq!(v.created.to_rfc3339(), "2025-01-01T00:00:00+00:00");
        assert_eq!(v.updated, v.created, "a bad optional time falls back");
        assert_eq!(v.items.len(), 1);
        assert_eq!((v.items[0].order_item_id.as_str(), v.items[0].quantity), ("7", 2));
        assert_eq!(v.items[0].asin, None, "empty strings are absent");
        assert_eq!(v.total, Some(Money { amount: "12.5".into(), currency: String::new() }));
        assert_eq!(v.status, "SOMETHING_NEW", "open value sets pass through");
        assert_eq!(v.fulfilled_by, Some(FulfilledBy::Merchant));
        assert_eq!(v.buyer.unwrap().name, None, "a name equal to the alias local part is no name");
        assert!(v.delivery_address.is_none());
    }
}
