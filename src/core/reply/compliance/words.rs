//! The word lists of the compliance check: one small table per language in `words/<code>.rs`,
//! written in the pattern syntax of [`super::phrase`]. Every table is applied to every reply,
//! whatever its language, because buyers and agents mix languages; so a pattern must not be an
//! ordinary word in another language (`sale` is "dirty" in French and "salt" in Italian).

#[path = "../../lang/ar/words.rs"]
mod ar;
#[path = "../../lang/de/words.rs"]
mod de;
#[path = "../../lang/en/words.rs"]
mod en;
#[path = "../../lang/es/words.rs"]
mod es;
#[path = "../../lang/fr/words.rs"]
mod fr;
#[path = "../../lang/it/words.rs"]
mod it;
#[path = "../../lang/ja/words.rs"]
mod ja;
#[path = "../../lang/nl/words.rs"]
mod nl;
#[path = "../../lang/pl/words.rs"]
mod pl;
#[path = "../../lang/pt/words.rs"]
mod pt;
#[path = "../../lang/sv/words.rs"]
mod sv;
mod table;
#[path = "../../lang/tr/words.rs"]
mod tr;
#[path = "../../lang/zh/words.rs"]
mod zh;

pub(super) use table::Words;

pub(super) const ALL: [&Words; 13] = [
    &en::WORDS,
    &de::WORDS,
    &fr::WORDS,
    &it::WORDS,
    &es::WORDS,
    &pl::WORDS,
    &ja::WORDS,
    &zh::WORDS,
    &pt::WORDS,
    &nl::WORDS,
    &sv::WORDS,
    &tr::WORDS,
    &ar::WORDS,
];

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
