//! The fields of Amazon mail: marketplace, order id, ASIN, buyer name, links. Each
//! extractor returns the value with a sentence saying where it came from.

use super::sender::Alias;
use super::words::{DISPLAY_NAME_SUFFIXES, PROSE_NAME, REFUND_WORDS, SUBJECT_NAME};
use super::Kind;
use crate::core::amazon_host::{amazon_action_url, amazon_url_host};
use crate::core::marketplace::Marketplace;
use crate::core::message::Message;
use crate::core::text::{alnum_tokens, current_block, find_all_ascii_ci, is_asin, order_ids, query_param, urls};

pub type Found<T> = Option<(T, String)>;

/// Alias domain → `X-Marketplace-ID` → `mp=` in Amazon links → sender domain → Seller
/// Central host → retail domain named in the mail → a currency only one marketplace uses →
/// `amazon.com` senders. Never the order-id prefix: Amazon reuses prefixes across sites.
pub fn marketplace(
    message: &Message,
    alias: Option<&Alias>,
    sender_domain: Option<&str>,
) -> Found<&'static Marketplace> {
    if let Some(alias) = alias {
        return Some((alias.marketplace, format!("buyer alias domain {}", alias.marketplace.alias_domain())));
    }
    if let Some(m) = message.header("x-marketplace-id").and_then(Marketplace::by_id) {
        return Some((m, format!("X-Marketplace-ID {}", m.id)));
    }
    let links = amazon_links(message);
    for url in &links {
        for param in ["mp", "marketplaceId", "marketplaceID"] {
            if let Some(m) = query_param(url, param).and_then(Marketplace::by_id) {
                return Some((m, format!("{param}={} in an Amazon link", m.id)));
            }
        }
    }
    if let Some(m) = sender_domain.filter(|d| *d != "amazon.com").and_then(Marketplace::by_amazon_domain) {
        return Some((m, format!("sender domain {}", m.amazon_domain)));
    }
    for url in &links {
        if let Some(m) = amazon_url_host(url).as_deref().and_then(Marketplace::by_seller_central_host) {
            return Some((m, format!("Seller Central host {}", m.seller_central_host())));
        }
    }
    if let Some(m) = named_retail_domain(&message.text) {
        return Some((m, format!("{} named in the mail", m.amazon_domain)));
    }
    if let Some(m) = alnum_tokens(&message.text).find_map(|(_, t)| {
        Marketplace::by_unique_currency(t).filter(|_| t.len() == 3 && t.bytes().all(|b| b.is_ascii_uppercase()))
    }) {
        return Some((m, format!("currency {}", m.currency)));
    }
    let us = Marketplace::by_code("US")?;
    (sender_domain == Some("amazon.com")).then(|| (us, "sender domain amazon.com".to_string()))
}

/// URLs whose host is Amazon's (retail, Seller Central, sub-domains).
fn amazon_links(message: &Message) -> Vec<String> {
    urls(&message.text).chain(urls(&message.html)).filter(|u| amazon_url_host(u).is_some()).collect()
}

/// A country retail domain written in the text ("…sent through Amazon.co.uk…"). `amazon.com`
/// does not count: EU notices carry "Amazon.com, Inc." in their copyright line.
fn named_retail_domain(text: &str) -> Option<&'static Marketplace> {
    let bytes = text.as_bytes();
    let ends_domain = |rest: &[u8]| match rest {
        [b, ..] if b.is_ascii_alphanumeric() => false,
        [b'.', b, ..] if b.is_ascii_alphanumeric() => false,
        _ => true,
    };
    // Each "amazon." is compared with the table's domains in place, so the work per match is
    // bounded by the table, not by what follows it in the text.
    find_all_ascii_ci(text, "amazon.").find_map(|i| {
        Marketplace::all().iter().filter(|m| m.code != "US").find(|m| {
            let domain = m.amazon_domain.as_bytes();
            bytes.get(i..i + domain.len()).is_some_and(|d| d.eq_ignore_ascii_case(domain))
                && ends_domain(&bytes[i + domain.len()..])
        })
    })
}

/// The order the mail is about: the subject, else the current body block (quoted history
/// cut off), else an order link.
pub fn order_id(message: &Message) -> Found<String> {
    if let Some(id) = order_ids(&message.subject).next() {
        return Some((id.to_string(), "subject".into()));
    }
    if let Some(id) = order_ids(&current_block(&message.text)).next() {
        return Some((id.to_string(), "message body (quoted history ignored)".into()));
    }
    urls(&message.html).find_map(|u| {
        let id = order_ids(u.split("/orders-v3/order/").nth(1)?).next()?.to_string();
        Some((id, "order link".into()))
    })
}

/// `[ASIN: …]` or an `ASIN` label → a `/dp/` link → the first `B0…` token of the current block.
pub fn asin(message: &Message) -> Found<String> {
    let current = current_block(&message.text);
    let tokens: Vec<(usize, &str)> = alnum_tokens(&current).collect();
    for pair in tokens.windows(2) {
        if pair[0].1.eq_ignore_ascii_case("asin")
            && is_asin(pair[1].1)
            && only_separators(&current[pair[0].0 + 4..pair[1].0])
        {
            return Some((pair[1].1.to_string(), "ASIN label".into()));
        }
    }
    let dp = urls(&message.text).chain(urls(&message.html)).find_map(|u| {
        let after = u.split_once("/dp/").or_else(|| u.split_once("/gp/product/"))?.1;
        let token = after.split(|c: char| !c.is_ascii_alphanumeric()).next()?;
        is_asin(token).then(|| token.to_string())
    });
    if let Some(asin) = dp {
        return Some((asin, "product link".into()));
    }
    tokens
        .iter()
        .find(|(_, t)| t.starts_with("B0") && is_asin(t))
        .map(|(_, t)| (t.to_string(), "product identifier in the body".into()))
}

fn only_separators(between: &str) -> bool {
    between.chars().all(|c| c.is_whitespace() || matches!(c, ':' | '：' | '[' | '#'))
}

/// The buyer's name as Amazon presents it.
pub fn buyer_name(message: &Message, kind: Option<Kind>, alias: Option<&Alias>) -> Found<String> {
    match kind? {
        Kind::BuyerMessage | Kind::CancellationRequest => display_name(message, alias)
            .map(|n| (n, "sender display name".into()))
            .or_else(|| subject_name(&message.subject).map(|n| (n, "subject".into())))
            .or_else(|| subject_name(&message.text).map(|n| (n, "subject line quoted in the body".into()))),
        Kind::MessageCopy => subject_name(&message.subject)
            .map(|n| (n, "subject".into()))
            .or_else(|| prose_name(&message.text, Kind::MessageCopy).map(|n| (n, "notice text".into()))),
        kind @ (Kind::RefundNotification | Kind::DeliveryFailure) => {
            prose_name(&message.text, kind).map(|n| (n, "notice text".into()))
        }
        _ => None,
    }
}

/// The From display name minus " - Amazon Marketplace"; generic labels ("Cliente Amazon"),
/// bare addresses and the alias's own local part are not names.
fn display_name(message: &Message, alias: Option<&Alias>) -> Option<String> {
    let raw = message.from.as_ref()?.name.as_deref()?;
    let lower = raw.to_lowercase();
    let cut = DISPLAY_NAME_SUFFIXES
        .iter()
        .find_map(|s| lower.ends_with(s).then(|| raw.len().checked_sub(s.len())))
        .flatten()
        .filter(|&i| raw.is_char_boundary(i))
        .unwrap_or(raw.len());
    let name = clean_name(&raw[..cut])?;
    let local = alias.and_then(|a| a.base.split('@').next()).unwrap_or("");
    let generic = name.to_lowercase().contains("amazon") || name.eq_ignore_ascii_case(local);
    (!generic).then_some(name)
}

/// "… from Amazon customer <Name> (Order: …)" and its translations.
fn subject_name(subject: &str) -> Option<String> {
    SUBJECT_NAME.iter().find_map(|(before, after)| {
        let (_, start) = find_ci(subject, before)?;
        let rest = &subject[start..];
        // A subject without the "(Order: …)" part ends with the name.
        let line_end = rest.find(['\r', '\n']).unwrap_or(rest.len());
        let may_end_the_line = after.is_empty() || after.contains(&" (");
        let end = after
            .iter()
            .filter_map(|a| find_ci(rest, a).map(|(s, _)| s))
            .min()
            .or(may_end_the_line.then_some(line_end))?;
        let name = clean_name(rest.get(..end)?)?;
        (!name.to_lowercase().contains("amazon")).then_some(name)
    })
}

/// A name in notice prose: the earliest "<preposition> <Name> <terminator>" after the
/// words that introduce it (for refunds, after the word "refund" in the notice's language).
fn prose_name(text: &str, kind: Kind) -> Option<String> {
    let text = text.replace(['\r', '\n'], " ");
    let from = if kind == Kind::RefundNotification {
        REFUND_WORDS.iter().filter_map(|w| find_ci(&text, w).map(|(_, e)| e)).min()?
    } else {
        0
    };
    let rest = &text[from..];
    PROSE_NAME
        .iter()
        .filter(|(k, _, _)| *k == kind)
        .filter_map(|(_, before, after)| {
            let (at, start) = find_ci(rest, before)?;
            let tail = &rest[start..];
            let end = after.iter().filter_map(|a| find_ci(tail, a).map(|(s, _)| s)).min()?;
            Some((at, clean_name(&tail[..end])?))
        })
        .filter(|(_, name)| looks_like_a_name(name))
        .min_by_key(|(at, _)| *at)
        .map(|(_, name)| name)
}

/// Prose around a name is lower-case; a name starts and ends with a capital (or a script
/// without case), with particles such as "de", "van", "von" allowed between.
fn looks_like_a_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(|c| !c.is_lowercase());
    let particle = |w: &&str| PARTICLES.contains(&w.to_lowercase().as_str());
    (1..=5).contains(&words.len())
        && words.first().is_some_and(capitalised)
        && words.last().is_some_and(capitalised)
        && words.iter().all(|w| capitalised(w) || particle(w))
}

const PARTICLES: &[&str] = &[
    "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "le", "la", "y", "e", "bin",
    "al", "ter",
];

fn clean_name(raw: &str) -> Option<String> {
    let name = raw.trim().trim_matches(|c: char| c == '"' || c == '\'' || c == ',' || c == ':' || c.is_whitespace());
    let name = name.strip_suffix('様').unwrap_or(name).trim();
    let name: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let plausible = !name.is_empty()
        && name.chars().count() <= 60
        && !name.contains('@')
        && !name.chars().any(|c| c.is_ascii_digit())
        && name.split_whitespace().count() <= 6;
    plausible.then_some(name)
}

/// Case-insensitive search returning the byte range in `haystack`.
fn find_ci(haystack: &str, needle: &str) -> Option<(usize, usize)> {
    if needle.is_ascii() {
        return find_all_ascii_ci(haystack, needle).next().map(|start| (start, start + needle.len()));
    }
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    haystack.char_indices().find_map(|(start, _)| {
        let mut chars = haystack[start..].char_indices();
        for expected in &needle {
            let (_, c) = chars.next()?;
            let mut lower = c.to_lowercase();
            if lower.next() != Some(*expected) {
                return None;
            }
        }
        let end = chars.next().map_or(haystack.len(), |(i, _)| start + i);
        Some((start, end))
    })
}

/// Amazon's "no response needed" and "report" links, as the sidebar offers them: `https:` on a
/// genuine Amazon host only.
pub fn links(message: &Message) -> (Option<String>, Option<String>) {
    let links: Vec<String> = amazon_links(message).iter().filter_map(|u| amazon_action_url(u)).collect();
    let no_response = links.iter().find(|u| u.contains("no-response-needed")).cloned();
    let report =
        links.iter().find(|u| u.contains("communication-manager/report") || u.contains("bsm_email_report")).cloned();
    (no_response, report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subject_names_in_several_languages() {
        for (subject, name) in [
            ("Inquiry from Amazon customer Dana (Order: 113-5012969-2040296)", "Dana"),
            (
                "AW: Frage von Amazon-Kunde Heike Müller-Lüdenscheidt (Bestellung: 303-4497689-1446057)",
                "Heike Müller-Lüdenscheidt",
            ),
            ("Amazon müşterisi Ayşe Yılmaz'dan sipariş sorusu (Sipariş: 407-1671089-3304668)", "Ayşe Yılmaz"),
            (
                "Amazonのカスタマー 山田花子 様から商品の詳細情報に関するお問い合わせ(注文: 250-5131743-8937870)",
                "山田花子",
            ),
            ("Detalhes do produto Amazon Mariana Costa pergunta do cliente", "Mariana Costa"),
            ("Your email to Dana", "Dana"),
        ] {
            assert_eq!(subject_name(subject).as_deref(), Some(name), "{subject}");
        }
    }

    #[test]
    fn refund_prose_names() {
        let t = "Abbiamo avviato un rimborso dell'importo di EUR 54.9 a Giuseppe Rinaldi a seguito del reso";
        assert_eq!(prose_name(t, Kind::RefundNotification).as_deref(), Some("Giuseppe Rinaldi"));
        let t = "We have initiated a refund of USD 29.99 to Ashley Carter following the return";
        assert_eq!(prose_name(t, Kind::RefundNotification).as_deref(), Some("Ashley Carter"));
    }

    #[test]
    fn names_without_an_order_suffix_and_with_particles() {
        assert_eq!(subject_name("Product details inquiry from Amazon customer Priya").as_deref(), Some("Priya"));
        assert_eq!(subject_name("Your e-mail to Sanne de Vries").as_deref(), Some("Sanne de Vries"));
        let t = "Wir haben eine Erstattung in Höhe von EUR 12,00 an Max Mustermann veranlasst.";
        assert_eq!(prose_name(t, Kind::RefundNotification).as_deref(), Some("Max Mustermann"));
        let t = "We have initiated a refund of EUR 10 to Sanne de Vries following the return";
        assert_eq!(prose_name(t, Kind::RefundNotification).as_deref(), Some("Sanne de Vries"));
    }

    #[test]
    fn find_ci_keeps_original_offsets() {
        assert_eq!(find_ci("xx ÄBC yy", "äbc"), Some((3, 7)));
        assert_eq!(find_ci("İstanbul", "zz"), None);
    }
}
