//! The fake's storage behind the Uploads API (2020-11-01): each destination made by
//! createUploadDestinationForResource (in `super`) is remembered with the MD5 it was made for; the
//! upload PUT to `/upload/{id}` is refused unless its body has that MD5 (S3 answers 400
//! BadDigest); sendInvoice (in `super`) is refused unless each attachment names an upload that
//! arrived.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use md5::{Digest, Md5};

#[derive(Clone, Default)]
pub struct Uploads {
    destinations: Arc<Mutex<HashMap<String, Destination>>>,
    arrived: Arc<AtomicU64>,
}

struct Destination {
    content_md5: String,
    uploaded: bool,
}

impl Uploads {
    pub fn create(&self, id: &str, content_md5: &str) {
        if let Ok(mut d) = self.destinations.lock() {
            d.insert(id.to_string(), Destination { content_md5: content_md5.to_string(), uploaded: false });
        }
    }

    /// Uploads whose MD5 matched.
    pub fn arrived(&self) -> u64 {
        self.arrived.load(Ordering::SeqCst)
    }

    /// Whether sendInvoice's body names only uploads that arrived, each with a file name.
    pub fn all_arrived(&self, send_invoice_body: &[u8]) -> bool {
        let doc: serde_json::Value = serde_json::from_slice(send_invoice_body).unwrap_or_default();
        let attachments = doc["attachments"].as_array().cloned().unwrap_or_default();
        let Ok(d) = self.destinations.lock() else { return false };
        !attachments.is_empty()
            && attachments.iter().all(|a| {
                let id = a["uploadDestinationId"].as_str().unwrap_or_default();
                let named = a["fileName"].as_str().is_some_and(|n| !n.is_empty());
                named && d.get(id).is_some_and(|u| u.uploaded)
            })
    }
}

/// `PUT /upload/{id}`: the pre-signed upload.
pub async fn upload(State(u): State<Uploads>, Path(id): Path<String>, body: axum::body::Bytes) -> Response {
    let digest = base64::engine::general_purpose::STANDARD.encode(Md5::digest(&body));
    let Ok(mut d) = u.destinations.lock() else { return StatusCode::INTERNAL_SERVER_ERROR.into_response() };
    match d.get_mut(&id) {
        Some(dest) if dest.content_md5 == digest => {
            dest.uploaded = true;
            u.arrived.fetch_add(1, Ordering::SeqCst);
            StatusCode::OK.into_response()
        }
        Some(_) => (StatusCode::BAD_REQUEST, "BadDigest").into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
