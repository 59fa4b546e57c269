//! Detection beyond the corpus: every marketplace, every alias variant Amazon uses, the
//! look-alikes that must never pass, and notifications written in other languages.
#![cfg(not(target_arch = "wasm32"))]

use orderlens::detect::{detect, Detection, Kind, Suspicion};
use orderlens::marketplace::Marketplace;
use orderlens::message::Message;

fn mail(headers: &str, body: &str) -> Detection {
    let raw = format!("{headers}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}");
    detect(&Message::from_rfc822(raw.as_bytes()))
}

fn buyer_mail(from: &str, subject: &str) -> Detection {
    mail(
        &format!("From: \"Kim Lee - Amazon Marketplace\" <{from}>\r\nTo: shop@seller.example\r\nSubject: {subject}"),
        "You have received a message.\r\n\r\n# 123-4567890-1234567:\r\n1 / Lamp [ASIN: B0ABCDEF12]\r\n\r\n------------- Message: -------------\r\nHello\r\n------------- End message -------------\r\n",
    )
}

#[test]
fn every_marketplace_alias_domain_is_recognised() {
    for m in Marketplace::all() {
        let alias = format!("ab12cd34ef56gh7@{}", m.alias_domain());
        let d = buyer_mail(&alias, "Inquiry from Amazon customer Kim Lee (Order: 123-4567890-1234567)");
        assert!(d.is_amazon, "{}", m.code);
        assert_eq!(d.kind, Some(Kind::BuyerMessage), "{}", m.code);
        assert_eq!(d.marketplace.map(|m| m.code), Some(m.code));
        assert_eq!(d.alias.as_deref(), Some(alias.as_str()));
        assert_eq!(d.order_id.as_deref(), Some("123-4567890-1234567"));
        assert_eq!(d.asin.as_deref(), Some("B0ABCDEF12"));
        assert_eq!(d.buyer_name.as_deref(), Some("Kim Lee"));
    }
}

#[test]
fn alias_variants_normalise_to_one_buyer() {
    for (from, expected) in [
        ("2os9ilzog5ye18n@marketplace.amazon.co.uk", "2os9ilzog5ye18n@marketplace.amazon.co.uk"),
        ("2OS9ILZOG5YE18N@MARKETPLACE.AMAZON.CO.UK", "2os9ilzog5ye18n@marketplace.amazon.co.uk"),
        ("2os9ilzog5ye18n+bf2b9e35-daf5-4e0d@marketplace.amazon.co.uk", "2os9ilzog5ye18n@marketplace.amazon.co.uk"),
        ("2os9ilzog5ye18n+A0123456789@marketplace.amazon.co.uk", "2os9ilzog5ye18n@marketplace.amazon.co.uk"),
        ("749ee9c0ab9da2ef@marketplace.amazon.de", "749ee9c0ab9da2ef@marketplace.amazon.de"),
        ("abcdefghij12345@m.marketplace.amazon.co.jp", "abcdefghij12345@m.marketplace.amazon.co.jp"),
        ("abc123def456g@marketplace.amazon.com", "abc123def456g@marketplace.amazon.com"),
        ("8bmdemfr5wwpr6ttiaxw@marketplace.amazon.it", "8bmdemfr5wwpr6ttiaxw@marketplace.amazon.it"),
    ] {
        let d = buyer_mail(from, "Re: Inquiry from Amazon customer Kim Lee (Order: 123-4567890-1234567)");
        assert!(d.is_amazon, "{from}");
        assert_eq!(d.alias.as_deref(), Some(expected), "{from}");
        assert_eq!(d.reply_address.as_deref(), Some(from), "the reply keeps the per-case suffix");
    }
}

#[test]
fn look_alikes_of_every_marketplace_are_rejected_and_flagged() {
    for m in Marketplace::all() {
        let tld = m.amazon_domain.trim_start_matches("amazon.");
        for domain in [
            format!("{}.evil.io", m.alias_domain()),
            format!("{}-secure-verify.net", m.alias_domain()),
            format!("marketplace-amazon.{tld}"),
            format!("marketplace.arnazon.{tld}"),
            format!("marketplace.amaz0n.{tld}"),
            format!("amazon-{}.shop", tld.replace('.', "-")),
        ] {
            let d = buyer_mail(
                &format!("ab12cd34ef56gh7@{domain}"),
                "Inquiry from Amazon customer Kim Lee (Order: 123-4567890-1234567)",
            );
            assert!(!d.is_amazon, "{domain}");
            assert_eq!((d.kind, d.order_id.as_deref(), d.marketplace), (None, None, None), "{domain}");
            assert!(matches!(d.suspicion, Some(Suspicion::LookalikeDomain { .. })), "{domain}: {:?}", d.suspicion);
        }
    }
}

#[test]
fn display_name_spoof_is_rejected() {
    let d = mail(
        "From: \"ab12cd34ef56gh7@marketplace.amazon.com\" <helpdesk.refunds@gmail.example>\r\nSubject: Inquiry from Amazon customer Kim (Order: 123-4567890-1234567)",
        "Order ID 123-4567890-1234567:\r\n",
    );
    assert!(!d.is_amazon);
    assert!(matches!(d.suspicion, Some(Suspicion::DisplayNameSpoof { .. })));
}

#[test]
fn failed_authentication_for_an_amazon_sender_is_rejected() {
    let d = mail(
        "Authentication-Results: mx.example; spf=fail smtp.mailfrom=amazon.de; dkim=none; dmarc=fail header.from=amazon.de\r\nFrom: donotreply@amazon.de\r\nSubject: Erstattung eingeleitet für Bestellung 302-1234567-1234567",
        "x",
    );
    assert!(!d.is_amazon);
    assert!(matches!(d.suspicion, Some(Suspicion::AuthenticationFailed { .. })));
}

#[test]
fn forwarding_that_keeps_dkim_is_still_amazon() {
    let d = mail(
        "Authentication-Results: mx.example; spf=fail smtp.mailfrom=forwarder.example; dkim=pass header.d=amazon.com; dmarc=pass\r\nFrom: \"Kim\" <ab12cd34ef56gh7@marketplace.amazon.com>\r\nSubject: Inquiry from Amazon customer Kim (Order: 123-4567890-1234567)",
        "x",
    );
    assert!(d.is_amazon);
}

#[test]
fn internal_mail_copying_an_alias_and_bounces_to_an_alias_are_not_amazon() {
    let internal = mail(
        "From: Anna <anna@seller.example>\r\nTo: ab12cd34ef56gh7@marketplace.amazon.com\r\nCc: team@seller.example\r\nSubject: RE: Inquiry from Amazon customer Kim (Order: 123-4567890-1234567)",
        "Hi Kim, your parcel is on its way.",
    );
    assert!(!internal.is_amazon);
    let bounce = mail(
        "From: Mail Delivery System <MAILER-DAEMON@mx.seller.example>\r\nSubject: Undelivered Mail Returned to Sender",
        "<ab12cd34ef56gh7@marketplace.amazon.com>: host said: 550 rejected (Order: 123-4567890-1234567)",
    );
    assert!(!bounce.is_amazon);
}

/// A colleague's out-of-office is not Amazon mail, even when it quotes the Amazon message it
/// answers in full (which a forward would make Amazon's). A buyer's own out-of-office, which
/// Amazon relays from the alias, is a buyer message: `tests/detect_notices.rs`.
#[test]
fn out_of_office_replies_in_several_languages_are_not_amazon() {
    for subject in [
        "Automatic reply: Inquiry from Amazon customer Kim",
        "Réponse automatique : Demande",
        "Risposta automatica: x",
        "自動返信: お問い合わせ",
    ] {
        let d = mail(
            &format!("From: Anna <anna@seller.example>\r\nSubject: {subject}"),
            "I am away until Monday.\r\n\r\n-----Original Message-----\r\nFrom: Kim - Amazon Marketplace [mailto:ab12cd34ef56gh7@marketplace.amazon.com]\r\nSubject: Inquiry from Amazon customer Kim (Order: 123-4567890-1234567)\r\n\r\nYou have received a message.\r\n",
        );
        assert!(!d.is_amazon, "{subject}");
        assert_eq!((d.kind, d.order_id), (None, None), "{subject}");
    }
}

/// Notifications from the global sender get their marketplace from `X-Marketplace-ID`
/// and their kind from the subject, in any language.
#[test]
fn notifications_in_other_languages() {
    for (subject, marketplace_id, kind, code) in [
        ("Rimborso avviato per l'ordine 402-1234567-1234567", "APJ6JRA9NG5V4", Kind::RefundNotification, "IT"),
        ("Demande d'annulation de commande 402-1234567-1234567", "A13V1IB3VIYZZH", Kind::CancellationRequest, "FR"),
        (
            "Notificación de autorización de devolución para el pedido 402-1234567-1234567",
            "A1RKKUPIHCS9HS",
            Kind::ReturnRequest,
            "ES",
        ),
        ("Verkauft, jetzt versenden: Lampe", "A1PA6795UKMFR9", Kind::OrderConfirmation, "DE"),
        ("Chargeback-Anfrage zur Bestellung 302-1234567-1234567", "A1PA6795UKMFR9", Kind::Chargeback, "DE"),
        ("Your email to Kim", "A1F83G8C2ARO7P", Kind::MessageCopy, "UK"),
    ] {
        let d = mail(
            &format!("From: \"Amazon Seller Central\" <donotreply@amazon.com>\r\nX-Marketplace-ID: {marketplace_id}\r\nSubject: {subject}"),
            "Bestellnummer 402-1234567-1234567",
        );
        assert!(d.is_amazon, "{subject}");
        assert_eq!(d.kind, Some(kind), "{subject}");
        assert_eq!(d.marketplace.map(|m| m.code), Some(code), "{subject}");
    }
}

#[test]
fn marketplace_never_comes_from_the_order_id_prefix() {
    // 250- is used by JP and AU; without any marketplace signal the answer is unknown, not a guess.
    let d = mail("From: donotreply@amazon.com\r\nSubject: Refund Initiated for Order 250-1234567-1234567", "x");
    assert!(d.is_amazon);
    assert_eq!(d.marketplace.map(|m| m.code), Some("US"), "only the amazon.com sender speaks");
    let d = mail("From: seller-notification@amazon.co.jp\r\nSubject: 注文確定: x", "注文番号: 250-1234567-1234567");
    assert_eq!(d.marketplace.map(|m| m.code), Some("JP"));
}

#[test]
fn the_order_in_quoted_history_is_not_the_order() {
    let d = mail(
        "From: \"Kim\" <ab12cd34ef56gh7@marketplace.amazon.com>\r\nSubject: Damaged or defective item",
        "You have received a message.\r\n\r\nStill broken.\r\n\r\nOn Mon, 2 Mar 2026, Shop wrote:\r\n> About order 111-1111111-1111111\r\n",
    );
    assert!(d.is_amazon);
    assert_eq!(d.order_id, None);
}

#[test]
fn shopper_receipts_and_aws_are_amazon_but_not_seller_mail() {
    for from in ["auto-confirm@amazon.com", "no-reply-aws@amazon.com", "shipment-tracking@amazon.de"] {
        let d = mail(
            &format!("From: {from}\r\nSubject: Your Amazon.com order #112-1234567-1234567"),
            "Order #112-1234567-1234567",
        );
        assert!(!d.is_amazon, "{from}");
        assert_eq!(d.suspicion, None, "{from}: genuine Amazon is not a look-alike");
    }
}

#[test]
fn mail_forwarded_as_an_attachment_is_described_by_the_attached_message() {
    let raw = "From: Sam <sam@seller.example>\r\nTo: support@seller.example\r\nSubject: Fwd: see attached\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n--outer\r\nContent-Type: text/plain\r\n\r\nCan someone take this?\r\n--outer\r\nContent-Type: message/rfc822\r\n\r\nFrom: \"Kim - Amazon Marketplace\" <ab12cd34ef56gh7@marketplace.amazon.fr>\r\nSubject: Demande de renseignements de la part du client Amazon Kim (Commande : 405-1234567-1234567)\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVous avez reçu un message.\r\n# 405-1234567-1234567:\r\n1 / Lampe [ASIN: B0ABCDEF12]\r\n--outer--\r\n";
    let d = detect(&Message::from_rfc822(raw.as_bytes()));
    assert!(d.is_amazon);
    assert_eq!(d.marketplace.map(|m| m.code), Some("FR"));
    assert_eq!(d.order_id.as_deref(), Some("405-1234567-1234567"));
    assert_eq!(d.alias.as_deref(), Some("ab12cd34ef56gh7@marketplace.amazon.fr"));
}

#[test]
fn outlook_inline_forward_in_german() {
    let d = mail(
        "From: Anna <anna@seller.example>\r\nSubject: WG: Frage von Amazon-Kunde Jürgen (Bestellung: 302-1234567-1234567)",
        "Bitte übernehmen.\r\n\r\n-----Ursprüngliche Nachricht-----\r\nVon: Jürgen - Amazon Marketplace [mailto:ab12cd34ef56gh7@marketplace.amazon.de]\r\nGesendet: Montag, 2. März 2026 10:00\r\nAn: service@seller.example\r\nBetreff: Frage von Amazon-Kunde Jürgen (Bestellung: 302-1234567-1234567)\r\n\r\nDu hast eine Nachricht erhalten.\r\n",
    );
    assert!(d.is_amazon);
    assert_eq!(d.marketplace.map(|m| m.code), Some("DE"));
    assert_eq!(d.buyer_name.as_deref(), Some("Jürgen"));
    assert_eq!(d.order_id.as_deref(), Some("302-1234567-1234567"));
}

#[test]
fn a_mailing_list_that_rewrote_from_still_shows_the_buyer() {
    let d = mail(
        "From: \"Kim via Support\" <support@googlegroups.example>\r\nX-Original-From: \"Kim - Amazon Marketplace\" <ab12cd34ef56gh7@marketplace.amazon.it>\r\nList-Id: <support.googlegroups.example>\r\nSubject: Domanda dal cliente Amazon Kim (Ordine: 407-1234567-1234567)",
        "Hai ricevuto un messaggio.",
    );
    assert!(d.is_amazon);
    assert_eq!(d.alias.as_deref(), Some("ab12cd34ef56gh7@marketplace.amazon.it"));
    assert_eq!(d.marketplace.map(|m| m.code), Some("IT"));
}

#[test]
fn generic_display_names_fall_back_to_the_localised_subject() {
    for (from_name, subject, name) in [
        ("Cliente Amazon", "Consulta del cliente de Amazon Lucía Fernández", "Lucía Fernández"),
        ("Amazon Customer", "Product details inquiry from Amazon customer Priya", "Priya"),
        ("Amazon-Kunde", "Frage von Amazon-Kunde Jürgen (Bestellung: 302-1234567-1234567)", "Jürgen"),
        (
            "Klient Amazon",
            "Zapytanie od klienta Amazon Łukasz Wójcik (Zamówienie: 405-1234567-1234567)",
            "Łukasz Wójcik",
        ),
    ] {
        let d =
            mail(&format!("From: \"{from_name}\" <ab12cd34ef56gh7@marketplace.amazon.com>\r\nSubject: {subject}"), "x");
        assert_eq!(d.buyer_name.as_deref(), Some(name), "{subject}");
    }
}
