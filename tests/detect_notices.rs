//! Amazon's own notices: they may carry `Auto-Submitted` and stay Amazon's, while the same
//! marks from anyone else still mean "not Amazon"; and they name the buyer in a sentence,
//! in every language Amazon writes notices in, whatever the name's first letter.
#![cfg(not(target_arch = "wasm32"))]

use orderlens::detect::{detect, Detection, Kind, Suspicion};
use orderlens::message::Message;

fn mail(headers: &str, subject: &str, body: &str) -> Detection {
    let headers = headers.trim_end();
    let raw = format!(
        "{headers}\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    );
    detect(&Message::from_rfc822(raw.as_bytes()))
}

/// One notice as Amazon writes it in one language: `{name}` is where the buyer's name goes.
struct Notice {
    lang: &'static str,
    marketplace_id: &'static str,
    marketplace: &'static str,
    kind: Kind,
    /// `X-Space-Notification-Type`, where Amazon is known to send one; otherwise the kind
    /// comes from the wording.
    notification_type: Option<&'static str>,
    subject: &'static str,
    body: &'static str,
}

const fn notice(
    lang: &'static str,
    (marketplace_id, marketplace): (&'static str, &'static str),
    kind: Kind,
    notification_type: Option<&'static str>,
    subject: &'static str,
    body: &'static str,
) -> Notice {
    Notice { lang, marketplace_id, marketplace, kind, notification_type, subject, body }
}

const US: (&str, &str) = ("ATVPDKIKX0DER", "US");
const FR: (&str, &str) = ("A13V1IB3VIYZZH", "FR");
const IT: (&str, &str) = ("APJ6JRA9NG5V4", "IT");
const ES: (&str, &str) = ("A1RKKUPIHCS9HS", "ES");
const DE: (&str, &str) = ("A1PA6795UKMFR9", "DE");
const NL: (&str, &str) = ("A1805IZSGTT6HS", "NL");
const BR: (&str, &str) = ("A2Q3Y263D00KWC", "BR");
const SE: (&str, &str) = ("A2NODRKZP88ZB9", "SE");
const PL: (&str, &str) = ("A1C3SOZRARQ6R3", "PL");
const TR: (&str, &str) = ("A33AVAJ2PDY3EV", "TR");
const JP: (&str, &str) = ("A1VC38T7YXB528", "JP");
const AE: (&str, &str) = ("A2VIGQ35RCS4UG", "AE");

const OPT_OUT: Option<&str> = Some("BUYER_OPTED_OUT_BSM_MESSAGES");
const REFUND: Option<&str> = Some("REFUND_ISSUED");
const COPY: Option<&str> = Some("BBC_MESSAGE_CONFIRMATION_TO_MERCHANT");
const FAILED: Kind = Kind::DeliveryFailure;

#[rustfmt::skip]
const NOTICES: &[Notice] = &[
    notice("en", US, FAILED, OPT_OUT, "Your message to the buyer was not delivered.",
        "Dear Seller,\r\n\r\nWe were unable to deliver the message you sent to {name} on 2026-03-04 for order [113-0906216-8447104] because the buyer has chosen to opt out of unsolicited messages from sellers."),
    notice("en", US, FAILED, None, "Your message could not be delivered",
        "Dear Seller,\r\n\r\nYour message to {name} could not be delivered because it was sent from an address that is not authorised to send Buyer-Seller messages for order 113-0906216-8447104."),
    notice("en", US, Kind::RefundNotification, REFUND, "Refund Initiated for Order 113-8724418-8509232",
        "We have initiated a refund of USD 29.99 to {name} following the return of the following items:\r\nOrder: 113-8724418-8509232"),
    notice("en", US, Kind::MessageCopy, COPY, "Your email to {name}",
        "Here is a copy of the email you sent to {name}.\r\n------------- Begin message -------------\r\nHello\r\n------------- End message -------------"),
    notice("fr", FR, FAILED, OPT_OUT, "Votre message à l'acheteur n'a pas été remis.",
        "Bonjour,\r\n\r\nNous n'avons pas pu remettre votre message envoyé à {name} le 04/03/2026 pour la commande [405-6144728-7881615] car l'acheteur a choisi de ne pas recevoir de messages non sollicités."),
    notice("fr", FR, FAILED, None, "Votre message n'a pas pu être remis",
        "Bonjour,\r\n\r\nVotre message à {name} n'a pas pu être remis car il a été envoyé à partir d'une adresse e-mail qui n'est pas autorisée."),
    notice("fr", FR, Kind::RefundNotification, REFUND, "Remboursement initié pour la commande 408-4175023-3367431",
        "Nous avons initié un remboursement de EUR 299,55 à {name} suite au retour des articles suivants :\r\nCommande : 408-4175023-3367431"),
    notice("fr", FR, Kind::MessageCopy, COPY, "Votre e-mail à {name}",
        "Voici une copie de l'e-mail que vous avez envoyé à {name}."),
    notice("it", IT, FAILED, OPT_OUT, "Il tuo messaggio all'acquirente non è stato consegnato.",
        "Gentile Venditore,\r\n\r\nnon siamo stati in grado di recapitare il messaggio che hai inviato a {name} il 2026-09-10 per l'ordine [406-6144728-7881615] perché l'acquirente ha scelto di non ricevere messaggi non richiesti dai venditori."),
    notice("it", IT, FAILED, None, "Il tuo messaggio non è stato consegnato",
        "Il tuo messaggio a {name} non è stato consegnato perché è stato inviato da un indirizzo e-mail non autorizzato."),
    notice("it", IT, Kind::RefundNotification, REFUND, "rimborso 54,90 EUR avviato - ordine 407-1387185-5306965",
        "Abbiamo avviato un rimborso dell'importo di EUR 54,90 a {name} per l'ordine 407-1387185-5306965."),
    notice("it", IT, Kind::MessageCopy, COPY, "La tua e-mail a {name}",
        "Ecco una copia dell'e-mail che hai inviato a {name}."),
    notice("es", ES, FAILED, OPT_OUT, "Tu mensaje al comprador no se ha entregado.",
        "No hemos podido entregar el mensaje que enviaste a {name} el 04/03/2026 para el pedido 403-1234567-1234567 porque el comprador ha decidido no recibir mensajes no solicitados."),
    notice("es", ES, Kind::RefundNotification, REFUND, "Reembolso iniciado para el pedido 403-1234567-1234567",
        "Hemos iniciado un reembolso de EUR 35,00 a {name} tras la devolución de los siguientes artículos:"),
    notice("es", ES, Kind::MessageCopy, COPY, "Tu correo electrónico a {name}",
        "Esta es una copia del correo electrónico que enviaste a {name}."),
    notice("de", DE, FAILED, OPT_OUT, "Deine Nachricht an den Käufer wurde nicht zugestellt.",
        "Wir konnten die Nachricht, die du am 04.03.2026 an {name} gesendet hast, nicht zustellen, da der Käufer keine unaufgeforderten Nachrichten erhalten möchte."),
    notice("de", DE, FAILED, None, "Deine Nachricht konnte nicht zugestellt werden",
        "Deine Nachricht an {name} konnte nicht zugestellt werden, da sie von einer nicht autorisierten E-Mail-Adresse gesendet wurde."),
    notice("de", DE, Kind::RefundNotification, REFUND, "Erstattung eingeleitet für Bestellung 302-1234567-1234567",
        "Wir haben eine Erstattung in Höhe von EUR 24,90 an {name} veranlasst."),
    notice("de", DE, Kind::MessageCopy, COPY, "Ihre E-Mail an {name}",
        "Hier ist eine Kopie der E-Mail, die du an {name} gesendet hast."),
    notice("nl", NL, FAILED, OPT_OUT, "Je bericht aan de koper is niet bezorgd.",
        "We konden het bericht dat je op 04-03-2026 naar {name} hebt verzonden niet bezorgen, omdat de koper ervoor heeft gekozen geen ongevraagde berichten te ontvangen."),
    notice("nl", NL, FAILED, None, "Je bericht kon niet worden bezorgd",
        "Je bericht aan {name} kon niet worden bezorgd omdat het is verzonden vanaf een adres dat niet is geautoriseerd."),
    notice("nl", NL, Kind::RefundNotification, REFUND, "Terugbetaling gestart voor bestelling 405-1234567-1234567",
        "We hebben een terugbetaling van EUR 18,50 aan {name} gestart na de retourzending."),
    notice("nl", NL, Kind::MessageCopy, COPY, "Uw e-mail aan {name}",
        "Hier is een kopie van de e-mail die je aan {name} hebt verzonden."),
    notice("pt", BR, FAILED, OPT_OUT, "Sua mensagem para o comprador não foi entregue.",
        "Não foi possível entregar a mensagem que você enviou para {name} em 04/03/2026 referente ao pedido 701-1234567-1234567 porque o comprador optou por não receber mensagens não solicitadas."),
    notice("pt", BR, FAILED, None, "Sua mensagem não foi entregue",
        "Sua mensagem para {name} não foi entregue porque foi enviada de um endereço de e-mail não autorizado."),
    notice("pt", BR, Kind::RefundNotification, REFUND, "Reembolso iniciado para o pedido 701-1234567-1234567",
        "Iniciamos um reembolso de R$ 120,00 para {name} após a devolução dos seguintes itens:"),
    notice("pt", BR, Kind::MessageCopy, COPY, "Seu e-mail para {name}",
        "Esta é uma cópia do e-mail que você enviou para {name}."),
    notice("sv", SE, FAILED, OPT_OUT, "Ditt meddelande till köparen levererades inte.",
        "Vi kunde inte leverera meddelandet som du skickade till {name} den 2026-03-04 för beställning 404-1234567-1234567 eftersom köparen har valt att inte ta emot oönskade meddelanden."),
    notice("sv", SE, FAILED, None, "Ditt meddelande kunde inte levereras",
        "Ditt meddelande till {name} kunde inte levereras eftersom det skickades från en adress som inte är godkänd."),
    notice("sv", SE, Kind::RefundNotification, REFUND, "Återbetalning påbörjad för beställning 404-1234567-1234567",
        "Vi har påbörjat en återbetalning på 199,00 kr till {name} efter returen av följande artiklar:"),
    notice("sv", SE, Kind::MessageCopy, COPY, "Ditt e-postmeddelande till {name}",
        "Här är en kopia av e-postmeddelandet som du skickade till {name}."),
    notice("pl", PL, FAILED, OPT_OUT, "Twoja wiadomość do kupującego nie została dostarczona.",
        "Nie mogliśmy dostarczyć wiadomości wysłanej do {name} w dniu 04.03.2026 dotyczącej zamówienia 405-1234567-1234567, ponieważ kupujący zrezygnował z otrzymywania niezamówionych wiadomości."),
    notice("pl", PL, Kind::RefundNotification, REFUND, "Zwrot środków za zamówienie 405-1234567-1234567",
        "Zainicjowaliśmy zwrot środków w wysokości 99,00 zł dla {name} po zwrocie następujących produktów:"),
    notice("pl", PL, Kind::MessageCopy, COPY, "Twój e-mail do {name}",
        "Oto kopia wiadomości e-mail wysłanej do {name}."),
    notice("tr", TR, FAILED, OPT_OUT, "Alıcıya gönderdiğiniz mesaj teslim edilemedi.",
        "2026-03-04 tarihinde {name} adlı alıcıya gönderdiğiniz mesaj, alıcı istenmeyen mesajları almamayı seçtiği için teslim edilemedi."),
    notice("tr", TR, Kind::RefundNotification, REFUND, "Para iadesi başlatıldı: 407-1234567-1234567",
        "407-1234567-1234567 numaralı sipariş için {name} adlı alıcıya 99,90 TL tutarında para iadesi başlattık."),
    notice("ja", JP, FAILED, OPT_OUT, "購入者へのメッセージは配信されませんでした",
        "お客様が2026/03/04に{name}様に送信したメッセージは、購入者が未承諾のメッセージの受信を拒否しているため配信されませんでした。"),
    notice("zh", JP, FAILED, OPT_OUT, "您发送给买家的消息无法送达",
        "您于 2026-03-04 发送给{name}的消息无法送达，因为买家已选择不接收未经请求的消息。"),
    notice("ar", AE, FAILED, OPT_OUT, "لم يتم تسليم رسالتك إلى المشتري",
        "لم نتمكن من تسليم الرسالة التي أرسلتها إلى {name} في 2026-03-04 بخصوص الطلب 408-1234567-1234567 لأن المشتري اختار عدم تلقي الرسائل غير المرغوب فيها."),
    notice("ar", AE, Kind::RefundNotification, REFUND, "تم بدء استرداد المبلغ للطلب 408-1234567-1234567",
        "لقد بدأنا استرداد مبلغ 150.00 AED إلى {name} بعد إرجاع المنتجات التالية:"),
];

/// Names as buyers type them: accented and other Unicode capitals, lower case, several
/// words, hyphens, apostrophes, scripts without case.
const NAMES: &[&str] = &[
    "Élodie Lefèvre",
    "Øyvind Berg",
    "Łukasz Wójcik",
    "İsmail Öztürk",
    "Ñuñez",
    "Ängla Åberg",
    "jan de vries",
    "giulia de luca",
    "Seán O'Brien",
    "Jean-Luc Picard",
    "Ana dos Santos",
    "Ashley",
    "山田花子",
    "王芳",
    "أحمد المنصوري",
];

/// What stands in a name's place in Amazon's sentences but names nobody.
const NOT_NAMES: &[&str] = &[
    "the buyer",
    "the customer",
    "den Käufer",
    "l'acheteur",
    "all'acquirente",
    "al cliente",
    "o comprador",
    "de koper",
    "köparen",
    "kupującego",
    "alıcı",
    "購入者",
    "买家",
    "المشتري",
    "Cliente Amazon",
    "Amazon Customer",
    "Amazon",
    "2026-03-04",
    "EUR 12,50",
    "403-1234567-1234567",
];

fn amazon_notice(n: &Notice, name: &str, extra_headers: &str) -> Detection {
    let sender = if n.kind == FAILED { "auto-communication@amazon.com" } else { "donotreply@amazon.com" };
    let notification_type =
        n.notification_type.map(|t| format!("X-Space-Notification-Type: {t}\r\n")).unwrap_or_default();
    mail(
        &format!(
            "From: \"Amazon Seller Central\" <{sender}>\r\nTo: shop@seller.example\r\nX-Marketplace-ID: {}\r\n{notification_type}{extra_headers}",
            n.marketplace_id
        ),
        &n.subject.replace("{name}", name),
        &n.body.replace("{name}", name),
    )
}

/// The same notice, whatever the automatic-mail marks on it: Amazon's with its kind.
const AUTOMATIC_MARKS: &[&str] = &[
    "",
    "Auto-Submitted: auto-replied\r\n",
    "Auto-Submitted: auto-generated\r\n",
    "Auto-Submitted: auto-replied\r\nX-Auto-Response-Suppress: All\r\nPrecedence: auto_reply\r\n",
    "X-Autoreply: yes\r\n",
];

#[test]
fn amazons_own_notices_stay_amazon_with_their_kind_whatever_automatic_marks_they_carry() {
    for n in NOTICES {
        for marks in AUTOMATIC_MARKS {
            let d = amazon_notice(n, "Ashley", marks);
            let case = format!("{} {:?} with {marks:?}", n.lang, n.kind);
            assert!(d.is_amazon, "{case}: {:?}", d.evidence);
            assert_eq!(d.kind, Some(n.kind), "{case}");
            assert_eq!(d.marketplace.map(|m| m.code), Some(n.marketplace), "{case}");
            assert_eq!(d.suspicion, None, "{case}");
        }
    }
}

#[test]
fn notices_name_the_buyer_in_every_language_whatever_the_first_letter() {
    let mut checked = 0;
    for n in NOTICES {
        for name in NAMES {
            let d = amazon_notice(n, name, "Auto-Submitted: auto-replied\r\n");
            assert_eq!(d.buyer_name.as_deref(), Some(*name), "{} {:?}: {}", n.lang, n.kind, n.body);
            checked += 1;
        }
    }
    assert!(checked >= 500, "{checked}");
}

#[test]
fn a_notice_sentence_without_a_name_gives_no_name() {
    for n in NOTICES {
        for filler in NOT_NAMES {
            let d = amazon_notice(n, filler, "");
            assert!(d.is_amazon, "{} {:?}", n.lang, n.kind);
            assert_eq!(d.buyer_name, None, "{} {:?} with {filler:?}", n.lang, n.kind);
        }
    }
}

/// The marks of automatic mail from anyone who is not Amazon's own sender: not Amazon, and a
/// look-alike or spoof is still called one, however Amazon-like the text.
#[test]
fn automatic_mail_from_anyone_but_amazon_stays_not_amazon() {
    let delivery_failure = &NOTICES[1];
    for (from, extra, warned) in [
        ("Anna Becker <anna.becker@brightleaf-home.example>", "", false),
        ("\"Amazon.com\" <auto-communication@amazon.com.evil.io>", "", true),
        ("\"Amazon.com\" <auto-communication@amazon-notifications.example>", "", true),
        ("\"Amazon.com\" <auto-communication@arnazon.com>", "", true),
        ("\"auto-communication@amazon.com\" <notices@mailer.example>", "", true),
        // Amazon only in Reply-To or a list's X-Original-From: copied, not the author.
        (
            "\"Anna via Support\" <support@groups.example>",
            "Reply-To: auto-communication@amazon.com\r\nList-Id: <support.groups.example>\r\n",
            false,
        ),
        (
            "\"Anna via Support\" <support@groups.example>",
            "X-Original-From: auto-communication@amazon.com\r\nList-Id: <support.groups.example>\r\n",
            false,
        ),
        // Amazon, but not seller mail.
        ("\"Amazon.com\" <auto-confirm@amazon.com>", "", false),
    ] {
        for marks in &AUTOMATIC_MARKS[1..] {
            if marks.contains("auto-generated") {
                continue; // not an automatic reply: judged like any mail, below
            }
            let d = mail(
                &format!(
                    "From: {from}\r\nTo: shop@seller.example\r\nX-Marketplace-ID: ATVPDKIKX0DER\r\n{extra}{marks}"
                ),
                delivery_failure.subject,
                &delivery_failure.body.replace("{name}", "Ashley"),
            );
            assert!(!d.is_amazon, "{from} {marks:?}");
            assert_eq!((d.kind, d.buyer_name.as_deref(), d.marketplace), (None, None, None), "{from}");
            assert_eq!(d.suspicion.is_some(), warned, "{from}: {:?}", d.suspicion);
        }
    }
}

#[test]
fn an_automatic_notice_that_fails_dmarc_is_a_suspected_spoof() {
    for auth in [
        "Authentication-Results: mx.seller.example; spf=fail smtp.mailfrom=amazon.com; dkim=none; dmarc=fail header.from=amazon.com\r\n",
        "Authentication-Results: mx.seller.example; spf=fail smtp.mailfrom=amazon.com; dkim=none\r\n",
    ] {
        for n in NOTICES {
            let d = amazon_notice(n, "Ashley", &format!("{auth}Auto-Submitted: auto-replied\r\n"));
            assert!(!d.is_amazon, "{} {:?}", n.lang, n.kind);
            assert!(matches!(d.suspicion, Some(Suspicion::AuthenticationFailed { .. })), "{:?}", d.suspicion);
        }
    }
}

/// A buyer's own out-of-office comes to the seller the way all buyer mail does: Amazon relays
/// it from the alias and counts it as a buyer message (until it is marked "no response
/// needed"), so it is one here too, with the order it is about.
#[test]
fn a_buyers_out_of_office_relayed_from_the_alias_is_a_buyer_message() {
    for (subject, marks) in [
        ("Automatic reply: Your order 304-1234567-1234567", "Auto-Submitted: auto-replied\r\n"),
        ("Abwesenheitsnotiz: Ihre Bestellung 304-1234567-1234567", "X-Autoreply: yes\r\n"),
        ("Réponse automatique : votre commande 304-1234567-1234567", ""),
    ] {
        let d = mail(
            &format!("From: \"Jan de Vries\" <ab12cd34ef56gh7@marketplace.amazon.de>\r\nTo: shop@seller.example\r\nX-Space-Notification-Type: BBC_MESSAGE_SENT_TO_MERCHANT\r\n{marks}"),
            subject,
            "You have received a message.\r\n\r\n------------- Message: -------------\r\nI am out of the office until 12 May.\r\n------------- End message -------------",
        );
        assert!(d.is_amazon, "{subject}");
        assert_eq!(d.kind, Some(Kind::BuyerMessage), "{subject}");
        assert_eq!(d.order_id.as_deref(), Some("304-1234567-1234567"), "{subject}");
        assert_eq!(d.buyer_name.as_deref(), Some("Jan de Vries"), "{subject}");
        assert!(d.evidence.iter().any(|e| e.source.contains("automatic reply")), "{:?}", d.evidence);
    }
}
