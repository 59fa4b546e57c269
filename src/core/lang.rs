//! The languages orderlens speaks. Two lists, because a language can be added to one before the
//! other: [`Lang::UI`] (the sidebar's own strings are translated) and [`Lang::REPLY`] (reply
//! templates, compliance words and the buyer's number and date formats exist).
//!
//! Each language has its folder here (`lang/<code>/`: UI strings, templates, compliance words,
//! formats) declaring its [`pack::LangPack`]; `languages` lists them, `packs` holds this
//! session's. Adding a language: its variant of [`Lang`], its folder (and `mod`), its line in
//! `languages!` (`lang/languages.rs`).

use serde::{Deserialize, Serialize};

// One folder per language; its line in `languages!` (languages.rs) makes the tables.
pub mod ar;
pub mod de;
pub mod en;
pub mod es;
pub mod fr;
pub mod it;
pub mod ja;
pub mod nl;
pub mod pl;
pub mod pt;
pub mod sv;
pub mod tr;
pub mod zh;

pub mod languages;
pub mod pack;
pub mod pack_file;
pub mod packs;

/// A supported language. Serialises as its ISO 639-1 code (`"de"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    De,
    Fr,
    It,
    Es,
    Pl,
    Ja,
    /// Simplified Chinese. Traditional-Chinese tags map here too: it is the closest we have.
    Zh,
    /// Brazilian Portuguese (amazon.com.br). European Portuguese tags map here too.
    Pt,
    /// Dutch as written in the Netherlands and Flanders.
    Nl,
    Sv,
    Tr,
    /// Modern Standard Arabic, written right to left (amazon.ae, amazon.sa, amazon.eg).
    Ar,
}

impl Lang {
    /// The languages the sidebar's own strings are translated into (`lang/<code>/ui.rs`). Today every
    /// language is a UI and a reply language; one that is not gets its own list here.
    pub const UI: [Lang; 13] = Lang::ALL;

    /// The languages of the reply-language picker: each has templates (`lang/<code>/replies.rs`),
    /// compliance words (`lang/<code>/words.rs`) and its number and date formats.
    pub const REPLY: [Lang; 13] = Lang::ALL;

    /// The language of a BCP 47 tag (`de-AT`, `ja_JP`, `ZH-Hant-TW`), by its primary subtag.
    /// Also takes the first entry of an Accept-Language style list (`fr-CH, fr;q=0.9`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let first = tag.split([',', ';']).next().unwrap_or("");
        let primary = first.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The UI language for a locale tag: English when the UI is not translated into it.
    pub fn ui_from_tag(tag: &str) -> Lang {
        Lang::from_tag(tag).filter(|l| Lang::UI.contains(l)).unwrap_or(Lang::En)
    }

    /// The reply language for a tag, when replies can be written in it.
    pub fn reply_from_tag(tag: &str) -> Option<Lang> {
        Lang::from_tag(tag).filter(|l| Lang::REPLY.contains(l))
    }

    /// The position in [`Lang::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The writing direction, as HTML's `dir` attribute spells it.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_and_script_subtags_are_ignored() {
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("ja_JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("ZH-Hant-TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag(" fr "), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("fr-CH, fr;q=0.9, en;q=0.8"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_tag("pt-PT"), Some(Lang::Pt));
        assert_eq!(Lang::from_tag("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("sv_SE"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("TR-tr"), Some(Lang::Tr));
        assert_eq!(Lang::from_tag("ar-EG"), Some(Lang::Ar));
    }

    #[test]
    fn unknown_tags_are_none_and_fall_back_to_english() {
        for tag in ["", "da-DK", "nb", "ko-KR", "e", "english", "-de", "*"] {
            assert_eq!(Lang::from_tag(tag), None, "{tag}");
            assert_eq!(Lang::ui_from_tag(tag), Lang::En, "{tag}");
            assert_eq!(Lang::reply_from_tag(tag), None, "{tag}");
        }
    }

    #[test]
    fn the_ui_and_reply_lists_start_with_english_and_cover_every_language_once() {
        for list in [&Lang::UI[..], &Lang::REPLY[..]] {
            assert_eq!(list[0], Lang::En);
            for (i, l) in list.iter().enumerate() {
                assert!(!list[i + 1..].contains(l), "{l:?} twice");
            }
        }
        for l in Lang::ALL {
            assert!(Lang::UI.contains(&l) || Lang::REPLY.contains(&l), "{l:?} is in neither list");
            if Lang::UI.contains(&l) {
                assert_eq!(Lang::ui_from_tag(l.code()), l);
            }
            if Lang::REPLY.contains(&l) {
                assert_eq!(Lang::reply_from_tag(l.code()), Some(l));
            }
        }
    }

    #[test]
    fn codes_round_trip_and_names_are_native() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.code()), Some(l));
            assert!(!l.native_name().is_empty());
        }
        assert_eq!(Lang::De.native_name(), "Deutsch");
        assert_eq!(Lang::Ja.native_name(), "日本語");
        assert_eq!(Lang::Zh.native_name(), "中文");
        assert_eq!(Lang::Tr.native_name(), "Türkçe");
        assert_eq!(Lang::Ar.native_name(), "العربية");
    }

    #[test]
    fn serialises_as_the_code() {
        assert_eq!(serde_json::to_string(&Lang::Pl).unwrap(), r#""pl""#);
        assert_eq!(serde_json::from_str::<Lang>(r#""ja""#).unwrap(), Lang::Ja);
    }
}
