//! The clocks the sidebar shows times on: the marketplace's zone from its rule in core, the
//! agent's own from the browser. Nothing here asks `Intl`: its first time-zone formatter costs a
//! fresh frame 20-60 ms (`core::format::zone_rules`).

use chrono::{DateTime, FixedOffset, Utc};
use js_sys::Date;
use wasm_bindgen::JsValue;

use crate::core::format::{marketplace_offset, utc, Zones};

#[derive(Default)]
pub struct BrowserZones;

impl Zones for BrowserZones {
    fn offset(&self, zone: &str, at: DateTime<Utc>) -> Option<FixedOffset> {
        marketplace_offset(zone, at)
    }

    fn local_offset(&self, at: DateTime<Utc>) -> FixedOffset {
        // getTimezoneOffset is minutes *behind* UTC (UTC+1 gives -60).
        let minutes = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64)).get_timezone_offset();
        let seconds = if minutes.is_finite() { -(minutes as i32) * 60 } else { 0 };
        FixedOffset::east_opt(seconds).unwrap_or_else(utc)
    }
}

/// The browser's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(Date::now() as i64).unwrap_or_default()
}
