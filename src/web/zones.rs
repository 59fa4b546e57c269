//! Time-zone offsets from the browser: `Intl.DateTimeFormat` knows every IANA zone and its
//! daylight-saving rules, so the wasm carries no zone database.

use std::cell::RefCell;

use chrono::{DateTime, FixedOffset, Utc};
use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::format::{parse_gmt_offset, utc, Zones};

#[derive(Default)]
pub struct BrowserZones {
    /// One formatter per zone: building one is the slow part.
    formatters: RefCell<Vec<(String, Option<JsValue>)>>,
}

impl BrowserZones {
    /// `new Intl.DateTimeFormat("en-US", {timeZone, timeZoneName: "longOffset"})`, through
    /// `Reflect` so an unknown zone (a RangeError) is a `None`, not an exception.
    fn formatter(&self, zone: &str) -> Option<JsValue> {
        if let Some((_, f)) = self.formatters.borrow().iter().find(|(z, _)| z == zone) {
            return f.clone();
        }
        let made = (|| {
            let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
            let ctor = Reflect::get(&intl, &"DateTimeFormat".into()).ok()?.dyn_into::<Function>().ok()?;
            let options = Object::new();
            Reflect::set(&options, &"timeZone".into(), &zone.into()).ok()?;
            Reflect::set(&options, &"timeZoneName".into(), &"longOffset".into()).ok()?;
            Reflect::construct(&ctor, &Array::of2(&"en-US".into(), &options)).ok()
        })();
        self.formatters.borrow_mut().push((zone.to_string(), made.clone()));
        made
    }
}

impl Zones for BrowserZones {
    fn offset(&self, zone: &str, at: DateTime<Utc>) -> Option<FixedOffset> {
        let formatter = self.formatter(zone)?;
        let to_parts = Reflect::get(&formatter, &"formatToParts".into()).ok()?.dyn_into::<Function>().ok()?;
        let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
        let parts: Array = to_parts.call1(&formatter, &date).ok()?.dyn_into().ok()?;
        parts.iter().find_map(|part| {
            let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
            if kind != "timeZoneName" {
                return None;
            }
            parse_gmt_offset(&Reflect::get(&part, &"value".into()).ok()?.as_string()?)
        })
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
