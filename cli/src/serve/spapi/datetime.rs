//! ISO 8601 date-times as Amazon writes them, which is wider than RFC 3339: `t`/`z` in lower
//! case, a space for `T`, no seconds, fractions of any length, offsets `+0530`, `+05`, `-00:00`
//! or none at all (read as UTC), the basic format `20250101T120000Z`, and a bare date.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

/// The instant, or `None` when `s` is not an ISO 8601 date(-time) we can place on the clock.
pub fn parse(s: &str) -> Option<DateTime<Utc>> {
    let mut c = Cursor(s.trim().as_bytes());
    let date = date(&mut c)?;
    if c.0.is_empty() {
        return Some(Utc.from_utc_datetime(&date.and_time(NaiveTime::MIN)));
    }
    if !c.eat(|b| matches!(b, b'T' | b't' | b' ')) {
        return None;
    }
    let time = time(&mut c)?;
    let offset = offset(&mut c)?;
    if !c.0.is_empty() {
        return None;
    }
    offset.from_local_datetime(&NaiveDateTime::new(date, time)).single().map(|t| t.with_timezone(&Utc))
}

struct Cursor<'a>(&'a [u8]);

impl Cursor<'_> {
    fn eat(&mut self, want: impl Fn(u8) -> bool) -> bool {
        match self.0.first() {
            Some(&b) if want(b) => {
                self.0 = &self.0[1..];
                true
            }
            _ => false,
        }
    }

    fn digits(&mut self, n: usize) -> Option<u32> {
        let head = self.0.get(..n)?;
        if !head.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.0 = &self.0[n..];
        Some(head.iter().fold(0, |acc, d| acc * 10 + u32::from(d - b'0')))
    }

    /// Reads a separator if the extended format uses it here; remembers whether it did.
    fn sep(&mut self, b: u8) -> bool {
        self.eat(|x| x == b)
    }
}

fn date(c: &mut Cursor) -> Option<NaiveDate> {
    let year = c.digits(4)?;
    let extended = c.sep(b'-');
    let month = c.digits(2)?;
    if extended && !c.sep(b'-') {
        return None;
    }
    let day = c.digits(2)?;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

fn time(c: &mut Cursor) -> Option<NaiveTime> {
    let hour = c.digits(2)?;
    let extended = c.sep(b':');
    let minute = c.digits(2)?;
    let has_seconds = if extended { c.sep(b':') } else { c.0.first().is_some_and(u8::is_ascii_digit) };
    let second = if has_seconds { c.digits(2)? } else { 0 };
    let mut nanos = 0u32;
    if has_seconds && c.eat(|b| b == b'.' || b == b',') {
        let len = c.0.iter().take_while(|b| b.is_ascii_digit()).count();
        if len == 0 {
            return None;
        }
        // Nanoseconds from the first nine digits; finer digits cannot be shown anyway.
        let kept = len.min(9);
        nanos = c.digits(kept)? * 10u32.pow((9 - kept) as u32);
        c.0 = &c.0[len - kept..];
    }
    match (hour, minute, second) {
        // 24:00 is the end of the day; chrono has no such time, so one nanosecond before.
        (24, 0, 0) if nanos == 0 => NaiveTime::from_hms_nano_opt(23, 59, 59, 999_999_999),
        // A leap second: chrono writes it as 59 s plus a second of nanoseconds.
        (h, m, 60) => NaiveTime::from_hms_nano_opt(h, m, 59, 1_000_000_000 + nanos.min(999_999_999)),
        (h, m, s) => NaiveTime::from_hms_nano_opt(h, m, s, nanos),
    }
}

fn offset(c: &mut Cursor) -> Option<FixedOffset> {
    if c.0.is_empty() || c.eat(|b| b == b'Z' || b == b'z') {
        return FixedOffset::east_opt(0);
    }
    let sign = if c.eat(|b| b == b'+') {
        1
    } else if c.eat(|b| b == b'-') {
        -1
    } else {
        return None;
    };
    let hours = c.digits(2)?;
    let minutes = if c.0.is_empty() {
        0
    } else {
        c.sep(b':');
        c.digits(2)?
    };
    if hours > 23 || minutes > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * i32::try_from(hours * 3600 + minutes * 60).ok()?)
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn iso(s: &str) -> Option<String> {
        parse(s).map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
    }

    #[test]
    fn amazons_iso_8601_variants() {
        let cases = [
            ("2025-03-01T10:00:00Z", "2025-03-01T10:00:00Z"),
            ("2025-03-01t10:00:00z", "2025-03-01T10:00:00Z"),
            ("2025-03-01 10:00:00Z", "2025-03-01T10:00:00Z"),
            ("2025-03-01T10:00Z", "2025-03-01T10:00:00Z"),
            ("2025-03-01T10:00:00.1Z", "2025-03-01T10:00:00.100Z"),
            ("2025-03-01T10:00:00.123456789123Z", "2025-03-01T10:00:00.123456789Z"),
            ("2025-03-01T10:00:00,5Z", "2025-03-01T10:00:00.500Z"),
            ("2025-03-01T15:30:00+0530", "2025-03-01T10:00:00Z"),
            ("2025-03-01T15:00:00+05", "2025-03-01T10:00:00Z"),
            ("2025-03-01T10:00:00-00:00", "2025-03-01T10:00:00Z"),
            ("2025-03-01T05:00:00-05:00", "2025-03-01T10:00:00Z"),
            ("2025-03-01T10:00:00", "2025-03-01T10:00:00Z"),
            ("20250301T100000Z", "2025-03-01T10:00:00Z"),
            ("2025-03-01", "2025-03-01T00:00:00Z"),
            (" 2025-03-01T10:00:00Z ", "2025-03-01T10:00:00Z"),
            ("2016-12-31T23:59:60Z", "2016-12-31T23:59:60Z"),
            ("2025-03-01T24:00:00Z", "2025-03-01T23:59:59.999999999Z"),
        ];
        for (input, want) in cases {
            assert_eq!(iso(input).as_deref(), Some(want), "{input}");
        }
    }

    #[test]
    fn not_a_date_time() {
        for s in [
            "",
            "yesterday",
            "2025-13-01T00:00:00Z",
            "2025-02-30",
            "2025-03-01T10",
            "2025-03-01T10:00:00+24:00",
            "2025-03-01T10:00:00.Z",
            "2025-03-01T10:00:00Zjunk",
            "2025-03-01X10:00",
            "२०२५-03-01",
            "2025-03-01T1é:00",
        ] {
            assert_eq!(iso(s), None, "{s}");
        }
    }
}
