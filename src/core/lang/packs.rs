//! The language packs of this session: built in (feature `packs`) or installed once their file
//! has loaded, each kept until the page goes.

use std::sync::OnceLock;

use super::pack::Pack;
use crate::core::lang::Lang;

/// The packs of this session, by language ([`Lang::index`]).
static PACKS: [OnceLock<Pack>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

/// The pack of `lang` if it is here: built in, or installed after its file loaded. `None` for
/// English, which is not a pack but the fallback compiled into every build.
pub fn pack(lang: Lang) -> Option<&'static Pack> {
    if lang == Lang::En {
        return None;
    }
    let slot = &PACKS[lang.index()];
    #[cfg(feature = "packs")]
    return Some(slot.get_or_init(|| Pack::from_source(super::languages::built_in(lang))));
    #[cfg(not(feature = "packs"))]
    slot.get()
}

/// Keeps a loaded pack for the rest of the session. A second pack for the same language is
/// dropped: the first stays (so a string never changes under the agent).
pub fn install(pack: Pack) {
    let _ = PACKS[pack.lang.index()].set(pack);
}

/// Whether the strings of `lang` are here (English always is).
pub fn is_loaded(lang: Lang) -> bool {
    lang == Lang::En || pack(lang).is_some()
}

/// `lang` if its strings are here, else English, which they fall back to meanwhile.
pub fn shown(lang: Lang) -> Lang {
    if is_loaded(lang) {
        lang
    } else {
        Lang::En
    }
}
