//! The buyer's name as Amazon presents it: the sender's display name, the slot in a subject
//! ("… from Amazon customer <name> (Order: …)"), or the sentence of a notice that names the
//! buyer ("… the message you sent to <name> on …"). Names are written as the buyer typed
//! them, so no rule here looks at the first letter: Amazon's words on both sides decide
//! where a name is, and [`reads_as_a_name`] keeps prose, labels and numbers out.

use super::name_words::{
    NoticeWording, DISPLAY_NAME_SUFFIXES, FUNCTION_WORDS, GENERIC_NAME_WORDS, NAME_PARTICLES, NOTICE_WORDING,
    SUBJECT_NAME,
};
use super::sender::Alias;
use super::Kind;
use crate::core::letter_case;
use crate::core::message::Message;

/// The name and where it was read.
pub fn buyer_name(message: &Message, kind: Option<Kind>, alias: Option<&Alias>) -> Option<(String, String)> {
    let found = |name: Option<String>, source: &str| name.map(|n| (n, source.to_string()));
    match kind? {
        Kind::BuyerMessage | Kind::CancellationRequest => found(display_name(message, alias), "sender display name")
            .or_else(|| found(subject_name(&message.subject), "subject"))
            .or_else(|| found(subject_name(&message.text), "subject line quoted in the body")),
        Kind::MessageCopy => {
            found(subject_name(&message.subject), "subject").or_else(|| in_notice(message, Kind::MessageCopy))
        }
        kind @ (Kind::RefundNotification | Kind::DeliveryFailure) => in_notice(message, kind),
        _ => None,
    }
}

fn in_notice(message: &Message, kind: Kind) -> Option<(String, String)> {
    notice_name(&message.subject, kind)
        .map(|n| (n, "notice subject".to_string()))
        .or_else(|| notice_name(&message.text, kind).map(|n| (n, "notice text".to_string())))
}

/// The From display name minus " - Amazon Marketplace"; generic labels ("Cliente Amazon"),
/// bare addresses and the alias's own local part are not names.
fn display_name(message: &Message, alias: Option<&Alias>) -> Option<String> {
    let raw = message.from.as_ref()?.name.as_deref()?;
    let lower = letter_case::lower(raw);
    let cut = DISPLAY_NAME_SUFFIXES
        .iter()
        .find_map(|s| lower.ends_with(s).then(|| raw.len().checked_sub(s.len())))
        .flatten()
        .filter(|&i| raw.is_char_boundary(i))
        .unwrap_or(raw.len());
    let name = clean_name(&raw[..cut])?;
    let local = alias.and_then(|a| a.base.split('@').next()).unwrap_or("");
    let generic = letter_case::lower(&name).contains("amazon") || is_generic(&name) || name.eq_ignore_ascii_case(local);
    (!generic).then_some(name)
}

/// "… from Amazon customer <Name> (Order: …)" and its translations.
fn subject_name(subject: &str) -> Option<String> {
    let folded = fold(subject);
    SUBJECT_NAME.iter().find_map(|(before, after)| {
        let start = folded.find(&fold(before))? + before.len();
        let rest = &folded[start..];
        // A subject without the "(Order: …)" part ends with the name.
        let line_end = rest.find(['\r', '\n']).unwrap_or(rest.len());
        let may_end_the_line = after.is_empty() || after.contains(&" (");
        let end = after.iter().filter_map(|a| rest.find(&fold(a))).min().or(may_end_the_line.then_some(line_end))?;
        clean_name(&subject[start..start + end]).filter(|n| reads_as_a_name(n))
    })
}

/// The name in a notice's sentence: the earliest place where one of Amazon's lead-ins
/// ("sent to ", "{n} à ", …) is followed by a name and then a word that follows names in the
/// same language (" on {n}", " le {n}", …). A name in lower case counts only when such a word
/// ends it, not mere punctuation: without the buyer's capital, both of Amazon's words must
/// frame it.
fn notice_name(text: &str, kind: Kind) -> Option<String> {
    let (text, folded) = collapse_whitespace(text);
    let leads = |w: &'static NoticeWording| match kind {
        Kind::RefundNotification => w.refunded_to,
        _ => w.sent_to,
    };
    NOTICE_WORDING
        .iter()
        .flat_map(|w| leads(w).iter().map(move |lead| (w, *lead)))
        .filter_map(|(wording, lead)| {
            let (needs_number, literal) = match lead.strip_prefix("{n}") {
                Some(literal) => (true, literal),
                None => (false, lead),
            };
            // Most lead-ins are of other languages: `contains` rules them out fastest.
            if !folded.contains(literal) {
                return None;
            }
            folded.match_indices(literal).find_map(|(at, _)| {
                if needs_number && !number_ends_at(&text, at) {
                    return None;
                }
                Some((at, name_at(&text, &folded, at + literal.len(), wording)?))
            })
        })
        // At the same place, the reading that Amazon's words end soonest.
        .min_by_key(|(at, name)| (*at, name.len()))
        .map(|(_, name)| name)
}

/// The longest stretch of a name, in characters: the rest of the sentence is never searched.
const NAME_WINDOW: usize = 64;

/// How far around a lead-in or an ending a number is looked for, in characters: bounded, so
/// that time stays linear in the text whatever its words.
const LOOK_AROUND: usize = 24;

/// The name that starts at `start`, if Amazon's words end it within reach.
fn name_at(text: &str, folded: &str, start: usize, wording: &NoticeWording) -> Option<String> {
    let window_end = folded[start..].char_indices().nth(NAME_WINDOW).map_or(folded.len(), |(i, _)| start + i);
    let window = &folded[start..window_end];
    let by_word = wording
        .after_name
        .iter()
        .filter_map(|after| {
            let (literal, needs_number) = match after.strip_suffix("{n}") {
                Some(literal) => (literal, true),
                None => (*after, false),
            };
            window
                .match_indices(literal)
                .map(|(i, _)| i)
                .find(|&i| !needs_number || number_follows(&folded[start + i + literal.len()..]))
        })
        .min();
    let by_punctuation =
        punctuation_end(&text[start..window_end]).or((window_end == folded.len()).then_some(window.len()));
    let (end, framed) = match (by_word, by_punctuation) {
        (Some(w), Some(p)) if p < w => (p, false),
        (Some(w), _) => (w, true),
        (None, Some(p)) => (p, false),
        (None, None) => return None,
    };
    let name = clean_name(&text[start..start + end])?;
    let lower_case = name.chars().next().is_some_and(char::is_lowercase);
    (reads_as_a_name(&name) && (framed || !lower_case)).then_some(name)
}

/// Where a sentence or clause ends in `window`: a line break, a comma or the like, or a
/// full stop that does not follow a lone initial ("Ashley C. on …").
fn punctuation_end(window: &str) -> Option<usize> {
    window.char_indices().find_map(|(i, c)| {
        let ends = match c {
            '\n' | ',' | ';' | ':' | '(' | '[' | '!' | '?' | '。' | '、' | '，' | '：' | '（' | '！' | '？' => {
                true
            }
            '.' => {
                let word = window[..i].rsplit(' ').next().unwrap_or("");
                word.chars().count() != 1
            }
            _ => false,
        };
        ends.then_some(i)
    })
}

/// A number (an amount, a date, an order id) ends just before `at`, perhaps followed by a
/// currency ("54,90 €", "199 kr") or a closing bracket.
fn number_ends_at(text: &str, at: usize) -> bool {
    let from = text[..at].char_indices().rev().nth(LOOK_AROUND).map_or(0, |(i, _)| i);
    let before = text[from..at].trim_end().trim_end_matches([')', ']', '」']);
    let ends_in_digit = |s: &str| s.trim_end().ends_with(char::is_numeric);
    if ends_in_digit(before) {
        return true;
    }
    let (rest, last) = before.rsplit_once(' ').unwrap_or(("", before));
    is_currency(last) && ends_in_digit(rest)
}

/// `€`, `R$`, `EUR`, `TL`, `kr`, `zł`: up to three characters, no digits, no lower-case
/// word (except the Nordic and Polish ones).
fn is_currency(token: &str) -> bool {
    let short = (1..=3).contains(&token.chars().count()) && !token.chars().any(char::is_numeric);
    short && (!token.chars().any(char::is_lowercase) || matches!(token, "kr" | "zł"))
}

/// A number, or a word and then a number ("le 2026-03-04", "on March 4, 2026"), starts `rest`.
fn number_follows(rest: &str) -> bool {
    let near = rest.char_indices().nth(LOOK_AROUND).map_or(rest.len(), |(i, _)| i);
    let rest = rest[..near].trim_start();
    let after_word = rest.trim_start_matches(|c: char| c.is_alphabetic() || c == '.').trim_start();
    rest.starts_with(char::is_numeric) || after_word.starts_with(char::is_numeric)
}

/// A candidate taken from a sentence or a subject slot reads as a name: at most five words of
/// letters (with `'`, `’`, `-`, `.` inside), no word of prose ("the", "den", "l'"), no particle
/// first or last, and no generic label ("the buyer", "Cliente Amazon", "Käufer").
fn reads_as_a_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let letters = name.chars().all(|c| {
        c.is_alphabetic() || c == ' ' || matches!(c, '\'' | '’' | '-' | '.' | '·' | '・') || is_combining_mark(c)
    });
    let prose = |w: &str| w.split(['\'', '’']).any(|part| FUNCTION_WORDS.contains(&part));
    let particle = |w: &&str| NAME_PARTICLES.contains(w);
    (1..=5).contains(&words.len())
        && letters
        && name.starts_with(char::is_alphabetic)
        && !words.iter().any(|w| prose(w))
        && !words.first().is_some_and(particle)
        && !words.last().is_some_and(particle)
        && !is_generic(name)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// A label for anyone: any word of it is generic, or (for scripts written without spaces) it
/// contains a generic word.
fn is_generic(name: &str) -> bool {
    let lower = letter_case::lower(name);
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    GENERIC_NAME_WORDS.iter().any(|g| words.contains(g) || (g.chars().all(is_unspaced_script) && lower.contains(g)))
}

fn is_unspaced_script(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

fn clean_name(raw: &str) -> Option<String> {
    let name = raw.trim().trim_matches(|c: char| {
        matches!(c, '"' | '\'' | ',' | ':' | '“' | '”' | '«' | '»' | '「' | '」') || c.is_whitespace()
    });
    let name = name.strip_suffix('様').unwrap_or(name).trim();
    let name: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let plausible = !name.is_empty()
        && name.chars().count() <= 60
        && !name.contains('@')
        && !name.chars().any(|c| c.is_ascii_digit())
        && name.split_whitespace().count() <= 6;
    plausible.then_some(name)
}

/// `text` lower-cased where that keeps every byte offset (a character whose lower case is one
/// character of the same length), so a position found in the folded text is one in `text`.
fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = letter_case::lower_char(c);
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// `text` with every run of whitespace as one character — a line break where the run holds
/// one (a name never runs on past the end of a line), else a space — and the same folded,
/// with line breaks as spaces, for finding Amazon's words across a wrapped line. Both are
/// one byte, so the two strings share their offsets.
fn collapse_whitespace(text: &str) -> (String, String) {
    let (mut out, mut folded) = (String::with_capacity(text.len()), String::with_capacity(text.len()));
    let mut run: Option<char> = None;
    for c in text.chars() {
        if c.is_whitespace() {
            run = Some(if c == '\n' || run == Some('\n') { '\n' } else { ' ' });
            continue;
        }
        if let Some(space) = run.take().filter(|_| !out.is_empty()) {
            out.push(space);
            folded.push(' ');
        }
        out.push(c);
        folded.push(fold_char(c));
    }
    (out, folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Initials of every kind: accented and other Unicode capitals, lower case, several
    /// words, hyphens and apostrophes, scripts without case.
    const NAMES: &[&str] = &[
        "Élodie Lefèvre",
        "Øyvind Berg",
        "Łukasz Wójcik",
        "İsmail Öztürk",
        "Ñuñez",
        "jan de vries",
        "maría del carmen ruiz",
        "Seán O'Brien",
        "Jean-Luc Picard",
        "Ashley C.",
        "山田花子",
        "أحمد المنصوري",
    ];

    /// Words that stand in a name's place in Amazon's sentences but name nobody.
    const NOT_NAMES: &[&str] = &[
        "the buyer",
        "The Buyer",
        "your customer",
        "den Käufer",
        "l'acheteur",
        "il cliente",
        "al cliente",
        "o comprador",
        "de koper",
        "köparen",
        "kupującego",
        "alıcı",
        "Cliente Amazon",
        "Amazon",
        "Amazon-Kunde",
        "2026-03-04",
        "EUR 12,50",
        "407-1234567-1234567",
        "購入者",
        "买家",
        "المشتري",
        "partir d'une adresse non autorisée",
    ];

    /// Every sentence the tables describe: each lead-in of each language, each ending of the
    /// same language, `{n}` filled in.
    fn sentences(filler: &str) -> Vec<(Kind, String)> {
        let mut out = Vec::new();
        for wording in NOTICE_WORDING {
            let kinds = [
                (Kind::RefundNotification, wording.refunded_to),
                (Kind::DeliveryFailure, wording.sent_to),
                (Kind::MessageCopy, wording.sent_to),
            ];
            for (kind, leads) in kinds {
                for lead in leads {
                    for after in wording.after_name {
                        let lead = lead.replace("{n}", "EUR 12,50");
                        let after = after.replace("{n}", "2026-03-04");
                        out.push((kind, format!("Dear seller, x {lead}{filler}{after} 407-1234567-1234567 y.")));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_wording_frames_any_name() {
        for name in NAMES {
            for (kind, sentence) in sentences(name) {
                assert_eq!(notice_name(&sentence, kind).as_deref(), Some(*name), "{kind:?}: {sentence}");
            }
        }
    }

    #[test]
    fn no_wording_takes_prose_labels_or_numbers_for_a_name() {
        for filler in NOT_NAMES {
            for (kind, sentence) in sentences(filler) {
                assert_eq!(notice_name(&sentence, kind), None, "{kind:?}: {sentence}");
            }
        }
    }

    #[test]
    fn real_notice_sentences() {
        for (text, kind, name) in [
            (
                "Abbiamo avviato un rimborso dell'importo di EUR 54.9 a Giuseppe Rinaldi a seguito del reso",
                Kind::RefundNotification,
                "Giuseppe Rinaldi",
            ),
            (
                "We have initiated a refund of USD 29.99 to Ashley Carter following the return",
                Kind::RefundNotification,
                "Ashley Carter",
            ),
            (
                "Wir haben eine Erstattung in Höhe von EUR 12,00 an Max Mustermann veranlasst.",
                Kind::RefundNotification,
                "Max Mustermann",
            ),
            ("Nous avons initié un remboursement de 299,55 € à élodie suite au retour", Kind::RefundNotification, "élodie"),
            (
                "Nous n'avons pas pu remettre votre message envoyé à Élodie le 04/03/2026 pour la commande",
                Kind::DeliveryFailure,
                "Élodie",
            ),
            (
                "Your message to the buyer was not delivered.\n\nWe were unable to deliver the message you sent to\nAshley on March 4, 2026 for order",
                Kind::DeliveryFailure,
                "Ashley",
            ),
            ("お客様が2026/03/04に山田 花子 様に送信したメッセージは配信されませんでした", Kind::DeliveryFailure, "山田 花子"),
            ("Here is a copy of the email you sent to Dana.", Kind::MessageCopy, "Dana"),
            ("Wir haben eine Erstattung an Jürgen Weiß veranlasst.", Kind::RefundNotification, "Jürgen Weiß"),
            ("We have issued a refund to jan de vries for order 113-8724418-8509232.", Kind::RefundNotification, "jan de vries"),
        ] {
            assert_eq!(notice_name(text, kind).as_deref(), Some(name), "{text}");
        }
    }

    /// Without the buyer's capital, punctuation alone does not end a name: "…must be sent to
    /// approved addresses." is prose.
    #[test]
    fn a_lower_case_name_needs_amazons_words_on_both_sides() {
        assert_eq!(notice_name("Messages must be sent to approved addresses.", Kind::DeliveryFailure), None);
        assert_eq!(
            notice_name("the email you sent to dana on 2026-03-04.", Kind::MessageCopy).as_deref(),
            Some("dana")
        );
        assert_eq!(notice_name("the email you sent to Dana.", Kind::MessageCopy).as_deref(), Some("Dana"));
        assert_eq!(notice_name("rimborso a seguito del reso.", Kind::RefundNotification), None);
        assert_eq!(
            notice_name("We will send the refund to your original payment method.", Kind::RefundNotification),
            None
        );
        // "30 days to respond" is no amount before "to".
        assert_eq!(notice_name("You have 30 days to respond following the refund", Kind::RefundNotification), None);
    }

    #[test]
    fn subject_names_in_several_languages() {
        for (subject, name) in [
            ("Inquiry from Amazon customer Dana (Order: 113-5012969-2040296)", "Dana"),
            (
                "AW: Frage von Amazon-Kunde Heike Müller-Lüdenscheidt (Bestellung: 303-4497689-1446057)",
                "Heike Müller-Lüdenscheidt",
            ),
            ("Amazon müşterisi Ayşe Yılmaz'dan sipariş sorusu (Sipariş: 407-1671089-3304668)", "Ayşe Yılmaz"),
            (
                "Amazonのカスタマー 山田花子 様から商品の詳細情報に関するお問い合わせ(注文: 250-5131743-8937870)",
                "山田花子",
            ),
            ("Detalhes do produto Amazon Mariana Costa pergunta do cliente", "Mariana Costa"),
            ("Product details inquiry from Amazon customer Priya", "Priya"),
            ("Your email to Dana", "Dana"),
            ("Your e-mail to Sanne de Vries", "Sanne de Vries"),
            ("Votre e-mail à élodie lefèvre", "élodie lefèvre"),
            ("Seu e-mail para Íris Nogueira", "Íris Nogueira"),
        ] {
            assert_eq!(subject_name(subject).as_deref(), Some(name), "{subject}");
        }
        assert_eq!(subject_name("Your email to the buyer"), None);
        assert_eq!(subject_name("Inquiry from Amazon customer Amazon Customer (Order: 113-5012969-2040296)"), None);
    }

    #[test]
    fn folding_keeps_byte_offsets() {
        for text in ["xx ÄBC yy", "İstanbul", "ΣΊΣΥΦΟΣ", "Ǆemal", "ẞ"] {
            assert_eq!(fold(text).len(), text.len(), "{text}");
        }
        assert_eq!(fold("ÉLODIE"), "élodie");
    }
}
