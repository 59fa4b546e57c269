//! The files of `--static-dir` (the sidebar, the demo helpdesk): tower-http's `ServeDir` with the
//! precompressed variants next to each file (`sidebar.css.br`, `sidebar.css.gz`, written by
//! `scripts/precompress.mjs` in `make build`) chosen by Accept-Encoding, `Last-Modified` and
//! `If-Modified-Since`, and `.wasm` as `application/wasm` (so browsers compile while downloading
//! and cache the compiled code). Here: how long a browser may keep what it got.
//!
//! - A name that carries a content hash, `<name>.<8 or more lowercase hex digits>.<ext>` (e.g.
//!   `orderlens_bg.3f9a61c0.wasm`), never changes its bytes: `public, max-age=31536000, immutable`.
//! - Everything else (the entry HTML, unhashed files, errors): `no-cache`, i.e. revalidate with
//!   `If-Modified-Since` on every use, answered 304 while the file is unchanged.
//! - Every answer `Vary: Accept-Encoding`, since the same URL has a br, a gzip and a plain body.
//!
//! Answers are kept in memory for a second (`static_memory`), so a sidebar load does not wait on
//! the file system for each of its files.

use std::path::Path;
use std::sync::Arc;

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::MethodRouter;
use tower::ServiceExt;
use tower_http::services::ServeDir;

use super::static_memory::{Key, Memory};

const IMMUTABLE: HeaderValue = HeaderValue::from_static("public, max-age=31536000, immutable");
const REVALIDATE: HeaderValue = HeaderValue::from_static("no-cache");

/// The service behind every path that is not the API.
pub fn service(dir: &Path) -> MethodRouter {
    let files =
        Arc::new(Files { disk: ServeDir::new(dir).precompressed_br().precompressed_gzip(), memory: Memory::default() });
    axum::routing::any(move |request: Request| {
        let files = files.clone();
        async move { files.answer(request).await }
    })
}

struct Files {
    disk: ServeDir,
    memory: Memory,
}

impl Files {
    async fn answer(&self, request: Request) -> Response {
        let key = Key::of(&request);
        if let Some(kept) = key.as_ref().and_then(|key| self.memory.answer(key, &request)) {
            return kept;
        }
        let hashed = has_content_hash(request.uri().path());
        let Ok(response) = self.disk.clone().oneshot(request).await;
        let response = with_cache_rules(response.into_response(), hashed);
        match key {
            Some(key) => self.memory.keep(key, response).await,
            None => response,
        }
    }
}

fn with_cache_rules(mut response: Response, hashed: bool) -> Response {
    let kept = matches!(response.status(), StatusCode::OK | StatusCode::PARTIAL_CONTENT | StatusCode::NOT_MODIFIED);
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, if hashed && kept { IMMUTABLE } else { REVALIDATE });
    headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
    response
}

/// Whether the last segment of `path` is `<name>.<hash>.<ext>`: a non-empty name, 8 or more
/// lowercase hex digits, a non-empty extension.
pub fn has_content_hash(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or("");
    let mut parts = file.rsplitn(3, '.');
    let (Some(ext), Some(hash), Some(name)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !ext.is_empty()
        && !name.is_empty()
        && hash.len() >= 8
        && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::has_content_hash;

    #[test]
    fn content_hash_names() {
        for hashed in ["/pkg/orderlens_bg.3f9a61c0.wasm", "/sidebar.0123456789abcdef.css", "/a.b.deadbeef.js"] {
            assert!(has_content_hash(hashed), "{hashed}");
        }
        for plain in [
            "/",
            "/demo/",
            "/sidebar.css",
            "/pkg/orderlens_bg.wasm",
            "/x.3f9a61c.js",   // 7 digits
            "/x.3F9A61C0.js",  // upper case
            "/x.3f9a61cg.js",  // not hex
            "/.3f9a61c0.js",   // no name
            "/x.3f9a61c0.",    // no extension
            "/3f9a61c0.js",    // the hash is the name
            "/x.3f9a61c0.js/", // a directory
        ] {
            assert!(!has_content_hash(plain), "{plain}");
        }
    }
}
