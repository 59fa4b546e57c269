//! French dates, times and sums (CLDR's conventions, as `Intl` writes them).
//!
//! French groups thousands with a narrow no-break space and writes the first of the month "1er".

use crate::core::format::{Formats, NumberStyle};

pub(super) const FORMATS: Formats = Formats {
    date_time: "{dd}/{mm}/{y} {HH}:{MM}",
    short_date: "{dd}/{mm}/{y}",
    long_date: "{d} {month} {y}",
    months: [
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
    ],
    short_months: None,
    first_of_month: Some("1er"),
    numbers: NumberStyle { group: "\u{202f}", decimal: ',', symbol_first: false, symbol_space: false, min_grouping: 1 },
    symbols: &[],
};
