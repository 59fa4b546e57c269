//! Issue 10's agent jobs beside the reply: Amazon's messaging actions (the send state machine,
//! double clicks, limits, refusals), the health line, drafts and related tickets.

use super::*;
use crate::core::host::RelatedQuery;

fn actions_json(may_send: bool) -> serde_json::Value {
    json!({
        "orderId": ORDER, "marketplace": "DE", "maySend": may_send,
        "actions": [
            { "name": "confirmDeliveryDetails", "maxTextLength": 2000, "sendable": true },
            { "name": "unexpectedProblem", "maxTextLength": 2000, "sendable": true },
            { "name": "digitalAccessKey", "maxTextLength": 400, "sendable": true },
            { "name": "invoice", "sendable": false }
        ]
    })
}

/// A German order with its actions loaded (UI in `lang`).
fn with_actions(lang: Lang, may_send: bool) -> Sidebar {
    let mut s = loaded(lang);
    let (purpose, request) = s.request();
    assert_eq!(purpose, Purpose::MessagingActions { generation: 1 });
    assert_eq!(request.path, format!("/v1/orders/{ORDER}/messaging-actions?marketplace=DE"));
    s.answer(ok(actions_json(may_send)));
    s
}

fn actions(s: &Sidebar) -> AmazonActionsView {
    s.view().amazon_actions.expect("the messaging actions block")
}

fn action_composer(s: &Sidebar) -> ActionComposerView {
    actions(s).composer.expect("an open action composer")
}

fn step(s: &mut Sidebar, e: ActionEvent) -> Vec<Effect> {
    without_drafts(s.send(Event::Action(e)))
}

/// Opens `name` and answers its buyer-locale request with `locale`.
fn open_action(s: &mut Sidebar, name: &str, locale: &str) {
    let effects = step(s, ActionEvent::Open(name.into()));
    let [Effect::Request { purpose, request }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(request.path, format!("/v1/orders/{ORDER}/messaging-attributes?marketplace=DE"));
    let purpose = purpose.clone();
    s.send(Event::Answer { purpose, result: ok(json!({"orderId": ORDER, "marketplace": "DE", "locale": locale})) });
}

fn sent(status: u16) -> Result<ProxyResponse, String> {
    Ok(ProxyResponse { status, body: json!({"orderId": ORDER, "sent": true}).to_string() })
}

#[test]
fn the_actions_amazon_allows_are_listed_once_the_order_is_there() {
    let s = with_actions(Lang::En, true);
    let a = actions(&s);
    assert_eq!(a.title, "Messages through Amazon");
    assert_eq!(a.note, None);
    let names: Vec<&str> = a.actions.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["confirmDeliveryDetails", "unexpectedProblem", "digitalAccessKey", "invoice"]);
    assert_eq!(a.actions[0].open.label, "Confirm delivery details");
    assert!(a.actions[..3].iter().all(|a| a.open.enabled && a.why_disabled.is_none()));
    let invoice = &a.actions[3];
    assert!(!invoice.open.enabled);
    assert_eq!(invoice.why_disabled.as_deref(), Some("Needs an attachment: send it from Seller Central."));
    assert!(a.composer.is_none());
}

#[test]
fn a_text_action_is_written_in_the_buyers_language_confirmed_once_and_sent_once() {
    let mut s = with_actions(Lang::En, true);
    open_action(&mut s, "unexpectedProblem", "fr-FR");
    let c = action_composer(&s);
    assert_eq!((c.phase, c.title.as_str()), ("editing", "Unexpected problem"));
    assert_eq!(c.lang_note, "Write in the buyer's language: Français.");
    assert_eq!(c.counter, "0 / 2000 characters");
    assert!(!c.send.as_ref().unwrap().enabled, "nothing to send yet");
    assert!(step(&mut s, ActionEvent::Send).is_empty());
    assert_eq!(action_composer(&s).phase, "editing", "an empty text is not offered for sending");

    let text = "Bonjour, votre colis a été retardé par le transporteur.";
    step(&mut s, ActionEvent::Edit(text.into()));
    let c = action_composer(&s);
    assert_eq!(c.counter, format!("{} / 2000 characters", text.chars().count()));
    assert!(c.send.as_ref().unwrap().enabled);
    assert!(actions(&s).actions[1].selected);

    // Send asks first; a second click (a double click) lands on Cancel's place, and changes nothing.
    assert!(step(&mut s, ActionEvent::Send).is_empty());
    assert!(step(&mut s, ActionEvent::Send).is_empty());
    let c = action_composer(&s);
    assert_eq!(c.phase, "confirming");
    assert!(c.send.is_none() && !c.editable);
    let confirm = c.confirm.unwrap();
    assert_eq!(confirm.cancel.event, Event::Action(ActionEvent::Cancel));
    assert_eq!(confirm.confirm.label, "Yes, send");

    let effects = step(&mut s, ActionEvent::Confirm);
    let [Effect::Request { purpose, request }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(
        (request.method, request.path.as_str()),
        ("POST", format!("/v1/orders/{ORDER}/messages/unexpectedProblem?marketplace=DE").as_str())
    );
    assert_eq!(request.body.as_deref(), Some(json!({ "text": text }).to_string().as_str()));
    let purpose = purpose.clone();
    // Double clicks on Confirm, and Close, while the send is on its way: nothing happens.
    assert!(step(&mut s, ActionEvent::Confirm).is_empty());
    assert!(step(&mut s, ActionEvent::Send).is_empty());
    step(&mut s, ActionEvent::Close);
    step(&mut s, ActionEvent::Edit("changed".into()));
    let c = action_composer(&s);
    assert_eq!((c.phase, c.status.as_deref(), c.text.as_str()), ("sending", Some("Sending…"), text));

    s.send(Event::Answer { purpose, result: sent(201) });
    let c = action_composer(&s);
    assert_eq!(c.phase, "sent");
    assert!(!c.compose, "nothing left to write once Amazon took it");
    assert_eq!(
        c.status.as_deref(),
        Some("Amazon accepted the message. It appears in Buyer-Seller Messages in Seller Central.")
    );
    assert!(step(&mut s, ActionEvent::Confirm).is_empty(), "a sent message is never sent again");
    step(&mut s, ActionEvent::Close);
    assert!(actions(&s).composer.is_none());
}

#[test]
fn cancel_goes_back_to_the_text() {
    let mut s = with_actions(Lang::De, true);
    open_action(&mut s, "confirmDeliveryDetails", "de-DE");
    step(&mut s, ActionEvent::Edit("Ihre Lieferung kommt am Montag.".into()));
    step(&mut s, ActionEvent::Send);
    assert_eq!(action_composer(&s).confirm.unwrap().question, t(Lang::De, Text::ActionConfirmQuestion));
    step(&mut s, ActionEvent::Cancel);
    let c = action_composer(&s);
    assert_eq!((c.phase, c.editable), ("editing", true));
    assert_eq!(c.lang_note, "Schreiben Sie in der Sprache des Käufers: Deutsch.");
    assert!(step(&mut s, ActionEvent::Confirm).is_empty(), "Confirm needs the question first");
}

#[test]
fn the_limit_and_the_compliance_check_hold_the_send_back() {
    let mut s = with_actions(Lang::En, true);
    open_action(&mut s, "digitalAccessKey", "en-GB");
    step(&mut s, ActionEvent::Edit("k".repeat(401)));
    let c = action_composer(&s);
    assert!(c.over_limit);
    assert_eq!(c.too_long.as_deref(), Some("Too long for Amazon: at most 400 characters. Shorten the text."));
    assert!(!c.send.unwrap().enabled);
    step(&mut s, ActionEvent::Send);
    assert_eq!(action_composer(&s).phase, "editing");
    // 400 characters of any script are fine: the limit counts characters, not bytes.
    step(&mut s, ActionEvent::Edit("é".repeat(400)));
    assert!(action_composer(&s).send.unwrap().enabled);

    step(&mut s, ActionEvent::Edit("Your key: ABC-123. Questions? Write to joe@example.com".into()));
    let c = action_composer(&s);
    assert!(c.findings.findings.iter().any(|f| f.severity == "block"), "{:?}", c.findings);
    assert!(!c.send.unwrap().enabled);
    step(&mut s, ActionEvent::Send);
    assert_eq!(action_composer(&s).phase, "editing", "the proxy would refuse it: not offered");
}

#[test]
fn amazons_refusals_are_shown_and_the_text_is_kept() {
    let mut s = with_actions(Lang::En, true);
    open_action(&mut s, "confirmDeliveryDetails", "en-GB");
    step(&mut s, ActionEvent::Edit("Your parcel arrives on Monday.".into()));
    step(&mut s, ActionEvent::Send);
    let effects = step(&mut s, ActionEvent::Confirm);
    let [Effect::Request { purpose, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    s.send(Event::Answer { purpose: purpose.clone(), result: problem(ProblemCode::MessageMaybeSent) });
    let c = action_composer(&s);
    assert_eq!(c.phase, "failed");
    assert_eq!(c.status.as_deref(), Some(t(Lang::En, Text::ProblemMessageMaybeSent)));
    assert_eq!(c.text, "Your parcel arrives on Monday.");
    // Trying again asks again; the proxy answers the duplicate problem, shown the same way.
    step(&mut s, ActionEvent::Send);
    let effects = step(&mut s, ActionEvent::Confirm);
    let [Effect::Request { purpose, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    s.send(Event::Answer { purpose: purpose.clone(), result: problem(ProblemCode::MessageDuplicate) });
    assert_eq!(action_composer(&s).status.as_deref(), Some(t(Lang::En, Text::ProblemMessageDuplicate)));
    assert_ne!(t(Lang::En, Text::ProblemMessageMaybeSent), t(Lang::En, Text::ProblemMessageDuplicate));
}

#[test]
fn a_token_that_may_not_send_sees_the_actions_greyed_with_why() {
    let mut s = with_actions(Lang::En, false);
    let a = actions(&s);
    assert_eq!(a.note.as_deref(), Some(t(Lang::En, Text::AmazonActionsNoSend)));
    assert!(a.note.unwrap().contains("send = true"));
    assert!(a.actions.iter().all(|a| !a.open.enabled));
    assert!(step(&mut s, ActionEvent::Open("unexpectedProblem".into())).is_empty());
    assert!(actions(&s).composer.is_none());
}

#[test]
fn no_actions_or_a_failed_list_say_so() {
    let mut s = loaded(Lang::En);
    s.answer(ok(json!({"orderId": ORDER, "marketplace": "DE", "actions": []})));
    assert_eq!(actions(&s).note.as_deref(), Some(t(Lang::En, Text::AmazonActionsNone)));
    let mut s = loaded(Lang::En);
    s.answer(problem(ProblemCode::UpstreamTimeout));
    let a = actions(&s);
    assert!(a.actions.is_empty());
    assert!(a.note.unwrap().starts_with("Amazon did not answer"), "the problem's own sentence");
    // A name this build does not know yet is listed as Amazon wrote it, and never opened.
    let mut s = loaded(Lang::En);
    s.answer(ok(json!({"orderId": ORDER, "marketplace": "DE",
        "actions": [{"name": "somethingNew", "sendable": false}]})));
    assert_eq!(actions(&s).actions[0].open.label, "somethingNew");
}

// Health ---------------------------------------------------------------------------------------

fn health_line(s: &Sidebar) -> HealthView {
    match s.view().body {
        Body::Health(h) => h,
        other => panic!("expected the health line, got {other:?}"),
    }
}

fn failed_with(p: Problem) -> Sidebar {
    failed_in(Lang::En, p)
}

fn failed_in(lang: Lang, p: Problem) -> Sidebar {
    let mut s = Sidebar::open(lang, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    s.answer(Ok(ProxyResponse { status: p.code.status(), body: serde_json::to_string(&p).unwrap() }));
    s
}

#[test]
fn an_account_that_cannot_reach_amazon_gets_one_line_with_what_to_do() {
    let s = failed_with(Problem::new(ProblemCode::UpstreamUnauthorized, "Login with Amazon refused …"));
    let h = health_line(&s);
    assert_eq!(h.code, "upstream_unauthorized");
    assert!(h.text.starts_with("The seller account for amazon.de (DE) cannot reach Amazon"), "{}", h.text);
    assert!(h.text.contains("re-authorise it on the proxy's setup page"), "{}", h.text);
    assert_eq!(h.retry.event, Event::Retry);
    assert_eq!(s.view().state, ViewState::Error);

    let h = health_line(&failed_with(Problem::new(ProblemCode::UpstreamForbidden, "403")));
    assert_eq!(h.code, "upstream_forbidden");
    let long = Problem::new(ProblemCode::UpstreamRateLimited, "429").with_retry_after(600);
    let h = health_line(&failed_with(long));
    assert!(h.text.contains("about 10 min"), "{}", h.text);
    let de = failed_in(Lang::De, Problem::new(ProblemCode::UpstreamUnauthorized, ""));
    assert!(health_line(&de).text.starts_with("Das Verkäuferkonto für amazon.de (DE)"));
}

#[test]
fn a_short_wait_or_a_missing_order_stays_an_ordinary_error() {
    let short = failed_with(Problem::new(ProblemCode::RateLimited, "wait").with_retry_after(7));
    assert!(error_message(&short.view()).contains("7"));
    let missing = failed_with(Problem::new(ProblemCode::OrderNotFound, "no"));
    assert!(matches!(missing.view().body, Body::Error(_)));
    // The detail's wording is never read: a "refused" detail under another code is no health line.
    let worded = failed_with(Problem::new(ProblemCode::UpstreamRejected, "credentials refused, re-authorise"));
    assert!(matches!(worded.view().body, Body::Error(_)));
}

// Drafts ---------------------------------------------------------------------------------------

fn saved(effects: &[Effect]) -> Option<Option<String>> {
    effects.iter().find_map(|e| match e {
        Effect::SaveDraft { key, draft } => {
            assert_eq!(key, "draft:7");
            Some(draft.clone())
        }
        _ => None,
    })
}

fn other_ticket() -> Ticket {
    let mut t = de_ticket(true, "2026-01-15T08:30:00Z");
    t.id = "8".into();
    t
}

#[test]
fn typed_text_is_saved_and_comes_back_after_switching_tickets() {
    let mut s = loaded(Lang::En);
    let draft = saved(s.send(Event::Edit("Mein eigener Text".into()))).expect("saved on typing").unwrap();
    s.send(Event::ToggleImportant);
    let draft_important = saved(&s.effects).expect("the marker is part of it").unwrap();
    assert_ne!(draft, draft_important);

    let effects = s.send(Event::TicketChanged(Ok(Some(other_ticket())))).to_vec();
    assert!(effects.contains(&Effect::LoadDraft { generation: 2, key: "draft:8".into() }), "{effects:?}");
    assert!(saved(&effects).is_none(), "switching saves nothing over the other ticket's draft");
    let effects = s.send(Event::TicketChanged(Ok(Some(de_ticket(true, "2026-01-15T08:00:00Z"))))).to_vec();
    assert!(effects.contains(&Effect::LoadDraft { generation: 3, key: "draft:7".into() }), "{effects:?}");
    assert_ne!(composer(&s).text, "Mein eigener Text");
    // An answer meant for an earlier opening is dropped.
    s.send(Event::DraftLoaded { generation: 2, draft: Some(draft_important.clone()) });
    assert_ne!(composer(&s).text, "Mein eigener Text");
    s.send(Event::DraftLoaded { generation: 3, draft: Some(draft_important) });
    let c = composer(&s);
    assert_eq!((c.text.as_str(), c.important), ("Mein eigener Text", true));
}

#[test]
fn a_draft_never_overwrites_new_typing_and_junk_is_ignored() {
    let mut s = loaded(Lang::En);
    s.send(Event::Edit("typed after the reload".into()));
    let old = serde_json::to_string(&drafts::Draft { reply: Some("older".into()), ..Default::default() }).unwrap();
    s.send(Event::DraftLoaded { generation: 1, draft: Some(old) });
    assert_eq!(composer(&s).text, "typed after the reload");
    for junk in ["", "null", "[1]", "{\"reply\": 5}", "{\"action\": [\"x\"]}"] {
        let mut s = loaded(Lang::En);
        let before = composer(&s).text;
        s.send(Event::DraftLoaded { generation: 1, draft: Some(junk.into()) });
        assert_eq!(composer(&s).text, before, "{junk}");
    }
}

#[test]
fn insert_and_send_clear_the_draft() {
    let mut s = loaded(Lang::En);
    s.send(Event::Edit("Your parcel is on its way.".into()));
    let insert = composer(&s).insert.event;
    assert_eq!(saved(s.send(insert)), Some(None), "inserted: the draft is forgotten");
    assert!(saved(s.send(Event::ToggleImportant)).is_none(), "nothing to keep until the agent types again");

    let mut s = with_actions(Lang::En, true);
    open_action(&mut s, "confirmDeliveryDetails", "en-GB");
    let kept = saved(s.send(Event::Action(ActionEvent::Edit("Arrives Monday.".into())))).unwrap().unwrap();
    assert!(kept.contains("confirmDeliveryDetails") && kept.contains("Arrives Monday."), "{kept}");
    step(&mut s, ActionEvent::Send);
    // Once it is on its way it is no draft: a reload must not offer the same text again.
    let effects = s.send(Event::Action(ActionEvent::Confirm)).to_vec();
    assert_eq!(saved(&effects), Some(None), "sending: the draft is forgotten");
    let [Effect::Request { purpose, .. }, ..] = effects.as_slice() else { panic!("{effects:?}") };
    let purpose = purpose.clone();
    assert!(saved(s.send(Event::Answer { purpose, result: sent(201) })).is_none());
}

#[test]
fn an_action_draft_reopens_its_composer_once_amazon_allows_the_action() {
    let action = serde_json::to_string(&drafts::Draft {
        action: Some(("unexpectedProblem".into(), "Sorry, one item is damaged.".into())),
        ..Default::default()
    })
    .unwrap();
    let mut s = Sidebar::open(Lang::En, settings(), de_ticket(true, "2026-01-15T08:00:00Z"), "2026-01-15T10:00:00Z");
    let (order, _) = s.request();
    let effects = s.send(Event::DraftLoaded { generation: 1, draft: Some(action) }).to_vec();
    let attributes = effects.iter().find_map(|e| match e {
        Effect::Request { purpose: p @ Purpose::MessagingAttributes { .. }, .. } => Some(p.clone()),
        _ => None,
    });
    s.send(Event::Answer { purpose: order, result: ok(order_json()) });
    s.answer(ok(actions_json(true)));
    s.send(Event::Answer {
        purpose: attributes.expect("the buyer's locale is asked for"),
        result: ok(json!({"orderId": ORDER, "marketplace": "DE", "locale": "de-DE"})),
    });
    let c = action_composer(&s);
    assert_eq!(
        (c.action.as_str(), c.text.as_str(), c.phase),
        ("unexpectedProblem", "Sorry, one item is damaged.", "editing")
    );
}

// Related tickets ------------------------------------------------------------------------------

fn open_related(ticket: Ticket) -> Sidebar {
    let mut state = State::new(Lang::En, settings());
    state.host_has_related = true;
    let effects = update(&mut state, Event::TicketChanged(Ok(Some(ticket))));
    Sidebar { state, now: at("2026-01-15T10:00:00Z"), effects }
}

fn related_query(s: &Sidebar) -> (u64, RelatedQuery) {
    s.effects
        .iter()
        .find_map(|e| match e {
            Effect::RelatedTickets { generation, query } => Some((*generation, query.clone())),
            _ => None,
        })
        .expect("a relatedTickets call")
}

#[test]
fn other_tickets_about_the_order_are_links_newest_first() {
    let mut s = open_related(de_ticket(true, "2026-01-15T08:00:00Z"));
    let (generation, query) = related_query(&s);
    assert_eq!(query, RelatedQuery { ticket_id: "7".into(), order_id: Some(ORDER.into()), alias: None });
    assert_eq!(s.view().related.unwrap().note.as_deref(), Some(t(Lang::En, Text::Loading)));
    let answer = json!([
        {"id": 3, "subject": "Where is it?", "url": "https://acme.zendesk.com/agent/tickets/3", "created_at": "2026-01-11T09:00:00Z", "status": "solved"},
        {"id": 7, "subject": "This one", "url": "https://acme.zendesk.com/agent/tickets/7"},
        {"id": 5, "subject": "Return", "url": "https://acme.zendesk.com/agent/tickets/5", "created_at": "2026-01-13T09:00:00Z"},
        {"id": 6, "subject": "Evil", "url": "javascript:alert(1)", "created_at": "2026-01-12T09:00:00Z"}
    ]);
    s.send(Event::Related { generation, result: Ok(answer.to_string()) });
    let r = s.view().related.unwrap();
    assert_eq!(r.title, "Other tickets about this order");
    let ids: Vec<&str> = r.tickets.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["5", "6", "3"], "newest first, the open one left out");
    assert_eq!(r.tickets[0].link.as_ref().unwrap().url, "https://acme.zendesk.com/agent/tickets/5");
    assert_eq!(r.tickets[0].subject, "#5 · Return");
    assert!(r.tickets[1].link.is_none(), "only http(s) becomes a link");
    assert_eq!(r.tickets[2].details, ["11 Jan 2026", "solved"]);
}

#[test]
fn a_presale_question_looks_by_alias_and_failures_or_none_say_so() {
    let mut s = open_related(de_ticket(false, "2026-01-15T08:00:00Z"));
    let (generation, query) = related_query(&s);
    assert_eq!((query.order_id, query.alias.as_deref()), (None, Some(ALIAS)));
    s.send(Event::Related { generation, result: Ok("[]".into()) });
    let r = s.view().related.unwrap();
    assert_eq!(
        (r.title.as_str(), r.note.as_deref()),
        ("Other tickets from this buyer", Some("No other tickets found."))
    );
    s.send(Event::Related { generation, result: Err("search API said 500\n at stack…".into()) });
    let note = s.view().related.unwrap().note.unwrap();
    assert!(note.starts_with("The helpdesk could not search") && !note.contains("stack"), "{note}");
    // An answer for an earlier ticket does not land here.
    s.send(Event::Related { generation: generation + 9, result: Ok("[{\"id\": 1}]".into()) });
    assert!(s.view().related.unwrap().tickets.is_empty());
}

#[test]
fn hosts_without_related_tickets_have_no_block() {
    let s = loaded(Lang::En);
    assert!(!s.effects.iter().any(|e| matches!(e, Effect::RelatedTickets { .. })));
    assert!(s.view().related.is_none());
}

// The invoice ---------------------------------------------------------------------------------

fn with_invoice() -> Sidebar {
    let mut s = loaded(Lang::En);
    let mut actions = actions_json(true);
    actions["actions"][3]["sendable"] = json!(true);
    s.answer(ok(actions));
    open_action(&mut s, "invoice", "de-DE");
    s
}

#[test]
fn an_invoice_is_a_chosen_pdf_read_then_confirmed_and_sent_once() {
    let mut s = with_invoice();
    let c = action_composer(&s);
    let picker = c.file.expect("a file picker, no text");
    assert_eq!(picker.why, "Amazon sends an invoice as one PDF file of at most 10 MB.");
    assert!(!c.send.unwrap().enabled, "no file yet");
    // Not a PDF by its name, or too large: not even read.
    assert!(step(&mut s, ActionEvent::PickFile { name: "invoice.docx".into(), size: 1000 }).is_empty());
    assert_eq!(action_composer(&s).file.unwrap().problem.as_deref(), Some(t(Lang::En, Text::ActionInvoiceNotPdf)));
    assert!(step(&mut s, ActionEvent::PickFile { name: "big.pdf".into(), size: 12_000_000 }).is_empty());
    assert_eq!(action_composer(&s).file.unwrap().problem.as_deref(), Some(t(Lang::En, Text::ActionInvoiceTooLarge)));
    // A .pdf whose bytes are no PDF.
    assert_eq!(step(&mut s, ActionEvent::PickFile { name: "fake.pdf".into(), size: 10 }), [Effect::ReadFile]);
    step(&mut s, ActionEvent::FileRead("TVqQAAMAAAAEAAAA".into()));
    assert!(action_composer(&s).file.unwrap().problem.is_some());

    assert_eq!(
        step(&mut s, ActionEvent::PickFile { name: "Rechnung-1002.pdf".into(), size: 1_234_567 }),
        [Effect::ReadFile]
    );
    assert!(!action_composer(&s).send.unwrap().enabled, "not read yet");
    step(&mut s, ActionEvent::FileRead("JVBERi0xLjcKJeLjz9M=".into()));
    let c = action_composer(&s);
    assert_eq!(c.file.unwrap().chosen.as_deref(), Some("Rechnung-1002.pdf (1.3 MB)"));
    assert!(c.send.unwrap().enabled);
    step(&mut s, ActionEvent::Send);
    let effects = step(&mut s, ActionEvent::Confirm);
    let [Effect::Request { purpose, request }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(request.path, format!("/v1/orders/{ORDER}/invoice?marketplace=DE"));
    assert!(request.body.as_deref().unwrap().contains("\"contentBase64\":\"JVBERi0xLjcKJeLjz9M=\""));
    let purpose = purpose.clone();
    assert!(step(&mut s, ActionEvent::Confirm).is_empty(), "once");
    assert!(step(&mut s, ActionEvent::PickFile { name: "other.pdf".into(), size: 5 }).is_empty(), "not while sending");
    s.send(Event::Answer { purpose, result: sent(201) });
    assert_eq!(action_composer(&s).phase, "sent");
}

#[test]
fn amazons_buyer_locale_also_starts_the_reply_in_it_where_the_buyers_words_did_not_tell() {
    let mut s = with_actions(Lang::En, true);
    let before = s.view().composer.expect("a composer");
    // "Hallo, wo bleibt meine Bestellung?" is too short to tell: amazon.de's German stands in.
    assert_eq!((before.text_lang, before.lang_source), (Lang::De, "marketplace"));
    open_action(&mut s, "unexpectedProblem", "fr-FR");
    let after = s.view().composer.expect("a composer");
    assert_eq!((after.text_lang, after.lang_source), (Lang::Fr, "buyer-locale"));
}

// The first panel (issue 12) -------------------------------------------------------------------

#[test]
fn the_first_panel_is_the_sidebar_above_the_reply_and_the_rest_comes_whole() {
    let mut s = open_related(de_ticket(true, "2026-01-15T08:00:00Z"));
    let (generation, _) = related_query(&s);
    let (order, _) = s.request();
    let related = json!([{"id": 3, "subject": "Where is it?", "url": "https://acme.zendesk.com/agent/tickets/3"}]);
    s.send(Event::Related { generation, result: Ok(related.to_string()) });
    s.send(Event::Answer { purpose: order, result: ok(order_json()) });
    s.answer(ok(actions_json(true)));
    let whole = s.view();
    let first = first_view(&s.state, s.now, &zones());
    assert!(whole.composer.is_some() && whole.related.is_some() && whole.amazon_actions.is_some());
    // What the agent sees first is exactly the whole sidebar's top: header, case block, panel.
    assert_eq!(
        (first.state, &first.header, &first.case, &first.body),
        (whole.state, &whole.header, &whole.case, &whole.body)
    );
    assert_eq!((first.lang, &first.pack_notice), (whole.lang, &whole.pack_notice));
    assert_eq!((first.composer, first.related, first.amazon_actions), (None, None, None));
}
