//! The log lines' timestamp: tracing's default text (`2026-12-01T21:11:17.123456Z`, UTC,
//! RFC 3339 with microseconds), but the date and time of day are formatted once per second on
//! each thread rather than for every line: the access log writes a line per request.

use std::cell::RefCell;
use std::fmt::{self, Write};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::FormatTime;

#[derive(Debug, Clone, Copy, Default)]
pub struct SecondClock;

thread_local! {
    /// The second last formatted on this thread, and its text up to the fraction.
    static LAST_SECOND: RefCell<(u64, String)> = const { RefCell::new((u64::MAX, String::new())) };
}

impl FormatTime for SecondClock {
    fn format_time(&self, w: &mut Writer<'_>) -> fmt::Result {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        write_timestamp(w, now)
    }
}

fn write_timestamp(w: &mut impl Write, since_epoch: Duration) -> fmt::Result {
    let secs = since_epoch.as_secs();
    LAST_SECOND.with_borrow_mut(|(second, text)| {
        if *second != secs {
            text.clear();
            write_second(text, secs)?;
            *second = secs;
        }
        w.write_str(text)
    })?;
    let mut fraction = *b".000000Z";
    let mut micros = since_epoch.subsec_micros();
    for digit in fraction[1..7].iter_mut().rev() {
        *digit = b'0' + (micros % 10) as u8;
        micros /= 10;
    }
    w.write_str(std::str::from_utf8(&fraction).map_err(|_| fmt::Error)?)
}

/// `2026-12-01T21:11:17`: `secs` after 1970-01-01T00:00:00 UTC.
fn write_second(out: &mut impl Write, secs: u64) -> fmt::Result {
    let (year, month, day) = civil_from_days(secs / 86_400);
    let time = secs % 86_400;
    write!(out, "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}", time / 3600, time / 60 % 60, time % 60)
}

/// The Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`: eras of
/// 400 years, each year counted from March so that the leap day comes last).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let (era, day_of_era) = (z / 146_097, z % 146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let m = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * m + 2) / 5 + 1;
    let month = if m < 10 { m + 3 } else { m - 9 };
    (era * 400 + year_of_era + u64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timestamp(since_epoch: Duration) -> String {
        let mut s = String::new();
        write_timestamp(&mut s, since_epoch).unwrap();
        s
    }

    #[test]
    fn the_same_text_as_chrono_across_the_calendar() {
        // Every 12 345 678 s (≈ 143 days) from 1970 to 9999, plus the days around leap days.
        let samples = (0..253_402_300_799u64).step_by(12_345_678).chain([
            951_782_399,   // 2000-02-28T23:59:59
            951_868_799,   // 2000-02-29T23:59:59
            4_107_542_400, // 2100-03-01T00:00:00
            1_709_164_800, // 2024-02-29T00:00:00
            1_798_761_599, // 2026-12-31T23:59:59
        ]);
        for secs in samples {
            let micros = (secs % 1_000_000) as u32;
            let expected = chrono::DateTime::from_timestamp(secs as i64, micros * 1000)
                .unwrap()
                .format("%Y-%m-%dT%H:%M:%S%.6fZ")
                .to_string();
            assert_eq!(timestamp(Duration::new(secs, micros * 1000)), expected, "{secs}");
        }
    }

    #[test]
    fn a_new_second_is_formatted_anew() {
        assert_eq!(timestamp(Duration::new(1_796_159_477, 1_000)), "2026-12-01T21:11:17.000001Z");
        assert_eq!(timestamp(Duration::new(1_796_159_477, 999_999_999)), "2026-12-01T21:11:17.999999Z");
        assert_eq!(timestamp(Duration::new(1_796_159_478, 0)), "2026-12-01T21:11:18.000000Z");
    }
}
