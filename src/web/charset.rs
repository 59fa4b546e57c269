//! Legacy charsets through the browser's `TextDecoder`: the release wasm carries no charset
//! tables, and the browser already knows every charset Amazon's mail uses.

use js_sys::{Array, Function, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

/// `new TextDecoder(label, {fatal: true}).decode(bytes)`; `None` for an unknown label or bytes
/// that are not valid in that charset (the text then stays as it was).
pub fn decode(label: &str, bytes: &[u8]) -> Option<String> {
    let ctor = Reflect::get(&js_sys::global(), &"TextDecoder".into()).ok()?.dyn_into::<Function>().ok()?;
    let options = js_sys::Object::new();
    Reflect::set(&options, &"fatal".into(), &JsValue::TRUE).ok()?;
    let decoder = Reflect::construct(&ctor, &Array::of2(&label.into(), &options)).ok()?;
    let method = Reflect::get(&decoder, &"decode".into()).ok()?.dyn_into::<Function>().ok()?;
    method.call1(&decoder, &Uint8Array::from(bytes)).ok()?.as_string()
}
