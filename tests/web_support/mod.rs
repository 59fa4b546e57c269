//! What the browser tests share: a JS function from source, and waiting in the page.
#![allow(dead_code)]

use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub fn js(args: &str, body: &str) -> Function {
    Function::new_with_args(args, body)
}

pub async fn sleep(ms: i32) {
    let p: Promise = js("ms", "return new Promise((r) => setTimeout(r, ms));")
        .call1(&JsValue::NULL, &ms.into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let _ = JsFuture::from(p).await;
}

/// Waits (up to ~5 s) until `cond` holds; the sidebar works through promises.
pub async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for {what}");
}
