//! What the SP-API versions write alike: Amazon's `Money`, ISO 8601 date-times and who fulfils
//! an order, read as tolerantly as the rest (see `lenient`).

use chrono::{DateTime, Utc};
use orderlens::order_view::{FulfilledBy, Money};
use serde_json::Value;

use super::datetime;
use super::lenient::{at, code, is};

/// `fulfilledBy` (v2026: `AMAZON`/`MERCHANT`) or `FulfillmentChannel` (v0: `AFN`/`MFN`).
pub fn fulfilled_by(value: Option<&str>) -> Option<FulfilledBy> {
    match value {
        v if is(v, "AMAZON") || is(v, "AFN") => Some(FulfilledBy::Amazon),
        v if is(v, "MERCHANT") || is(v, "MFN") => Some(FulfilledBy::Merchant),
        _ => None,
    }
}

/// Amazon's `Money`: the amount exactly as written (a decimal string, or a JSON number); a
/// missing currency code stays empty rather than losing the amount.
pub fn money(v: &Value, path: &[&str]) -> Option<Money> {
    let m = at(v, path)?;
    let amount = code(m, &["amount"]).or_else(|| code(m, &["Amount"]))?;
    let currency = code(m, &["currencyCode"]).or_else(|| code(m, &["CurrencyCode"])).unwrap_or_default();
    Some(Money { amount, currency })
}

/// A date-time at `path` as Amazon writes them (see `datetime`).
pub fn time(v: &Value, path: &[&str]) -> Option<DateTime<Utc>> {
    at(v, path).and_then(Value::as_str).and_then(datetime::parse)
}
