//! The sidebar's files kept in memory. A sidebar load asks for a handful of small files (HTML,
//! CSS, JS modules, wasm), and `ServeDir` answers each with five blocking file-system calls on
//! tokio's blocking pool, two thread wake-ups each: on a busy machine that made a static file
//! cost 3–5× a cached JSON answer on the same keep-alive connection. Here a full `200` answer is
//! kept, headers and bytes, per path and `Accept-Encoding` (the two things `ServeDir`'s choice of
//! file and variant depends on), for [`FRESH_FOR`]: a file rebuilt on disk is served within a
//! second, and the disk is asked at most once a second per file and encoding.
//!
//! Not kept: anything but a plain `GET` (`HEAD`, `Range`), answers other than `200`, files over
//! [`MAX_FILE`]. A conditional request is answered from memory only when its `If-Modified-Since`
//! is the kept file's own `Last-Modified` (what a browser sends back); any other date goes to
//! `ServeDir`, which compares dates.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};

/// How long a kept answer is served without looking at the disk again.
pub const FRESH_FOR: Duration = Duration::from_secs(1);
/// The largest file kept (the sidebar's wasm is about 420 KB uncompressed).
pub const MAX_FILE: usize = 4 << 20;
/// All kept files together.
const MAX_TOTAL: u64 = 64 << 20;

#[derive(Clone, Hash, PartialEq, Eq)]
pub struct Key {
    path: Box<str>,
    accept_encoding: Option<HeaderValue>,
}

impl Key {
    /// The key of a request whose answer may be kept, `None` for one that always goes to disk.
    pub fn of(request: &Request) -> Option<Key> {
        let headers = request.headers();
        let path = request.uri().path();
        if request.method() != Method::GET || headers.contains_key(header::RANGE) || path.len() > 1024 {
            return None;
        }
        Some(Key { path: path.into(), accept_encoding: headers.get(header::ACCEPT_ENCODING).cloned() })
    }
}

struct Kept {
    headers: HeaderMap,
    body: Bytes,
}

pub struct Memory {
    kept: moka::sync::Cache<Key, Arc<Kept>>,
}

impl Default for Memory {
    fn default() -> Memory {
        let kept = moka::sync::Cache::builder()
            .max_capacity(MAX_TOTAL)
            .weigher(|key: &Key, kept: &Arc<Kept>| (key.path.len() + kept.body.len()).try_into().unwrap_or(u32::MAX))
            .time_to_live(FRESH_FOR)
            .build();
        Memory { kept }
    }
}

impl Memory {
    /// The kept answer to `request`, if there is one that answers it.
    pub fn answer(&self, key: &Key, request: &Request) -> Option<Response> {
        let kept = self.kept.get(key)?;
        match request.headers().get(header::IF_MODIFIED_SINCE) {
            None => Some(kept.response()),
            Some(since) if kept.headers.get(header::LAST_MODIFIED) == Some(since) => Some(kept.not_modified()),
            Some(_) => None,
        }
    }

    /// Keeps `response` (the disk's answer to the request of `key`) when it may be kept, and
    /// returns it either way.
    pub async fn keep(&self, key: Key, response: Response) -> Response {
        let size = response.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
        if response.status() != StatusCode::OK || size.is_none_or(|s| s > MAX_FILE) {
            return response;
        }
        let (parts, body) = response.into_parts();
        let Ok(body) = axum::body::to_bytes(body, MAX_FILE).await else {
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                "The file could not be read. Try again; if it persists, check the proxy's static_dir.",
            )
                .into_response();
        };
        let kept = Arc::new(Kept { headers: parts.headers, body });
        self.kept.insert(key, kept.clone());
        kept.response()
    }
}

impl Kept {
    fn response(&self) -> Response {
        let mut response = Response::new(Body::from(self.body.clone()));
        *response.headers_mut() = self.headers.clone();
        response
    }

    /// What `ServeDir` answers to an unchanged file, with the cache rules of the file.
    fn not_modified(&self) -> Response {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        for name in [header::CACHE_CONTROL, header::VARY, header::LAST_MODIFIED] {
            for value in self.headers.get_all(&name) {
                response.headers_mut().append(name.clone(), value.clone());
            }
        }
        response
    }
}
