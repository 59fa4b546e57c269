//! The word lists of the compliance check: one small table per language in `lang/<code>/words.rs`,
//! written in the pattern syntax of [`super::phrase`]. Every table is applied to every reply,
//! whatever its language, because buyers and agents mix languages; so a pattern must not be an
//! ordinary word in another language (`sale` is "dirty" in French and "salt" in Italian).

use crate::core::lang::{self, Lang};

mod table;

pub use table::Words;

/// One table per language, by [`Lang::index`] (`lang::languages!` makes it: a language without
/// its words does not compile).
pub(super) const ALL: [&Words; Lang::ALL.len()] = lang::languages::WORDS;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;

    #[test]
    fn every_reply_language_has_one_table_with_every_list() {
        for lang in Lang::REPLY {
            let tables: Vec<&&Words> = ALL.iter().filter(|w| w.lang == lang).collect();
            let [w] = tables.as_slice() else { panic!("{lang:?} has {} tables", tables.len()) };
            for (name, list) in [
                ("marketing", w.marketing),
                ("review_manipulation", w.review_manipulation),
                ("review_request", w.review_request),
                ("phone_hints", w.phone_hints),
                ("number_hints", w.number_hints),
            ] {
                assert!(!list.is_empty() && list.iter().all(|p| !p.trim().is_empty()), "{lang:?} {name}");
            }
            let by_script = matches!(lang, Lang::Ja | Lang::Zh);
            assert_eq!(
                w.common.is_empty(),
                by_script,
                "{lang:?}: frequent words tell it apart, unless its script does"
            );
        }
    }

    #[test]
    fn no_two_languages_share_a_frequent_word() {
        for (i, a) in ALL.iter().enumerate() {
            for b in &ALL[i + 1..] {
                let shared = a.common.iter().find(|w| b.common.contains(w));
                assert!(shared.is_none(), "{shared:?} is frequent in {:?} and {:?}", a.lang, b.lang);
            }
        }
    }
}
