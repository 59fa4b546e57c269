//! The last line of defence. The sidebar's wasm aborts on a panic (`panic = "abort"`), which leaves
//! the module dead and the agent looking at a frozen frame. The hook draws into every mounted
//! sidebar that orderlens failed on this ticket and what to do (reload the app, open the ticket
//! again, report it with the ticket's id), as text, and reports the panic to the console. The
//! fixes keep panics away; this keeps a missed one from looking like a hang.

use std::cell::RefCell;
use std::sync::Once;

use web_sys::HtmlElement;

use crate::core::lang::Lang;
use crate::core::view::failed;

use super::dom::{clear, Dom};
use super::draw::{Actions, Drawer, Ids};

/// A mounted sidebar and what its failure notice needs.
struct Watched {
    mount: HtmlElement,
    lang: Lang,
    ticket_id: Option<String>,
}

thread_local! {
    static WATCHED: RefCell<Vec<Watched>> = const { RefCell::new(Vec::new()) };
}

/// Puts `mount` under the hook (installed with the first sidebar).
pub fn watch(mount: &HtmlElement, lang: Lang) {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        // Not chained to the previous hook: keeping std's default hook callable costs 2.5 KB
        // of the gzipped download, and on wasm32 it prints nowhere anyway.
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("orderlens failed: {info}").into());
            show_failure();
        }));
    });
    WATCHED.with(|w| w.borrow_mut().push(Watched { mount: mount.clone(), lang, ticket_id: None }));
}

/// The ticket now open in `mount`, for the notice to name.
pub fn ticket_opened(mount: &HtmlElement, ticket_id: Option<&str>) {
    WATCHED.with(|w| {
        for watched in w.borrow_mut().iter_mut().filter(|w| w.mount == *mount) {
            watched.ticket_id = ticket_id.map(str::to_string);
        }
    });
}

/// Replaces each sidebar with the failure notice. Runs inside a panic: it only tries (a borrow
/// held when the panic struck, or a DOM call that fails, leaves that sidebar as it was).
fn show_failure() {
    let _ = WATCHED.try_with(|w| {
        let (Ok(watched), Some(dom)) = (w.try_borrow(), Dom::new()) else { return };
        let ids = Ids { prefix: "ol-failed".into() };
        for sidebar in watched.iter() {
            let view = failed(sidebar.lang, sidebar.ticket_id.as_deref());
            let mut actions = Actions::default();
            if let Ok(root) = (Drawer { dom: &dom, ids: &ids, actions: &mut actions }).sidebar(&view) {
                clear(&sidebar.mount);
                let _ = sidebar.mount.append_child(&root);
            }
        }
    });
}

/// Panics on purpose: only for the browser test of the hook (tests/web_panic.rs). Not exported
/// from the wasm module, so the release build drops it.
#[doc(hidden)]
pub fn panic_for_test() {
    panic!("a deliberate panic to test the panic hook");
}
