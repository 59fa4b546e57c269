//! Dutch: the sidebar's strings (`ui.rs`), the reply templates (`replies.rs`), the compliance
//! words (`words.rs`) and its dates and sums (`formats.rs`).

use super::pack::LangPack;
use crate::core::i18n::Text;
use crate::core::lang::Lang;
use crate::core::reply::compliance::Words;
use crate::core::reply::templates::Replies;

mod formats;
mod replies;
mod ui;
mod words;

pub const PACK: LangPack = LangPack {
    lang: Lang::Nl,
    native_name: "Nederlands",
    ui: Some(ui::text),
    replies: replies::REPLIES,
    words: &words::WORDS,
    formats: &formats::FORMATS,
};
