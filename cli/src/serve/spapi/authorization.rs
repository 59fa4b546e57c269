//! The website authorisation workflow's last step: Login with Amazon trades the
//! `spapi_oauth_code` Amazon sent back (valid 5 minutes, usable once) for the seller's refresh
//! token (`grant_type=authorization_code`, with the same `redirect_uri` the consent used).

use std::time::Duration;

use serde_json::Value;

use super::lenient::at;
use super::lwa::{read_token_answer, LwaError};
use super::transport::{describe, read_capped};
use crate::serve::secret::Secret;

/// What LWA grants for a code: the refresh token to keep, and a first access token.
#[derive(Debug)]
pub struct Granted {
    pub refresh_token: Secret,
    pub access_token: Secret,
    pub lifetime: Duration,
}

/// The app's LWA credentials and where LWA is.
pub struct Client<'a> {
    pub http: &'a reqwest::Client,
    pub url: &'a str,
    pub client_id: &'a str,
    pub client_secret: &'a Secret,
}

impl Client<'_> {
    pub async fn exchange_code(&self, code: &str, redirect_uri: &str) -> Result<Granted, LwaError> {
        let form = [
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("client_id", self.client_id),
            ("client_secret", self.client_secret.expose()),
        ];
        let unreachable =
            |e: reqwest::Error| if e.is_timeout() { LwaError::Timeout } else { LwaError::Unavailable(describe(&e)) };
        let response = self.http.post(self.url).form(&form).send().await.map_err(unreachable)?;
        let status = response.status().as_u16();
        let body = read_capped(response).await.map_err(|e| e.map_or(LwaError::InvalidResponse, unreachable))?;
        read_code_answer(status, &body)
    }
}

/// LWA's answer to a code exchange → the grant. Pure, like `read_token_answer`, which reads
/// the access token and the errors.
pub fn read_code_answer(status: u16, body: &[u8]) -> Result<Granted, LwaError> {
    let (access_token, lifetime) = read_token_answer(status, body)?;
    let doc: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let refresh = at(&doc, &["refresh_token"]).and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty());
    let Some(refresh) = refresh else { return Err(LwaError::InvalidResponse) };
    Ok(Granted { refresh_token: Secret::new(refresh), access_token, lifetime })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grant_needs_both_tokens() {
        let g = read_code_answer(
            200,
            br#"{"access_token":"Atza|a","refresh_token":"Atzr|r","token_type":"bearer","expires_in":3600}"#,
        )
        .unwrap();
        assert_eq!((g.refresh_token.expose(), g.access_token.expose()), ("Atzr|r", "Atza|a"));
        assert_eq!(read_code_answer(200, br#"{"access_token":"Atza|a"}"#).unwrap_err(), LwaError::InvalidResponse);
        assert_eq!(
            read_code_answer(
                400,
                br#"{"error":"invalid_grant","error_description":"The request has an invalid grant parameter : code"}"#
            )
            .unwrap_err(),
            LwaError::InvalidGrant
        );
    }
}
