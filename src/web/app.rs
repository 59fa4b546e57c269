//! The app loop: events in a queue, [`update`] on the core state, a render, then the effects
//! (proxy requests, host calls). The queue makes dispatch re-entrant-safe: a host that calls back
//! synchronously (an `onTicketChanged` inside `insertReply`) only adds to the queue.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, HtmlElement};

use crate::core::view::{
    first_view, update, view, ActionEvent, Effect, Event, HostCall, OrderState, SidebarView, State, ViewState,
};

use super::dom::{clear, Dom, Res};
use super::draw::{Actions, Drawer, Ids};
use super::focus::remembered_focus;
use super::host::Host;
use super::later::{after_ms, after_next_frame};
use super::zones::{now, BrowserZones};

mod listen;
mod refresh;

/// Name of the performance mark set once the order panel is in the DOM.
pub const PANEL_PAINTED: &str = "orderlens-panel-painted";

/// How often the 24-hour clock is redrawn.
const CLOCK_REFRESH_MS: i32 = 30_000;

/// How long the first draw waits for the order. The page shows a skeleton until the sidebar
/// draws; a cached order answers within milliseconds, and drawing our own loading state first
/// would cost a render and a layout that nobody sees. A slow proxy gets the loading state.
const FIRST_DRAW_GRACE_MS: i32 = 100;

/// How long the rest of the sidebar waits for the frame that shows the first panel, in case no
/// frame comes (a hidden sidebar frame draws none).
const REST_FALLBACK_MS: i32 = 100;

pub struct App {
    host: Host,
    dom: Dom,
    mount: HtmlElement,
    ids: Ids,
    zones: BrowserZones,
    state: RefCell<State>,
    actions: RefCell<Actions>,
    queue: RefCell<VecDeque<Event>>,
    busy: Cell<bool>,
    panel_shown: Cell<bool>,
    /// The first panel of the ticket is drawn and the rest of the sidebar is still to come.
    rest_pending: Cell<bool>,
    /// A callback for the next animation frame is waiting (`draw_whole_after_paint`).
    frame_asked: Cell<bool>,
    /// The file the agent last chose for an invoice, until core asks for it to be read.
    chosen_file: RefCell<Option<JsValue>>,
}

thread_local! {
    static MOUNTS: Cell<u32> = const { Cell::new(0) };
}

impl App {
    pub fn new(mount: HtmlElement, host: Host, state: State) -> Option<Rc<App>> {
        let n = MOUNTS.with(|m| {
            m.set(m.get() + 1);
            m.get()
        });
        super::panic::watch(&mount, state.lang);
        Some(Rc::new(App {
            host,
            dom: Dom::new()?,
            mount,
            ids: Ids { prefix: format!("ol{n}") },
            zones: BrowserZones::default(),
            state: RefCell::new(state),
            actions: RefCell::new(Actions::default()),
            queue: RefCell::new(VecDeque::new()),
            busy: Cell::new(false),
            panel_shown: Cell::new(false),
            rest_pending: Cell::new(false),
            frame_asked: Cell::new(false),
            chosen_file: RefCell::new(None),
        }))
    }

    pub fn dispatch(self: &Rc<Self>, event: Event) {
        self.queue.borrow_mut().push_back(event);
        if self.busy.replace(true) {
            return; // the running loop below picks it up
        }
        loop {
            let Some(event) = self.queue.borrow_mut().pop_front() else { break };
            if let Event::TicketChanged(ticket) = &event {
                let id = ticket.as_ref().ok().and_then(|t| t.as_ref()).map(|t| t.id.as_str());
                super::panic::ticket_opened(&self.mount, id);
            }
            let typing = matches!(event, Event::Edit(_));
            let typing_action = matches!(event, Event::Action(ActionEvent::Edit(_)));
            let effects = update(&mut self.state.borrow_mut(), event);
            // Effects first: an order request is on the wire while the sidebar draws.
            for effect in effects {
                self.run(effect);
            }
            // Typing redraws only the findings: the textarea keeps focus, caret and undo history.
            if typing {
                self.refresh_findings();
            } else if typing_action {
                self.refresh_action();
            } else if self.first_draw_waits_for_order() {
                self.render_later(FIRST_DRAW_GRACE_MS);
            } else {
                self.render();
            }
        }
        self.busy.set(false);
    }

    fn first_draw_waits_for_order(&self) -> bool {
        let loading = self.state.borrow().open().is_some_and(|t| matches!(t.order, OrderState::Loading));
        loading && !self.mount.has_child_nodes()
    }

    /// Draws after `ms` unless something was drawn meanwhile.
    fn render_later(self: &Rc<Self>, ms: i32) {
        let app = Rc::clone(self);
        after_ms(ms, move || {
            if !app.mount.has_child_nodes() {
                app.render();
            }
        });
    }

    /// The whole sidebar, once the browser has shown the first panel: in the first task after
    /// the next animation frame, or after [`REST_FALLBACK_MS`] in a frame that is not drawn
    /// (hidden), whichever comes first; unless a draw meanwhile drew it all.
    fn draw_whole_after_paint(self: &Rc<Self>) {
        self.rest_pending.set(true);
        let rest = |app: Rc<App>| {
            move || {
                if app.rest_pending.get() {
                    app.draw(true);
                }
            }
        };
        // One frame callback at a time: in a hidden frame it waits until the frame is shown, and
        // one per ticket opened meanwhile would pile up. Whichever draw is due then, it draws.
        if !self.frame_asked.replace(true) {
            let draw = rest(Rc::clone(self));
            let app = Rc::clone(self);
            after_next_frame(move || {
                app.frame_asked.set(false);
                draw();
            });
        }
        after_ms(REST_FALLBACK_MS, rest(Rc::clone(self)));
    }

    fn current_view(&self) -> SidebarView {
        view(&self.state.borrow(), now(), &self.zones)
    }

    fn render(self: &Rc<Self>) {
        if self.rest_pending.get() {
            return; // the whole sidebar is drawn right after the paint, from the state as it is then
        }
        // A ticket's first order panel goes up alone; what lies below it follows after the paint.
        let first_panel =
            !self.panel_shown.get() && self.state.borrow().open().is_some_and(|t| t.loaded_order().is_some());
        self.draw(!first_panel);
    }

    /// Draws the sidebar, or with `whole` false only what the agent sees first ([`first_view`]),
    /// and then the whole of it after the paint.
    fn draw(self: &Rc<Self>, whole: bool) {
        self.rest_pending.set(false);
        let view = if whole { self.current_view() } else { first_view(&self.state.borrow(), now(), &self.zones) };
        let focus = remembered_focus(&self.mount);
        let mut actions = Actions::default();
        let built = Drawer { dom: &self.dom, ids: &self.ids, actions: &mut actions }.sidebar(&view);
        let Ok(root) = built else { return };
        if !whole {
            // Screen readers (and tests) wait for the whole sidebar, which the next draw brings.
            let _ = root.set_attribute("aria-busy", "true");
        }
        clear(&self.mount);
        if self.mount.append_child(&root).is_err() {
            return;
        }
        *self.actions.borrow_mut() = actions;
        if let Some(focus) = focus {
            focus.restore(&root);
        }
        let panel = view.state == ViewState::Order;
        if panel && !self.panel_shown.get() {
            if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
                // The browser keeps every mark until cleared: one per panel would grow all day.
                perf.clear_marks_with_mark_name(PANEL_PAINTED);
                let _ = perf.mark(PANEL_PAINTED);
            }
        }
        self.panel_shown.set(panel);
        if !whole {
            self.draw_whole_after_paint();
        }
    }

    /// Tells the host the sidebar's height whenever it changes. A ResizeObserver reads it after
    /// the browser's own layout; reading it after each render would force an extra layout.
    fn report_height(self: &Rc<Self>) -> Res<()> {
        let app = Rc::clone(self);
        let changed = Closure::<dyn FnMut()>::new(move || {
            let height = app.mount.offset_top() + app.mount.offset_height();
            app.host.resize(height.max(0));
        });
        web_sys::ResizeObserver::new(changed.as_ref().unchecked_ref())?.observe(&self.mount);
        changed.forget(); // lives as long as the sidebar
        Ok(())
    }

    fn run(self: &Rc<Self>, effect: Effect) {
        let app = Rc::clone(self);
        match effect {
            Effect::Request { purpose, request } => {
                let answer = app.host.request(&request);
                spawn_local(async move {
                    let result = answer.await;
                    app.dispatch(Event::Answer { purpose, result });
                });
            }
            Effect::Copy(text) => copy_to_clipboard(&text),
            Effect::InsertReply(text) => {
                self.host_call(HostCall::InsertReply, async move { app.host.insert_reply(&text).await })
            }
            Effect::AddTags(tags) => self.host_call(HostCall::AddTags, async move { app.host.add_tags(&tags).await }),
            Effect::SetFields(fields) => {
                self.host_call(HostCall::SetFields, async move { app.host.set_fields(&fields).await })
            }
            Effect::LoadPack(lang) => {
                super::packs::load(lang, move |loaded| app.dispatch(Event::PackLoaded { lang, loaded }))
            }
            Effect::RelatedTickets { generation, query } => spawn_local(async move {
                let result = app.host.related_tickets(&query.to_json()).await;
                app.dispatch(Event::Related { generation, result });
            }),
            Effect::LoadDraft { generation, key } => spawn_local(async move {
                let draft = super::storage::load(&app.host, &key).await;
                app.dispatch(Event::DraftLoaded { generation, draft });
            }),
            Effect::SaveDraft { key, draft } => super::storage::save(&self.host, &key, draft.as_deref()),
            Effect::ReadFile => {
                let Some(file) = self.chosen_file.borrow_mut().take() else { return };
                spawn_local(async move {
                    if let Some(base64) = super::files::read_base64(file).await {
                        app.dispatch(Event::Action(ActionEvent::FileRead(base64)));
                    }
                });
            }
        }
    }

    /// Carries out a host call the agent started; a failure (a throw or a rejection, with an
    /// `Error` or a string) goes back through [`update`] so the agent sees it beside the button.
    fn host_call(self: &Rc<Self>, call: HostCall, done: impl Future<Output = Result<(), String>> + 'static) {
        let app = Rc::clone(self);
        let generation = self.state.borrow().generation;
        spawn_local(async move {
            if let Err(message) = done.await {
                app.dispatch(Event::HostFailed { call, message, generation });
            }
        });
    }
}

fn target(e: &web_sys::Event) -> Option<Element> {
    e.target()?.dyn_into::<Element>().ok()
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// `navigator.clipboard.writeText(text)`, when the page may use the clipboard.
fn copy_to_clipboard(text: &str) {
    let Some(window) = web_sys::window() else { return };
    let clipboard = Reflect::get(&window, &"navigator".into()).and_then(|n| Reflect::get(&n, &"clipboard".into()));
    let Ok(clipboard) = clipboard else { return };
    if let Ok(write) = Reflect::get(&clipboard, &"writeText".into()).and_then(|f| f.dyn_into::<Function>()) {
        // The promise may reject (no permission in an iframe); there is nothing better to do then.
        if let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                });
            }
        }
    }
}
