//! The sidebar in a real browser (headless Chromium via `wasm-pack test`): mounted on a fake host
//! object, every state drawn, the composer used with keyboard-like events, and hostile strings
//! from mail and proxy shown inert and intact.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, Reflect};
use serde_json::{json, Value};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

mod web_support;

use web_support::{js, sleep, until};

wasm_bindgen_test_configure!(run_in_browser);

const ALIAS: &str = "abc1234567890xyz@marketplace.amazon.de";
const ORDER: &str = "302-1234567-1234567";

// ---------------------------------------------------------------------------------------------
// The fake host and DOM helpers (plain JS, so the test needs no extra web-sys features)

/// A host answering from `responses`: `{ "/v1/orders/…": [answer, answer…] }` (matched by path
/// prefix; each call takes the next answer, the last repeats). An answer is `{status, body}`,
/// `"network"` (the promise rejects) or `"pending"` (never answers). Calls are logged on `host.log`.
const FAKE_HOST: &str = r#"
const log = { requests: [], inserted: [], tags: [], fields: [], opened: [], resized: [] };
const host = {
  log,
  ticket: () => Promise.resolve(ticket),
  onTicketChanged: (cb) => { host.changed = cb; },
  insertReply: (text) => { log.inserted.push(text); return Promise.resolve(); },
  setFields: (map) => { log.fields.push(map); return Promise.resolve(); },
  addTags: (list) => { log.tags.push(list); return Promise.resolve(); },
  resize: (h) => { log.resized.push(h); },
  locale: () => locale,
  openUrl: (url) => { log.opened.push(url); },
  settings: () => settings,
  request: (req) => {
    log.requests.push(req);
    // The longest matching prefix: "/v1/orders/X/messaging-actions" before "/v1/orders/X".
    const key = Object.keys(responses).filter((k) => req.path.startsWith(k)).sort((a, b) => b.length - a.length)[0];
    const queue = key ? responses[key] : [{ status: 404, body: "{}" }];
    const answer = queue.length > 1 ? queue.shift() : queue[0];
    if (answer === "network") return Promise.reject(new TypeError("Failed to fetch"));
    if (answer === "pending") return new Promise(() => {});
    return Promise.resolve({ status: answer.status, body: typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body) });
  },
};
return host;
"#;

fn fake_host(ticket: Value, settings: Value, responses: Value, locale: &str) -> JsValue {
    let parse = |v: &Value| js_sys::JSON::parse(&v.to_string()).expect("test JSON");
    let args = Array::of4(&parse(&ticket), &parse(&settings), &parse(&responses), &JsValue::from_str(locale));
    js("ticket, settings, responses, locale", FAKE_HOST).apply(&JsValue::NULL, &args).expect("fake host")
}

fn configured() -> Value {
    json!({ "proxyConfigured": true, "sellerName": "Beispiel GmbH" })
}

fn de_ticket(with_order: bool) -> Value {
    let subject = if with_order {
        format!("Frage von Amazon-Kunde Jürgen Weber (Bestellung: {ORDER})")
    } else {
        "Frage von Amazon-Kunde Jürgen Weber".to_string()
    };
    json!({
        "id": "7", "subject": subject,
        "requester": { "email": ALIAS, "name": "Jürgen Weber" },
        "comments": [{ "author": { "email": ALIAS, "role": "requester" }, "body_text": "Wo bleibt meine Bestellung?",
                       "created_at": "2026-01-15T08:00:00Z" }]
    })
}

fn order_json() -> Value {
    json!({
        "orderId": ORDER, "marketplace": "DE", "marketplaceId": "A1PA6795UKMFR9", "status": "SHIPPED",
        "created": "2026-01-10T08:15:00Z", "updated": "2026-01-11T09:00:00Z", "fulfilledBy": "MERCHANT",
        "prime": true, "business": false,
        "items": [{ "orderItemId": "1", "asin": "B0TESTASIN", "sku": "KAFFEE-1", "title": "Kaffeemühle Deluxe", "quantity": 2,
                    "unitPrice": { "amount": "600.00", "currency": "EUR" }, "subtotal": { "amount": "1200.00", "currency": "EUR" } },
                  { "orderItemId": "2", "asin": "B0SECOND00", "title": "Filter", "quantity": 1 }],
        "total": { "amount": "1234.56", "currency": "EUR" },
        "packages": [{ "carrier": "DHL", "trackingNumber": "00340434161234567890" }]
    })
}

fn ok(body: Value) -> Value {
    json!({ "status": 200, "body": body })
}

fn orders_path() -> String {
    format!("/v1/orders/{ORDER}")
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the sidebar into a fresh container.
fn mount(host: &JsValue) -> HtmlElement {
    let doc = document();
    let container: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&container).unwrap();
    // Drafts live in sessionStorage: one test's typing must not come back in the next.
    js("", "sessionStorage.clear();").call0(&JsValue::NULL).unwrap();
    orderlens::web::mount(container.clone(), host.clone()).expect("mount");
    container
}

fn q(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into().ok()).collect()
}

fn state(root: &Element) -> Option<String> {
    q(root, "[data-ol=root]").and_then(|r| r.get_attribute("data-state"))
}

/// Until the sidebar is in state `want` and whole: a ticket's first order panel goes up alone
/// (`aria-busy`), the composer and the blocks below it follow after the paint.
async fn until_state(root: &Element, want: &str) {
    let busy = || q(root, "[data-ol=root]").is_some_and(|r| r.has_attribute("aria-busy"));
    until(want, || state(root).as_deref() == Some(want) && !busy()).await;
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().expect("an HTML element").click();
}

/// Types `value` into a textarea the way a browser reports it (value, then a bubbling `input`).
fn type_into(el: &Element, value: &str) {
    js("el, v", "el.focus(); el.value = v; el.dispatchEvent(new Event('input', { bubbles: true }));")
        .call2(&JsValue::NULL, el, &value.into())
        .unwrap();
}

fn change(el: &Element, value: Option<&str>) {
    js("el, v", "if (v !== undefined) el.value = v; else el.checked = !el.checked; el.dispatchEvent(new Event('change', { bubbles: true }));")
        .call2(&JsValue::NULL, el, &value.map_or(JsValue::UNDEFINED, JsValue::from_str))
        .unwrap();
}

fn log(host: &JsValue, name: &str) -> Array {
    Reflect::get(&Reflect::get(host, &"log".into()).unwrap(), &name.into()).unwrap().dyn_into().unwrap()
}

fn active_element() -> Option<Element> {
    document().active_element()
}

// ---------------------------------------------------------------------------------------------
// States

#[wasm_bindgen_test]
async fn not_amazon_is_one_quiet_line_and_asks_nothing() {
    let ticket = json!({ "subject": "Invoice", "requester": { "email": "anna@example.com" },
        "comments": [{ "author": { "role": "requester" }, "body_text": "Please send the invoice." }] });
    let host = fake_host(ticket, configured(), json!({}), "en-US");
    let root = mount(&host);
    until_state(&root, "not-amazon").await;
    assert_eq!(text(&root).trim(), "Not an Amazon ticket.");
    assert!(q(&root, "[data-ol=composer], textarea, a").is_none());
    assert_eq!(log(&host, "requests").length(), 0);
}

#[wasm_bindgen_test]
async fn a_look_alike_warns_and_offers_no_links() {
    let ticket = json!({ "subject": format!("Frage von Amazon-Kunde Max (Bestellung: {ORDER})"),
        "requester": { "email": "abc1234567890xyz@marketplace.amazon.de.secure-login.io" },
        "comments": [{ "author": { "role": "requester" }, "body_text": "Konto bestätigen: https://evil.example/login" }] });
    let host = fake_host(ticket, configured(), json!({}), "en-US");
    let root = mount(&host);
    until_state(&root, "suspicious").await;
    let alert = q(&root, "[role=alert]").expect("a warning");
    assert!(text(&alert).contains("Do not click links; report it to Amazon."), "{}", text(&alert));
    assert!(text(&alert).contains("marketplace.amazon.de.secure-login.io"));
    assert!(q(&root, "a, button, textarea").is_none());
    assert_eq!(log(&host, "requests").length(), 0);
}

#[wasm_bindgen_test]
async fn presale_finds_the_buyers_orders_and_opens_one() {
    let buyers = format!("/v1/buyers/{ALIAS}/orders");
    let responses = json!({
        buyers.clone(): [ok(json!({ "marketplace": "DE", "orders": [{ "orderId": ORDER, "status": "Shipped", "purchased": "2026-01-10T08:15:00Z" }] }))],
        orders_path(): [ok(order_json())]
    });
    let host = fake_host(de_ticket(false), configured(), responses, "en-US");
    let root = mount(&host);
    until_state(&root, "presale").await;
    assert!(text(&root).contains("Amazon message without an order number"));
    assert_eq!(log(&host, "requests").length(), 0, "nothing is asked before the agent wants it");
    click(&q(&root, "[data-ol=find-orders]").expect("the lookup button"));
    until("the buyer's orders", || q(&root, "[data-ol=choose-order]").is_some()).await;
    let request = log(&host, "requests").get(0);
    assert_eq!(
        Reflect::get(&request, &"path".into()).unwrap().as_string().unwrap(),
        format!("{buyers}?marketplace=DE")
    );
    let choice = q(&root, "[data-ol=choose-order]").unwrap();
    assert_eq!(text(&choice), ORDER);
    click(&choice);
    until_state(&root, "order").await;
    assert_eq!(all(&root, "[data-ol=item]").len(), 2);
}

#[wasm_bindgen_test]
async fn presale_without_recent_orders_says_so() {
    let responses = json!({ format!("/v1/buyers/{ALIAS}/orders"): [ok(json!({ "marketplace": "DE", "orders": [] }))] });
    let host = fake_host(de_ticket(false), configured(), responses, "en-US");
    let root = mount(&host);
    until_state(&root, "presale").await;
    click(&q(&root, "[data-ol=find-orders]").unwrap());
    until("the empty note", || text(&root).contains("No recent orders found for this buyer.")).await;
}

#[wasm_bindgen_test]
async fn loading_shows_a_skeleton() {
    let host = fake_host(de_ticket(true), configured(), json!({ orders_path(): ["pending"] }), "en-US");
    let root = mount(&host);
    until_state(&root, "loading").await;
    let busy = q(&root, "[aria-busy=true]").expect("a busy region");
    assert_eq!(busy.get_attribute("aria-label").as_deref(), Some("Loading the order…"));
    assert!(all(&root, ".ol-skeleton").len() >= 3);
    assert!(q(&root, "[data-ol=panel]").is_none());
}

#[wasm_bindgen_test]
async fn the_order_panel_shows_items_and_the_grand_total_in_german() {
    let host = fake_host(de_ticket(true), configured(), json!({ orders_path(): [ok(order_json())] }), "de-DE");
    let root = mount(&host);
    until_state(&root, "order").await;
    let request = log(&host, "requests").get(0);
    assert_eq!(
        Reflect::get(&request, &"path".into()).unwrap().as_string().unwrap(),
        format!("{}?marketplace=DE", orders_path())
    );
    assert_eq!(Reflect::get(&request, &"fresh".into()).unwrap().as_bool(), Some(false));
    assert_eq!(q(&root, "[data-ol=root]").unwrap().get_attribute("lang").as_deref(), Some("de"));

    let items = all(&root, "[data-ol=item]");
    assert_eq!(items.len(), 2);
    assert_eq!(text(&q(&items[0], ".ol-item-title").unwrap()), "Kaffeemühle Deluxe");
    assert!(text(&items[0]).contains("B0TESTASIN") && text(&items[0]).contains("KAFFEE-1"));
    assert!(text(&items[0]).contains("1.200,00\u{a0}€"));
    let total = q(&root, "[data-ol=grand-total]").expect("the grand total");
    assert!(text(&total).contains("1.234,56\u{a0}€"), "{}", text(&total));
    assert!(text(&root).contains("Versandt"));

    // Header: copy button, Seller Central link, clock.
    assert!(q(&root, "[data-ol=copy-order]").is_some());
    let link = q(&root, "a[data-ol=seller-central]").unwrap();
    assert_eq!(
        link.get_attribute("href").unwrap(),
        format!("https://sellercentral-europe.amazon.com/orders-v3/order/{ORDER}")
    );
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    click(&link);
    assert_eq!(log(&host, "opened").get(0).as_string().unwrap(), link.get_attribute("href").unwrap());
    let clock = q(&root, "[data-ol=clock]").unwrap();
    assert!(clock.get_attribute("data-urgency").is_some());

    let marks =
        js("", "return performance.getEntriesByName('orderlens-panel-painted').length;").call0(&JsValue::NULL).unwrap();
    assert!(marks.as_f64().unwrap() >= 1.0, "the panel-painted mark is set");
    // The ResizeObserver reports after the browser's next layout, which a busy machine delays.
    until("the sidebar's height reported", || {
        let resized = log(&host, "resized");
        resized.length() > 0 && resized.get(resized.length() - 1).as_f64().unwrap() > 0.0
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_401_explains_the_token_and_retry_asks_again_fresh() {
    let problem = json!({ "type": "urn:orderlens:problem:unauthorized", "title": "x", "status": 401, "code": "unauthorized", "detail": "y" });
    let responses = json!({ orders_path(): [{ "status": 401, "body": problem }, ok(order_json())] });
    let host = fake_host(de_ticket(true), configured(), responses, "en-US");
    let root = mount(&host);
    until_state(&root, "error").await;
    assert!(text(&root).contains("The proxy refused the access token. Check the proxy token in the app settings."));
    let retry = q(&root, "[data-ol=retry]").expect("a retry button");
    assert_eq!(retry.tag_name(), "BUTTON");
    click(&retry);
    until_state(&root, "order").await;
    let second = log(&host, "requests").get(1);
    assert_eq!(Reflect::get(&second, &"fresh".into()).unwrap().as_bool(), Some(true));
}

#[wasm_bindgen_test]
async fn an_unreachable_proxy_is_an_error_with_retry() {
    let host = fake_host(de_ticket(true), configured(), json!({ orders_path(): ["network"] }), "en-US");
    let root = mount(&host);
    until_state(&root, "error").await;
    assert!(text(&root).contains("Cannot reach the proxy."));
    assert!(q(&root, "[data-ol=retry]").is_some());
}

#[wasm_bindgen_test]
async fn an_unconfigured_proxy_says_what_to_set() {
    let host = fake_host(de_ticket(true), json!({ "proxyConfigured": false }), json!({}), "en-US");
    let root = mount(&host);
    until_state(&root, "not-configured").await;
    assert!(text(&root).contains("Set the proxy URL and token in the app's settings."));
    assert_eq!(log(&host, "requests").length(), 0);
}

#[wasm_bindgen_test]
async fn a_host_with_almost_nothing_still_gets_a_sidebar() {
    let host = js("", "return { ticket: () => null };").call0(&JsValue::NULL).unwrap();
    let root = mount(&host);
    until_state(&root, "not-amazon").await;
    let throwing = js(
        "",
        "return { ticket: () => { throw new Error('boom'); }, locale: () => 42, settings: () => { throw 1; } };",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let root = mount(&throwing);
    until_state(&root, "error").await;
    assert!(orderlens::web::mount(document().body().unwrap(), JsValue::from_str("not a host")).is_err());
}

#[wasm_bindgen_test]
async fn a_new_ticket_redraws_without_remounting() {
    let ticket = json!({ "subject": "Invoice", "requester": { "email": "anna@example.com" } });
    let host = fake_host(ticket, configured(), json!({ orders_path(): [ok(order_json())] }), "en-US");
    let root = mount(&host);
    until_state(&root, "not-amazon").await;
    let changed: Function =
        Reflect::get(&host, &"changed".into()).unwrap().dyn_into().expect("onTicketChanged was called");
    let next = js_sys::JSON::parse(&de_ticket(true).to_string()).unwrap();
    changed.call1(&JsValue::NULL, &next).unwrap();
    until_state(&root, "order").await;
    assert_eq!(all(&root, "[data-ol=root]").len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Composer

#[wasm_bindgen_test]
async fn typing_keeps_the_textarea_and_an_email_address_blocks_insert() {
    let settings = json!({ "proxyConfigured": true, "sellerName": "Beispiel GmbH", "tags": true,
                           "fieldMap": { "order_id": "360001", "marketplace": "360002" } });
    let host = fake_host(de_ticket(true), settings, json!({ orders_path(): [ok(order_json())] }), "en-US");
    let root = mount(&host);
    until_state(&root, "order").await;
    let reply = q(&root, "textarea[data-ol=reply]").expect("the reply field");
    let value = |el: &Element| el.dyn_ref::<web_sys::HtmlTextAreaElement>().unwrap().value();
    assert!(value(&reply).contains(ORDER) && value(&reply).contains("DHL"), "{}", value(&reply));
    assert_eq!(
        q(&root, "select[data-ol=reply-lang]").unwrap().dyn_into::<web_sys::HtmlSelectElement>().unwrap().value(),
        "de"
    );
    let insert = q(&root, "[data-ol=insert]").unwrap();
    assert!(!insert.has_attribute("disabled"));

    type_into(&reply, "Hello, write to shop@example.com please.");
    let finding = q(&root, "[data-ol=finding][data-severity=block]").expect("a blocking finding");
    assert_eq!(finding.get_attribute("data-rule").as_deref(), Some("email"));
    assert!(text(&finding).contains("shop@example.com"));
    assert!(q(&root, "[data-ol=insert]").unwrap().has_attribute("disabled"), "Insert is disabled");
    let same = q(&root, "textarea[data-ol=reply]").unwrap();
    assert!(same == reply, "the textarea is not rebuilt while typing");
    assert!(active_element().is_some_and(|a| a == reply), "focus stays in the reply");

    // Clicking the excerpt selects it in the reply.
    click(&q(&finding, "[data-ol-select]").unwrap());
    let area = reply.dyn_ref::<web_sys::HtmlTextAreaElement>().unwrap();
    assert_eq!((area.selection_start().unwrap(), area.selection_end().unwrap()), (Some(16), Some(32)));

    type_into(&reply, "Your parcel is on its way.");
    assert!(q(&root, "[data-ol=finding][data-severity=block]").is_none());
    change(&q(&root, "input[data-ol=important]").unwrap(), None);
    until("Important on", || q(&root, "input[data-ol=important]").is_some_and(|i| i.has_attribute("checked"))).await;
    assert_eq!(value(&q(&root, "textarea[data-ol=reply]").unwrap()), "Your parcel is on its way.");
    let insert = q(&root, "[data-ol=insert]").unwrap();
    assert!(!insert.has_attribute("disabled"));
    click(&insert);
    until("the reply inserted", || log(&host, "inserted").length() == 1).await;
    assert_eq!(log(&host, "inserted").get(0).as_string().unwrap(), "[Important] Your parcel is on its way.");
    until("tags", || log(&host, "tags").length() == 1).await;
    let tags: Vec<String> = Array::from(&log(&host, "tags").get(0)).iter().filter_map(|t| t.as_string()).collect();
    assert_eq!(tags, ["amazon", "de", "buyer_message"]);
    until("fields", || log(&host, "fields").length() == 1).await;
    let fields = log(&host, "fields").get(0);
    assert_eq!(Reflect::get(&fields, &"360001".into()).unwrap().as_string().unwrap(), ORDER);
    assert_eq!(Reflect::get(&fields, &"360002".into()).unwrap().as_string().unwrap(), "DE");
}

#[wasm_bindgen_test]
async fn choosing_a_template_and_language_rewrites_the_reply_and_keeps_focus() {
    let host = fake_host(de_ticket(true), configured(), json!({ orders_path(): [ok(order_json())] }), "en-US");
    let root = mount(&host);
    until_state(&root, "order").await;
    let lang = q(&root, "select[data-ol=reply-lang]").unwrap();
    lang.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    change(&lang, Some("en"));
    until("an English reply", || {
        q(&root, "textarea[data-ol=reply]").is_some_and(|r| {
            r.dyn_into::<web_sys::HtmlTextAreaElement>().unwrap().value().starts_with("Hello Jürgen Weber,")
        })
    })
    .await;
    assert_eq!(
        active_element().and_then(|a| a.get_attribute("data-ol")).as_deref(),
        Some("reply-lang"),
        "focus stays on the picker"
    );
    change(&q(&root, "select[data-ol=template]").unwrap(), Some("invoice_request"));
    until("the invoice template", || {
        q(&root, "select[data-ol=template]")
            .is_some_and(|s| s.dyn_into::<web_sys::HtmlSelectElement>().unwrap().value() == "invoice_request")
    })
    .await;
    // Labels tie every control to its name.
    for hook in ["template", "reply-lang"] {
        let id = q(&root, &format!("[data-ol={hook}]")).unwrap().id();
        assert!(q(&root, &format!("label[for='{id}']")).is_some(), "{hook} has a label");
    }
}

/// Replaces `host[name]` with a JS function of no arguments.
fn replace_method(host: &JsValue, name: &str, body: &str) {
    Reflect::set(host, &name.into(), &js("", body)).unwrap();
}

#[wasm_bindgen_test]
async fn a_host_that_cannot_insert_says_why_beside_the_insert_button() {
    // Hosts fail in every way JS allows: a thrown Error, a rejected Error, a rejected string.
    for (insert_reply, reason) in [
        ("throw new Error('no reply box on this page');", "no reply box on this page"),
        ("return Promise.reject(new Error('no reply box on this page'));", "no reply box on this page"),
        ("return Promise.reject('the editor is read-only');", "the editor is read-only"),
    ] {
        let settings = json!({ "proxyConfigured": true, "tags": true });
        let host = fake_host(de_ticket(true), settings, json!({ orders_path(): [ok(order_json())] }), "en-US");
        replace_method(&host, "insertReply", insert_reply);
        replace_method(&host, "addTags", "return Promise.reject('tags are locked');");
        let root = mount(&host);
        until_state(&root, "order").await;
        assert!(q(&root, "[data-ol=host-error]").is_none());
        click(&q(&root, "[data-ol=insert]").unwrap());
        until("the host errors", || all(&root, "[data-ol=host-error]").len() == 2).await;
        let errors = all(&root, "[data-ol=host-error]");
        let insert_error = &errors[0];
        assert_eq!(insert_error.get_attribute("data-call").as_deref(), Some("insert"));
        assert_eq!(insert_error.get_attribute("role").as_deref(), Some("alert"));
        assert!(text(insert_error).contains("The reply was not inserted."), "{}", text(insert_error));
        assert!(text(insert_error).contains(reason), "{}", text(insert_error));
        let beside = q(&root, "[data-ol=insert]").unwrap().next_element_sibling().unwrap();
        assert!(beside == *insert_error, "the line sits right after the Insert button");
        assert_eq!(errors[1].get_attribute("data-call").as_deref(), Some("tags"));
        assert!(text(&errors[1]).contains("tags are locked"));
    }
}

// ---------------------------------------------------------------------------------------------
// Hostile strings

const SCRIPT: &str = "<script>window.__pwned = 1</script>";
const IMG: &str = "<img src=x onerror=\"window.__pwned = 2\">";
const JS_URL: &str = "javascript:window.__pwned=3";
const RTL: &str = "\u{202e}txt.exe\u{202c} \u{2067}مرحبا\u{2069}";

fn hostile(seed: &str) -> String {
    format!("{seed} {SCRIPT} {IMG} <a href=\"{JS_URL}\">x</a> {JS_URL} {RTL}")
}

/// Nothing in the sidebar came from the strings: no script, image, iframe or foreign link, no
/// event-handler attribute, no `javascript:` anywhere in an attribute.
fn assert_inert(root: &Element) {
    assert!(
        q(root, "script, img, iframe, object, embed, svg, style").is_none(),
        "no element created from outside text"
    );
    for el in all(root, "*") {
        let names = el.get_attribute_names();
        for name in names.iter().filter_map(|n| n.as_string()) {
            assert!(!name.starts_with("on"), "event handler attribute {name} on <{}>", el.tag_name());
            let value = el.get_attribute(&name).unwrap_or_default();
            assert!(!value.to_ascii_lowercase().contains("javascript:"), "{name}={value}");
        }
    }
    for a in all(root, "a") {
        let href = a.get_attribute("href").unwrap_or_default();
        assert!(href.starts_with("https://") || href.starts_with("http://"), "{href}");
    }
    let pwned = Reflect::get(&js_sys::global(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined(), "a payload ran");
}

#[wasm_bindgen_test]
async fn hostile_mail_and_proxy_strings_render_inert_and_intact() {
    let long = "Ü".repeat(10_000);
    let name = hostile("Jürgen");
    let ticket = json!({
        "subject": format!("Frage von Amazon-Kunde {} (Bestellung: {ORDER}) {}", name, hostile(&long)),
        "requester": { "email": ALIAS, "name": name },
        "comments": [{ "author": { "role": "requester" }, "body_text": format!("{}\n{}", hostile("Hallo"), long),
                       "body_html": hostile("<p>html</p>"), "created_at": "2026-01-15T08:00:00Z" }]
    });
    let title = hostile("Kaffeemühle");
    let mut order = order_json();
    order["items"][0]["title"] = json!(title);
    order["items"][1]["title"] = json!(long);
    order["packages"][0]["carrier"] = json!(hostile("DHL"));
    order["deliveryAddress"] = json!({ "name": hostile("Jürgen"), "lines": [hostile(&long)], "city": JS_URL });
    order["buyer"] = json!({ "name": hostile("Buyer") });
    let host = fake_host(ticket, configured(), json!({ orders_path(): [ok(order)] }), "en-US");
    let root = mount(&host);
    until_state(&root, "order").await;
    sleep(50).await; // let anything that could run, run
    assert_inert(&root);

    let titles: Vec<String> = all(&root, ".ol-item-title").iter().map(text).collect();
    assert_eq!(titles, [title.clone(), long.clone()], "titles are shown exactly as sent");
    let lines: Vec<String> = all(&root, ".ol-line").iter().map(text).collect();
    assert!(lines.contains(&hostile("DHL")), "the carrier, intact");
    assert!(lines.contains(&hostile(&long)), "a 10 000-character address line, intact");
    assert!(lines.contains(&JS_URL.to_string()), "a javascript: city is text, not a link");
    // Outside text is isolated for bidi, so an RLO cannot flip the line around it.
    for el in all(&root, ".ol-item-title, .ol-line") {
        assert_eq!(el.get_attribute("dir").as_deref(), Some("auto"));
    }
    // The reply field holds whatever the template took from the mail, as plain text.
    let reply = q(&root, "textarea[data-ol=reply]").unwrap();
    assert_eq!(reply.children().length(), 0);
    // Typing a payload into the reply keeps it inert too.
    type_into(&reply, &hostile("Reply"));
    assert_inert(&root);
    assert!(all(&root, "[data-ol=finding]").iter().all(|f| q(f, "script, img").is_none()));
}

#[wasm_bindgen_test]
async fn a_hostile_no_response_needed_or_link_never_becomes_a_javascript_href() {
    let raw = format!(
        "From: Jürgen <{ALIAS}>\r\nTo: shop@example.com\r\nSubject: Frage von Amazon-Kunde Jürgen (Bestellung: {ORDER})\r\n\
         Date: Thu, 15 Jan 2026 08:00:00 +0000\r\nContent-Type: text/html\r\n\r\n\
         <a href=\"javascript:alert(1)//sellercentral.amazon.de/messaging/no-response-needed\">x</a>\
         <a href=\"https://sellercentral.amazon.de/messaging/no-response-needed?x=1\">ok</a>"
    );
    let host = fake_host(json!({ "raw": raw }), configured(), json!({ orders_path(): [ok(order_json())] }), "en-US");
    let root = mount(&host);
    until_state(&root, "order").await;
    assert_inert(&root);
    if let Some(nrn) = q(&root, "a[data-ol=no-response-needed]") {
        assert!(nrn.get_attribute("href").unwrap().starts_with("https://sellercentral.amazon.de/"));
    }
}

// ---------------------------------------------------------------------------------------------
// issue 11: every UI language, Arabic right to left

/// The computed CSS `direction` of `el`.
fn direction(el: &Element) -> String {
    js("el", "return getComputedStyle(el).direction;").call1(&JsValue::NULL, el).unwrap().as_string().unwrap()
}

#[wasm_bindgen_test]
async fn the_order_panel_is_drawn_in_every_ui_language() {
    use orderlens::i18n::{t, Text};
    use orderlens::lang::Lang;
    for lang in Lang::UI {
        let host = fake_host(de_ticket(true), configured(), json!({ orders_path(): [ok(order_json())] }), lang.code());
        let container = mount(&host);
        until_state(&container, "order").await;
        let root = q(&container, "[data-ol=root]").unwrap();
        assert_eq!(root.get_attribute("lang").as_deref(), Some(lang.code()));
        assert_eq!(root.get_attribute("dir").as_deref(), Some(lang.dir()), "{lang:?}");
        let heading = q(&root, ".ol-items .ol-h").expect("the items heading");
        assert_eq!(text(&heading), t(lang, Text::Items), "{lang:?}");
        assert_eq!(all(&root, "[data-ol=item]").len(), 2, "{lang:?}");
        assert!(q(&root, "[data-ol=lang-pack-error]").is_none(), "{lang:?}: the packs are built in here");
        container.remove();
    }
}

#[wasm_bindgen_test]
async fn arabic_reads_right_to_left_with_ids_and_amounts_left_to_right() {
    // The sidebar's own stylesheet, so the layout is the one agents see.
    let style = document().create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../www/sidebar.css")));
    document().body().unwrap().append_child(&style).unwrap();
    let host = fake_host(de_ticket(true), configured(), json!({ orders_path(): [ok(order_json())] }), "ar-AE");
    let container = mount(&host);
    until_state(&container, "order").await;
    let root = q(&container, "[data-ol=root]").unwrap();
    assert_eq!(
        (root.get_attribute("lang").as_deref(), root.get_attribute("dir").as_deref()),
        (Some("ar"), Some("rtl"))
    );
    assert_eq!(direction(&root), "rtl");
    // The layout mirrors: the items' prices sit at the start side, left in right-to-left.
    let item = q(&root, "[data-ol=item]").unwrap();
    let price = q(&item, "[data-money]").expect("a line price");
    let left = |el: &Element| {
        js("el", "return el.getBoundingClientRect().left;").call1(&JsValue::NULL, el).unwrap().as_f64().unwrap()
    };
    assert!(left(&price) < left(&q(&item, ".ol-item-title").unwrap()), "the price is on the left");
    for el in [
        q(&root, ".ol-order-id .ol-value").expect("the order id"),
        price,
        q(&root, "[data-ol=grand-total] strong").unwrap(),
    ] {
        assert_eq!(el.get_attribute("dir").as_deref(), Some("ltr"), "{}", text(&el));
        assert_eq!(direction(&el), "ltr", "{}", text(&el));
    }
    assert_eq!(text(&q(&root, ".ol-order-id .ol-value").unwrap()), ORDER);
    // The German buyer gets a German reply, left to right, inside the Arabic panel …
    let reply = q(&root, "textarea[data-ol=reply]").unwrap();
    assert_eq!(
        (reply.get_attribute("lang").as_deref(), reply.get_attribute("dir").as_deref()),
        (Some("de"), Some("ltr"))
    );
    // … until the agent picks Arabic: the reply field turns right to left.
    let picker = q(&root, "select[data-ol=reply-lang]").unwrap();
    let values: Vec<String> = all(&picker, "option").iter().filter_map(|o| o.get_attribute("value")).collect();
    assert_eq!(values, ["en", "de", "fr", "it", "es", "pl", "ja", "zh", "pt", "nl", "sv", "tr", "ar"]);
    change(&picker, Some("ar"));
    until("an Arabic reply", || {
        q(&container, "textarea[data-ol=reply]").and_then(|r| r.get_attribute("dir")).as_deref() == Some("rtl")
    })
    .await;
    let reply = q(&container, "textarea[data-ol=reply]").unwrap();
    assert_eq!(reply.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(direction(&reply), "rtl");
    assert!(
        q(&container, "select[data-ol=reply-lang]").unwrap().get_attribute("data-lang-source").as_deref()
            == Some("chosen")
    );
    container.remove();
}

// issue 10: Amazon's messaging actions, the health line, related tickets, drafts

fn actions_answer() -> Value {
    ok(json!({ "orderId": ORDER, "marketplace": "DE", "maySend": true, "actions": [
        { "name": "unexpectedProblem", "maxTextLength": 2000, "sendable": true },
        { "name": "invoice", "sendable": false } ] }))
}

fn posts(host: &JsValue) -> usize {
    log(host, "requests").iter().filter(|r| Reflect::get(r, &"method".into()).unwrap() == "POST").count()
}

#[wasm_bindgen_test]
async fn a_messaging_action_is_confirmed_once_and_sent_once() {
    let responses = json!({
        orders_path(): [ok(order_json())],
        format!("{}/messaging-actions", orders_path()): [actions_answer()],
        format!("{}/messaging-attributes", orders_path()): [ok(json!({ "orderId": ORDER, "marketplace": "DE", "locale": "de-DE" }))],
        format!("{}/messages/unexpectedProblem", orders_path()): [{ "status": 201, "body": { "sent": true } }],
    });
    let host = fake_host(de_ticket(true), configured(), responses, "en-US");
    let root = mount(&host);
    until("the actions", || q(&root, "[data-ol=amazon-action][data-action=unexpectedProblem]").is_some()).await;
    let invoice = q(&root, "[data-ol=amazon-action][data-action=invoice]").unwrap();
    assert!(invoice.has_attribute("disabled"), "attachments: Seller Central");
    click(&q(&root, "[data-ol=amazon-action][data-action=unexpectedProblem]").unwrap());
    until("the buyer's language", || {
        q(&root, "[data-ol=action-composer]").is_some_and(|c| text(&c).contains("Deutsch"))
    })
    .await;
    assert!(q(&root, "[data-ol=action-send]").unwrap().has_attribute("disabled"), "nothing to send yet");
    type_into(&q(&root, "[data-ol=action-text]").unwrap(), "Leider ist ein Artikel beschädigt angekommen.");
    assert!(!q(&root, "[data-ol=action-send]").unwrap().has_attribute("disabled"));
    assert_eq!(text(&q(&root, "[data-ol=action-counter]").unwrap()), "45 / 2000 characters");
    assert_eq!(active_element().and_then(|a| a.get_attribute("data-ol")).as_deref(), Some("action-text"));

    click(&q(&root, "[data-ol=action-send]").unwrap());
    let composer = q(&root, "[data-ol=action-composer]").unwrap();
    assert_eq!(composer.get_attribute("data-phase").as_deref(), Some("confirming"));
    // Cancel is where Send was: the first button of the row.
    let first = q(&root, ".ol-action-buttons button").unwrap();
    assert_eq!(first.get_attribute("data-ol").as_deref(), Some("action-cancel"));
    let confirm = q(&root, "[data-ol=action-confirm]").unwrap();
    click(&confirm);
    click(&confirm);
    if let Some(again) = q(&root, "[data-ol=action-confirm]") {
        click(&again);
    }
    until("Amazon's answer", || {
        q(&root, "[data-ol=action-composer]").is_some_and(|c| c.get_attribute("data-phase").as_deref() == Some("sent"))
    })
    .await;
    assert_eq!(posts(&host), 1, "one message, however often Confirm was clicked");
    assert!(text(&q(&root, "[data-ol=action-status]").unwrap()).starts_with("Amazon accepted the message."));
}

#[wasm_bindgen_test]
async fn a_token_that_may_not_send_sees_the_actions_greyed() {
    let mut answer = actions_answer();
    answer["body"]["maySend"] = json!(false);
    let responses =
        json!({ orders_path(): [ok(order_json())], format!("{}/messaging-actions", orders_path()): [answer] });
    let host = fake_host(de_ticket(true), configured(), responses, "en-US");
    let root = mount(&host);
    until("the actions", || q(&root, "[data-ol=amazon-action]").is_some()).await;
    assert!(all(&root, "[data-ol=amazon-action]").iter().all(|b| b.has_attribute("disabled")));
    assert!(text(&q(&root, "[data-ol=amazon-actions]").unwrap()).contains("send = true"));
}

#[wasm_bindgen_test]
async fn refused_credentials_are_one_health_line_with_what_to_do() {
    let problem = json!({ "type": "urn:orderlens:problem:upstream_unauthorized", "title": "Amazon refused the credentials",
        "status": 502, "code": "upstream_unauthorized", "detail": "Login with Amazon refused …" });
    let host = fake_host(
        de_ticket(true),
        configured(),
        json!({ orders_path(): [{ "status": 502, "body": problem }] }),
        "en-US",
    );
    let root = mount(&host);
    until_state(&root, "error").await;
    let line = q(&root, "[data-ol=health]").expect("the health line");
    assert_eq!(line.get_attribute("data-code").as_deref(), Some("upstream_unauthorized"));
    assert!(text(&line).starts_with("The seller account for amazon.de (DE) cannot reach Amazon"), "{}", text(&line));
    assert!(q(&line, "[data-ol=retry]").is_some());
}

#[wasm_bindgen_test]
async fn related_tickets_are_links_opened_through_the_host() {
    let host = fake_host(de_ticket(true), configured(), json!({ orders_path(): [ok(order_json())] }), "en-US");
    let related = js(
        "",
        r#"return (q) => { window.__relatedQuery = q; return Promise.resolve([
            { id: 3, subject: "Older", url: "https://acme.zendesk.com/agent/tickets/3", created_at: "2026-01-11T09:00:00Z" },
            { id: 5, subject: "<b>Newer</b>", url: "https://acme.zendesk.com/agent/tickets/5", created_at: "2026-01-13T09:00:00Z" },
            { id: 6, subject: "Evil", url: "javascript:alert(1)" }]); };"#,
    )
    .call0(&JsValue::NULL)
    .unwrap();
    Reflect::set(&host, &"relatedTickets".into(), &related).unwrap();
    let root = mount(&host);
    until("related tickets", || all(&root, "[data-ol=related-ticket]").len() == 3).await;
    let query = Reflect::get(&web_sys::window().unwrap(), &"__relatedQuery".into()).unwrap();
    assert_eq!(Reflect::get(&query, &"orderId".into()).unwrap(), ORDER);
    assert_eq!(Reflect::get(&query, &"ticketId".into()).unwrap(), "7");
    let items = all(&root, "[data-ol=related-ticket]");
    assert_eq!(items[0].get_attribute("data-ticket").as_deref(), Some("5"), "newest first");
    assert_eq!(text(&items[0]).starts_with("#5 · <b>Newer</b>"), true, "text, not markup");
    assert!(q(&items[2], "a").is_none(), "no link for a javascript: URL");
    click(&q(&items[1], "a").unwrap());
    assert_eq!(log(&host, "opened").get(0), "https://acme.zendesk.com/agent/tickets/3");
}

#[wasm_bindgen_test]
async fn hosts_without_related_tickets_have_no_block() {
    let host = fake_host(de_ticket(true), configured(), json!({ orders_path(): [ok(order_json())] }), "en-US");
    let root = mount(&host);
    until_state(&root, "order").await;
    assert!(q(&root, "[data-ol=related]").is_none());
}

#[wasm_bindgen_test]
async fn the_draft_survives_switching_tickets_and_a_reload() {
    let host = fake_host(de_ticket(true), configured(), json!({ orders_path(): [ok(order_json())] }), "en-US");
    let root = mount(&host);
    until_state(&root, "order").await;
    type_into(&q(&root, "textarea[data-ol=reply]").unwrap(), "Mein eigener Entwurf");
    let changed: Function = Reflect::get(&host, &"changed".into()).unwrap().dyn_into().unwrap();
    let mut other = de_ticket(true);
    other["id"] = json!("8");
    let as_js = |v: &Value| js_sys::JSON::parse(&v.to_string()).unwrap();
    changed.call1(&JsValue::NULL, &as_js(&other)).unwrap();
    until("the other ticket's own reply", || {
        q(&root, "textarea[data-ol=reply]")
            .is_some_and(|r| r.dyn_into::<web_sys::HtmlTextAreaElement>().unwrap().value() != "Mein eigener Entwurf")
    })
    .await;
    changed.call1(&JsValue::NULL, &as_js(&de_ticket(true))).unwrap();
    let reply =
        || q(&root, "textarea[data-ol=reply]").map(|r| r.dyn_into::<web_sys::HtmlTextAreaElement>().unwrap().value());
    until("the draft back", || reply().as_deref() == Some("Mein eigener Entwurf")).await;

    // A reload of the sidebar in the same tab: a second mount, same storage (not cleared here).
    let doc = document();
    let again: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&again).unwrap();
    orderlens::web::mount(again.clone(), host.clone()).expect("mount");
    until("the draft after a reload", || {
        q(&again, "textarea[data-ol=reply]")
            .is_some_and(|r| r.dyn_into::<web_sys::HtmlTextAreaElement>().unwrap().value() == "Mein eigener Entwurf")
    })
    .await;
    // Insert forgets it.
    click(&q(&again, "[data-ol=insert]").unwrap());
    let keys: Array = js("", "return Object.keys(sessionStorage);").call0(&JsValue::NULL).unwrap().dyn_into().unwrap();
    let keys: Vec<String> = keys.iter().filter_map(|k| k.as_string()).collect();
    assert!(!keys.iter().any(|k| k.ends_with(":draft:7")), "{keys:?}");
}

#[wasm_bindgen_test]
async fn an_invoice_pdf_is_chosen_read_and_sent_as_base64() {
    let mut actions = actions_answer();
    actions["body"]["actions"][1]["sendable"] = json!(true);
    let responses = json!({
        orders_path(): [ok(order_json())],
        format!("{}/messaging-actions", orders_path()): [actions],
        format!("{}/messaging-attributes", orders_path()): [ok(json!({ "orderId": ORDER, "marketplace": "DE" }))],
        format!("{}/invoice", orders_path()): [{ "status": 201, "body": { "sent": true } }],
    });
    let host = fake_host(de_ticket(true), configured(), responses, "en-US");
    let root = mount(&host);
    until("the invoice action", || q(&root, "[data-ol=amazon-action][data-action=invoice]:not([disabled])").is_some())
        .await;
    click(&q(&root, "[data-ol=amazon-action][data-action=invoice]").unwrap());
    until("the file picker", || q(&root, "input[data-ol=invoice-file][type=file]").is_some()).await;
    let choose = |name: &str, bytes: &str| {
        js(
            "el, name, bytes",
            "const dt = new DataTransfer(); dt.items.add(new File([bytes], name, { type: 'application/pdf' })); \
             el.files = dt.files; el.dispatchEvent(new Event('change', { bubbles: true }));",
        )
        .call3(&JsValue::NULL, &q(&root, "[data-ol=invoice-file]").unwrap(), &name.into(), &bytes.into())
        .unwrap();
    };
    choose("not-really.pdf", "MZ this is an exe");
    until("why it cannot go", || q(&root, "[data-ol=invoice-problem]").is_some()).await;
    assert!(q(&root, "[data-ol=action-send]").unwrap().has_attribute("disabled"));
    choose("Rechnung-1002.pdf", "%PDF-1.7\n%%EOF\n");
    until("the chosen file", || {
        q(&root, "[data-ol=invoice-chosen]").is_some_and(|c| text(&c).starts_with("Rechnung-1002.pdf"))
            && q(&root, "[data-ol=action-send]").is_some_and(|b| !b.has_attribute("disabled"))
    })
    .await;
    click(&q(&root, "[data-ol=action-send]").unwrap());
    click(&q(&root, "[data-ol=action-confirm]").unwrap());
    until("sent", || q(&root, "[data-ol=action-composer][data-phase=sent]").is_some()).await;
    let sent = log(&host, "requests").iter().find(|r| Reflect::get(r, &"method".into()).unwrap() == "POST").unwrap();
    let body: Value = serde_json::from_str(&Reflect::get(&sent, &"body".into()).unwrap().as_string().unwrap()).unwrap();
    assert_eq!(body["fileName"], "Rechnung-1002.pdf");
    assert_eq!(body["contentBase64"], "JVBERi0xLjcKJSVFT0YK", "the file's bytes, base64");
}
