//! Email addresses and links in a reply. Which hosts are Amazon's is `core::amazon_host`'s rule.

use super::spans::Spans;
use crate::core::amazon_host::is_amazon_host;
use crate::core::stable_sort;

/// A link found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Link {
    pub start: usize,
    pub end: usize,
    /// Lower-cased host, without port or trailing dot.
    pub host: String,
    /// `Some("http")`, `Some("https")`, another scheme, or `None` for `www.example.com`.
    pub scheme: Option<String>,
}

impl Link {
    pub fn is_amazon(&self) -> bool {
        is_amazon_host(&self.host)
    }
}

fn is_local_part_char(c: char) -> bool {
    c.is_alphanumeric() && !super::phrase::is_cjk(c) || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'')
}

fn is_domain_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '.'
}

/// A domain with at least two labels and a top-level label of two or more letters.
fn is_domain(d: &str) -> bool {
    let labels: Vec<&str> = d.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
        && labels.last().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Email addresses, also with a full-width `＠` and written as `name (at) example.com`.
pub(super) fn emails(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let lower = text.to_ascii_lowercase(); // same byte offsets
    let mut from = 0;
    for (at_start, at_end) in at_signs(&lower) {
        if at_start < from {
            continue; // inside the address just found
        }
        from = at_end;
        // Local part: walk back over local-part characters (and spaces before a spelled-out "(at)").
        let before = text[..at_start].trim_end_matches(' ');
        let local_start =
            before.char_indices().rev().take_while(|(_, c)| is_local_part_char(*c)).last().map(|(i, _)| i);
        let Some(local_start) = local_start else { continue };
        let local = &before[local_start..];
        if local.trim_matches('.').is_empty() {
            continue;
        }
        // Domain: dots may be spelled "(dot)" / "[dot]".
        let after = &text[at_end..];
        let after_trimmed = after.trim_start_matches(' ');
        let domain_start = at_end + (after.len() - after_trimmed.len());
        let (domain, domain_len) = read_domain(&lower[domain_start..]);
        let domain = domain.trim_end_matches('.');
        if !is_domain(domain) {
            continue;
        }
        let end = domain_start + trimmed_len(after_trimmed, domain_len);
        found.push((local_start, end));
        from = end.max(from);
    }
    found
}

/// Every `@`, `＠`, `(at)`, `[at]`, `{at}` and `<at>` in `lower`, in order, as byte ranges: one
/// pass, however many there are.
fn at_signs(lower: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    lower.char_indices().filter_map(|(i, c)| match c {
        '@' | '＠' => Some((i, i + c.len_utf8())),
        '(' | '[' | '{' | '<' => {
            ["(at)", "[at]", "{at}", "<at>"].iter().find(|s| lower[i..].starts_with(*s)).map(|s| (i, i + s.len()))
        }
        _ => None,
    })
}

/// Reads a domain at the start of the lower-cased `lower`, turning spelled-out dots into dots.
/// Returns the domain and how many bytes it used.
fn read_domain(lower: &str) -> (String, usize) {
    let mut domain = String::new();
    let mut used = 0;
    loop {
        let rest = &lower[used..];
        if let Some(sign) = ["(dot)", "[dot]", " (dot) ", " [dot] "].iter().find(|s| rest.starts_with(*s)) {
            domain.push('.');
            used += sign.len();
            continue;
        }
        match rest.chars().next() {
            Some(c) if is_domain_char(c) => {
                domain.push(c);
                used += c.len_utf8();
            }
            _ => break,
        }
    }
    (domain, used)
}

/// Length of the first `used` bytes of `s` without trailing dots (sentence ends).
fn trimmed_len(s: &str, used: usize) -> usize {
    s.get(..used).map_or(used, |d| d.trim_end_matches('.').len())
}

/// Characters that end a URL: whitespace, quotes, brackets and anything outside ASCII
/// (CJK text often runs straight on after a link).
fn ends_url(c: char) -> bool {
    c.is_whitespace() || !c.is_ascii() || matches!(c, '"' | '<' | '>' | '`' | '{' | '}' | '|' | '\\' | '^')
}

/// Links with a scheme (`https://…`), `www.` links, and bare domains with a common top-level
/// domain (`example.com/shop`). Ranges in `skip` (email addresses) are not looked at.
pub(super) fn links(text: &str, skip: &[(usize, usize)]) -> Vec<Link> {
    let skipped = Spans::of(skip.iter().copied());
    let mut found: Vec<Link> = Vec::new();
    // Scheme links.
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|r| r.find("://")).map(|i| from + i) {
        from = i + 3;
        let scheme_start = text[..i]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            .last()
            .map_or(i, |(j, _)| j);
        let scheme = &text[scheme_start..i];
        // Only the last link can reach back to here: the walk back stops at its "://".
        let inside = skipped.contains(scheme_start) || found.last().is_some_and(|l| l.end > scheme_start);
        if scheme.is_empty() || !scheme.starts_with(|c: char| c.is_ascii_alphabetic()) || inside {
            continue;
        }
        let end = url_end(text, from);
        let authority = text[from..end].split(['/', '?', '#']).next().unwrap_or("");
        let host_port = authority.rsplit('@').next().unwrap_or("");
        let host = strip_port(host_port).trim_end_matches('.').to_ascii_lowercase();
        found.push(Link { start: scheme_start, end, host, scheme: Some(scheme.to_ascii_lowercase()) });
        from = end.max(from);
    }
    // Scheme-less links: a domain that starts where a word starts. Every start inside one run of
    // URL characters shares the run's end, so it is read once per run rather than once per start
    // (a reply of `&amp&amp…` stays linear); a host is read over host characters only, and no
    // word starts inside a run of those, so no byte is read twice.
    let taken = Spans::of(skip.iter().copied().chain(found.iter().map(|l| (l.start, l.end))));
    let mut bare: Vec<Link> = Vec::new();
    let (mut run_end, mut url_stop) = (0, 0);
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let starts_word = c.is_ascii_alphanumeric()
            && !prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | '-' | '@' | '/' | ':' | '_' | '＠'));
        prev = Some(c);
        if !starts_word || taken.contains(i) || bare.last().is_some_and(|l| l.end > i) {
            continue;
        }
        if i >= run_end {
            run_end = text[i..].find(ends_url).map_or(text.len(), |n| i + n);
            url_stop = url_end(text, i);
        }
        let end = url_stop.max(i);
        let host_len = text[i..end].bytes().take_while(|b| b.is_ascii_alphanumeric() || b".-_:".contains(b)).count();
        let host_part = &text[i..i + host_len];
        let host = strip_port(host_part).trim_end_matches('.');
        if !is_domain(host) {
            continue;
        }
        let www = host.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("www."));
        let tld = host.rsplit('.').next().unwrap_or("");
        // The top-level domain must be typed in lower case (or the whole host in capitals), so
        // "it.It" and "end.The" (a missing space after a full stop) are not links.
        let shouting = host.chars().all(|c| !c.is_ascii_lowercase());
        let known_tld =
            COMMON_TLDS.contains(&tld) || shouting && COMMON_TLDS.contains(&tld.to_ascii_lowercase().as_str());
        if !www && !known_tld {
            continue;
        }
        bare.push(Link { start: i, end, host: host.to_ascii_lowercase(), scheme: None });
    }
    found.extend(bare);
    stable_sort::sort_by_key(&mut found, |l| [l.start as u64, 0, 0]);
    found
}

/// Top-level domains common enough in links that a bare `name.tld` is almost surely a link.
/// File extensions (`.pdf`, `.js`) and abbreviations (`z.B.`, `e.g.`) are not in it.
const COMMON_TLDS: &[&str] = &[
    "com", "net", "org", "info", "biz", "io", "co", "me", "tv", "app", "shop", "store", "online", "site", "xyz", "eu",
    "de", "fr", "it", "es", "pl", "uk", "jp", "cn", "nl", "be", "at", "ch", "se", "us", "ca", "au", "mx", "br", "in",
    "tr", "ae", "sa", "eg", "sg", "za", "ie", "ly", "gl", "to", "cc", "link", "ru",
];

fn strip_port(host_port: &str) -> &str {
    match host_port.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host_port,
    }
}

/// The end of a URL starting at `from`, without trailing punctuation that ends the sentence.
fn url_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    let len = rest.find(ends_url).unwrap_or(rest.len());
    let url = rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'', '*']);
    from + url.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email_texts(text: &str) -> Vec<&str> {
        emails(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    fn link_texts(text: &str) -> Vec<(&str, String)> {
        links(text, &emails(text)).into_iter().map(|l| (&text[l.start..l.end], l.host)).collect()
    }

    #[test]
    fn emails_in_their_usual_and_disguised_forms() {
        assert_eq!(email_texts("Write to john.doe+shop@example.co.uk."), vec!["john.doe+shop@example.co.uk"]);
        assert_eq!(email_texts("メール：info＠example.jp まで"), vec!["info＠example.jp"]);
        assert_eq!(email_texts("john (at) example (dot) com"), vec!["john (at) example (dot) com"]);
        assert_eq!(email_texts("shop[at]example.de"), vec!["shop[at]example.de"]);
        assert!(email_texts("meet @ 5pm, @handle, a@b, see you at home").is_empty());
    }

    #[test]
    fn links_with_and_without_scheme() {
        let text = "See https://shop.example.com/p?id=1, www.example.org and example.de/x. Also amazon.de.";
        let found = link_texts(text);
        assert_eq!(found[0], ("https://shop.example.com/p?id=1", "shop.example.com".to_string()));
        assert_eq!(found[1], ("www.example.org", "www.example.org".to_string()));
        assert_eq!(found[2], ("example.de/x", "example.de".to_string()));
        assert_eq!(found[3], ("amazon.de", "amazon.de".to_string()));
        assert_eq!(found.len(), 4);
        assert_eq!(link_texts("VISIT EXAMPLE.COM NOW")[0].1, "example.com");
    }

    #[test]
    fn userinfo_and_ports_do_not_hide_the_host() {
        let found = link_texts("https://www.amazon.de@evil.example:8080/login");
        assert_eq!(found[0].1, "evil.example");
    }

    #[test]
    fn abbreviations_files_and_sentence_typos_are_not_links() {
        for text in [
            "z.B. heute",
            "e.g. this",
            "invoice.pdf",
            "Node.js",
            "3.5 kg",
            "I did it.It works",
            "ca. 5 cm",
            "Nr.1",
            "U.S.A.",
            "Z.B. Heute",
        ] {
            assert!(link_texts(text).is_empty(), "{text}: {:?}", link_texts(text));
        }
    }

    #[test]
    fn cjk_text_right_after_a_link_is_not_part_of_it() {
        let found = link_texts("詳細はhttps://example.jp/aをご覧ください");
        assert_eq!(found[0].0, "https://example.jp/a");
    }
}
