//! The time zones of Amazon's marketplaces, as the rules each follows today: a standard offset
//! and, where the zone has daylight saving time, the law that says when it starts and ends.
//!
//! Why not the browser's zone database: the first time-zone-aware `Intl.DateTimeFormat` of a page
//! initialises ICU, 20-60 ms of main thread in a fresh sidebar frame (BENCHMARKS.md, issue 12),
//! which every first panel paid. Why not a zone database in the wasm (chrono-tz): it carries every
//! transition since 1970 for each zone. The marketplaces' 23 zones follow five rules in all.
//!
//! These are the rules in force since Mexico dropped daylight saving time (30 October 2022) and
//! Egypt took it back up (28 April 2023); an instant before that may be off by an hour in those two
//! zones only. When a country changes its law, this table changes with it: the native test
//! `tests/zone_rules.rs` compares every zone with the IANA database (chrono-tz, a test dependency)
//! hour by hour, so a chrono-tz update with the new law fails it.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, TimeZone, Utc, Weekday};

const HOUR: i32 = 3600;

/// When a zone's clocks go forward an hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Summer {
    /// All year on standard time.
    Never,
    /// United States and Canada: second Sunday of March, 02:00 local standard time, to the first
    /// Sunday of November, 02:00 local daylight time.
    NorthAmerica,
    /// European Union and United Kingdom: last Sunday of March to last Sunday of October, both
    /// at 01:00 UTC.
    Europe,
    /// New South Wales: first Sunday of October, 02:00 local standard time, to the first Sunday
    /// of April, 03:00 local daylight time (southern summer: it spans the new year).
    SouthEastAustralia,
    /// Egypt: last Friday of April, 00:00 local standard time, to the last Thursday of October,
    /// 24:00 local daylight time.
    Egypt,
}

/// Every IANA zone the marketplace table names: standard offset (seconds east of UTC), summer rule.
const ZONES: &[(&str, i32, Summer)] = &[
    ("America/Los_Angeles", -8 * HOUR, Summer::NorthAmerica),
    ("America/Toronto", -5 * HOUR, Summer::NorthAmerica),
    ("America/Mexico_City", -6 * HOUR, Summer::Never),
    ("America/Sao_Paulo", -3 * HOUR, Summer::Never),
    ("Europe/Dublin", 0, Summer::Europe),
    ("Europe/London", 0, Summer::Europe),
    ("Europe/Madrid", HOUR, Summer::Europe),
    ("Europe/Paris", HOUR, Summer::Europe),
    ("Europe/Brussels", HOUR, Summer::Europe),
    ("Europe/Amsterdam", HOUR, Summer::Europe),
    ("Europe/Berlin", HOUR, Summer::Europe),
    ("Europe/Rome", HOUR, Summer::Europe),
    ("Europe/Stockholm", HOUR, Summer::Europe),
    ("Europe/Warsaw", HOUR, Summer::Europe),
    ("Africa/Johannesburg", 2 * HOUR, Summer::Never),
    ("Africa/Cairo", 2 * HOUR, Summer::Egypt),
    ("Europe/Istanbul", 3 * HOUR, Summer::Never),
    ("Asia/Riyadh", 3 * HOUR, Summer::Never),
    ("Asia/Dubai", 4 * HOUR, Summer::Never),
    ("Asia/Kolkata", 5 * HOUR + 1800, Summer::Never),
    ("Asia/Singapore", 8 * HOUR, Summer::Never),
    ("Asia/Tokyo", 9 * HOUR, Summer::Never),
    ("Australia/Sydney", 10 * HOUR, Summer::SouthEastAustralia),
];

/// The UTC offset of `zone` at `at`; `None` for a zone no marketplace uses.
pub fn marketplace_offset(zone: &str, at: DateTime<Utc>) -> Option<FixedOffset> {
    let &(_, standard, summer) = ZONES.iter().find(|(name, _, _)| *name == zone)?;
    let daylight = in_summer(summer, standard, at);
    FixedOffset::east_opt(standard + if daylight { HOUR } else { 0 })
}

fn in_summer(summer: Summer, standard: i32, at: DateTime<Utc>) -> bool {
    let year = at.year();
    // A local wall-clock time of this zone on `day` as an instant, `offset` being the offset in
    // force just before the change.
    let local = |day: NaiveDate, hour: i64, offset: i32| {
        Utc.from_utc_datetime(&day.and_time(Default::default())) + Duration::hours(hour)
            - Duration::seconds(i64::from(offset))
    };
    let between = |start, end| start <= at && at < end;
    match summer {
        Summer::Never => false,
        Summer::NorthAmerica => between(
            local(nth(year, 3, Weekday::Sun, 2), 2, standard),
            local(nth(year, 11, Weekday::Sun, 1), 2, standard + HOUR),
        ),
        // The EU's rule is in UTC: an offset of 0.
        Summer::Europe => between(local(last(year, 3, Weekday::Sun), 1, 0), local(last(year, 10, Weekday::Sun), 1, 0)),
        Summer::SouthEastAustralia => {
            // Summer ends in April and starts again in October of the same year.
            let ends = local(nth(year, 4, Weekday::Sun, 1), 3, standard + HOUR);
            let starts = local(nth(year, 10, Weekday::Sun, 1), 2, standard);
            !between(ends, starts)
        }
        Summer::Egypt => between(
            local(last(year, 4, Weekday::Fri), 0, standard),
            local(last(year, 10, Weekday::Thu), 24, standard + HOUR),
        ),
    }
}

/// The `n`th `weekday` of `month` (`n` from 1 to 4, which every month has; at the very ends of
/// chrono's range, where the date does not exist, 1970: a wrong hour rather than a panic).
fn nth(year: i32, month: u32, weekday: Weekday, n: u8) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n).unwrap_or_default()
}

/// The last `weekday` of `month`: its fifth, or else its fourth.
fn last(year: i32, month: u32, weekday: Weekday) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, 5).unwrap_or_else(|| nth(year, month, weekday, 4))
}

/// The zones this table knows (the test checks them against the marketplace table and IANA).
pub fn known_zones() -> impl Iterator<Item = &'static str> {
    ZONES.iter().map(|(name, _, _)| *name)
}
