//! The keyboard focus across a redraw: which element (by its `data-ol` hook) had it, and the
//! textarea's selection, put back on the new element with the same hook.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

/// Where the keyboard focus was, so a redraw can put it back.
pub struct Focus {
    hook: String,
    selection: Option<(u32, u32)>,
}

pub fn remembered_focus(mount: &HtmlElement) -> Option<Focus> {
    let active = web_sys::window()?.document()?.active_element()?;
    if !mount.contains(Some(&active)) {
        return None;
    }
    let hook = active.get_attribute("data-ol")?;
    let selection = active
        .dyn_ref::<HtmlTextAreaElement>()
        .and_then(|a| Some((a.selection_start().ok()??, a.selection_end().ok()??)));
    Some(Focus { hook, selection })
}

impl Focus {
    pub fn restore(&self, root: &Element) {
        let Some(el) = root.query_selector(&format!("[data-ol=\"{}\"]", self.hook)).ok().flatten() else { return };
        if let Some(el) = el.dyn_ref::<HtmlElement>() {
            let _ = el.focus();
        }
        if let (Some((start, end)), Some(area)) = (self.selection, el.dyn_ref::<HtmlTextAreaElement>()) {
            let _ = area.set_selection_range(start, end);
        }
    }
}
