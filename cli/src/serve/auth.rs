//! `Authorization: Bearer <token>` on every `/v1` route but health, compared in constant time.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use orderlens::problem::{Problem, ProblemCode};
use subtle::ConstantTimeEq;

use super::problem::problem_response;
use super::secret::Secret;

pub struct Tokens(pub Vec<Secret>);

impl Tokens {
    /// Compares against every configured token without stopping early, so timing says nothing.
    pub fn accepts(&self, presented: &str) -> bool {
        let mut ok = subtle::Choice::from(0);
        for t in &self.0 {
            ok |= t.expose().as_bytes().ct_eq(presented.as_bytes());
        }
        bool::from(ok)
    }
}

pub async fn require_bearer(State(tokens): State<Arc<Tokens>>, request: Request, next: Next) -> Response {
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim);
    match presented {
        Some(token) if !token.is_empty() && tokens.accepts(token) => next.run(request).await,
        Some(_) => problem_response(&Problem::new(
            ProblemCode::Unauthorized,
            "The bearer token is wrong. Copy the token from the proxy's config (`tokens`) into the sidebar's settings.",
        )),
        None => problem_response(&Problem::new(
            ProblemCode::Unauthorized,
            "No bearer token. Send `Authorization: Bearer <token>` with a token from the proxy's config (`tokens`; `sandbox` in sandbox mode).",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_only_configured_tokens() {
        let t = Tokens(vec![Secret::new("alpha"), Secret::new("beta")]);
        assert!(t.accepts("alpha") && t.accepts("beta"));
        assert!(!t.accepts("alph") && !t.accepts("alphaa") && !t.accepts(""));
    }
}
