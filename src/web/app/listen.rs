//! The sidebar's listeners: one delegated listener per event type on the mount element, the
//! clock's timer and the host's ticket changes, each turned into a core [`Event`].

use std::rc::Rc;

use js_sys::Function;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use super::{find, target, App, CLOCK_REFRESH_MS};
use crate::core::lang::Lang;
use crate::core::reply::templates::TemplateId;
use crate::core::view::{ActionEvent, Event};
use crate::web::dom::Res;
use crate::web::host::ticket_from_js;

impl App {
    /// One delegated listener per event type on the mount element, and the clock timer.
    pub fn listen(self: &Rc<Self>) -> Res<()> {
        let app = Rc::clone(self);
        let click = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| app.on_click(&e));
        self.mount.add_event_listener_with_callback("click", click.as_ref().unchecked_ref())?;
        click.forget(); // lives as long as the sidebar

        let app = Rc::clone(self);
        let change = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| app.on_change(&e));
        self.mount.add_event_listener_with_callback("change", change.as_ref().unchecked_ref())?;
        change.forget();

        let app = Rc::clone(self);
        let input = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let area = target(&e).and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok());
            let Some(area) = area else { return };
            match area.get_attribute("data-ol").as_deref() {
                Some("reply") => app.dispatch(Event::Edit(area.value())),
                Some("action-text") => app.dispatch(Event::Action(ActionEvent::Edit(area.value()))),
                _ => {}
            }
        });
        self.mount.add_event_listener_with_callback("input", input.as_ref().unchecked_ref())?;
        input.forget();

        let app = Rc::clone(self);
        let tick = Closure::<dyn FnMut()>::new(move || app.refresh_clock());
        if let Some(w) = web_sys::window() {
            w.set_interval_with_callback_and_timeout_and_arguments_0(tick.as_ref().unchecked_ref(), CLOCK_REFRESH_MS)?;
        }
        tick.forget();

        let app = Rc::clone(self);
        let changed = Closure::<dyn FnMut(JsValue)>::new(move |ticket: JsValue| {
            if ticket.is_undefined() {
                // A host that only says "something changed": ask for the ticket.
                let app = Rc::clone(&app);
                spawn_local(async move {
                    let ticket = app.host.ticket().await;
                    app.dispatch(Event::TicketChanged(ticket));
                });
            } else {
                app.dispatch(Event::TicketChanged(ticket_from_js(&ticket)));
            }
        });
        let callback: &Function = changed.as_ref().unchecked_ref();
        self.host.on_ticket_changed(callback);
        changed.forget();
        self.report_height()
    }

    fn on_click(self: &Rc<Self>, e: &web_sys::Event) {
        let Some(t) = target(e) else { return };
        if let Some(a) = t.closest("a[data-ol-link]").ok().flatten() {
            let url = a.get_attribute("href").unwrap_or_default();
            // The host opens it (new tab, host API); without openUrl the link opens by itself.
            if self.host.open_url(&url) {
                e.prevent_default();
            }
            return;
        }
        if let Some(b) = t.closest("[data-ol-select]").ok().flatten() {
            self.select_in_reply(&b.get_attribute("data-ol-select").unwrap_or_default());
            return;
        }
        let Some(b) = t.closest("[data-ol-action]").ok().flatten() else { return };
        if b.has_attribute("disabled") {
            return;
        }
        let index = b.get_attribute("data-ol-action").and_then(|i| i.parse::<usize>().ok());
        let event = index.and_then(|i| self.actions.borrow().0.get(i).cloned());
        if let Some(event) = event {
            self.dispatch(event);
        }
    }

    fn on_change(self: &Rc<Self>, e: &web_sys::Event) {
        let Some(t) = target(e) else { return };
        let hook = t.get_attribute("data-ol").unwrap_or_default();
        let event = match hook.as_str() {
            "template" => t
                .dyn_ref::<HtmlSelectElement>()
                .and_then(|s| TemplateId::from_name(&s.value()))
                .map(Event::SelectTemplate),
            "reply-lang" => {
                t.dyn_ref::<HtmlSelectElement>().and_then(|s| Lang::reply_from_tag(&s.value())).map(Event::SelectLang)
            }
            "important" => t.dyn_ref::<HtmlInputElement>().map(|_| Event::ToggleImportant),
            "invoice-file" => crate::web::files::chosen(&t).map(|(file, name, size)| {
                *self.chosen_file.borrow_mut() = Some(file);
                Event::Action(ActionEvent::PickFile { name, size })
            }),
            _ => None,
        };
        if let Some(event) = event {
            self.dispatch(event);
        }
    }

    /// Selects a finding's text in the reply (UTF-16 offsets, as the textarea counts).
    fn select_in_reply(&self, range: &str) {
        let Some((start, end)) = range.split_once(':') else { return };
        let (Ok(start), Ok(end)) = (start.parse::<u32>(), end.parse::<u32>()) else { return };
        let area = find(&self.mount, "textarea[data-ol=reply]").and_then(|a| a.dyn_into::<HtmlTextAreaElement>().ok());
        if let Some(area) = area {
            let _ = area.focus();
            let _ = area.set_selection_range(start, end);
        }
    }
}
