//! Money, dates and times for people, in the sidebar's languages.
//!
//! Money stays a decimal string from Amazon to the screen (never a float, so 0.1 + 0.2 never
//! shows up). The patterns follow what `Intl.NumberFormat` / CLDR do for each language, with
//! the same no-break spaces (U+00A0, and U+202F for French thousands) so a sum never wraps
//! between the number and its symbol.
//!
//! Time zones: core has no time-zone database (the wasm would grow for it, and the browser
//! already has one), so the UTC offsets come in through [`Zones`], which the web shell answers
//! with `Intl.DateTimeFormat` and tests answer with fixed offsets.

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};

use crate::core::lang::Lang;

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

// ---------------------------------------------------------------------------------------------
// Money

/// Digits after the decimal point for a currency (ISO 4217 minor units).
pub fn minor_units(currency: &str) -> usize {
    match currency.to_ascii_uppercase().as_str() {
        "JPY" | "KRW" | "CLP" | "VND" | "ISK" | "HUF" | "TWD" => 0,
        "KWD" | "BHD" | "OMR" | "JOD" | "TND" => 3,
        _ => 2,
    }
}

/// The symbol shown for a currency in a language; the ISO code for currencies we do not know.
/// Dollars are told apart (`CA$`, `A$`) because agents often serve several marketplaces.
pub fn currency_symbol(currency: &str, lang: Lang) -> String {
    let code = currency.trim().to_ascii_uppercase();
    let symbol = match (code.as_str(), lang) {
        ("JPY", Lang::Ja) => "￥",
        ("JPY", Lang::Zh) => "JP¥",
        ("JPY", _) => "¥",
        ("CNY", Lang::Zh) => "¥",
        ("CNY", _) => "CN¥",
        ("USD", Lang::En | Lang::Ja) => "$",
        // Turkish shops, Amazon.com.tr included, write "1.234,56 TL".
        ("TRY", Lang::Tr) => "TL",
        // An Arabic sidebar is right to left, so Arabic-script symbols read in order there.
        ("AED", Lang::Ar) => "د.إ.",
        ("SAR", Lang::Ar) => "ر.س.",
        ("EGP", Lang::Ar) => "ج.م.",
        ("USD", _) => "US$",
        ("CAD", _) => "CA$",
        ("MXN", _) => "MX$",
        ("BRL", _) => "R$",
        ("AUD", _) => "A$",
        ("SGD", _) => "S$",
        ("EUR", _) => "€",
        ("GBP", _) => "£",
        ("SEK", _) => "kr",
        ("PLN", _) => "zł",
        ("ZAR", _) => "R",
        ("TRY", _) => "₺",
        ("INR", _) => "₹",
        ("EGP", _) => "E£",
        // Latin-script forms: Arabic-script symbols would reorder the line in a left-to-right sidebar.
        ("SAR", _) => "SR",
        ("AED", _) => "AED",
        _ => return if code.is_empty() { String::new() } else { code },
    };
    symbol.to_string()
}

/// A decimal amount (`"1234.5"`, `"-3"`, `"19940"`) in `currency`, as people write it in `lang`:
/// en "€1,234.56", de "1.234,56 €", fr "1 234,56 €", ja "￥1,235", pt "R$ 1.234,56", sv
/// "1 234,56 kr", tr "1.234,56 TL", ar "1,234.56 د.إ." (Western digits, like the order id
/// next to it). Rounds half away from zero to
/// the currency's minor units. Text that is not a decimal number is shown as given, with the code.
pub fn format_money(amount: &str, currency: &str, lang: Lang) -> String {
    let symbol = currency_symbol(currency, lang);
    let Some(number) = Decimal::parse(amount) else {
        return join_nonempty(amount.trim(), &currency.trim().to_ascii_uppercase());
    };
    let number = number.round(minor_units(currency));
    let style = NumberStyle::of(lang);
    let digits = number.format(style.group, style.decimal, style.min_grouping);
    let sign = if number.negative { "-" } else { "" };
    if style.symbol_first {
        // A letter symbol (`AED`, `SR`) needs a space before the digits; `$` and `€` do not,
        // except where the language always spaces them ("R$ 10,00", "€ 10,00").
        let spaced = style.symbol_space || symbol.chars().last().is_some_and(char::is_alphabetic);
        let gap = if spaced { "\u{a0}" } else { "" };
        format!("{sign}{symbol}{gap}{digits}")
    } else if symbol.is_empty() {
        format!("{sign}{digits}")
    } else {
        format!("{sign}{digits}\u{a0}{symbol}")
    }
}

fn join_nonempty(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (false, false) => format!("{a} {b}"),
        (false, true) => a.to_string(),
        _ => b.to_string(),
    }
}

struct NumberStyle {
    group: &'static str,
    decimal: char,
    symbol_first: bool,
    /// A space between a leading symbol and the digits, whatever the symbol.
    symbol_space: bool,
    /// CLDR's minimumGroupingDigits: Spanish and Polish write 1234 but 12.345.
    min_grouping: usize,
}

impl NumberStyle {
    fn of(lang: Lang) -> NumberStyle {
        let (group, decimal, symbol_first, symbol_space, min_grouping) = match lang {
            Lang::En | Lang::Ja | Lang::Zh => (",", '.', true, false, 1),
            Lang::De | Lang::It | Lang::Tr => (".", ',', false, false, 1),
            Lang::Es => (".", ',', false, false, 2),
            Lang::Fr => ("\u{202f}", ',', false, false, 1),
            Lang::Pl => ("\u{a0}", ',', false, false, 2),
            Lang::Pt | Lang::Nl => (".", ',', true, true, 1),
            Lang::Sv => ("\u{a0}", ',', false, false, 1),
            Lang::Ar => (",", '.', false, false, 1),
        };
        NumberStyle { group, decimal, symbol_first, symbol_space, min_grouping }
    }
}

/// A parsed decimal: sign, integer digits, fraction digits (ASCII, no leading zeros kept).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Decimal {
    negative: bool,
    int: String,
    frac: String,
}

impl Decimal {
    fn parse(s: &str) -> Option<Decimal> {
        let s = s.trim();
        let (negative, rest) = match s.as_bytes().first()? {
            b'-' => (true, &s[1..]),
            b'+' => (false, &s[1..]),
            _ => (false, s),
        };
        let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
        let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        // Amazon's amounts are short; a huge "number" is not money and is shown as text.
        if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) || rest.len() > 40 {
            return None;
        }
        let int = int.trim_start_matches('0');
        Some(Decimal { negative, int: if int.is_empty() { "0".into() } else { int.into() }, frac: frac.into() })
    }

    /// Rounded half away from zero to `places` fraction digits (padded with zeros).
    fn round(mut self, places: usize) -> Decimal {
        if self.frac.len() <= places {
            self.frac.extend(std::iter::repeat_n('0', places - self.frac.len()));
        } else {
            let round_up = self.frac.as_bytes()[places] >= b'5';
            self.frac.truncate(places);
            if round_up {
                let mut all: Vec<u8> = format!("{}{}", self.int, self.frac).into_bytes();
                let mut i = all.len();
                loop {
                    if i == 0 {
                        all.insert(0, b'1');
                        break;
                    }
                    i -= 1;
                    if all[i] == b'9' {
                        all[i] = b'0';
                    } else {
                        all[i] += 1;
                        break;
                    }
                }
                let split = all.len() - places;
                let text = String::from_utf8(all).unwrap_or_default();
                self.int = text[..split].to_string();
                self.frac = text[split..].to_string();
            }
        }
        if self.int.bytes().chain(self.frac.bytes()).all(|b| b == b'0') {
            self.negative = false; // no "-0.00"
        }
        self
    }

    fn format(&self, group: &str, decimal: char, min_grouping: usize) -> String {
        let int = self.int.as_str();
        let grouped = if int.len() > 3 && int.len() >= 3 + min_grouping {
            let mut out = String::with_capacity(int.len() * 2);
            let head = int.len() % 3;
            for (i, c) in int.chars().enumerate() {
                if i > 0 && (i + 3 - head).is_multiple_of(3) {
                    out.push_str(group);
                }
                out.push(c);
            }
            out
        } else {
            int.to_string()
        };
        if self.frac.is_empty() {
            grouped
        } else {
            format!("{grouped}{decimal}{}", self.frac)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Dates and times

/// A date and time in a given offset, the way `lang` writes it: en "2 Mar 2026, 09:15",
/// de "02.03.2026, 09:15", ja "2026/03/02 09:15", sv "2026-03-02 09:15". 24-hour clock
/// everywhere: it is unambiguous.
pub fn format_date_time(at: DateTime<Utc>, offset: FixedOffset, lang: Lang) -> String {
    let t = at.with_timezone(&offset);
    let (y, mo, d, h, mi) = (t.year(), t.month(), t.day(), t.hour(), t.minute());
    match lang {
        Lang::En => format!("{d} {} {y}, {h:02}:{mi:02}", short_month_en(mo)),
        Lang::De | Lang::Pl => format!("{d:02}.{mo:02}.{y}, {h:02}:{mi:02}"),
        Lang::Fr => format!("{d:02}/{mo:02}/{y} {h:02}:{mi:02}"),
        Lang::It | Lang::Es => format!("{d:02}/{mo:02}/{y}, {h:02}:{mi:02}"),
        Lang::Ja | Lang::Zh => format!("{y}/{mo:02}/{d:02} {h:02}:{mi:02}"),
        Lang::Pt => format!("{d:02}/{mo:02}/{y}, {h:02}:{mi:02}"),
        Lang::Nl => format!("{d:02}-{mo:02}-{y}, {h:02}:{mi:02}"),
        Lang::Sv => format!("{y}-{mo:02}-{d:02} {h:02}:{mi:02}"),
        Lang::Tr => format!("{d:02}.{mo:02}.{y} {h:02}:{mi:02}"),
        Lang::Ar => format!("{d:02}/{mo:02}/{y}، {h:02}:{mi:02}"),
    }
}

/// A short date for the panel: en "2 Mar 2026", de "02.03.2026", ja "2026/03/02".
pub fn format_short_date(at: DateTime<Utc>, offset: FixedOffset, lang: Lang) -> String {
    let t = at.with_timezone(&offset);
    let (y, mo, d) = (t.year(), t.month(), t.day());
    match lang {
        Lang::En => format!("{d} {} {y}", short_month_en(mo)),
        Lang::De | Lang::Pl | Lang::Tr => format!("{d:02}.{mo:02}.{y}"),
        Lang::Fr | Lang::It | Lang::Es | Lang::Pt | Lang::Ar => format!("{d:02}/{mo:02}/{y}"),
        Lang::Ja | Lang::Zh => format!("{y}/{mo:02}/{d:02}"),
        Lang::Nl => format!("{d:02}-{mo:02}-{y}"),
        Lang::Sv => format!("{y}-{mo:02}-{d:02}"),
    }
}

/// A date written out for a letter to a buyer: en "5 March 2026", de "5. März 2026",
/// es "5 de marzo de 2026", pl "5 marca 2026", ja "2026年3月5日", tr "5 Mart 2026",
/// ar "5 مارس 2026".
pub fn format_long_date(at: DateTime<Utc>, offset: FixedOffset, lang: Lang) -> String {
    let t = at.with_timezone(&offset);
    let (y, mo, d) = (t.year(), t.month(), t.day());
    let month = |names: [&'static str; 12]| names[(mo as usize).clamp(1, 12) - 1];
    match lang {
        Lang::En => format!("{d} {} {y}", month(MONTHS_EN)),
        Lang::De => format!("{d}. {} {y}", month(MONTHS_DE)),
        Lang::Fr => format!("{} {} {y}", if d == 1 { "1er".to_string() } else { d.to_string() }, month(MONTHS_FR)),
        Lang::It => format!("{d} {} {y}", month(MONTHS_IT)),
        Lang::Es => format!("{d} de {} de {y}", month(MONTHS_ES)),
        Lang::Pl => format!("{d} {} {y}", month(MONTHS_PL_GENITIVE)),
        Lang::Ja | Lang::Zh => format!("{y}年{mo}月{d}日"),
        Lang::Pt => format!("{d} de {} de {y}", month(MONTHS_PT)),
        Lang::Nl => format!("{d} {} {y}", month(MONTHS_NL)),
        Lang::Sv => format!("{d} {} {y}", month(MONTHS_SV)),
        Lang::Tr => format!("{d} {} {y}", month(MONTHS_TR)),
        Lang::Ar => format!("{d} {} {y}", month(MONTHS_AR)),
    }
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

/// Reads the offset text `Intl.DateTimeFormat(…, {timeZoneName: 'longOffset'})` writes:
/// "GMT+01:00", "GMT-03:30", "GMT" (zero). Also takes "UTC" in place of "GMT" and U+2212 minus.
pub fn parse_gmt_offset(text: &str) -> Option<FixedOffset> {
    let t = text.trim();
    let rest = t.strip_prefix("GMT").or_else(|| t.strip_prefix("UTC"))?;
    if rest.is_empty() {
        return FixedOffset::east_opt(0);
    }
    let (sign, rest) = match rest.chars().next()? {
        '+' => (1, &rest[1..]),
        '-' => (-1, &rest[1..]),
        '−' => (-1, &rest['−'.len_utf8()..]),
        _ => return None,
    };
    let (h, m) = rest.split_once(':').unwrap_or((rest, "0"));
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    if !(0..=23).contains(&h) || !(0..=59).contains(&m) {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

fn short_month_en(mo: u32) -> &'static str {
    const SHORT: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    SHORT[(mo as usize).clamp(1, 12) - 1]
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_IT: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
/// Polish dates use the genitive ("5 marca"), not the dictionary form ("marzec").
const MONTHS_PL_GENITIVE: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];
const MONTHS_PT: [&str; 12] = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
];
const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_SV: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];
/// Turkish month names are capitalised, also inside a sentence.
const MONTHS_TR: [&str; 12] =
    ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"];
/// The month names of the Gulf and Egypt (CLDR's Arabic), not the Levant's Syriac ones.
const MONTHS_AR: [&str; 12] =
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

#[cfg(test)]
mod tests {
    use super::*;

    const NB: &str = "\u{a0}";

    #[test]
    fn euros_in_every_language() {
        let eur = |lang| format_money("1234.56", "EUR", lang);
        assert_eq!(eur(Lang::En), "€1,234.56");
        assert_eq!(eur(Lang::De), format!("1.234,56{NB}€"));
        assert_eq!(eur(Lang::Fr), format!("1\u{202f}234,56{NB}€"));
        assert_eq!(eur(Lang::It), format!("1.234,56{NB}€"));
        assert_eq!(eur(Lang::Es), format!("1234,56{NB}€"));
        assert_eq!(eur(Lang::Pl), format!("1234,56{NB}€"));
        assert_eq!(eur(Lang::Ja), "€1,234.56");
        assert_eq!(eur(Lang::Zh), "€1,234.56");
        assert_eq!(format_money("12345.6", "EUR", Lang::Es), format!("12.345,60{NB}€"));
        assert_eq!(format_money("1234567.891", "PLN", Lang::Pl), format!("1{NB}234{NB}567,89{NB}zł"));
    }

    #[test]
    fn the_currencies_of_the_newer_languages_as_their_buyers_write_them() {
        assert_eq!(format_money("1234.56", "BRL", Lang::Pt), format!("R${NB}1.234,56"));
        assert_eq!(format_money("-5", "BRL", Lang::Pt), format!("-R${NB}5,00"));
        assert_eq!(format_money("1234.56", "EUR", Lang::Nl), format!("€{NB}1.234,56"));
        assert_eq!(format_money("1234567.5", "SEK", Lang::Sv), format!("1{NB}234{NB}567,50{NB}kr"));
        assert_eq!(format_money("1234.56", "TRY", Lang::Tr), format!("1.234,56{NB}TL"));
        assert_eq!(format_money("99", "EUR", Lang::Tr), format!("99,00{NB}€"));
        assert_eq!(format_money("1234.56", "AED", Lang::Ar), format!("1,234.56{NB}د.إ."));
        assert_eq!(format_money("1234.5", "SAR", Lang::Ar), format!("1,234.50{NB}ر.س."));
        assert_eq!(format_money("1234", "EGP", Lang::Ar), format!("1,234.00{NB}ج.م."));
        // Arabic keeps Western digits: the amount reads like the order id beside it.
        assert!(format_money("9876.5", "SAR", Lang::Ar).chars().all(|c| !('٠'..='٩').contains(&c)));
        // Elsewhere the Latin forms stay, so a left-to-right line keeps its order.
        assert_eq!(format_money("10", "SAR", Lang::De), format!("10,00{NB}SR"));
        assert_eq!(format_money("10", "TRY", Lang::En), "₺10.00");
    }

    #[test]
    fn yen_has_no_decimals_and_rounds_half_up() {
        assert_eq!(format_money("1234.56", "JPY", Lang::Ja), "￥1,235");
        assert_eq!(format_money("19940", "JPY", Lang::Ja), "￥19,940");
        assert_eq!(format_money("0.5", "JPY", Lang::En), "¥1");
        assert_eq!(format_money("0.49", "JPY", Lang::De), format!("0{NB}¥"));
        assert_eq!(format_money("19940", "JPY", Lang::Zh), "JP¥19,940");
    }

    #[test]
    fn rounding_carries_and_negative_zero_disappears() {
        assert_eq!(format_money("9.995", "USD", Lang::En), "$10.00");
        assert_eq!(format_money("999.999", "GBP", Lang::En), "£1,000.00");
        assert_eq!(format_money("-0.001", "GBP", Lang::En), "£0.00");
        assert_eq!(format_money("-5", "EUR", Lang::De), format!("-5,00{NB}€"));
        assert_eq!(format_money("-12.5", "USD", Lang::En), "-$12.50");
        assert_eq!(format_money(".5", "USD", Lang::En), "$0.50");
        assert_eq!(format_money("007.10", "USD", Lang::En), "$7.10");
        assert_eq!(format_money("+3", "USD", Lang::En), "$3.00");
    }

    #[test]
    fn every_marketplace_currency_has_a_symbol_and_unknown_ones_show_the_code() {
        for m in crate::core::marketplace::Marketplace::all() {
            for lang in Lang::ALL {
                let s = currency_symbol(m.currency, lang);
                assert!(!s.is_empty(), "{}", m.currency);
            }
        }
        assert_eq!(format_money("299.90", "BRL", Lang::En), "R$299.90");
        assert_eq!(format_money("1500", "TRY", Lang::En), "₺1,500.00");
        assert_eq!(format_money("10", "SAR", Lang::En), format!("SR{NB}10.00"));
        assert_eq!(format_money("10", "AED", Lang::En), format!("AED{NB}10.00"));
        assert_eq!(format_money("10", "XYZ", Lang::En), format!("XYZ{NB}10.00"));
        assert_eq!(format_money("10", "xyz", Lang::De), format!("10,00{NB}XYZ"));
        assert_eq!(format_money("10", "USD", Lang::De), format!("10,00{NB}US$"));
    }

    #[test]
    fn text_that_is_not_a_number_is_shown_as_given() {
        assert_eq!(format_money("abc", "EUR", Lang::En), "abc EUR");
        assert_eq!(format_money("1e5", "EUR", Lang::En), "1e5 EUR");
        assert_eq!(format_money("1,5", "EUR", Lang::En), "1,5 EUR");
        assert_eq!(format_money("", "EUR", Lang::En), "EUR");
        assert_eq!(format_money("-", "", Lang::En), "-");
        assert_eq!(format_money(".", "EUR", Lang::En), ". EUR");
        let long = "9".repeat(60);
        assert_eq!(format_money(&long, "EUR", Lang::En), format!("{long} EUR"));
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
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
    fn offsets_read_from_intl_and_written_for_people() {
        assert_eq!(parse_gmt_offset("GMT+01:00").unwrap().local_minus_utc(), 3600);
        assert_eq!(parse_gmt_offset("GMT-03:30").unwrap().local_minus_utc(), -(3 * 3600 + 1800));
        assert_eq!(parse_gmt_offset("GMT−08:00").unwrap().local_minus_utc(), -8 * 3600);
        assert_eq!(parse_gmt_offset("GMT").unwrap().local_minus_utc(), 0);
        assert_eq!(parse_gmt_offset("UTC+9").unwrap().local_minus_utc(), 9 * 3600);
        for bad in ["", "CET", "GMT+", "GMT+25:00", "GMT+01:99", "GMT*1", "GMT+x"] {
            assert_eq!(parse_gmt_offset(bad), None, "{bad}");
        }
        assert_eq!(format_offset(FixedOffset::east_opt(5 * 3600 + 1800).unwrap()), "UTC+05:30");
        assert_eq!(format_offset(FixedOffset::west_opt(3 * 3600).unwrap()), "UTC−03:00");
        assert_eq!(format_offset(utc()), "UTC");
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
