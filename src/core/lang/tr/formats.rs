//! Turkish dates, times and sums (CLDR's conventions, as `Intl` writes them).
//!
//! Turkish month names are capitalised inside a sentence too; Turkish shops, Amazon.com.tr
//! included, write "1.234,56 TL".

use crate::core::format::{Formats, NumberStyle};

pub(super) const FORMATS: Formats = Formats {
    date_time: "{dd}.{mm}.{y} {HH}:{MM}",
    short_date: "{dd}.{mm}.{y}",
    long_date: "{d} {month} {y}",
    months: [
        "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık",
    ],
    short_months: None,
    first_of_month: None,
    numbers: NumberStyle { group: ".", decimal: ',', symbol_first: false, symbol_space: false, min_grouping: 1 },
    symbols: &[("TRY", "TL")],
};
