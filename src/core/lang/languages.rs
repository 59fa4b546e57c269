//! The list of languages: each [`Lang`] variant with its folder, and the tables made from their
//! packs. A file of its own because it names every folder, and every folder names [`Lang`].

use super::{ar, de, en, es, fr, it, ja, nl, pl, pt, sv, tr, zh, Lang};
use crate::core::format::Formats;
use crate::core::reply::compliance::Words;

/// Every language: its [`Lang`] variant and its folder (`lang/<code>/`, named by its ISO 639-1
/// code). Each table made here has one entry per language, and each entry is a field of the
/// folder's `PACK`, so a language without its strings, templates, words or formats does not
/// compile.
macro_rules! languages {
    ($($variant:ident => $code:ident,)*) => {
        impl Lang {
            /// Every language, English first (the fallback).
            pub const ALL: [Lang; [$(stringify!($code)),*].len()] = [$(Lang::$variant),*];

            /// ISO 639-1 code, also usable as an HTML `lang` attribute: the folder's name.
            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$variant => stringify!($code),)*
                }
            }

            /// The language's name in itself, for language pickers (its folder's `PACK`).
            pub fn native_name(self) -> &'static str {
                NATIVE_NAMES[self.index()]
            }
        }

        // The parts of each pack every build keeps, field by field: the sidebar's wasm then
        // holds these and not the packs' strings and templates, which it fetches.
        /// The compliance words of each language, by [`Lang::index`].
        pub(crate) const WORDS: [&Words; Lang::ALL.len()] = [$($code::PACK.words),*];
        /// The dates and sums of each language, by [`Lang::index`].
        pub(crate) const FORMATS: [&Formats; Lang::ALL.len()] = [$($code::PACK.formats),*];
        const NATIVE_NAMES: [&str; Lang::ALL.len()] = [$($code::PACK.native_name),*];

        /// Every language's pack as its folder writes it: native builds only (feature `packs`),
        /// where the sidebar's wasm has none but English.
        #[cfg(feature = "packs")]
        pub fn built_in(lang: Lang) -> &'static super::pack::LangPack {
            match lang {
                $(Lang::$variant => &$code::PACK,)*
            }
        }
    };
}

languages! {
    En => en,
    De => de,
    Fr => fr,
    It => it,
    Es => es,
    Pl => pl,
    Ja => ja,
    Zh => zh,
    Pt => pt,
    Nl => nl,
    Sv => sv,
    Tr => tr,
    Ar => ar,
}

// `index` is the variant's position: every table above is looked up by it.
const _: () = {
    let mut i = 0;
    while i < Lang::ALL.len() {
        assert!(Lang::ALL[i] as usize == i, "languages! lists the languages in the order of `Lang`");
        i += 1;
    }
};
