//! Money for people: a decimal string from Amazon, written the way each language writes sums
//! (`formats.numbers` and `formats.symbols` of `lang/<code>/formats.rs`).

use super::of_lang::formats;
use crate::core::lang::Lang;

/// Digits after the decimal point for a currency (ISO 4217 minor units).
pub fn minor_units(currency: &str) -> usize {
    match currency.to_ascii_uppercase().as_str() {
        "JPY" | "KRW" | "CLP" | "VND" | "ISK" | "HUF" | "TWD" => 0,
        "KWD" | "BHD" | "OMR" | "JOD" | "TND" => 3,
        _ => 2,
    }
}

/// The symbol shown for a currency in a language; the ISO code for currencies we do not know.
/// Dollars are told apart (`CA$`, `A$`) because agents often serve several marketplaces. A
/// language's own symbols (`formats.symbols`: `￥` in Japanese, `TL` in Turkish) come first.
pub fn currency_symbol(currency: &str, lang: Lang) -> String {
    let code = currency.trim().to_ascii_uppercase();
    let own = formats(lang).symbols.iter().chain(SYMBOLS).find(|(c, _)| *c == code);
    match own {
        Some((_, symbol)) => symbol.to_string(),
        None => code,
    }
}

/// The symbols every language writes alike. Latin-script forms for the Gulf and Egypt: an
/// Arabic-script symbol would reorder the line in a left-to-right sidebar (Arabic has its own).
const SYMBOLS: &[(&str, &str)] = &[
    ("JPY", "¥"),
    ("CNY", "CN¥"),
    ("USD", "US$"),
    ("CAD", "CA$"),
    ("MXN", "MX$"),
    ("BRL", "R$"),
    ("AUD", "A$"),
    ("SGD", "S$"),
    ("EUR", "€"),
    ("GBP", "£"),
    ("SEK", "kr"),
    ("PLN", "zł"),
    ("ZAR", "R"),
    ("TRY", "₺"),
    ("INR", "₹"),
    ("EGP", "E£"),
    ("SAR", "SR"),
    ("AED", "AED"),
];

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
    let style = &formats(lang).numbers;
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
}
