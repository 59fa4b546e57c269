//! Sums of money as notices write them ("$64.99", "64,90 EUR", "USD 29.99", "1.234,56 €",
//! "￥3,980", "R$ 99,90"): the first one of a text, as a decimal string and an ISO code.

use super::detection::Amount;
use crate::core::format::minor_units;
use crate::core::marketplace::{Marketplace, MARKETPLACES};

/// Symbols and the currency each means; `$` is the marketplace's dollar, else US.
const SYMBOLS: &[(&str, &str)] = &[
    ("R$", "BRL"),
    ("CA$", "CAD"),
    ("C$", "CAD"),
    ("MX$", "MXN"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("S$", "SGD"),
    ("US$", "USD"),
    ("E£", "EGP"),
    ("$", "$"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("￥", "JPY"),
    ("¥", "JPY"),
    ("円", "JPY"),
    ("zł", "PLN"),
    ("kr", "SEK"),
    ("₺", "TRY"),
    ("TL", "TRY"),
    ("₹", "INR"),
    ("Rs.", "INR"),
    ("د.إ", "AED"),
    ("ر.س", "SAR"),
    ("ج.م", "EGP"),
];

/// The first amount in `text`, with the currency written beside it.
pub fn first_amount(text: &str, marketplace: Option<&Marketplace>) -> Option<Amount> {
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let end = number_end(text, i);
        let before = text[..i].trim_end_matches([' ', '\u{a0}']);
        let after = text[end..].trim_start_matches([' ', '\u{a0}']);
        let currency = currency_before(before).or_else(|| currency_after(after));
        if let Some(currency) = currency {
            let currency = resolve_dollar(currency, marketplace);
            if let Some(value) = normalise(&text[i..end], minor_units(currency)) {
                return Some(Amount { value, currency: currency.to_string() });
            }
        }
        i = end;
    }
    None
}

/// Where a number that starts at `start` ends: digits, and separators between digits.
fn number_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        if c.is_ascii_digit() {
            end = start + off + 1;
        } else if matches!(c, '.' | ',' | '\'' | ' ' | '\u{a0}' | '\u{202f}')
            && chars.peek().is_some_and(|(_, n)| n.is_ascii_digit())
        {
            continue;
        } else {
            break;
        }
    }
    end
}

fn currency_before(before: &str) -> Option<&'static str> {
    if let Some(code) = iso_code(before.get(before.len().saturating_sub(3)..)?) {
        let boundary = before[..before.len() - 3].chars().last().is_none_or(|c| !c.is_alphanumeric());
        if boundary {
            return Some(code);
        }
    }
    SYMBOLS.iter().find(|(s, _)| before.ends_with(s) && symbol_stands_alone(before, s, true)).map(|(_, c)| *c)
}

fn currency_after(after: &str) -> Option<&'static str> {
    if let Some(code) = after.get(..3).and_then(iso_code) {
        if after[3..].chars().next().is_none_or(|c| !c.is_alphanumeric()) {
            return Some(code);
        }
    }
    SYMBOLS.iter().find(|(s, _)| after.starts_with(s) && symbol_stands_alone(after, s, false)).map(|(_, c)| *c)
}

/// A letter symbol (`kr`, `TL`) must not be part of a word ("Kreis", "TLC").
fn symbol_stands_alone(text: &str, symbol: &str, before: bool) -> bool {
    if !symbol.chars().all(|c| c.is_ascii_alphabetic()) {
        return true;
    }
    let neighbour =
        if before { text[..text.len() - symbol.len()].chars().last() } else { text[symbol.len()..].chars().next() };
    neighbour.is_none_or(|c| !c.is_alphanumeric())
}

/// A marketplace currency's ISO code, upper-case as Amazon writes it.
fn iso_code(s: &str) -> Option<&'static str> {
    MARKETPLACES.iter().map(|m| m.currency).find(|c| *c == s)
}

fn resolve_dollar(currency: &'static str, marketplace: Option<&Marketplace>) -> &'static str {
    if currency != "$" {
        return currency;
    }
    match marketplace.map(|m| m.currency) {
        Some(c @ ("CAD" | "MXN" | "AUD" | "SGD")) => c,
        _ => "USD",
    }
}

/// "1.234,56" → "1234.56", "64,9" → "64.9", "3,980" (yen) → "3980". The last separator is the
/// decimal point when one or two digits follow it (or both kinds appear), else it groups.
fn normalise(raw: &str, minor: usize) -> Option<String> {
    let cleaned: String = raw.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')).collect();
    let last = cleaned.rfind(['.', ',']);
    let decimal = last.filter(|&at| {
        let tail = cleaned.len() - at - 1;
        let mixed = cleaned.contains('.') && cleaned.contains(',');
        minor > 0 && (mixed || (1..=minor.max(2)).contains(&tail) && tail != 3)
    });
    let mut out = String::new();
    for (at, c) in cleaned.char_indices() {
        match c {
            '0'..='9' => out.push(c),
            _ if Some(at) == decimal => out.push('.'),
            _ => {}
        }
    }
    (!out.is_empty() && out.len() <= 20).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, mp: &str) -> Option<(String, String)> {
        first_amount(text, Marketplace::by_code(mp)).map(|a| (a.value, a.currency))
    }

    #[test]
    fn amounts_in_every_notation_amazon_writes() {
        let cases = [
            ("claim of $64.99 on the order", "US", "64.99", "USD"),
            ("a claim of $64.99 on the order", "CA", "64.99", "CAD"),
            ("de 64,90 EUR pour la commande", "FR", "64.90", "EUR"),
            ("refund of USD 29.99 to Ashley", "US", "29.99", "USD"),
            ("for 45.98 USD.", "US", "45.98", "USD"),
            ("rimborso 39.9 EUR avviato", "IT", "39.9", "EUR"),
            ("Betrag: 1.234,56 €", "DE", "1234.56", "EUR"),
            ("返金額：￥3,980", "JP", "3980", "JPY"),
            ("reembolso de R$ 99,90", "BR", "99.90", "BRL"),
            ("kwota 120,00 zł", "PL", "120.00", "PLN"),
            ("belopp 1 299 kr", "SE", "1299", "SEK"),
            ("tutar 1.299,90 TL", "TR", "1299.90", "TRY"),
            ("£12.50 refunded", "UK", "12.50", "GBP"),
            ("Order 111-0401040-2295218 claim of €5", "DE", "5", "EUR"),
        ];
        for (text, mp, value, currency) in cases {
            assert_eq!(read(text, mp), Some((value.into(), currency.into())), "{text}");
        }
    }

    #[test]
    fn numbers_without_a_currency_are_not_money() {
        for text in ["Order 111-0401040-2295218", "Kreis 12", "2 von 5", "TLC 5", "within 3 calendar days"] {
            assert_eq!(read(text, "US"), None, "{text}");
        }
    }
}
