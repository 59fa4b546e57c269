//! Every pack compiled in: native builds only (feature `packs`), where the sidebar's wasm has
//! none but English.

use super::pack::LangPack;
use super::{ar, de, en, es, fr, it, ja, nl, pl, pt, sv, tr, zh};
use crate::core::lang::Lang;

/// Every language's pack as its folder writes it: one arm per language.
pub fn built_in(lang: Lang) -> &'static LangPack {
    match lang {
        Lang::En => &en::PACK,
        Lang::De => &de::PACK,
        Lang::Fr => &fr::PACK,
        Lang::It => &it::PACK,
        Lang::Es => &es::PACK,
        Lang::Pl => &pl::PACK,
        Lang::Ja => &ja::PACK,
        Lang::Zh => &zh::PACK,
        Lang::Pt => &pt::PACK,
        Lang::Nl => &nl::PACK,
        Lang::Sv => &sv::PACK,
        Lang::Tr => &tr::PACK,
        Lang::Ar => &ar::PACK,
    }
}
