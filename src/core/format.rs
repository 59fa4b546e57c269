//! Money, dates and times for people, in the sidebar's languages. Each language's conventions
//! live in its folder (`lang/<code>/formats.rs`, a [`Formats`]); the formatters here apply them.
//!
//! Money stays a decimal string from Amazon to the screen (never a float, so 0.1 + 0.2 never
//! shows up). The patterns follow what `Intl.NumberFormat` / CLDR do for each language, with
//! the same no-break spaces (U+00A0, and U+202F for French thousands) so a sum never wraps
//! between the number and its symbol.
//!
//! Time zones: the UTC offsets come in through [`Zones`]. The web shell answers the marketplaces'
//! zones with their rules ([`marketplace_offset`], no zone database and no `Intl`) and the agent's
//! own with the browser's clock; tests answer with fixed offsets.

use chrono::{DateTime, FixedOffset, Utc};

mod dates;
mod formats;
mod money;
mod of_lang;
mod zone_rules;

pub use dates::{format_date_range, format_date_time, format_long_date, format_offset, format_short_date};
pub use formats::{Formats, NumberStyle};
pub use money::{currency_symbol, format_money, minor_units};
pub use of_lang::formats;
pub use zone_rules::{known_zones, marketplace_offset};

/// UTC offsets of time zones at a given instant (daylight saving makes them depend on it).
pub trait Zones {
    /// The offset of IANA zone `zone` (`Europe/Berlin`) at `at`; `None` when unknown.
    fn offset(&self, zone: &str, at: DateTime<Utc>) -> Option<FixedOffset>;
    /// The offset of the agent's own clock at `at`.
    fn local_offset(&self, at: DateTime<Utc>) -> FixedOffset;
}

/// Fixed offsets: for tests, and a fallback that shows everything in UTC.
#[derive(Debug, Clone, Default)]
pub struct FixedZones {
    /// `(zone, offset seconds east of UTC)`.
    pub zones: Vec<(String, i32)>,
    pub local_seconds: i32,
}

impl Zones for FixedZones {
    fn offset(&self, zone: &str, _at: DateTime<Utc>) -> Option<FixedOffset> {
        self.zones.iter().find(|(z, _)| z == zone).and_then(|(_, s)| FixedOffset::east_opt(*s))
    }
    fn local_offset(&self, _at: DateTime<Utc>) -> FixedOffset {
        FixedOffset::east_opt(self.local_seconds).unwrap_or(utc())
    }
}

/// UTC as an offset: where a zone is unknown.
pub(crate) fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).expect("0 is a valid offset")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn fixed_zones_answer_known_zones_only() {
        let z = FixedZones { zones: vec![("Europe/Berlin".into(), 3600)], local_seconds: -18000 };
        let now = at("2026-03-02T08:15:22Z");
        assert_eq!(z.offset("Europe/Berlin", now).unwrap().local_minus_utc(), 3600);
        assert_eq!(z.offset("Asia/Tokyo", now), None);
        assert_eq!(z.local_offset(now).local_minus_utc(), -18000);
    }
}
