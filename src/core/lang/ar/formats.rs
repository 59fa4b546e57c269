//! Arabic dates, times and sums (CLDR's conventions, as `Intl` writes them).
//!
//! The month names of the Gulf and Egypt (CLDR's Arabic), not the Levant's Syriac ones; Western
//! digits, so a sum reads like the order id beside it. The sidebar is right to left in Arabic, so
//! Arabic-script symbols read in order there.

use crate::core::format::{Formats, NumberStyle};

pub(super) const FORMATS: Formats = Formats {
    date_time: "{dd}/{mm}/{y}، {HH}:{MM}",
    short_date: "{dd}/{mm}/{y}",
    long_date: "{d} {month} {y}",
    months: [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    short_months: None,
    first_of_month: None,
    numbers: NumberStyle { group: ",", decimal: '.', symbol_first: false, symbol_space: false, min_grouping: 1 },
    symbols: &[("AED", "د.إ."), ("SAR", "ر.س."), ("EGP", "ج.م.")],
};
