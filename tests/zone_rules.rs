//! The marketplaces' zone rules (`core::format::zone_rules`) against the IANA database: every
//! zone of the marketplace table has a rule, and each rule gives IANA's offset at every hour
//! from 2024 to 2035, and the second before each hour (so a change one second late or early fails).
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Duration, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use orderlens::core::format::{known_zones, marketplace_offset};
use orderlens::core::marketplace::MARKETPLACES;

#[test]
fn every_marketplace_zone_has_a_rule() {
    for m in MARKETPLACES {
        assert!(known_zones().any(|z| z == m.time_zone), "{}: no rule for {}", m.code, m.time_zone);
    }
    assert_eq!(marketplace_offset("Mars/Olympus_Mons", DateTime::UNIX_EPOCH), None);
}

#[test]
fn every_rule_gives_the_iana_offset_hour_by_hour_from_2024_to_2035() {
    let start = Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap();
    let end = Utc.with_ymd_and_hms(2036, 1, 1, 0, 0, 0).unwrap();
    for zone in known_zones() {
        let tz: Tz = zone.parse().unwrap_or_else(|_| panic!("{zone} is not an IANA zone"));
        let mut hour = start;
        while hour < end {
            for at in [hour - Duration::seconds(1), hour] {
                let iana = tz.offset_from_utc_datetime(&at.naive_utc()).fix();
                let ours = marketplace_offset(zone, at).map(|o| o.local_minus_utc());
                assert_eq!(ours, Some(iana.local_minus_utc()), "{zone} at {at}");
            }
            hour += Duration::hours(1);
        }
    }
}

#[test]
fn any_instant_chrono_can_hold_gives_an_offset_without_panicking() {
    for at in [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC, DateTime::UNIX_EPOCH] {
        for zone in known_zones() {
            assert!(marketplace_offset(zone, at).is_some(), "{zone} at {at}");
        }
    }
}

proptest::proptest! {
    /// Order JSON may carry any date chrono reads (year 9999, year −5000): every zone still gives
    /// its standard offset or one hour more, never a panic.
    #[test]
    fn any_date_gives_the_standard_offset_or_an_hour_more(secs in DateTime::<Utc>::MIN_UTC.timestamp()..=DateTime::<Utc>::MAX_UTC.timestamp()) {
        let at = DateTime::from_timestamp(secs, 0).unwrap();
        let january = Utc.with_ymd_and_hms(2025, 1, 15, 12, 0, 0).unwrap();
        let july = Utc.with_ymd_and_hms(2025, 7, 15, 12, 0, 0).unwrap();
        for zone in known_zones() {
            let offset = marketplace_offset(zone, at).unwrap().local_minus_utc();
            let seasons = [january, july].map(|t| marketplace_offset(zone, t).unwrap().local_minus_utc());
            proptest::prop_assert!(seasons.contains(&offset), "{zone} at {at}: {offset} s, seasons {seasons:?}");
        }
    }
}
