//! A fake SP-API and a fake Login with Amazon in one axum router on a loopback port. Sandbox mode
//! runs the whole proxy (LWA, limiter, cache, mapping) against it, so the proxy works with no
//! Amazon account; the integration tests and the benchmark use it too, with injected faults.
//!
//! Paths are Amazon's (`operations`), below a region prefix (`/na`, `/eu`, `/fe`) so an order is only found
//! through the account of its own region, as in production. Seller Central's consent page and
//! LWA's code grant (`consent`) live under the same prefixes.

pub mod consent;
pub mod fixtures;
mod options;
mod uploads;

pub use options::{FakeOptions, Fault, LwaFault, Stats, REVOKED_MARKETPLACE, REVOKED_REFRESH_TOKEN};

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{FromRef, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Form, Router};
use orderlens::marketplace::{Marketplace, Region};

use super::spapi::limiter::{Bucket, Decision};
use super::spapi::operations::{self, Operation};

pub struct FakeState {
    pub stats: Stats,
    faults: Mutex<VecDeque<Fault>>,
    lwa_fault: Mutex<Option<LwaFault>>,
    next_token: AtomicU64,
    first_valid_token: AtomicU64,
    request_ids: AtomicU64,
    buckets: Option<HashMap<(Region, Operation), Bucket>>,
    codes: consent::Codes,
    /// The storage behind the Uploads API.
    pub uploads: uploads::Uploads,
}

/// The upload storage needs only its uploads.
impl FromRef<Arc<FakeState>> for uploads::Uploads {
    fn from_ref(s: &Arc<FakeState>) -> Self {
        s.uploads.clone()
    }
}

/// The consent pages need only the codes they issue.
impl FromRef<Arc<FakeState>> for consent::Codes {
    fn from_ref(s: &Arc<FakeState>) -> Self {
        s.codes.clone()
    }
}

pub struct FakeAmazon {
    pub addr: SocketAddr,
    pub state: Arc<FakeState>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FakeAmazon {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FakeAmazon {
    /// Bind 127.0.0.1 on an ephemeral port and serve.
    pub async fn spawn(options: FakeOptions) -> std::io::Result<FakeAmazon> {
        let buckets = options.enforce_limits.then(|| {
            Region::ALL
                .into_iter()
                .flat_map(|r| Operation::ALL.into_iter().map(move |op| (r, op)))
                .map(|(r, op)| ((r, op), Bucket::new(options.limits.of(op))))
                .collect()
        });
        let state = Arc::new(FakeState {
            stats: Stats::default(),
            faults: Mutex::new(VecDeque::new()),
            lwa_fault: Mutex::new(None),
            next_token: AtomicU64::new(1),
            first_valid_token: AtomicU64::new(1),
            request_ids: AtomicU64::new(1),
            buckets,
            codes: consent::Codes::default(),
            uploads: uploads::Uploads::default(),
        });
        // Amazon's path templates are axum's: `{orderId}` is a capture in both.
        let region = |path: &str| format!("/{{region}}{path}");
        let router = Router::new()
            .route("/auth/o2/token", post(lwa_token))
            .route(&region(operations::GET_ORDER), get(get_order))
            .route(&region(operations::GET_ORDERS), get(get_orders))
            .route(&region(operations::GET_MESSAGING_ACTIONS), get(messaging_actions))
            .route(&region(operations::GET_ATTRIBUTES), get(attributes))
            .route(&region(operations::SEND_MESSAGE), post(send_message))
            .route(
                &region(&operations::CREATE_UPLOAD_DESTINATION.replace("{resource}", "{*resource}")),
                post(upload_destination),
            )
            .route("/upload/{id}", put(uploads::upload))
            .route(&region(operations::GET_MARKETPLACE_PARTICIPATIONS), get(marketplace_participations))
            .route(&region("/apps/authorize/consent"), get(consent::consent_page))
            .route(&region("/apps/authorize/confirm"), get(consent::confirm))
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await?;
        let addr = listener.local_addr()?;
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        });
        Ok(FakeAmazon { addr, state, task })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn lwa_url(&self) -> String {
        format!("{}/auth/o2/token", self.url())
    }

    /// The SP-API base URL of one region.
    pub fn region_url(&self, region: Region) -> String {
        format!("{}/{}", self.url(), region.as_str().to_ascii_lowercase())
    }

    /// The next SP-API calls misbehave in this order, one fault per call.
    pub fn push_faults(&self, faults: impl IntoIterator<Item = Fault>) {
        if let Ok(mut q) = self.state.faults.lock() {
            q.extend(faults);
        }
    }

    pub fn set_lwa_fault(&self, fault: Option<LwaFault>) {
        if let Ok(mut f) = self.state.lwa_fault.lock() {
            *f = fault;
        }
    }

    /// Every authorisation code issued so far is now older than Amazon's 5 minutes.
    pub fn expire_codes(&self) {
        self.state.codes.expire_all();
    }

    /// Every access token issued so far is now expired (Amazon answers 403 "…has expired").
    pub fn expire_tokens(&self) {
        let next = self.state.next_token.load(Ordering::SeqCst);
        self.state.first_valid_token.store(next, Ordering::SeqCst);
    }
}

async fn lwa_token(State(s): State<Arc<FakeState>>, Form(form): Form<HashMap<String, String>>) -> Response {
    s.stats.lwa_exchanges.fetch_add(1, Ordering::SeqCst);
    let fault = s.lwa_fault.lock().ok().and_then(|f| *f);
    let field = |k: &str| form.get(k).map(|v| !v.is_empty()).unwrap_or(false);
    if form.get("grant_type").map(String::as_str) == Some("authorization_code") && field("client_id") {
        let (status, body) = consent::exchange(&s.codes, &form, s.next_token.fetch_add(1, Ordering::SeqCst));
        return json(status, body.to_string(), None);
    }
    // The sandbox's revoked account (`roster`) is refused like any revoked authorisation.
    let revoked = form.get("refresh_token").map(String::as_str) == Some(REVOKED_REFRESH_TOKEN);
    if fault == Some(LwaFault::InvalidGrant) || revoked || !field("refresh_token") {
        return json(
            StatusCode::BAD_REQUEST,
            r#"{"error":"invalid_grant","error_description":"The request has an invalid grant parameter : refresh_token. User may have revoked or didn't grant the permission."}"#.into(),
            None,
        );
    }
    if form.get("grant_type").map(String::as_str) != Some("refresh_token") || !field("client_id") {
        return json(
            StatusCode::BAD_REQUEST,
            r#"{"error":"invalid_request","error_description":"grant_type and client_id are required"}"#.into(),
            None,
        );
    }
    let n = s.next_token.fetch_add(1, Ordering::SeqCst);
    let body = serde_json::json!({
        "access_token": format!("Atza|sandbox-{n}"),
        "token_type": "bearer",
        "expires_in": 3600,
        "refresh_token": form.get("refresh_token"),
    });
    json(StatusCode::OK, body.to_string(), None)
}

/// Checks every SP-API call shares: access token, usage plan, scripted faults.
async fn gate(s: &FakeState, headers: &HeaderMap, region: &str, op: Operation) -> Result<(), Response> {
    let rid = Some(s.request_ids.fetch_add(1, Ordering::Relaxed));
    let token = headers.get("x-amz-access-token").and_then(|v| v.to_str().ok()).unwrap_or("");
    let Some(n) = token.strip_prefix("Atza|sandbox-").and_then(|n| n.parse::<u64>().ok()) else {
        return Err(error(
            StatusCode::FORBIDDEN,
            "Unauthorized",
            "Access to requested resource is denied.",
            "Access token is missing in the request header.",
            rid,
        ));
    };
    if n < s.first_valid_token.load(Ordering::SeqCst) {
        return Err(error(
            StatusCode::FORBIDDEN,
            "Unauthorized",
            "Access to requested resource is denied.",
            "The access token you provided has expired.",
            rid,
        ));
    }
    let Some(region) = Region::parse(region) else {
        return Err(error(StatusCode::NOT_FOUND, "NotFound", "Unknown endpoint.", "", rid));
    };
    if let Some(bucket) = s.buckets.as_ref().and_then(|b| b.get(&(region, op))) {
        if bucket.decide(Duration::ZERO) != Decision::Go {
            s.stats.quota_429s.fetch_add(1, Ordering::SeqCst);
            return Err(error(
                StatusCode::TOO_MANY_REQUESTS,
                "QuotaExceeded",
                "You exceeded your quota for the requested resource.",
                "",
                rid,
            ));
        }
    }
    let fault = s.faults.lock().ok().and_then(|mut q| q.pop_front());
    match fault {
        None => Ok(()),
        Some(Fault::Delay(d)) => {
            tokio::time::sleep(d).await;
            Ok(())
        }
        Some(Fault::Malformed) => Err(json(StatusCode::OK, r#"{"order": {"orderId": "#.into(), rid)),
        Some(Fault::Body(body)) => Err(json(StatusCode::OK, body, rid)),
        Some(Fault::Oversized) => Err(json(StatusCode::OK, format!("{{\"pad\":\"{}\"}}", "x".repeat(5 << 20)), rid)),
        Some(Fault::Redirect(to)) => {
            let mut r = json(StatusCode::TEMPORARY_REDIRECT, "{}".into(), rid);
            if let Ok(v) = HeaderValue::from_str(&to) {
                r.headers_mut().insert("location", v);
            }
            Err(r)
        }
        Some(Fault::Status(code)) => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let (c, m) = match code {
                429 => ("QuotaExceeded", "You exceeded your quota for the requested resource."),
                403 => ("Unauthorized", "Access to requested resource is denied."),
                503 => ("ServiceUnavailable", "Service temporarily unavailable."),
                _ => ("InternalFailure", "We encountered an internal error. Please try again."),
            };
            Err(error(status, c, m, "", rid))
        }
    }
}

async fn get_order(
    State(s): State<Arc<FakeState>>,
    Path((region, order_id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    s.stats.get_order_calls.fetch_add(1, Ordering::SeqCst);
    if let Err(r) = gate(&s, &headers, &region, Operation::GetOrder).await {
        return r;
    }
    let rid = Some(s.request_ids.fetch_add(1, Ordering::Relaxed));
    if order_id == "TEST_CASE_400" {
        return json(StatusCode::BAD_REQUEST, fixtures::GET_ORDER_400.into(), rid);
    }
    let in_region = fixtures::marketplace_of(&order_id)
        .and_then(Marketplace::by_id)
        .is_some_and(|m| m.region.as_str().eq_ignore_ascii_case(&region));
    match fixtures::get_order_body(&order_id) {
        Some(body) if in_region => json(StatusCode::OK, body, rid),
        _ => error(StatusCode::NOT_FOUND, "NotFound", "The requested order was not found.", "", rid),
    }
}

async fn get_orders(State(s): State<Arc<FakeState>>, Path(region): Path<String>, headers: HeaderMap) -> Response {
    s.stats.get_orders_calls.fetch_add(1, Ordering::SeqCst);
    if let Err(r) = gate(&s, &headers, &region, Operation::GetOrders).await {
        return r;
    }
    // Any BuyerEmail: Amazon's getOrders TEST_CASE_200 body.
    json(StatusCode::OK, fixtures::GET_ORDERS_200.into(), Some(s.request_ids.fetch_add(1, Ordering::Relaxed)))
}

async fn messaging_actions(
    State(s): State<Arc<FakeState>>,
    Path((region, _order)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    s.stats.messaging_calls.fetch_add(1, Ordering::SeqCst);
    if let Err(r) = gate(&s, &headers, &region, Operation::Messaging).await {
        return r;
    }
    // Amazon's sandbox body for 123-1234567-1234567, for every order (see fixtures.rs).
    json(StatusCode::OK, fixtures::MESSAGING_ACTIONS_200.into(), Some(s.request_ids.fetch_add(1, Ordering::Relaxed)))
}

async fn attributes(
    State(s): State<Arc<FakeState>>,
    Path((region, order_id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    s.stats.messaging_calls.fetch_add(1, Ordering::SeqCst);
    if let Err(r) = gate(&s, &headers, &region, Operation::Messaging).await {
        return r;
    }
    let body = match fixtures::marketplace_of(&order_id).and_then(Marketplace::by_id) {
        Some(m) => serde_json::json!({ "buyer": { "locale": m.language } }).to_string(),
        None => fixtures::ATTRIBUTES_200.to_string(),
    };
    json(StatusCode::OK, body, Some(s.request_ids.fetch_add(1, Ordering::Relaxed)))
}

async fn send_message(
    State(s): State<Arc<FakeState>>,
    Path((region, _order, action)): Path<(String, String, String)>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    s.stats.messaging_calls.fetch_add(1, Ordering::SeqCst);
    if let Err(r) = gate(&s, &headers, &region, Operation::Messaging).await {
        return r;
    }
    let rid = Some(s.request_ids.fetch_add(1, Ordering::Relaxed));
    if action == "invoice" {
        if !s.uploads.all_arrived(&body) {
            return error(
                StatusCode::BAD_REQUEST,
                "InvalidInput",
                "Invalid attachment: upload the file to its upload destination first.",
                "",
                rid,
            );
        }
        s.stats.invoices_sent.fetch_add(1, Ordering::SeqCst);
    }
    s.stats.messages_sent.fetch_add(1, Ordering::SeqCst);
    json(StatusCode::CREATED, "{}".into(), rid)
}

/// createUploadDestinationForResource: a destination on this fake (`/upload/{id}`) for a file
/// with the given MD5.
async fn upload_destination(
    State(s): State<Arc<FakeState>>,
    Path((region, _resource)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    s.stats.upload_destinations.fetch_add(1, Ordering::SeqCst);
    if let Err(r) = gate(&s, &headers, &region, Operation::Messaging).await {
        return r;
    }
    let n = s.request_ids.fetch_add(1, Ordering::Relaxed);
    let rid = Some(n);
    let (Some(md5), Some(_), Some(content_type)) = (q.get("contentMD5"), q.get("marketplaceIds"), q.get("contentType"))
    else {
        return error(
            StatusCode::BAD_REQUEST,
            "InvalidInput",
            "contentMD5, marketplaceIds and contentType are required.",
            "",
            rid,
        );
    };
    let id = format!("amzn1.tortuga.sandbox.{n}");
    s.uploads.create(&id, md5);
    let host = headers.get("host").and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1");
    let body = serde_json::json!({ "payload": {
        "uploadDestinationId": id,
        "url": format!("http://{host}/upload/{id}"),
        "headers": { "Content-Type": content_type, "Content-MD5": md5 },
    }});
    json(StatusCode::CREATED, body.to_string(), rid)
}

async fn marketplace_participations(
    State(s): State<Arc<FakeState>>,
    Path(region): Path<String>,
    headers: HeaderMap,
) -> Response {
    s.stats.participations_calls.fetch_add(1, Ordering::SeqCst);
    if let Err(r) = gate(&s, &headers, &region, Operation::Sellers).await {
        return r;
    }
    let rid = Some(s.request_ids.fetch_add(1, Ordering::Relaxed));
    match Region::parse(&region) {
        Some(r) => json(StatusCode::OK, consent::participations(r), rid),
        None => error(StatusCode::NOT_FOUND, "NotFound", "Unknown endpoint.", "", rid),
    }
}

fn error(status: StatusCode, code: &str, message: &str, details: &str, rid: Option<u64>) -> Response {
    let body = serde_json::json!({ "errors": [{ "code": code, "message": message, "details": details }] });
    json(status, body.to_string(), rid)
}

fn json(status: StatusCode, body: String, rid: Option<u64>) -> Response {
    let mut r = (status, body).into_response();
    r.headers_mut().insert("content-type", HeaderValue::from_static("application/json"));
    if let Some(n) = rid {
        if let Ok(v) = HeaderValue::from_str(&format!("sandbox-{n:08}")) {
            r.headers_mut().insert("x-amzn-RequestId", v);
        }
    }
    r
}
