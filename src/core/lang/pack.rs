//! A language pack: everything orderlens writes in one language. Each folder `lang/<code>/`
//! declares one [`LangPack`] (`PACK`) whose fields are all required, so a language without its
//! templates or words does not compile.
//!
//! English is always in the build. The other packs are too in native builds (feature `packs`,
//! on by default: the CLI, the proxy, the tests); the wasm sidebar is built without it and gets
//! them as files (`pack_file`), fetched when needed and installed for the session (`packs`).
//! The compliance words and the formats stay in every build: every table applies to every reply, whatever the
//! languages of the UI and the reply (docs/languages.md, "Language packs").

use crate::core::format::Formats;
use crate::core::i18n::Text;
use crate::core::lang::Lang;
use crate::core::reply::compliance::Words;
use crate::core::reply::templates::Replies;

/// One language as its folder writes it.
pub struct LangPack {
    pub lang: Lang,
    /// The language's name in itself ("Deutsch"), for language pickers.
    pub native_name: &'static str,
    /// The sidebar's strings; `None` for a reply language whose UI is not translated yet.
    pub ui: Option<fn(Text) -> &'static str>,
    pub replies: Replies,
    pub words: &'static Words,
    pub formats: &'static Formats,
}

/// The translated half of a pack (UI strings and templates) as the sidebar holds it at run time,
/// from a built-in [`LangPack`] or from a pack file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    pub lang: Lang,
    /// One string per [`Text`], in [`Text::ALL`] order; empty when the UI is not translated.
    pub(super) ui: Vec<String>,
    /// [`Replies::fields`] in order.
    pub(super) replies: Vec<String>,
}

impl Pack {
    pub fn from_source(source: &LangPack) -> Pack {
        Pack {
            lang: source.lang,
            ui: source.ui.map_or_else(Vec::new, |ui| Text::ALL.iter().map(|&t| ui(t).to_string()).collect()),
            replies: source.replies.fields().iter().map(|s| s.to_string()).collect(),
        }
    }

    /// The UI string, `None` when the pack has no UI or lacks the string.
    pub fn text(&self, t: Text) -> Option<&str> {
        self.ui.get(t as usize).map(String::as_str).filter(|s| !s.is_empty())
    }

    pub fn has_ui(&self) -> bool {
        !self.ui.is_empty()
    }

    /// The reply templates' texts, [`Replies::fields`] order.
    pub fn template_texts(&self) -> impl Iterator<Item = &str> {
        self.replies.iter().map(String::as_str)
    }

    pub fn replies(&'static self) -> Replies {
        let field = |i: usize| self.replies[i].as_str();
        Replies::from_fields(std::array::from_fn(field))
    }
}
