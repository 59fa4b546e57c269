//! Work for later on the page's own clock: after some milliseconds, or after the browser has
//! drawn its next frame.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` once after `ms` milliseconds.
pub fn after_ms(ms: i32, f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms);
    }
}

/// Runs `f` once in the first task after the next animation frame: by then the browser has
/// styled, laid out and painted what the page changed before it. A frame that is not drawn
/// (a hidden iframe) has no animation frames, and `f` waits until it is shown.
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    let next_frame = Closure::once_into_js(move || after_ms(0, f));
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(next_frame.unchecked_ref());
    }
}
