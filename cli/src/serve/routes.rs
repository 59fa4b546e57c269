//! The HTTP API v1 read handlers (orders, messaging actions, buyer orders) and what the other
//! handler files share: finding an order across accounts within the caller's scope, JSON answers.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Extension, Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use orderlens::marketplace::Marketplace;
use orderlens::order_view::{BuyerOrders, MessagingActions, OrderView};
use orderlens::problem::{Problem, ProblemCode};
use serde::Serialize;

use super::accounts::Account;
use super::auth::Caller;
use super::input::parse_marketplace;
use super::order_id::OrderId;
use super::problem::{from_upstream, invalid_response, ApiError};
use super::spapi::lenient::MappingError;
use super::spapi::operations::{self, Request};
use super::spapi::{messaging, orders_v0, orders_v2026};
use super::state::AppState;

/// How far back the buyer's-orders search looks.
const BUYER_ORDERS_DAYS: i64 = 180;

pub type Params = Query<HashMap<String, String>>;

pub async fn get_order(
    State(s): State<Arc<AppState>>,
    Extension(caller): Extension<Caller>,
    Path(order_id): Path<String>,
    Query(q): Params,
) -> Result<Response, ApiError> {
    let order_id = OrderId::parse(&order_id, s.config.sandbox)?;
    let marketplace = parse_marketplace(q.get("marketplace").map(String::as_str))?;
    let (_, view) = find_order(&s, &caller, &order_id, marketplace, wants_fresh(&q)).await?;
    Ok(json(StatusCode::OK, &*view))
}

pub async fn messaging_actions(
    State(s): State<Arc<AppState>>,
    Extension(caller): Extension<Caller>,
    Path(order_id): Path<String>,
    Query(q): Params,
) -> Result<Response, ApiError> {
    let order_id = OrderId::parse(&order_id, s.config.sandbox)?;
    let marketplace = parse_marketplace(q.get("marketplace").map(String::as_str))?;
    let (account, mp) = account_for_order(&s, &caller, &order_id, marketplace).await?;
    let req = operations::get_messaging_actions(&order_id, mp);
    let what = format!("the messaging actions of order {order_id}");
    let ok =
        s.spapi.call(&account, &req).await.map_err(|e| recorded(&account, from_upstream(e, account.name(), &what)))?;
    let actions = messaging::parse_actions(&ok.body).map_err(|e| {
        unreadable(&account, &req, order_id.as_str(), e);
        recorded(
            account.as_ref(),
            invalid_response(&format!("{} for order {order_id}", req.operation_id), account.name(), ok.request_id),
        )
    })?;
    Ok(json(
        StatusCode::OK,
        &MessagingActions { order_id: order_id.to_string(), marketplace: mp.code.to_string(), actions },
    ))
}

pub async fn buyer_orders(
    State(s): State<Arc<AppState>>,
    Extension(caller): Extension<Caller>,
    Path(alias): Path<String>,
    Query(q): Params,
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
    let account = first(s.accounts.for_caller(&caller, Some(marketplace))?)?;
    let key = (account.name().to_string(), marketplace.id.to_string(), alias.clone());
    let fetch = async {
        let since = Utc::now() - chrono::Duration::days(BUYER_ORDERS_DAYS);
        let req = operations::get_orders_by_buyer(marketplace, &alias, since);
        let ok = s
            .spapi
            .call(&account, &req)
            .await
            .map_err(|e| recorded(&account, from_upstream(e, account.name(), "the buyer's orders")))?;
        let orders = orders_v0::order_summaries(&ok.body).map_err(|e| {
            unreadable(&account, &req, "-", e);
            recorded(&account, invalid_response(req.operation_id, account.name(), ok.request_id))
        })?;
        Ok(BuyerOrders { marketplace: marketplace.code.to_string(), orders })
    };
    let found = s.buyers.get(key, wants_fresh(&q), fetch).await?;
    Ok(json(StatusCode::OK, &*found))
}

pub async fn not_found() -> ApiError {
    Problem::new(ProblemCode::NotFound, "No such endpoint. The API is GET /v1/orders/{orderId}, GET /v1/orders/{orderId}/messaging-actions, POST /v1/orders/{orderId}/messages/{action}, GET /v1/buyers/{alias}/orders and GET /v1/health.").into()
}

/// The order from the first of the caller's accounts that has it (cached, coalesced), if the
/// caller may read its marketplace.
async fn find_order(
    s: &AppState,
    caller: &Caller,
    order_id: &OrderId,
    marketplace: Option<&'static Marketplace>,
    fresh: bool,
) -> Result<(Arc<Account>, Arc<OrderView>), Problem> {
    let readable = |account: &Arc<Account>, view: Arc<OrderView>| {
        if caller.may_read_marketplace(&view.marketplace_id) {
            Ok((account.clone(), view))
        } else {
            Err(caller.out_of_scope(&format!("order {order_id} (marketplace {})", view.marketplace)))
        }
    };
    let candidates = s.accounts.for_caller(caller, marketplace)?;
    // Without a marketplace several accounts are asked in turn; a cached answer from any of
    // them beats asking the ones before it again (their "not found" is not cached).
    if !fresh {
        for account in &candidates {
            if let Some(view) = s.orders.peek(&(account.name().to_string(), order_id.to_string())).await {
                return readable(account, view);
            }
        }
    }
    let mut request_id = None;
    for account in &candidates {
        let key = (account.name().to_string(), order_id.to_string());
        match s.orders.get(key, fresh, fetch_order(s, account, order_id, marketplace)).await {
            Ok(view) => return readable(account, view),
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

async fn fetch_order(
    s: &AppState,
    account: &Account,
    order_id: &OrderId,
    marketplace: Option<&'static Marketplace>,
) -> Result<OrderView, Problem> {
    let req = operations::get_order(order_id);
    let what = format!("order {order_id}");
    match s.spapi.call(account, &req).await {
        Ok(ok) => {
            let asked = orders_v2026::Asked {
                order_id: order_id.as_str(),
                marketplace: marketplace.or(account.config.marketplaces.first().copied()),
            };
            orders_v2026::order_view(&ok.body, &asked).map_err(|e| {
                unreadable(account, &req, order_id.as_str(), e);
                recorded(
                    account,
                    invalid_response(
                        &format!("{} for order {order_id}", req.operation_id),
                        account.name(),
                        ok.request_id,
                    ),
                )
            })
        }
        Err(e) => {
            let p = from_upstream(e, account.name(), &what);
            Err(if p.code == ProblemCode::OrderNotFound { p } else { recorded(account, p) })
        }
    }
}

fn unreadable(account: &Account, req: &Request, order_id: &str, e: MappingError) {
    tracing::warn!(
        account = account.name(),
        operation = req.operation_id,
        order_id,
        cause = e.0,
        "unreadable SP-API answer"
    );
}

/// Messaging needs exactly one marketplace: the requested one, or the order's own.
pub(super) async fn account_for_order(
    s: &AppState,
    caller: &Caller,
    order_id: &OrderId,
    marketplace: Option<&'static Marketplace>,
) -> Result<(Arc<Account>, &'static Marketplace), Problem> {
    if let Some(mp) = marketplace {
        return Ok((first(s.accounts.for_caller(caller, Some(mp))?)?, mp));
    }
    let (account, view) = find_order(s, caller, order_id, None, false).await?;
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

pub(super) fn recorded(account: &Account, p: Problem) -> Problem {
    account.record_error(&p);
    p
}

/// Only `?fresh=1` asks for a fresh answer (the sidebar's Retry button, an explicit refresh).
/// `Cache-Control: no-cache` does not: browsers send it on every `cache: "no-store"` fetch.
fn wants_fresh(q: &HashMap<String, String>) -> bool {
    q.get("fresh").is_some_and(|v| matches!(v.as_str(), "1" | "true" | "yes" | ""))
}

/// JSON with `Cache-Control: no-store`: these bodies can hold PII.
pub(super) fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
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
