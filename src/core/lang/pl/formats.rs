//! Polish dates, times and sums (CLDR's conventions, as `Intl` writes them).
//!
//! Polish dates use the genitive month ("5 marca", not "marzec"); thousands from five digits on.

use crate::core::format::{Formats, NumberStyle};

pub(super) const FORMATS: Formats = Formats {
    date_time: "{dd}.{mm}.{y}, {HH}:{MM}",
    short_date: "{dd}.{mm}.{y}",
    long_date: "{d} {month} {y}",
    months: [
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
    ],
    short_months: None,
    first_of_month: None,
    numbers: NumberStyle { group: "\u{a0}", decimal: ',', symbol_first: false, symbol_space: false, min_grouping: 2 },
    symbols: &[],
};
