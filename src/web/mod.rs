//! The sidebar shell (wasm only): asks the host for the ticket and settings, runs core, calls the
//! proxy through `host.request` (never `fetch`: the host keeps the secrets) and draws core's view
//! model with web-sys. Every string from outside becomes a text node. Contract with the hosts:
//! docs/host-interface.md; DOM structure and classes: docs/sidebar-dom.md.

mod app;
mod dom;
mod draw;
mod draw_ops;
mod files;
mod focus;
mod host;
mod later;
mod packs;
mod panic;
mod storage;
mod zones;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;

use crate::core::lang::Lang;
use crate::core::view::{Event, State};

pub use app::PANEL_PAINTED;
#[doc(hidden)]
pub use panic::panic_for_test;

/// Mounts the sidebar into `root` and talks to `host` (the object of docs/host-interface.md).
/// Returns at once; the sidebar draws itself when the host has answered with the ticket.
#[wasm_bindgen]
pub fn mount(root: web_sys::HtmlElement, host: JsValue) -> Result<(), JsValue> {
    let host = host::Host::new(host);
    if !host.has("ticket") {
        return Err(JsValue::from_str("orderlens: the host object has no ticket() method"));
    }
    let lang = Lang::ui_from_tag(&host.locale());
    // The UI language's pack is on its way while the host looks up settings and ticket.
    packs::prefetch(lang);
    // Both questions at once: the ticket is what the order request waits for. The host kits
    // (www/hosts/common.js, the extension) answer settings() with a value, so the sidebar listens
    // for ticket changes in the same task as it asked for the ticket: no switch falls between.
    let ticket = host.ticket();
    let settings = host.settings();
    spawn_local(async move {
        let mut state = State::new(lang, settings.await);
        state.host_has_related = host.has("relatedTickets");
        let Some(app) = app::App::new(root, host.clone(), state) else { return };
        if app.listen().is_err() {
            return;
        }
        let ticket = ticket.await;
        app.dispatch(Event::TicketChanged(ticket));
    });
    Ok(())
}

/// Where the language pack files are: a URL ending in `/` (boot.js passes `lang/` beside itself).
/// Without it they are looked for in `lang/` beside the page.
#[wasm_bindgen]
pub fn packs_from(url: String) {
    packs::set_base(url);
}
