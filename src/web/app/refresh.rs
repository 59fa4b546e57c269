//! Redraws of one part of the sidebar, where a whole render would cost the agent focus, caret or
//! time: the findings while typing, an action's composer, the clock.

use super::{find, App};
use crate::web::draw::case::fill_case_deadline;
use crate::web::draw::{draw_findings, fill_clock};
use crate::web::draw_ops::draw_action_limit;

impl App {
    /// Typing in the reply redraws its findings and the Insert button only.
    pub(super) fn refresh_findings(&self) {
        let view = self.current_view();
        let Some(composer) = view.composer else { return };
        if let Some(container) = find(&self.mount, "[data-ol=findings]") {
            let _ = draw_findings(&self.dom, &container, &composer.findings);
        }
        if let Some(insert) = find(&self.mount, "[data-ol=insert]") {
            if composer.insert.enabled {
                let _ = insert.remove_attribute("disabled");
            } else {
                let _ = insert.set_attribute("disabled", "");
            }
            // The Insert button's event carries the text: keep it in step with the typing.
            let index = insert.get_attribute("data-ol-action").and_then(|i| i.parse::<usize>().ok());
            if let Some(i) = index {
                if let Some(slot) = self.actions.borrow_mut().0.get_mut(i) {
                    *slot = composer.insert.event.clone();
                }
            }
        }
    }

    /// Typing in an action's composer redraws its counter, findings and Send button only.
    pub(super) fn refresh_action(&self) {
        let Some(c) = self.current_view().amazon_actions.and_then(|a| a.composer) else { return };
        if let Some(limit) = find(&self.mount, "[data-ol=action-limit]") {
            let _ = draw_action_limit(&self.dom, &limit, &c);
        }
        if let Some(findings) = find(&self.mount, "[data-ol=action-findings]") {
            let _ = draw_findings(&self.dom, &findings, &c.findings);
        }
        if let (Some(send), Some(button)) = (find(&self.mount, "[data-ol=action-send]"), &c.send) {
            let _ = if button.enabled { send.remove_attribute("disabled") } else { send.set_attribute("disabled", "") };
        }
    }

    /// Every 30 s: the header's clock and the case's deadline, nothing else.
    pub(super) fn refresh_clock(&self) {
        let view = self.current_view();
        if let (Some(el), Some(clock)) = (find(&self.mount, "[data-ol=clock]"), view.header.and_then(|h| h.clock)) {
            let _ = fill_clock(&self.dom, &el, &clock);
        }
        let deadline = view.case.and_then(|c| c.deadline);
        if let (Some(el), Some(d)) = (find(&self.mount, "[data-ol=case-deadline]"), deadline) {
            let _ = fill_case_deadline(&self.dom, &el, &d);
        }
    }
}
