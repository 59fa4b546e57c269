//! The query strings of the API as types. Values stay as the caller wrote them (the services
//! check them and answer the same problems as for any other input); a query string that does
//! not fit (a parameter given twice) is a `bad_request` problem, not axum's plain-text 400.
//! Unknown parameters are ignored.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use orderlens::problem::{Problem, ProblemCode};
use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::answer::ApiError;

/// `?marketplace=UK&fresh=1` of the order and buyer reads.
#[derive(Debug, Deserialize)]
pub struct OrderQuery {
    pub marketplace: Option<String>,
    pub fresh: Option<String>,
}

impl OrderQuery {
    /// Only `?fresh=1` (or `true`, `yes`, a bare `?fresh`) asks for a fresh answer: the
    /// sidebar's Retry button, an explicit refresh. `Cache-Control: no-cache` does not: browsers
    /// send it on every `cache: "no-store"` fetch.
    pub fn fresh(&self) -> bool {
        self.fresh.as_deref().is_some_and(|v| matches!(v, "1" | "true" | "yes" | ""))
    }
}

/// `?marketplace=UK` of the messaging routes.
#[derive(Debug, Deserialize)]
pub struct MarketplaceQuery {
    pub marketplace: Option<String>,
}

/// axum's `Query`, answering problem+json when the query string does not fit `T`.
pub struct Params<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Params<T>, ApiError> {
        match axum::extract::Query::<T>::try_from_uri(&parts.uri) {
            Ok(axum::extract::Query(value)) => Ok(Params(value)),
            Err(_) => Err(Problem::new(
                ProblemCode::BadRequest,
                "The query string could not be read: give each parameter (marketplace, fresh) at most once.",
            )
            .into()),
        }
    }
}
