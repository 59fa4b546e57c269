//! Every string the sidebar shows, in every UI language ([`Lang::UI`]). One file per language,
//! `lang/<code>/ui.rs` (what a translator reviews); English is the master and the fallback, and
//! the only one in the sidebar's wasm: the others come in its language packs. Newer files match
//! every [`Text`] without a wildcard, so a string they lack does not compile.
//!
//! Strings may hold `{placeholders}` (`{time}`, `{seconds}`, `{name}`, `{language}`, `{code}`,
//! `{days}`, `{hours}`, `{minutes}`, `{status}`, `{id}`, `{count}`, `{max}`, `{marketplace}`, `{size}`);
//! [`fill`] replaces them. Every translation uses exactly the placeholders of its English master
//! (a test checks it).

use crate::core::detect::Kind;
use crate::core::lang::{self, en, Lang};
use crate::core::problem::ProblemCode;

mod fill;
mod text;

pub use fill::{fill, fill_with, placeholders};
pub use text::Text;

/// The UI string in `lang`, English where a translation is missing or its pack is not loaded.
pub fn t(lang: Lang, text: Text) -> &'static str {
    translation(lang, text).unwrap_or_else(|| en::text(text))
}

/// The translation proper, `None` where a language lacks the string or its pack is not here.
fn translation(lang: Lang, text: Text) -> Option<&'static str> {
    match lang {
        Lang::En => Some(en::text(text)),
        _ => lang::packs::pack(lang).and_then(|p| p.text(text)),
    }
}

/// The badge name of a kind of Amazon mail.
pub fn kind_text(kind: Kind) -> Text {
    match kind {
        Kind::BuyerMessage => Text::KindBuyerMessage,
        Kind::ReturnRequest => Text::KindReturnRequest,
        Kind::AtozClaim => Text::KindAtozClaim,
        Kind::RefundNotification => Text::KindRefundNotification,
        Kind::OrderConfirmation => Text::KindOrderConfirmation,
        Kind::DeliveryFailure => Text::KindDeliveryFailure,
        Kind::Chargeback => Text::KindChargeback,
        Kind::NegativeFeedback => Text::KindNegativeFeedback,
        Kind::CancellationRequest => Text::KindCancellationRequest,
        Kind::MessageCopy => Text::KindMessageCopy,
    }
}

/// The text for an order's fulfilment status as Amazon spells it (`PARTIALLY_SHIPPED`);
/// `None` for a status this build does not know (show Amazon's word then).
pub fn order_status_text(status: &str) -> Option<Text> {
    Some(match status.trim().to_ascii_uppercase().as_str() {
        "PENDING_AVAILABILITY" | "PENDINGAVAILABILITY" => Text::StatusPendingAvailability,
        "PENDING" => Text::StatusPending,
        "UNSHIPPED" => Text::StatusUnshipped,
        "PARTIALLY_SHIPPED" | "PARTIALLYSHIPPED" => Text::StatusPartiallyShipped,
        "SHIPPED" => Text::StatusShipped,
        "CANCELLED" | "CANCELED" => Text::StatusCancelled,
        "UNFULFILLABLE" => Text::StatusUnfulfillable,
        _ => return None,
    })
}

/// The sentence for a proxy problem `code`. A code this build does not know ([`ProblemCode::Unknown`])
/// gets [`Text::ProblemUnknown`], which shows `{code}`. The rate-limit texts hold `{seconds}`.
pub fn problem_text(code: ProblemCode) -> Text {
    match code {
        ProblemCode::Unauthorized => Text::ProblemUnauthorized,
        ProblemCode::OriginNotAllowed => Text::ProblemOriginNotAllowed,
        ProblemCode::InvalidOrderId => Text::ProblemInvalidOrderId,
        ProblemCode::UnknownMarketplace => Text::ProblemUnknownMarketplace,
        ProblemCode::MarketplaceNotConfigured => Text::ProblemMarketplaceNotConfigured,
        ProblemCode::OrderNotFound => Text::ProblemOrderNotFound,
        ProblemCode::NotFound => Text::ProblemNotFound,
        ProblemCode::RateLimited => Text::ProblemRateLimited,
        ProblemCode::UpstreamRateLimited => Text::ProblemUpstreamRateLimited,
        ProblemCode::UpstreamUnauthorized => Text::ProblemUpstreamUnauthorized,
        ProblemCode::UpstreamForbidden => Text::ProblemUpstreamForbidden,
        ProblemCode::UpstreamRejected => Text::ProblemUpstreamRejected,
        ProblemCode::UpstreamTimeout => Text::ProblemUpstreamTimeout,
        ProblemCode::UpstreamUnavailable => Text::ProblemUpstreamUnavailable,
        ProblemCode::UpstreamInvalidResponse => Text::ProblemUpstreamInvalidResponse,
        ProblemCode::MessageInvalid => Text::ProblemMessageInvalid,
        ProblemCode::MessageActionUnsupported => Text::ProblemMessageActionUnsupported,
        ProblemCode::BadRequest => Text::ProblemBadRequest,
        ProblemCode::Internal => Text::ProblemInternal,
        ProblemCode::TokenScope => Text::ProblemTokenScope,
        ProblemCode::MessageMaybeSent => Text::ProblemMessageMaybeSent,
        ProblemCode::MessageDuplicate => Text::ProblemMessageDuplicate,
        ProblemCode::Unknown => Text::ProblemUnknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_is_translated_in_every_language() {
        for lang in Lang::UI {
            for &text in Text::ALL {
                let s = translation(lang, text);
                assert!(s.is_some_and(|s| !s.trim().is_empty()), "{lang:?} lacks {text:?}");
            }
        }
    }

    #[test]
    fn translations_use_exactly_the_placeholders_of_english() {
        for &text in Text::ALL {
            let mut want = placeholders(en::text(text));
            want.sort_unstable();
            for lang in Lang::UI {
                let mut got = placeholders(t(lang, text));
                got.sort_unstable();
                assert_eq!(got, want, "{lang:?} {text:?}: {}", t(lang, text));
            }
        }
    }

    #[test]
    fn translations_differ_from_english_where_words_are_translated() {
        // Brand names and codes stay as they are; everything else must really be translated.
        let same_everywhere =
            [Text::Prime, Text::Business, Text::Asin, Text::Sku, Text::OrderStatus, Text::PaidByAmazon];
        // Unit symbols (h, min) are international.
        let units = [
            Text::DurationHoursMinutes,
            Text::DurationHours,
            Text::DurationMinutes,
            Text::DurationDaysHours,
            Text::DurationDays,
        ];
        let same_word = [
            (Lang::Es, Text::Subtotal),
            (Lang::It, Text::Marketplace),
            (Lang::Pt, Text::Subtotal),
            (Lang::Pt, Text::Marketplace),
            (Lang::Pt, Text::FactItem),
        ];
        for lang in Lang::UI.into_iter().filter(|l| *l != Lang::En) {
            for &text in Text::ALL {
                if same_everywhere.contains(&text) || units.contains(&text) || same_word.contains(&(lang, text)) {
                    continue;
                }
                assert_ne!(t(lang, text), en::text(text), "{lang:?} {text:?} is still English");
            }
        }
    }

    #[test]
    fn suspicious_reasons_end_with_the_same_advice() {
        for lang in Lang::UI {
            let reasons = [
                t(lang, Text::SuspiciousLookalikeDomain),
                t(lang, Text::SuspiciousDisplayNameSpoof),
                t(lang, Text::SuspiciousAuthenticationFailed),
            ];
            let advice: String = reasons[0].chars().rev().take(12).collect();
            for r in reasons {
                assert!(r.chars().rev().take(12).collect::<String>() == advice, "{lang:?}: {r}");
            }
        }
        assert!(t(Lang::En, Text::SuspiciousLookalikeDomain).ends_with("Do not click links; report it to Amazon."));
    }

    #[test]
    fn every_problem_code_of_the_proxy_has_its_own_text() {
        let codes = ProblemCode::ALL;
        let texts: Vec<Text> = codes.iter().map(|&c| problem_text(c)).collect();
        for (i, a) in texts.iter().enumerate() {
            assert_ne!(*a, Text::ProblemUnknown, "{:?}", codes[i]);
            assert!(!texts[i + 1..].contains(a), "{:?} shares a text", codes[i]);
        }
        assert_eq!(problem_text(ProblemCode::Unknown), Text::ProblemUnknown);
        assert!(t(Lang::En, Text::ProblemRateLimited).contains("{seconds}"));
        assert!(t(Lang::En, Text::ProblemUpstreamUnauthorized).contains("re-authorise orderlens in Seller Central"));
    }

    #[test]
    fn order_statuses_are_read_in_either_spelling() {
        assert_eq!(order_status_text("PARTIALLY_SHIPPED"), Some(Text::StatusPartiallyShipped));
        assert_eq!(order_status_text("Canceled"), Some(Text::StatusCancelled));
        assert_eq!(order_status_text("SOMETHING_NEW"), None);
    }

    #[test]
    fn every_kind_has_a_distinct_badge() {
        for lang in Lang::UI {
            let names: Vec<&str> = Kind::ALL.iter().map(|k| t(lang, kind_text(*k))).collect();
            for (i, a) in names.iter().enumerate() {
                assert!(!names[i + 1..].contains(a), "{lang:?}: {a} twice");
            }
        }
    }
}
