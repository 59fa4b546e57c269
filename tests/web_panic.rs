//! The panic hook in a real browser: after a panic (which aborts the wasm module) every mounted
//! sidebar shows that orderlens failed on this ticket and what to do, as text, and the console
//! has the report. Its own test binary: the module is not trusted after the panic.
#![cfg(target_arch = "wasm32")]

use js_sys::Reflect;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

mod web_support;

use web_support::{js, until};

wasm_bindgen_test_configure!(run_in_browser);

fn state(root: &HtmlElement) -> Option<String> {
    root.query_selector("[data-ol=root]").unwrap().and_then(|r| r.get_attribute("data-state"))
}

#[wasm_bindgen_test]
async fn a_panic_leaves_a_notice_with_what_to_do_in_every_sidebar() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = js(
        "",
        r#"return { locale: () => "en-US", ticket: () => ({ id: 4711, subject: "Invoice",
                    requester: { email: "anna@example.com" }, comments: [] }) };"#,
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let root: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    orderlens::web::mount(root.clone(), host).unwrap();
    until("the first draw", || state(&root).is_some()).await;
    assert_eq!(state(&root).as_deref(), Some("not-amazon"));

    // Record console.error, then panic inside a call from JS (as a host callback would be).
    js("", "window.__errors = []; const e = console.error; console.error = (...a) => { window.__errors.push(a.join(' ')); e(...a); };")
        .call0(&JsValue::NULL)
        .unwrap();
    let panic = Closure::<dyn FnMut()>::new(orderlens::web::panic_for_test);
    let outcome = js("f", "try { f(); return 'returned'; } catch (e) { return 'threw ' + e; }")
        .call1(&JsValue::NULL, panic.as_ref())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(outcome.starts_with("threw"), "{outcome}");

    assert_eq!(state(&root).as_deref(), Some("failed"));
    let alert = root.query_selector("[role=alert]").unwrap().expect("the notice");
    let text = alert.text_content().unwrap();
    assert!(text.contains("orderlens failed on this ticket."), "{text}");
    assert!(text.contains("Reload the app or open the ticket again."), "{text}");
    assert!(text.contains("Ticket ID: 4711"), "{text}");
    assert_eq!(root.query_selector("script, img, a, button").unwrap(), None, "text only");
    let errors = Reflect::get(&js_sys::global(), &"__errors".into()).unwrap();
    let errors: js_sys::Array = errors.dyn_into().unwrap();
    let logged: Vec<String> = errors.iter().filter_map(|e| e.as_string()).collect();
    assert!(logged.iter().any(|e| e.contains("orderlens failed") && e.contains("a deliberate panic")), "{logged:?}");
}
