//! `Authorization: Bearer <token>`: which configured token (compared in constant time), and a
//! brake on guessing: after `MAX_FAILURES` wrong tokens from one client address within
//! `FAILURE_WINDOW`, that address is answered 429 without a comparison until the window ends.
//!
//! The caller's token travels on as a request extension (`Caller`) for the scope checks, and
//! again as a response extension (`CallerLabel`) for the access log's label.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, Request};
use axum::http::header;
use axum::response::Response;
use orderlens::problem::{Problem, ProblemCode};
use subtle::ConstantTimeEq;

use super::around::Around;
use crate::serve::tokens::TokenConfig;

pub const MAX_FAILURES: u32 = 10;
pub const FAILURE_WINDOW: Duration = Duration::from_secs(60);

/// The token a request came with.
pub type Caller = Arc<TokenConfig>;

/// The request's token on its answer, for the access log's label (`-` when there was none).
#[derive(Debug, Clone)]
pub struct CallerLabel(pub Caller);

pub struct Gate {
    tokens: Vec<Caller>,
    /// Wrong tokens per client address; an entry lives `FAILURE_WINDOW` from its first failure.
    failures: moka::sync::Cache<IpAddr, Arc<AtomicU32>>,
}

impl Gate {
    pub fn new(tokens: &[TokenConfig]) -> Gate {
        Gate {
            tokens: tokens.iter().cloned().map(Arc::new).collect(),
            failures: moka::sync::Cache::builder().max_capacity(100_000).time_to_live(FAILURE_WINDOW).build(),
        }
    }

    /// The token `presented` is, comparing against every configured one without stopping early.
    pub fn identify(&self, presented: &str) -> Option<Caller> {
        let mut found = None;
        for t in &self.tokens {
            if bool::from(t.token.expose().as_bytes().ct_eq(presented.as_bytes())) {
                found = Some(t.clone());
            }
        }
        found
    }

    fn blocked(&self, ip: IpAddr) -> bool {
        self.failures.get(&ip).is_some_and(|n| n.load(Ordering::Relaxed) >= MAX_FAILURES)
    }

    fn failed(&self, ip: IpAddr) {
        self.failures.get_with(ip, || Arc::new(AtomicU32::new(0))).fetch_add(1, Ordering::Relaxed);
    }

    /// The caller, `Ok(None)` without an `Authorization` header, or the problem to answer.
    fn check(&self, request: &Request) -> Result<Option<Caller>, Problem> {
        let Some(value) = request.headers().get(header::AUTHORIZATION) else { return Ok(None) };
        let ip = client_ip(request);
        if self.is_blocked(ip) {
            let secs = FAILURE_WINDOW.as_secs();
            return Err(Problem::new(
                ProblemCode::RateLimited,
                format!("Too many requests with a wrong token came from this address. Wait {secs} s, then check the token in the sidebar's settings."),
            )
            .with_retry_after(secs));
        }
        let presented = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
            .map(str::trim)
            .filter(|t| !t.is_empty());
        match self.attempt(ip, presented.unwrap_or("")) {
            Some(caller) => Ok(Some(caller)),
            None => Err(Problem::new(
                ProblemCode::Unauthorized,
                "The bearer token is wrong. Copy a token from the proxy's config ([[tokens]] or `tokens`) into the sidebar's settings.",
            )),
        }
    }

    /// Whether `ip` is braked for now (too many wrong tokens).
    pub fn is_blocked(&self, ip: Option<IpAddr>) -> bool {
        ip.is_some_and(|ip| self.blocked(ip))
    }

    /// The caller `presented` identifies; a miss counts against `ip` (the admin login form
    /// uses this too, with its own gate).
    pub fn attempt(&self, ip: Option<IpAddr>, presented: &str) -> Option<Caller> {
        let caller = Some(presented).filter(|t| !t.is_empty()).and_then(|t| self.identify(t));
        if let (None, Some(ip)) = (&caller, ip) {
            self.failed(ip);
        }
        caller
    }
}

/// The client's address, as the listener saw it.
pub fn client_ip(request: &Request) -> Option<IpAddr> {
    request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip())
}

/// The token check of a group of routes: on the protected ones (`required`) no token or a wrong
/// one is 401; on health a token is optional (it unlocks the detail), a wrong one is still 401.
pub struct Bearer {
    pub gate: Arc<Gate>,
    pub required: bool,
}

impl Around for Bearer {
    /// The caller's label for the answer.
    type Ticket = Option<CallerLabel>;

    fn enter(&self, request: &mut Request) -> Result<Option<CallerLabel>, Problem> {
        match self.gate.check(request)? {
            Some(caller) => {
                let label = CallerLabel(caller.clone());
                request.extensions_mut().insert(caller);
                Ok(Some(label))
            }
            None if self.required => Err(Problem::new(
                ProblemCode::Unauthorized,
                "No bearer token. Send `Authorization: Bearer <token>` with a token from the proxy's config (`sandbox` in sandbox mode).",
            )),
            None => Ok(None),
        }
    }

    async fn leave(
        self: Arc<Self>,
        label: Option<CallerLabel>,
        answer: impl Future<Output = Response> + Send,
    ) -> Response {
        let mut response = answer.await;
        if let Some(label) = label {
            response.extensions_mut().insert(label);
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::secret::Secret;

    #[test]
    fn identifies_only_configured_tokens() {
        let g =
            Gate::new(&[TokenConfig::reader("a", Secret::new("alpha")), TokenConfig::reader("b", Secret::new("beta"))]);
        assert_eq!(g.identify("beta").map(|c| c.label.clone()).as_deref(), Some("b"));
        assert!(g.identify("alph").is_none() && g.identify("alphaa").is_none() && g.identify("").is_none());
    }

    #[test]
    fn an_address_is_blocked_after_too_many_failures() {
        let g = Gate::new(&[]);
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        for _ in 0..MAX_FAILURES - 1 {
            g.failed(ip);
        }
        assert!(!g.blocked(ip));
        g.failed(ip);
        assert!(g.blocked(ip));
        assert!(!g.blocked("192.0.2.8".parse().unwrap()), "only that address");
    }
}
