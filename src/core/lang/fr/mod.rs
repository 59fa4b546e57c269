//! French: the sidebar's strings (`ui.rs`), the reply templates (`replies.rs`) and the compliance
//! words (`words.rs`).

use super::pack::LangPack;
use crate::core::i18n::Text;
use crate::core::lang::Lang;
use crate::core::reply::compliance::Words;
use crate::core::reply::templates::Replies;

mod replies;
mod ui;
mod words;

// Its file still ends in a wildcard (`None`): an empty string is a missing one, which
// `every_pack_is_complete` reports.
const UI: fn(Text) -> &'static str = |t| ui::text(t).unwrap_or("");
pub const PACK: LangPack = LangPack { lang: Lang::Fr, ui: Some(UI), replies: replies::REPLIES, words: &words::WORDS };
