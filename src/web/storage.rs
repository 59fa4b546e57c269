//! Where drafts live: `sessionStorage` (per tab and origin, gone with the tab), under
//! `orderlens:<page path>:<core's key>`, so sidebars of two hosts served from one origin (the
//! demo page and a host's own page) keep their drafts apart. Storage may be missing or refuse (a
//! sandboxed frame throws on access, a full quota on write): then a draft lives only while its
//! ticket stays open, and nothing fails. Core decides what is saved (`core::view::drafts`).

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

/// The saved draft, if any.
pub fn load(key: &str) -> Option<String> {
    call("getItem", &[&full_key(key)])?.as_string()
}

/// Saves `draft`, or removes the key for `None`.
pub fn save(key: &str, draft: Option<&str>) {
    let key = full_key(key);
    match draft {
        Some(json) => call("setItem", &[&key, json]),
        None => call("removeItem", &[&key]),
    };
}
