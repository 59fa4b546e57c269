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
mod finding;
mod language;
mod links;
mod phone;
mod phrase;
mod spans;
mod words;

use std::sync::OnceLock;

use crate::core::lang::Lang;
use crate::core::reply::templates::Var;
use crate::core::stable_sort;
use finding::{context_finding, text_finding, Offsets};
pub use finding::{Finding, Rule, Severity};
use spans::Spans;
pub use words::Words;

/// Amazon accepts "one or more attachments (up to 10 MB)". Counted in decimal megabytes, the
/// stricter reading, so a file that passes here passes Amazon's limit either way.
pub const MAX_ATTACHMENT_BYTES: u64 = 10_000_000;

/// Extensions of files Amazon does not deliver to buyers: videos, and GIFs (animated GIFs are
/// forbidden, and a file name cannot tell whether a GIF is animated).
const UNDELIVERABLE_EXTENSIONS: &[&str] =
    &["mp4", "mov", "avi", "wmv", "mkv", "webm", "m4v", "mpg", "mpeg", "3gp", "flv", "gif"];

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
/// The language `text` is written in, from its frequent words (or its script for Japanese and
/// Chinese); `None` for a short text or a close call.
pub fn written_in(text: &str) -> Option<Lang> {
    language::guess(text, &phrase::tokenize(text))
}

pub fn check(text: &str, ctx: &CheckContext) -> Vec<Finding> {
    let mut spans = text_spans(text, ctx);
    stable_sort::sort_by_key(&mut spans, |&(rule, s, e)| {
        [s as u64, e as u64, u64::from(rule.severity() == Severity::Warn)]
    });
    let mut offsets = Offsets::new(text);
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
        for &p in index.starting_with(&token.norm).chain(&index.anywhere) {
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
    /// (first word, pattern), sorted (smaller in the wasm than a `BTreeMap`).
    by_first_word: Vec<(String, usize)>,
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
        let mut by_first_word = Vec::new();
        let mut anywhere = Vec::new();
        for (i, (_, phrase)) in phrases.iter().enumerate() {
            match phrase.first_words() {
                Some(words) => by_first_word.extend(words.iter().map(|w| (w.to_string(), i))),
                None => anywhere.push(i),
            }
        }
        by_first_word.sort_unstable();
        by_first_word.dedup();
        PhraseIndex { phrases, by_first_word, anywhere }
    })
}

impl PhraseIndex {
    /// The patterns whose first word is `word`, in pattern order.
    fn starting_with<'a>(&'a self, word: &'a str) -> impl Iterator<Item = &'a usize> + 'a {
        let from = self.by_first_word.partition_point(|(w, _)| w.as_str() < word);
        self.by_first_word.iter().skip(from).take_while(move |(w, _)| w == word).map(|(_, p)| p)
    }
}

/// Several patterns often hit the same words ("leave a 5-star review" is a request and
/// manipulation): overlapping hits of one rule become one, and a neutral-request hit inside a
/// manipulation hit is dropped.
fn merge_wording(mut hits: Vec<Span>) -> Vec<Span> {
    stable_sort::sort_by_key(&mut hits, |&(rule, s, e)| [u64::from(rule == Rule::ReviewRequest), s as u64, e as u64]);
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

#[cfg(test)]
mod tests;
