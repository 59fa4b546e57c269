//! Every string the sidebar shows, in every UI language ([`Lang::UI`]). One file per language
//! under `i18n/` (what a translator reviews); English is the master and the fallback. Newer
//! files match every [`Text`] without a wildcard, so a string they lack does not compile.
//!
//! Strings may hold `{placeholders}` (`{time}`, `{seconds}`, `{name}`, `{language}`, `{code}`,
//! `{days}`, `{hours}`, `{minutes}`, `{status}`, `{id}`); [`fill`] replaces them. Every
//! translation uses exactly the placeholders of its English master (a test checks it).

use crate::core::detect::Kind;
use crate::core::lang::Lang;

mod ar;
mod de;
mod en;
mod es;
mod fr;
mod it;
mod ja;
mod nl;
mod pl;
mod pt;
mod sv;
mod tr;
mod zh;

macro_rules! texts {
    ($( $(#[$doc:meta])* $variant:ident, )*) => {
        /// A UI string. Look it up with [`t`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Text { $( $(#[$doc])* $variant, )* }

        impl Text {
            pub const ALL: &'static [Text] = &[$( Text::$variant, )*];
        }
    };
}

texts! {
    // Detection states.
    NotAmazonTicket,
    SuspiciousWarning,
    SuspiciousLookalikeDomain,
    SuspiciousDisplayNameSpoof,
    SuspiciousAuthenticationFailed,
    PreSaleNoOrder,
    FindRecentOrders,
    NoRecentOrders,
    Loading,

    // Order panel.
    OrderStatus,
    Purchased,
    Fulfilment,
    FulfilledByAmazon,
    FulfilledByMerchant,
    FbaCustomerServiceNote,
    Prime,
    Business,
    ShipBy,
    DeliverBy,
    Items,
    Asin,
    Sku,
    Quantity,
    UnitPrice,
    Subtotal,
    ItemsTotal,
    Shipping,
    Tax,
    Promotions,
    GrandTotal,
    Packages,
    Carrier,
    TrackingNumber,
    PackageStatus,
    DeliveryAddress,
    RestrictedByAmazon,
    StatusPendingAvailability,
    StatusPending,
    StatusUnshipped,
    StatusPartiallyShipped,
    StatusShipped,
    StatusCancelled,
    StatusUnfulfillable,

    // Header.
    Marketplace,
    OrderId,
    KindBuyerMessage,
    KindReturnRequest,
    KindAtozClaim,
    KindRefundNotification,
    KindOrderConfirmation,
    KindDeliveryFailure,
    KindChargeback,
    KindNegativeFeedback,
    KindCancellationRequest,
    KindMessageCopy,
    CopyOrderId,
    Copied,
    OpenInSellerCentral,
    /// The link that marks the buyer's message as needing no answer.
    NoResponseNeeded,

    // The 24-hour clock. `{time}` is a [`crate::core::sla::format_duration`] text.
    AnswerWithin,
    OverdueBy,
    Answered,
    RespondWithin24Hours,
    DurationDaysHours,
    DurationDays,
    DurationHoursMinutes,
    DurationHours,
    DurationMinutes,

    // Composer.
    ComposerTitle,
    TemplatePicker,
    LanguagePicker,
    ImportantToggle,
    ImportantToggleHint,
    InsertReply,
    NoFindings,
    BlockedHint,
    TemplateWhereIsMyOrder,
    TemplateReturnInstructions,
    TemplateDamagedOrDefective,
    TemplateCancellation,
    TemplateInvoiceRequest,
    TemplateThanksForPatience,
    TemplateProductQuestion,
    /// Template variables, shown in brackets in a reply when their value is unknown.
    VarBuyerName,
    VarOrderId,
    VarItemTitle,
    VarCarrier,
    VarTrackingNumber,
    VarDeliverBy,
    VarSellerName,
    /// Where the agent writes the answer to a buyer's question.
    VarAnswer,

    // Compliance findings: what is wrong and what to do.
    FindingEmail,
    FindingEmoji,
    FindingLink,
    FindingInsecureLink,
    FindingMarketing,
    FindingReviewManipulation,
    FindingReviewRequest,
    FindingPhone,
    FindingAttachmentTooLarge,
    FindingAttachmentType,
    FindingImportant,
    FindingEmpty,
    FindingPlaceholder,
    FindingLanguage,

    // Proxy problems (`application/problem+json` codes) and the sidebar's own connection state.
    ProblemUnauthorized,
    ProblemOriginNotAllowed,
    ProblemInvalidOrderId,
    ProblemUnknownMarketplace,
    ProblemMarketplaceNotConfigured,
    ProblemOrderNotFound,
    ProblemNotFound,
    ProblemRateLimited,
    ProblemUpstreamRateLimited,
    ProblemUpstreamUnauthorized,
    ProblemUpstreamForbidden,
    ProblemUpstreamRejected,
    ProblemUpstreamTimeout,
    ProblemUpstreamUnavailable,
    ProblemUpstreamInvalidResponse,
    ProblemMessageInvalid,
    ProblemMessageActionUnsupported,
    ProblemBadRequest,
    ProblemInternal,
    ProblemTokenScope,
    ProblemMessageMaybeSent,
    ProblemMessageDuplicate,
    ProblemUnknown,
    /// The proxy could not be reached at all (no HTTP answer).
    Network,
    Retry,
    ProxyNotConfigured,

    // The sidebar shell.
    /// Label of the buyer's name in the header.
    Buyer,
    /// The purchase time in the agent's own time zone; `{time}` is date, time and offset.
    YourTime,
    /// The proxy answered with something that is neither its data nor a problem+json body.
    ProxyUnreadable,
    /// The host's ticket was not a ticket object.
    TicketUnreadable,
    /// A host call started by Insert failed; the host's reason is shown beside it.
    HostInsertFailed,
    HostTagsFailed,
    HostFieldsFailed,
    /// The panic hook's text, drawn when the sidebar itself has failed.
    PanicTitle,
    PanicAdvice,
    PanicTicketId,
}

/// The UI string in `lang`, English where a translation is missing.
pub fn t(lang: Lang, text: Text) -> &'static str {
    translation(lang, text).unwrap_or_else(|| en::text(text))
}

/// The translation proper, `None` where a language lacks the string.
fn translation(lang: Lang, text: Text) -> Option<&'static str> {
    match lang {
        Lang::En => Some(en::text(text)),
        Lang::De => de::text(text),
        Lang::Fr => fr::text(text),
        Lang::It => it::text(text),
        Lang::Es => es::text(text),
        Lang::Pl => pl::text(text),
        Lang::Ja => ja::text(text),
        Lang::Zh => zh::text(text),
        Lang::Pt => Some(pt::text(text)),
        Lang::Nl => Some(nl::text(text)),
        Lang::Sv => Some(sv::text(text)),
        Lang::Tr => Some(tr::text(text)),
        Lang::Ar => Some(ar::text(text)),
    }
}

/// Replaces each `{key}` of `template` with its value. Unknown placeholders stay as written, and
/// values are inserted verbatim (a buyer name containing `{order_id}` is not expanded again).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    fill_with(template, |key, out| match values.iter().find(|(k, _)| *k == key) {
        Some((_, v)) => {
            out.push_str(v);
            true
        }
        None => false,
    })
}

/// The one placeholder scanner: for each `{key}`, `write(key, out)` appends the value and answers
/// true, or answers false to keep `{key}` as written.
pub fn fill_with(template: &str, mut write: impl FnMut(&str, &mut String) -> bool) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(['}', '{']) {
            Some(close) if after[close..].starts_with('}') && is_key(&after[..close]) => {
                let key = &after[..close];
                if !write(key, &mut out) {
                    out.push('{');
                    out.push_str(key);
                    out.push('}');
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Placeholder keys are `snake_case` identifiers, so prose braces are left alone.
fn is_key(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The keys of the placeholders in `template`, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut keys = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find(['}', '{']) {
            Some(close) if after[close..].starts_with('}') && is_key(&after[..close]) => {
                keys.push(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    keys
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

/// The sentence for a proxy problem `code` (the wire string of `problem+json`). Unknown codes
/// get [`Text::ProblemUnknown`], which shows `{code}`. The rate-limit texts hold `{seconds}`.
pub fn problem_text(code: &str) -> Text {
    match code {
        "unauthorized" => Text::ProblemUnauthorized,
        "origin_not_allowed" => Text::ProblemOriginNotAllowed,
        "invalid_order_id" => Text::ProblemInvalidOrderId,
        "unknown_marketplace" => Text::ProblemUnknownMarketplace,
        "marketplace_not_configured" => Text::ProblemMarketplaceNotConfigured,
        "order_not_found" => Text::ProblemOrderNotFound,
        "not_found" => Text::ProblemNotFound,
        "rate_limited" => Text::ProblemRateLimited,
        "upstream_rate_limited" => Text::ProblemUpstreamRateLimited,
        "upstream_unauthorized" => Text::ProblemUpstreamUnauthorized,
        "upstream_forbidden" => Text::ProblemUpstreamForbidden,
        "upstream_rejected" => Text::ProblemUpstreamRejected,
        "upstream_timeout" => Text::ProblemUpstreamTimeout,
        "upstream_unavailable" => Text::ProblemUpstreamUnavailable,
        "upstream_invalid_response" => Text::ProblemUpstreamInvalidResponse,
        "message_invalid" => Text::ProblemMessageInvalid,
        "message_action_unsupported" => Text::ProblemMessageActionUnsupported,
        "bad_request" => Text::ProblemBadRequest,
        "internal" => Text::ProblemInternal,
        "token_scope" => Text::ProblemTokenScope,
        "message_maybe_sent" => Text::ProblemMessageMaybeSent,
        "message_duplicate" => Text::ProblemMessageDuplicate,
        _ => Text::ProblemUnknown,
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
        let same_everywhere = [Text::Prime, Text::Business, Text::Asin, Text::Sku, Text::OrderStatus];
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
    fn fill_replaces_known_keys_and_keeps_the_rest() {
        assert_eq!(fill("Answer within {time}", &[("time", "5 h 12 min")]), "Answer within 5 h 12 min");
        assert_eq!(fill("{a}{b}{a}", &[("a", "1"), ("b", "2")]), "121");
        assert_eq!(fill("Hi {unknown}!", &[("time", "x")]), "Hi {unknown}!");
        assert_eq!(fill("set {x", &[("x", "1")]), "set {x");
        assert_eq!(fill("{{time}}", &[("time", "1")]), "{1}");
        assert_eq!(fill("{ time }", &[("time", "1")]), "{ time }");
        assert_eq!(fill("", &[]), "");
        assert_eq!(fill("日本{time}語", &[("time", "5時間")]), "日本5時間語");
    }

    #[test]
    fn filled_values_are_not_expanded_again() {
        assert_eq!(fill("{a} {b}", &[("a", "{b}"), ("b", "x")]), "{b} x");
    }

    #[test]
    fn placeholders_are_listed_in_order() {
        assert_eq!(placeholders("{days} d {hours} h {x"), vec!["days", "hours"]);
        assert!(placeholders("no {Braces} here { }").is_empty());
    }

    #[test]
    fn every_problem_code_of_the_proxy_has_its_own_text() {
        let codes = [
            "unauthorized",
            "origin_not_allowed",
            "invalid_order_id",
            "unknown_marketplace",
            "marketplace_not_configured",
            "order_not_found",
            "not_found",
            "rate_limited",
            "upstream_rate_limited",
            "upstream_unauthorized",
            "upstream_forbidden",
            "upstream_rejected",
            "upstream_timeout",
            "upstream_unavailable",
            "upstream_invalid_response",
            "message_invalid",
            "message_action_unsupported",
            "bad_request",
            "internal",
        ];
        let texts: Vec<Text> = codes.iter().map(|c| problem_text(c)).collect();
        for (i, a) in texts.iter().enumerate() {
            assert_ne!(*a, Text::ProblemUnknown, "{}", codes[i]);
            assert!(!texts[i + 1..].contains(a), "{} shares a text", codes[i]);
        }
        assert_eq!(problem_text("something_new"), Text::ProblemUnknown);
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
