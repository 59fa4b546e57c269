//! The invoice's file, from the `<input type=file>` to base64 text: `FileReader.readAsDataURL`,
//! reached through `Reflect` (no `eval`, which the sidebar's CSP forbids, and no extra web-sys
//! features). Core decides whether a file is worth reading (`core::view::invoice_file`).

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

/// The input's first file with its name and size in bytes.
pub fn chosen(input: &Element) -> Option<(JsValue, String, u64)> {
    let files = Reflect::get(input, &"files".into()).ok()?;
    let file = Reflect::get(&files, &0.into()).ok().filter(|f| f.is_object())?;
    let name = Reflect::get(&file, &"name".into()).ok()?.as_string()?;
    let size = Reflect::get(&file, &"size".into()).ok()?.as_f64()?;
    Some((file, name, size.max(0.0) as u64))
}

/// The file's bytes as base64 (the data URL's payload); `None` when the browser cannot read it.
pub async fn read_base64(file: JsValue) -> Option<String> {
    let window = web_sys::window()?;
    let ctor: Function = Reflect::get(&window, &"FileReader".into()).ok()?.dyn_into().ok()?;
    let reader = Reflect::construct(&ctor, &Array::new()).ok()?;
    let done = Promise::new(&mut |resolve: Function, reject: Function| {
        let r = reader.clone();
        let onload = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &Reflect::get(&r, &"result".into()).unwrap_or_default());
        });
        let onerror = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        let _ = Reflect::set(&reader, &"onload".into(), &onload);
        let _ = Reflect::set(&reader, &"onerror".into(), &onerror);
    });
    let read: Function = Reflect::get(&reader, &"readAsDataURL".into()).ok()?.dyn_into().ok()?;
    read.call1(&reader, &file).ok()?;
    let url = JsFuture::from(done).await.ok()?.as_string()?;
    url.split_once(";base64,").map(|(_, data)| data.to_string())
}
