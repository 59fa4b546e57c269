//! Seller Central's side of the website authorisation workflow, faked: a consent page
//! (`/{region}/apps/authorize/consent`, its button `data-ol="consent-confirm"`), the redirect
//! back with `state`, `selling_partner_id` and `spapi_oauth_code`, LWA's `authorization_code`
//! grant (a code lives 5 minutes and is good once), and the Sellers API's
//! getMarketplaceParticipations (Amazon's sample; for EU and FE its entry for each of the
//! region's marketplaces).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, DOCTYPE};
use orderlens::marketplace::{Marketplace, Region};
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::time::Instant;

/// How long Amazon's authorisation codes live.
pub const CODE_LIFETIME: Duration = Duration::from_secs(5 * 60);

/// A getMarketplaceParticipations body of one US store, in the shape of Amazon's Sellers API.
pub const PARTICIPATIONS_200: &str = include_str!(
    "../../../../tests/fixtures/spapi/sellers/getMarketplaceParticipations__200__orderlens__one_us_store.json"
);

/// Codes issued on the consent page, until exchanged (a handle: clones share the codes).
#[derive(Default, Clone)]
pub struct Codes {
    issued: Arc<Mutex<HashMap<String, Issued>>>,
    next: Arc<AtomicU64>,
}

struct Issued {
    at: Instant,
    redirect_uri: String,
    region: Region,
}

impl Codes {
    /// Every code issued so far is now older than 5 minutes (tests).
    pub fn expire_all(&self) {
        if let Ok(mut issued) = self.issued.lock() {
            let past = Instant::now().checked_sub(CODE_LIFETIME + Duration::from_secs(1));
            for i in issued.values_mut() {
                i.at = past.unwrap_or(i.at);
            }
        }
    }
}

/// The selling partner id the fake's consent gives for a region (uppercase letters and digits,
/// like Amazon's).
pub fn seller_id(region: Region) -> String {
    format!("A1SANDBOX{}SELLER", region.as_str())
}

#[derive(Deserialize)]
pub struct ConsentQuery {
    application_id: Option<String>,
    state: Option<String>,
    redirect_uri: Option<String>,
    version: Option<String>,
}

fn html_page(status: StatusCode, body: String) -> Response {
    let mut r = (status, body).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    r
}

/// Sends the seller back only to this machine: the fake is no open redirect.
fn loopback_callback(uri: &str) -> Option<reqwest::Url> {
    let url = reqwest::Url::parse(uri).ok()?;
    let host = url.host_str()?.trim_start_matches('[').trim_end_matches(']').to_string();
    let local = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    (local && matches!(url.scheme(), "http" | "https")).then_some(url)
}

pub async fn consent_page(Path(region): Path<String>, Query(q): Query<ConsentQuery>) -> Response {
    let (Some(region), Some(app), Some(state), Some(redirect)) =
        (Region::parse(&region), q.application_id, q.state, q.redirect_uri.as_deref().and_then(loopback_callback))
    else {
        return html_page(
            StatusCode::BAD_REQUEST,
            "<p>The consent link lacks application_id, state or a redirect_uri on this machine.</p>".into(),
        );
    };
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head { meta charset="utf-8"; title { "Seller Central (sandbox): authorise an app" } }
            body {
                h1 { "Seller Central (sandbox)" }
                p { "You are signed in as the owner of seller " (seller_id(region)) " (" (region.name()) ")." }
                p { "The app " code { (app) } @if q.version.as_deref() == Some("beta") { " (draft)" } " asks to access your orders, buyer messaging and delivery addresses in every marketplace of this region." }
                form method="get" action={ "/" (region.as_str().to_ascii_lowercase()) "/apps/authorize/confirm" } {
                    input type="hidden" name="state" value=(state);
                    input type="hidden" name="redirect_uri" value=(redirect.as_str());
                    button type="submit" data-ol="consent-confirm" { "Confirm" }
                }
            }
        }
    };
    html_page(StatusCode::OK, page.into_string())
}

#[derive(Deserialize)]
pub struct ConfirmQuery {
    state: String,
    redirect_uri: String,
}

pub async fn confirm(
    State(codes): State<Codes>,
    Path(region): Path<String>,
    Query(q): Query<ConfirmQuery>,
) -> Response {
    let (Some(region), Some(mut back)) = (Region::parse(&region), loopback_callback(&q.redirect_uri)) else {
        return html_page(StatusCode::BAD_REQUEST, "<p>Unknown region or redirect.</p>".into());
    };
    let code = format!("ANsandbox{}{:016x}", codes.next.fetch_add(1, Ordering::Relaxed), rand::random::<u64>());
    if let Ok(mut issued) = codes.issued.lock() {
        issued.insert(code.clone(), Issued { at: Instant::now(), redirect_uri: q.redirect_uri.clone(), region });
    }
    back.query_pairs_mut()
        .append_pair("state", &q.state)
        .append_pair("selling_partner_id", &seller_id(region))
        .append_pair("spapi_oauth_code", &code);
    let mut r = StatusCode::FOUND.into_response();
    if let Ok(v) = HeaderValue::from_str(back.as_str()) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

/// LWA `grant_type=authorization_code`: a refresh token for a fresh, unused code named with the
/// redirect URI it was issued for (`n` numbers the tokens), as LWA's status and JSON body.
pub fn exchange(codes: &Codes, form: &HashMap<String, String>, n: u64) -> (StatusCode, Value) {
    let code = form.get("code").cloned().unwrap_or_default();
    let issued = codes.issued.lock().ok().and_then(|mut issued| issued.remove(&code));
    let refused = |why: &str| {
        let description = format!("The request has an invalid grant parameter : code. {why}");
        (StatusCode::BAD_REQUEST, json!({ "error": "invalid_grant", "error_description": description }))
    };
    let Some(issued) = issued else { return refused("Unknown or already used.") };
    if issued.at.elapsed() > CODE_LIFETIME {
        return refused("Expired.");
    }
    if form.get("redirect_uri") != Some(&issued.redirect_uri) {
        return refused("redirect_uri differs from the authorization request.");
    }
    let body = json!({
        "access_token": format!("Atza|sandbox-{n}"),
        "refresh_token": format!("Atzr|sandbox-{}-{n}", issued.region.as_str().to_ascii_lowercase()),
        "token_type": "bearer",
        "expires_in": 3600,
    });
    (StatusCode::OK, body)
}

/// The participations body of a region.
pub fn participations(region: Region) -> String {
    let sample: Value = serde_json::from_str(PARTICIPATIONS_200).unwrap_or(Value::Null);
    if region == Region::NA {
        return sample.to_string();
    }
    let template = sample["payload"][0].clone();
    let payload: Vec<Value> = Marketplace::all()
        .iter()
        .filter(|m| m.region == region)
        .map(|m| {
            let mut entry = template.clone();
            entry["marketplace"] = json!({
                "id": m.id,
                "name": format!("Amazon.{}", m.amazon_domain.trim_start_matches("amazon.")),
                "countryCode": if m.code == "UK" { "GB" } else { m.code },
                "defaultCurrencyCode": m.currency,
                "defaultLanguageCode": m.language.replace('-', "_"),
                "domainName": format!("www.{}", m.amazon_domain),
            });
            entry
        })
        .collect();
    json!({ "payload": payload }).to_string()
}
