//! The language packs the sidebar needs: the UI language's and the reply language's. The wasm
//! carries English; any other pack is asked for once ([`Effect::LoadPack`]), and until it has
//! arrived the sidebar shows English. A pack that could not be loaded stays English for the
//! session, with one quiet line saying so.

use crate::core::i18n::{fill, t, Text};
use crate::core::lang::packs::{is_loaded, shown};
use crate::core::lang::Lang;

use super::events::Effect;
use super::state::State;

/// The packs asked for and those that failed, this session.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackLoads {
    asked: Vec<Lang>,
    failed: Vec<Lang>,
}

impl PackLoads {
    /// A pack's file arrived and was installed (`loaded`), or could not be loaded or read.
    pub fn arrived(&mut self, lang: Lang, loaded: bool) {
        if !loaded && !self.failed.contains(&lang) {
            self.failed.push(lang);
        }
    }
}

/// The languages whose strings the sidebar shows now.
fn needed(state: &State) -> [Option<Lang>; 2] {
    [Some(state.lang), state.open().map(|t| t.composer.lang)]
}

/// A load for every needed pack that is neither here nor asked for yet.
pub fn load_needed(state: &mut State) -> Vec<Effect> {
    let mut effects = Vec::new();
    for lang in needed(state).into_iter().flatten() {
        if !is_loaded(lang) && !state.packs.asked.contains(&lang) {
            state.packs.asked.push(lang);
            effects.push(Effect::LoadPack(lang));
        }
    }
    effects
}

/// The quiet line for a needed pack that could not be loaded, in the language shown.
pub fn notice(state: &State) -> Option<String> {
    let failed = needed(state).into_iter().flatten().find(|l| state.packs.failed.contains(l))?;
    Some(fill(t(shown(state.lang), Text::LangPackUnavailable), &[("language", failed.native_name())]))
}
