//! When mail that looks like Amazon's is not, or automatic mail is: failed authentication,
//! automatic replies and mail-server bounces, and who may send the latter.

use super::sender::Sender;
use super::words::{AUTO_REPLY_SUBJECTS, BOUNCE_SUBJECTS};
use crate::core::letter_case;
use crate::core::message::{Mailbox, Message};

/// The receiving server's verdict says SPF or DMARC failed.
///
/// Only the top-most `Authentication-Results` counts: our own server adds it last, and
/// lower ones could have been written by the sender. DMARC `fail` is decisive; SPF `fail`
/// is decisive only without a DKIM pass, because forwarding breaks SPF but keeps DKIM.
/// A missing header is not a failure.
pub fn authentication_failed(message: &Message) -> bool {
    let Some(results) = message.header("authentication-results") else { return false };
    let verdict = |method: &str| -> Option<String> {
        let lower = results.to_ascii_lowercase();
        let at = lower.find(&format!("{method}="))?;
        Some(lower[at + method.len() + 1..].chars().take_while(|c| c.is_ascii_alphabetic()).collect())
    };
    let dmarc_failed = verdict("dmarc").as_deref() == Some("fail");
    let spf_failed = verdict("spf").as_deref() == Some("fail");
    let dkim_passed = verdict("dkim").as_deref() == Some("pass");
    dmarc_failed || (spf_failed && !dkim_passed)
}

/// Why `message` is automatic mail (an automatic reply or a mail server's bounce), if it is.
pub fn automatic(message: &Message) -> Option<&'static str> {
    if is_auto_reply(message) {
        Some("an automatic reply (out of office)")
    } else if is_bounce(message) {
        Some("a mail server's bounce")
    } else {
        None
    }
}

/// Automatic mail is judged by who wrote it, because the marks say how it was sent, not by
/// whom. Amazon marks notices of its own `Auto-Submitted` (a message to the buyer that could
/// not be delivered), and relays a buyer's out-of-office from the alias like any buyer
/// message. Both stay Amazon's when the From address itself is Amazon's: a Seller Central
/// notification sender or a buyer alias, each matched on the whole domain, with no SPF/DMARC
/// failure (the caller rejects those first). An Amazon address that only Reply-To or a
/// list's X-Original-From carries was copied by whoever replied, so it does not count; nor
/// does a display name, a look-alike domain or Amazon mail that is not for sellers.
pub fn amazon_wrote_it(message: &Message, author: &Mailbox, sender: &Sender) -> bool {
    let from_itself = message.from.as_ref().is_some_and(|f| f.address == author.address);
    from_itself && matches!(sender, Sender::Alias(_) | Sender::Notification { .. })
}

/// An out-of-office or other automatic reply (RFC 3834 `Auto-Submitted: auto-replied`,
/// the vendor headers, or an auto-reply subject in any of our languages). `auto-generated`
/// mail (notifications, automatic forwards) is not a reply.
pub fn is_auto_reply(message: &Message) -> bool {
    let auto_submitted =
        message.header("auto-submitted").is_some_and(|v| v.trim().to_ascii_lowercase().starts_with("auto-replied"));
    let vendor_header = ["x-autoreply", "x-autorespond", "x-auto-reply"].iter().any(|h| message.header(h).is_some())
        || message.header("precedence").is_some_and(|v| v.trim().eq_ignore_ascii_case("auto_reply"));
    let subject = letter_case::lower(message.subject.trim_start());
    auto_submitted || vendor_header || AUTO_REPLY_SUBJECTS.iter().any(|s| subject.starts_with(s))
}

/// A mail server's bounce (delivery status notification), e.g. our own server telling us
/// a reply to a buyer alias failed.
pub fn is_bounce(message: &Message) -> bool {
    let from_daemon = message.from.as_ref().is_some_and(|f| {
        let local = f.address.split('@').next().unwrap_or("").to_ascii_lowercase();
        local == "mailer-daemon" || local == "postmaster"
    });
    let subject = letter_case::lower(message.subject.trim_start());
    message.is_delivery_report || from_daemon || BOUNCE_SUBJECTS.iter().any(|s| subject.starts_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_header(name: &str, value: &str) -> Message {
        Message { headers: vec![(name.into(), value.into())], ..Message::default() }
    }

    #[test]
    fn dmarc_fail_is_decisive_spf_fail_only_without_dkim() {
        assert!(authentication_failed(&with_header(
            "authentication-results",
            "mx; spf=fail smtp.mailfrom=x; dkim=none; dmarc=fail"
        )));
        assert!(authentication_failed(&with_header("authentication-results", "mx; spf=fail; dkim=none")));
        assert!(!authentication_failed(&with_header(
            "authentication-results",
            "mx; spf=fail; dkim=pass header.d=amazon.com; dmarc=pass"
        )));
        assert!(!authentication_failed(&with_header("authentication-results", "mx; spf=softfail; dkim=pass")));
        assert!(!authentication_failed(&Message::default()));
    }

    #[test]
    fn auto_replies() {
        assert!(is_auto_reply(&with_header("auto-submitted", "auto-replied")));
        assert!(!is_auto_reply(&with_header("auto-submitted", "auto-generated")));
        let m = Message { subject: "Automatische Antwort: Frage von Amazon-Kunde".into(), ..Message::default() };
        assert!(is_auto_reply(&m));
    }
}
