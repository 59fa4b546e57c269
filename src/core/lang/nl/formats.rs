//! Dutch dates, times and sums (CLDR's conventions, as `Intl` writes them).
//!
//! Dutch puts the symbol first, with a space: "€ 1.234,56".

use crate::core::format::{Formats, NumberStyle};

pub(super) const FORMATS: Formats = Formats {
    date_time: "{dd}-{mm}-{y}, {HH}:{MM}",
    short_date: "{dd}-{mm}-{y}",
    long_date: "{d} {month} {y}",
    months: [
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
    ],
    short_months: None,
    first_of_month: None,
    numbers: NumberStyle { group: ".", decimal: ',', symbol_first: true, symbol_space: true, min_grouping: 1 },
    symbols: &[],
};
