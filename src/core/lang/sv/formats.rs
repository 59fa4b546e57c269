//! Swedish dates, times and sums (CLDR's conventions, as `Intl` writes them).
//!
//! Swedish writes ISO dates in the panel (2026-03-02).

use crate::core::format::{Formats, NumberStyle};

pub(super) const FORMATS: Formats = Formats {
    date_time: "{y}-{mm}-{dd} {HH}:{MM}",
    short_date: "{y}-{mm}-{dd}",
    long_date: "{d} {month} {y}",
    months: [
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
    ],
    short_months: None,
    first_of_month: None,
    numbers: NumberStyle { group: "\u{a0}", decimal: ',', symbol_first: false, symbol_space: false, min_grouping: 1 },
    symbols: &[],
};
