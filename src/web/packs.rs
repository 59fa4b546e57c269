//! Language packs from the sidebar's own origin: `lang/<code>.olp` beside boot.js (or beside the
//! page when boot.js did not say where), fetched with gloo-net once per session, read and
//! installed (`core::lang::packs`). A pack is asked for at most once: the UI language's is
//! started by `mount` before the ticket is even asked for, and a later `load` of it waits for
//! that same fetch.

use std::cell::RefCell;
use std::collections::HashMap;

use gloo_net::http::Request;
use wasm_bindgen_futures::spawn_local;

use crate::core::lang::pack_file;
use crate::core::lang::packs::{install, is_loaded};
use crate::core::lang::Lang;

type Waiter = Box<dyn FnOnce(bool)>;

enum Slot {
    Loading(Vec<Waiter>),
    Done(bool),
}

thread_local! {
    static BASE: RefCell<String> = RefCell::new("lang/".to_string());
    static SLOTS: RefCell<HashMap<Lang, Slot>> = RefCell::new(HashMap::new());
}

/// Where the pack files are (a URL ending in `/`), from boot.js.
pub fn set_base(url: String) {
    BASE.with(|b| *b.borrow_mut() = url);
}

/// Starts loading `lang`'s pack unless it is here or on its way.
pub fn prefetch(lang: Lang) {
    load(lang, |_| ());
}

/// Loads `lang`'s pack and calls `done` with whether it is installed (at once if known).
pub fn load(lang: Lang, done: impl FnOnce(bool) + 'static) {
    if is_loaded(lang) {
        return done(true);
    }
    let known = SLOTS.with(|s| match s.borrow().get(&lang) {
        Some(Slot::Done(ok)) => Some(*ok),
        _ => None,
    });
    if let Some(ok) = known {
        return done(ok);
    }
    let first = SLOTS.with(|s| match s.borrow_mut().entry(lang).or_insert_with(|| Slot::Loading(Vec::new())) {
        Slot::Loading(waiters) => {
            waiters.push(Box::new(done));
            waiters.len() == 1
        }
        Slot::Done(_) => false,
    });
    if first {
        spawn_local(async move {
            let ok = fetch(lang).await;
            let waiters = SLOTS.with(|s| match s.borrow_mut().insert(lang, Slot::Done(ok)) {
                Some(Slot::Loading(waiters)) => waiters,
                _ => Vec::new(),
            });
            for waiter in waiters {
                waiter(ok);
            }
        });
    }
}

/// Fetches, reads and installs the pack; false when any step fails (offline, blocked, a 404, a
/// pack of another version or language, damaged bytes).
async fn fetch(lang: Lang) -> bool {
    let url = BASE.with(|b| format!("{}{}.olp", b.borrow(), lang.code()));
    let Ok(response) = Request::get(&url).send().await else { return false };
    if !response.ok() {
        return false;
    }
    let Ok(bytes) = response.binary().await else { return false };
    match pack_file::read(&bytes) {
        Ok(pack) if pack.lang == lang => {
            install(pack);
            true
        }
        _ => false,
    }
}
