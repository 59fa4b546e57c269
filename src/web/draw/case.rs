//! The case block: `<section data-ol="case" data-kind=…>` above the body (docs/sidebar-dom.md).

use web_sys::Element;

use crate::core::view::{CaseView, DeadlineView};

use super::{Drawer, Res};
use crate::web::dom::{clear, Dom};

impl Drawer<'_> {
    pub(super) fn case(&mut self, root: &Element, c: &CaseView) -> Res<()> {
        let section = self.dom.add(root, "section", "ol-case")?;
        section.set_attribute("data-ol", "case")?;
        section.set_attribute("data-kind", c.kind)?;
        section.set_attribute("data-reply", if c.reply { "true" } else { "false" })?;
        if c.presale {
            section.set_attribute("data-presale", "")?;
        }
        self.dom.add_text(&section, "p", "ol-case-what", &c.what)?.set_attribute("data-ol", "case-what")?;
        self.dom.add_text(&section, "p", "ol-case-next", &c.next)?.set_attribute("data-ol", "case-next")?;
        if !c.facts.is_empty() {
            self.facts(&section, "ol-facts", &c.facts)?.set_attribute("data-ol", "case-facts")?;
        }
        if let Some(d) = &c.deadline {
            let p = self.dom.add(&section, "p", "ol-case-deadline")?;
            p.set_attribute("data-ol", "case-deadline")?;
            fill_case_deadline(self.dom, &p, d)?;
        }
        if c.link.is_some() || c.no_response_needed.is_some() {
            let links = self.dom.add(&section, "div", "ol-links")?;
            if let Some(l) = &c.link {
                let a = self.link(&links, "case-link", l)?;
                if let Some(page) = c.page {
                    a.set_attribute("data-page", page)?;
                }
            }
            if let Some(l) = &c.no_response_needed {
                self.link(&links, "case-no-response-needed", l)?;
            }
        }
        if let Some(anyway) = &c.compose_anyway {
            let div = self.dom.add(&section, "div", "ol-compose-anyway")?;
            self.dom.add_text(&div, "p", "ol-muted", &anyway.hint)?;
            self.button(&div, "ol-button", "compose-anyway", &anyway.open)?;
        }
        Ok(())
    }
}

/// The deadline's content, also redrawn alone with the 30 s clock refresh.
pub fn fill_case_deadline(dom: &Dom, p: &Element, d: &DeadlineView) -> Res<()> {
    clear(p);
    p.set_attribute("data-urgency", d.level.as_str())?;
    dom.add_text(p, "span", "ol-label", &d.label)?;
    dom.append_text(p, " ")?;
    dom.add_text(p, "strong", "", &d.left)?;
    dom.append_text(p, " ")?;
    dom.add_text(p, "span", "ol-muted", &d.due)?;
    Ok(())
}
