//! Which [`Formats`] each language has: the table `format` looks them up in.

use super::formats::Formats;
use crate::core::lang::{languages, Lang};

/// The formats of `lang`, from the table `lang::languages!` makes (a language without its formats
/// does not compile).
pub fn formats(lang: Lang) -> &'static Formats {
    languages::FORMATS[lang.index()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKENS: [&str; 9] = ["d", "dd", "m", "mm", "mon", "month", "y", "HH", "MM"];

    #[test]
    fn every_pattern_uses_known_tokens_and_every_language_names_its_months() {
        for lang in Lang::REPLY {
            let f = formats(lang);
            for pattern in [f.date_time, f.short_date, f.long_date] {
                let mut rest = pattern;
                while let Some((_, after)) = rest.split_once('{') {
                    let (token, tail) = after.split_once('}').unwrap_or_else(|| panic!("{lang:?}: {pattern}"));
                    assert!(TOKENS.contains(&token), "{lang:?}: {{{token}}} in {pattern}");
                    rest = tail;
                }
            }
            assert!(f.date_time.contains("{HH}") && f.date_time.contains("{MM}"), "{lang:?}");
            assert!(f.months.iter().all(|m| !m.is_empty()), "{lang:?}");
            assert!(f.short_date.contains("{mon}") <= f.short_months.is_some(), "{lang:?}");
        }
    }
}
