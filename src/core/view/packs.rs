//! The language packs the sidebar needs: the UI language's and the reply language's. The wasm
//! carries English; any other pack is asked for once ([`Effect::LoadPack`]), and until it has
//! arrived the sidebar shows English. A pack that could not be loaded stays English for the
//! session, with one quiet line saying so.

use crate::core::i18n::{fill, t, Text};
use crate::core::lang::packs::{is_loaded, shown};
use crate::core::lang::Lang;

use super::events::Effect;
use super::state::State;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::FixedZones;
    use crate::core::host::Settings;
    use crate::core::view::{update, view, Event};

    #[test]
    fn a_pack_that_failed_leaves_one_quiet_line_and_is_not_asked_for_again() {
        let mut state = State::new(Lang::Sv, Settings::default());
        let now = chrono::DateTime::from_timestamp(1_768_471_200, 0).unwrap();
        assert_eq!(view(&state, now, &FixedZones::default()).pack_notice, None);
        let effects = update(&mut state, Event::PackLoaded { lang: Lang::Sv, loaded: false });
        assert!(effects.is_empty(), "a failed pack is not fetched again this session: {effects:?}");
        let notice = view(&state, now, &FixedZones::default()).pack_notice.expect("the quiet line");
        assert!(notice.contains("Svenska"), "{notice}");
        // A pack no one needs any more says nothing.
        state.lang = Lang::De;
        assert_eq!(view(&state, now, &FixedZones::default()).pack_notice, None);
    }

    #[test]
    fn built_in_packs_are_never_fetched() {
        let mut state = State::new(Lang::Ar, Settings::default());
        assert_eq!(load_needed(&mut state), vec![], "native builds have every pack");
        assert_eq!(shown(Lang::Ar), Lang::Ar);
    }
}
