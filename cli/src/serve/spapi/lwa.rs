//! Login with Amazon: trade a seller's refresh token for an access token, keep it until shortly
//! before it expires, and refresh it once however many requests are waiting for it. A failed
//! exchange is remembered for `FAILURE_MEMORY`: the requests queued behind it get the same answer
//! instead of each asking LWA again. With Redis the token is shared by the replicas
//! (`shared::lwa`): one of them exchanges, the others read it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::Mutex;
use tokio::time::Instant;

use super::lenient::{at, count};
use super::transport::{describe, read_capped};
use crate::serve::secret::Secret;
use crate::serve::shared::lwa::SharedToken;

/// Refresh this long before Amazon's expiry, so a token never dies in flight.
const EXPIRY_MARGIN: Duration = Duration::from_secs(60);
/// LWA issues tokens for an hour; an `expires_in` outside these bounds is clamped into them.
const MIN_LIFETIME: Duration = Duration::from_secs(60);
const MAX_LIFETIME: Duration = Duration::from_secs(24 * 3600);
/// How long a failed exchange is answered from memory.
pub const FAILURE_MEMORY: Duration = Duration::from_secs(10);

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
    /// Held across the exchange: waiters queue here and then find the fresh token or the
    /// remembered failure (single flight).
    state: Mutex<State>,
    exchanges: AtomicU64,
    shared: Option<SharedToken>,
}

#[derive(Default)]
struct State {
    token: Option<AccessToken>,
    failure: Option<(LwaError, Instant)>,
}

struct AccessToken {
    value: Secret,
    refresh_at: Instant,
}

/// What `/v1/health` shows of an account's LWA state, without an exchange.
#[derive(Debug, Clone)]
pub struct Status {
    /// Seconds the cached access token stays in use, if there is one.
    pub valid_for_secs: Option<u64>,
    /// The last exchange's failure, while it is remembered.
    pub failure: Option<LwaError>,
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
            state: Mutex::new(State::default()),
            exchanges: AtomicU64::new(0),
            shared: None,
        }
    }

    /// Shares the access token with the other replicas through Redis.
    pub fn shared(mut self, redis: Option<std::sync::Arc<crate::serve::shared::Redis>>) -> TokenSource {
        self.shared = redis.map(|r| SharedToken::new(r, &self.client_id, &self.client_secret, &self.refresh_token));
        self
    }

    /// Token exchanges done so far (tests).
    pub fn exchanges(&self) -> u64 {
        self.exchanges.load(Ordering::Relaxed)
    }

    /// The cached state; never starts an exchange (health must not).
    pub async fn status(&self) -> Status {
        let state = self.state.lock().await;
        let now = Instant::now();
        Status {
            valid_for_secs: state.token.as_ref().filter(|t| now < t.refresh_at).map(|t| (t.refresh_at - now).as_secs()),
            failure: state.failure.as_ref().filter(|(_, at)| at.elapsed() < FAILURE_MEMORY).map(|(e, _)| e.clone()),
        }
    }

    pub async fn token(&self) -> Result<Secret, LwaError> {
        let mut state = self.state.lock().await;
        if let Some(t) = state.token.as_ref().filter(|t| Instant::now() < t.refresh_at) {
            return Ok(t.value.clone());
        }
        if let Some((e, at)) = &state.failure {
            if at.elapsed() < FAILURE_MEMORY {
                return Err(e.clone());
            }
        }
        // How long the token stays in use: its lifetime less the margin.
        let exchange = || async { self.exchange().await.map(|(v, life)| (v, life.saturating_sub(EXPIRY_MARGIN))) };
        let answer = match &self.shared {
            // Redis failed before the exchange started: this replica exchanges on its own.
            Some(shared) => match shared.obtain(exchange()).await {
                Ok(answer) => answer,
                Err(_) => exchange().await,
            },
            None => exchange().await,
        };
        match answer {
            Ok((value, usable)) => {
                let refresh_at = Instant::now() + usable;
                *state = State { token: Some(AccessToken { value: value.clone(), refresh_at }), failure: None };
                Ok(value)
            }
            Err(e) => {
                state.failure = Some((e.clone(), Instant::now()));
                Err(e)
            }
        }
    }

    /// Starts with an access token already granted (the consent flow's code exchange gives one).
    pub async fn seed(&self, value: Secret, lifetime: Duration) {
        let refresh_at = Instant::now() + lifetime.saturating_sub(EXPIRY_MARGIN);
        *self.state.lock().await = State { token: Some(AccessToken { value, refresh_at }), failure: None };
    }

    /// Amazon said `stale` expired: drop it, unless a concurrent request already replaced it.
    pub async fn invalidate(&self, stale: &Secret) {
        let mut state = self.state.lock().await;
        if state.token.as_ref().is_some_and(|t| &t.value == stale) {
            state.token = None;
        }
        if let Some(shared) = &self.shared {
            shared.forget(stale).await;
        }
    }

    async fn exchange(&self) -> Result<(Secret, Duration), LwaError> {
        self.exchanges.fetch_add(1, Ordering::Relaxed);
        let form = [
            ("grant_type", "refresh_token"),
            ("refresh_token", self.refresh_token.expose()),
            ("client_id", self.client_id.as_str()),
            ("client_secret", self.client_secret.expose()),
        ];
        let unreachable =
            |e: reqwest::Error| if e.is_timeout() { LwaError::Timeout } else { LwaError::Unavailable(describe(&e)) };
        let response = self.http.post(&self.url).form(&form).send().await.map_err(unreachable)?;
        let status = response.status().as_u16();
        let body = read_capped(response).await.map_err(|e| match e {
            Some(e) => unreachable(e),
            None => LwaError::InvalidResponse,
        })?;
        read_token_answer(status, &body)
    }
}

/// An LWA token endpoint answer (status and body) → the access token and how long it lives.
/// Pure, for the fuzz target `lwa_token`.
pub fn read_token_answer(status: u16, body: &[u8]) -> Result<(Secret, Duration), LwaError> {
    let doc: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    if (200..300).contains(&status) {
        let token = at(&doc, &["access_token"]).and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty());
        let Some(token) = token else { return Err(LwaError::InvalidResponse) };
        let secs = count(&doc, &["expires_in"]).unwrap_or(3600);
        let lifetime = Duration::from_secs(u64::from(secs)).clamp(MIN_LIFETIME, MAX_LIFETIME);
        return Ok((Secret::new(token), lifetime));
    }
    if status >= 500 {
        return Err(LwaError::Unavailable(format!("Login with Amazon answered HTTP {status}")));
    }
    let code: String = at(&doc, &["error"])
        .and_then(Value::as_str)
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(60)
        .collect();
    Err(match code.as_str() {
        "invalid_grant" => LwaError::InvalidGrant,
        "invalid_client" | "unauthorized_client" => LwaError::InvalidClient(code),
        "" => LwaError::Refused(format!("HTTP {status}")),
        _ => LwaError::Refused(code),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_answers() {
        let (t, life) = read_token_answer(200, br#"{"access_token":"Atza|x","expires_in":3600}"#).unwrap();
        assert_eq!((t.expose(), life), ("Atza|x", Duration::from_secs(3600)));
        let huge = read_token_answer(200, br#"{"access_token":"a","expires_in":18446744073709551615}"#).unwrap();
        assert_eq!(huge.1, MAX_LIFETIME, "an absurd expires_in is clamped");
        assert_eq!(read_token_answer(200, br#"{"access_token":"a","expires_in":-5}"#).unwrap().1, MIN_LIFETIME);
        assert_eq!(
            read_token_answer(200, br#"{"access_token":"a","expires_in":"7200"}"#).unwrap().1,
            Duration::from_secs(7200)
        );
        assert_eq!(read_token_answer(200, br#"{"access_token":null}"#).unwrap_err(), LwaError::InvalidResponse);
        assert_eq!(read_token_answer(200, b"<html>").unwrap_err(), LwaError::InvalidResponse);
        assert_eq!(read_token_answer(400, br#"{"error":"invalid_grant"}"#).unwrap_err(), LwaError::InvalidGrant);
        assert_eq!(read_token_answer(401, b"").unwrap_err(), LwaError::Refused("HTTP 401".into()));
        assert!(matches!(read_token_answer(503, b"").unwrap_err(), LwaError::Unavailable(_)));
    }
}
