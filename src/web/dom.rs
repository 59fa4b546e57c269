//! The few DOM operations the sidebar needs. Text only ever goes in as a text node: there is no
//! way to hand this module markup.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

pub type Res<T> = Result<T, JsValue>;

#[derive(Clone)]
pub struct Dom {
    pub doc: Document,
}

impl Dom {
    pub fn new() -> Option<Dom> {
        Some(Dom { doc: web_sys::window()?.document()? })
    }

    /// `<tag class="class">` appended to `parent`.
    pub fn add(&self, parent: &Element, tag: &str, class: &str) -> Res<Element> {
        let el = self.doc.create_element(tag)?;
        if !class.is_empty() {
            el.set_attribute("class", class)?;
        }
        parent.append_child(&el)?;
        Ok(el)
    }

    /// `<tag class="class">text</tag>` appended to `parent`, `text` as a text node.
    pub fn add_text(&self, parent: &Element, tag: &str, class: &str, text: &str) -> Res<Element> {
        let el = self.add(parent, tag, class)?;
        self.append_text(&el, text)?;
        Ok(el)
    }

    /// Outside data (names, titles, addresses): a text node in an element with `dir="auto"`,
    /// which isolates it, so right-to-left text or a stray U+202E cannot reorder the line around it.
    pub fn add_outside(&self, parent: &Element, tag: &str, class: &str, text: &str) -> Res<Element> {
        let el = self.add_text(parent, tag, class, text)?;
        el.set_attribute("dir", "auto")?;
        Ok(el)
    }

    pub fn append_text(&self, parent: &Element, text: &str) -> Res<()> {
        parent.append_child(&self.doc.create_text_node(text))?;
        Ok(())
    }
}

/// Removes every child (`textContent = ""`: no markup involved).
pub fn clear(el: &Element) {
    el.set_text_content(None);
}
