//! The case block for every kind of Amazon mail, driven through `update` and `view` as the web
//! shell drives them: what happened and the next step in the UI language, the notice's facts,
//! the deadline counted from the notice, and the Seller Central page where the work happens.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::*;
use crate::core::format::FixedZones;
use crate::core::host::{ProxyResponse, Settings, Ticket};
use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;

const NOW: &str = "2026-03-10T12:00:00Z";

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn zones() -> FixedZones {
    FixedZones { zones: vec![], local_seconds: 0 }
}

fn ticket(from: &str, subject: &str, body: &str, written: &str) -> Ticket {
    Ticket::from_value(json!({
        "id": 1, "subject": subject,
        "requester": { "email": from },
        "comments": [{ "author": { "email": from, "role": "requester" }, "body_text": body, "created_at": written }]
    }))
    .unwrap()
    .unwrap()
}

fn order(id: &str, marketplace: &str, status: &str) -> Result<ProxyResponse, String> {
    order_with(id, marketplace, status, json!([]))
}

fn order_with(id: &str, marketplace: &str, status: &str, packages: serde_json::Value) -> Result<ProxyResponse, String> {
    let body = json!({
        "orderId": id, "marketplace": marketplace, "marketplaceId": "x", "status": status,
        "created": "2026-03-01T08:00:00Z", "updated": "2026-03-02T08:00:00Z",
        "prime": false, "business": false, "programs": [],
        "shipBy": { "latest": "2026-03-11T22:59:59Z" },
        "deliverBy": { "latest": "2026-03-14T22:59:59Z" },
        "items": [{ "orderItemId": "1", "title": "Pepper mill", "quantity": 1 }], "breakdowns": [], "packages": packages
    });
    Ok(ProxyResponse { status: 200, body: body.to_string() })
}

/// Opens the ticket in `lang`, answers its order request with `status` (if it makes one).
fn open(lang: Lang, t: Ticket, status: Option<&str>) -> SidebarView {
    let mut state = State::new(lang, Settings { proxy_configured: true, ..Settings::default() });
    let effects = update(&mut state, Event::TicketChanged(Ok(Some(t))));
    if let (Some(status), Some(purpose)) = (status, order_request(&effects)) {
        let Purpose::Order { order_id, .. } = &purpose else { unreachable!() };
        let mp = state.open().unwrap().marketplace_code().unwrap_or("US").to_string();
        let answer = order(order_id, &mp, status);
        update(&mut state, Event::Answer { purpose, result: answer });
    }
    view(&state, at(NOW), &zones())
}

/// The order request among `effects` (drafts are loaded beside it).
fn order_request(effects: &[Effect]) -> Option<Purpose> {
    effects.iter().find_map(|e| match e {
        Effect::Request { purpose: p @ Purpose::Order { .. }, .. } => Some(p.clone()),
        _ => None,
    })
}

fn case_of(lang: Lang, t: Ticket, status: Option<&str>) -> CaseView {
    open(lang, t, status).case.expect("a case block")
}

fn has_fact(c: &CaseView, label: Text, lang: Lang, value: &str) -> bool {
    c.facts.iter().any(|f| f.label == t(lang, label) && f.lines.iter().any(|l| l == value))
}

const RETURN_BODY: &str = "A customer has requested to return the item(s) below.\nOrder ID: 111-1151515-8285925\nOrder Item: Insulated Lunch Tote\nReturn Quantity: 1\nReturn Reason: Item defective\nCustomer's Comment: zipper broke\nhttps://sellercentral.amazon.com/returns/list?searchString=111-1151515-8285925";

#[test]
fn every_kind_has_its_own_situation_next_step_and_page_in_every_ui_language() {
    // (ticket, order status to answer with, kind, situation, next step, page, reply expected)
    type Expected = (Ticket, Option<&'static str>, &'static str, Text, Text, Option<&'static str>, bool);
    let cases: Vec<Expected> = vec![
        (
            ticket("abc1234567890xy@marketplace.amazon.com", "Inquiry from Amazon customer Jo (Order: 111-1234567-1234567)", "Where is it?", "2026-03-10T08:00:00Z"),
            Some("UNSHIPPED"), "buyer_message", Text::CaseBuyerAsks, Text::NextReply, Some("order"), true,
        ),
        (
            ticket("abc1234567890xy@marketplace.amazon.de", "Produktfrage von Amazon-Kunde Jo", "Passt das?", "2026-03-10T08:00:00Z"),
            None, "buyer_message", Text::CasePresale, Text::NextAnswerQuestion, None, true,
        ),
        (
            ticket("donotreply@amazon.com", "Return authorization request for order # 111-1151515-8285925", RETURN_BODY, "2026-03-09T12:00:00Z"),
            Some("SHIPPED"), "return_request", Text::CaseReturnRequested, Text::NextAuthoriseReturn, Some("returns"), true,
        ),
        (
            ticket("atoz-guarantee-no-reply@amazon.com", "Action required: Claim received on order 111-0401040-2295218", "We received an A-to-z Guarantee claim of $64.99 on the order. https://sellercentral.amazon.com/guarantee/claims", "2026-03-09T12:00:00Z"),
            Some("SHIPPED"), "atoz_claim", Text::CaseClaimReceived, Text::NextRespondToClaim, Some("atoz-claims"), false,
        ),
        (
            ticket("atoz-guarantee-no-reply@amazon.fr", "Décision concernant la réclamation 404-0802404-1573644", "Nous avons accordé une réclamation au titre de la Garantie A à Z de 64,90 EUR. Le montant a été débité de votre compte. Amazon.fr", "2026-03-09T12:00:00Z"),
            Some("SHIPPED"), "atoz_claim", Text::CaseClaimGranted, Text::NextNoteDecision, Some("atoz-claims"), false,
        ),
        (
            ticket("cb-seller-notification@amazon.com", "Your Immediate Response Required: Charge Dispute Inquiry", "a chargeback dispute for 45.98 USD.\nOrder number: 112-4077654-9608234", "2026-03-08T12:00:00Z"),
            Some("SHIPPED"), "chargeback", Text::CaseChargeback, Text::NextRespondToChargeback, Some("chargebacks"), false,
        ),
        (
            ticket("donotreply@amazon.com", "Refund Initiated for Order 113-8724418-8509232", "We have initiated a refund of USD 29.99 to Ashley. https://sellercentral.amazon.com/messaging/no-response-needed?t=1&mp=ATVPDKIKX0DER", "2026-03-10T09:00:00Z"),
            Some("SHIPPED"), "refund_notification", Text::CaseRefunded, Text::NextNothingToReply, Some("order"), false,
        ),
        (
            ticket("abc1234567890xy@marketplace.amazon.com.mx", "Solicitud de cancelación de pedido del cliente de Amazon Rodrigo (Pedido: 701-6472888-1983267)", "Por favor cancelen mi pedido.", "2026-03-10T08:00:00Z"),
            Some("UNSHIPPED"), "cancellation_request", Text::CaseCancellationRequested, Text::NextCancelOrder, Some("order"), true,
        ),
        (
            ticket("abc1234567890xy@marketplace.amazon.com.mx", "Solicitud de cancelación de pedido del cliente de Amazon Rodrigo (Pedido: 701-6472888-1983267)", "Por favor cancelen mi pedido.", "2026-03-10T08:00:00Z"),
            Some("SHIPPED"), "cancellation_request", Text::CaseCancellationRequested, Text::NextCannotCancel, Some("order"), true,
        ),
        (
            ticket("auto-communication@amazon.com", "Your message could not be delivered", "Your message for order 113-0906216-8447104 was sent from an address that is not authorized. Amazon.co.uk", "2026-03-10T09:00:00Z"),
            Some("SHIPPED"), "delivery_failure", Text::CaseMessageNotDelivered, Text::NextApproveSender, Some("messaging-permissions"), false,
        ),
        (
            ticket("auto-communication@amazon.com", "Your message to the buyer was not delivered.", "The buyer has opted out of unsolicited messages. Order 113-0906216-8447104", "2026-03-10T09:00:00Z"),
            Some("SHIPPED"), "delivery_failure", Text::CaseMessageNotDelivered, Text::NextReplyOnBuyersThread, Some("order"), false,
        ),
        (
            ticket("seller-notification@amazon.de", "Negative Verkäuferbewertung für Bestellung 302-0135133-9676932", "Bewertung: 2 von 5\nKommentar: \"Kam spät\"", "2026-03-10T09:00:00Z"),
            Some("SHIPPED"), "negative_feedback", Text::CaseNegativeFeedback, Text::NextResolveFeedback, Some("feedback-manager"), true,
        ),
        (
            ticket("donotreply@amazon.com", "Your email to Ashley (Order: 113-0906216-8447104)", "Copy of the message you sent.", "2026-03-10T09:00:00Z"),
            Some("SHIPPED"), "message_copy", Text::CaseMessageCopy, Text::NextNothingToReply, Some("order"), false,
        ),
        (
            ticket("seller-notification@amazon.com", "Sold, ship now: Bamboo Cutting Board", "Order ID: 112-1172403-1007622\nItem: Bamboo Cutting Board\nSKU: NW-BCB-3", "2026-03-10T09:00:00Z"),
            Some("UNSHIPPED"), "order_confirmation", Text::CaseOrderPlaced, Text::NextShip, Some("order"), false,
        ),
    ];
    let mut wrong = Vec::new();
    for lang in [Lang::En, Lang::De, Lang::Ja, Lang::Ar] {
        for (ticket, status, kind, what, next, page, reply) in &cases {
            let view = open(lang, ticket.clone(), *status);
            // Where an email reply is not the job, the composer waits behind "write anyway".
            if view.composer.is_some() != *reply || view.case.as_ref().unwrap().compose_anyway.is_some() == *reply {
                wrong.push(format!("{lang:?} {}: composer {}", ticket.subject, view.composer.is_some()));
            }
            let c = view.case.expect("a case block");
            let got = (c.kind, c.what.as_str(), c.next.as_str(), c.page, c.reply);
            let want = (*kind, t(lang, *what), t(lang, *next), *page, *reply);
            if got != want {
                wrong.push(format!("{lang:?} {}: {got:?} != {want:?}", ticket.subject));
            }
            if let Some(link) = &c.link {
                if !link.url.starts_with("https://sellercentral") {
                    wrong.push(format!("{}: link {}", ticket.subject, link.url));
                }
            }
            if c.presale != (what == &Text::CasePresale) {
                wrong.push(format!("{}: presale {}", ticket.subject, c.presale));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_new_claim_is_due_72_hours_after_the_notice_and_a_chargeback_7_days() {
    let claim = ticket(
        "atoz-guarantee-no-reply@amazon.com",
        "Action required: Claim received on order 111-0401040-2295218",
        "Claim amount: $64.99",
        "2026-03-09T12:00:00Z",
    );
    let c = case_of(Lang::En, claim, Some("SHIPPED"));
    let d = c.deadline.clone().expect("a claim deadline");
    // Notice 2026-03-09 12:00 + 72 h = 2026-03-12 12:00; now is 2026-03-10 12:00: 2 days left.
    assert_eq!(d.left, "2 d left");
    assert!(d.due.contains("12 Mar 2026") || d.due.contains("Mar 12, 2026"), "{}", d.due);
    assert_eq!(d.level, ClockLevel::Running);
    assert!(has_fact(&c, Text::FactAmount, Lang::En, "$64.99"), "{:?}", c.facts);

    let late = ticket(
        "cb-seller-notification@amazon.com",
        "Charge Dispute Inquiry",
        "a chargeback for 45.98 USD. Order number: 112-4077654-9608234",
        "2026-03-02T10:00:00Z",
    );
    let c = case_of(Lang::En, late, Some("SHIPPED"));
    let d = c.deadline.expect("a chargeback deadline");
    // Notice 2026-03-02 10:00 + 7 days = 2026-03-09 10:00; now is a day and two hours later.
    assert_eq!((d.left.as_str(), d.level), ("Overdue by 1 d 2 h", ClockLevel::Overdue));

    let decided = ticket(
        "atoz-guarantee-no-reply@amazon.com",
        "Claim decision on order 111-0401040-2295218",
        "We have granted the claim of $10.00.",
        "2026-03-09T12:00:00Z",
    );
    assert_eq!(case_of(Lang::En, decided, Some("SHIPPED")).deadline, None, "a decided claim has nothing due");
}

#[test]
fn facts_links_and_the_quiet_action_are_shown_where_the_notice_has_them() {
    let c = case_of(
        Lang::En,
        ticket(
            "donotreply@amazon.com",
            "Return authorization request for order # 111-1151515-8285925",
            RETURN_BODY,
            "2026-03-09T12:00:00Z",
        ),
        Some("SHIPPED"),
    );
    for (label, value) in [
        (Text::FactReason, "Item defective"),
        (Text::FactComment, "zipper broke"),
        (Text::FactItem, "Insulated Lunch Tote"),
        (Text::Quantity, "1"),
    ] {
        assert!(has_fact(&c, label, Lang::En, value), "{label:?} in {:?}", c.facts);
    }
    assert_eq!(c.link.unwrap().url, "https://sellercentral.amazon.com/returns/list?searchString=111-1151515-8285925");

    let refund = ticket("donotreply@amazon.com", "Refund Initiated for Order 113-8724418-8509232", "We have initiated a refund of USD 29.99. https://sellercentral.amazon.com/messaging/no-response-needed?t=1&mp=ATVPDKIKX0DER", "2026-03-10T09:00:00Z");
    let c = case_of(Lang::De, refund, Some("SHIPPED"));
    assert!(has_fact(&c, Text::FactAmount, Lang::De, "29,99\u{a0}US$"), "{:?}", c.facts);
    assert_eq!(c.no_response_needed.map(|l| l.text), Some(t(Lang::De, Text::NoResponseNeeded).to_string()));

    // Messaging Permissions of the failed message's marketplace, with Europe's marketplace switch.
    let failed = ticket(
        "auto-communication@amazon.com",
        "Ihre Nachricht wurde nicht zugestellt",
        "Bestellung 302-0906216-8447104: Absender nicht autorisiert. Amazon.de",
        "2026-03-10T09:00:00Z",
    );
    let c = case_of(Lang::De, failed, Some("SHIPPED"));
    assert_eq!(
        c.link.unwrap().url,
        "https://sellercentral-europe.amazon.com/messaging/permissions?mons_sel_mkid=A1PA6795UKMFR9"
    );

    // A look-alike link in a notice never becomes the case's link: the page comes from the table.
    let spoofed = ticket("donotreply@amazon.com", "Refund Initiated for Order 113-8724418-8509232", "Refund of USD 5.00. https://sellercentral.amazon.com.evil.example/messaging/no-response-needed?mp=ATVPDKIKX0DER", "2026-03-10T09:00:00Z");
    let c = case_of(Lang::En, spoofed, Some("SHIPPED"));
    assert_eq!(c.no_response_needed, None);
    assert!(c.link.unwrap().url.starts_with("https://sellercentral.amazon.com/orders-v3/order/"));
}

#[test]
fn a_buyer_messages_first_template_follows_what_the_buyer_asks() {
    use crate::core::reply::templates::TemplateId;
    let cases = [
        ("Bitte senden Sie mir eine Rechnung.", TemplateId::InvoiceRequest),
        ("Die Mühle kam kaputt an.", TemplateId::DamagedOrDefective),
        ("Wie kann ich das zurücksenden?", TemplateId::ReturnInstructions),
        ("Wo bleibt meine Bestellung?", TemplateId::WhereIsMyOrder),
    ];
    for (body, template) in cases {
        let ticket = ticket(
            "abc1234567890xy@marketplace.amazon.de",
            "Frage von Amazon-Kunde Jo (Bestellung: 302-1234567-1234567)",
            body,
            "2026-03-10T08:00:00Z",
        );
        let composer = open(Lang::De, ticket, None).composer.expect("a composer");
        let chosen = composer.templates.iter().find(|c| c.selected).map(|c| c.value.clone());
        assert_eq!(chosen.as_deref(), Some(template.as_str()), "{body}");
    }
}

#[test]
fn a_buyer_messages_reply_follows_the_orders_stage() {
    let package = |status| json!([{ "carrier": "DHL", "trackingNumber": "00340434161234567890", "status": status }]);
    // (order status, its packages, what the reply must say)
    let cases = [
        ("UNSHIPPED", json!([]), vec!["not shipped yet", "11 March 2026", "14 March 2026"]),
        ("SHIPPED", package("IN_TRANSIT"), vec!["handed over to DHL", "00340434161234567890", "14 March 2026"]),
        ("SHIPPED", package("DELIVERED"), vec!["has been delivered", "DHL", "00340434161234567890"]),
    ];
    for (status, packages, says) in cases {
        let mut state = State::new(
            Lang::En,
            Settings { proxy_configured: true, seller_name: Some("Mill Shop".into()), ..Settings::default() },
        );
        let mail = ticket(
            "abc1234567890xy@marketplace.amazon.com",
            "Inquiry from Amazon customer Jo (Order: 111-1234567-1234567)",
            "Where is my order?",
            "2026-03-10T08:00:00Z",
        );
        let effects = update(&mut state, Event::TicketChanged(Ok(Some(mail))));
        let purpose = order_request(&effects).unwrap_or_else(|| panic!("{effects:?}"));
        let answer = order_with("111-1234567-1234567", "US", status, packages.clone());
        update(&mut state, Event::Answer { purpose, result: answer });
        let composer = view(&state, at(NOW), &zones()).composer.expect("a composer");
        let chosen = composer.templates.iter().find(|c| c.selected).map(|c| c.value.as_str());
        assert_eq!(chosen, Some("where_is_my_order"), "{status} {packages}");
        for words in says {
            assert!(composer.text.contains(words), "{status} {packages}: no {words:?} in\n{}", composer.text);
        }
        assert!(
            !composer.text.contains('[') && !composer.text.contains('{'),
            "{status} {packages}: placeholder left in\n{}",
            composer.text
        );
    }
}

#[test]
fn write_anyway_opens_the_composer_where_a_reply_is_not_the_job() {
    let claim = ticket(
        "atoz-guarantee-no-reply@amazon.com",
        "Action required: Claim received on order 111-0401040-2295218",
        "Claim amount: $64.99",
        "2026-03-09T12:00:00Z",
    );
    let mut state = State::new(Lang::De, Settings { proxy_configured: true, ..Settings::default() });
    update(&mut state, Event::TicketChanged(Ok(Some(claim))));
    let closed = view(&state, at(NOW), &zones());
    assert!(closed.composer.is_none(), "a claim opens no email template by default");
    let anyway = closed.case.unwrap().compose_anyway.expect("a write-anyway button");
    assert_eq!(anyway.open.label, t(Lang::De, Text::ComposeAnyway));
    assert_eq!(anyway.hint, t(Lang::De, Text::ComposeAnywayHint));
    update(&mut state, anyway.open.event);
    let opened = view(&state, at(NOW), &zones());
    assert!(opened.composer.is_some(), "the agent asked for the composer");
    assert_eq!(opened.case.unwrap().compose_anyway, None);
}
