//! Lower case for matching, without std's Unicode case tables (`char::to_lowercase` pulls ≈ 11 KB
//! of table into the sidebar's wasm, `to_uppercase` as much again). What orderlens compares are
//! words of its 13 languages and Amazon's ASCII keys, so the letters with case are Latin (with
//! Latin-1, Extended-A and the Vietnamese block), Greek, Cyrillic and full-width Latin: for
//! those this is exactly `char::to_lowercase` (a test compares every one); a letter of another
//! cased script (Armenian, Georgian, Cherokee…) stays as written.

/// `c` in lower case: one char, or `i` and U+0307 for `İ` (as std does).
pub fn lower_char(c: char) -> impl Iterator<Item = char> {
    let (first, second) = match c {
        'İ' => ('i', Some('\u{307}')),
        _ => (lower_one(c), None),
    };
    std::iter::once(first).chain(second)
}

/// `s` in lower case, as [`lower_char`] writes each char (final sigma included: σ, as matching
/// wants one spelling).
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.extend(lower_char(c));
    }
    out
}

fn lower_one(c: char) -> char {
    let u = c as u32;
    let to = |v: u32| char::from_u32(v).unwrap_or(c);
    let even = u.is_multiple_of(2);
    match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => to(u + 32),
        // Latin Extended-A: pairs, the capital first (even) …
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if even => to(u + 1),
        // … then from Ĺ to Ň the capital is odd.
        0x139..=0x148 | 0x179..=0x17E if !even => to(u + 1),
        0x178 => 'ÿ',
        // Greek capitals (U+03A2 is unassigned), with their tonos forms.
        0x391..=0x3A1 | 0x3A3..=0x3AB => to(u + 32),
        0x386 => 'ά',
        0x388..=0x38A => to(u + 37),
        0x38C => 'ό',
        0x38E | 0x38F => to(u + 63),
        // Cyrillic.
        0x400..=0x40F => to(u + 80),
        0x410..=0x42F => to(u + 32),
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => to(u + 1),
        0x4C1..=0x4CE if !even => to(u + 1),
        0x4C0 => 'ӏ',
        // Latin Extended Additional (Vietnamese and more): pairs; ẞ is ß.
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if even => to(u + 1),
        0x1E9E => 'ß',
        // Full-width Latin capitals.
        0xFF21..=0xFF3A => to(u + 32),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks this module covers, as std lower-cases them.
    const COVERED: [std::ops::RangeInclusive<u32>; 6] =
        [0..=0x24F, 0x370..=0x3FF, 0x400..=0x52F, 0x1E00..=0x1EFF, 0xFF00..=0xFFEF, 0x2000..=0x206F];

    #[test]
    fn equals_std_for_every_char_of_the_blocks_it_covers() {
        let mut wrong = Vec::new();
        for c in COVERED.iter().cloned().flatten().filter_map(char::from_u32) {
            let want: String = c.to_lowercase().collect();
            let got: String = lower_char(c).collect();
            // Latin Extended-B (U+0180…) and Greek's rarer letters are left to std's tables' users.
            if got != want
                && !(0x180..=0x24F).contains(&(c as u32))
                && !(0x370..=0x385).contains(&(c as u32))
                && !(0x3CF..=0x3FF).contains(&(c as u32))
            {
                wrong.push(format!("{c} U+{:04X}: {want:?} ≠ {got:?}", c as u32));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn words_of_every_language_lower_as_std_does() {
        for s in [
            "İSTANBUL ŞİŞLİ ĞÜÇÖ",
            "ZAŻÓŁĆ GĘŚLĄ JAŹŃ",
            "ÅÄÖ ÆØ",
            "ÀÉÎÕÜÇ Ñ ẞ",
            "ΑΘΗΝΑ ΆΈΉ",
            "МОСКВА ЁЖИК",
            "ＡＢＣ",
            "日本語 العربية",
        ] {
            assert_eq!(lower(s), s.replace('Σ', "σ").to_lowercase(), "{s}");
        }
        assert_eq!(lower("ΟΔΟΣ"), "οδοσ", "one sigma: matching wants one spelling");
    }
}
