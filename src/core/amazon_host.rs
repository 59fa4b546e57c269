//! Which hosts and URLs are Amazon's: the one rule behind every link the sidebar offers as an
//! Amazon action, every Amazon link detection reads, and every link a reply may carry.
//!
//! Derived from the marketplace table, never from a list of our own: a retail domain, a Seller
//! Central host, or a sub-domain of either, compared whole label by whole label. So
//! `sellercentral-amazon.de`, `evil-amazon.de` and `amazon.de.evil.io` are not Amazon's.

use crate::core::marketplace::Marketplace;

/// A genuine Amazon host name: case-insensitive, with at most one trailing dot (a fully
/// qualified name). Anything that is not a plain ASCII host name (Unicode look-alikes, empty
/// labels, `_`, `%`, a port, userinfo) is not Amazon's.
pub fn is_amazon_host(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    let plain =
        host.split('.').all(|label| !label.is_empty() && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
    plain
        && Marketplace::all()
            .iter()
            .map(|m| m.amazon_domain)
            .chain(Marketplace::seller_central_hosts())
            .any(|domain| is_domain_or_sub_domain(host, domain))
}

/// `host` is `domain` or ends in `.domain`. Both are ASCII here, so the byte offsets are
/// character boundaries.
fn is_domain_or_sub_domain(host: &str, domain: &str) -> bool {
    let Some(cut) = host.len().checked_sub(domain.len()) else { return false };
    host[cut..].eq_ignore_ascii_case(domain) && (cut == 0 || host.as_bytes()[cut - 1] == b'.')
}

/// The lower-cased host of an `http:` or `https:` URL on a genuine Amazon host, read the way a
/// browser reads it: the authority ends at `/`, `\`, `?` or `#`. A URL with userinfo
/// (`https://amazon.de@evil.io/`) or a port other than 443 is never Amazon's: Amazon's links
/// have neither, and both are how look-alikes hide the real host.
pub fn amazon_url_host(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if !(scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")) {
        return None;
    }
    let authority = rest.split(['/', '\\', '?', '#']).next()?;
    if authority.contains('@') {
        return None;
    }
    let host = match authority.split_once(':') {
        Some((host, "443")) => host,
        Some(_) => return None,
        None => authority,
    };
    is_amazon_host(host).then(|| host.trim_end_matches('.').to_ascii_lowercase())
}

/// A URL the sidebar may offer as an Amazon action ("No response needed", "Report"): `https:`
/// on a genuine Amazon host, with nothing in it a browser would not take as one URL.
pub fn is_amazon_action_url(url: &str) -> bool {
    let https = url.get(..8).is_some_and(|s| s.eq_ignore_ascii_case("https://"));
    let one_token = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    https && one_token && amazon_url_host(url).is_some()
}

/// What to offer as an Amazon action for a link found in mail: the URL itself when
/// [`is_amazon_action_url`], and an `http:` link on a genuine Amazon host (older Amazon mail has
/// them) as the same page over `https:`; `None` for anything else.
pub fn amazon_action_url(url: &str) -> Option<String> {
    let https = match url.get(..7) {
        Some(scheme) if scheme.eq_ignore_ascii_case("http://") => format!("https://{}", &url[7..]),
        _ => url.to_string(),
    };
    is_amazon_action_url(&https).then_some(https)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_from_the_marketplace_table() {
        for host in ["amazon.de", "www.amazon.co.jp", "sellercentral.amazon.com.sa", "sellercentral-japan.amazon.com"] {
            assert!(is_amazon_host(host), "{host}");
        }
        for host in ["sellercentral-amazon.de", "evil-amazon.de", "amazon.de.evil.io", "amazon.co", "a.co", "amzn.to"] {
            assert!(!is_amazon_host(host), "{host}");
        }
    }

    #[test]
    fn url_hosts() {
        assert_eq!(amazon_url_host("https://WWW.Amazon.de./dp/B0X").as_deref(), Some("www.amazon.de"));
        assert_eq!(amazon_url_host("http://www.amazon.com/gp").as_deref(), Some("www.amazon.com"));
        assert_eq!(amazon_url_host("https://www.amazon.de@evil.example:8080/login"), None);
        assert_eq!(amazon_url_host("https://evil.example\\@www.amazon.de/"), None);
    }
}
