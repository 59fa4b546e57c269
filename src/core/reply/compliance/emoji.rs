//! Emoji, by Unicode's emoji data (emoji-data.txt, Emoji_Presentation and Extended_Pictographic),
//! condensed to ranges. Symbols that are text by default (©, ™, ☎, ♥, ㊗, 〽) count only when
//! followed by the emoji variation selector U+FE0F or a skin tone, so product names and CJK
//! punctuation stay clean; ★, ☆, ♪ and 〜 are never emoji.

/// Code points that show as emoji on their own.
fn is_emoji_presentation(c: char) -> bool {
    matches!(c as u32,
        0x231A..=0x231B | 0x23E9..=0x23EC | 0x23F0 | 0x23F3 | 0x25FD..=0x25FE | 0x2614..=0x2615
        | 0x2648..=0x2653 | 0x267F | 0x2693 | 0x26A1 | 0x26AA..=0x26AB | 0x26BD..=0x26BE
        | 0x26C4..=0x26C5 | 0x26CE | 0x26D4 | 0x26EA | 0x26F2..=0x26F3 | 0x26F5 | 0x26FA | 0x26FD
        | 0x2705 | 0x270A..=0x270B | 0x2728 | 0x274C | 0x274E | 0x2753..=0x2755 | 0x2757
        | 0x2795..=0x2797 | 0x27B0 | 0x27BF | 0x2B1B..=0x2B1C | 0x2B50 | 0x2B55
        // Mahjong, cards, enclosed letters and ideographs that are emoji.
        | 0x1F004 | 0x1F0CF | 0x1F18E | 0x1F191..=0x1F19A | 0x1F201 | 0x1F21A | 0x1F22F
        | 0x1F232..=0x1F236 | 0x1F238..=0x1F23A | 0x1F250..=0x1F251
        // Pictographs, emoticons, transport, geometric colour shapes, supplemental symbols.
        | 0x1F300..=0x1F64F | 0x1F680..=0x1F6FF | 0x1F7E0..=0x1F7FF | 0x1F900..=0x1F9FF
        | 0x1FA70..=0x1FAFF)
}

/// Pictographs that are text by default and become emoji with U+FE0F.
fn is_text_pictograph(c: char) -> bool {
    matches!(c as u32,
        0x00A9 | 0x00AE | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x2194..=0x2199 | 0x21A9..=0x21AA
        | 0x2328 | 0x23CF | 0x23ED..=0x23EF | 0x23F1..=0x23F2 | 0x23F8..=0x23FA | 0x24C2
        | 0x25AA..=0x25AB | 0x25B6 | 0x25C0 | 0x25FB..=0x25FC | 0x2600..=0x2604 | 0x260E | 0x2611
        | 0x2618 | 0x261D | 0x2620 | 0x2622..=0x2623 | 0x2626 | 0x262A | 0x262E..=0x262F
        | 0x2638..=0x263A | 0x2640 | 0x2642 | 0x265F..=0x2660 | 0x2663 | 0x2665..=0x2666 | 0x2668
        | 0x267B | 0x267E | 0x2692 | 0x2694..=0x2697 | 0x2699 | 0x269B..=0x269C | 0x26A0 | 0x26A7
        | 0x26B0..=0x26B1 | 0x26C8 | 0x26CF | 0x26D1 | 0x26D3 | 0x26E9 | 0x26F0..=0x26F1 | 0x26F4
        | 0x26F7..=0x26F9 | 0x2702 | 0x2708..=0x2709 | 0x270C..=0x270D | 0x270F | 0x2712 | 0x2714
        | 0x2716 | 0x271D | 0x2721 | 0x2733..=0x2734 | 0x2744 | 0x2747 | 0x2763..=0x2764 | 0x27A1
        | 0x2934..=0x2935 | 0x2B05..=0x2B07 | 0x3030 | 0x303D | 0x3297 | 0x3299
        | 0x1F170..=0x1F171 | 0x1F17E..=0x1F17F | 0x1F202 | 0x1F237)
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
}

fn is_skin_tone(c: char) -> bool {
    matches!(c as u32, 0x1F3FB..=0x1F3FF)
}

const VS16: char = '\u{FE0F}';
const ZWJ: char = '\u{200D}';
const KEYCAP: char = '\u{20E3}';

/// Characters that continue an emoji: variation selector, skin tones, tag characters
/// (subdivision flags such as England's) and the keycap mark.
fn is_emoji_continuation(c: char) -> bool {
    c == VS16 || c == KEYCAP || is_skin_tone(c) || matches!(c as u32, 0xE0020..=0xE007F)
}

/// `1️⃣`, `#⃣`: a digit, `#` or `*`, optionally U+FE0F, then the keycap mark.
fn is_keycap_base(c: char, next: Option<char>, after_next: Option<char>) -> bool {
    (c.is_ascii_digit() || c == '#' || c == '*')
        && (next == Some(KEYCAP) || next == Some(VS16) && after_next == Some(KEYCAP))
}

/// Byte ranges of emoji in `text`; adjacent emoji form one range.
pub(super) fn find(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        let next = chars.get(i + 1).map(|(_, c)| *c);
        let len = if is_regional_indicator(c) {
            // A flag is a pair; a lone indicator still shows as a letter tile.
            if next.is_some_and(is_regional_indicator) {
                2
            } else {
                1
            }
        } else if is_keycap_base(c, next, chars.get(i + 2).map(|(_, c)| *c))
            || is_emoji_presentation(c)
            || is_text_pictograph(c) && next.is_some_and(|n| n == VS16 || is_skin_tone(n))
        {
            1
        } else {
            i += 1;
            continue;
        };
        let mut j = i + len;
        // Modifiers, then zero-width-joined parts: 👩🏽‍💻, 🏳️‍🌈, 🏴󠁧󠁢󠁥󠁮󠁧󠁿.
        loop {
            match chars.get(j).map(|(_, c)| *c) {
                Some(n) if is_emoji_continuation(n) => j += 1,
                Some(ZWJ)
                    if chars.get(j + 1).is_some_and(|(_, n)| is_emoji_presentation(*n) || is_text_pictograph(*n)) =>
                {
                    j += 2
                }
                _ => break,
            }
        }
        let end = end_of(j);
        match found.last_mut() {
            Some(last) if last.1 == start => last.1 = end,
            _ => found.push((start, end)),
        }
        i = j;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emoji(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn plain_and_composed_emoji_are_found_whole() {
        assert_eq!(emoji("Thanks 😊!"), vec!["😊"]);
        assert_eq!(emoji("a 👍🏽 b"), vec!["👍🏽"]);
        assert_eq!(emoji("dev 👩🏽‍💻 here"), vec!["👩🏽‍💻"]);
        assert_eq!(emoji("family 👨‍👩‍👧‍👦."), vec!["👨‍👩‍👧‍👦"]);
        assert_eq!(emoji("flag 🇩🇪 and 🇯🇵"), vec!["🇩🇪", "🇯🇵"]);
        assert_eq!(emoji("🏳️‍🌈"), vec!["🏳️‍🌈"]);
        assert_eq!(emoji("England 🏴󠁧󠁢󠁥󠁮󠁧󠁿"), vec!["🏴󠁧󠁢󠁥󠁮󠁧󠁿"]);
        assert_eq!(emoji("press 1️⃣ or #⃣"), vec!["1️⃣", "#⃣"]);
        assert_eq!(emoji("❤️ love"), vec!["❤️"]);
        assert_eq!(emoji("⭐⭐⭐⭐⭐"), vec!["⭐⭐⭐⭐⭐"]);
        assert_eq!(emoji("done ✅"), vec!["✅"]);
        assert_eq!(emoji("🎁🎉 sale"), vec!["🎁🎉"]);
    }

    #[test]
    fn text_symbols_and_cjk_punctuation_are_not_emoji() {
        for text in [
            "Brand® Product™ © 2025",
            "★★★★☆ ♪ 〜 ※ ○ ● ◎ △ □ ■ → ←",
            "ありがとうございます。「注文履歴」【重要】〒100-0001",
            "您好！（订单）“商品”——谢谢。",
            "☎ 03-1234-5678 ♥",
            "1 2 3 # *",
            "㊗ 〽 〰",
        ] {
            assert!(find(text).is_empty(), "{text}: {:?}", emoji(text));
        }
    }

    #[test]
    fn text_symbols_with_the_emoji_selector_are_emoji() {
        assert_eq!(emoji("☎️ call"), vec!["☎️"]);
        assert_eq!(emoji("™️"), vec!["™️"]);
        assert_eq!(emoji("☝🏻"), vec!["☝🏻"]);
    }

    #[test]
    fn stray_modifiers_do_not_panic() {
        for text in ["\u{FE0F}", "\u{200D}", "\u{20E3}", "a\u{200D}", "😊\u{200D}", "🇩", "\u{E0067}"] {
            let _ = find(text);
        }
    }
}
