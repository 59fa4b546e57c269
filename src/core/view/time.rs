//! Times as the agent reads them: in the marketplace's time zone (the buyer's calendar, what
//! Seller Central shows) and in the agent's own. Zone offsets come from [`Zones`].

use chrono::{DateTime, FixedOffset, Utc};

use crate::core::format::{format_date_time, format_offset, utc, Zones};
use crate::core::i18n::{fill, t, Text};
use crate::core::lang::Lang;
use crate::core::marketplace::Marketplace;

/// The marketplace's offset at `at`; UTC when the marketplace or its zone is unknown.
pub fn zone_offset(marketplace: Option<&'static Marketplace>, at: DateTime<Utc>, zones: &dyn Zones) -> FixedOffset {
    marketplace.and_then(|m| zones.offset(m.time_zone, at)).unwrap_or_else(utc)
}

/// "15 Mar 2025, 13:30 (Europe/Istanbul, UTC+03:00)".
pub fn zoned_time(
    at: DateTime<Utc>,
    marketplace: Option<&'static Marketplace>,
    lang: Lang,
    zones: &dyn Zones,
) -> String {
    let offset = zone_offset(marketplace, at, zones);
    let zone = match marketplace {
        Some(m) if zones.offset(m.time_zone, at).is_some() => format!("{}, {}", m.time_zone, format_offset(offset)),
        _ => format_offset(offset),
    };
    format!("{} ({zone})", format_date_time(at, offset, lang))
}

/// "Your time: 15 Mar 2025, 11:30 (UTC+01:00)".
pub fn agent_time(at: DateTime<Utc>, lang: Lang, zones: &dyn Zones) -> String {
    let offset = zones.local_offset(at);
    let time = format!("{} ({})", format_date_time(at, offset, lang), format_offset(offset));
    fill(t(lang, Text::YourTime), &[("time", &time)])
}
