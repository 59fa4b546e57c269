//! `--static-dir`: precompressed variants by Accept-Encoding, `application/wasm`, how long a
//! browser may keep each file (immutable for content-hashed names, revalidate otherwise).

mod common;

use std::path::PathBuf;

use common::*;
use reqwest::header::{HeaderMap, ACCEPT_ENCODING, IF_MODIFIED_SINCE};

const CSS: &[u8] = b"body { color: #111; }\n";
// What the server sends is the file's bytes as they are; distinct contents show which file it
// picked (a real `.br`/`.gz` is made by scripts/precompress.mjs in `make build`).
const CSS_BR: &[u8] = b"(brotli bytes of sidebar.css)";
const CSS_GZ: &[u8] = b"(gzip bytes of sidebar.css)";
const WASM: &[u8] = b"\0asm\x01\0\0\0";
const WASM_BR: &[u8] = b"(brotli bytes of the wasm)";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// A site like dist/web after `make build`, in a directory of its own.
struct Site(PathBuf);

impl Site {
    fn new(name: &str) -> Site {
        let dir = std::env::temp_dir().join(format!("orderlens-static-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        for (path, bytes) in [
            ("index.html", &b"<!doctype html><title>demo</title>"[..]),
            ("sidebar.css", CSS),
            ("sidebar.css.br", CSS_BR),
            ("sidebar.css.gz", CSS_GZ),
            ("boot.js", b"import './pkg/orderlens.js';"),
            ("pkg/orderlens_bg.wasm", WASM),
            ("pkg/orderlens_bg.wasm.br", WASM_BR),
            ("pkg/orderlens_bg.3f9a61c0.wasm", WASM),
            ("pkg/orderlens_bg.3f9a61c0.wasm.br", WASM_BR),
        ] {
            std::fs::write(dir.join(path), bytes).unwrap();
        }
        Site(dir)
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

async fn serving(site: &Site) -> Harness {
    let dir = site.0.clone();
    harness(move |c| c.static_dir = Some(dir)).await
}

/// GET `path` with these request headers: status, headers, body.
async fn fetch(h: &Harness, path: &str, headers: &[(&str, &str)]) -> (u16, HeaderMap, Vec<u8>) {
    let mut request = h.http.get(h.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let r = request.send().await.expect("proxy answers");
    (r.status().as_u16(), r.headers().clone(), r.bytes().await.unwrap().to_vec())
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers.get(name).map(|v| v.to_str().unwrap()).unwrap_or("")
}

#[tokio::test]
async fn precompressed_variant_is_chosen_by_accept_encoding() {
    let site = Site::new("encoding");
    let h = serving(&site).await;
    for (accept, body, encoding) in [
        ("gzip, deflate, br, zstd", CSS_BR, "br"),
        ("gzip", CSS_GZ, "gzip"),
        ("br;q=0, gzip", CSS_GZ, "gzip"),
        ("identity", CSS, ""),
    ] {
        let (status, headers, got) = fetch(&h, "/sidebar.css", &[(ACCEPT_ENCODING.as_str(), accept)]).await;
        assert_eq!(status, 200, "{accept}");
        assert_eq!(got, body, "Accept-Encoding: {accept}");
        assert_eq!(header(&headers, "content-encoding"), encoding, "{accept}");
        assert_eq!(header(&headers, "content-type"), "text/css", "{accept}");
        assert!(header(&headers, "vary").to_ascii_lowercase().contains("accept-encoding"), "{headers:?}");
    }
    // Without Accept-Encoding, and for a file with no variants: the file itself.
    let (_, headers, got) = fetch(&h, "/sidebar.css", &[]).await;
    assert_eq!((got.as_slice(), header(&headers, "content-encoding")), (CSS, ""));
    let (status, headers, got) = fetch(&h, "/boot.js", &[(ACCEPT_ENCODING.as_str(), "br, gzip")]).await;
    assert_eq!((status, got.as_slice()), (200, &b"import './pkg/orderlens.js';"[..]));
    assert_eq!(header(&headers, "content-encoding"), "");
    assert!(header(&headers, "vary").to_ascii_lowercase().contains("accept-encoding"), "{headers:?}");
}

#[tokio::test]
async fn wasm_is_application_wasm_compressed_or_not() {
    let site = Site::new("wasm");
    let h = serving(&site).await;
    for (accept, body, encoding) in [("br", WASM_BR, "br"), ("identity", WASM, "")] {
        let (status, headers, got) = fetch(&h, "/pkg/orderlens_bg.wasm", &[(ACCEPT_ENCODING.as_str(), accept)]).await;
        assert_eq!((status, got.as_slice()), (200, body), "{accept}");
        assert_eq!(header(&headers, "content-type"), "application/wasm", "{accept}");
        assert_eq!(header(&headers, "content-encoding"), encoding, "{accept}");
        assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
    }
}

#[tokio::test]
async fn content_hashed_names_are_immutable() {
    let site = Site::new("hashed");
    let h = serving(&site).await;
    for accept in ["br", "identity"] {
        let (status, headers, _) =
            fetch(&h, "/pkg/orderlens_bg.3f9a61c0.wasm", &[(ACCEPT_ENCODING.as_str(), accept)]).await;
        assert_eq!(status, 200);
        assert_eq!(header(&headers, "cache-control"), IMMUTABLE, "{accept}");
        assert_eq!(header(&headers, "content-type"), "application/wasm");
    }
    // A hashed name that is not there must not be remembered as missing for a year.
    let (status, headers, _) = fetch(&h, "/pkg/orderlens_bg.0000000a.wasm", &[]).await;
    assert_eq!(status, 404);
    assert_eq!(header(&headers, "cache-control"), "no-cache");
}

#[tokio::test]
async fn other_files_are_revalidated_and_answer_304_while_unchanged() {
    let site = Site::new("revalidate");
    let h = serving(&site).await;
    for path in ["/", "/index.html", "/sidebar.css", "/pkg/orderlens_bg.wasm"] {
        let (status, headers, _) = fetch(&h, path, &[(ACCEPT_ENCODING.as_str(), "br, gzip")]).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(header(&headers, "cache-control"), "no-cache", "{path}");
        let last_modified = header(&headers, "last-modified").to_string();
        assert!(last_modified.ends_with(" GMT"), "{path}: Last-Modified {last_modified:?}");

        let since = [(ACCEPT_ENCODING.as_str(), "br, gzip"), (IF_MODIFIED_SINCE.as_str(), last_modified.as_str())];
        let (status, headers, body) = fetch(&h, path, &since).await;
        assert_eq!(status, 304, "{path}");
        assert!(body.is_empty(), "{path}");
        assert_eq!(header(&headers, "cache-control"), "no-cache", "{path}");
    }
    // Changed since: the file again.
    let old = [(IF_MODIFIED_SINCE.as_str(), "Mon, 01 Jan 2001 00:00:00 GMT")];
    let (status, _, body) = fetch(&h, "/sidebar.css", &old).await;
    assert_eq!((status, body.as_slice()), (200, CSS));
}

#[tokio::test]
async fn api_answers_keep_their_own_cache_rules() {
    let site = Site::new("api");
    let h = serving(&site).await;
    let a = h.get("/v1/orders/028-1234567-8901234").await;
    assert_eq!(a.status, 200, "{}", a.json);
    assert_ne!(a.headers.get("cache-control").map(|v| v.to_str().unwrap()), Some(IMMUTABLE));
    let missing = h.get("/v1/orders.0123abcd.json").await;
    missing.assert_problem(404, "not_found");
    assert_ne!(missing.headers.get("cache-control").map(|v| v.to_str().unwrap()), Some(IMMUTABLE));
}

#[tokio::test]
async fn a_file_rebuilt_on_disk_is_served_within_a_second() {
    // Answers are kept in memory for a second (`static_memory::FRESH_FOR`), so `make build`
    // while the proxy runs shows up on the next load after that.
    let site = Site::new("rebuilt");
    let h = serving(&site).await;
    for accept in ["br", "identity"] {
        let (_, _, first) = fetch(&h, "/sidebar.css", &[(ACCEPT_ENCODING.as_str(), accept)]).await;
        let (_, _, again) = fetch(&h, "/sidebar.css", &[(ACCEPT_ENCODING.as_str(), accept)]).await;
        assert_eq!(first, again, "{accept}");
    }
    std::fs::write(site.0.join("sidebar.css"), b"body { color: #222; }\n").unwrap();
    std::fs::write(site.0.join("sidebar.css.br"), b"(new brotli bytes)").unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let (_, _, plain) = fetch(&h, "/sidebar.css", &[(ACCEPT_ENCODING.as_str(), "identity")]).await;
    let (_, _, br) = fetch(&h, "/sidebar.css", &[(ACCEPT_ENCODING.as_str(), "br")]).await;
    assert_eq!(plain, b"body { color: #222; }\n");
    assert_eq!(br, b"(new brotli bytes)");
}

#[tokio::test]
async fn ranges_and_head_requests_still_work() {
    let site = Site::new("range");
    let h = serving(&site).await;
    let _ = fetch(&h, "/sidebar.css", &[]).await; // kept in memory now
    let (status, headers, body) = fetch(&h, "/sidebar.css", &[("range", "bytes=0-3")]).await;
    assert_eq!((status, body.as_slice()), (206, &CSS[..4]));
    assert_eq!(header(&headers, "content-range"), format!("bytes 0-3/{}", CSS.len()));
    let head = h.http.head(h.url("/sidebar.css")).send().await.unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(head.headers()["content-length"], CSS.len().to_string().as_str());
}
