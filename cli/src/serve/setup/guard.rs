//! What a request to the admin pages must show, and the cookies they set: the session cookie,
//! a form's CSRF token, and that a form post comes from these pages themselves (`Origin`,
//! `Sec-Fetch-Site`), not from another site.

use std::sync::Arc;

use axum::http::{header, HeaderMap};

use super::session::{csrf_matches, Session, CONSENT_COOKIE, CONSENT_LIFETIME, SESSION_COOKIE, SESSION_LIFETIME};
use crate::serve::state::AppState;

/// The value of cookie `name` in the request.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
}

/// The admin session the request carries, with its id.
pub fn session(s: &AppState, headers: &HeaderMap) -> Option<(String, Arc<Session>)> {
    let id = cookie(headers, SESSION_COOKIE)?;
    s.sessions.get(id).map(|session| (id.to_string(), session))
}

/// The origin the admin pages are served at: `public_url`, else the `Host` the browser used
/// (plain http: without `public_url` the proxy is reached on loopback or through a tunnel).
pub fn own_origin(s: &AppState, headers: &HeaderMap) -> String {
    if let Some(url) = &s.config.setup.public_url {
        return url.clone();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c)));
    format!("http://{}", host.map_or_else(|| s.config.listen.to_string(), str::to_string))
}

/// Why a form post is refused before it is read, if it is.
pub fn cross_site(s: &AppState, headers: &HeaderMap) -> Option<&'static str> {
    let site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if site.is_some_and(|site| site != "same-origin" && site != "none") {
        return Some(
            "This form was sent from another site, so it is refused. Use the forms of the admin pages themselves.",
        );
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    if origin.is_some_and(|o| !o.eq_ignore_ascii_case(&own_origin(s, headers))) {
        return Some("This form was sent from another origin, so it is refused. Open the admin pages at the proxy's own address (public_url) and use their forms.");
    }
    None
}

/// The session a form post belongs to: a live session whose CSRF token the form carries.
pub fn form_session(s: &AppState, headers: &HeaderMap, csrf: &str) -> Result<(String, Arc<Session>), &'static str> {
    if let Some(why) = cross_site(s, headers) {
        return Err(why);
    }
    match session(s, headers) {
        Some((id, session)) if csrf_matches(&session, csrf) => Ok((id, session)),
        Some(_) => {
            Err("This form is out of date (it belongs to an earlier session). Reload the admin page and try again.")
        }
        None => Err("Your admin session has ended. Log in again."),
    }
}

/// `Secure` unless the pages are served over plain http (loopback, a tunnel).
fn secure(s: &AppState, headers: &HeaderMap) -> &'static str {
    if own_origin(s, headers).starts_with("https://") {
        "; Secure"
    } else {
        ""
    }
}

pub fn session_cookie(s: &AppState, headers: &HeaderMap, id: &str) -> String {
    format!(
        "{SESSION_COOKIE}={id}; Path=/setup; HttpOnly; SameSite=Strict; Max-Age={}{}",
        SESSION_LIFETIME.as_secs(),
        secure(s, headers)
    )
}

pub fn clear_session_cookie(s: &AppState, headers: &HeaderMap) -> String {
    format!("{SESSION_COOKIE}=; Path=/setup; HttpOnly; SameSite=Strict; Max-Age=0{}", secure(s, headers))
}

/// Lax, because Amazon's redirect back is a cross-site navigation; only the callback sees it.
pub fn consent_cookie(s: &AppState, headers: &HeaderMap, binding: &str) -> String {
    format!(
        "{CONSENT_COOKIE}={binding}; Path=/setup/callback; HttpOnly; SameSite=Lax; Max-Age={}{}",
        CONSENT_LIFETIME.as_secs(),
        secure(s, headers)
    )
}

pub fn clear_consent_cookie(s: &AppState, headers: &HeaderMap) -> String {
    format!("{CONSENT_COOKIE}=; Path=/setup/callback; HttpOnly; SameSite=Lax; Max-Age=0{}", secure(s, headers))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn cookies_are_found_by_exact_name() {
        let mut h = HeaderMap::new();
        h.append(header::COOKIE, HeaderValue::from_static("a=1; orderlens_admin_x=2"));
        h.append(header::COOKIE, HeaderValue::from_static("orderlens_admin=abc"));
        assert_eq!(cookie(&h, SESSION_COOKIE), Some("abc"));
        assert_eq!(cookie(&h, "a"), Some("1"));
        assert_eq!(cookie(&h, "b"), None);
    }
}
