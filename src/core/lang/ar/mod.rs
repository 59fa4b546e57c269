//! Arabic: the sidebar's strings (`ui.rs`), the reply templates (`replies.rs`) and the compliance
//! words (`words.rs`).

use super::pack::LangPack;
use crate::core::i18n::Text;
use crate::core::lang::Lang;
use crate::core::reply::compliance::Words;
use crate::core::reply::templates::Replies;

mod replies;
mod ui;
mod words;

pub const PACK: LangPack =
    LangPack { lang: Lang::Ar, ui: Some(ui::text), replies: replies::REPLIES, words: &words::WORDS };
