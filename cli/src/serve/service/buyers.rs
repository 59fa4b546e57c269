//! A buyer's recent orders: Orders v0 getOrders by the buyer's alias, in the alias's marketplace
//! unless the caller names one, cached like orders.

use std::sync::Arc;

use chrono::{Duration, Utc};
use orderlens::marketplace::Marketplace;
use orderlens::order_view::BuyerOrders;
use orderlens::problem::{Problem, ProblemCode};

use super::fetch::fetch;
use crate::serve::cache::Encoded;
use crate::serve::input::parse_marketplace;
use crate::serve::spapi::operations;
use crate::serve::spapi::orders_v0::order_summaries;
use crate::serve::state::AppState;
use crate::serve::tokens::TokenConfig;

/// How far back the search looks.
const BUYER_ORDERS_DAYS: i64 = 180;

/// `GET /v1/buyers/{alias}/orders`: `alias` and `marketplace` as the caller wrote them.
pub async fn buyer_orders(
    s: &AppState,
    caller: &TokenConfig,
    alias: &str,
    marketplace: Option<&str>,
    fresh: bool,
) -> Result<Arc<Encoded<BuyerOrders>>, Problem> {
    let alias = alias.trim().to_ascii_lowercase();
    let domain = alias.split_once('@').filter(|(l, d)| !l.is_empty() && !d.is_empty()).map(|(_, d)| d);
    let Some(domain) = domain else {
        return Err(Problem::new(
            ProblemCode::BadRequest,
            "The buyer alias must be an address like abc123@marketplace.amazon.de.",
        ));
    };
    let marketplace = match parse_marketplace(marketplace)? {
        Some(mp) => mp,
        None => Marketplace::by_alias_domain(domain).ok_or_else(|| {
            Problem::new(
                ProblemCode::UnknownMarketplace,
                "The alias is not an Amazon buyer alias (…@marketplace.amazon.<tld>); pass ?marketplace=XX.",
            )
        })?,
    };
    let account = s.accounts.first_for(caller, marketplace)?;
    let key = (account.name().to_string(), marketplace.id.to_string(), alias.clone());
    let req = operations::get_orders_by_buyer(marketplace, &alias, Utc::now() - Duration::days(BUYER_ORDERS_DAYS));
    let load = async {
        let orders = fetch(&s.spapi, &account, &req, order_summaries).await?;
        Ok(BuyerOrders { marketplace: marketplace.code.to_string(), orders })
    };
    s.buyers.get(key, fresh, load).await
}
