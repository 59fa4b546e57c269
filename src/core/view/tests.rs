//! What the agent sees and can do, state by state, driven through `update` and `view` exactly as
//! the web shell drives them.

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::json;

use super::*;
use crate::core::format::FixedZones;
use crate::core::host::{FieldMap, ProxyRequest, ProxyResponse, Settings, Ticket};
use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;
use crate::core::problem::{Problem, ProblemCode};
use crate::core::reply::templates::TemplateId;

const NB: &str = "\u{a0}";
const ALIAS: &str = "abc1234567890xyz@marketplace.amazon.de";
const ORDER: &str = "302-1234567-1234567";

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// Berlin is UTC+1 in winter; the agent sits in New York (UTC−5).
fn zones() -> FixedZones {
    FixedZones {
        zones: vec![("Europe/Berlin".into(), 3600), ("Asia/Tokyo".into(), 9 * 3600)],
        local_seconds: -5 * 3600,
    }
}

fn settings() -> Settings {
    Settings { proxy_configured: true, seller_name: Some("Beispiel GmbH".into()), ..Settings::default() }
}

/// A German buyer message; `subject_order` puts the order id in the subject.
fn de_ticket(with_order: bool, written: &str) -> Ticket {
    let subject = if with_order {
        format!("Frage von Amazon-Kunde Jürgen Weber (Bestellung: {ORDER})")
    } else {
        "Frage von Amazon-Kunde Jürgen Weber".to_string()
    };
    Ticket::from_value(json!({
        "id": 7,
        "subject": subject,
        "requester": { "email": ALIAS, "name": "Jürgen Weber - Amazon Marketplace" },
        "comments": [{ "author": { "email": ALIAS, "role": "requester" },
                       "body_text": "Hallo, wo bleibt meine Bestellung?", "created_at": written }]
    }))
    .unwrap()
    .unwrap()
}

fn order_json() -> serde_json::Value {
    json!({
        "orderId": ORDER, "marketplace": "DE", "marketplaceId": "A1PA6795UKMFR9", "status": "SHIPPED",
        "created": "2026-01-10T08:15:00Z", "updated": "2026-01-11T09:00:00Z",
        "fulfilledBy": "MERCHANT", "prime": true, "business": false, "programs": ["PRIME"],
        "shipBy": { "earliest": "2026-01-10T23:00:00Z", "latest": "2026-01-11T22:59:59Z" },
        "deliverBy": { "earliest": "2026-01-12T23:00:00Z", "latest": "2026-01-14T22:59:59Z" },
        "items": [{ "orderItemId": "1", "asin": "B0TESTASIN", "sku": "KAFFEE-1", "title": "Kaffeemühle Deluxe",
                    "quantity": 2, "unitPrice": { "amount": "600.00", "currency": "EUR" },
                    "subtotal": { "amount": "1200.00", "currency": "EUR" } }],
        "total": { "amount": "1234.56", "currency": "EUR" },
        "breakdowns": [
            { "kind": "ITEM", "amount": { "amount": "1200.00", "currency": "EUR" } },
            { "kind": "SHIPPING", "amount": { "amount": "4.90", "currency": "EUR" } },
            { "kind": "TAX", "amount": { "amount": "197.11", "currency": "EUR" } },
            { "kind": "PROMOTION", "amount": { "amount": "-10.00", "currency": "EUR" } }
        ],
        "packages": [{ "carrier": "DHL", "trackingNumber": "00340434161234567890", "status": "IN_TRANSIT" }]
    })
}

fn ok(body: serde_json::Value) -> Result<ProxyResponse, String> {
    Ok(ProxyResponse { status: 200, body: body.to_string() })
}

fn problem(code: ProblemCode) -> Result<ProxyResponse, String> {
    let p = Problem::new(code, "detail for the admin").with_retry_after(7);
    Ok(ProxyResponse { status: code.status(), body: serde_json::to_string(&p).unwrap() })
}

/// Opens `ticket` with UI language `lang` and answers the one request it makes, if any.
struct Sidebar {
    state: State,
    now: DateTime<Utc>,
    effects: Vec<Effect>,
}

impl Sidebar {
    fn open(lang: Lang, settings: Settings, ticket: Ticket, now: &str) -> Sidebar {
        let mut state = State::new(lang, settings);
        let effects = update(&mut state, Event::TicketChanged(Ok(Some(ticket))));
        Sidebar { state, now: at(now), effects }
    }

    fn send(&mut self, event: Event) -> &[Effect] {
        self.effects = update(&mut self.state, event);
        &self.effects
    }

    /// The one pending request: its purpose and request (drafts are loaded and saved beside it).
    fn request(&self) -> (Purpose, ProxyRequest) {
        let requests: Vec<_> = self
            .effects
            .iter()
            .filter_map(|e| match e {
                Effect::Request { purpose, request } => Some((purpose.clone(), request.clone())),
                _ => None,
            })
            .collect();
        match requests.as_slice() {
            [one] => one.clone(),
            _ => panic!("expected one request, got {:?}", self.effects),
        }
    }

    fn answer(&mut self, result: Result<ProxyResponse, String>) {
        let (purpose, _) = self.request();
        self.send(Event::Answer { purpose, result });
    }

    fn view(&self) -> SidebarView {
        view(&self.state, self.now, &zones())
    }
}

/// The effects other than loading and saving drafts (`ops::drafts_*` test those).
fn without_drafts(effects: &[Effect]) -> Vec<Effect> {
    let draft = |e: &Effect| matches!(e, Effect::LoadDraft { .. } | Effect::SaveDraft { .. });
    effects.iter().filter(|e| !draft(e)).cloned().collect()
}

fn loaded(lang: Lang) -> Sidebar {
    let mut s = Sidebar::open(lang, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    s.answer(ok(order_json()));
    s
}

fn panel(v: &SidebarView) -> &OrderPanel {
    match &v.body {
        Body::Order(p) => p,
        other => panic!("expected the order panel, got {other:?}"),
    }
}

fn fact<'a>(facts: &'a [Fact], label: &str) -> &'a [String] {
    &facts.iter().find(|f| f.label == label).unwrap_or_else(|| panic!("no {label} in {facts:?}")).lines
}

fn error_message(v: &SidebarView) -> &str {
    match &v.body {
        Body::Error(e) => {
            assert_eq!(e.retry.as_ref().map(|b| b.event.clone()), Some(Event::Retry));
            &e.message
        }
        // The account's own trouble: the health line (tests/ops.rs).
        Body::Health(h) => {
            assert_eq!(h.retry.event, Event::Retry);
            &h.text
        }
        other => panic!("expected an error, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// States

#[test]
fn no_ticket_and_other_mail_get_one_quiet_line() {
    let state = State::new(Lang::En, settings());
    let v = view(&state, at("2026-01-01T00:00:00Z"), &zones());
    assert_eq!(v.state.as_str(), "not-amazon");
    assert_eq!(v.body, Body::Note("Not an Amazon ticket.".into()));

    let other = Ticket::from_value(json!({"subject": "Invoice", "requester": {"email": "anna@example.com"},
        "comments": [{"author": {"role": "requester"}, "body_text": "Please send the invoice."}]}))
    .unwrap()
    .unwrap();
    let s = Sidebar::open(Lang::De, settings(), other, "2026-01-01T00:00:00Z");
    assert!(s.effects.is_empty(), "no proxy call for other mail");
    let v = s.view();
    assert_eq!(v.state, ViewState::NotAmazon);
    assert_eq!(v.body, Body::Note("Kein Amazon-Ticket.".into()));
    assert!(v.header.is_none() && v.composer.is_none());
}

#[test]
fn a_look_alike_gets_a_warning_with_reason_and_advice_and_nothing_else() {
    let fake = Ticket::from_value(json!({
        "subject": "Frage von Amazon-Kunde Max (Bestellung: 302-1234567-1234567)",
        "requester": {"email": "abc1234567890xyz@marketplace.amazon.de.secure-login.io"},
        "comments": [{"author": {"role": "requester"}, "body_text": "Bitte Konto bestätigen"}]}))
    .unwrap()
    .unwrap();
    let s = Sidebar::open(Lang::En, settings(), fake, "2026-01-01T00:00:00Z");
    assert!(s.effects.is_empty(), "a look-alike never reaches the proxy");
    let v = s.view();
    assert_eq!(v.state.as_str(), "suspicious");
    match &v.body {
        Body::Warning { title, reason, detail } => {
            assert!(title.starts_with("Suspicious message"), "{title}");
            assert!(reason.contains("Do not click links; report it to Amazon."), "{reason}");
            assert_eq!(detail.as_deref(), Some("marketplace.amazon.de.secure-login.io"));
        }
        other => panic!("{other:?}"),
    }
    assert!(v.header.is_none() && v.composer.is_none(), "no order link or composer for a fake");
}

#[test]
fn an_order_ticket_asks_the_proxy_and_shows_a_skeleton_meanwhile() {
    let s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    let (_, request) = s.request();
    assert_eq!(
        request,
        ProxyRequest { method: "GET", path: format!("/v1/orders/{ORDER}?marketplace=DE"), fresh: false, body: None }
    );
    let v = s.view();
    assert_eq!(v.state.as_str(), "loading");
    assert_eq!(v.body, Body::Loading("Loading the order…".into()));
    let h = v.header.unwrap();
    assert_eq!(h.marketplace.unwrap().lines, ["DE · Germany"]);
    assert_eq!(h.kind.as_deref(), Some("Buyer message"));
    assert_eq!(h.buyer_name.unwrap().lines, ["Jürgen Weber"]);
    let id = h.order_id.unwrap();
    assert_eq!(id.value, ORDER);
    assert_eq!(id.copy.label, "Copy order ID");
    let link = h.seller_central.unwrap();
    assert_eq!(link.url, format!("https://sellercentral-europe.amazon.com/orders-v3/order/{ORDER}"));
    assert_eq!(link.text, "Open in Seller Central");
}

#[test]
fn the_german_order_panel_speaks_german_and_euros() {
    let v = loaded(Lang::De).view();
    assert_eq!(v.state.as_str(), "order");
    let p = panel(&v);
    assert_eq!(p.grand_total.as_ref().unwrap(), &Fact::new("Gesamtsumme", format!("1.234,56{NB}€")));
    assert_eq!(fact(&p.facts, "Status"), ["Versandt"]);
    assert_eq!(fact(&p.facts, "Versand"), ["Versand durch Sie (Händler)"]);
    assert_eq!(p.badges, [Badge { key: "prime", label: "Prime".into() }]);
    assert_eq!(p.note, None, "the FBA note is for FBA orders");
    let item = &p.items[0];
    assert_eq!(item.title, "Kaffeemühle Deluxe");
    assert_eq!(fact(&item.facts, "ASIN"), ["B0TESTASIN"]);
    assert_eq!(fact(&item.facts, "SKU"), ["KAFFEE-1"]);
    assert_eq!(fact(&item.facts, "Menge"), ["2"]);
    assert_eq!(fact(&item.facts, "Stückpreis"), [format!("600,00{NB}€")]);
    assert_eq!(item.subtotal, Some(Fact::new("Zwischensumme", format!("1.200,00{NB}€"))));
    let totals: Vec<_> = p.totals.iter().map(|f| (f.label.as_str(), f.lines[0].as_str())).collect();
    let (shipping, tax, promo) = (format!("4,90{NB}€"), format!("197,11{NB}€"), format!("-10,00{NB}€"));
    assert_eq!(
        totals[1..],
        [("Versandkosten", shipping.as_str()), ("Steuer", tax.as_str()), ("Rabatte", promo.as_str())]
    );
    assert_eq!(p.packages[0][0], Fact::new("Versanddienstleister", "DHL"));
    assert_eq!(p.packages[0][1], Fact::new("Sendungsnummer", "00340434161234567890"));
    assert_eq!(p.packages[0][2].lines, ["In transit"]);
    assert_eq!(p.address.lines, ["Von Amazon eingeschränkt"]);
}

#[test]
fn purchase_time_in_the_marketplace_zone_and_the_agents() {
    let v = loaded(Lang::En).view();
    let p = panel(&v);
    assert_eq!(
        fact(&p.facts, "Purchased"),
        ["10 Jan 2026, 09:15 (Europe/Berlin, UTC+01:00)", "Your time: 10 Jan 2026, 03:15 (UTC−05:00)"]
    );
    // Windows are days in the marketplace's calendar: 23:00 UTC is already the next day in Berlin.
    assert_eq!(fact(&p.facts, "Ship by"), ["11 Jan 2026"]);
    assert_eq!(fact(&p.facts, "Deliver by"), ["13 Jan 2026 – 14 Jan 2026"]);
}

#[test]
fn fba_orders_carry_the_customer_service_note_and_addresses_show_when_present() {
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    let mut order = order_json();
    order["fulfilledBy"] = json!("AMAZON");
    order["business"] = json!(true);
    order["deliveryAddress"] = json!({"name": "Jürgen Weber", "lines": ["Hauptstr. 1"], "postalCode": "10115", "city": "Berlin", "countryCode": "DE"});
    s.answer(ok(order));
    let v = s.view();
    let p = panel(&v);
    assert_eq!(p.note.as_deref(), Some("Amazon handles customer service for some FBA orders."));
    let badges: Vec<&str> = p.badges.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(badges, ["Prime", "Business"]);
    assert_eq!(p.address.lines, ["Jürgen Weber", "Hauptstr. 1", "10115 Berlin", "DE"]);
}

#[test]
fn yen_orders_have_no_decimals() {
    let mut s = Sidebar::open(Lang::Ja, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    let mut order = order_json();
    order["total"] = json!({"amount": "19940", "currency": "JPY"});
    s.answer(ok(order));
    assert_eq!(panel(&s.view()).grand_total.as_ref().unwrap().lines, ["￥19,940"]);
}

// The 24-hour clock -----------------------------------------------------------------------------

fn clock(s: &Sidebar) -> ClockView {
    s.view().header.unwrap().clock.expect("a buyer message has a clock")
}

#[test]
fn the_clock_counts_down_warns_and_says_when_overdue() {
    let written = "2026-01-15T08:00:00Z";
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, written), "2026-01-15T10:00:00Z");
    let c = clock(&s);
    assert_eq!((c.text.as_str(), c.level), ("Answer within 22 h", ClockLevel::Running));
    assert_eq!(c.hint, "Respond within 24 hours, weekends included.");
    s.now = at("2026-01-16T04:30:00Z");
    let c = clock(&s);
    assert_eq!((c.text.as_str(), c.level), ("Answer within 3 h 30 min", ClockLevel::Warning));
    s.now = at("2026-01-16T14:00:00Z");
    let c = clock(&s);
    assert_eq!((c.text.as_str(), c.level), ("Overdue by 6 h", ClockLevel::Overdue));
    s.state.lang = Lang::De;
    assert_eq!(clock(&s).text, "Seit 6 Std. überfällig");
}

#[test]
fn an_answered_thread_says_so_and_notices_have_no_clock() {
    let mut ticket = de_ticket(true, "2026-01-15T08:00:00Z");
    ticket.comments.push(crate::core::host::Comment {
        author: crate::core::host::Person { role: Some(crate::core::host::Role::Agent), ..Default::default() },
        body_text: Some("Ist unterwegs.".into()),
        created_at: "2026-01-15T09:00:00Z".into(),
        ..Default::default()
    });
    let s = Sidebar::open(Lang::En, settings(), ticket, "2026-01-17T00:00:00Z");
    assert_eq!(clock(&s).level, ClockLevel::Answered);
    assert_eq!(clock(&s).text, "Answered");
}

#[test]
fn the_no_response_needed_link_is_shown_and_only_as_http() {
    let raw = format!(
        "From: Jürgen <{ALIAS}>\r\nTo: shop@example.com\r\nSubject: Frage von Amazon-Kunde Jürgen (Bestellung: {ORDER})\r\n\
         Date: Thu, 15 Jan 2026 08:00:00 +0000\r\nContent-Type: text/html\r\n\r\n<p>Hallo</p>\
         <a href=\"https://sellercentral.amazon.de/messaging/no-response-needed?id=1\">Keine Antwort erforderlich</a>"
    );
    let ticket = Ticket { raw: Some(raw), ..Ticket::default() };
    let s = Sidebar::open(Lang::En, settings(), ticket, "2026-01-15T09:00:00Z");
    let h = s.view().header.unwrap();
    let link = h.no_response_needed.expect("the mail's link");
    assert_eq!(link.text, "No response needed");
    assert_eq!(link.url, "https://sellercentral.amazon.de/messaging/no-response-needed?id=1");
    // A raw-only ticket: the mail's own date starts the clock.
    assert_eq!(h.clock.unwrap().text, "Answer within 23 h");
}

// Errors -------------------------------------------------------------------------------------

#[test]
fn a_401_asks_for_the_token_and_retry_bypasses_the_cache() {
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    s.answer(problem(ProblemCode::Unauthorized));
    let v = s.view();
    assert_eq!(v.state.as_str(), "error");
    assert_eq!(error_message(&v), "The proxy refused the access token. Check the proxy token in the app settings.");
    assert!(v.composer.is_some(), "the agent can still write a reply");
    s.send(Event::Retry);
    let (_, request) = s.request();
    assert!(request.fresh, "Retry asks for a fresh copy");
    assert_eq!(s.view().state, ViewState::Loading);
    s.answer(ok(order_json()));
    assert_eq!(s.view().state, ViewState::Order);
}

#[test]
fn every_problem_code_has_its_own_sentence() {
    let mut seen = Vec::new();
    for &code in ProblemCode::ALL {
        let mut s =
            Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
        s.answer(problem(code));
        let message = error_message(&s.view()).to_string();
        assert!(!message.contains('{'), "{code:?}: {message}");
        assert!(!seen.contains(&message), "{code:?} shares its sentence");
        seen.push(message);
    }
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    s.answer(problem(ProblemCode::RateLimited));
    assert_eq!(error_message(&s.view()), "Too many requests right now. Retry in 7 s.");
}

#[test]
fn a_newer_proxys_unknown_code_is_named() {
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    let body =
        r#"{"type":"urn:orderlens:problem:quota_moon","title":"x","status":503,"code":"quota_moon","detail":"y"}"#;
    s.answer(Ok(ProxyResponse { status: 503, body: body.into() }));
    assert!(error_message(&s.view()).contains("(quota_moon)"));
}

#[test]
fn network_failures_and_unreadable_answers_are_explained() {
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    s.answer(Err("TypeError: Failed to fetch".into()));
    assert!(error_message(&s.view()).starts_with("Cannot reach the proxy."));
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    s.answer(Ok(ProxyResponse { status: 502, body: "<html>Bad Gateway</html>".into() }));
    assert!(error_message(&s.view()).contains("(HTTP 502)"));
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    s.answer(Ok(ProxyResponse { status: 200, body: "{\"orderId\": 5}".into() }));
    assert!(error_message(&s.view()).contains("(HTTP 200)"));
}

#[test]
fn an_unconfigured_proxy_says_what_to_set_and_is_not_called() {
    let s =
        Sidebar::open(Lang::En, Settings::default(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    assert!(without_drafts(&s.effects).is_empty());
    let v = s.view();
    assert_eq!(v.state.as_str(), "not-configured");
    assert_eq!(
        v.body,
        Body::NotConfigured("The proxy is not set up. Set the proxy URL and token in the app's settings.".into())
    );
    assert!(v.header.unwrap().order_id.is_some(), "the order id and its link still help");
}

#[test]
fn an_unreadable_ticket_is_an_error_not_a_crash() {
    let mut state = State::new(Lang::En, settings());
    update(&mut state, Event::TicketChanged(Ticket::from_json("[1,2]")));
    let v = view(&state, at("2026-01-01T00:00:00Z"), &zones());
    assert_eq!(v.state, ViewState::Error);
    assert!(matches!(&v.body, Body::Error(ErrorView { retry: None, message }) if message.contains("cannot read")));
}

#[test]
fn answers_for_an_earlier_ticket_are_dropped() {
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    let (old, _) = s.request();
    s.send(Event::TicketChanged(Ok(Some(de_ticket(true, "2026-01-15T09:00:00Z")))));
    s.send(Event::Answer { purpose: old, result: problem(ProblemCode::Internal) });
    assert_eq!(s.view().state, ViewState::Loading, "the old ticket's error does not land on the new one");
}

// Pre-sale --------------------------------------------------------------------------------------

fn presale(v: &SidebarView) -> &PresaleView {
    match &v.body {
        Body::Presale(p) => p,
        other => panic!("expected pre-sale, got {other:?}"),
    }
}

#[test]
fn presale_looks_up_the_buyers_orders_and_opens_one() {
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(false, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    assert!(without_drafts(&s.effects).is_empty(), "nothing is asked before the agent wants it");
    let v = s.view();
    assert_eq!(v.state.as_str(), "presale");
    let p = presale(&v);
    assert_eq!(p.note, "Amazon message without an order number (a pre-sale question).");
    let find = p.find.clone().expect("a lookup button");
    assert_eq!(find.label, "Find this buyer's recent orders");
    assert!(v.header.as_ref().unwrap().order_id.is_none());

    s.send(find.event);
    let (_, request) = s.request();
    assert_eq!(request.path, format!("/v1/buyers/{ALIAS}/orders?marketplace=DE"));
    assert_eq!(presale(&s.view()).loading.as_deref(), Some("Loading the order…"));
    s.answer(ok(json!({"marketplace": "DE", "orders": [
        {"orderId": ORDER, "status": "Shipped", "purchased": "2026-01-10T08:15:00Z", "total": {"amount": "19.99", "currency": "EUR"}},
        {"orderId": "302-7654321-7654321", "status": "Unshipped"}]})));
    let v = s.view();
    let p = presale(&v);
    assert_eq!(p.orders.len(), 2);
    assert_eq!(p.orders[0].open.label, ORDER);
    assert_eq!(p.orders[0].details, ["Shipped", "10 Jan 2026", "€19.99"]);

    s.send(p.orders[0].open.event.clone());
    let (_, request) = s.request();
    assert_eq!(request.path, format!("/v1/orders/{ORDER}?marketplace=DE"));
    assert_eq!(s.view().state, ViewState::Loading);
    s.answer(ok(order_json()));
    let v = s.view();
    assert_eq!(v.state, ViewState::Order);
    assert_eq!(v.header.unwrap().order_id.unwrap().value, ORDER);
}

#[test]
fn presale_without_recent_orders_or_proxy_says_so() {
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(false, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    s.send(Event::FindBuyerOrders);
    s.answer(ok(json!({"marketplace": "DE", "orders": []})));
    assert_eq!(presale(&s.view()).empty.as_deref(), Some("No recent orders found for this buyer."));

    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(false, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    s.send(Event::FindBuyerOrders);
    s.answer(problem(ProblemCode::UpstreamForbidden));
    let v = s.view();
    let error = presale(&v).error.as_ref().unwrap();
    assert!(error.message.contains("roles"), "{}", error.message);
    s.send(Event::Retry);
    assert!(s.request().1.fresh);

    let s =
        Sidebar::open(Lang::En, Settings::default(), de_ticket(false, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    let v = s.view();
    let p = presale(&v);
    assert!(p.find.is_none());
    assert!(p.notice.as_deref().unwrap().starts_with("The proxy is not set up."));
}

// Header actions -----------------------------------------------------------------------------

#[test]
fn copying_the_order_id_copies_it_and_says_copied() {
    let mut s = loaded(Lang::En);
    assert_eq!(s.send(Event::CopyOrderId), [Effect::Copy(ORDER.into())]);
    assert_eq!(s.view().header.unwrap().order_id.unwrap().copy.label, "Copied");
}

// Composer -------------------------------------------------------------------------------------

fn composer(s: &Sidebar) -> ComposerView {
    s.view().composer.expect("a composer")
}

#[test]
fn every_marketplace_starts_the_reply_in_its_buyers_language() {
    let want = [("com.br", "pt", "Olá"), ("nl", "nl", "Beste"), ("com.be", "nl", "Beste"), ("se", "sv", "Hej")];
    let more = [("com.tr", "tr", "Merhaba"), ("ae", "ar", "مرحبًا"), ("sa", "ar", "مرحبًا"), ("eg", "ar", "مرحبًا")];
    for (domain, lang, hello) in want.into_iter().chain(more) {
        let alias = format!("abc1234567890xyz@marketplace.amazon.{domain}");
        let ticket = Ticket::from_value(json!({
            "id": 8,
            "subject": format!("Inquiry from Amazon customer Kim Lee (Order: {ORDER})"),
            "requester": { "email": alias, "name": "Kim Lee - Amazon Marketplace" },
            "comments": [{ "author": { "email": alias, "role": "requester" }, "body_text": "?",
                           "created_at": "2026-01-15T08:00:00Z" }]
        }))
        .unwrap()
        .unwrap();
        let s = Sidebar::open(Lang::En, settings(), ticket, "2026-01-15T10:00:00Z");
        let c = composer(&s);
        assert_eq!(c.langs.iter().find(|c| c.selected).unwrap().value, lang, "amazon.{domain}");
        let greeting = c.text.lines().next().unwrap_or_default();
        assert!(greeting.starts_with(hello) && greeting.contains("Kim Lee"), "amazon.{domain}:\n{}", c.text);
        assert!(c.text.contains(ORDER) && c.text.contains("Beispiel GmbH"), "amazon.{domain}:\n{}", c.text);
    }
}

#[test]
fn a_question_before_the_purchase_starts_with_the_product_question() {
    let s = Sidebar::open(Lang::En, settings(), de_ticket(false, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    let c = composer(&s);
    assert_eq!(c.templates.iter().find(|c| c.selected).unwrap().value, "product_question");
    assert!(c.text.contains("[Ihre Antwort]"), "the agent writes the answer:\n{}", c.text);
    assert!(c.findings.findings.iter().any(|f| f.rule == "placeholder"), "{:?}", c.findings);
    assert!(c.findings.insertable, "a placeholder warns, it does not block");
}

#[test]
fn the_composer_starts_in_the_buyers_language_and_fills_in_the_order() {
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    let before = composer(&s);
    assert_eq!(before.langs.iter().find(|c| c.selected).unwrap().value, "de");
    assert_eq!(before.templates.iter().find(|c| c.selected).unwrap().label, "Where is my order?");
    assert_eq!(before.templates.len(), TemplateId::ALL.len());
    assert_eq!(before.langs.len(), Lang::REPLY.len());
    assert!(
        before.text.contains(ORDER) && before.text.contains("Jürgen Weber") && before.text.contains("Beispiel GmbH")
    );
    assert!(before.text.contains("[Sendungsnummer]"), "unknown until the order arrives:\n{}", before.text);

    s.answer(ok(order_json()));
    let after = composer(&s);
    for part in ["DHL", "00340434161234567890", "14. Januar 2026"] {
        assert!(after.text.contains(part), "{part} missing:\n{}", after.text);
    }
    assert!(after.insert.enabled);
    assert_eq!(after.findings.summary, "Meets Amazon's messaging rules.");
}

#[test]
fn switching_language_or_template_rewrites_the_reply() {
    let mut s = loaded(Lang::En);
    s.send(Event::SelectLang(Lang::En));
    assert!(composer(&s).text.starts_with("Hello Jürgen Weber,"), "{}", composer(&s).text);
    s.send(Event::SelectTemplate(TemplateId::InvoiceRequest));
    let c = composer(&s);
    assert_eq!(c.templates.iter().find(|c| c.selected).unwrap().value, "invoice_request");
    assert_eq!(TemplateId::from_name("invoice_request"), Some(TemplateId::InvoiceRequest));
}

#[test]
fn typing_an_email_address_blocks_insert_and_points_at_it() {
    let mut s = loaded(Lang::En);
    let text = "Hello, write to me at shop@example.com please.";
    s.send(Event::Edit(text.into()));
    let c = composer(&s);
    assert_eq!(c.text, text, "the agent's text is kept as typed");
    let f = c.findings.findings.iter().find(|f| f.severity == "block").expect("a blocking finding");
    assert_eq!(f.excerpt, "shop@example.com");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16(&utf16[f.start as usize..f.end as usize]).unwrap(), "shop@example.com");
    assert!(!c.insert.enabled, "Insert is disabled while a Block finding exists");
    assert!(!c.findings.insertable);
    assert_eq!(c.findings.summary, "Fix the problems marked in red before inserting the reply.");
    // Removing it allows Insert again.
    s.send(Event::Edit("Hello, your parcel is on its way with DHL.".into()));
    assert!(composer(&s).insert.enabled);
}

#[test]
fn the_agents_text_survives_the_order_arriving() {
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    let pending = s.effects.clone();
    s.send(Event::Edit("Mein eigener Text".into()));
    s.effects = pending;
    s.answer(ok(order_json()));
    assert_eq!(composer(&s).text, "Mein eigener Text");
}

#[test]
fn insert_hands_over_the_text_tags_and_fields() {
    let mut settings = settings();
    settings.tags = true;
    settings.field_map = FieldMap { order_id: Some("360001".into()), marketplace: Some("360002".into()), kind: None };
    let mut s = Sidebar::open(Lang::En, settings, de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    s.answer(ok(order_json()));
    s.send(Event::Edit("Your parcel is on its way.\nBest regards".into()));
    s.send(Event::ToggleImportant);
    let c = composer(&s);
    assert!(c.important);
    assert_eq!(c.text, "Your parcel is on its way.\nBest regards", "the marker is not in the field");
    let effects = without_drafts(s.send(c.insert.event.clone()));
    assert_eq!(
        effects,
        [
            Effect::InsertReply("[Important] Your parcel is on its way.\nBest regards".into()),
            Effect::AddTags(vec!["amazon".into(), "de".into(), "buyer_message".into()]),
            Effect::SetFields(vec![("360001".into(), ORDER.into()), ("360002".into(), "DE".into())]),
        ]
    );
}

#[test]
fn without_tag_or_field_settings_insert_only_inserts() {
    let mut s = loaded(Lang::En);
    let c = composer(&s);
    let effects = without_drafts(s.send(c.insert.event.clone()));
    assert!(
        matches!(effects.as_slice(), [Effect::InsertReply(text)] if text.starts_with("Guten Tag Jürgen Weber,")),
        "{effects:?}"
    );
}

// Outside strings -------------------------------------------------------------------------------

#[test]
fn hostile_strings_pass_through_verbatim_and_never_become_links() {
    let evil = "<script>alert(1)</script><img src=x onerror=alert(2)>\u{202e}gnp.exe javascript:alert(3)";
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    let mut order = order_json();
    order["items"][0]["title"] = json!(evil);
    order["packages"][0]["carrier"] = json!(evil);
    order["deliveryAddress"] = json!({"name": evil, "lines": [evil]});
    s.answer(ok(order));
    let v = s.view();
    let p = panel(&v);
    assert_eq!(p.items[0].title, evil);
    assert_eq!(p.packages[0][0].lines, [evil]);
    assert_eq!(p.address.lines, [evil, evil]);
    let h = v.header.unwrap();
    for link in [h.seller_central, h.no_response_needed].into_iter().flatten() {
        assert!(link.url.starts_with("https://"), "{}", link.url);
    }
    let long = "Ä".repeat(10_000);
    let mut order = order_json();
    order["items"][0]["title"] = json!(long);
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    s.answer(ok(order));
    assert_eq!(panel(&s.view()).items[0].title, long);
}

#[test]
fn every_state_in_every_language_has_no_unfilled_placeholder() {
    for lang in Lang::UI {
        for v in [loaded(lang).view(), {
            let mut s =
                Sidebar::open(lang, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
            s.answer(problem(ProblemCode::RateLimited));
            s.view()
        }] {
            let debug = format!("{v:?}");
            for key in ["{time}", "{seconds}", "{code}", "{status}", "{order_id}", "{buyer_name}"] {
                assert!(!debug.contains(key), "{lang:?}: {key} left in {debug}");
            }
        }
    }
}

#[test]
fn kind_tags_are_the_kinds_wire_names_and_take_no_spaces() {
    let kinds = crate::core::detect::Kind::ALL;
    let names: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
    for (i, (kind, name)) in kinds.iter().zip(&names).enumerate() {
        assert_eq!(json!(name), serde_json::to_value(kind).unwrap());
        assert!(name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{name}");
        assert!(!names[i + 1..].contains(name), "{name} twice");
    }
}

#[test]
fn clock_text_over_days() {
    let s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T08:00:00Z");
    let mut s = s;
    s.now += TimeDelta::days(3);
    assert_eq!(clock(&s).text, "Overdue by 2 d");
}

// Host calls that fail ---------------------------------------------------------------------------

fn host_errors(s: &Sidebar) -> Vec<(&'static str, String, String)> {
    composer(s).host_errors.into_iter().map(|e| (e.call, e.message, e.detail)).collect()
}

#[test]
fn a_host_that_cannot_insert_tells_the_agent_next_to_insert() {
    let mut settings = settings();
    settings.tags = true;
    settings.field_map = FieldMap { order_id: Some("360001".into()), marketplace: None, kind: None };
    let mut s = Sidebar::open(Lang::En, settings, de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    s.answer(ok(order_json()));
    assert!(host_errors(&s).is_empty());
    s.send(composer(&s).insert.event.clone());
    let generation = s.state.generation;
    for (call, message) in [
        (HostCall::InsertReply, "no reply box on this page"),
        (HostCall::AddTags, "tags are read-only"),
        (HostCall::SetFields, ""),
    ] {
        assert!(s.send(Event::HostFailed { call, message: message.into(), generation }).is_empty());
    }
    let errors = host_errors(&s);
    assert_eq!(
        errors,
        [
            ("insert", t(Lang::En, Text::HostInsertFailed).to_string(), "no reply box on this page".to_string()),
            ("tags", t(Lang::En, Text::HostTagsFailed).to_string(), "tags are read-only".to_string()),
            ("fields", t(Lang::En, Text::HostFieldsFailed).to_string(), String::new()),
        ]
    );
    assert!(errors[0].1.starts_with("The reply was not inserted"), "{}", errors[0].1);
    // The same failure again is one line, not two.
    s.send(Event::HostFailed { call: HostCall::InsertReply, message: "still no box".into(), generation });
    assert_eq!(host_errors(&s).len(), 3);
    assert_eq!(host_errors(&s)[0].2, "still no box");
    // Inserting again starts over.
    s.send(composer(&s).insert.event.clone());
    assert!(host_errors(&s).is_empty());
}

#[test]
fn a_host_failure_for_an_earlier_ticket_is_dropped_and_long_reasons_are_shortened() {
    let mut s = loaded(Lang::De);
    let earlier = s.state.generation;
    s.send(Event::TicketChanged(Ok(Some(de_ticket(true, "2026-01-15T09:00:00Z")))));
    s.send(Event::HostFailed { call: HostCall::InsertReply, message: "late".into(), generation: earlier });
    assert!(host_errors(&s).is_empty());
    let long = "ü".repeat(5000);
    let generation = s.state.generation;
    s.send(Event::HostFailed { call: HostCall::InsertReply, message: long, generation });
    let errors = host_errors(&s);
    assert_eq!(errors[0].1, t(Lang::De, Text::HostInsertFailed));
    assert!(errors[0].2.chars().count() <= 201 && errors[0].2.ends_with('…'), "{}", errors[0].2.len());
}

// The sidebar itself failed -----------------------------------------------------------------------

#[test]
fn the_failure_notice_says_what_happened_and_what_to_do_in_the_agents_language() {
    let v = failed(Lang::En, Some("4711"));
    assert_eq!(v.state, ViewState::Failed);
    assert_eq!(v.state.as_str(), "failed");
    assert!(v.header.is_none() && v.composer.is_none());
    match &v.body {
        Body::Warning { title, reason, detail } => {
            assert_eq!(title, "orderlens failed on this ticket.");
            assert!(reason.contains("Reload the app or open the ticket again"), "{reason}");
            assert!(reason.contains("ticket ID"), "{reason}");
            assert_eq!(detail.as_deref(), Some("Ticket ID: 4711"));
        }
        other => panic!("expected a warning, got {other:?}"),
    }
    assert!(matches!(failed(Lang::Ja, None).body, Body::Warning { detail: None, .. }));
    for lang in Lang::ALL {
        let debug = format!("{:?}", failed(lang, Some("1")));
        assert!(!debug.contains("{id}"), "{lang:?}: {debug}");
    }
}

// issue 10: messaging actions, related tickets, health, drafts
mod ops;
