//! Spanish dates, times and sums (CLDR's conventions, as `Intl` writes them).
//!
//! Spanish groups thousands only from five digits on (1234, 12.345).

use crate::core::format::{Formats, NumberStyle};

pub(super) const FORMATS: Formats = Formats {
    date_time: "{dd}/{mm}/{y}, {HH}:{MM}",
    short_date: "{dd}/{mm}/{y}",
    long_date: "{d} de {month} de {y}",
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    short_months: None,
    first_of_month: None,
    numbers: NumberStyle { group: ".", decimal: ',', symbol_first: false, symbol_space: false, min_grouping: 2 },
    symbols: &[],
};
