//! How one language writes dates, times and sums. Each language's folder declares its own
//! ([`crate::core::lang::pack::LangPack::formats`], `lang/<code>/formats.rs`); the formatters of
//! `format` apply them. All of them are in every build (`of_lang`): they are small, and the panel's
//! dates must not wait for a pack file.

/// One language's conventions. Date patterns are text with tokens in braces: `{d}` the day,
/// `{dd}` the day in two digits, `{m}` / `{mm}` the month's number, `{mon}` its short name,
/// `{month}` its name, `{y}` the year, `{HH}` and `{MM}` hours (24-hour clock: unambiguous
/// everywhere) and minutes in two digits.
pub struct Formats {
    /// Date and time in the panel: de "{dd}.{mm}.{y}, {HH}:{MM}".
    pub date_time: &'static str,
    /// A date in the panel: de "{dd}.{mm}.{y}".
    pub short_date: &'static str,
    /// A date written out in a letter to a buyer: de "{d}. {month} {y}".
    pub long_date: &'static str,
    /// The month names as a date uses them (Polish: the genitive, "5 marca").
    pub months: [&'static str; 12],
    /// Short month names, for languages whose `{mon}` is a word (English "Mar").
    pub short_months: Option<[&'static str; 12]>,
    /// What `{d}` writes on the first of the month where it is not "1" (French "1er").
    pub first_of_month: Option<&'static str>,
    pub numbers: NumberStyle,
    /// Currency symbols this language writes its own way (`("JPY", "￥")` in Japanese), before
    /// the table every language shares (`format::money`).
    pub symbols: &'static [(&'static str, &'static str)],
}

/// How a language writes a sum (CLDR's patterns, as `Intl.NumberFormat` does).
pub struct NumberStyle {
    /// Between groups of three digits: ",", ".", a no-break space (U+00A0, U+202F in French).
    pub group: &'static str,
    pub decimal: char,
    /// "€1.00" rather than "1,00 €".
    pub symbol_first: bool,
    /// A space between a leading symbol and the digits, whatever the symbol ("R$ 10,00").
    pub symbol_space: bool,
    /// CLDR's minimumGroupingDigits: Spanish and Polish write 1234 but 12.345.
    pub min_grouping: usize,
}
