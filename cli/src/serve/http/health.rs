//! `GET /v1/health`. Without a token it says only that the proxy is up (`{"status":"ok"}`), for
//! load balancers and uptime checks. With a valid token it adds, for that token's accounts only,
//! the marketplaces, the cached LWA state, the last upstream error and the limiter, and with
//! `redis_url` whether the shared state is in use (`sharedState`). It never starts a token
//! exchange: what it reports is what the last real request learnt.

use std::sync::Arc;

use axum::extract::{Extension, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use serde::Serialize;

use super::answer::json;
use super::auth::Caller;
use crate::serve::accounts::LastError;
use crate::serve::problem::from_lwa;
use crate::serve::spapi::operations::Operation;
use crate::serve::state::AppState;

/// The only route a request without a token may use (see `http::app`).
pub fn router() -> Router<Arc<AppState>> {
    Router::new().route("/v1/health", get(health))
}

#[derive(Serialize)]
struct Up {
    status: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Detail {
    status: &'static str,
    sandbox: bool,
    version: &'static str,
    token: String,
    accounts: Vec<AccountHealth>,
    #[serde(skip_serializing_if = "Option::is_none")]
    shared_state: Option<SharedState>,
}

/// With `redis_url`: where the replicas share state, and whether this one does now.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SharedState {
    redis: String,
    reachable: bool,
    /// `redis`, or `memory` while Redis does not answer (this replica alone, until it is back).
    using: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AccountHealth {
    name: String,
    region: &'static str,
    marketplaces: Vec<&'static str>,
    /// `false` while the last token exchange failed (remembered briefly), else `true`.
    credentials_usable: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    credentials_problem: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    access_token_valid_for_secs: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_upstream_error: Option<LastError>,
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

async fn health(State(s): State<Arc<AppState>>, caller: Option<Extension<Caller>>) -> Response {
    let Some(Extension(caller)) = caller else {
        return json(StatusCode::OK, &Up { status: "ok" });
    };
    let mut accounts = Vec::new();
    for a in s.accounts.all().iter().filter(|a| caller.may_use_account(a.name())) {
        let lwa = a.lwa.status().await;
        let problem = lwa.failure.map(|e| from_lwa(e, a.name()).detail);
        accounts.push(AccountHealth {
            name: a.name().to_string(),
            region: a.config.region.as_str(),
            marketplaces: a
                .config
                .marketplaces
                .iter()
                .filter(|m| caller.may_read_marketplace(m.id))
                .map(|m| m.code)
                .collect(),
            credentials_usable: problem.is_none(),
            credentials_problem: problem,
            access_token_valid_for_secs: lwa.valid_for_secs,
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
    let shared_state = s.redis.as_ref().map(|r| SharedState {
        redis: r.place().to_string(),
        reachable: r.is_up(),
        using: if r.is_up() { "redis" } else { "memory" },
    });
    let healthy = !accounts.is_empty()
        && accounts.iter().all(|a| a.credentials_usable)
        && shared_state.as_ref().is_none_or(|s| s.reachable);
    let detail = Detail {
        status: if healthy { "ok" } else { "degraded" },
        sandbox: s.config.sandbox,
        version: env!("CARGO_PKG_VERSION"),
        token: caller.label.clone(),
        accounts,
        shared_state,
    };
    json(StatusCode::OK, &detail)
}
