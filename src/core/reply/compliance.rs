//! The live check of a reply against Amazon's buyer-messaging rules (buyer-messages.md §10), in
//! every supported language. It runs on each keystroke, so it is a set of hand-written scanners:
//! no regex engine in the wasm, no panics on any input.
//!
//! **Block** (Amazon deletes or rejects it, or it breaks the policy): email addresses, emoji,
//! links that are not Amazon's, Amazon links over plain `http://`, marketing and coupon wording,
//! review manipulation. **Warn** (allowed in some cases, or a slip worth a look): phone numbers
//! (carriers', manufacturers' and warranty providers' are allowed), a neutral review request,
//! attachments over 10 MB or of a kind Amazon does not deliver, `[Important]`, an unfilled
//! placeholder, a reply that seems to be in another language than the buyer's, an empty reply.
//!
//! Plain `http://` links to Amazon block: the policy allows only "secure https links", the fix is
//! one letter, and a message Amazon filters costs far more than that.
//!
//! Offsets are given in UTF-16 code units (what a DOM textarea's `setSelectionRange` takes), in
//! characters and in bytes.

mod emoji;
mod language;
mod links;
mod phone;
mod phrase;
mod spans;
mod words;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::core::i18n::{fill, t, Text};
use crate::core::lang::Lang;
use crate::core::reply::templates::Var;
use spans::Spans;

/// Amazon accepts "one or more attachments (up to 10 MB)". Counted in decimal megabytes, the
/// stricter reading, so a file that passes here passes Amazon's limit either way.
pub const MAX_ATTACHMENT_BYTES: u64 = 10_000_000;

/// Extensions of files Amazon does not deliver to buyers: videos, and GIFs (animated GIFs are
/// forbidden, and a file name cannot tell whether a GIF is animated).
const UNDELIVERABLE_EXTENSIONS: &[&str] =
    &["mp4", "mov", "avi", "wmv", "mkv", "webm", "m4v", "mpg", "mpeg", "3gp", "flv", "gif"];

/// The longest excerpt a finding carries, in characters.
const EXCERPT_CHARS: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The reply must not be sent like this.
    Block,
    /// Worth a look; the agent decides.
    Warn,
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    Email,
    Emoji,
    /// A link to a host that is not Amazon's.
    Link,
    /// An Amazon link over plain `http://`.
    InsecureLink,
    Marketing,
    ReviewManipulation,
    ReviewRequest,
    Phone,
    AttachmentTooLarge,
    AttachmentType,
    Important,
    Empty,
    Placeholder,
    /// The reply seems not to be in the buyer's language.
    Language {
        expected: Lang,
    },
}

impl Rule {
    /// A stable machine name (`review_manipulation`), for CSS classes and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Email => "email",
            Rule::Emoji => "emoji",
            Rule::Link => "link",
            Rule::InsecureLink => "insecure_link",
            Rule::Marketing => "marketing",
            Rule::ReviewManipulation => "review_manipulation",
            Rule::ReviewRequest => "review_request",
            Rule::Phone => "phone",
            Rule::AttachmentTooLarge => "attachment_too_large",
            Rule::AttachmentType => "attachment_type",
            Rule::Important => "important",
            Rule::Empty => "empty",
            Rule::Placeholder => "placeholder",
            Rule::Language { .. } => "language",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Rule::Email
            | Rule::Emoji
            | Rule::Link
            | Rule::InsecureLink
            | Rule::Marketing
            | Rule::ReviewManipulation => Severity::Block,
            Rule::ReviewRequest
            | Rule::Phone
            | Rule::AttachmentTooLarge
            | Rule::AttachmentType
            | Rule::Important
            | Rule::Empty
            | Rule::Placeholder
            | Rule::Language { .. } => Severity::Warn,
        }
    }

    /// The message for the agent: what is wrong and what to do.
    pub fn text(self) -> Text {
        match self {
            Rule::Email => Text::FindingEmail,
            Rule::Emoji => Text::FindingEmoji,
            Rule::Link => Text::FindingLink,
            Rule::InsecureLink => Text::FindingInsecureLink,
            Rule::Marketing => Text::FindingMarketing,
            Rule::ReviewManipulation => Text::FindingReviewManipulation,
            Rule::ReviewRequest => Text::FindingReviewRequest,
            Rule::Phone => Text::FindingPhone,
            Rule::AttachmentTooLarge => Text::FindingAttachmentTooLarge,
            Rule::AttachmentType => Text::FindingAttachmentType,
            Rule::Important => Text::FindingImportant,
            Rule::Empty => Text::FindingEmpty,
            Rule::Placeholder => Text::FindingPlaceholder,
            Rule::Language { .. } => Text::FindingLanguage,
        }
    }
}

/// One problem, pointing at the text that causes it. Findings about attachments or the
/// `[Important]` flag have an empty range at 0.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// UTF-16 code units, for `textarea.setSelectionRange(start, end)`.
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    /// The offending text (shortened), or the attachment's file name.
    pub excerpt: String,
    /// Index into [`CheckContext::attachments`] for attachment findings.
    pub attachment: Option<usize>,
}

impl Finding {
    /// The finding's message in the UI language, with the file name or language filled in.
    pub fn message(&self, ui: Lang) -> String {
        let language = match self.rule {
            Rule::Language { expected } => expected.native_name(),
            _ => "",
        };
        fill(t(ui, self.rule.text()), &[("name", &self.excerpt), ("language", language)])
    }
}

/// What the check knows besides the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckContext {
    /// `[Important]` is switched on for this reply.
    pub important: bool,
    /// File name and size in bytes of each attachment.
    pub attachments: Vec<(String, u64)>,
    /// The buyer's language, when known.
    pub buyer_lang: Option<Lang>,
}

/// True when any finding keeps the reply from being sent.
pub fn blocks(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Block)
}

/// Checks a reply. Text findings come first, in text order; then attachments and `[Important]`.
pub fn check(text: &str, ctx: &CheckContext) -> Vec<Finding> {
    let mut spans = text_spans(text, ctx);
    spans.sort_by_key(|(rule, s, e)| (*s, *e, rule.severity() == Severity::Warn));
    let mut offsets = Offsets { text, byte: 0, utf16: 0, chars: 0 };
    let mut findings: Vec<Finding> =
        spans.into_iter().map(|(rule, s, e)| text_finding(&mut offsets, rule, s, e)).collect();
    for (i, (name, size)) in ctx.attachments.iter().enumerate() {
        if *size > MAX_ATTACHMENT_BYTES {
            findings.push(context_finding(Rule::AttachmentTooLarge, name, Some(i)));
        }
        let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        if extension.is_some_and(|e| UNDELIVERABLE_EXTENSIONS.contains(&e.as_str())) {
            findings.push(context_finding(Rule::AttachmentType, name, Some(i)));
        }
    }
    if ctx.important {
        findings.push(context_finding(Rule::Important, "[Important]", None));
    }
    findings
}

type Span = (Rule, usize, usize);

fn text_spans(text: &str, ctx: &CheckContext) -> Vec<Span> {
    if text.trim().is_empty() {
        return vec![(Rule::Empty, 0, text.len())];
    }
    let mut spans: Vec<Span> = Vec::new();
    let emails = links::emails(text);
    spans.extend(emails.iter().map(|(s, e)| (Rule::Email, *s, *e)));
    let found_links = links::links(text, &emails);
    for link in &found_links {
        let rule = match (link.is_amazon(), link.scheme.as_deref()) {
            (true, None | Some("https")) => continue,
            (true, Some("http")) => Rule::InsecureLink,
            _ => Rule::Link,
        };
        spans.push((rule, link.start, link.end));
    }
    // Words inside an address or a link are part of that finding, not findings of their own.
    let covered = Spans::of(emails.iter().copied().chain(found_links.iter().map(|l| (l.start, l.end))));

    spans.extend(emoji::find(text).into_iter().map(|(s, e)| (Rule::Emoji, s, e)));

    let tokens = phrase::tokenize(text);
    let mut wording: Vec<Span> = Vec::new();
    let index = phrase_index();
    for (i, token) in tokens.iter().enumerate() {
        let starting_here = index.by_first_word.get(token.norm.as_str()).into_iter().flatten();
        for &p in starting_here.chain(&index.anywhere) {
            let Some((rule, phrase)) = index.phrases.get(p) else { continue };
            let Some(end) = phrase.match_at(&tokens, i).filter(|end| *end > i) else { continue };
            let (s, e) = (token.start, tokens[end - 1].end);
            if !covered.overlaps(s, e) {
                wording.push((*rule, s, e));
            }
        }
    }
    spans.extend(merge_wording(wording));

    spans.extend(phone::find(text, &covered).into_iter().map(|(s, e)| (Rule::Phone, s, e)));
    spans.extend(placeholders(text).into_iter().map(|(s, e)| (Rule::Placeholder, s, e)));

    if let (Some(expected), Some(found)) = (ctx.buyer_lang, language::guess(text, &tokens)) {
        if found != expected {
            let start = text.len() - text.trim_start().len();
            spans.push((Rule::Language { expected }, start, text.trim_end().len()));
        }
    }
    spans
}

/// Every word-list pattern, compiled once, indexed by the word it starts with: the check runs
/// on each keystroke, and trying every pattern at every token would cost milliseconds.
struct PhraseIndex {
    phrases: Vec<(Rule, phrase::Phrase)>,
    by_first_word: BTreeMap<String, Vec<usize>>,
    /// Patterns that start with a prefix, a number or an optional part.
    anywhere: Vec<usize>,
}

fn phrase_index() -> &'static PhraseIndex {
    static INDEX: OnceLock<PhraseIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut phrases = Vec::new();
        for table in words::ALL {
            for (rule, patterns) in [
                (Rule::Marketing, table.marketing),
                (Rule::ReviewManipulation, table.review_manipulation),
                (Rule::ReviewRequest, table.review_request),
            ] {
                phrases.extend(patterns.iter().map(|p| (rule, phrase::Phrase::compile(p))));
            }
        }
        let mut by_first_word: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut anywhere = Vec::new();
        for (i, (_, phrase)) in phrases.iter().enumerate() {
            match phrase.first_words() {
                Some(words) => {
                    for w in words {
                        let list = by_first_word.entry(w.to_string()).or_default();
                        if !list.contains(&i) {
                            list.push(i);
                        }
                    }
                }
                None => anywhere.push(i),
            }
        }
        PhraseIndex { phrases, by_first_word, anywhere }
    })
}

/// Several patterns often hit the same words ("leave a 5-star review" is a request and
/// manipulation): overlapping hits of one rule become one, and a neutral-request hit inside a
/// manipulation hit is dropped.
fn merge_wording(mut hits: Vec<Span>) -> Vec<Span> {
    hits.sort_by_key(|(rule, s, e)| (*rule == Rule::ReviewRequest, *s, *e));
    let mut merged: Vec<Span> = Vec::new();
    // Hits come by start, so a hit can only overlap the last merged span of its own rule; the
    // manipulation spans are complete (and disjoint) before the first neutral request comes.
    let mut last_of_rule: Vec<(Rule, usize)> = Vec::new(); // three rules at most
    let mut manipulation: Option<Spans> = None;
    for (rule, s, e) in hits {
        if rule == Rule::ReviewRequest {
            let manipulation = manipulation.get_or_insert_with(|| {
                Spans::of(merged.iter().filter(|(r, ..)| *r == Rule::ReviewManipulation).map(|(_, s, e)| (*s, *e)))
            });
            if manipulation.overlaps(s, e) {
                continue;
            }
        }
        let last = last_of_rule.iter().find(|(r, _)| *r == rule).map(|&(_, i)| i);
        match last.map(|i| &mut merged[i]).filter(|(_, ms, me)| s < *me && *ms < e) {
            Some((_, ms, me)) => {
                *ms = (*ms).min(s);
                *me = (*me).max(e);
            }
            None => {
                last_of_rule.retain(|(r, _)| *r != rule);
                last_of_rule.push((rule, merged.len()));
                merged.push((rule, s, e));
            }
        }
    }
    merged
}

/// Bracketed placeholders a template left ("[tracking number]", in any language) and raw
/// `{order_id}` keys.
fn placeholders(text: &str) -> Vec<(usize, usize)> {
    static NEEDLES: OnceLock<Vec<String>> = OnceLock::new();
    let needles = NEEDLES.get_or_init(|| {
        let mut n: Vec<String> = Vec::new();
        for var in Var::ALL {
            n.push(format!("{{{}}}", var.key()));
            for lang in Lang::ALL {
                let p = var.placeholder(lang);
                if !n.contains(&p) {
                    n.push(p);
                }
            }
        }
        n
    });
    // Leftmost first, the longer of two at one place; a match overlapping a kept one is dropped.
    let mut all: Vec<(usize, usize)> =
        needles.iter().flat_map(|needle| text.match_indices(needle.as_str()).map(|(i, m)| (i, i + m.len()))).collect();
    all.sort_unstable();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (s, e) in all {
        match found.last_mut() {
            Some(last) if s == last.0 => last.1 = e, // the same start, longer (sorted by end)
            Some(last) if s < last.1 => {}
            _ => found.push((s, e)),
        }
    }
    found
}

/// UTF-16 and character offsets of byte positions asked in increasing order: each answer counts
/// only the text since the previous one, so a reply with thousands of findings stays linear.
struct Offsets<'a> {
    text: &'a str,
    byte: usize,
    utf16: usize,
    chars: usize,
}

impl Offsets<'_> {
    fn at(&mut self, byte: usize) -> (usize, usize) {
        let step = &self.text[self.byte..byte];
        self.utf16 += step.encode_utf16().count();
        self.chars += step.chars().count();
        self.byte = byte;
        (self.utf16, self.chars)
    }
}

fn text_finding(offsets: &mut Offsets, rule: Rule, byte_start: usize, byte_end: usize) -> Finding {
    let span = &offsets.text[byte_start..byte_end];
    let (start, char_start) = offsets.at(byte_start);
    Finding {
        rule,
        severity: rule.severity(),
        start,
        end: start + span.encode_utf16().count(),
        char_start,
        char_end: char_start + span.chars().count(),
        byte_start,
        byte_end,
        excerpt: excerpt(span),
        attachment: None,
    }
}

fn context_finding(rule: Rule, excerpt: &str, attachment: Option<usize>) -> Finding {
    Finding {
        rule,
        severity: rule.severity(),
        start: 0,
        end: 0,
        char_start: 0,
        char_end: 0,
        byte_start: 0,
        byte_end: 0,
        excerpt: excerpt.to_string(),
        attachment,
    }
}

fn excerpt(span: &str) -> String {
    let mut chars = span.chars();
    let mut out: String = chars.by_ref().take(EXCERPT_CHARS).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
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
        for text in
            ["Thanks 🙂", "Danke 👍🏽", "Merci 🇫🇷", "Grazie ❤️", "Gracias 1️⃣", "Dzięki 👨‍👩‍👧", "ありがとう🙇‍♀️", "谢谢😊"]
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
        let exactly =
            CheckContext { attachments: vec![("a.pdf".into(), MAX_ATTACHMENT_BYTES)], ..CheckContext::default() };
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
}

#[cfg(all(test, not(target_arch = "wasm32")))]
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
