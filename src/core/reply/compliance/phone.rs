//! Phone numbers, told apart from the other numbers of a customer-service reply: order ids
//! (3-7-7), dates, prices, tracking numbers (long, lettered or in blocks of four), ASINs and
//! ISBNs. International numbers (`+49 …`) are always phone numbers; national ones need the shape
//! of one (groups, a trunk `0`, 7-13 digits) or a hint word before them ("Tel.", "電話"); a word such
//! as "order" or "tracking" before a number says it is not one.

use crate::core::letter_case;
use crate::core::order_id;

use super::phrase::is_cjk;
use super::spans::Spans;
use super::words;

/// An ASCII, full-width or Arabic-Indic digit, as its ASCII digit.
fn ascii_digit(c: char) -> Option<char> {
    let zero = match c {
        '0'..='9' => '0',
        '０'..='９' => '０',
        '٠'..='٩' => '٠',
        '۰'..='۹' => '۰',
        _ => return None,
    };
    char::from_digit(c as u32 - zero as u32, 10)
}

fn digit(c: char) -> bool {
    ascii_digit(c).is_some()
}

fn separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{A0}'
            | '\u{202F}'
            | '-'
            | '.'
            | '/'
            | '('
            | ')'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{2013}'
            | '\u{2212}'
            | '－'
            | '（'
            | '）'
    )
}

fn currency(c: char) -> bool {
    matches!(c, '€' | '$' | '£' | '¥' | '￥' | '₹' | '元' | '円' | '₺' | '﷼')
}

/// The longest run of separators allowed between two digit groups (") - ").
const MAX_SEPARATORS: usize = 3;

/// How far before a number hint words are looked for, in characters.
const HINT_WINDOW: usize = 40;

struct Candidate {
    start: usize,
    end: usize,
    plus: bool,
    /// Digit counts of the groups.
    groups: Vec<usize>,
    /// The separators between groups (as written).
    separators: Vec<String>,
    first_digit: char,
    /// Starts with `00`.
    double_zero: bool,
    opens_with_paren: bool,
}

/// Byte ranges of phone numbers; ranges in `skip` (links, email addresses) are not looked at.
pub(super) fn find(text: &str, skip: &Spans) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
    let ch = |i: usize| chars.get(i).map(|(_, c)| *c);
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(c) = ch(i) {
        let prev = i.checked_sub(1).and_then(ch);
        let glued_to_word = prev.is_some_and(|p| p.is_alphanumeric() && !is_cjk(p));
        if skip.contains(byte_at(i)) {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() && !digit(c) || digit(c) && glued_to_word {
            // A word, or digits glued to letters (ASINs, "1Z…" tracking numbers, IBANs): skip it.
            let from = i;
            while ch(i).is_some_and(|c| c.is_alphanumeric() && !is_cjk(c)) {
                i += 1;
            }
            if i == from {
                i += 1; // a CJK character
            }
            continue;
        }
        let opens = matches!(c, '+' | '(' | '（') && ch(i + 1).is_some_and(digit);
        if !(digit(c) || opens) || prev.is_some_and(currency) {
            i += 1;
            continue;
        }
        let (candidate, next) = read(&chars, i, text.len());
        i = next.max(i + 1);
        let after = ch(next);
        let after2 = ch(next + 1);
        let glued_after =
            after.is_some_and(|a| a.is_alphanumeric() && !is_cjk(a) || a == '%' || a == '％' || currency(a));
        let decimal = matches!(after, Some(',' | '.')) && after2.is_some_and(digit);
        if glued_after || decimal || preceded_by_currency_code(text, candidate.start) {
            continue;
        }
        if is_phone(&candidate, hint_before(text, candidate.start)) {
            found.push((candidate.start, candidate.end));
        }
    }
    found
}

/// Reads digit groups and separators from char index `i`. Returns the candidate and the char
/// index after it.
fn read(chars: &[(usize, char)], i: usize, text_len: usize) -> (Candidate, usize) {
    let ch = |i: usize| chars.get(i).map(|(_, c)| *c);
    let byte_at = |i: usize| chars.get(i).map_or(text_len, |(b, _)| *b);
    let mut j = i;
    let plus = ch(j) == Some('+');
    if plus {
        j += 1;
    }
    let opens_with_paren = matches!(ch(j), Some('(' | '（'));
    let mut groups = Vec::new();
    let mut separators = Vec::new();
    let mut current = 0;
    let mut first_digit = '0';
    let mut leading_zeros = 0;
    let mut pending_separator = String::new();
    let mut last_digit_end = j;
    while let Some(c) = ch(j) {
        if let Some(ascii) = ascii_digit(c) {
            if current == 0 && groups.is_empty() {
                first_digit = ascii;
            }
            if groups.is_empty() && current == leading_zeros && ascii == '0' {
                leading_zeros += 1;
            }
            current += 1;
            j += 1;
            last_digit_end = j;
            continue;
        }
        let run = (j..).take_while(|&k| ch(k).is_some_and(separator)).count();
        if run == 0 || run > MAX_SEPARATORS || !ch(j + run).is_some_and(digit) {
            break;
        }
        pending_separator.clear();
        pending_separator.extend((j..j + run).filter_map(ch));
        if current > 0 {
            groups.push(current);
            separators.push(pending_separator.clone());
            current = 0;
        }
        j += run;
    }
    if current > 0 {
        groups.push(current);
    }
    let candidate = Candidate {
        start: byte_at(i),
        end: byte_at(last_digit_end),
        plus,
        groups,
        separators,
        first_digit,
        double_zero: leading_zeros >= 2,
        opens_with_paren,
    };
    (candidate, last_digit_end)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hint {
    Phone,
    OtherNumber,
}

fn is_phone(c: &Candidate, hint: Option<Hint>) -> bool {
    let digits: usize = c.groups.iter().sum();
    if c.plus {
        return (8..=15).contains(&digits);
    }
    if c.groups == order_id::DIGIT_GROUPS {
        return false; // an Amazon order id
    }
    match hint {
        Some(Hint::Phone) => return (6..=15).contains(&digits),
        Some(Hint::OtherNumber) => return false,
        None => {}
    }
    if c.groups.len() < 2 || is_date(c) || c.groups.iter().all(|g| *g == 4) || is_thousands(c) {
        return false;
    }
    if c.double_zero {
        return (11..=15).contains(&digits); // 00 is the international call prefix
    }
    if c.first_digit == '0' || c.opens_with_paren {
        return (7..=13).contains(&digits);
    }
    (8..=12).contains(&digits) && c.groups.iter().any(|g| *g >= 3)
}

/// `12.03.2025`, `2025-03-12`, `12/03/25`: three groups, one separator, a year at either end.
fn is_date(c: &Candidate) -> bool {
    let [a, b, y, ..] = c.groups[..] else { return false };
    let same_separator = c.separators.len() >= 2
        && c.separators[0] == c.separators[1]
        && matches!(c.separators[0].as_str(), "." | "/" | "-");
    let day_month = |n: usize| (1..=2).contains(&n);
    same_separator && (a == 4 && day_month(b) && day_month(y) || day_month(a) && day_month(b) && (y == 4 || y == 2))
}

/// `1.234.567`: thousands separated by dots.
fn is_thousands(c: &Candidate) -> bool {
    c.separators.iter().all(|s| s == ".")
        && c.groups.first().is_some_and(|g| (1..=3).contains(g))
        && c.groups.iter().skip(1).all(|g| *g == 3)
}

/// `EUR 1 234 567`, `PLN 123456789`.
fn preceded_by_currency_code(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let word: String =
        before.chars().rev().take_while(|c| c.is_alphabetic()).collect::<Vec<_>>().into_iter().rev().collect();
    (word.len() == 3 && word.chars().all(|c| c.is_ascii_uppercase())) || word == "zł"
}

/// The hint word nearest before `start`, if any, within [`HINT_WINDOW`] characters.
fn hint_before(text: &str, start: usize) -> Option<Hint> {
    let window_start = text[..start].char_indices().rev().take(HINT_WINDOW).last().map_or(start, |(i, _)| i);
    let window = letter_case::lower(&text[window_start..start]);
    let mut best: Option<(usize, Hint)> = None;
    for table in words::ALL {
        for (hints, kind) in [(table.phone_hints, Hint::Phone), (table.number_hints, Hint::OtherNumber)] {
            for hint in hints {
                if let Some(pos) = last_word_start(&window, hint) {
                    if best.is_none_or(|(b, _)| pos > b) {
                        best = Some((pos, kind));
                    }
                }
            }
        }
    }
    best.map(|(_, kind)| kind)
}

/// The last position where `word` starts a word in `window` (CJK words may start anywhere).
fn last_word_start(window: &str, word: &str) -> Option<usize> {
    let needs_boundary = word.chars().next().is_some_and(|c| c.is_alphanumeric() && !is_cjk(c));
    window.rmatch_indices(word).map(|(i, _)| i).find(|&i| {
        !needs_boundary || !window[..i].chars().next_back().is_some_and(|p| p.is_alphanumeric() && !is_cjk(p))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phones(text: &str) -> Vec<&str> {
        find(text, &Spans::default()).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn international_and_national_numbers_are_found() {
        for (text, number) in [
            ("Call +49 30 1234567 today", "+49 30 1234567"),
            ("+33 1 23 45 67 89", "+33 1 23 45 67 89"),
            ("+1 (555) 123-4567", "+1 (555) 123-4567"),
            ("+81-3-1234-5678", "+81-3-1234-5678"),
            ("+86 138 0013 8000", "+86 138 0013 8000"),
            ("+49 (0)30 1234567", "+49 (0)30 1234567"),
            ("unter 030 12345678 erreichbar", "030 12345678"),
            ("01 23 45 67 89", "01 23 45 67 89"),
            ("(555) 123-4567", "(555) 123-4567"),
            ("555-123-4567", "555-123-4567"),
            ("03-1234-5678までお電話", "03-1234-5678"),
            ("０９０－１２３４－５６７８", "０９０－１２３４－５６７８"),
            ("020 7946 0958", "020 7946 0958"),
            ("numer 123 456 789", "123 456 789"),
            ("0049 30 1234567", "0049 30 1234567"),
            ("Tel. 12345678", "12345678"),
            ("電話：0312345678", "0312345678"),
            ("致电 13800138000", "13800138000"),
            ("+٩٧١ ٥٠ ١٢٣ ٤٥٦٧", "+٩٧١ ٥٠ ١٢٣ ٤٥٦٧"),
            ("على ٠٥٠ ١٢٣ ٤٥٦٧ مساءً", "٠٥٠ ١٢٣ ٤٥٦٧"),
            ("اتصلوا بنا على ٥٠١٢٣٤٥٦٧", "٥٠١٢٣٤٥٦٧"),
            ("ligue no celular 11987654321", "11987654321"),
            ("GSM: 5321234567", "5321234567"),
        ] {
            assert_eq!(phones(text), vec![number], "{text}");
        }
    }

    #[test]
    fn other_numbers_are_not_phone_numbers() {
        for text in [
            "Order 302-1234567-1234567",
            "302-1234567-1234567",
            "D01-1234567-1234567",
            "delivered on 12.03.2025",
            "2025-03-12 14:30",
            "12/03/2025 - 15/03/2025",
            "€ 1.234.567",
            "1.299,00 €",
            "EUR 1 234 567",
            "29,99 EUR",
            "tracking 1Z999AA10123456784",
            "tracking number 00340434161234567890",
            "9400 1000 0000 0000 0000 00",
            "1234 5678 9012",
            "お問い合わせ伝票番号：1234-5678-9012",
            "ASIN B07XJ8C8F5",
            "ISBN 978-3-16-148410-0",
            "ASIN 0306406152",
            "IBAN DE89 3704 0044 0532 0130 00",
            "75008 Paris",
            "sizes 36 38 40 42",
            "120 x 60 x 75 cm",
            "10:00-18:00",
            "2019-2024",
            "invoice 2025/000123",
            "50% off",
            "123456789012",
            "Sendungsnummer 0034 0434 1612 3456",
            "٤٠٢-١٢٣٤٥٦٧-١٢٣٤٥٦٧",
            "٢٠٢٦/١٢/٠١",
            "CPF 123.456.789-09",
            "CEP 01310-100",
            "personnummer 850709-1234",
            "Kargo takip numaranız 1234567890",
            "رقم التتبع 1234567890",
            "فاتورة رقم 2026 123 456",
        ] {
            assert!(phones(text).is_empty(), "{text}: {:?}", phones(text));
        }
    }

    #[test]
    fn the_nearest_hint_wins() {
        assert_eq!(phones("For order questions call 0301234567"), vec!["0301234567"]);
        assert!(phones("Call us about order 0301234567").is_empty());
    }
}
