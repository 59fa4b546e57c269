//! Which URLs may become links. Mail and proxy data are outside data: only plain `http:` and
//! `https:` URLs pass, so `javascript:`, `data:` and friends can never reach an `href`; and a
//! link offered as an Amazon action must be `https:` on a genuine Amazon host.

use super::model::Link;
use crate::core::amazon_host::is_amazon_action_url;

/// `url` if it is an absolute http(s) URL without spaces or control characters.
pub fn safe_url(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    let rest = url.split_once("://").map_or("", |(_, r)| r);
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`'));
    (scheme_ok && clean && !rest.is_empty() && !rest.starts_with('/')).then(|| url.to_string())
}

/// A link to one of Amazon's pages (Seller Central, "no response needed").
pub fn amazon_link(text: impl Into<String>, url: &str) -> Option<Link> {
    safe_url(url).filter(|url| is_amazon_action_url(url)).map(|url| Link { text: text.into(), url })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_pass() {
        assert!(safe_url("https://sellercentral.amazon.de/orders-v3/order/1").is_some());
        assert!(safe_url("HTTP://example.com").is_some());
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "https://",
            "https:///x",
            "//evil.example",
            "https://a b",
            "https://a\u{0}b",
            "https://x\"onmouseover=\"y",
            "",
        ] {
            assert_eq!(safe_url(bad), None, "{bad:?}");
        }
    }
}
