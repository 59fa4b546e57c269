//! The compliance check, as a reply's author meets it.

use super::finding::EXCERPT_CHARS;
use super::*;

fn findings(text: &str) -> Vec<Finding> {
    check(text, &CheckContext::default())
}

/// The (rule, flagged text) pairs, using the UTF-16 offsets as the DOM would.
fn flagged(text: &str) -> Vec<(Rule, String)> {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    findings(text).into_iter().map(|f| (f.rule, String::from_utf16(&utf16[f.start..f.end]).unwrap())).collect()
}

fn rules(text: &str) -> Vec<Rule> {
    findings(text).into_iter().map(|f| f.rule).collect()
}

#[test]
fn a_clean_reply_has_no_findings() {
    let text = "Hello Anna,\n\nthank you for your message. Your parcel with order 302-1234567-1234567 was \
                handed to DHL on 12.03.2025 and costs 29,99 €. Tracking number 00340434161234567890.\n\nKind regards";
    assert_eq!(findings(text), vec![]);
}

#[test]
fn email_addresses_block_with_exact_offsets() {
    let text = "Schreiben Sie an 😀 info@example.de bitte.";
    let f = findings(text);
    let email = f.iter().find(|f| f.rule == Rule::Email).unwrap();
    assert_eq!(email.severity, Severity::Block);
    assert_eq!(email.excerpt, "info@example.de");
    // "😀" is two UTF-16 units but one char and four bytes.
    assert_eq!((email.char_start, email.start, email.byte_start), (19, 20, 22));
    assert_eq!(email.end - email.start, 15);
    assert_eq!(flagged("Mail：shop＠example.jp まで").first().map(|(r, _)| *r), Some(Rule::Email));
}

#[test]
fn emoji_block_in_every_script() {
    for text in ["Thanks 🙂", "Danke 👍🏽", "Merci 🇫🇷", "Grazie ❤️", "Gracias 1️⃣", "Dzięki 👨‍👩‍👧", "ありがとう🙇‍♀️", "谢谢😊"]
    {
        let f = findings(text);
        assert!(f.iter().any(|f| f.rule == Rule::Emoji && f.severity == Severity::Block), "{text}");
    }
    assert_eq!(flagged("ok 👩🏽‍💻!"), vec![(Rule::Emoji, "👩🏽‍💻".to_string())]);
    assert!(rules("★★★★☆ 〜「重要」【注意】※ © ™").iter().all(|r| *r != Rule::Emoji));
}

#[test]
fn foreign_links_block_and_amazon_links_pass() {
    assert_eq!(
        flagged("Visit https://myshop.example/deal now"),
        vec![(Rule::Link, "https://myshop.example/deal".to_string())]
    );
    assert_eq!(flagged("see www.example.com."), vec![(Rule::Link, "www.example.com".to_string())]);
    assert_eq!(flagged("see example.co.uk/x"), vec![(Rule::Link, "example.co.uk/x".to_string())]);
    assert_eq!(
        flagged("Lien : https://amazon.fr.example.net/"),
        vec![(Rule::Link, "https://amazon.fr.example.net/".to_string())]
    );
    for ok in [
        "Open https://www.amazon.de/gp/css/order-history please",
        "https://sellercentral.amazon.co.jp/orders-v3/order/250-1234567-1234567",
        "Go to amazon.co.uk and open Your Orders.",
        "www.amazon.com.be",
    ] {
        assert_eq!(findings(ok), vec![], "{ok}");
    }
}

#[test]
fn plain_http_to_amazon_blocks_as_insecure() {
    assert_eq!(
        flagged("http://www.amazon.it/returns"),
        vec![(Rule::InsecureLink, "http://www.amazon.it/returns".to_string())]
    );
    assert_eq!(flagged("ftp://amazon.de/file")[0].0, Rule::Link);
}

#[test]
fn review_manipulation_blocks_in_every_language() {
    for (text, hit) in [
        ("Please leave us a 5-star review!", "5-star"),
        ("We would love a positive review.", "positive review"),
        ("Could you remove your negative review?", "remove your negative review"),
        ("You get a gift card for a 5-star review", "gift card for a 5-star review"),
        ("Bitte geben Sie uns 5 Sterne.", "5 Sterne"),
        ("Könnten Sie Ihre Bewertung bitte ändern?", "Bewertung bitte ändern"),
        ("Merci de laisser un avis positif", "avis positif"),
        ("Pourriez-vous supprimer votre avis ?", "supprimer votre avis"),
        ("Ci lasci una recensione a 5 stelle", "5 stelle"),
        ("Le chiediamo di modificare la recensione", "modificare la recensione"),
        ("Déjenos una opinión positiva", "opinión positiva"),
        ("¿Podría eliminar su valoración?", "eliminar su valoración"),
        ("Prosimy o pozytywną opinię", "pozytywną opinię"),
        ("Prosimy usunąć negatywną opinię", "usunąć negatywną opinię"),
        ("ぜひ星5のレビューをお願いします", "星5"),
        ("レビューを削除していただけませんか", "レビューを削除"),
        ("给个好评吧", "好评"),
        ("麻烦您把差评删除", "差评删除"),
    ] {
        let got = flagged(text);
        assert!(got.iter().any(|(r, s)| *r == Rule::ReviewManipulation && s == hit), "{text}: {got:?}");
    }
}

#[test]
fn marketing_blocks_in_every_language() {
    for (text, hit) in [
        ("Use coupon code SAVE10 for 10% off your next purchase", "coupon"),
        ("Follow us on Instagram", "Follow us"),
        ("Mit dem Gutschein sparen Sie", "Gutschein"),
        ("Abonnez-vous à notre lettre d'information", "lettre d'information"),
        ("Usi il codice sconto ESTATE", "codice sconto"),
        ("Síguenos en redes", "Síguenos"),
        ("Kod rabatowy: LATO", "Kod rabatowy"),
        ("次回使えるクーポンを同封しました", "クーポン"),
        ("关注我们的店铺获取优惠券", "关注我们"),
    ] {
        let got = flagged(text);
        assert!(got.iter().any(|(r, s)| *r == Rule::Marketing && s == hit), "{text}: {got:?}");
    }
}

#[test]
fn a_neutral_review_request_only_warns() {
    let f = findings("If you have a moment, please leave a review.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!((f[0].rule, f[0].severity), (Rule::ReviewRequest, Severity::Warn));
    // A request that is also manipulation is reported once, as manipulation.
    let f = findings("Please leave a positive review.");
    assert_eq!(f.iter().map(|f| f.rule).collect::<Vec<_>>(), vec![Rule::ReviewManipulation]);
}

#[test]
fn ordinary_customer_service_wording_is_not_flagged() {
    for text in [
        "Once we review your return, we will issue a full refund.",
        "We will update the status after we review your case.",
        "The item arrived dirty? Elle est arrivée sale.",
        "Il sale è incluso nella confezione.",
        "Nach Bewertung des Zustands erhalten Sie eine Erstattung für Ihre Rücksendung.",
        "Le transporteur a laissé un avis de passage.",
        "La valutazione del reso richiede due giorni.",
        "Ocena stanu produktu potrwa dwa dni, potem zwrot pieniędzy za zamówienie.",
        "商品の状態を評価し、返金いたします。",
        "我们将在1星期内发货。",
        "Your Subscribe & Save delivery is on its way.",
        "The 2 starter kits ship separately.",
    ] {
        let f = check(text, &CheckContext::default());
        assert!(f.is_empty(), "{text}: {f:?}");
    }
}

#[test]
fn phone_numbers_warn_but_order_ids_dates_and_prices_do_not() {
    let got = flagged("Call us at +49 30 1234567 about order 302-1234567-1234567 of 12.03.2025 (29,99 €).");
    // "Call us" sends the buyer away from Amazon whatever number follows.
    let want = [(Rule::Marketing, "Call us"), (Rule::Phone, "+49 30 1234567")];
    assert_eq!(got, want.map(|(r, s)| (r, s.to_string())));
    assert_eq!(flagged("The carrier's hotline is +49 30 1234567."), [(Rule::Phone, "+49 30 1234567".to_string())]);
    assert_eq!(findings("+49 30 1234567")[0].severity, Severity::Warn);
}

#[test]
fn attachments_over_ten_megabytes_and_videos_warn() {
    let ctx = CheckContext {
        attachments: vec![
            ("label.pdf".into(), 200_000),
            ("photos.zip".into(), 12_000_000),
            ("unboxing.MP4".into(), 3_000_000),
            ("spinner.gif".into(), 10_000),
        ],
        ..CheckContext::default()
    };
    let f = check("Please find the label attached.", &ctx);
    let got: Vec<(Rule, Option<usize>)> = f.iter().map(|f| (f.rule, f.attachment)).collect();
    assert_eq!(
        got,
        vec![(Rule::AttachmentTooLarge, Some(1)), (Rule::AttachmentType, Some(2)), (Rule::AttachmentType, Some(3))]
    );
    assert!(f.iter().all(|f| f.severity == Severity::Warn));
    assert_eq!(
        f[0].message(Lang::En),
        "photos.zip is larger than 10 MB and will not be delivered. Attach a smaller file."
    );
    let exactly = CheckContext { attachments: vec![("a.pdf".into(), MAX_ATTACHMENT_BYTES)], ..CheckContext::default() };
    assert!(check("ok", &exactly).is_empty());
}

#[test]
fn important_always_reminds_that_misuse_is_penalised() {
    let ctx = CheckContext { important: true, ..CheckContext::default() };
    let f = check("Your parcel has shipped.", &ctx);
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].rule, f[0].severity), (Rule::Important, Severity::Warn));
    assert!(f[0].message(Lang::En).contains("penalises misuse"));
}

#[test]
fn empty_text_warns() {
    for text in ["", "   \n\t "] {
        let f = findings(text);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].rule, f[0].severity), (Rule::Empty, Severity::Warn));
    }
}

#[test]
fn unfilled_placeholders_warn_in_any_language() {
    let got = flagged("Tracking: [tracking number], Sendungsnummer: [Sendungsnummer], {order_id}");
    let placeholders: Vec<&str> =
        got.iter().filter(|(r, _)| *r == Rule::Placeholder).map(|(_, s)| s.as_str()).collect();
    assert_eq!(placeholders, vec!["[tracking number]", "[Sendungsnummer]", "{order_id}"]);
}

#[test]
fn a_reply_in_another_language_than_the_buyers_warns() {
    let ctx = CheckContext { buyer_lang: Some(Lang::De), ..CheckContext::default() };
    let text = "Thank you for your message. We have sent the parcel and it will arrive soon.";
    let f = check(text, &ctx);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].rule, Rule::Language { expected: Lang::De });
    assert_eq!((f[0].start, f[0].end), (0, text.encode_utf16().count()));
    assert_eq!(f[0].message(Lang::En), "This reply does not seem to be in the buyer's language (Deutsch).");
    let same = CheckContext { buyer_lang: Some(Lang::En), ..CheckContext::default() };
    assert!(check(text, &same).is_empty());
}

#[test]
fn messages_exist_for_every_rule_in_every_language() {
    let all = [
        Rule::Email,
        Rule::Emoji,
        Rule::Link,
        Rule::InsecureLink,
        Rule::Marketing,
        Rule::ReviewManipulation,
        Rule::ReviewRequest,
        Rule::Phone,
        Rule::AttachmentTooLarge,
        Rule::AttachmentType,
        Rule::Important,
        Rule::Empty,
        Rule::Placeholder,
        Rule::Language { expected: Lang::Ja },
    ];
    for lang in Lang::ALL {
        for rule in all {
            let f = context_finding(rule, "video.mp4", None);
            let m = f.message(lang);
            assert!(!m.is_empty() && !m.contains('{'), "{lang:?} {rule:?}: {m}");
        }
    }
    assert_eq!(
        context_finding(Rule::Email, "", None).message(Lang::En),
        "Remove the email address: Amazon deletes email addresses and may block the message."
    );
}

#[test]
fn long_excerpts_are_shortened_on_a_char_boundary() {
    let long = format!("https://example.com/{}", "a".repeat(200));
    let f = findings(&long);
    assert_eq!(f[0].rule, Rule::Link);
    assert_eq!(f[0].excerpt.chars().count(), EXCERPT_CHARS + 1);
}

#[cfg(not(target_arch = "wasm32"))]
mod proptests {
    use super::*;
    use proptest::prelude::*;

    fn valid(text: &str, f: &Finding) -> bool {
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let boundary =
            |i: usize| i == 0 || i == utf16.len() || i < utf16.len() && !(0xDC00..=0xDFFF).contains(&utf16[i]);
        f.start <= f.end
            && f.end <= utf16.len()
            && boundary(f.start)
            && boundary(f.end)
            && text.is_char_boundary(f.byte_start)
            && text.is_char_boundary(f.byte_end)
            && f.byte_start <= f.byte_end
            && text[..f.byte_start].encode_utf16().count() == f.start
            && text[..f.byte_start].chars().count() == f.char_start
            && text[..f.byte_end].chars().count() == f.char_end
    }

    /// Text built from the pieces the scanners care about, so the interesting paths run often.
    fn reply_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("@".to_string()),
            Just("＠".to_string()),
            Just("(at)".to_string()),
            Just("https://".to_string()),
            Just("http://".to_string()),
            Just("www.".to_string()),
            Just(".com".to_string()),
            Just("amazon.de".to_string()),
            Just("+".to_string()),
            Just("(".to_string()),
            Just(")".to_string()),
            Just("-".to_string()),
            Just(".".to_string()),
            Just(" ".to_string()),
            Just("\u{FE0F}".to_string()),
            Just("\u{200D}".to_string()),
            Just("\u{20E3}".to_string()),
            Just("🇩".to_string()),
            Just("👍".to_string()),
            Just("🏽".to_string()),
            Just("☎".to_string()),
            Just("5 star".to_string()),
            Just("レビュー".to_string()),
            Just("を削除".to_string()),
            Just("好评".to_string()),
            Just("[tracking number]".to_string()),
            Just("{order_id}".to_string()),
            Just("０".to_string()),
            Just("İ".to_string()),
            Just("ı".to_string()),
            Just("\u{64b}".to_string()),
            Just("\u{640}".to_string()),
            Just("\u{307}".to_string()),
            Just("٥".to_string()),
            Just("٪".to_string()),
            Just("تقييم".to_string()),
            Just("نجوم".to_string()),
            "[0-9]{1,8}",
            "[a-zA-Z]{1,8}",
            "\\PC{1,4}",
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn check_never_panics_and_offsets_are_utf16_boundaries(text in "\\PC{0,200}", important: bool, lang in 0usize..Lang::ALL.len()) {
            let ctx = CheckContext { important, buyer_lang: Some(Lang::ALL[lang]), attachments: vec![(text.clone(), 1)] };
            for f in check(&text, &ctx) {
                prop_assert!(valid(&text, &f), "{f:?} in {text:?}");
            }
        }

        #[test]
        fn reply_like_text_never_panics_and_offsets_are_valid(text in reply_like()) {
            for f in check(&text, &CheckContext::default()) {
                prop_assert!(valid(&text, &f), "{f:?} in {text:?}");
            }
        }
    }
}
