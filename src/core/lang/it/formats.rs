//! Italian dates, times and sums (CLDR's conventions, as `Intl` writes them).

use crate::core::format::{Formats, NumberStyle};

pub(super) const FORMATS: Formats = Formats {
    date_time: "{dd}/{mm}/{y}, {HH}:{MM}",
    short_date: "{dd}/{mm}/{y}",
    long_date: "{d} {month} {y}",
    months: [
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
    ],
    short_months: None,
    first_of_month: None,
    numbers: NumberStyle { group: ".", decimal: ',', symbol_first: false, symbol_space: false, min_grouping: 1 },
    symbols: &[],
};
