//! Issue 10's blocks → DOM: Amazon's messaging actions and their composer, related tickets and
//! the health line. Like `draw`, no decisions: hooks and structure in docs/sidebar-dom.md.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};

use crate::core::view::*;

use super::dom::{clear, Dom, Res};
use super::draw::{draw_findings, Drawer};

impl Drawer<'_> {
    /// `data-ol="health"`: the account behind this ticket cannot reach Amazon.
    pub(super) fn health(&mut self, parent: &Element, h: &HealthView) -> Res<()> {
        let box_ = self.dom.add(parent, "div", "ol-alert ol-health")?;
        box_.set_attribute("role", "alert")?;
        box_.set_attribute("data-ol", "health")?;
        box_.set_attribute("data-code", h.code)?;
        self.dom.add_text(&box_, "p", "", &h.text)?;
        self.button(&box_, "ol-button", "retry", &h.retry)?;
        Ok(())
    }

    /// `data-ol="related"` with one `data-ol="related-ticket"` per other ticket.
    pub(super) fn related(&mut self, root: &Element, r: &RelatedView) -> Res<()> {
        let section = self.dom.add(root, "section", "ol-related")?;
        section.set_attribute("data-ol", "related")?;
        self.dom.add_text(&section, "h2", "ol-h", &r.title)?;
        if let Some(note) = &r.note {
            self.dom.add_text(&section, "p", "ol-note", note)?.set_attribute("role", "status")?;
        }
        if r.tickets.is_empty() {
            return Ok(());
        }
        let list = self.dom.add(&section, "ul", "ol-related-list")?;
        for ticket in &r.tickets {
            let li = self.dom.add(&list, "li", "ol-related-ticket")?;
            li.set_attribute("data-ol", "related-ticket")?;
            li.set_attribute("data-ticket", &ticket.id)?;
            match &ticket.link {
                Some(link) => self.link(&li, "related-link", link)?.set_attribute("dir", "auto")?,
                None => drop(self.dom.add_outside(&li, "span", "", &ticket.subject)?),
            }
            for d in &ticket.details {
                self.dom.add_outside(&li, "span", "ol-detail", d)?;
            }
        }
        Ok(())
    }

    /// `data-ol="amazon-actions"`: one `data-ol="amazon-action"` button per action Amazon
    /// allows (`data-action`), and the open action's composer.
    pub(super) fn amazon_actions(&mut self, root: &Element, a: &AmazonActionsView) -> Res<()> {
        let section = self.dom.add(root, "section", "ol-amazon-actions")?;
        section.set_attribute("data-ol", "amazon-actions")?;
        self.dom.add_text(&section, "h2", "ol-h", &a.title)?;
        if let Some(note) = &a.note {
            self.dom.add_text(&section, "p", "ol-note", note)?.set_attribute("role", "status")?;
        }
        if !a.actions.is_empty() {
            let list = self.dom.add(&section, "ul", "ol-action-list")?;
            for action in &a.actions {
                let li = self.dom.add(&list, "li", "ol-action")?;
                let b = self.button(&li, "ol-button ol-button-small", "amazon-action", &action.open)?;
                b.set_attribute("data-action", &action.name)?;
                b.set_attribute("aria-pressed", if action.selected { "true" } else { "false" })?;
                if let Some(why) = &action.why_disabled {
                    b.set_attribute("title", why)?;
                    self.dom.add_text(&li, "span", "ol-hint ol-muted", why)?;
                }
            }
        }
        if let Some(c) = &a.composer {
            self.action_composer(&section, c)?;
        }
        Ok(())
    }

    /// The text, its counter and the findings of a text action.
    fn action_text(&mut self, box_: &Element, c: &ActionComposerView, title_id: &str) -> Res<()> {
        self.dom.add_text(box_, "p", "ol-hint", &c.lang_note)?;
        let area = self.dom.add(box_, "textarea", "ol-reply")?;
        area.set_attribute("data-ol", "action-text")?;
        area.set_attribute("rows", "6")?;
        area.set_attribute("aria-labelledby", title_id)?;
        if !c.editable {
            area.set_attribute("readonly", "")?;
        }
        if let Some(t) = area.dyn_ref::<HtmlTextAreaElement>() {
            t.set_value(&c.text);
        }
        let limit = self.dom.add(box_, "div", "ol-action-limit")?;
        limit.set_attribute("data-ol", "action-limit")?;
        limit.set_attribute("aria-live", "polite")?;
        draw_action_limit(self.dom, &limit, c)?;
        let findings = self.dom.add(box_, "div", "ol-findings")?;
        findings.set_attribute("data-ol", "action-findings")?;
        draw_findings(self.dom, &findings, &c.findings)?;
        Ok(())
    }

    /// The invoice's `<input type=file>` with why only a PDF of 10 MB, the chosen file, its problem.
    fn file_picker(&mut self, box_: &Element, f: &FilePickerView) -> Res<()> {
        let id = self.ids.id("invoice-file");
        self.dom.add_text(box_, "label", "ol-label", &f.label)?.set_attribute("for", &id)?;
        let input = self.dom.add(box_, "input", "")?;
        input.set_attribute("type", "file")?;
        input.set_attribute("id", &id)?;
        input.set_attribute("accept", "application/pdf,.pdf")?;
        input.set_attribute("data-ol", "invoice-file")?;
        self.dom.add_text(box_, "p", "ol-hint", &f.why)?;
        if let Some(chosen) = &f.chosen {
            self.dom.add_outside(box_, "p", "ol-mono", chosen)?.set_attribute("data-ol", "invoice-chosen")?;
        }
        if let Some(problem) = &f.problem {
            let p = self.dom.add_text(box_, "p", "ol-summary ol-summary-blocked", problem)?;
            p.set_attribute("data-ol", "invoice-problem")?;
            p.set_attribute("role", "alert")?;
        }
        Ok(())
    }

    fn action_composer(&mut self, parent: &Element, c: &ActionComposerView) -> Res<()> {
        let box_ = self.dom.add(parent, "div", "ol-action-composer")?;
        box_.set_attribute("data-ol", "action-composer")?;
        box_.set_attribute("data-action", &c.action)?;
        box_.set_attribute("data-phase", c.phase)?;
        let title_id = self.ids.id("action-title");
        self.dom.add_text(&box_, "h3", "ol-h", &c.title)?.set_attribute("id", &title_id)?;
        match &c.file {
            _ if !c.compose => {}
            Some(file) => self.file_picker(&box_, file)?,
            None => self.action_text(&box_, c, &title_id)?,
        }
        let row = self.dom.add(&box_, "div", "ol-action-buttons")?;
        if let Some(send) = &c.send {
            self.button(&row, "ol-button ol-button-primary", "action-send", send)?;
        }
        if let Some(confirm) = &c.confirm {
            let ask = self.dom.add(&box_, "div", "ol-confirm")?;
            ask.set_attribute("role", "alertdialog")?;
            self.dom.add_text(&ask, "p", "", &confirm.question)?;
            // Cancel first, where Send was: the second click of a double click lands on it.
            self.button(&row, "ol-button", "action-cancel", &confirm.cancel)?;
            self.button(&row, "ol-button ol-button-primary", "action-confirm", &confirm.confirm)?;
            box_.insert_before(&ask, Some(&row))?;
        }
        if let Some(status) = &c.status {
            let p = self.dom.add_text(&box_, "p", "ol-action-status", status)?;
            p.set_attribute("data-ol", "action-status")?;
            p.set_attribute("role", if c.phase == "failed" { "alert" } else { "status" })?;
        }
        self.button(&row, "ol-button ol-button-link", "action-close", &c.close)?;
        Ok(())
    }
}

/// The counter and, over the limit, what to do (redrawn alone on every keystroke).
pub fn draw_action_limit(dom: &Dom, container: &Element, c: &ActionComposerView) -> Res<()> {
    clear(container);
    let counter = dom.add_text(container, "span", "ol-counter", &c.counter)?;
    counter.set_attribute("data-ol", "action-counter")?;
    if c.over_limit {
        counter.set_attribute("data-over", "")?;
    }
    if let Some(too_long) = &c.too_long {
        dom.add_text(container, "p", "ol-summary ol-summary-blocked", too_long)?;
    }
    Ok(())
}
