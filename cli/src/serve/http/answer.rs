//! How the API answers: JSON that no one caches (it can hold buyer data), and every failure as
//! `application/problem+json` (core's `Problem`) with the status its code stands for.

use axum::body::Body;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use orderlens::problem::{Problem, ProblemCode, PROBLEM_CONTENT_TYPE};
use serde::Serialize;

use crate::serve::cache::Encoded;

/// `Problem` as an axum response (a newtype: both the trait and the type live elsewhere).
#[derive(Debug)]
pub struct ApiError(pub Problem);

impl From<Problem> for ApiError {
    fn from(p: Problem) -> ApiError {
        ApiError(p)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        problem_response(&self.0)
    }
}

pub fn problem_response(p: &Problem) -> Response {
    let status = StatusCode::from_u16(p.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = uncached(status, serde_json::to_vec(p).unwrap_or_default().into(), PROBLEM_CONTENT_TYPE);
    let headers = response.headers_mut();
    if let Some(secs) = p.retry_after {
        headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    if p.code == ProblemCode::Unauthorized {
        headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}

pub fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => uncached(status, body.into(), "application/json"),
        Err(_) => ApiError(Problem::new(
            ProblemCode::Internal,
            "The proxy could not encode its answer. Please report this bug.",
        ))
        .into_response(),
    }
}

/// A cached answer, 200, with the JSON it was cached with.
pub fn encoded<V>(answer: &Encoded<V>) -> Response {
    uncached(StatusCode::OK, answer.json.clone().into(), "application/json")
}

/// `Cache-Control: no-store` on every answer of the API: its bodies can hold buyer data.
fn uncached(status: StatusCode, body: Body, content_type: &'static str) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
