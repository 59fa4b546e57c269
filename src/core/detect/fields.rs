//! The fields of Amazon mail: marketplace, order id, ASIN, links (the buyer's name has its
//! own file, `buyer_name.rs`). Each extractor returns the value with a sentence saying where
//! it came from.

use super::sender::Alias;
use crate::core::amazon_host::{amazon_action_url, amazon_url_host};
use crate::core::marketplace::Marketplace;
use crate::core::message::Message;
use crate::core::order_id;
use crate::core::text::{alnum_tokens, current_block, find_all_ascii_ci, is_asin, query_param, urls};

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
        return Some((alias.marketplace, why!("buyer alias domain {}", alias.marketplace.alias_domain())));
    }
    if let Some(m) = message.header("x-marketplace-id").and_then(Marketplace::by_id) {
        return Some((m, why!("X-Marketplace-ID {}", m.id)));
    }
    let links = amazon_links(message);
    for url in &links {
        for param in ["mp", "marketplaceId", "marketplaceID"] {
            if let Some(m) = query_param(url, param).and_then(Marketplace::by_id) {
                return Some((m, why!("{param}={} in an Amazon link", m.id)));
            }
        }
    }
    if let Some(m) = sender_domain.filter(|d| *d != "amazon.com").and_then(Marketplace::by_amazon_domain) {
        return Some((m, why!("sender domain {}", m.amazon_domain)));
    }
    for url in &links {
        if let Some(m) = amazon_url_host(url).as_deref().and_then(Marketplace::by_seller_central_host) {
            return Some((m, why!("Seller Central host {}", m.seller_central_host())));
        }
    }
    if let Some(m) = named_retail_domain(&message.text) {
        return Some((m, why!("{} named in the mail", m.amazon_domain)));
    }
    if let Some(m) = alnum_tokens(&message.text).find_map(|(_, t)| {
        Marketplace::by_unique_currency(t).filter(|_| t.len() == 3 && t.bytes().all(|b| b.is_ascii_uppercase()))
    }) {
        return Some((m, why!("currency {}", m.currency)));
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
    if let Some(id) = order_id::find_all(&message.subject).next() {
        return Some((id.to_string(), "subject".into()));
    }
    if let Some(id) = order_id::find_all(&current_block(&message.text)).next() {
        return Some((id.to_string(), "message body (quoted history ignored)".into()));
    }
    urls(&message.html).find_map(|u| {
        let id = order_id::find_all(u.split("/orders-v3/order/").nth(1)?).next()?.to_string();
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

/// Amazon's "no response needed" and "report" links, as the sidebar offers them: `https:` on a
/// genuine Amazon host only.
pub fn links(message: &Message) -> (Option<String>, Option<String>) {
    let links: Vec<String> = amazon_links(message).iter().filter_map(|u| amazon_action_url(u)).collect();
    let no_response = links.iter().find(|u| u.contains("no-response-needed")).cloned();
    let report =
        links.iter().find(|u| u.contains("communication-manager/report") || u.contains("bsm_email_report")).cloned();
    (no_response, report)
}
