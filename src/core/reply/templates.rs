//! Reply templates a seller sends to an Amazon buyer, in every [`Lang`]. The wording of each
//! language lives in `lang/<code>/replies.rs` (its pack); this file fills them in.
//!
//! The texts follow Amazon's rules: no links, email addresses, phone numbers, marketing or review
//! requests, and never a thank-you alone; they point buyers to Amazon's own "Your Orders" pages.
//! Values that may be in another script (names, titles, ids) stand apart from the words around
//! them (no Turkish suffix or Arabic article glued to a placeholder), so any value reads right.

use crate::core::i18n::{fill, fill_with, t, Text};
use crate::core::lang::{self, Lang};

mod replies;
mod vars;

pub use replies::Replies;
pub use vars::{Stage, Var, Vars};

/// The templates of `lang`, English while its pack is not here.
fn replies(lang: Lang) -> Replies {
    lang::packs::pack(lang).map_or(lang::en::PACK.replies, |p| p.replies())
}

/// A reply template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TemplateId {
    WhereIsMyOrder,
    ReturnInstructions,
    DamagedOrDefective,
    Cancellation,
    InvoiceRequest,
    ThanksForPatience,
    /// A pre-sale question about a product: no order yet.
    ProductQuestion,
}

impl TemplateId {
    pub const ALL: [TemplateId; 7] = [
        TemplateId::WhereIsMyOrder,
        TemplateId::ReturnInstructions,
        TemplateId::DamagedOrDefective,
        TemplateId::Cancellation,
        TemplateId::InvoiceRequest,
        TemplateId::ThanksForPatience,
        TemplateId::ProductQuestion,
    ];

    /// The template's one name (`where_is_my_order`): the template picker's `<option value>`.
    pub fn as_str(self) -> &'static str {
        match self {
            TemplateId::WhereIsMyOrder => "where_is_my_order",
            TemplateId::ReturnInstructions => "return_instructions",
            TemplateId::DamagedOrDefective => "damaged_or_defective",
            TemplateId::Cancellation => "cancellation",
            TemplateId::InvoiceRequest => "invoice_request",
            TemplateId::ThanksForPatience => "thanks_for_patience",
            TemplateId::ProductQuestion => "product_question",
        }
    }

    /// The template of a name from [`TemplateId::as_str`].
    pub fn from_name(name: &str) -> Option<TemplateId> {
        TemplateId::ALL.into_iter().find(|id| id.as_str() == name)
    }

    /// The name in the template picker.
    pub fn label(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                TemplateId::WhereIsMyOrder => Text::TemplateWhereIsMyOrder,
                TemplateId::ReturnInstructions => Text::TemplateReturnInstructions,
                TemplateId::DamagedOrDefective => Text::TemplateDamagedOrDefective,
                TemplateId::Cancellation => Text::TemplateCancellation,
                TemplateId::InvoiceRequest => Text::TemplateInvoiceRequest,
                TemplateId::ThanksForPatience => Text::TemplateThanksForPatience,
                TemplateId::ProductQuestion => Text::TemplateProductQuestion,
            },
        )
    }

    /// The text; where-is-my-order follows the order's stage (shipped when it is unknown, so
    /// the placeholders show what to look up).
    fn body(self, r: &Replies, stage: Option<Stage>) -> &'static str {
        match self {
            TemplateId::WhereIsMyOrder => match stage {
                Some(Stage::NotShipped) => r.where_is_my_order_unshipped,
                Some(Stage::Delivered) => r.where_is_my_order_delivered,
                Some(Stage::Shipped) | None => r.where_is_my_order,
            },
            TemplateId::ReturnInstructions => r.return_instructions,
            TemplateId::DamagedOrDefective => r.damaged_or_defective,
            TemplateId::Cancellation => r.cancellation,
            TemplateId::InvoiceRequest => r.invoice_request,
            TemplateId::ThanksForPatience => r.thanks_for_patience,
            TemplateId::ProductQuestion => r.product_question,
        }
    }
}

/// A filled template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub text: String,
    /// Variables shown as bracketed placeholders because their value is unknown, in order of
    /// first appearance. An unknown buyer name is not listed: the greeting does without it.
    pub missing: Vec<Var>,
}

/// Fills template `id` in `lang`: greeting, body, sign-off.
pub fn render(id: TemplateId, lang: Lang, vars: &Vars) -> Rendered {
    let r = &replies(lang);
    let greeting = match vars.get(Var::BuyerName) {
        Some(name) => fill(r.greeting, &[(Var::BuyerName.key(), &name)]),
        None => r.greeting_without_name.to_string(),
    };
    let mut missing = Vec::new();
    let body = format!("{}\n\n{}", id.body(r, vars.stage), r.closing);
    let body = fill_with(&body, |key, out| {
        let Some(var) = Var::from_key(key) else { return false };
        match vars.get(var) {
            Some(value) => out.push_str(&value),
            None => {
                out.push_str(&var.placeholder(lang));
                if !missing.contains(&var) {
                    missing.push(var);
                }
            }
        }
        true
    });
    Rendered { text: format!("{greeting}\n\n{body}"), missing }
}

/// The reply language to start with: the marketplace's language if replies can be written in it,
/// else English. (A buyer may prefer another language; the agent can switch.)
pub fn default_lang(marketplace_language_tag: &str) -> Lang {
    Lang::reply_from_tag(marketplace_language_tag).unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::placeholders;
    use crate::core::marketplace::Marketplace;
    use crate::core::reply::compliance::{check, CheckContext, Rule, Severity};

    fn full_vars() -> Vars {
        Vars {
            buyer_name: Some("Alex Example".into()),
            order_id: Some("302-1234567-1234567".into()),
            item_title: Some("Steel water bottle 750 ml".into()),
            carrier: Some("DHL".into()),
            tracking_number: Some("00340434161234567890".into()),
            deliver_by: Some("12.03.2025".into()),
            seller_name: Some("Example Shop".into()),
            ship_by: Some("10.03.2025".into()),
            answer: Some("750 ml, 26 cm, 0,4 kg.".into()),
            stage: None,
        }
    }

    /// The full values at every stage of the order, unknown included.
    fn staged_vars() -> impl Iterator<Item = Vars> {
        [None].into_iter().chain(Stage::ALL.map(Some)).map(|stage| Vars { stage, ..full_vars() })
    }

    #[test]
    fn every_template_in_every_language_fills_completely() {
        for (lang, vars) in Lang::REPLY.into_iter().flat_map(|l| staged_vars().map(move |v| (l, v))) {
            for id in TemplateId::ALL {
                let r = render(id, lang, &vars);
                assert!(r.missing.is_empty(), "{lang:?} {id:?}: {:?}", r.missing);
                assert!(placeholders(&r.text).is_empty(), "{lang:?} {id:?} leaves a placeholder:\n{}", r.text);
                assert!(!r.text.contains('{') && !r.text.contains('}'), "{lang:?} {id:?}:\n{}", r.text);
                assert!(!r.text.contains('[') && !r.text.contains(']'), "{lang:?} {id:?}:\n{}", r.text);
                assert!(r.text.contains("Example Shop"), "{lang:?} {id:?} has no sign-off");
                if id == TemplateId::ProductQuestion {
                    assert!(r.text.contains("Steel water bottle 750 ml"), "{lang:?}: names no product");
                    assert!(r.text.contains("750 ml, 26 cm, 0,4 kg."), "{lang:?}: has no room for the answer");
                } else {
                    assert!(r.text.contains("302-1234567-1234567"), "{lang:?} {id:?} names no order");
                }
            }
        }
    }

    #[test]
    fn only_the_product_question_asks_for_the_agents_answer() {
        for lang in Lang::REPLY {
            let vars = Vars { answer: None, ..full_vars() };
            for id in TemplateId::ALL {
                let r = render(id, lang, &vars);
                let wants_answer = id == TemplateId::ProductQuestion;
                assert_eq!(r.missing, if wants_answer { vec![Var::Answer] } else { vec![] }, "{lang:?} {id:?}");
                assert_eq!(r.text.contains(&Var::Answer.placeholder(lang)), wants_answer, "{lang:?} {id:?}");
            }
            // Before a purchase there is no order: the question template does without one.
            let presale = render(TemplateId::ProductQuestion, lang, &Vars { order_id: None, ..full_vars() });
            assert!(!presale.missing.contains(&Var::OrderId), "{lang:?}");
        }
    }

    #[test]
    fn every_template_uses_only_known_variables() {
        for lang in Lang::REPLY {
            let r = replies(lang);
            for (id, stage) in TemplateId::ALL.into_iter().flat_map(|id| staged_vars().map(move |v| (id, v.stage))) {
                for key in placeholders(id.body(&r, stage)).into_iter().chain(placeholders(r.closing)) {
                    assert!(Var::from_key(key).is_some(), "{lang:?} {id:?} {stage:?}: {{{key}}}");
                }
            }
            assert!(placeholders(r.greeting_without_name).is_empty(), "{lang:?}");
        }
    }

    #[test]
    fn every_rendered_template_passes_the_compliance_check() {
        for lang in Lang::REPLY {
            let ctx = CheckContext { buyer_lang: Some(lang), ..CheckContext::default() };
            for id in TemplateId::ALL {
                let empty = Stage::ALL.map(|stage| Vars { stage: Some(stage), ..Vars::default() });
                for (vars, full) in staged_vars().map(|v| (v, true)).chain(empty.map(|v| (v, false))) {
                    let r = render(id, lang, &vars);
                    let findings = check(&r.text, &ctx);
                    let blocking: Vec<_> = findings.iter().filter(|f| f.severity == Severity::Block).collect();
                    assert!(blocking.is_empty(), "{lang:?} {id:?}: {blocking:?}\n{}", r.text);
                    if full {
                        assert!(findings.is_empty(), "{lang:?} {id:?}: {findings:?}\n{}", r.text);
                    }
                }
            }
        }
    }

    #[test]
    fn every_template_is_recognised_as_its_own_language() {
        let mut unrecognised = Vec::new();
        for lang in Lang::REPLY {
            // Any other language will do as the buyer's; the reply must be seen not to be in it.
            let buyer = if lang == Lang::En { Lang::De } else { Lang::En };
            let ctx = CheckContext { buyer_lang: Some(buyer), ..CheckContext::default() };
            for (id, vars) in TemplateId::ALL.into_iter().flat_map(|id| staged_vars().map(move |v| (id, v))) {
                let r = render(id, lang, &vars);
                let rules: Vec<Rule> = check(&r.text, &ctx).into_iter().map(|f| f.rule).collect();
                if rules != [Rule::Language { expected: buyer }] {
                    unrecognised.push(format!("{lang:?} {id:?} {:?}", vars.stage));
                }
            }
        }
        assert!(unrecognised.is_empty(), "not recognised: {unrecognised:?}");
    }

    #[test]
    fn missing_values_show_as_bracketed_placeholders_in_the_reply_language() {
        let vars = Vars { order_id: Some("302-1234567-1234567".into()), ..Vars::default() };
        let r = render(TemplateId::WhereIsMyOrder, Lang::En, &vars);
        assert!(r.text.contains("[tracking number]"), "{}", r.text);
        assert!(r.text.contains("[your name]"), "{}", r.text);
        assert_eq!(r.missing, vec![Var::ItemTitle, Var::Carrier, Var::TrackingNumber, Var::DeliverBy, Var::SellerName]);
        let de = render(TemplateId::WhereIsMyOrder, Lang::De, &vars);
        assert!(de.text.contains("[Sendungsnummer]"), "{}", de.text);
        let ja = render(TemplateId::WhereIsMyOrder, Lang::Ja, &vars);
        assert!(ja.text.contains("[お問い合わせ伝票番号]"), "{}", ja.text);
    }

    #[test]
    fn where_is_my_order_says_what_the_orders_stage_knows() {
        for lang in Lang::REPLY {
            // Before shipping there is no carrier or tracking yet: the text says when it ships.
            let unshipped =
                Vars { carrier: None, tracking_number: None, stage: Some(Stage::NotShipped), ..full_vars() };
            let r = render(TemplateId::WhereIsMyOrder, lang, &unshipped);
            assert!(r.missing.is_empty(), "{lang:?}: {:?}", r.missing);
            assert!(r.text.contains("10.03.2025") && r.text.contains("12.03.2025"), "{lang:?}:\n{}", r.text);
            // Delivered: carrier and tracking, no promise of a date that has passed.
            let delivered = Vars { deliver_by: None, ship_by: None, stage: Some(Stage::Delivered), ..full_vars() };
            let r = render(TemplateId::WhereIsMyOrder, lang, &delivered);
            assert!(r.missing.is_empty(), "{lang:?}: {:?}", r.missing);
            assert!(r.text.contains("DHL") && r.text.contains("00340434161234567890"), "{lang:?}:\n{}", r.text);
            let shipped =
                render(TemplateId::WhereIsMyOrder, lang, &Vars { stage: Some(Stage::Shipped), ..full_vars() });
            let texts = [&shipped.text, &render(TemplateId::WhereIsMyOrder, lang, &unshipped).text, &r.text];
            assert!(texts[0] != texts[1] && texts[1] != texts[2] && texts[0] != texts[2], "{lang:?}");
        }
    }

    #[test]
    fn a_missing_variable_used_twice_is_listed_once() {
        let r = render(TemplateId::WhereIsMyOrder, Lang::En, &Vars::default());
        let count = r.missing.iter().filter(|v| **v == Var::DeliverBy).count();
        assert_eq!(count, 1);
        assert!(!r.missing.contains(&Var::BuyerName));
    }

    #[test]
    fn greeting_does_without_a_name() {
        let named = render(TemplateId::InvoiceRequest, Lang::En, &full_vars());
        assert!(named.text.starts_with("Hello Alex Example,\n\n"), "{}", named.text);
        for name in [None, Some(""), Some("   ")] {
            let vars = Vars { buyer_name: name.map(String::from), ..full_vars() };
            let r = render(TemplateId::InvoiceRequest, Lang::En, &vars);
            assert!(r.text.starts_with("Hello,\n\n"), "{}", r.text);
            assert!(!r.text.contains(" ,"));
            assert!(r.missing.is_empty());
        }
        let ja = render(TemplateId::InvoiceRequest, Lang::Ja, &Vars::default());
        assert!(ja.text.starts_with("お客様\n\n"), "{}", ja.text);
        let de = render(
            TemplateId::InvoiceRequest,
            Lang::De,
            &Vars { buyer_name: Some("Max Muster".into()), ..Vars::default() },
        );
        assert!(de.text.starts_with("Guten Tag Max Muster,\n\nvielen Dank"), "{}", de.text);
    }

    #[test]
    fn values_are_inserted_verbatim_on_one_line() {
        let vars = Vars { item_title: Some("Mug\n{order_id}\tblue ".into()), ..full_vars() };
        let r = render(TemplateId::ReturnInstructions, Lang::En, &vars);
        assert!(r.text.contains("Mug {order_id} blue"), "{}", r.text);
    }

    #[test]
    fn labels_exist_in_every_language() {
        for lang in Lang::UI {
            for id in TemplateId::ALL {
                assert!(!id.label(lang).is_empty());
            }
            for v in Var::ALL {
                assert!(v.placeholder(lang).len() > 2);
            }
        }
        assert_eq!(TemplateId::WhereIsMyOrder.label(Lang::En), "Where is my order?");
    }

    #[test]
    fn every_template_is_found_by_its_own_name() {
        for id in TemplateId::ALL {
            assert_eq!(TemplateId::from_name(id.as_str()), Some(id));
        }
        assert_eq!(TemplateId::from_name("Where is my order?"), None);
    }

    #[test]
    fn every_marketplace_defaults_to_its_buyers_language() {
        assert_eq!(default_lang("de-DE"), Lang::De);
        assert_eq!(default_lang("ja-JP"), Lang::Ja);
        assert_eq!(default_lang("ko-KR"), Lang::En);
        for m in Marketplace::all() {
            let lang = default_lang(m.language);
            assert_eq!(lang.code(), m.language_code(), "{} replies in {lang:?}, not in {}", m.code, m.language);
        }
        let by_code = |code| default_lang(Marketplace::by_code(code).unwrap().language);
        let want = [("BR", Lang::Pt), ("NL", Lang::Nl), ("BE", Lang::Nl), ("SE", Lang::Sv), ("TR", Lang::Tr)];
        let arabic = [("AE", Lang::Ar), ("SA", Lang::Ar), ("EG", Lang::Ar)];
        for (code, lang) in want.into_iter().chain(arabic) {
            assert_eq!(by_code(code), lang, "{code}");
        }
    }
}
