//! Upstream failures (SP-API, Login with Amazon) as core's `Problem`, each with a sentence that
//! says what to do next. `http::answer` sends them as `application/problem+json`.

use orderlens::problem::{Problem, ProblemCode};

use super::spapi::client::UpstreamError;
use super::spapi::lwa::LwaError;
use super::spapi::transport::MAX_BODY_BYTES;

fn secs_up(d: std::time::Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

/// Turn an upstream failure into what the sidebar shows; `account` names the seller account.
pub fn from_upstream(err: UpstreamError, account: &str, what: &str) -> Problem {
    use ProblemCode as C;
    match err {
        UpstreamError::LocalRateLimited { retry_after } => Problem::new(
            C::RateLimited,
            format!("Amazon's rate limit for {what} of seller account '{account}' is used up for now. Try again in {} s.", secs_up(retry_after)),
        )
        .with_retry_after(secs_up(retry_after)),
        UpstreamError::RateLimited { retry_after, request_id } => Problem::new(
            C::UpstreamRateLimited,
            format!("Amazon answered 429 QuotaExceeded for {what} of seller account '{account}' after several tries. Try again in {} s; if it keeps happening, another app may share this seller's quota.", secs_up(retry_after)),
        )
        .with_retry_after(secs_up(retry_after))
        .with_request_id(request_id),
        UpstreamError::Timeout => Problem::new(
            C::UpstreamTimeout,
            format!("Amazon did not answer {what} for seller account '{account}' in time. Try again in a moment."),
        )
        .with_retry_after(5),
        UpstreamError::Unavailable { status, request_id } => Problem::new(
            C::UpstreamUnavailable,
            match status {
                Some(s) => format!("Amazon's SP-API failed with HTTP {s} for {what} (seller account '{account}') after several tries. Try again in a minute; if it persists, check https://developer-docs.amazon.com/sp-api for outages and quote the request id."),
                None => format!("The proxy could not reach Amazon's SP-API for seller account '{account}'. Check the proxy host's network and DNS, then try again."),
            },
        )
        .with_retry_after(30)
        .with_request_id(request_id),
        UpstreamError::MaybeDelivered { status, request_id } => Problem::new(
            C::MessageMaybeSent,
            format!("Amazon {} after {what} was handed over (seller account '{account}'), so it may have been sent. Check Buyer-Seller Messages in Seller Central before sending it again; the proxy refuses the identical text for 10 minutes unless the request says \"allowDuplicate\": true.", match status {
                Some(s) => format!("failed with HTTP {s}"),
                None => "stopped answering".to_string(),
            }),
        )
        .with_request_id(request_id),
        UpstreamError::TooLarge { request_id } => Problem::new(
            C::UpstreamInvalidResponse,
            format!("Amazon's answer for {what} (seller account '{account}') is larger than the {} MB the proxy reads. Try again later; if it persists, report it with the request id.", MAX_BODY_BYTES / (1024 * 1024)),
        )
        .with_request_id(request_id),
        UpstreamError::NotFound { request_id } => Problem::new(
            C::OrderNotFound,
            format!("Amazon has no {what} in seller account '{account}'. Check the order id and the marketplace."),
        )
        .with_request_id(request_id),
        UpstreamError::Forbidden { message, request_id } => Problem::new(
            C::UpstreamForbidden,
            format!("Amazon denied {what} for seller account '{account}' ({}). The app probably lacks a role for this data: add the role in Developer Central and have the seller re-authorise the app in Seller Central.", short(&message, "Unauthorized")),
        )
        .with_request_id(request_id),
        UpstreamError::Rejected { status, message, request_id } => Problem::new(
            C::UpstreamRejected,
            format!("Amazon rejected {what} with HTTP {status} ({}). Check the order id and marketplace; quote the request id to Amazon support if they look right.", short(&message, "no message")),
        )
        .with_request_id(request_id),
        UpstreamError::Lwa(e) => from_lwa(e, account),
    }
}

pub fn from_lwa(err: LwaError, account: &str) -> Problem {
    use ProblemCode as C;
    match err {
        LwaError::InvalidGrant => Problem::new(
            C::UpstreamUnauthorized,
            format!("Login with Amazon refused the refresh token of seller account '{account}' (invalid_grant): the authorisation was revoked or has expired. The seller must re-authorise the app in Seller Central: for an account connected on the proxy's /setup page, the admin clicks Re-authorise there (the account owner confirms in Seller Central); for a self-authorised account, put the new refresh token in the proxy's config."),
        ),
        LwaError::InvalidClient(code) => Problem::new(
            C::UpstreamUnauthorized,
            format!("Login with Amazon refused the app's client id or secret ({code}). The admin must check the LWA credentials in the proxy's config; client secrets must be rotated every 180 days in Developer Central."),
        ),
        LwaError::Refused(code) => Problem::new(
            C::UpstreamUnauthorized,
            format!("Login with Amazon refused the token exchange for seller account '{account}' ({code}). The admin should check the LWA credentials and the refresh token in the proxy's config."),
        ),
        LwaError::Timeout => Problem::new(
            C::UpstreamTimeout,
            "Login with Amazon did not answer in time. Try again in a moment.".to_string(),
        )
        .with_retry_after(5),
        LwaError::Unavailable(cause) => Problem::new(
            C::UpstreamUnavailable,
            format!("Login with Amazon is unavailable ({cause}). Try again in a minute; check the proxy host's network if it persists."),
        )
        .with_retry_after(30),
        LwaError::InvalidResponse => Problem::new(
            C::UpstreamInvalidResponse,
            "Login with Amazon answered without an access token. Check `lwa_url` in the proxy's config; try again later.".to_string(),
        ),
    }
}

/// `what` names the operation and, where there is one, the order (`getOrder for order …`).
pub fn invalid_response(what: &str, account: &str, request_id: Option<String>) -> Problem {
    Problem::new(
        ProblemCode::UpstreamInvalidResponse,
        format!("Amazon's answer to {what} for seller account '{account}' could not be read. Try again later; if it persists, report it with the request id."),
    )
    .with_request_id(request_id)
}

fn short(message: &str, fallback: &str) -> String {
    let m: String = message.chars().filter(|c| !c.is_control()).take(200).collect();
    if m.trim().is_empty() {
        fallback.to_string()
    } else {
        m
    }
}
