//! Readers of Amazon's answers: pure functions from the body's bytes to core's view types, so
//! the fuzz targets and the schema-driven tests can call them without a server.
//!
//! `order` (getOrder v2026-01-01 → `OrderView`), `orders_v0` (getOrders v0 → `OrderSummary`),
//! `actions` (getMessagingActionsForOrder), on top of `lenient` (tolerant JSON access) and
//! `datetime` (ISO 8601 as Amazon writes it). The LWA token answer is read in `lwa`.

pub mod actions;
pub mod datetime;
pub mod lenient;
pub mod order;
pub mod orders_v0;

use serde_json::Value;

pub use actions::parse_actions;
pub use order::{order_view, Asked};
pub use orders_v0::order_summaries;

/// Why a body could not be read: a fixed phrase naming the part, never data from the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MappingError(pub &'static str);

/// The body as a JSON object, or why it is none.
fn parse_object(body: &[u8]) -> Result<Value, MappingError> {
    let doc: Value = serde_json::from_slice(body).map_err(|e| {
        MappingError(match e.classify() {
            serde_json::error::Category::Eof => "truncated JSON",
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => "not JSON",
            serde_json::error::Category::Data => "unexpected JSON shape",
        })
    })?;
    if doc.is_object() {
        Ok(doc)
    } else {
        Err(MappingError("not a JSON object"))
    }
}
