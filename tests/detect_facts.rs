//! The facts of Amazon's notices, as general rules over tables: a labelled value is read in every
//! language's label, from "Label: value" lines and from HTML tables alike; an amount in any
//! notation Amazon writes becomes a decimal and an ISO code; a claim's stage and who pays, a
//! failed message's reason and a feedback's rating come from the notice's own words.
#![cfg(not(target_arch = "wasm32"))]

use orderlens::detect::{detect, ClaimStage, Detection, FailureReason, Kind, Payer};
use orderlens::message::Message;

fn mail(from: &str, headers: &str, subject: &str, body: &str, html: bool) -> Detection {
    let kind = if html { "html" } else { "plain" };
    let raw = format!(
        "From: {from}\r\nTo: shop@example.com\r\n{headers}Subject: {subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/{kind}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    );
    detect(&Message::from_rfc822(raw.as_bytes()))
}

/// (marketplace id, return-notice subject, reason label, comment label, item label, quantity label)
const RETURN_LABELS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "ATVPDKIKX0DER",
        "Return authorization request for order",
        "Return Reason",
        "Customer's Comment",
        "Order Item",
        "Return Quantity",
    ),
    ("A1PA6795UKMFR9", "Rücksendegenehmigung für Bestellung", "Rücksendegrund", "Kundenkommentar", "Artikel", "Menge"),
    (
        "A13V1IB3VIYZZH",
        "Notification d'autorisation de retour pour la commande",
        "Motif du retour",
        "Commentaire du client",
        "Article",
        "Quantité",
    ),
    (
        "APJ6JRA9NG5V4",
        "Notifica di autorizzazione del reso per l'ordine",
        "Motivo del reso",
        "Commento del cliente",
        "Articolo",
        "Quantità",
    ),
    (
        "A1RKKUPIHCS9HS",
        "Notificación de autorización de devolución para el pedido",
        "Motivo de la devolución",
        "Comentario del cliente",
        "Artículo",
        "Cantidad",
    ),
    (
        "A1805IZSGTT6HS",
        "Retourverzoek voor bestelling",
        "Reden van retour",
        "Opmerking van de klant",
        "Artikel",
        "Aantal",
    ),
    ("A1C3SOZRARQ6R3", "Prośba o zwrot zamówienia", "Powód zwrotu", "Komentarz klienta", "Produkt", "Ilość"),
    (
        "A2Q3Y263D00KWC",
        "Devolução solicitada para o pedido",
        "Motivo da devolução",
        "Comentário do cliente",
        "Produto",
        "Quantidade",
    ),
    ("A1VC38T7YXB528", "返品リクエスト 注文番号", "返品理由", "お客様のコメント", "商品名", "数量"),
    ("A33AVAJ2PDY3EV", "İade talebi sipariş", "İade nedeni", "Müşteri yorumu", "Ürün", "Miktar"),
];

const VALUES: &[(&str, &str, &str, u32)] = &[
    ("Item defective", "zipper broke on day two", "Insulated Lunch Tote, Navy", 1),
    ("Ne correspond pas à la description", "Farbe ist eher grau: \"sand\"", "Bettwäsche Leinen 155x220", 3),
    ("返品理由はサイズ違い", "サイズが小さい", "ステンレスボトル 500ml", 2),
];

#[test]
fn return_facts_are_read_from_labelled_lines_and_tables_in_every_language() {
    let mut wrong = Vec::new();
    for (i, (mp, subject, reason, comment, item, qty)) in RETURN_LABELS.iter().enumerate() {
        let (r, c, title, q) = VALUES[i % VALUES.len()];
        let headers = format!("X-Marketplace-ID: {mp}\r\nX-Space-Notification-Type: RETURN_REQUEST\r\n");
        let subject = format!("{subject} 302-1234567-{:07}", 1000 + i);
        let lines = format!(
            "Order ID: 302-1234567-{:07}\n{item}: {title}\n{qty}: {q}\n{reason}: {r}\n{comment}: {c}\n",
            1000 + i
        );
        let table = format!(
            "<p>Order ID: 302-1234567-{:07}</p><table><tr><th>{item}</th><th>ASIN</th><th>SKU</th><th>{qty}</th><th>{reason}</th><th>{comment}</th></tr>\
             <tr><td>{title}</td><td>B0ABCDEF12</td><td>SKU-{i}</td><td>{q}</td><td>{r}</td><td>{c}</td></tr></table><p>Thanks,<br>Amazon</p>",
            1000 + i
        );
        for (body, html) in [(lines, false), (table, true)] {
            let d = mail("donotreply@amazon.com", &headers, &subject, &body, html);
            let f = &d.facts;
            let got = (d.kind, f.reason.as_deref(), f.comment.as_deref(), f.item_title.as_deref(), f.quantity);
            if got != (Some(Kind::ReturnRequest), Some(r), Some(c), Some(title), Some(q)) {
                wrong.push(format!("{mp} html={html}: {got:?}"));
            }
            if !d.evidence.iter().any(|e| e.field == "facts.reason") {
                wrong.push(format!("{mp} html={html}: no evidence for the reason"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// (marketplace id, sender, subject, body with `{amount}`, amount as written, value, currency, stage, payer)
type Claim = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    ClaimStage,
    Option<Payer>,
);

#[rustfmt::skip]
const CLAIMS: &[Claim] = &[
    ("ATVPDKIKX0DER", "atoz-guarantee-no-reply@amazon.com", "Action required: Claim received on order 111-0401040-2295218", "We received an A-to-z Guarantee claim of {amount} on the order.", "$64.99", "64.99", "USD", ClaimStage::Received, None),
    ("A2EUQ1WTGCTBG2", "atoz-guarantee-no-reply@amazon.com", "Action required: Claim received on order 702-0401040-2295218", "Claim amount: {amount}", "$1,204.50", "1204.50", "CAD", ClaimStage::Received, None),
    ("A13V1IB3VIYZZH", "atoz-guarantee-no-reply@amazon.fr", "Décision concernant la réclamation 404-0802404-1573644", "Nous avons accordé une réclamation de {amount}. Le montant a été débité de votre compte.", "64,90 EUR", "64.90", "EUR", ClaimStage::Granted, Some(Payer::Seller)),
    ("A1RKKUPIHCS9HS", "atoz-guarantee-no-reply@amazon.com", "Su reclamación bajo la Garantía de la A a la Z de Amazon para el pedido 405-5724831-0725739", "Hemos concedido una reclamación de {amount}. Hemos cobrado el importe de su cuenta.", "1.049,90 €", "1049.90", "EUR", ClaimStage::Granted, Some(Payer::Seller)),
    ("A1PA6795UKMFR9", "atoz-guarantee-no-reply@amazon.com", "A-bis-z-Garantie: Entscheidung zu Bestellung 302-0802404-1573644", "Ihr Antrag über {amount} wurde abgelehnt.", "EUR 19,99", "19.99", "EUR", ClaimStage::Denied, None),
    ("APJ6JRA9NG5V4", "atoz-guarantee-no-reply@amazon.it", "Richiesta di rimborso ricevuta per l’ordine 403-4151251-9076519", "Importo della richiesta: {amount}", "39,9 EUR", "39.9", "EUR", ClaimStage::Received, None),
    ("A1VC38T7YXB528", "atoz-guarantee-no-reply@amazon.com", "マーケットプレイス保証の申請 250-1234567-8901234", "申請金額：{amount}。Amazonが負担します。承認しました。", "￥3,980", "3980", "JPY", ClaimStage::Granted, Some(Payer::Amazon)),
    ("A1F83G8C2ARO7P", "atoz-guarantee-no-reply@amazon.com", "Claim Decision on Order 203-3536737-5608180", "The claim of {amount} was denied in your favour.", "£12.50", "12.50", "GBP", ClaimStage::Denied, None),
];

#[test]
fn claim_amounts_stages_and_payers_in_every_notation() {
    let mut wrong = Vec::new();
    for (mp, from, subject, body, written, value, currency, stage, payer) in CLAIMS {
        let d = mail(from, &format!("X-Marketplace-ID: {mp}\r\n"), subject, &body.replace("{amount}", written), false);
        let f = &d.facts;
        let amount = f.amount.as_ref().map(|a| (a.value.as_str(), a.currency.as_str()));
        if d.kind != Some(Kind::AtozClaim)
            || amount != Some((value, currency))
            || f.claim != Some(*stage)
            || f.paid_by != *payer
        {
            wrong.push(format!("{subject}: {:?} {amount:?} {:?} {:?}", d.kind, f.claim, f.paid_by));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn chargeback_and_refund_amounts() {
    let cases = [
        (
            "cb-seller-notification@amazon.com",
            "ATVPDKIKX0DER",
            "Your Immediate Response Required: Charge Dispute Inquiry",
            "a chargeback dispute for 45.98 USD.",
            Kind::Chargeback,
            "45.98",
            "USD",
        ),
        (
            "cb-seller-notification@amazon.co.uk",
            "A1F83G8C2ARO7P",
            "Chargeback dispute 203-1234567-1234567",
            "a chargeback for £61.20",
            Kind::Chargeback,
            "61.20",
            "GBP",
        ),
        (
            "donotreply@amazon.com",
            "APJ6JRA9NG5V4",
            "rimborso 39.9 EUR avviato - ordine 403-4151251-9076519",
            "Abbiamo avviato un rimborso.",
            Kind::RefundNotification,
            "39.9",
            "EUR",
        ),
        (
            "donotreply@amazon.com",
            "A2Q3Y263D00KWC",
            "Reembolso iniciado para o pedido 701-1234567-1234567",
            "Iniciamos um reembolso de R$ 1.299,90 para Ana.",
            Kind::RefundNotification,
            "1299.90",
            "BRL",
        ),
        (
            "donotreply@amazon.com",
            "A1C3SOZRARQ6R3",
            "Zwrot środków zamówienia 405-1234567-1234567",
            "Zwrot środków: 120,00 zł",
            Kind::RefundNotification,
            "120.00",
            "PLN",
        ),
        (
            "donotreply@amazon.com",
            "A2NODRKZP88ZB9",
            "Återbetalning för beställning 404-1234567-1234567",
            "Vi har återbetalat 1 299 kr.",
            Kind::RefundNotification,
            "1299",
            "SEK",
        ),
    ];
    for (from, mp, subject, body, kind, value, currency) in cases {
        let d = mail(from, &format!("X-Marketplace-ID: {mp}\r\n"), subject, body, false);
        let amount = d.facts.amount.as_ref().map(|a| (a.value.as_str(), a.currency.as_str()));
        assert_eq!((d.kind, amount), (Some(kind), Some((value, currency))), "{subject}");
    }
}

#[test]
fn why_a_message_was_not_delivered_in_every_language() {
    use FailureReason::*;
    let cases = [
        (
            "ATVPDKIKX0DER",
            "Your message to the buyer was not delivered",
            "The buyer has opted out of unsolicited messages.",
            OptedOut,
        ),
        (
            "ATVPDKIKX0DER",
            "Your message could not be delivered",
            "It was sent from an address that is not authorized for Buyer-Seller Messaging.",
            SenderNotAuthorised,
        ),
        (
            "A13V1IB3VIYZZH",
            "Votre message n'a pas pu être remis à l'acheteur",
            "Adresse d'envoi non autorisée.",
            SenderNotAuthorised,
        ),
        (
            "A2NODRKZP88ZB9",
            "Ditt meddelande kunde inte levereras",
            "Det skickades från en e-postadress som inte är godkänd.",
            SenderNotAuthorised,
        ),
        (
            "A1PA6795UKMFR9",
            "Ihre Nachricht wurde nicht zugestellt",
            "Der Anhang ist nicht erlaubt oder zu groß.",
            Attachment,
        ),
        (
            "APJ6JRA9NG5V4",
            "Il tuo messaggio all'acquirente non è stato consegnato.",
            "Il messaggio non rispetta le linee guida.",
            Guidelines,
        ),
        (
            "A1RKKUPIHCS9HS",
            "Tu mensaje no se ha entregado",
            "El comprador ha optado por no recibir mensajes.",
            OptedOut,
        ),
        ("A33AVAJ2PDY3EV", "Mesajınız teslim edilemedi", "Başka bir sorun oluştu.", Other),
    ];
    for (mp, subject, body, reason) in cases {
        let d = mail("auto-communication@amazon.com", &format!("X-Marketplace-ID: {mp}\r\n"), subject, body, false);
        assert_eq!((d.kind, d.facts.failure), (Some(Kind::DeliveryFailure), Some(reason)), "{subject}");
    }
}

#[test]
fn feedback_rating_and_comment() {
    let cases = [
        (
            "seller-notification@amazon.com",
            "Negative feedback received for order 111-1234567-1234567",
            "Rating: 1 out of 5\nComments: \"Arrived late\"",
            1,
            "Arrived late",
        ),
        (
            "seller-notification@amazon.de",
            "Negative Verkäuferbewertung für Bestellung 302-0135133-9676932",
            "Bewertung: 2 von 5\nKommentar: „Kam ohne Bestellschein“",
            2,
            "Kam ohne Bestellschein",
        ),
        (
            "seller-notification@amazon.fr",
            "Évaluation négative pour la commande 402-1234567-1234567",
            "Note : ce message est automatique.\nÉvaluation : 1/5\nCommentaire : Colis abîmé",
            1,
            "Colis abîmé",
        ),
    ];
    for (from, subject, body, rating, comment) in cases {
        let d = mail(from, "", subject, body, false);
        assert_eq!(
            (d.kind, d.facts.rating, d.facts.comment.as_deref()),
            (Some(Kind::NegativeFeedback), Some(rating), Some(comment)),
            "{subject}"
        );
    }
}

#[test]
fn what_the_buyer_asks_for_in_every_language() {
    use orderlens::detect::Ask::{self, *};
    let cases: [(&str, &str, Option<Ask>); 9] = [
        ("Invoice request from Amazon customer Jo (Order: 111-1234567-1234567)", "Please send it.", Some(Invoice)),
        (
            "Frage von Amazon-Kunde Jo (Bestellung: 302-1234567-1234567)",
            "Bitte senden Sie mir eine Rechnung.",
            Some(Invoice),
        ),
        ("Damaged or defective item", "Order 111-1234567-1234567 arrived broken.", Some(Damaged)),
        (
            "Demande de renseignements (Commande : 402-1234567-1234567)",
            "L'article est arrivé endommagé.",
            Some(Damaged),
        ),
        ("Domanda (Ordine: 403-1234567-1234567)", "Come posso restituire l'articolo?", Some(Return)),
        ("Consulta (Pedido: 405-1234567-1234567)", "Quiero devolver el producto.", Some(Return)),
        ("お問い合わせ(注文: 250-1234567-1234567)", "商品が破損していました。", Some(Damaged)),
        ("Sipariş sorusu (Sipariş: 028-1234567-1234567)", "Ürünü iade etmek istiyorum.", Some(Return)),
        ("Inquiry from Amazon customer Jo (Order: 111-1234567-1234567)", "Where is my parcel?", None),
    ];
    for (subject, body, ask) in cases {
        let d = mail("abc1234567890xy@marketplace.amazon.com", "", subject, body, false);
        assert_eq!((d.kind, d.facts.asks), (Some(Kind::BuyerMessage), ask), "{subject} / {body}");
    }
}

#[test]
fn broken_and_hostile_tables_neither_panic_nor_invent_facts() {
    let headers = "X-Marketplace-ID: ATVPDKIKX0DER\r\nX-Space-Notification-Type: RETURN_REQUEST\r\n";
    let subject = "Return authorization request for order # 111-1234567-1234567";
    let long = "<t".repeat(50_000);
    for html in [
        "<table><tr><th>Return Reason<td <td>x</td></tr></table>",
        "<tr><th>Return Reason</th></tr><tr><td>é</td><td>",
        "<tr><th>Return Reason</th><th>Customer's Comment</th></tr><tr><td>only one cell</td></tr>",
        long.as_str(),
        "<tr><th>Return Reason</th></tr><tr><td>\u{202e}<b>x</b></td></tr>",
    ] {
        let d = mail("donotreply@amazon.com", headers, subject, html, true);
        assert_eq!(d.kind, Some(Kind::ReturnRequest));
        if let Some(reason) = &d.facts.reason {
            assert!(reason.chars().count() <= 301, "{reason}");
        }
    }
}
