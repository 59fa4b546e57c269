//! The host object (docs/host-interface.md) seen from Rust. Every call tolerates a missing
//! method, a method that throws, a plain value where a promise was expected and a promise that
//! rejects: hosts are other people's code, and the sidebar must keep working around them.

use std::future::Future;

use js_sys::{Array, Function, Object, Promise, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::host::{ProxyRequest, ProxyResponse, Settings, Ticket, TicketError};

#[derive(Clone)]
pub struct Host(JsValue);

impl Host {
    pub fn new(host: JsValue) -> Host {
        Host(host)
    }

    fn method(&self, name: &str) -> Option<Function> {
        if !self.0.is_object() {
            return None;
        }
        Reflect::get(&self.0, &JsValue::from_str(name)).ok()?.dyn_into::<Function>().ok()
    }

    pub fn has(&self, name: &str) -> bool {
        self.method(name).is_some()
    }

    /// Calls `host[name](...args)`; `Err` when the method is missing or throws.
    fn call(&self, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
        let f = self.method(name).ok_or_else(|| JsValue::from_str(&format!("host.{name} is missing")))?;
        f.apply(&self.0, &args.iter().collect::<Array>())
    }

    /// Calls now and awaits later: a returned promise is awaited, a plain value taken as is.
    /// The host is called before the future is first polled, so several calls can be under way
    /// at once.
    fn call_async(&self, name: &str, args: &[JsValue]) -> impl Future<Output = Result<JsValue, JsValue>> {
        let started = self.call(name, args);
        async move { JsFuture::from(Promise::resolve(&started?)).await }
    }

    /// `host.ticket()`: the open ticket, `Ok(None)` for none. The host is asked right away.
    pub fn ticket(&self) -> impl Future<Output = Result<Option<Ticket>, TicketError>> {
        let answer = self.call_async("ticket", &[]);
        async move {
            match answer.await {
                Ok(value) => ticket_from_js(&value),
                Err(e) => Err(TicketError(describe(&e))),
            }
        }
    }

    /// `host.settings()` (a promise is awaited too); defaults when missing or unreadable. The
    /// host is asked right away.
    pub fn settings(&self) -> impl Future<Output = Settings> {
        let answer = self.call_async("settings", &[]);
        async move {
            match answer.await {
                Ok(value) => json_text(&value).map(|json| Settings::from_json(&json)).unwrap_or_default(),
                Err(_) => Settings::default(),
            }
        }
    }

    /// `host.locale()`; `""` when missing (the UI then speaks English).
    pub fn locale(&self) -> String {
        self.call("locale", &[]).ok().and_then(|v| v.as_string()).unwrap_or_default()
    }

    /// `host.request(req)`: `Err` with the host's reason when the proxy could not be reached.
    /// The host is called right away, not when the future is first polled: the request is on
    /// the wire while the sidebar draws.
    pub fn request(&self, request: &ProxyRequest) -> impl Future<Output = Result<ProxyResponse, String>> {
        let req = Object::new();
        set(&req, "method", &JsValue::from_str(request.method));
        set(&req, "path", &JsValue::from_str(&request.path));
        set(&req, "fresh", &JsValue::from_bool(request.fresh));
        if let Some(body) = &request.body {
            set(&req, "body", &JsValue::from_str(body));
        }
        let started = self.call("request", &[req.into()]);
        async move {
            let answer = JsFuture::from(Promise::resolve(&started.map_err(|e| describe(&e))?))
                .await
                .map_err(|e| describe(&e))?;
            read_response(&answer)
        }
    }

    /// `host.relatedTickets(query)`: the JSON text of the host's answer, read by core.
    pub async fn related_tickets(&self, query_json: &str) -> Result<String, String> {
        let query = JSON::parse(query_json).map_err(|e| describe(&e))?;
        let answer = self.call_async("relatedTickets", &[query]).await.map_err(|e| describe(&e))?;
        json_text(&answer).ok_or_else(|| "host.relatedTickets answered something that is not JSON".to_string())
    }

    /// `host.loadDraft(key)` (optional): `None` when the host has no such method, else what it
    /// keeps under `key`.
    pub async fn load_draft(&self, key: &str) -> Option<Option<String>> {
        if !self.has("loadDraft") {
            return None;
        }
        Some(self.call_async("loadDraft", &[JsValue::from_str(key)]).await.ok().and_then(|v| v.as_string()))
    }

    /// `host.saveDraft(key, value)` (optional; `null` forgets it); `false` when the host has none.
    pub fn save_draft(&self, key: &str, value: Option<&str>) -> bool {
        let value = value.map_or(JsValue::NULL, JsValue::from_str);
        self.has("saveDraft") && self.call("saveDraft", &[JsValue::from_str(key), value]).is_ok()
    }

    pub async fn insert_reply(&self, text: &str) -> Result<(), String> {
        self.call_async("insertReply", &[JsValue::from_str(text)]).await.map(drop).map_err(|e| describe(&e))
    }

    pub async fn add_tags(&self, tags: &[String]) -> Result<(), String> {
        let list: Array = tags.iter().map(|t| JsValue::from_str(t)).collect();
        self.call_async("addTags", &[list.into()]).await.map(drop).map_err(|e| describe(&e))
    }

    pub async fn set_fields(&self, fields: &[(String, String)]) -> Result<(), String> {
        let map = Object::new();
        for (field, value) in fields {
            set(&map, field, &JsValue::from_str(value));
        }
        self.call_async("setFields", &[map.into()]).await.map(drop).map_err(|e| describe(&e))
    }

    pub fn resize(&self, height_px: i32) {
        let _ = self.call("resize", &[JsValue::from_f64(f64::from(height_px))]);
    }

    /// `host.openUrl(url)`; `false` when the host has no such method (the link then opens itself).
    pub fn open_url(&self, url: &str) -> bool {
        self.call("openUrl", &[JsValue::from_str(url)]).is_ok()
    }

    /// `host.onTicketChanged(cb)`; `false` when the host cannot tell.
    pub fn on_ticket_changed(&self, callback: &Function) -> bool {
        self.call("onTicketChanged", &[callback.clone().into()]).is_ok()
    }
}

/// The host's answer to `request`: `{status, body}`.
fn read_response(answer: &JsValue) -> Result<ProxyResponse, String> {
    let status = get(answer, "status").and_then(|s| s.as_f64()).filter(|s| (0.0..1000.0).contains(s));
    let Some(status) = status else {
        return Err("host.request answered without a status".to_string());
    };
    let body = match get(answer, "body") {
        Some(b) if b.is_string() => b.as_string().unwrap_or_default(),
        // A host that parsed the JSON for us: turn it back into text.
        Some(b) if b.is_object() => json_text(&b).unwrap_or_default(),
        _ => String::new(),
    };
    Ok(ProxyResponse { status: status as u16, body })
}

/// A ticket value from the host: through JSON, so that any odd value is read by the one
/// tolerant reader in core.
pub fn ticket_from_js(value: &JsValue) -> Result<Option<Ticket>, TicketError> {
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    match json_text(value) {
        Some(json) => Ticket::from_json(&json),
        None => Err(TicketError("The host sent a ticket that cannot be turned into JSON.".into())),
    }
}

/// `JSON.stringify(value)`; `None` when it throws (cycles, BigInt) or gives nothing.
fn json_text(value: &JsValue) -> Option<String> {
    JSON::stringify(value).ok()?.as_string()
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    if !target.is_object() {
        return None;
    }
    Reflect::get(target, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined())
}

fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

/// A thrown value or rejection reason as text (`Error.message`, a string, or JSON).
pub fn describe(e: &JsValue) -> String {
    if let Some(s) = e.as_string() {
        return s;
    }
    if let Some(message) = get(e, "message").and_then(|m| m.as_string()) {
        return message;
    }
    json_text(e).unwrap_or_else(|| "unknown error".to_string())
}
