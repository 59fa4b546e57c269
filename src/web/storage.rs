//! Where drafts live: `sessionStorage` (per tab and origin, gone with the tab), under
//! `orderlens:<page path>:<core's key>`, so sidebars of two hosts served from one origin (the
//! demo page and a host's own page) keep their drafts apart. Storage may be missing or refuse (a
//! sandboxed frame, a browser that blocks storage in third-party frames, a full quota): then
//! drafts are kept in this page's memory, which covers switching tickets but not a reload, and
//! nothing fails. Core decides what is saved (`core::view::drafts`).

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

fn storage() -> Option<JsValue> {
    let window = web_sys::window()?;
    Reflect::get(&window, &"sessionStorage".into()).ok().filter(|s| s.is_object())
}

fn full_key(key: &str) -> String {
    let path = web_sys::window()
        .and_then(|w| Reflect::get(&w, &"location".into()).ok())
        .and_then(|l| Reflect::get(&l, &"pathname".into()).ok())
        .and_then(|p| p.as_string())
        .unwrap_or_default();
    format!("orderlens:{path}:{key}")
}

fn call(name: &str, args: &[&str]) -> Option<JsValue> {
    let storage = storage()?;
    let f = Reflect::get(&storage, &name.into()).ok()?.dyn_into::<Function>().ok()?;
    let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
    f.apply(&storage, &args).ok()
}

thread_local! {
    /// The drafts of this page, for when session storage refuses them.
    static MEMORY: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// The saved draft, if any.
pub fn load(key: &str) -> Option<String> {
    let key = full_key(key);
    call("getItem", &[&key]).and_then(|v| v.as_string()).or_else(|| MEMORY.with(|m| m.borrow().get(&key).cloned()))
}

/// Saves `draft`, or removes the key for `None`.
pub fn save(key: &str, draft: Option<&str>) {
    let key = full_key(key);
    let stored = match draft {
        Some(json) => call("setItem", &[&key, json]),
        None => call("removeItem", &[&key]),
    };
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        match draft.filter(|_| stored.is_none()) {
            Some(json) => m.insert(key, json.to_string()),
            None => m.remove(&key),
        }
    });
}
