//! Login with Amazon: trade a seller's refresh token for an access token, keep it until shortly
//! before it expires, and refresh it once however many requests are waiting for it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde::Deserialize;
use tokio::sync::Mutex;
use tokio::time::Instant;

use super::secret::Secret;

/// Refresh this long before Amazon's expiry, so a token never dies in flight.
const EXPIRY_MARGIN: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LwaError {
    /// `invalid_grant`: the refresh token was revoked or expired; the seller must re-authorise.
    InvalidGrant,
    /// `invalid_client` / `unauthorized_client`: wrong or rotated-out client id/secret.
    InvalidClient(String),
    /// Another LWA error code.
    Refused(String),
    Timeout,
    /// Could not reach LWA or it failed with a 5xx.
    Unavailable(String),
    /// LWA answered 200 with something that is not a token response.
    InvalidResponse,
}

pub struct TokenSource {
    http: reqwest::Client,
    url: String,
    client_id: String,
    client_secret: Secret,
    refresh_token: Secret,
    /// Held across the exchange: waiters queue here and then find the fresh token (single flight).
    cached: Mutex<Option<AccessToken>>,
    exchanges: AtomicU64,
}

struct AccessToken {
    value: Secret,
    refresh_at: Instant,
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: Option<Secret>,
    expires_in: Option<u64>,
}

#[derive(Deserialize)]
struct ErrorResponse {
    error: Option<String>,
}

impl TokenSource {
    pub fn new(
        http: reqwest::Client,
        url: String,
        client_id: String,
        client_secret: Secret,
        refresh_token: Secret,
    ) -> TokenSource {
        TokenSource {
            http,
            url,
            client_id,
            client_secret,
            refresh_token,
            cached: Mutex::new(None),
            exchanges: AtomicU64::new(0),
        }
    }

    /// Token exchanges done so far (health, tests).
    pub fn exchanges(&self) -> u64 {
        self.exchanges.load(Ordering::Relaxed)
    }

    /// Seconds the cached token stays in use, if there is one.
    pub async fn valid_for(&self) -> Option<u64> {
        let cached = self.cached.lock().await;
        cached.as_ref().map(|t| t.refresh_at.saturating_duration_since(Instant::now()).as_secs())
    }

    pub async fn token(&self) -> Result<Secret, LwaError> {
        let mut cached = self.cached.lock().await;
        if let Some(t) = cached.as_ref() {
            if Instant::now() < t.refresh_at {
                return Ok(t.value.clone());
            }
        }
        let (value, expires_in) = self.exchange().await?;
        let lifetime = Duration::from_secs(expires_in).saturating_sub(EXPIRY_MARGIN);
        *cached = Some(AccessToken { value: value.clone(), refresh_at: Instant::now() + lifetime });
        Ok(value)
    }

    /// Amazon said `stale` expired: drop it, unless a concurrent request already replaced it.
    pub async fn invalidate(&self, stale: &Secret) {
        let mut cached = self.cached.lock().await;
        if cached.as_ref().is_some_and(|t| &t.value == stale) {
            *cached = None;
        }
    }

    async fn exchange(&self) -> Result<(Secret, u64), LwaError> {
        self.exchanges.fetch_add(1, Ordering::Relaxed);
        let form = [
            ("grant_type", "refresh_token"),
            ("refresh_token", self.refresh_token.expose()),
            ("client_id", self.client_id.as_str()),
            ("client_secret", self.client_secret.expose()),
        ];
        let response = self.http.post(&self.url).form(&form).send().await.map_err(|e| {
            if e.is_timeout() {
                LwaError::Timeout
            } else {
                LwaError::Unavailable(describe(&e))
            }
        })?;
        let status = response.status();
        let body = response.bytes().await.map_err(|e| {
            if e.is_timeout() {
                LwaError::Timeout
            } else {
                LwaError::Unavailable(describe(&e))
            }
        })?;
        if status.is_success() {
            let parsed: TokenResponse = serde_json::from_slice(&body).map_err(|_| LwaError::InvalidResponse)?;
            return match parsed.access_token {
                Some(t) if !t.is_empty() => Ok((t, parsed.expires_in.unwrap_or(3600))),
                _ => Err(LwaError::InvalidResponse),
            };
        }
        if status.is_server_error() {
            return Err(LwaError::Unavailable(format!("Login with Amazon answered HTTP {}", status.as_u16())));
        }
        let code = serde_json::from_slice::<ErrorResponse>(&body).ok().and_then(|e| e.error).unwrap_or_default();
        Err(match code.as_str() {
            "invalid_grant" => LwaError::InvalidGrant,
            "invalid_client" | "unauthorized_client" => LwaError::InvalidClient(code),
            "" => LwaError::Refused(format!("HTTP {}", status.as_u16())),
            _ => LwaError::Refused(code),
        })
    }
}

/// A reqwest error without its URL (the URL is fine here, but keep the habit of short causes).
pub fn describe(e: &reqwest::Error) -> String {
    if e.is_connect() {
        "connection failed".into()
    } else if e.is_timeout() {
        "timed out".into()
    } else {
        "request failed".into()
    }
}
