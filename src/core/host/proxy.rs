//! What the sidebar asks the orderlens proxy (through `host.request`) and how it reads the
//! answers. Answers are outside data: anything unexpected becomes a [`Failure`], never a panic.

use crate::core::lenient::{parse, FromWire};
use crate::core::order_view::{BuyerOrders, MessagingActions, MessagingAttributes, OrderView};
use crate::core::problem::{Problem, ProblemCode};

/// A JSON object of text fields, as the host (`related`) or the proxy receives it. Not `json!`:
/// it unwraps a serialiser result, and that panic's message brings std::io's error texts into
/// the wasm.
pub(super) fn text_object<'a>(fields: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut object = serde_json::Map::new();
    for (k, v) in fields {
        object.insert(k.to_string(), v.into());
    }
    // Not `Value`'s `Display`, which makes an `io::Error` from a string (and links its `Debug`).
    serde_json::to_string(&serde_json::Value::Object(object)).unwrap_or_default()
}

/// `host.request(req)`'s argument (docs/host-interface.md, type `Request`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyRequest {
    pub method: &'static str,
    /// Relative to the proxy: `/v1/orders/…?marketplace=DE`.
    pub path: String,
    /// Bypass the proxy's cache (Retry).
    pub fresh: bool,
    /// A POST's JSON body.
    pub body: Option<String>,
}

/// `host.request`'s answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyResponse {
    pub status: u16,
    pub body: String,
}

/// Why an answer has no data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The proxy answered with `application/problem+json`.
    Problem(Problem),
    /// The proxy answered something else we cannot read (a gateway's HTML page, bad JSON).
    Unreadable { status: u16 },
    /// The proxy could not be reached (the host rejected the request); the host's reason.
    Network(String),
}

/// `GET /v1/orders/{id}[?marketplace=XX]`.
pub fn order_request(order_id: &str, marketplace: Option<&str>, fresh: bool) -> ProxyRequest {
    get(format!("/v1/orders/{}", encode_segment(order_id)), marketplace, fresh)
}

/// `GET /v1/buyers/{alias}/orders[?marketplace=XX]`.
pub fn buyer_orders_request(alias: &str, marketplace: Option<&str>, fresh: bool) -> ProxyRequest {
    get(format!("/v1/buyers/{}/orders", encode_segment(alias)), marketplace, fresh)
}

/// `GET /v1/orders/{id}/messaging-actions[?marketplace=XX]`: what Amazon allows now.
pub fn messaging_actions_request(order_id: &str, marketplace: Option<&str>) -> ProxyRequest {
    get(format!("/v1/orders/{}/messaging-actions", encode_segment(order_id)), marketplace, false)
}

/// `GET /v1/orders/{id}/messaging-attributes[?marketplace=XX]`: the buyer's locale.
pub fn messaging_attributes_request(order_id: &str, marketplace: Option<&str>) -> ProxyRequest {
    get(format!("/v1/orders/{}/messaging-attributes", encode_segment(order_id)), marketplace, false)
}

/// `POST /v1/orders/{id}/messages/{action}[?marketplace=XX]` with `{"text": …}`.
pub fn send_message_request(order_id: &str, action: &str, marketplace: Option<&str>, text: &str) -> ProxyRequest {
    let path = format!("/v1/orders/{}/messages/{}", encode_segment(order_id), encode_segment(action));
    let body = text_object([("text", text)]);
    ProxyRequest { method: "POST", body: Some(body), ..get(path, marketplace, false) }
}

/// `POST /v1/orders/{id}/invoice[?marketplace=XX]` with `{"fileName", "contentBase64"}`.
pub fn invoice_request(order_id: &str, marketplace: Option<&str>, file_name: &str, base64: &str) -> ProxyRequest {
    let path = format!("/v1/orders/{}/invoice", encode_segment(order_id));
    let body = text_object([("fileName", file_name), ("contentBase64", base64)]);
    ProxyRequest { method: "POST", body: Some(body), ..get(path, marketplace, false) }
}

fn get(mut path: String, marketplace: Option<&str>, fresh: bool) -> ProxyRequest {
    if let Some(code) = marketplace {
        path.push_str("?marketplace=");
        path.push_str(&encode_segment(code));
    }
    ProxyRequest { method: "GET", path, fresh, body: None }
}

pub fn read_order(result: Result<ProxyResponse, String>) -> Result<OrderView, Failure> {
    read(result)
}

pub fn read_buyer_orders(result: Result<ProxyResponse, String>) -> Result<BuyerOrders, Failure> {
    read(result)
}

pub fn read_messaging_actions(result: Result<ProxyResponse, String>) -> Result<MessagingActions, Failure> {
    read(result)
}

pub fn read_messaging_attributes(result: Result<ProxyResponse, String>) -> Result<MessagingAttributes, Failure> {
    read(result)
}

/// A send's answer: `201` is sent; anything else is why not (the problem's sentence, or "may
/// have been sent").
pub fn read_sent(result: Result<ProxyResponse, String>) -> Result<(), Failure> {
    let response = result.map_err(Failure::Network)?;
    if (200..300).contains(&response.status) {
        return Ok(());
    }
    Err(refusal(&response))
}

fn read<T: FromWire>(result: Result<ProxyResponse, String>) -> Result<T, Failure> {
    let response = result.map_err(Failure::Network)?;
    if (200..300).contains(&response.status) {
        return parse(&response.body).ok_or(Failure::Unreadable { status: response.status });
    }
    Err(refusal(&response))
}

/// Why a non-2xx answer has no data.
fn refusal(response: &ProxyResponse) -> Failure {
    match parse::<Problem>(&response.body) {
        Some(problem) => Failure::Problem(problem),
        // A problem without our body (a load balancer's 502 page): the status still tells a 401.
        None => match response.status {
            401 => Failure::Problem(Problem::new(ProblemCode::Unauthorized, "")),
            _ => Failure::Unreadable { status: response.status },
        },
    }
}

/// Percent-encodes everything but unreserved characters and `@` (RFC 3986 path segment).
fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'@') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_and_encoded() {
        assert_eq!(
            order_request("028-1234567-8901234", Some("TR"), false).path,
            "/v1/orders/028-1234567-8901234?marketplace=TR"
        );
        assert_eq!(order_request("x/../y?z", None, true).path, "/v1/orders/x%2F..%2Fy%3Fz");
        assert_eq!(
            buyer_orders_request("abc@marketplace.amazon.de", Some("DE"), false).path,
            "/v1/buyers/abc@marketplace.amazon.de/orders?marketplace=DE"
        );
        let send = send_message_request("028-1234567-8901234", "unexpectedProblem", Some("TR"), "Hi \"you\"");
        assert_eq!(
            (send.method, send.path.as_str()),
            ("POST", "/v1/orders/028-1234567-8901234/messages/unexpectedProblem?marketplace=TR")
        );
        assert_eq!(send.body.as_deref(), Some(r#"{"text":"Hi \"you\""}"#));
    }

    #[test]
    fn answers_become_data_or_failures() {
        let ok = |status, body: &str| Ok(ProxyResponse { status, body: body.into() });
        assert!(matches!(read_order(ok(200, "{}")), Err(Failure::Unreadable { status: 200 })));
        assert!(matches!(read_order(ok(502, "<html>bad gateway</html>")), Err(Failure::Unreadable { status: 502 })));
        assert!(matches!(read_order(ok(401, "")), Err(Failure::Problem(p)) if p.code == ProblemCode::Unauthorized));
        assert!(matches!(read_order(Err("offline".into())), Err(Failure::Network(r)) if r == "offline"));
        let p = serde_json::to_string(&Problem::new(ProblemCode::OrderNotFound, "no")).unwrap();
        assert!(matches!(read_order(ok(404, &p)), Err(Failure::Problem(p)) if p.code == ProblemCode::OrderNotFound));
        let buyers = read_buyer_orders(ok(200, r#"{"marketplace":"DE","orders":[]}"#)).unwrap();
        assert!(buyers.orders.is_empty());
        assert_eq!(read_sent(ok(201, r#"{"sent":true}"#)), Ok(()));
        let dup = serde_json::to_string(&Problem::new(ProblemCode::MessageDuplicate, "again?")).unwrap();
        assert!(
            matches!(read_sent(ok(409, &dup)), Err(Failure::Problem(p)) if p.code == ProblemCode::MessageDuplicate)
        );
        assert!(matches!(read_sent(ok(502, "<html>")), Err(Failure::Unreadable { status: 502 })));
    }
}
