//! Word-list matching that works for every script: text and patterns go through the same
//! tokenizer, so "5-star", "5 Sterne", "★5" and "5つ星" are all sequences of tokens.
//!
//! Tokens are runs of letters and digits (words), single CJK characters (Chinese and Japanese have
//! no spaces, so each character is a token and patterns match anywhere), and the symbols `%`, `★`,
//! `☆`. Everything else separates tokens. Comparison is case-insensitive and treats full-width
//! ASCII (`５`, `Ｃ`) and Arabic-Indic digits (`٥`) like ASCII. Turkish dotted and dotless i are one
//! letter (`İADE`, `iade`, `ıade` all read `iade`: Turkish upper case has no ASCII `I`), and Arabic
//! is read without its optional marks (harakat, tatweel) and with one alef, yeh and heh, as
//! writers vary in them (`إلغاء` = `الغاء`, `تقييمً` = `تقييم`).
//!
//! Pattern syntax, per whitespace-separated chunk (an alternative cannot contain a space: write
//! two patterns instead): `word` (whole token), `word*` (token starting
//! with it), `#` (a number), `a|b c` alternatives (`b c` being tokens of one chunk split by the
//! tokenizer, e.g. `d'avis` or `レビュー`), a trailing `?` for an optional chunk, and `..` for a
//! short gap (up to 3 words or 12 CJK characters). Gaps are for word orders that put other words
//! in between (German verb-final clauses, Japanese particles); prefer `?` chunks in English, where
//! "review" is also a verb ("once we review your return") and a gap would find it.

use crate::core::letter_case;

/// One token of a text, with its byte range in that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Token {
    pub start: usize,
    pub end: usize,
    /// Lower-cased, full-width folded.
    pub norm: String,
    pub cjk: bool,
    pub number: bool,
}

/// Chinese characters, kana and hangul: scripts written without spaces between words.
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x20000..=0x2FFFF)
}

pub(super) fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// Marks written on a letter that do not end a word: Arabic harakat and superscript alef, and
/// the combining dot of a decomposed Turkish `İ`. Folding drops them.
fn is_silent_mark(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x0307)
}

fn is_symbol_token(c: char) -> bool {
    matches!(c, '%' | '％' | '٪' | '★' | '☆')
}

/// The one spelling of a character that matching compares: full-width ASCII and Arabic-Indic
/// digits to ASCII, lower case, and the letter variants described at the top of this file.
fn fold_into(c: char, out: &mut String) {
    let c = match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        0x0660..=0x0669 => char::from_u32(c as u32 - 0x0660 + '0' as u32).unwrap_or(c),
        0x06F0..=0x06F9 => char::from_u32(c as u32 - 0x06F0 + '0' as u32).unwrap_or(c),
        _ => c,
    };
    match c {
        'İ' | 'ı' => out.push('i'),
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' | 'ی' => out.push('ي'),
        'ة' => out.push('ه'),
        'ک' => out.push('ك'),
        '٪' => out.push('%'),
        '\u{0640}' => {} // tatweel, a stretch of the line between letters
        c if is_silent_mark(c) => {}
        c => out.extend(letter_case::lower_char(c)),
    }
}

/// A word as matching sees it (see [`fold_into`]).
pub(super) fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        fold_into(c, &mut out);
    }
    out
}

pub(super) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word: Option<(usize, String)> = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) || is_silent_mark(c) && word.is_some() {
            let (_, norm) = word.get_or_insert_with(|| (i, String::new()));
            fold_into(c, norm);
            continue;
        }
        if let Some((start, norm)) = word.take() {
            tokens.extend(word_token(start, i, norm));
        }
        if is_cjk(c) || is_symbol_token(c) {
            let mut norm = String::new();
            fold_into(c, &mut norm);
            tokens.push(Token { start: i, end: i + c.len_utf8(), norm, cjk: is_cjk(c), number: false });
        }
    }
    if let Some((start, norm)) = word {
        tokens.extend(word_token(start, text.len(), norm));
    }
    tokens
}

fn word_token(start: usize, end: usize, norm: String) -> Option<Token> {
    // A run of tatweel folds to nothing: no word.
    let number = norm.chars().all(|c| c.is_ascii_digit());
    (!norm.is_empty()).then_some(Token { start, end, norm, cjk: false, number })
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Exact(String),
    Prefix(String),
    Number,
}

impl Tok {
    fn matches(&self, t: &Token) -> bool {
        match self {
            Tok::Exact(s) => t.norm == *s,
            Tok::Prefix(p) => !t.cjk && t.norm.starts_with(p.as_str()),
            Tok::Number => t.number,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Elem {
    /// Alternatives, each a sequence of tokens.
    Alt(Vec<Vec<Tok>>),
    /// Alternatives that may also be absent.
    Opt(Vec<Vec<Tok>>),
    Gap,
}

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Phrase {
    elems: Vec<Elem>,
}

/// A gap may skip this much: a word costs [`WORD_COST`], a CJK character 1.
const GAP_BUDGET: usize = 12;
const WORD_COST: usize = 4;

impl Phrase {
    pub fn compile(pattern: &str) -> Phrase {
        let mut elems = Vec::new();
        for chunk in pattern.split_whitespace() {
            if chunk == ".." {
                // A gap only makes sense between two parts.
                if matches!(elems.last(), Some(Elem::Alt(_) | Elem::Opt(_))) {
                    elems.push(Elem::Gap);
                }
                continue;
            }
            let (chunk, optional) = match chunk.strip_suffix('?') {
                Some(c) => (c, true),
                None => (chunk, false),
            };
            let alts: Vec<Vec<Tok>> = chunk.split('|').map(compile_alternative).filter(|a| !a.is_empty()).collect();
            if !alts.is_empty() {
                elems.push(if optional { Elem::Opt(alts) } else { Elem::Alt(alts) });
            }
        }
        if matches!(elems.last(), Some(Elem::Gap)) {
            elems.pop();
        }
        Phrase { elems }
    }

    /// The normalised words a match must start with, when the pattern starts with plain words
    /// only (no prefix, number or optional part): lets a caller try only the patterns that can
    /// start at a token.
    pub fn first_words(&self) -> Option<Vec<&str>> {
        let Some(Elem::Alt(alts)) = self.elems.first() else { return None };
        alts.iter()
            .map(|seq| match seq.first() {
                Some(Tok::Exact(s)) => Some(s.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The exclusive end token index of a match starting at token `i`.
    pub fn match_at(&self, tokens: &[Token], i: usize) -> Option<usize> {
        if self.elems.is_empty() {
            return None;
        }
        match_elems(&self.elems, tokens, i)
    }
}

fn compile_alternative(alt: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, toks: &mut Vec<Tok>| {
        if !word.is_empty() {
            toks.push(Tok::Exact(std::mem::take(word)));
        }
    };
    for c in alt.chars() {
        if c == '*' {
            flush(&mut word, &mut toks);
            if let Some(Tok::Exact(s)) = toks.pop() {
                toks.push(Tok::Prefix(s));
            }
        } else if c == '#' {
            flush(&mut word, &mut toks);
            toks.push(Tok::Number);
        } else if is_word_char(c) || is_silent_mark(c) {
            fold_into(c, &mut word);
        } else {
            flush(&mut word, &mut toks);
            if is_cjk(c) || is_symbol_token(c) {
                let mut s = String::new();
                fold_into(c, &mut s);
                toks.push(Tok::Exact(s));
            }
        }
    }
    flush(&mut word, &mut toks);
    toks
}

fn match_elems(elems: &[Elem], tokens: &[Token], i: usize) -> Option<usize> {
    let Some((first, rest)) = elems.split_first() else { return Some(i) };
    match first {
        Elem::Alt(alts) => alts.iter().find_map(|seq| {
            let end = match_seq(seq, tokens, i)?;
            match_elems(rest, tokens, end)
        }),
        Elem::Opt(alts) => alts
            .iter()
            .find_map(|seq| {
                let end = match_seq(seq, tokens, i)?;
                match_elems(rest, tokens, end)
            })
            .or_else(|| match_elems(rest, tokens, i)),
        Elem::Gap => {
            let mut j = i;
            let mut spent = 0;
            loop {
                if let Some(end) = match_elems(rest, tokens, j) {
                    return Some(end);
                }
                let t = tokens.get(j)?;
                spent += if t.cjk { 1 } else { WORD_COST };
                if spent > GAP_BUDGET {
                    return None;
                }
                j += 1;
            }
        }
    }
}

fn match_seq(seq: &[Tok], tokens: &[Token], i: usize) -> Option<usize> {
    let window = tokens.get(i..i.checked_add(seq.len())?)?;
    seq.iter().zip(window).all(|(p, t)| p.matches(t)).then_some(i + seq.len())
}

/// Every match of `phrase` in `tokens` as a byte range; matches do not overlap.
#[cfg(test)]
pub(super) fn find_all(phrase: &Phrase, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match phrase.match_at(tokens, i) {
            Some(end) if end > i => {
                found.push((tokens[i].start, tokens[end - 1].end));
                i = end;
            }
            _ => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(pattern: &str, text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        find_all(&Phrase::compile(pattern), &tokens).into_iter().map(|(s, e)| text[s..e].to_string()).collect()
    }

    #[test]
    fn words_match_whole_tokens_case_insensitively() {
        assert_eq!(hits("coupon", "Use the COUPON now"), vec!["COUPON"]);
        assert!(hits("sale", "wholesale and salesforce").is_empty());
        assert_eq!(hits("coupon*", "two Coupons"), vec!["Coupons"]);
    }

    #[test]
    fn hyphens_apostrophes_and_full_width_forms_are_separators_or_folded() {
        assert_eq!(hits("# star*", "leave a 5-star review"), vec!["5-star"]);
        assert_eq!(hits("# star*", "ｆｉｖｅ ５ ＳＴＡＲＳ"), vec!["５ ＳＴＡＲＳ"]);
        assert_eq!(hits("en échange d'avis", "en échange d’avis"), vec!["en échange d’avis"]);
    }

    #[test]
    fn turkish_i_and_arabic_letter_variants_are_one_spelling() {
        for text in ["İNDİRİM KODU", "indirim kodu", "INDIRIM KODU", "i\u{307}ndi\u{307}ri\u{307}m kodu"] {
            assert_eq!(hits("indirim kod*", text).len(), 1, "{text}");
        }
        assert_eq!(hits("ışık", "IŞIK"), vec!["IŞIK"]);
        assert_eq!(hits("الغاء التقييم", "إلغاء التقييمِ"), vec!["إلغاء التقييمِ"]);
        assert_eq!(hits("شكرا", "شكرًا"), vec!["شكرًا"]);
        assert_eq!(hits("مراجعة", "مراجعـــه"), vec!["مراجعـــه"]);
        assert_eq!(hits("# نجوم", "٥ نجوم"), vec!["٥ نجوم"]);
        assert_eq!(hits("خصم # %", "خصم ١٠٪"), vec!["خصم ١٠٪"]);
        // A mark alone is no word.
        assert!(tokenize("\u{64b} \u{651} \u{640}").is_empty());
    }

    #[test]
    fn cjk_patterns_match_inside_running_text() {
        assert_eq!(hits("高評価", "ぜひ高評価をお願いします"), vec!["高評価"]);
        assert_eq!(hits("#つ星", "５つ星で"), vec!["５つ星"]);
        assert_eq!(hits("★#", "★5を"), vec!["★5"]);
        assert_eq!(hits("好评返现", "好评返现5元"), vec!["好评返现"]);
    }

    #[test]
    fn gaps_allow_a_few_words_or_characters() {
        let p = "remove|delete your .. review*";
        assert_eq!(hits(p, "please delete your negative 1-star review"), vec!["delete your negative 1-star review"]);
        assert!(hits(p, "remove your packaging carefully and keep it for the review").is_empty());
        assert_eq!(hits("レビュー .. 削除", "レビューを削除して"), vec!["レビューを削除"]);
    }

    #[test]
    fn optional_chunks_may_be_absent() {
        let p = "remove your|the negative? #? star|stars? review*";
        assert_eq!(hits(p, "remove your review"), vec!["remove your review"]);
        assert_eq!(hits(p, "Remove the negative 1-star review"), vec!["Remove the negative 1-star review"]);
        assert!(hits(p, "remove the label before we review it").is_empty());
    }

    #[test]
    fn degenerate_patterns_never_match() {
        for p in ["", "..", "*", "|", ".. ..", "#|"] {
            assert!(hits(p, "anything 5 at all").len() <= 1, "{p}");
        }
        assert!(hits("", "text").is_empty());
        assert!(hits("..", "text").is_empty());
    }
}
