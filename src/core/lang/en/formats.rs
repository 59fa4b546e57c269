//! English dates, times and sums (CLDR's conventions, as `Intl` writes them).
//!
//! English writes the day before the short month name ("2 Mar 2026"), which reads the same on
//! both sides of the Atlantic; `$` alone is the US dollar.

use crate::core::format::{Formats, NumberStyle};

pub(super) const FORMATS: Formats = Formats {
    date_time: "{d} {mon} {y}, {HH}:{MM}",
    short_date: "{d} {mon} {y}",
    long_date: "{d} {month} {y}",
    months: [
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
    ],
    short_months: Some(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
    first_of_month: None,
    numbers: NumberStyle { group: ",", decimal: '.', symbol_first: true, symbol_space: false, min_grouping: 1 },
    symbols: &[("USD", "$")],
};
