//! Dates, times and UTC offsets for people, in the patterns of each language's formats
//! (`lang/<code>/formats.rs`).

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};

use super::formats::Formats;
use super::of_lang::formats;
use crate::core::lang::Lang;

/// A date and time in a given offset, the way `lang` writes it: en "2 Mar 2026, 09:15",
/// de "02.03.2026, 09:15", ja "2026/03/02 09:15", sv "2026-03-02 09:15".
pub fn format_date_time(at: DateTime<Utc>, offset: FixedOffset, lang: Lang) -> String {
    let f = formats(lang);
    fill_date(f.date_time, &parts(at, offset), f)
}

/// A short date for the panel: en "2 Mar 2026", de "02.03.2026", ja "2026/03/02".
pub fn format_short_date(at: DateTime<Utc>, offset: FixedOffset, lang: Lang) -> String {
    let f = formats(lang);
    fill_date(f.short_date, &parts(at, offset), f)
}

/// A date written out for a letter to a buyer: en "5 March 2026", de "5. März 2026",
/// es "5 de marzo de 2026", pl "5 marca 2026", ja "2026年3月5日", tr "5 Mart 2026",
/// ar "5 مارس 2026".
pub fn format_long_date(at: DateTime<Utc>, offset: FixedOffset, lang: Lang) -> String {
    let f = formats(lang);
    fill_date(f.long_date, &parts(at, offset), f)
}

fn parts(at: DateTime<Utc>, offset: FixedOffset) -> DateParts {
    let t = at.with_timezone(&offset);
    DateParts { year: t.year(), month: t.month(), day: t.day(), hour: t.hour(), minute: t.minute() }
}

/// A from–to window of dates (ship by, deliver by); one date when both ends fall on the same day.
pub fn format_date_range(
    earliest: Option<DateTime<Utc>>,
    latest: Option<DateTime<Utc>>,
    offset: FixedOffset,
    lang: Lang,
) -> Option<String> {
    let day = |t: DateTime<Utc>| format_short_date(t, offset, lang);
    match (earliest, latest) {
        (Some(a), Some(b)) if day(a) != day(b) => Some(format!("{} – {}", day(a), day(b))),
        (_, Some(b)) => Some(day(b)),
        (Some(a), None) => Some(day(a)),
        (None, None) => None,
    }
}

/// "UTC+01:00", "UTC−03:00", "UTC" for zero: how the sidebar names an offset.
pub fn format_offset(offset: FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    if secs == 0 {
        return "UTC".to_string();
    }
    let sign = if secs < 0 { '−' } else { '+' };
    let mins = secs.unsigned_abs() / 60;
    format!("UTC{sign}{:02}:{:02}", mins / 60, mins % 60)
}

/// The parts of a date a pattern can name.
struct DateParts {
    year: i32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
}

/// `pattern` with its tokens filled from `at` in the conventions `f`. An unknown token is kept as
/// written (the patterns are ours; `every_pattern_uses_known_tokens` checks them).
fn fill_date(pattern: &str, at: &DateParts, f: &Formats) -> String {
    let month = (at.month as usize).clamp(1, 12) - 1;
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((token, tail)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            break;
        };
        match token {
            "d" => match f.first_of_month.filter(|_| at.day == 1) {
                Some(first) => out.push_str(first),
                None => push_number(&mut out, at.day as i64, 1),
            },
            "dd" => push_number(&mut out, at.day as i64, 2),
            "m" => push_number(&mut out, at.month as i64, 1),
            "mm" => push_number(&mut out, at.month as i64, 2),
            "mon" => match f.short_months {
                Some(names) => out.push_str(names[month]),
                None => push_number(&mut out, at.month as i64, 1),
            },
            "month" => out.push_str(f.months[month]),
            "y" => push_number(&mut out, at.year as i64, 1),
            "HH" => push_number(&mut out, at.hour as i64, 2),
            "MM" => push_number(&mut out, at.minute as i64, 2),
            other => {
                out.push('{');
                out.push_str(other);
                out.push('}');
            }
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// `n` in ASCII digits, zero-padded to `width`.
fn push_number(out: &mut String, n: i64, width: usize) {
    if n < 0 {
        out.push('-');
    }
    let digits = n.unsigned_abs().to_string();
    out.extend(std::iter::repeat_n('0', width.saturating_sub(digits.len())));
    out.push_str(&digits);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::utc;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn offsets_written_for_people() {
        assert_eq!(format_offset(FixedOffset::east_opt(5 * 3600 + 1800).unwrap()), "UTC+05:30");
        assert_eq!(format_offset(FixedOffset::west_opt(3 * 3600).unwrap()), "UTC−03:00");
        assert_eq!(format_offset(utc()), "UTC");
    }

    #[test]
    fn dates_and_times_in_an_offset() {
        let t = at("2026-03-02T08:15:22Z");
        let berlin = FixedOffset::east_opt(3600).unwrap();
        assert_eq!(format_date_time(t, berlin, Lang::En), "2 Mar 2026, 09:15");
        assert_eq!(format_date_time(t, berlin, Lang::De), "02.03.2026, 09:15");
        assert_eq!(format_date_time(t, berlin, Lang::Fr), "02/03/2026 09:15");
        assert_eq!(format_date_time(t, berlin, Lang::Ja), "2026/03/02 09:15");
        let la = FixedOffset::west_opt(8 * 3600).unwrap();
        assert_eq!(format_date_time(t, la, Lang::En), "2 Mar 2026, 00:15");
        assert_eq!(format_short_date(at("2026-03-02T07:00:00Z"), la, Lang::De), "01.03.2026");
    }

    #[test]
    fn long_dates_for_letters() {
        let t = at("2026-03-05T12:00:00Z");
        let z = utc();
        assert_eq!(format_long_date(t, z, Lang::En), "5 March 2026");
        assert_eq!(format_long_date(t, z, Lang::De), "5. März 2026");
        assert_eq!(format_long_date(t, z, Lang::Fr), "5 mars 2026");
        assert_eq!(format_long_date(at("2026-03-01T12:00:00Z"), z, Lang::Fr), "1er mars 2026");
        assert_eq!(format_long_date(t, z, Lang::It), "5 marzo 2026");
        assert_eq!(format_long_date(t, z, Lang::Es), "5 de marzo de 2026");
        assert_eq!(format_long_date(t, z, Lang::Pl), "5 marca 2026");
        assert_eq!(format_long_date(t, z, Lang::Ja), "2026年3月5日");
        assert_eq!(format_long_date(t, z, Lang::Zh), "2026年3月5日");
        let december = at("2026-12-01T12:00:00Z");
        assert_eq!(format_long_date(december, z, Lang::Pt), "1 de dezembro de 2026");
        assert_eq!(format_long_date(december, z, Lang::Nl), "1 december 2026");
        assert_eq!(format_long_date(december, z, Lang::Sv), "1 december 2026");
        assert_eq!(format_long_date(december, z, Lang::Tr), "1 Aralık 2026");
        assert_eq!(format_long_date(december, z, Lang::Ar), "1 ديسمبر 2026");
        assert_eq!(format_long_date(at("2026-08-15T12:00:00Z"), z, Lang::Tr), "15 Ağustos 2026");
    }

    #[test]
    fn panel_dates_of_the_newer_languages() {
        let t = at("2026-12-01T09:05:00Z");
        let z = utc();
        let short = |lang| format_short_date(t, z, lang);
        assert_eq!([short(Lang::Pt), short(Lang::Nl), short(Lang::Sv)], ["01/12/2026", "01-12-2026", "2026-12-01"]);
        assert_eq!([short(Lang::Tr), short(Lang::Ar)], ["01.12.2026", "01/12/2026"]);
        assert_eq!(format_date_time(t, z, Lang::Sv), "2026-12-01 09:05");
        assert_eq!(format_date_time(t, z, Lang::Ar), "01/12/2026، 09:05");
    }

    #[test]
    fn date_ranges() {
        let z = utc();
        let (a, b) = (at("2026-03-05T00:00:00Z"), at("2026-03-09T23:59:59Z"));
        assert_eq!(format_date_range(Some(a), Some(b), z, Lang::En).unwrap(), "5 Mar 2026 – 9 Mar 2026");
        assert_eq!(format_date_range(Some(a), Some(a), z, Lang::De).unwrap(), "05.03.2026");
        assert_eq!(format_date_range(None, Some(b), z, Lang::De).unwrap(), "09.03.2026");
        assert_eq!(format_date_range(None, None, z, Lang::De), None);
    }

    #[test]
    fn a_pattern_fills_every_token_and_keeps_the_rest() {
        let at = DateParts { year: 2026, month: 3, day: 1, hour: 7, minute: 5 };
        let fr = formats(Lang::Fr);
        assert_eq!(fill_date("{d} {month} {y}", &at, fr), "1er mars 2026");
        assert_eq!(fill_date("{dd}/{mm}/{y} {HH}:{MM}", &at, fr), "01/03/2026 07:05");
        assert_eq!(fill_date("{mon} {m}", &at, formats(Lang::En)), "Mar 3");
        assert_eq!(fill_date("{x} {d", &at, fr), "{x} {d");
    }
}
