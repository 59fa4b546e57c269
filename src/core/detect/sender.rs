//! Who sent it: a buyer alias, an Amazon seller notification, other Amazon mail, or
//! someone else — and whether someone else is dressing up as Amazon.
//!
//! Every decision compares whole domains with the marketplace table: no substring or
//! prefix matching, so `marketplace.amazon.com.evil.io` is never Amazon.

use super::words::SELLER_SENDERS;
use super::Suspicion;
use crate::core::letter_case;
use crate::core::marketplace::Marketplace;
use crate::core::message::Mailbox;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sender {
    /// A Buyer-Seller Messaging alias.
    Alias(Alias),
    /// A Seller Central notification sender (`donotreply@amazon.com`, …).
    Notification { local: String, domain: String },
    /// Genuine Amazon, but not for sellers (shopper receipts, AWS, marketing).
    OtherAmazon,
    /// Anyone else.
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// Lower-cased, without `+suffix`: stable per buyer and seller.
    pub base: String,
    /// As written, `+suffix` kept: the address that answers this case.
    pub reply: String,
    pub marketplace: &'static Marketplace,
}

/// Classifies one address.
pub fn classify(address: &str) -> Sender {
    let Some((local, domain)) = split_address(address) else { return Sender::Other };
    if let Some(alias) = parse_alias(local, domain, address) {
        return Sender::Alias(alias);
    }
    let domain = domain.to_ascii_lowercase();
    if Marketplace::by_amazon_domain(&domain).is_none() {
        return if is_amazon_infrastructure(&domain) { Sender::OtherAmazon } else { Sender::Other };
    }
    let local = local.to_ascii_lowercase();
    if SELLER_SENDERS.contains(&local.as_str()) {
        Sender::Notification { local, domain }
    } else {
        Sender::OtherAmazon
    }
}

/// Amazon's own sub-domains (`bounces.amazon.co.jp`, a malformed alias at
/// `marketplace.amazon.de`) and mail infrastructure: genuine, but never seller mail.
fn is_amazon_infrastructure(domain: &str) -> bool {
    const INFRASTRUCTURE: &[&str] = &["amazonses.com", "amazonaws.com", "aws.amazon.com"];
    INFRASTRUCTURE
        .iter()
        .chain(Marketplace::all().iter().map(|m| &m.amazon_domain))
        .any(|d| domain == *d || domain.strip_suffix(*d).is_some_and(|prefix| prefix.ends_with('.')))
}

/// An alias: a `[0-9A-Za-z]` local part (Amazon uses 13 to 20 characters; a little slack
/// either way costs nothing because the domain decides) with an optional `+suffix`, at a
/// marketplace's alias domain.
pub fn parse_alias(local: &str, domain: &str, address: &str) -> Option<Alias> {
    let marketplace = Marketplace::by_alias_domain(domain)?;
    let base = local.split('+').next().unwrap_or(local);
    let plausible = (10..=32).contains(&base.len()) && base.bytes().all(|b| b.is_ascii_alphanumeric());
    plausible.then(|| Alias {
        base: format!("{}@{}", base.to_ascii_lowercase(), domain.to_ascii_lowercase()),
        reply: address.trim().to_string(),
        marketplace,
    })
}

/// Finds an alias anywhere in `text` (e.g. a `mailto:` in a bounce notice).
pub fn find_alias(text: &str) -> Option<Alias> {
    let local = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-');
    let domain = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-');
    text.match_indices('@').find_map(|(at, _)| {
        // The runs are counted in ASCII bytes (every byte of a multi-byte character is >= 0x80
        // and stops them), so both ends fall on character boundaries by construction.
        let start = at - text[..at].bytes().rev().take_while(local).count();
        let end = at + 1 + text[at + 1..].bytes().take_while(domain).count();
        let address = &text[start..end];
        let (local, domain) = split_address(address)?;
        parse_alias(local, domain.trim_end_matches('.'), address)
    })
}

fn split_address(address: &str) -> Option<(&str, &str)> {
    let address = address.trim().trim_matches(|c| c == '<' || c == '>');
    let (local, domain) = address.rsplit_once('@')?;
    (!local.is_empty() && !domain.is_empty()).then_some((local, domain))
}

/// Why a sender that is not Amazon's should worry the agent, if it should.
pub fn suspicion(from: &Mailbox) -> Option<Suspicion> {
    let (_, domain) = split_address(&from.address)?;
    let domain = domain.to_ascii_lowercase();
    if is_amazon_infrastructure(&domain) {
        return None;
    }
    if looks_like_amazon(&domain) {
        return Some(Suspicion::LookalikeDomain { domain });
    }
    let name = letter_case::lower(from.name.as_deref().unwrap_or(""));
    let claims_amazon = name.contains("@marketplace.amazon.")
        || name.contains("@amazon.")
        || name.split(|c: char| !c.is_alphanumeric()).any(|w| w == "amazon");
    claims_amazon.then(|| Suspicion::DisplayNameSpoof { address: from.address.trim().to_string() })
}

/// Brand look-alikes: `amazon` hidden in another domain, `rn` for `m`, digits for letters.
fn looks_like_amazon(domain: &str) -> bool {
    let folded: String = domain
        .replace("rn", "m")
        .chars()
        .map(|c| match c {
            '0' => 'o',
            '4' | '@' => 'a',
            '1' | '!' => 'i',
            '3' => 'e',
            '5' => 's',
            other => other,
        })
        .collect();
    folded.contains("amazon") || folded.contains("amzn")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_in_every_form() {
        for (addr, base, code) in [
            ("ml2l4waewbh2hcg@marketplace.amazon.de", "ml2l4waewbh2hcg@marketplace.amazon.de", "DE"),
            ("ML2L4WAEWBH2HCG@Marketplace.Amazon.co.uk", "ml2l4waewbh2hcg@marketplace.amazon.co.uk", "UK"),
            ("cs81z9l4jwc3opa+85790b33-2f79@marketplace.amazon.com", "cs81z9l4jwc3opa@marketplace.amazon.com", "US"),
            ("8bmdemfr5wwpr6ttiaxw@marketplace.amazon.it", "8bmdemfr5wwpr6ttiaxw@marketplace.amazon.it", "IT"),
            ("abc123def456ghi@m.marketplace.amazon.co.jp", "abc123def456ghi@m.marketplace.amazon.co.jp", "JP"),
        ] {
            match classify(addr) {
                Sender::Alias(a) => {
                    assert_eq!(a.base, base);
                    assert_eq!(a.marketplace.code, code);
                    assert_eq!(a.reply, addr);
                }
                other => panic!("{addr}: {other:?}"),
            }
        }
    }

    #[test]
    fn look_alikes_are_not_amazon_and_are_suspicious() {
        for addr in [
            "98bd80ef92d079b9@marketplace.amazon.com.evil.io",
            "seller-notification@amazon-marketplace.com",
            "info@amazon-co-jp.shop",
            "abc123def456ghi@marketplace.arnazon.com",
            "donotreply@amaz0n.com",
        ] {
            assert_eq!(classify(addr), Sender::Other, "{addr}");
            let s = suspicion(&Mailbox { name: None, address: addr.into() });
            assert!(matches!(s, Some(Suspicion::LookalikeDomain { .. })), "{addr}");
        }
    }

    #[test]
    fn amazon_senders_that_are_not_for_sellers() {
        assert_eq!(classify("auto-confirm@amazon.com"), Sender::OtherAmazon);
        assert_eq!(classify("no-reply-aws@amazon.com"), Sender::OtherAmazon);
        assert_eq!(classify("MAILER-DAEMON@amazonses.com"), Sender::OtherAmazon);
        assert_eq!(classify("x@bounces.amazon.co.jp"), Sender::OtherAmazon);
        assert_eq!(classify("x@amazon.co.jp.evil.io"), Sender::Other);
        assert!(matches!(classify("donotreply@amazon.com"), Sender::Notification { .. }));
    }

    #[test]
    fn display_name_spoof() {
        let spoof =
            Mailbox { name: Some("abc123def456ghi@marketplace.amazon.com".into()), address: "x@gmail.example".into() };
        assert!(matches!(suspicion(&spoof), Some(Suspicion::DisplayNameSpoof { .. })));
        let colleague = Mailbox { name: Some("Sam Patel".into()), address: "sam@shop.example".into() };
        assert_eq!(suspicion(&colleague), None);
    }

    #[test]
    fn alias_found_in_a_mailto() {
        let a = find_alias(r#"<a href="mailto:xpd4c6jnfhvl6kz@marketplace.amazon.com">buyer</a>"#).unwrap();
        assert_eq!(a.base, "xpd4c6jnfhvl6kz@marketplace.amazon.com");
        assert!(find_alias("abc123xyz@marketplace.amazon.com.evil.io").is_none());
    }
}
