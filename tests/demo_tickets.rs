//! The demo helpdesk's sample tickets (`www/demo/tickets.json`) detect as the demo promises:
//! each Amazon ticket finds its marketplace, kind and sandbox order; the pre-sale question has
//! no order; the ordinary and the look-alike tickets are not Amazon, and the look-alike is flagged.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Duration, Utc};
use orderlens::detect::{detect, Kind, Suspicion};
use orderlens::host::Ticket;
use orderlens::lang::Lang;
use orderlens::reply::compliance::written_in;
use orderlens::reply::reply_lang::{buyers_words, reply_lang, LangSource};
use serde_json::Value;

const TICKETS: &str = include_str!("../www/demo/tickets.json");

struct Expect {
    id: &'static str,
    marketplace: Option<&'static str>,
    kind: Option<Kind>,
    order_id: Option<&'static str>,
    asin: Option<&'static str>,
    lookalike: bool,
}

const fn amazon(
    id: &'static str,
    mp: &'static str,
    kind: Kind,
    order: Option<&'static str>,
    asin: &'static str,
) -> Expect {
    Expect { id, marketplace: Some(mp), kind: Some(kind), order_id: order, asin: Some(asin), lookalike: false }
}

/// A notice: no ASIN in it.
const fn notice(id: &'static str, mp: &'static str, kind: Kind, order: &'static str) -> Expect {
    Expect { id, marketplace: Some(mp), kind: Some(kind), order_id: Some(order), asin: None, lookalike: false }
}

const EXPECTED: &[Expect] = &[
    amazon("1001", "US", Kind::BuyerMessage, Some("114-9876543-1234567"), "B0BSHF7WHW"),
    amazon("1002", "TR", Kind::BuyerMessage, Some("028-1234567-8901234"), "B09V3KXJPB"),
    amazon("1003", "BR", Kind::BuyerMessage, Some("171-9876543-2109876"), "B08N5WRWNW"),
    amazon("1004", "UK", Kind::ReturnRequest, Some("202-7654321-1098765"), "B08C1W5N87"),
    amazon("1005", "JP", Kind::RefundNotification, Some("250-1234567-8901234"), "B08C1W5N87"),
    amazon("1006", "DE", Kind::BuyerMessage, None, "B0BSHF7WHW"),
    notice("1009", "US", Kind::AtozClaim, "114-9876543-1234567"),
    notice("1010", "UK", Kind::DeliveryFailure, "202-1234567-8901234"),
    notice("1011", "UK", Kind::Chargeback, "202-7654321-1098765"),
    notice("1012", "TR", Kind::NegativeFeedback, "028-1234567-8901234"),
    notice("1013", "BR", Kind::CancellationRequest, "171-9876543-2109876"),
    notice("1014", "JP", Kind::MessageCopy, "250-1234567-8901234"),
    notice("1015", "BR", Kind::OrderConfirmation, "171-2345678-9012345"),
    Expect { id: "1007", marketplace: None, kind: None, order_id: None, asin: None, lookalike: false },
    Expect { id: "1008", marketplace: None, kind: None, order_id: None, asin: None, lookalike: true },
    // issue 10: the sandbox's revoked Australian account (the health line).
    amazon("1090", "AU", Kind::BuyerMessage, Some("503-1234567-7654321"), "B0BSHF7WHW"),
];

/// "-20h", "-50m", "-1d2h" → `now` minus that, as RFC 3339 (what www/demo/demo.js does at load).
fn resolve_offset(offset: &str, now: DateTime<Utc>) -> Option<String> {
    let mut rest = offset.strip_prefix('-')?;
    let mut ago = Duration::zero();
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !c.is_ascii_digit())?;
        let n: i64 = rest[..digits].parse().ok()?;
        ago += match rest[digits..].chars().next()? {
            'd' => Duration::days(n),
            'h' => Duration::hours(n),
            'm' => Duration::minutes(n),
            _ => return None,
        };
        rest = &rest[digits + 1..];
    }
    Some((now - ago).to_rfc3339())
}

fn tickets(now: DateTime<Utc>) -> Vec<Ticket> {
    let doc: Value = serde_json::from_str(TICKETS).expect("tickets.json is JSON");
    let list = doc["tickets"].as_array().expect("tickets.json has a tickets array").clone();
    list.into_iter()
        .map(|mut t| {
            for c in t["comments"].as_array_mut().expect("every ticket has comments") {
                let at = c["created_at"].as_str().expect("every comment has created_at").to_string();
                let resolved =
                    resolve_offset(&at, now).unwrap_or_else(|| panic!("created_at {at:?} is not an offset like -20h"));
                c["created_at"] = Value::String(resolved);
            }
            Ticket::from_value(t).expect("a readable ticket").expect("not null")
        })
        .collect()
}

#[test]
fn every_demo_ticket_detects_as_intended() {
    let tickets = tickets(Utc::now());
    let ids: Vec<&str> = tickets.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        EXPECTED.iter().map(|e| e.id).collect::<Vec<_>>(),
        "tickets.json and this test list the same tickets"
    );

    let mut wrong = Vec::new();
    for (ticket, want) in tickets.iter().zip(EXPECTED) {
        let d = detect(&ticket.message());
        let got = (d.is_amazon, d.marketplace.map(|m| m.code), d.kind, d.order_id.as_deref(), d.asin.as_deref());
        let expected = (want.marketplace.is_some(), want.marketplace, want.kind, want.order_id, want.asin);
        if got != expected {
            wrong.push(format!("ticket {}: got {got:?}, want {expected:?}; evidence {:?}", want.id, d.evidence));
        }
        let lookalike = matches!(d.suspicion, Some(Suspicion::LookalikeDomain { .. }));
        if lookalike != want.lookalike {
            wrong.push(format!(
                "ticket {}: suspicion {:?}, want a look-alike: {}",
                want.id, d.suspicion, want.lookalike
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_demo_covers_what_the_sidebar_can_show() {
    let tickets = tickets(Utc::now());
    let detections: Vec<_> = tickets.iter().map(|t| detect(&t.message())).collect();
    let mut marketplaces: Vec<&str> = detections.iter().filter_map(|d| d.marketplace.map(|m| m.code)).collect();
    marketplaces.sort_unstable();
    marketplaces.dedup();
    let mut kinds: Vec<String> = detections.iter().filter_map(|d| d.kind.map(|k| format!("{k:?}"))).collect();
    kinds.sort_unstable();
    kinds.dedup();
    assert!(marketplaces.len() >= 4, "at least four marketplaces: {marketplaces:?}");
    assert!(kinds.len() >= 3, "at least three kinds: {kinds:?}");
}

#[test]
fn every_kind_is_in_the_demo_with_the_facts_its_case_block_shows() {
    use orderlens::detect::{ClaimStage, FailureReason};
    let tickets = tickets(Utc::now());
    let detected: Vec<(String, _)> = tickets.iter().map(|t| (t.id.clone(), detect(&t.message()))).collect();
    let by_id = |id: &str| &detected.iter().find(|(i, _)| i == id).unwrap_or_else(|| panic!("ticket {id}")).1;
    for kind in Kind::ALL {
        assert!(detected.iter().any(|(_, d)| d.kind == Some(kind)), "no demo ticket of kind {kind:?}");
    }
    let amount = |id: &str| by_id(id).facts.amount.as_ref().map(|a| (a.value.clone(), a.currency.clone()));
    assert_eq!(amount("1009"), Some(("27.98".into(), "USD".into())));
    assert_eq!(by_id("1009").facts.claim, Some(ClaimStage::Received));
    assert_eq!(amount("1011"), Some(("18.99".into(), "GBP".into())));
    assert_eq!(by_id("1004").facts.reason.as_deref(), Some("Bought by mistake"));
    assert_eq!(by_id("1010").facts.failure, Some(FailureReason::SenderNotAuthorised));
    assert_eq!(
        by_id("1010").facts.failed_subject.as_deref(),
        Some("Your order 202-1234567-8901234 has been dispatched")
    );
    assert_eq!(by_id("1012").facts.rating, Some(1));
    assert!(by_id("1012").facts.comment.as_deref().is_some_and(|c| c.starts_with("Kargo çok geç geldi")));
    // Two tickets on one order: the buyer's question and the claim that followed it.
    assert_eq!(by_id("1001").order_id, by_id("1009").order_id);
}

#[test]
fn the_thread_with_an_answer_restarts_the_clock_at_the_later_buyer_message() {
    use orderlens::sla::Clock;
    let now = Utc::now();
    let thread = tickets(now).into_iter().find(|t| t.id == "1002").expect("ticket 1002");
    match Clock::of(&thread.thread(), now) {
        // The agent answered the first message; the second one (2 h ago) starts a new 24 h.
        Clock::Due { since, warning, .. } => {
            assert_eq!((now - since).num_hours(), 2);
            assert!(!warning);
        }
        other => panic!("the clock of ticket 1002 should be due, is {other:?}"),
    }
}

#[test]
fn offsets_resolve_relative_to_now() {
    let now = DateTime::parse_from_rfc3339("2026-03-02T12:00:00Z").unwrap().with_timezone(&Utc);
    assert_eq!(resolve_offset("-20h", now).as_deref(), Some("2026-03-01T16:00:00+00:00"));
    assert_eq!(resolve_offset("-1d2h30m", now).as_deref(), Some("2026-03-01T09:30:00+00:00"));
    assert_eq!(resolve_offset("20h", now), None);
    assert_eq!(resolve_offset("-2w", now), None);
}

#[test]
fn the_brazilian_and_turkish_buyers_wrote_in_their_language_and_get_a_reply_in_it() {
    let tickets = tickets(Utc::now());
    for (id, want) in [("1003", Lang::Pt), ("1002", Lang::Tr)] {
        let ticket = tickets.iter().find(|t| t.id == id).unwrap();
        let message = ticket.message();
        let d = detect(&message);
        let words = buyers_words(&message.text);
        assert_eq!(written_in(words), Some(want), "ticket {id}: the buyer's words {words:?}");
        assert_eq!(reply_lang(&message.text, None, d.marketplace), (want, LangSource::Written), "ticket {id}");
    }
}
