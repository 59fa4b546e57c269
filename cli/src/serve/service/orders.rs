//! The order lookup: the first of the caller's seller accounts that has the order, its view from
//! the cache or from getOrder (one call however many ask at once), within the caller's scope.
//! Plain functions over the app state that answer core's `Problem`; no HTTP types.

use std::sync::Arc;

use orderlens::marketplace::Marketplace;
use orderlens::order_view::OrderView;
use orderlens::problem::{Problem, ProblemCode};

use super::fetch::fetch;
use crate::serve::accounts::Account;
use crate::serve::cache::Encoded;
use crate::serve::input::parse_marketplace;
use crate::serve::order_id::OrderId;
use crate::serve::spapi::operations;
use crate::serve::spapi::orders_v2026::{order_view, Asked};
use crate::serve::state::AppState;
use crate::serve::tokens::TokenConfig;

/// `GET /v1/orders/{orderId}`: the order in `marketplace` (as the caller wrote it), or in any
/// account the caller may use. `fresh` asks Amazon again unless the answer is very young.
pub async fn order(
    s: &AppState,
    caller: &TokenConfig,
    order_id: &OrderId,
    marketplace: Option<&str>,
    fresh: bool,
) -> Result<Arc<Encoded<OrderView>>, Problem> {
    let marketplace = parse_marketplace(marketplace)?;
    Ok(find_order(s, caller, order_id, marketplace, fresh).await?.1)
}

/// The account whose answer it is and the order view, if the caller may read its marketplace.
pub async fn find_order(
    s: &AppState,
    caller: &TokenConfig,
    order_id: &OrderId,
    marketplace: Option<&'static Marketplace>,
    fresh: bool,
) -> Result<(Arc<Account>, Arc<Encoded<OrderView>>), Problem> {
    let readable = |account: &Arc<Account>, view: Arc<Encoded<OrderView>>| {
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
            if let Some(view) = s.orders.peek(&cache_key(account, order_id)).await {
                return readable(account, view);
            }
        }
    }
    let mut request_id = None;
    for account in &candidates {
        match s.orders.get(cache_key(account, order_id), fresh, fetch_order(s, account, order_id, marketplace)).await {
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

/// The account and marketplace to message an order through: the requested marketplace, or the
/// order's own (Messaging needs exactly one).
pub async fn account_for_order(
    s: &AppState,
    caller: &TokenConfig,
    order_id: &OrderId,
    marketplace: Option<&'static Marketplace>,
) -> Result<(Arc<Account>, &'static Marketplace), Problem> {
    if let Some(mp) = marketplace {
        return Ok((s.accounts.first_for(caller, mp)?, mp));
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

fn cache_key(account: &Account, order_id: &OrderId) -> (String, String) {
    (account.name().to_string(), order_id.to_string())
}

async fn fetch_order(
    s: &AppState,
    account: &Account,
    order_id: &OrderId,
    marketplace: Option<&'static Marketplace>,
) -> Result<OrderView, Problem> {
    // A body silent on its marketplace is in the one asked for, else the account's first.
    let asked = Asked {
        order_id: order_id.as_str(),
        marketplace: marketplace.or(account.config.marketplaces.first().copied()),
    };
    fetch(&s.spapi, account, &operations::get_order(order_id), |body| order_view(body, &asked)).await
}
