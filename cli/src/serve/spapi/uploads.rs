//! Amazon's Uploads API 2020-11-01 (createUploadDestinationForResource: `payload.uploadDestinationId`,
//! `payload.url`, `payload.headers`, see docs.rs `amazon-spapi` `models::uploads_2020_11_01::UploadDestination`)
//! and the upload itself: a PUT of the file to that URL with those headers. The URL is a
//! pre-signed storage address, not SP-API: it gets no access token, and only https (or a
//! loopback fake) is followed.

use std::time::Duration;

use super::client::SpApi;
use super::lenient::{at, code, parse_object, text, MappingError, MAX_TEXT};

/// Where to put one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadDestination {
    pub id: String,
    pub url: String,
    /// To send with the upload, as Amazon names them.
    pub headers: Vec<(String, String)>,
}

/// The most headers taken from Amazon's answer (a pre-signed upload needs a handful).
const MAX_HEADERS: usize = 20;

pub fn parse_upload_destination(body: &[u8]) -> Result<UploadDestination, MappingError> {
    let doc = parse_object(body)?;
    let id = code(&doc, &["payload", "uploadDestinationId"]).ok_or(MappingError("no uploadDestinationId"))?;
    let url = text(at(&doc, &["payload", "url"]), 8 * MAX_TEXT).ok_or(MappingError("no upload url"))?;
    let headers = at(&doc, &["payload", "headers"])
        .and_then(|h| h.as_object())
        .map(|h| h.iter().filter_map(|(k, v)| Some((k.clone(), text(Some(v), MAX_TEXT)?))).take(MAX_HEADERS).collect())
        .unwrap_or_default();
    Ok(UploadDestination { id, url, headers })
}

/// Why an upload did not happen, for the caller's problem.
#[derive(Debug, PartialEq, Eq)]
pub enum UploadError {
    /// The URL is not https (nor a loopback fake): nothing was sent.
    Refused,
    /// The storage answered this status.
    Status(u16),
    /// No answer (connection, timeout).
    Unreachable,
}

impl SpApi {
    /// PUTs `file` to the destination with its headers (and `content_type` unless Amazon named one).
    pub async fn upload(&self, to: &UploadDestination, content_type: &str, file: Vec<u8>) -> Result<(), UploadError> {
        let url = reqwest::Url::parse(&to.url).map_err(|_| UploadError::Refused)?;
        let loopback = url.host_str().is_some_and(|h| h == "127.0.0.1" || h == "localhost" || h == "[::1]");
        if !(url.scheme() == "https" || (url.scheme() == "http" && loopback)) {
            return Err(UploadError::Refused);
        }
        let mut builder = self.http.put(url).timeout(Duration::from_secs(60)).body(file);
        if !to.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("content-type")) {
            builder = builder.header(reqwest::header::CONTENT_TYPE, content_type);
        }
        for (name, value) in &to.headers {
            builder = builder.header(name.as_str(), value.as_str());
        }
        match builder.send().await {
            Ok(r) if r.status().is_success() => Ok(()),
            Ok(r) => Err(UploadError::Status(r.status().as_u16())),
            Err(_) => Err(UploadError::Unreachable),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destinations_as_amazon_writes_them() {
        let body = br#"{"payload":{"uploadDestinationId":"amzn1.tortuga.3.920614b0","url":"https://tortuga-prod-na.s3.amazonaws.com/x?X-Amz-Signature=abc","headers":{"Content-Type":"application/pdf","Content-MD5":"1B2M2Y8AsgTpgAmY7PhCfg==","odd":5}}}"#;
        let d = parse_upload_destination(body).unwrap();
        assert_eq!(d.id, "amzn1.tortuga.3.920614b0");
        assert!(d.url.starts_with("https://tortuga-prod-na.s3.amazonaws.com/"));
        assert!(d.headers.contains(&("Content-Type".into(), "application/pdf".into())));
        assert!(d.headers.contains(&("odd".into(), "5".into())));
        assert!(parse_upload_destination(br#"{"payload":{"url":"https://x"}}"#).is_err());
        assert!(parse_upload_destination(br#"{"errors":[]}"#).is_err());
        assert!(parse_upload_destination(b"nope").is_err());
    }
}
