//! Which browser origins may call the proxy: CORS headers for them, 403 for everyone else.

use std::sync::Arc;

use axum::extract::Request;
use axum::http::{header, HeaderValue, Method};
use orderlens::problem::{Problem, ProblemCode};
use tower_http::cors::{AllowOrigin, CorsLayer};

/// Allowed origins: exact (`chrome-extension://abcdef…`) or with a wildcard host label
/// (`https://*.zendesk.com` matches `https://acme.zendesk.com`, not `https://zendesk.com` nor
/// `https://acme.zendesk.com.evil.io`); `moz-extension://*` matches any host of that scheme.
#[derive(Debug, Clone, Default)]
pub struct OriginPolicy {
    patterns: Vec<String>,
}

impl OriginPolicy {
    pub fn new(patterns: impl IntoIterator<Item = String>) -> OriginPolicy {
        OriginPolicy {
            patterns: patterns.into_iter().map(|p| p.trim().trim_end_matches('/').to_ascii_lowercase()).collect(),
        }
    }

    pub fn allows(&self, origin: &str) -> bool {
        let origin = origin.trim().to_ascii_lowercase();
        self.patterns.iter().any(|p| matches(p, &origin))
    }
}

fn matches(pattern: &str, origin: &str) -> bool {
    let (Some((p_scheme, p_host)), Some((o_scheme, o_host))) = (pattern.split_once("://"), origin.split_once("://"))
    else {
        return false;
    };
    if p_scheme != o_scheme || o_host.is_empty() || o_host.contains('/') || o_host.contains('@') {
        return false;
    }
    if p_host == "*" {
        return true;
    }
    match p_host.strip_prefix("*.") {
        // One or more labels in front of the suffix, each made of letters, digits and '-'.
        Some(suffix) => o_host.strip_suffix(suffix).and_then(|rest| rest.strip_suffix('.')).is_some_and(|labels| {
            !labels.is_empty()
                && labels.split('.').all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        }),
        None => p_host == o_host,
    }
}

/// The refusal of a request whose `Origin` is not allowed, preflight included. Requests without
/// an `Origin` (curl, server-side helpdesk proxies, same-origin GETs) pass.
pub fn refusal(policy: &OriginPolicy, request: &Request) -> Option<Problem> {
    let origin = request.headers().get(header::ORIGIN)?;
    if origin.to_str().is_ok_and(|o| policy.allows(o)) {
        return None;
    }
    Some(Problem::new(
        ProblemCode::OriginNotAllowed,
        "This page's origin may not call the proxy. The admin can add it to `allowed_origins` in the proxy's config (wildcards like https://*.zendesk.com are allowed).",
    ))
}

pub fn cors_layer(policy: Arc<OriginPolicy>) -> CorsLayer {
    CorsLayer::new()
        .allow_origin(AllowOrigin::predicate(move |origin: &HeaderValue, _| {
            origin.to_str().is_ok_and(|o| policy.allows(o))
        }))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE, header::CACHE_CONTROL])
        .expose_headers([header::RETRY_AFTER])
        .max_age(std::time::Duration::from_secs(600))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_sub_domains_only() {
        let p = OriginPolicy::new(
            ["https://*.zendesk.com", "chrome-extension://abcdefghijklmnop", "moz-extension://*"].map(String::from),
        );
        assert!(p.allows("https://acme.zendesk.com"));
        assert!(p.allows("https://ACME.zendesk.com"));
        assert!(!p.allows("https://zendesk.com"));
        assert!(!p.allows("https://acme.zendesk.com.evil.io"));
        assert!(!p.allows("https://evilzendesk.com"));
        assert!(!p.allows("http://acme.zendesk.com"));
        assert!(p.allows("chrome-extension://abcdefghijklmnop"));
        assert!(!p.allows("chrome-extension://other"));
        assert!(p.allows("moz-extension://0b3c6c4e-7f0e-4c1e-9b8a-2d4c6e8f0a1b"));
        assert!(!p.allows("null"));
    }
}
