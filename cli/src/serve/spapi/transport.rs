//! What the SP-API client and Login with Amazon share on the wire: the cap on what an answer
//! may weigh, and short causes for transport errors.

/// Larger answers are refused (`upstream_invalid_response`): no SP-API body the proxy reads comes near.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// The body, or `Err(None)` past `MAX_BODY_BYTES` (by `Content-Length` or as it arrives).
pub async fn read_capped(mut response: reqwest::Response) -> Result<Vec<u8>, Option<reqwest::Error>> {
    if response.content_length().is_some_and(|n| n > MAX_BODY_BYTES as u64) {
        return Err(None);
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(Some)? {
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return Err(None);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A reqwest error without its URL (the URL is fine here, but keep the habit of short causes).
pub fn describe(e: &reqwest::Error) -> String {
    if e.is_connect() {
        "connection failed".into()
    } else if e.is_timeout() {
        "timed out".into()
    } else {
        "request failed".into()
    }
}
