//! [`SidebarView`] → DOM. No decisions here: the view model already chose every string, link
//! and button. Structure and class names: docs/sidebar-dom.md.

use web_sys::Element;

use crate::core::view::*;

use super::dom::{clear, Dom, Res};

pub mod case;

/// Ids for `for`/`aria-*` references, unique per mounted sidebar.
pub struct Ids {
    pub prefix: String,
}

impl Ids {
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.prefix)
    }
}

/// Buttons carry an index into this table (`data-ol-action`); one delegated click listener
/// dispatches the event at that index. No closure per button, nothing to leak per render.
#[derive(Default)]
pub struct Actions(pub Vec<Event>);

impl Actions {
    fn add(&mut self, event: Event) -> String {
        self.0.push(event);
        (self.0.len() - 1).to_string()
    }
}

pub struct Drawer<'a> {
    pub dom: &'a Dom,
    pub ids: &'a Ids,
    pub actions: &'a mut Actions,
}

impl Drawer<'_> {
    /// The whole sidebar: `<div class="ol" data-ol="root" data-state=… lang=… dir=…>`.
    pub fn sidebar(&mut self, view: &SidebarView) -> Res<Element> {
        let root = self.dom.doc.create_element("div")?;
        root.set_attribute("class", "ol")?;
        root.set_attribute("data-ol", "root")?;
        root.set_attribute("data-state", view.state.as_str())?;
        root.set_attribute("lang", view.lang.code())?;
        root.set_attribute("dir", view.lang.dir())?;
        if let Some(notice) = &view.pack_notice {
            let p = self.dom.add_text(&root, "p", "ol-quiet", notice)?;
            p.set_attribute("data-ol", "lang-pack-error")?;
            p.set_attribute("role", "status")?;
        }
        if let Some(header) = &view.header {
            self.header(&root, header)?;
        }
        if let Some(case) = &view.case {
            self.case(&root, case)?;
        }
        self.body(&root, &view.body)?;
        if let Some(related) = &view.related {
            self.related(&root, related)?;
        }
        if let Some(actions) = &view.amazon_actions {
            self.amazon_actions(&root, actions)?;
        }
        if let Some(composer) = &view.composer {
            self.composer(&root, composer)?;
        }
        Ok(root)
    }

    pub(super) fn button(&mut self, parent: &Element, class: &str, hook: &str, button: &Button) -> Res<Element> {
        let el = self.dom.add_text(parent, "button", class, &button.label)?;
        el.set_attribute("type", "button")?;
        if !hook.is_empty() {
            el.set_attribute("data-ol", hook)?;
        }
        el.set_attribute("data-ol-action", &self.actions.add(button.event.clone()))?;
        if !button.enabled {
            el.set_attribute("disabled", "")?;
        }
        Ok(el)
    }

    /// A link opened through the host. The URL was checked by core (http/https only).
    pub(super) fn link(&mut self, parent: &Element, hook: &str, link: &Link) -> Res<Element> {
        let a = self.dom.add_text(parent, "a", "ol-link", &link.text)?;
        a.set_attribute("href", &link.url)?;
        a.set_attribute("target", "_blank")?;
        a.set_attribute("rel", "noopener noreferrer")?;
        a.set_attribute("data-ol", hook)?;
        a.set_attribute("data-ol-link", "")?;
        Ok(a)
    }

    fn facts(&mut self, parent: &Element, class: &str, facts: &[Fact]) -> Res<Element> {
        let dl = self.dom.add(parent, "dl", class)?;
        for f in facts {
            self.fact(&dl, f)?;
        }
        Ok(dl)
    }

    /// `<dt>label</dt><dd><div class="ol-line">line</div>…</dd>`, straight in the `<dl>`
    /// (the stylesheet lays a `<dl>` out as a two-column grid); one block per line.
    fn fact(&mut self, dl: &Element, fact: &Fact) -> Res<Element> {
        self.dom.add_text(dl, "dt", "", &fact.label)?;
        let dd = self.dom.add(dl, "dd", "")?;
        for line in &fact.lines {
            self.dom.add_outside(&dd, "div", "ol-line", line)?;
        }
        Ok(dd)
    }

    fn header(&mut self, root: &Element, h: &Header) -> Res<()> {
        let header = self.dom.add(root, "header", "ol-header")?;
        let badges = self.dom.add(&header, "div", "ol-badges")?;
        if let Some(m) = &h.marketplace {
            let mp = self.dom.add_text(&badges, "span", "ol-badge", m.lines.join(" ").as_str())?;
            mp.set_attribute("data-badge", "marketplace")?;
            mp.set_attribute("title", &m.label)?;
        }
        if let Some(kind) = &h.kind {
            self.dom.add_text(&badges, "span", "ol-badge", kind)?.set_attribute("data-badge", "kind")?;
        }
        if let Some(buyer) = &h.buyer_name {
            self.facts(&header, "ol-facts ol-buyer", std::slice::from_ref(buyer))?;
        }
        if let Some(id) = &h.order_id {
            let row = self.dom.add(&header, "div", "ol-order-id")?;
            self.dom.add_text(&row, "span", "ol-label", &id.label)?;
            self.dom.append_text(&row, " ")?;
            // Ids, amounts and ASINs read left to right in an Arabic panel too.
            self.dom.add_outside(&row, "span", "ol-value ol-mono", &id.value)?.set_attribute("dir", "ltr")?;
            self.dom.append_text(&row, " ")?;
            self.button(&row, "ol-button ol-button-small", "copy-order", &id.copy)?;
        }
        if let Some(clock) = &h.clock {
            self.clock(&header, clock)?;
        }
        if h.seller_central.is_some() || h.no_response_needed.is_some() {
            let links = self.dom.add(&header, "div", "ol-links")?;
            if let Some(l) = &h.seller_central {
                self.link(&links, "seller-central", l)?;
            }
            if let Some(l) = &h.no_response_needed {
                self.link(&links, "no-response-needed", l)?;
            }
        }
        Ok(())
    }

    /// The clock pill, and its hint under it (outside, so the pill stays one short line).
    fn clock(&mut self, parent: &Element, clock: &ClockView) -> Res<()> {
        let row = self.dom.add(parent, "div", "ol-clock-row")?;
        let el = self.dom.add(&row, "p", "ol-clock")?;
        el.set_attribute("data-ol", "clock")?;
        fill_clock(self.dom, &el, clock)?;
        self.dom.add_text(&row, "p", "ol-hint ol-muted", &clock.hint)?;
        Ok(())
    }

    fn body(&mut self, root: &Element, body: &Body) -> Res<()> {
        let section = self.dom.add(root, "section", "ol-body")?;
        match body {
            Body::Note(text) => {
                self.dom.add_text(&section, "p", "ol-note", text)?;
            }
            Body::Warning { title, reason, detail } => {
                let box_ = self.dom.add(&section, "div", "ol-alert")?;
                box_.set_attribute("role", "alert")?;
                let heading = self.dom.add(&box_, "p", "")?;
                self.dom.add_text(&heading, "strong", "", title)?;
                self.dom.add_text(&box_, "p", "", reason)?;
                if let Some(detail) = detail {
                    self.dom.add_outside(&box_, "p", "ol-mono", detail)?;
                }
            }
            Body::Loading(text) => {
                let sk = self.dom.add(&section, "div", "ol-loading")?;
                sk.set_attribute("role", "status")?;
                sk.set_attribute("aria-busy", "true")?;
                sk.set_attribute("aria-label", text)?;
                for variant in [
                    "ol-skeleton ol-skeleton--title",
                    "ol-skeleton",
                    "ol-skeleton ol-skeleton--short",
                    "ol-skeleton ol-skeleton--block",
                ] {
                    self.dom.add(&sk, "div", variant)?;
                }
            }
            Body::Error(e) => self.error(&section, e)?,
            Body::Health(h) => self.health(&section, h)?,
            Body::NotConfigured(text) => {
                let p = self.dom.add_text(&section, "p", "ol-notice", text)?;
                p.set_attribute("role", "status")?;
            }
            Body::Presale(p) => self.presale(&section, p)?,
            Body::Order(panel) => self.order(&section, panel)?,
        }
        Ok(())
    }

    fn error(&mut self, parent: &Element, e: &ErrorView) -> Res<()> {
        let box_ = self.dom.add(parent, "div", "ol-alert")?;
        box_.set_attribute("role", "alert")?;
        self.dom.add_text(&box_, "p", "", &e.message)?;
        if let Some(retry) = &e.retry {
            self.button(&box_, "ol-button", "retry", retry)?;
        }
        Ok(())
    }

    fn presale(&mut self, parent: &Element, p: &PresaleView) -> Res<()> {
        self.dom.add_text(parent, "p", "ol-note", &p.note)?;
        if let Some(notice) = &p.notice {
            self.dom.add_text(parent, "p", "ol-notice", notice)?;
        }
        if let Some(find) = &p.find {
            self.button(parent, "ol-button", "find-orders", find)?;
        }
        if let Some(loading) = &p.loading {
            let s = self.dom.add_text(parent, "p", "ol-loading", loading)?;
            s.set_attribute("role", "status")?;
        }
        if !p.orders.is_empty() {
            let list = self.dom.add(parent, "ul", "ol-orders")?;
            list.set_attribute("data-ol", "buyer-orders")?;
            for o in &p.orders {
                let li = self.dom.add(&list, "li", "ol-order-choice")?;
                self.button(&li, "ol-button ol-button-link", "choose-order", &o.open)?;
                for d in &o.details {
                    self.dom.add_outside(&li, "span", "ol-detail", d)?;
                }
            }
        }
        if let Some(empty) = &p.empty {
            self.dom.add_text(parent, "p", "ol-note", empty)?;
        }
        if let Some(e) = &p.error {
            self.error(parent, e)?;
        }
        Ok(())
    }

    fn order(&mut self, parent: &Element, p: &OrderPanel) -> Res<()> {
        let panel = self.dom.add(parent, "div", "ol-panel")?;
        panel.set_attribute("data-ol", "panel")?;
        if !p.badges.is_empty() {
            let badges = self.dom.add(&panel, "div", "ol-badges")?;
            for b in &p.badges {
                self.dom.add_text(&badges, "span", "ol-badge", &b.label)?.set_attribute("data-badge", b.key)?;
            }
        }
        self.facts(&panel, "ol-facts", &p.facts)?;
        if let Some(note) = &p.note {
            self.dom.add_text(&panel, "p", "ol-hint", note)?;
        }

        let items = self.dom.add(&panel, "section", "ol-items")?;
        self.dom.add_text(&items, "h3", "ol-h", &p.items_heading)?;
        let list = self.dom.add(&items, "ul", "ol-item-list")?;
        for item in &p.items {
            let li = self.dom.add(&list, "li", "ol-item")?;
            li.set_attribute("data-ol", "item")?;
            // Two grid cells: the title with its facts, and the line's price.
            let main = self.dom.add(&li, "div", "ol-item-main")?;
            self.dom.add_outside(&main, "p", "ol-item-title", &item.title)?;
            self.facts(&main, "ol-facts", &item.facts)?;
            if let Some(subtotal) = &item.subtotal {
                let price = self.dom.add_text(&li, "span", "ol-item-subtotal", &subtotal.lines.join(" "))?;
                price.set_attribute("data-money", "")?;
                price.set_attribute("dir", "ltr")?;
                price.set_attribute("title", &subtotal.label)?;
            }
        }

        if !p.totals.is_empty() {
            self.facts(&panel, "ol-facts ol-totals", &p.totals)?;
        }
        if let Some(g) = &p.grand_total {
            let total = self.dom.add(&panel, "p", "ol-grand-total")?;
            total.set_attribute("data-ol", "grand-total")?;
            self.dom.add_text(&total, "span", "ol-label", &format!("{} ", g.label))?;
            self.dom.add_text(&total, "strong", "", &g.lines.join(" "))?.set_attribute("dir", "ltr")?;
        }

        if !p.packages.is_empty() {
            let packages = self.dom.add(&panel, "section", "ol-packages")?;
            self.dom.add_text(&packages, "h3", "ol-h", &p.packages_heading)?;
            for package in &p.packages {
                self.facts(&packages, "ol-facts ol-package", package)?;
            }
        }
        self.facts(&panel, "ol-facts ol-address", std::slice::from_ref(&p.address))?;
        Ok(())
    }

    fn composer(&mut self, root: &Element, c: &ComposerView) -> Res<()> {
        let section = self.dom.add(root, "section", "ol-composer")?;
        let title_id = self.ids.id("composer-title");
        let findings_id = self.ids.id("findings");
        self.dom.add_text(&section, "h2", "ol-h", &c.title)?.set_attribute("id", &title_id)?;

        for (hook, label, choices) in
            [("template", &c.template_label, &c.templates), ("reply-lang", &c.lang_label, &c.langs)]
        {
            let row = self.dom.add(&section, "div", "ol-field")?;
            let id = self.ids.id(hook);
            self.dom.add_text(&row, "label", "ol-label", label)?.set_attribute("for", &id)?;
            let select = self.dom.add(&row, "select", "ol-select")?;
            select.set_attribute("id", &id)?;
            select.set_attribute("data-ol", hook)?;
            if hook == "reply-lang" {
                select.set_attribute("data-lang-source", c.lang_source)?;
            }
            for choice in choices {
                let option = self.dom.add_text(&select, "option", "", &choice.label)?;
                option.set_attribute("value", &choice.value)?;
                if choice.selected {
                    option.set_attribute("selected", "")?;
                }
            }
        }

        let textarea = self.dom.add(&section, "textarea", "ol-reply")?;
        textarea.set_attribute("id", &self.ids.id("reply"))?;
        textarea.set_attribute("data-ol", "reply")?;
        textarea.set_attribute("lang", c.text_lang.code())?;
        textarea.set_attribute("dir", c.text_lang.dir())?;
        textarea.set_attribute("rows", "10")?;
        textarea.set_attribute("spellcheck", "true")?;
        textarea.set_attribute("aria-labelledby", &title_id)?;
        textarea.set_attribute("aria-describedby", &findings_id)?;
        if let Some(t) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlTextAreaElement>(&textarea) {
            t.set_value(&c.text);
        }

        let check = self.dom.add(&section, "label", "ol-check")?;
        let input = self.dom.add(&check, "input", "")?;
        input.set_attribute("type", "checkbox")?;
        input.set_attribute("data-ol", "important")?;
        if c.important {
            input.set_attribute("checked", "")?;
        }
        self.dom.append_text(&check, &format!(" {}", c.important_label))?;
        self.dom.add_text(&section, "p", "ol-hint", &c.important_hint)?;

        let findings = self.dom.add(&section, "div", "ol-findings")?;
        findings.set_attribute("id", &findings_id)?;
        findings.set_attribute("data-ol", "findings")?;
        findings.set_attribute("aria-live", "polite")?;
        draw_findings(self.dom, &findings, &c.findings)?;

        self.button(&section, "ol-button ol-button-primary", "insert", &c.insert)?;
        for e in &c.host_errors {
            let alert = self.dom.add(&section, "div", "ol-alert")?;
            alert.set_attribute("role", "alert")?;
            alert.set_attribute("data-ol", "host-error")?;
            alert.set_attribute("data-call", e.call)?;
            self.dom.add_text(&alert, "p", "", &e.message)?;
            if !e.detail.is_empty() {
                self.dom.add_outside(&alert, "p", "ol-mono", &e.detail)?;
            }
        }
        Ok(())
    }
}

/// The clock's text and urgency (also used by the twice-a-minute refresh).
pub fn fill_clock(dom: &Dom, el: &Element, clock: &ClockView) -> Res<()> {
    clear(el);
    el.set_attribute("data-urgency", clock.level.as_str())?;
    dom.append_text(el, &clock.text)?;
    Ok(())
}

/// The findings list (redrawn alone on every keystroke; the textarea is left alone).
pub fn draw_findings(dom: &Dom, container: &Element, f: &FindingsView) -> Res<()> {
    clear(container);
    if !f.summary.is_empty() {
        let class = if f.insertable { "ol-summary" } else { "ol-summary ol-summary-blocked" };
        dom.add_text(container, "p", class, &f.summary)?;
    }
    if f.findings.is_empty() {
        return Ok(());
    }
    let list = dom.add(container, "ul", "ol-finding-list")?;
    for finding in &f.findings {
        let li = dom.add(&list, "li", &format!("ol-finding ol-finding-{}", finding.severity))?;
        li.set_attribute("data-ol", "finding")?;
        li.set_attribute("data-rule", &finding.rule)?;
        li.set_attribute("data-severity", &finding.severity)?;
        dom.add_text(&li, "span", "ol-finding-message", &finding.message)?;
        if !finding.excerpt.is_empty() {
            // A button that selects the offending text in the reply, by UTF-16 offsets.
            let b = dom.add_outside(&li, "button", "ol-excerpt", &finding.excerpt)?;
            b.set_attribute("type", "button")?;
            b.set_attribute("data-ol-select", &format!("{}:{}", finding.start, finding.end))?;
        }
    }
    Ok(())
}
