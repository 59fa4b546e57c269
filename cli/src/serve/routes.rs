//! The HTTP API v1 handlers.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use orderlens::marketplace::Marketplace;
use orderlens::order_view::{BuyerOrders, MessagingActions, OrderView};
use orderlens::problem::{Problem, ProblemCode};
use reqwest::Method;
use serde::{Deserialize, Serialize};

use super::accounts::{parse_marketplace, truncate, Account};
use super::limiter::Operation;
use super::problem::{from_lwa, from_upstream, invalid_response, ApiError};
use super::server::AppState;
use super::upstream::Request;
use super::{messaging, view};

/// What the order view needs from getOrder (sp-api.md §2.2).
const INCLUDED_DATA: &str = "BUYER,RECIPIENT,FULFILLMENT,PACKAGES,PROCEEDS";

/// How far back the buyer's-orders search looks.
const BUYER_ORDERS_DAYS: i64 = 180;

type Params = Query<HashMap<String, String>>;

pub async fn get_order(
    State(s): State<Arc<AppState>>,
    Path(order_id): Path<String>,
    Query(q): Params,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    check_order_id(&order_id, s.config.sandbox)?;
    let marketplace = parse_marketplace(q.get("marketplace").map(String::as_str))?;
    let (_, view) = find_order(&s, &order_id, marketplace, wants_fresh(&q, &headers)).await?;
    Ok(json(StatusCode::OK, &*view))
}

pub async fn messaging_actions(
    State(s): State<Arc<AppState>>,
    Path(order_id): Path<String>,
    Query(q): Params,
) -> Result<Response, ApiError> {
    check_order_id(&order_id, s.config.sandbox)?;
    let marketplace = parse_marketplace(q.get("marketplace").map(String::as_str))?;
    let (account, mp) = account_for_order(&s, &order_id, marketplace).await?;
    let req = Request {
        op: Operation::Messaging,
        method: Method::GET,
        path: format!("/messaging/v1/orders/{order_id}"),
        query: vec![("marketplaceIds", mp.id.to_string())],
        json: None,
    };
    let what = format!("the messaging actions of order {order_id}");
    let ok =
        s.spapi.call(&account, &req).await.map_err(|e| recorded(&account, from_upstream(e, account.name(), &what)))?;
    let actions = messaging::parse_actions(&ok.body).ok_or_else(|| {
        recorded(&account, invalid_response("getMessagingActionsForOrder", account.name(), ok.request_id))
    })?;
    Ok(json(StatusCode::OK, &MessagingActions { order_id, marketplace: mp.code.to_string(), actions }))
}

#[derive(Deserialize)]
struct SendBody {
    text: String,
    #[serde(default)]
    marketplace: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Sent<'a> {
    order_id: &'a str,
    action: &'a str,
    sent: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_id: Option<String>,
}

pub async fn send_message(
    State(s): State<Arc<AppState>>,
    Path((order_id, action)): Path<(String, String)>,
    Query(q): Params,
    body: Bytes,
) -> Result<Response, ApiError> {
    check_order_id(&order_id, s.config.sandbox)?;
    let body: SendBody = serde_json::from_slice(&body).map_err(|_| {
        Problem::new(
            ProblemCode::BadRequest,
            r#"The body must be JSON like {"text": "…"} (optionally with "marketplace")."#,
        )
    })?;
    messaging::validate(&action, &body.text)?;
    let mp_param = body.marketplace.as_deref().or(q.get("marketplace").map(String::as_str));
    let marketplace = parse_marketplace(mp_param)?;
    let (account, mp) = account_for_order(&s, &order_id, marketplace).await?;
    let req = Request {
        op: Operation::Messaging,
        method: Method::POST,
        path: format!("/messaging/v1/orders/{order_id}/messages/{action}"),
        query: vec![("marketplaceIds", mp.id.to_string())],
        json: Some(serde_json::json!({ "text": body.text })),
    };
    let what = format!("the '{action}' message for order {order_id}");
    let ok =
        s.spapi.call(&account, &req).await.map_err(|e| recorded(&account, from_upstream(e, account.name(), &what)))?;
    Ok(json(StatusCode::CREATED, &Sent { order_id: &order_id, action: &action, sent: true, request_id: ok.request_id }))
}

pub async fn buyer_orders(
    State(s): State<Arc<AppState>>,
    Path(alias): Path<String>,
    Query(q): Params,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let alias = alias.trim().to_ascii_lowercase();
    let domain = alias.split_once('@').filter(|(l, d)| !l.is_empty() && !d.is_empty()).map(|(_, d)| d);
    let Some(domain) = domain else {
        return Err(Problem::new(
            ProblemCode::BadRequest,
            "The buyer alias must be an address like abc123@marketplace.amazon.de.",
        )
        .into());
    };
    let marketplace = match parse_marketplace(q.get("marketplace").map(String::as_str))? {
        Some(mp) => mp,
        None => Marketplace::by_alias_domain(domain).ok_or_else(|| {
            Problem::new(
                ProblemCode::UnknownMarketplace,
                "The alias is not an Amazon buyer alias (…@marketplace.amazon.<tld>); pass ?marketplace=XX.",
            )
        })?,
    };
    let account = first(s.accounts.candidates(Some(marketplace))?)?;
    let key = (account.name().to_string(), marketplace.id.to_string(), alias.clone());
    let fetch = async {
        let created_after =
            (Utc::now() - chrono::Duration::days(BUYER_ORDERS_DAYS)).format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let req = Request {
            op: Operation::GetOrders,
            method: Method::GET,
            path: "/orders/v0/orders".into(),
            query: vec![
                ("MarketplaceIds", marketplace.id.to_string()),
                ("BuyerEmail", alias.clone()),
                ("CreatedAfter", created_after),
            ],
            json: None,
        };
        let ok = s
            .spapi
            .call(&account, &req)
            .await
            .map_err(|e| recorded(&account, from_upstream(e, account.name(), "the buyer's orders")))?;
        let orders = view::order_summaries(&ok.body).map_err(|e| {
            tracing::warn!(account = account.name(), operation = "getOrders", cause = e.0, "unreadable SP-API answer");
            recorded(&account, invalid_response("getOrders", account.name(), ok.request_id))
        })?;
        Ok(BuyerOrders { marketplace: marketplace.code.to_string(), orders })
    };
    let found = s.buyers.get(key, wants_fresh(&q, &headers), fetch).await?;
    Ok(json(StatusCode::OK, &*found))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Health {
    status: &'static str,
    sandbox: bool,
    version: &'static str,
    accounts: Vec<AccountHealth>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AccountHealth {
    name: String,
    region: &'static str,
    marketplaces: Vec<&'static str>,
    credentials_usable: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    credentials_problem: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    access_token_valid_for_secs: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_upstream_error: Option<super::accounts::LastError>,
    limiter: Vec<LimiterHealth>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LimiterHealth {
    operation: &'static str,
    rate_per_second: f64,
    burst: u32,
    /// Requests answered 429 by the proxy's own limiter since start.
    refused: u64,
}

/// Per account: can we get an access token (cached, or one exchange), the last upstream error,
/// the limiter. Never secrets.
pub async fn health(State(s): State<Arc<AppState>>) -> Response {
    let mut accounts = Vec::new();
    for a in &s.accounts.all {
        let token = tokio::time::timeout(s.config.upstream_timeout, a.lwa.token()).await;
        let problem = match token {
            Ok(Ok(_)) => None,
            Ok(Err(e)) => Some(recorded(a, from_lwa(e, a.name()))),
            Err(_) => Some(Problem::new(ProblemCode::UpstreamTimeout, "Login with Amazon did not answer in time.")),
        };
        accounts.push(AccountHealth {
            name: a.name().to_string(),
            region: a.config.region.as_str(),
            marketplaces: a.config.marketplaces.iter().map(|m| m.code).collect(),
            credentials_usable: problem.is_none(),
            credentials_problem: problem.map(|p| p.detail),
            access_token_valid_for_secs: a.lwa.valid_for().await,
            last_upstream_error: a.last_error(),
            limiter: Operation::ALL
                .into_iter()
                .map(|op| {
                    let b = a.bucket(op);
                    LimiterHealth {
                        operation: op.as_str(),
                        rate_per_second: b.rate().per_second,
                        burst: b.rate().burst,
                        refused: b.refused(),
                    }
                })
                .collect(),
        });
    }
    let healthy = accounts.iter().all(|a| a.credentials_usable) && !accounts.is_empty();
    let body = Health {
        status: if healthy { "ok" } else { "degraded" },
        sandbox: s.config.sandbox,
        version: env!("CARGO_PKG_VERSION"),
        accounts,
    };
    json(StatusCode::OK, &body)
}

pub async fn not_found() -> ApiError {
    Problem::new(ProblemCode::NotFound, "No such endpoint. The API is GET /v1/orders/{orderId}, GET /v1/orders/{orderId}/messaging-actions, POST /v1/orders/{orderId}/messages/{action}, GET /v1/buyers/{alias}/orders and GET /v1/health.").into()
}

/// The order from the first candidate account that has it (cached, coalesced).
async fn find_order(
    s: &AppState,
    order_id: &str,
    marketplace: Option<&'static Marketplace>,
    fresh: bool,
) -> Result<(Arc<Account>, Arc<OrderView>), Problem> {
    let candidates = s.accounts.candidates(marketplace)?;
    // Without a marketplace several accounts are asked in turn; a cached answer from any of
    // them beats asking the ones before it again (their "not found" is not cached).
    if !fresh {
        for account in &candidates {
            if let Some(view) = s.orders.peek(&(account.name().to_string(), order_id.to_string())).await {
                return Ok((account.clone(), view));
            }
        }
    }
    let mut request_id = None;
    for account in &candidates {
        let key = (account.name().to_string(), order_id.to_string());
        match s.orders.get(key, fresh, fetch_order(s, account, order_id)).await {
            Ok(view) => return Ok((account.clone(), view)),
            Err(p) if p.code == ProblemCode::OrderNotFound => request_id = p.request_id,
            Err(p) => return Err(p),
        }
    }
    let names: Vec<&str> = candidates.iter().map(|a| a.name()).collect();
    let where_ = match marketplace {
        Some(mp) => format!("marketplace {}", mp.code),
        None => "any configured marketplace".to_string(),
    };
    Err(Problem::new(
        ProblemCode::OrderNotFound,
        format!("Amazon has no order {order_id} in {where_} (seller accounts: {}). Check the order id; if another seller account sold it, add that account to the proxy's config.", names.join(", ")),
    )
    .with_request_id(request_id))
}

async fn fetch_order(s: &AppState, account: &Account, order_id: &str) -> Result<OrderView, Problem> {
    let req = Request {
        op: Operation::GetOrder,
        method: Method::GET,
        path: format!("/orders/2026-01-01/orders/{order_id}"),
        query: vec![("includedData", INCLUDED_DATA.to_string())],
        json: None,
    };
    let what = format!("order {order_id}");
    match s.spapi.call(account, &req).await {
        Ok(ok) => view::order_view(&ok.body).map_err(|e| {
            tracing::warn!(
                account = account.name(),
                operation = "getOrder",
                order_id,
                cause = e.0,
                "unreadable SP-API answer"
            );
            recorded(account, invalid_response("getOrder", account.name(), ok.request_id))
        }),
        Err(e) => {
            let p = from_upstream(e, account.name(), &what);
            Err(if p.code == ProblemCode::OrderNotFound { p } else { recorded(account, p) })
        }
    }
}

/// Messaging needs exactly one marketplace: the requested one, or the order's own.
async fn account_for_order(
    s: &AppState,
    order_id: &str,
    marketplace: Option<&'static Marketplace>,
) -> Result<(Arc<Account>, &'static Marketplace), Problem> {
    if let Some(mp) = marketplace {
        return Ok((first(s.accounts.candidates(Some(mp))?)?, mp));
    }
    let (account, view) = find_order(s, order_id, None, false).await?;
    let mp = Marketplace::by_id(&view.marketplace_id).ok_or_else(|| {
        Problem::new(
            ProblemCode::UnknownMarketplace,
            "The order's marketplace is not in the marketplace table; pass ?marketplace=XX.",
        )
    })?;
    Ok((account, mp))
}

fn first(accounts: Vec<Arc<Account>>) -> Result<Arc<Account>, Problem> {
    accounts.into_iter().next().ok_or_else(|| {
        Problem::new(ProblemCode::MarketplaceNotConfigured, "No seller account is configured for this marketplace.")
    })
}

fn recorded(account: &Account, p: Problem) -> Problem {
    account.record_error(&p);
    p
}

/// Amazon order ids are 3-7-7 digits; the sandbox also uses ids like `TEST_CASE_200`.
fn check_order_id(id: &str, sandbox: bool) -> Result<(), Problem> {
    let groups: Vec<&str> = id.split('-').collect();
    let amazon = groups.len() == 3
        && groups.iter().zip([3, 7, 7]).all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_digit()));
    let sandbox_id = sandbox
        && (1..=40).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if amazon || sandbox_id {
        Ok(())
    } else {
        Err(Problem::new(
            ProblemCode::InvalidOrderId,
            format!("'{}' is not an Amazon order id. Order ids look like 123-1234567-1234567.", truncate(id, 40)),
        ))
    }
}

/// `?fresh=1` or `Cache-Control: no-cache` skips the cache (the sidebar's reload button).
fn wants_fresh(q: &HashMap<String, String>, headers: &HeaderMap) -> bool {
    let param = q.get("fresh").is_some_and(|v| matches!(v.as_str(), "1" | "true" | "yes" | ""));
    let header = headers
        .get_all(header::CACHE_CONTROL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.to_ascii_lowercase().contains("no-cache"));
    param || header
}

/// JSON with `Cache-Control: no-store`: these bodies can hold PII.
fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => {
            let mut r = (status, body).into_response();
            r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            r
        }
        Err(_) => ApiError(Problem::new(
            ProblemCode::Internal,
            "The proxy could not encode its answer. Please report this bug.",
        ))
        .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::check_order_id;

    #[test]
    fn order_ids() {
        assert!(check_order_id("028-1234567-8901234", false).is_ok());
        assert!(check_order_id("TEST_CASE_200", false).is_err());
        assert!(check_order_id("TEST_CASE_200", true).is_ok());
        assert!(check_order_id("../../admin", true).is_err());
        assert!(check_order_id("028-1234567-890123", false).is_err());
    }
}
