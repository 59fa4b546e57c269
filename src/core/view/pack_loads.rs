//! Which language packs this session has asked for, and which failed (`super::packs` decides).

use crate::core::lang::Lang;

/// The packs asked for and those that failed, this session.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackLoads {
    pub(super) asked: Vec<Lang>,
    pub(super) failed: Vec<Lang>,
}

impl PackLoads {
    /// A pack's file arrived and was installed (`loaded`), or could not be loaded or read.
    pub fn arrived(&mut self, lang: Lang, loaded: bool) {
        if !loaded && !self.failed.contains(&lang) {
            self.failed.push(lang);
        }
    }
}
