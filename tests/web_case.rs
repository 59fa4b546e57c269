//! The case block in a real browser: every demo ticket (one per kind of Amazon mail) draws its
//! `data-ol="case"` block above the body, with the kind, the situation and next step in the UI
//! language, the page's Seller Central link, and the notice's facts as inert text.
#![cfg(target_arch = "wasm32")]

use js_sys::Array;
use orderlens::i18n::{t, Text};
use orderlens::lang::Lang;
use serde_json::{json, Value};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

mod web_support;

use web_support::{js, until};

wasm_bindgen_test_configure!(run_in_browser);

const TICKETS: &str = include_str!("../www/demo/tickets.json");

/// A host that has the ticket and answers every proxy request with 404 (the case block does not
/// wait for the order).
const HOST: &str = r#"
return {
  ticket: () => Promise.resolve(ticket),
  onTicketChanged: () => {},
  insertReply: () => Promise.resolve(), setFields: () => Promise.resolve(), addTags: () => Promise.resolve(),
  resize: () => {}, openUrl: () => {}, locale: () => locale,
  settings: () => ({ proxyConfigured: true }),
  request: () => Promise.resolve({ status: 404, body: "{}" }),
};
"#;

fn mount(ticket: &Value, locale: &str) -> HtmlElement {
    let parsed = js_sys::JSON::parse(&ticket.to_string()).unwrap();
    let host = js("ticket, locale", HOST).apply(&JsValue::NULL, &Array::of2(&parsed, &locale.into())).unwrap();
    let doc = web_sys::window().unwrap().document().unwrap();
    let container: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&container).unwrap();
    orderlens::web::mount(container.clone(), host).expect("mount");
    container
}

fn q(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn demo_ticket(id: &str) -> Value {
    let doc: Value = serde_json::from_str(TICKETS).unwrap();
    let mut ticket = doc["tickets"].as_array().unwrap().iter().find(|t| t["id"] == id).unwrap().clone();
    for c in ticket["comments"].as_array_mut().unwrap() {
        c["created_at"] = json!("2026-01-01T00:00:00Z");
    }
    ticket
}

/// The case block, once the sidebar is whole (a first order panel goes up alone, `aria-busy`).
async fn case_block(root: &Element) -> Element {
    let whole = || q(root, "[data-ol=root]").is_some_and(|r| !r.has_attribute("aria-busy"));
    until("the case block", || q(root, "[data-ol=case]").is_some() && whole()).await;
    q(root, "[data-ol=case]").unwrap()
}

#[wasm_bindgen_test]
async fn every_demo_kind_draws_its_case_block_in_the_ui_language() {
    // (demo ticket, kind, situation, next step, data-page)
    let cases = [
        ("1001", "buyer_message", Text::CaseBuyerAsks, Text::NextReply, Some("order")),
        ("1004", "return_request", Text::CaseReturnRequested, Text::NextAuthoriseReturn, Some("returns")),
        ("1005", "refund_notification", Text::CaseRefunded, Text::NextNothingToReply, Some("order")),
        ("1006", "buyer_message", Text::CasePresale, Text::NextAnswerQuestion, None),
        ("1009", "atoz_claim", Text::CaseClaimReceived, Text::NextRespondToClaim, Some("atoz-claims")),
        (
            "1010",
            "delivery_failure",
            Text::CaseMessageNotDelivered,
            Text::NextApproveSender,
            Some("messaging-permissions"),
        ),
        ("1011", "chargeback", Text::CaseChargeback, Text::NextRespondToChargeback, Some("chargebacks")),
        ("1012", "negative_feedback", Text::CaseNegativeFeedback, Text::NextResolveFeedback, Some("feedback-manager")),
        ("1013", "cancellation_request", Text::CaseCancellationRequested, Text::NextCancelOrder, Some("order")),
        ("1014", "message_copy", Text::CaseMessageCopy, Text::NextNothingToReply, Some("order")),
        ("1015", "order_confirmation", Text::CaseOrderPlaced, Text::NextShip, Some("order")),
    ];
    for (locale, lang) in [("en-US", Lang::En), ("fr-FR", Lang::Fr), ("ja-JP", Lang::Ja)] {
        for (id, kind, what, next, page) in cases {
            let root = mount(&demo_ticket(id), locale);
            let case = case_block(&root).await;
            assert_eq!(case.get_attribute("data-kind").as_deref(), Some(kind), "ticket {id}");
            assert_eq!(case.has_attribute("data-presale"), what == Text::CasePresale, "ticket {id}");
            let text_of = |sel: &str| q(&case, sel).and_then(|e| e.text_content()).unwrap_or_default();
            assert_eq!(text_of("[data-ol=case-what]"), t(lang, what), "ticket {id} {locale}");
            assert_eq!(text_of("[data-ol=case-next]"), t(lang, next), "ticket {id} {locale}");
            let link = q(&case, "[data-ol=case-link]");
            assert_eq!(link.as_ref().and_then(|l| l.get_attribute("data-page")).as_deref(), page, "ticket {id}");
            if let Some(link) = link {
                let href = link.get_attribute("href").unwrap();
                assert!(href.starts_with("https://sellercentral"), "ticket {id}: {href}");
                assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
            }
            // Above the body: the case block comes right after the header.
            let body = q(&root, ".ol-body").expect("the body");
            assert!(
                case.compare_document_position(&body) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING != 0,
                "ticket {id}"
            );
            root.remove();
        }
    }
}

#[wasm_bindgen_test]
async fn the_claim_shows_its_amount_and_an_overdue_deadline() {
    let root = mount(&demo_ticket("1009"), "en-US");
    let case = case_block(&root).await;
    let facts = q(&case, "[data-ol=case-facts]").expect("facts").text_content().unwrap();
    assert!(facts.contains(t(Lang::En, Text::FactAmount)) && facts.contains("$27.98"), "{facts}");
    let deadline = q(&case, "[data-ol=case-deadline]").expect("a deadline");
    assert_eq!(deadline.get_attribute("data-urgency").as_deref(), Some("overdue"));
    root.remove();
}

#[wasm_bindgen_test]
async fn facts_from_the_mail_stay_text() {
    let mut ticket = demo_ticket("1004");
    let body = ticket["comments"][0]["body_text"].as_str().unwrap().replace(
        "wanted the white one, the charcoal does not match my shelf",
        "<img src=x onerror=alert(1)><b>bold</b> \u{202e}gnp.exe",
    );
    ticket["comments"][0]["body_text"] = json!(body);
    let root = mount(&ticket, "en-US");
    let case = case_block(&root).await;
    let facts = q(&case, "[data-ol=case-facts]").expect("facts");
    assert!(q(&facts, "img, b").is_none(), "mail text became markup");
    assert!(facts.text_content().unwrap().contains("<img src=x onerror=alert(1)><b>bold</b>"));
    let line = facts.query_selector_all(".ol-line").unwrap();
    let comment =
        (0..line.length()).filter_map(|i| line.item(i)).find(|n| n.text_content().unwrap().contains("<b>")).unwrap();
    assert_eq!(comment.dyn_into::<Element>().unwrap().get_attribute("dir").as_deref(), Some("auto"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_composer_opens_by_default_only_where_an_email_reply_is_the_job() {
    let replies = ["1001", "1004", "1006", "1012", "1013"];
    let elsewhere = ["1005", "1009", "1010", "1011", "1014", "1015"];
    for id in replies.into_iter().chain(elsewhere) {
        let root = mount(&demo_ticket(id), "de-DE");
        let case = case_block(&root).await;
        let anyway = q(&case, "[data-ol=compose-anyway]");
        if replies.contains(&id) {
            assert!(q(&root, ".ol-composer textarea").is_some(), "ticket {id}: the composer is open");
            assert!(anyway.is_none(), "ticket {id}");
            assert_eq!(case.get_attribute("data-reply").as_deref(), Some("true"), "ticket {id}");
        } else {
            assert!(q(&root, ".ol-composer").is_none(), "ticket {id}: an email template opened by default");
            let button = anyway.unwrap_or_else(|| panic!("ticket {id}: no write-anyway button"));
            assert_eq!(button.text_content().as_deref(), Some(t(Lang::De, Text::ComposeAnyway)), "ticket {id}");
            assert!(case.text_content().unwrap().contains(t(Lang::De, Text::ComposeAnywayHint)), "ticket {id}");
            button.dyn_into::<HtmlElement>().unwrap().click();
            until("the composer after write-anyway", || q(&root, ".ol-composer textarea").is_some()).await;
            assert!(q(&root, "[data-ol=compose-anyway]").is_none(), "ticket {id}: the button stays after use");
        }
        root.remove();
    }
}
