//! Where drafts live, under `orderlens:<page path>:<core's key>` (so sidebars of two hosts
//! served from one origin keep their drafts apart): with the host when it offers
//! `loadDraft`/`saveDraft` (docs/host-interface.md; a helpdesk frame is third-party, and browsers
//! that block third-party storage refuse its `sessionStorage`), else in `sessionStorage` (per tab
//! and origin, gone with the tab). Where both are missing or refuse (a sandboxed frame, a full
//! quota), drafts are kept in this page's memory: that covers switching tickets but not a
//! reload, and nothing fails. Core decides what is saved (`core::view::drafts`).

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::host::Host;

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
pub async fn load(host: &Host, key: &str) -> Option<String> {
    let key = full_key(key);
    let kept = match host.load_draft(&key).await {
        Some(kept) => kept,
        None => call("getItem", &[&key]).and_then(|v| v.as_string()),
    };
    kept.or_else(|| MEMORY.with(|m| m.borrow().get(&key).cloned()))
}

/// Saves `draft`, or removes the key for `None`.
pub fn save(host: &Host, key: &str, draft: Option<&str>) {
    let key = full_key(key);
    let stored = if host.save_draft(&key, draft) {
        Some(JsValue::UNDEFINED)
    } else {
        match draft {
            Some(json) => call("setItem", &[&key, json]),
            None => call("removeItem", &[&key]),
        }
    };
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        match draft.filter(|_| stored.is_none()) {
            Some(json) => m.insert(key, json.to_string()),
            None => m.remove(&key),
        }
    });
}
