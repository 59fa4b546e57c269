//! Small text scanners shared by detection: ASINs, URLs, HTML to text, quoted history (order
//! ids have their own module, `order_id.rs`).
//! Hand-written instead of a regex engine: they are few, fast, and keep the wasm small.

use crate::core::letter_case;

/// True for a 10-character ASIN: `B0` + 8 upper-case letters or digits, or an ISBN-10.
pub fn is_asin(token: &str) -> bool {
    let b = token.as_bytes();
    b.len() == 10
        && (b.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && (token.starts_with("B0") || b[..9].iter().all(u8::is_ascii_digit)))
}

/// Tokens of `[0-9A-Za-z]` in `text` with their byte offsets.
pub fn alnum_tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(move |t| (t.as_ptr() as usize - text.as_ptr() as usize, t))
}

/// `http(s)://…` URLs in text or HTML, with `&amp;` decoded, in order.
pub fn urls(text: &str) -> impl Iterator<Item = String> + '_ {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = find_url_start(rest)?;
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | ')' | ']'))
            .unwrap_or(tail.len());
        rest = &tail[end..];
        Some(tail[..end].replace("&amp;", "&"))
    })
}

fn find_url_start(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().filter(|(_, b)| b.eq_ignore_ascii_case(&b'h')).map(|(i, _)| i).find(|&i| {
        let rest = &bytes[i..];
        rest.len() > 8 && (rest[..7].eq_ignore_ascii_case(b"http://") || rest[..8].eq_ignore_ascii_case(b"https://"))
    })
}

/// The value of a query parameter in a URL.
pub fn query_param<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    let query = url.split_once('?')?.1.split('#').next()?;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        k.eq_ignore_ascii_case(name).then_some(v)
    })
}

/// The part of a reply before quoted history: cut at the first quote header
/// ("-----Original Message-----", "On … wrote:", their translations), `>` lines skipped.
pub fn current_block(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let trimmed = line.trim();
        if is_quote_header(trimmed) {
            break;
        }
        if trimmed.starts_with('>') {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

const QUOTE_SEPARATORS: &[&str] = &[
    "-----original message-----",
    "-----ursprüngliche nachricht-----",
    "-----message d'origine-----",
    "-----messaggio originale-----",
    "-----mensaje original-----",
    "-----oorspronkelijk bericht-----",
    "-----wiadomość oryginalna-----",
    "-----mensagem original-----",
    "________________________________",
];

/// Endings of the line a mail client writes above a quote ("On Mon, X wrote:").
const QUOTE_INTRO_ENDINGS: &[&str] = &[
    "wrote:",
    "schrieb:",
    "a écrit :",
    "a écrit:",
    "ha scritto:",
    "escribió:",
    "escreveu:",
    "schreef:",
    "napisał:",
    "napisał(a):",
    "yazdı:",
    "写道：",
    "写道:",
    "のメッセージ:",
    "さんは書きました:",
];

fn is_quote_header(line: &str) -> bool {
    let lower = letter_case::lower(line);
    QUOTE_SEPARATORS.iter().any(|s| lower.starts_with(s))
        || (lower.len() < 200 && QUOTE_INTRO_ENDINGS.iter().any(|e| lower.ends_with(e)))
}

/// HTML to readable text: tags dropped, block and cell boundaries kept as line breaks and
/// spaces (so table cells stay separate words), style/script/head skipped, entities decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_decoded(&mut out, &rest[..lt]);
        let tag_and_after = &rest[lt..];
        let Some(gt) = tag_and_after.find('>') else {
            rest = "";
            break;
        };
        let tag = &tag_and_after[1..gt];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        rest = &tag_and_after[gt + 1..];
        if !tag.starts_with('/') && matches!(name.as_str(), "style" | "script" | "head" | "title") {
            let close = format!("</{name}");
            rest = match find_ignore_ascii_case(rest, &close) {
                Some(i) => rest[i..].find('>').map_or("", |g| &rest[i + g + 1..]),
                None => "",
            };
            continue;
        }
        match name.as_str() {
            "br" | "p" | "div" | "tr" | "li" | "table" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "pre"
            | "blockquote" | "ul" | "ol" | "hr" => out.push('\n'),
            // One space between cells, however the tags are spelled out.
            "td" | "th" if !out.ends_with(char::is_whitespace) => out.push(' '),
            _ => {}
        }
    }
    push_decoded(&mut out, rest);
    out
}

/// Every start of an ASCII `needle` in `haystack`, ignoring ASCII case, in order (matches may
/// overlap). The bytes of multi-byte characters are all >= 0x80 and never equal an ASCII byte,
/// so each match starts and ends on a character boundary.
pub fn find_all_ascii_ci<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    let first = needle.first().copied().unwrap_or_default();
    // The first byte decides most windows at once; only candidates compare the whole needle.
    hay.windows(needle.len().max(1)).enumerate().filter_map(move |(i, w)| {
        (!needle.is_empty() && w[0].eq_ignore_ascii_case(&first) && w.eq_ignore_ascii_case(needle)).then_some(i)
    })
}

fn find_ignore_ascii_case(haystack: &str, needle: &str) -> Option<usize> {
    find_all_ascii_ci(haystack, needle).next()
}

/// The longest entity read, `&` and `;` included (`&#x010FFFF;`).
const LONGEST_ENTITY: usize = 11;

fn push_decoded(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        // The `;` is looked for only as far as an entity can reach, so a text of `&`s without
        // one stays linear. `;` is ASCII: the cut after it is a character boundary.
        let semi = tail.bytes().take(LONGEST_ENTITY).position(|b| b == b';');
        match semi.and_then(|semi| Some((decode_entity(&tail[1..semi])?, semi))) {
            Some((c, semi)) => {
                out.push(c);
                rest = &tail[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" => '’',
        "lsquo" => '‘',
        "laquo" => '«',
        "raquo" => '»',
        "ndash" => '–',
        "mdash" => '—',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asins() {
        assert!(is_asin("B0ZA4KMKL7"));
        assert!(is_asin("3161484100"));
        assert!(!is_asin("B0za4kmkl7"));
        assert!(!is_asin("ATVPDKIKX0"));
    }

    #[test]
    fn urls_and_params() {
        let html =
            r#"<a href="https://sellercentral.amazon.de/messaging/no-response-needed?t=1&amp;mp=A1PA6795UKMFR9">x</a>"#;
        let u: Vec<_> = urls(html).collect();
        assert_eq!(u.len(), 1);
        assert_eq!(query_param(&u[0], "mp"), Some("A1PA6795UKMFR9"));
    }

    #[test]
    fn quoted_history_is_cut() {
        let t = "new 111-1111111-1111111\n> old 222-2222222-2222222\nmore\nOn Mon, Bob wrote:\nold 333-3333333-3333333";
        let c = current_block(t);
        assert!(c.contains("new") && c.contains("more"));
        assert!(!c.contains("222-") && !c.contains("333-"));
    }

    #[test]
    fn html_cells_stay_apart_and_entities_decode() {
        let t = html_to_text("<style>p{}</style><table><tr><td>ASIN</td><td>SKU</td></tr><tr><td>B0VXLQEHXE</td><td>X&amp;Y&#8217;s&nbsp;</td></tr></table>");
        assert!(t.contains("ASIN SKU"), "{t}");
        assert!(t.contains("B0VXLQEHXE X&Y’s"), "{t}");
        assert!(!t.contains("p{}"));
    }
}
