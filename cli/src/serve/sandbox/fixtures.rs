//! Amazon's published sandbox bodies, embedded once (from `tests/fixtures/spapi`), indexed so the
//! fake can serve every v2026 order by id.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value;

macro_rules! fixture {
    ($path:literal) => {
        include_str!(concat!("../../../../tests/fixtures/spapi/", $path))
    };
}

/// Every v2026 body holding orders: getOrder (`order`) and searchOrders (`orders[]`), sandbox and
/// documentation examples, so the demo has orders in US, BR, TR, JP and UK.
const V2026_BODIES: &[&str] = &[
    fixture!("orders/v2026-01-01/getOrder__200__static__028-1234567-8901234.json"),
    fixture!("orders/v2026-01-01/getOrder__200__static__114-9876543-1234567__333-1234567-7654321.json"),
    fixture!("orders/v2026-01-01/getOrder__200__static__171-9876543-2109876.json"),
    fixture!("orders/v2026-01-01/getOrder__200__docexample__example__202-1234567-8901234.json"),
    fixture!("orders/v2026-01-01/searchOrders__200__static__2024-12-20T00_00_00Z__171-2345678-9012345.json"),
    fixture!("orders/v2026-01-01/searchOrders__200__static__2024-12-23T00_00_00Z__202-7654321-1098765.json"),
    fixture!("orders/v2026-01-01/searchOrders__200__static__2024-12-25T00_00_00Z__250-1234567-8901234.json"),
];

/// Amazon's sandbox answer to getOrder `TEST_CASE_400`.
pub const GET_ORDER_400: &str = fixture!("orders/v2026-01-01/getOrder__400__static__TEST_CASE_400.json");

/// Orders v0 getOrders `TEST_CASE_200`: the fake's answer to any `BuyerEmail` search.
pub const GET_ORDERS_200: &str = fixture!("orders/getOrders__200__static__TEST_CASE_200__902-1845936-5435065.json");

/// getMessagingActionsForOrder for `123-1234567-1234567`; the fake answers it for every order
/// (Amazon's sandbox only knows that one order, and the demo needs actions for all of them).
pub const MESSAGING_ACTIONS_200: &str =
    fixture!("messaging/getMessagingActionsForOrder__200__static__123-1234567-1234567.json");

/// GetAttributes for `123-1234567-1234567` (`en-US`): the fake's answer for an order it does not
/// know; for its own orders it answers the marketplace's language (a German order: `de-DE`).
pub const ATTRIBUTES_200: &str = fixture!("messaging/GetAttributes__200__static__123-1234567-1234567.json");

fn orders() -> &'static HashMap<String, Value> {
    static ORDERS: OnceLock<HashMap<String, Value>> = OnceLock::new();
    ORDERS.get_or_init(|| {
        let mut map = HashMap::new();
        for body in V2026_BODIES {
            let Ok(doc) = serde_json::from_str::<Value>(body) else { continue };
            let listed = doc.get("orders").and_then(Value::as_array).cloned().unwrap_or_default();
            for order in doc.get("order").into_iter().cloned().chain(listed) {
                if let Some(id) = order.get("orderId").and_then(Value::as_str) {
                    map.entry(id.to_string()).or_insert(order);
                }
            }
        }
        map
    })
}

/// The order as a getOrder body (`{"order": …}`), if the fixtures have it.
pub fn get_order_body(order_id: &str) -> Option<String> {
    orders().get(order_id).map(|o| serde_json::json!({ "order": o }).to_string())
}

/// The order's marketplace id, for the fake's region check.
pub fn marketplace_of(order_id: &str) -> Option<&'static str> {
    orders().get(order_id)?.get("salesChannel")?.get("marketplaceId")?.as_str()
}

/// Every order id the fake serves, sorted.
pub fn order_ids() -> Vec<&'static str> {
    let mut ids: Vec<&str> = orders().keys().map(String::as_str).collect();
    ids.sort_unstable();
    ids
}
