//! The SP-API client: one call = LWA access token → rate-limiter token → HTTP request, with the
//! retries Amazon asks for (refresh once on an expired token; back off on 429 and 5xx).
//!
//! A POST (a buyer message) is retried only when Amazon surely did not take it: a 429, the
//! expired-token 403, or a connection that never opened. After a 5xx, a timeout or a broken
//! connection the message may have arrived, and the caller hears `MaybeDelivered` instead.

use std::time::Duration;

use reqwest::Method;
use serde::Deserialize;

use super::lwa::LwaError;
use super::operations::Request;
use super::transport::{describe, read_capped};
use crate::serve::accounts::Account;

/// Sent on every call, as Amazon asks (`AppId/AppVersion (Language=…)`).
pub const USER_AGENT: &str = concat!("orderlens/", env!("CARGO_PKG_VERSION"), " (Language=Rust)");

pub struct SpApi {
    pub(super) http: reqwest::Client,
    tries: u32,
    retry_base: Duration,
    limiter_max_wait: Duration,
}

#[derive(Debug)]
pub struct Success {
    pub body: Vec<u8>,
    pub request_id: Option<String>,
}

/// Why an upstream call failed, with Amazon's request id where there was a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpstreamError {
    /// Our own bucket had no token within the allowed wait.
    LocalRateLimited {
        retry_after: Duration,
    },
    Lwa(LwaError),
    /// Amazon answered 429 on every try.
    RateLimited {
        retry_after: Duration,
        request_id: Option<String>,
    },
    Timeout,
    /// A POST failed after it may have reached Amazon (5xx, timeout, broken connection).
    MaybeDelivered {
        status: Option<u16>,
        request_id: Option<String>,
    },
    /// The answer was larger than `MAX_BODY_BYTES`.
    TooLarge {
        request_id: Option<String>,
    },
    /// 5xx on every try, or no connection.
    Unavailable {
        status: Option<u16>,
        request_id: Option<String>,
    },
    NotFound {
        request_id: Option<String>,
    },
    Forbidden {
        message: String,
        request_id: Option<String>,
    },
    Rejected {
        status: u16,
        message: String,
        request_id: Option<String>,
    },
}

#[derive(Deserialize)]
struct ErrorList {
    #[serde(default)]
    errors: Vec<ErrorEntry>,
}

#[derive(Deserialize)]
struct ErrorEntry {
    #[serde(default)]
    code: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    details: Option<String>,
}

impl SpApi {
    pub fn new(http: reqwest::Client, tries: u32, retry_base: Duration, limiter_max_wait: Duration) -> SpApi {
        SpApi { http, tries: tries.max(1), retry_base, limiter_max_wait }
    }

    pub async fn call(&self, account: &Account, req: &Request) -> Result<Success, UpstreamError> {
        let url = format!("{}{}", account.config.base_url(), req.path);
        let mut attempt = 0;
        let mut refreshed = false;
        loop {
            attempt += 1;
            // The token first: the plan's slot is taken right before the request leaves, so no
            // wait for LWA pushes it next to the following slot (a late request can be a 429).
            let token = account.lwa.token().await.map_err(UpstreamError::Lwa)?;
            account
                .acquire(req.op, self.limiter_max_wait)
                .await
                .map_err(|retry_after| UpstreamError::LocalRateLimited { retry_after })?;
            let mut builder = self
                .http
                .request(req.method.clone(), &url)
                .query(&req.query)
                .header("x-amz-access-token", token.expose())
                .header(reqwest::header::USER_AGENT, USER_AGENT)
                .header(reqwest::header::ACCEPT, "application/json");
            if let Some(body) = &req.json {
                builder = builder.json(body);
            }
            let idempotent = req.method != Method::POST;
            let retry_left = attempt < self.tries;
            let response = match builder.send().await {
                Ok(r) => r,
                // A connection that never opened carried nothing: safe to try again, even a POST.
                Err(e) if e.is_connect() || idempotent => {
                    tracing::warn!(
                        account = account.name(),
                        operation = req.op.as_str(),
                        cause = describe(&e),
                        attempt,
                        "SP-API unreachable"
                    );
                    if e.is_timeout() && !e.is_connect() {
                        return Err(UpstreamError::Timeout);
                    }
                    if retry_left {
                        tokio::time::sleep(self.backoff(attempt)).await;
                        continue;
                    }
                    return Err(UpstreamError::Unavailable { status: None, request_id: None });
                }
                Err(_) => return Err(UpstreamError::MaybeDelivered { status: None, request_id: None }),
            };
            let status = response.status().as_u16();
            let request_id = response
                .headers()
                .get("x-amzn-requestid")
                .and_then(|v| v.to_str().ok())
                .map(|s| s.chars().filter(|c| c.is_ascii_graphic()).take(80).collect::<String>());
            let body = match read_capped(response).await {
                Ok(body) => body,
                // A POST's status says what happened; a body too big or cut short only loses details.
                Err(_) if !idempotent => Vec::new(),
                Err(None) => return Err(UpstreamError::TooLarge { request_id }),
                Err(Some(e)) if e.is_timeout() => return Err(UpstreamError::Timeout),
                Err(Some(_)) => return Err(UpstreamError::Unavailable { status: Some(status), request_id }),
            };
            if (200..300).contains(&status) {
                return Ok(Success { body, request_id });
            }
            let errors = serde_json::from_slice::<ErrorList>(&body).map(|l| l.errors).unwrap_or_default();
            tracing::warn!(
                account = account.name(),
                operation = req.op.as_str(),
                status,
                code = errors.first().map(|e| e.code.as_str()).unwrap_or(""),
                request_id = request_id.as_deref().unwrap_or(""),
                attempt,
                "SP-API error"
            );
            if status == 403 && !refreshed && says_token_expired(&errors) {
                // Amazon's clock and ours disagree about the token: refresh once and try again.
                account.lwa.invalidate(&token).await;
                refreshed = true;
                attempt -= 1;
                continue;
            }
            if (status == 429 || (status >= 500 && idempotent)) && retry_left {
                tokio::time::sleep(self.backoff(attempt)).await;
                continue;
            }
            if status >= 500 && !idempotent {
                return Err(UpstreamError::MaybeDelivered { status: Some(status), request_id });
            }
            let message = errors.first().map(|e| e.message.clone()).unwrap_or_default();
            return Err(match status {
                429 => UpstreamError::RateLimited {
                    retry_after: self.backoff(attempt).max(Duration::from_secs(1)),
                    request_id,
                },
                404 => UpstreamError::NotFound { request_id },
                403 => UpstreamError::Forbidden { message, request_id },
                s if s >= 500 => UpstreamError::Unavailable { status: Some(s), request_id },
                s => UpstreamError::Rejected { status: s, message, request_id },
            });
        }
    }

    /// `retry_base × 2^(attempt-1)`, plus up to as much again as jitter so retries spread out.
    fn backoff(&self, attempt: u32) -> Duration {
        let exp = self.retry_base.saturating_mul(1u32 << attempt.saturating_sub(1).min(10));
        let jitter = exp.mul_f64(rand::random::<f64>());
        exp + jitter
    }
}

/// Amazon's 403 for an expired access token (sp-api.md §7): details match `access token.*expired`.
fn says_token_expired(errors: &[ErrorEntry]) -> bool {
    errors.iter().any(|e| {
        let text = format!("{} {}", e.message, e.details.as_deref().unwrap_or("")).to_ascii_lowercase();
        text.find("access token").is_some_and(|i| text[i..].contains("expired"))
    })
}
