//! The fake's Uploads API (2020-11-01) and the storage behind it: a destination per
//! createUploadDestinationForResource call, remembered with the MD5 it was made for; the upload
//! PUT to `/upload/{id}` is refused unless its body has that MD5 (S3 answers 400 BadDigest);
//! sendInvoice (in `send_message`) is refused unless each attachment names an upload that came.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use md5::{Digest, Md5};

use super::{error, gate, json, FakeState};
use crate::serve::spapi::operations::Operation;

pub struct Destination {
    content_md5: String,
    uploaded: bool,
}

/// Whether sendInvoice's body names only uploads that arrived, each with a file name.
pub fn invoice_uploaded(s: &FakeState, body: &[u8]) -> bool {
    let doc: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    let attachments = doc["attachments"].as_array().cloned().unwrap_or_default();
    let Ok(d) = s.destinations.lock() else { return false };
    !attachments.is_empty()
        && attachments.iter().all(|a| {
            let id = a["uploadDestinationId"].as_str().unwrap_or_default();
            let named = a["fileName"].as_str().is_some_and(|n| !n.is_empty());
            named && d.get(id).is_some_and(|u| u.uploaded)
        })
}

/// createUploadDestinationForResource: a destination on this fake (`/upload/{id}`) for a file
/// with the given MD5.
pub async fn destination(
    State(s): State<Arc<FakeState>>,
    Path((region, _resource)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    s.stats.upload_destinations.fetch_add(1, Ordering::SeqCst);
    if let Err(r) = gate(&s, &headers, &region, Operation::Messaging).await {
        return r;
    }
    let rid = Some(s.request_ids.fetch_add(1, Ordering::Relaxed));
    let (Some(md5), Some(_), Some(_)) = (q.get("contentMD5"), q.get("marketplaceIds"), q.get("contentType")) else {
        return error(
            StatusCode::BAD_REQUEST,
            "InvalidInput",
            "contentMD5, marketplaceIds and contentType are required.",
            "",
            rid,
        );
    };
    let id = format!("amzn1.tortuga.sandbox.{}", rid.unwrap_or(0));
    let host = headers.get("host").and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1");
    let destination = Destination { content_md5: md5.clone(), uploaded: false };
    if let Ok(mut d) = s.destinations.lock() {
        d.insert(id.clone(), destination);
    }
    let body = serde_json::json!({ "payload": {
        "uploadDestinationId": id,
        "url": format!("http://{host}/upload/{id}"),
        "headers": { "Content-Type": q.get("contentType"), "Content-MD5": md5 },
    }});
    json(StatusCode::CREATED, body.to_string(), rid)
}

/// The pre-signed upload: refused unless the body's MD5 is the one the destination was made for
/// (S3 answers 400 BadDigest).
pub async fn upload(State(s): State<Arc<FakeState>>, Path(id): Path<String>, body: axum::body::Bytes) -> Response {
    let digest = base64::engine::general_purpose::STANDARD.encode(Md5::digest(&body));
    let Ok(mut d) = s.destinations.lock() else { return StatusCode::INTERNAL_SERVER_ERROR.into_response() };
    match d.get_mut(&id) {
        Some(u) if u.content_md5 == digest => {
            u.uploaded = true;
            s.stats.uploads.fetch_add(1, Ordering::SeqCst);
            StatusCode::OK.into_response()
        }
        Some(_) => (StatusCode::BAD_REQUEST, "BadDigest").into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
