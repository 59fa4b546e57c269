//! Brazilian Portuguese dates, times and sums (CLDR's conventions, as `Intl` writes them).
//!
//! Brazilian Portuguese puts the symbol first, with a space: "R$ 1.234,56".

use crate::core::format::{Formats, NumberStyle};

pub(super) const FORMATS: Formats = Formats {
    date_time: "{dd}/{mm}/{y}, {HH}:{MM}",
    short_date: "{dd}/{mm}/{y}",
    long_date: "{d} de {month} de {y}",
    months: [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    short_months: None,
    first_of_month: None,
    numbers: NumberStyle { group: ".", decimal: ',', symbol_first: true, symbol_space: true, min_grouping: 1 },
    symbols: &[],
};
