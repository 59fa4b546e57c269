//! Chinese dates, times and sums (CLDR's conventions, as `Intl` writes them).
//!
//! Chinese keeps `¥` for the yuan and tells the yen apart as `JP¥`.

use crate::core::format::{Formats, NumberStyle};

pub(super) const FORMATS: Formats = Formats {
    date_time: "{y}/{mm}/{dd} {HH}:{MM}",
    short_date: "{y}/{mm}/{dd}",
    long_date: "{y}年{month}{d}日",
    months: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    short_months: None,
    first_of_month: None,
    numbers: NumberStyle { group: ",", decimal: '.', symbol_first: true, symbol_space: false, min_grouping: 1 },
    symbols: &[("JPY", "JP¥"), ("CNY", "¥")],
};
