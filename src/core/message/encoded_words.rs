//! RFC 2047 encoded-words whose text is split inside a character.
//!
//! Mailers split long headers into several encoded-words, sometimes between the bytes of one
//! UTF-8 or Shift_JIS character. mail-parser decodes each word on its own, so such a character
//! comes out as replacement characters. RFC 2047 treats adjacent encoded-words as one run
//! (white space between them is ignored): this joins the bytes of adjacent words of one charset
//! and encoding before decoding them.

use mail_parser::decoders::base64::base64_decode;
use mail_parser::decoders::charsets::map::charset_decoder;

/// Decodes every encoded-word in an unfolded header value; other text is kept as it is.
pub(super) fn decode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    // The charset, encoding and bytes of the run being joined.
    let mut run: Option<(String, u8, Vec<u8>)> = None;
    let mut pending_space = String::new();
    while !rest.is_empty() {
        match encoded_word(rest) {
            Some((charset, encoding, bytes, len)) => {
                match run.as_mut() {
                    Some((c, e, b)) if c.eq_ignore_ascii_case(&charset) && *e == encoding => b.extend(bytes),
                    _ => {
                        flush(&mut out, run.take());
                        out.push_str(&pending_space);
                        run = Some((charset, encoding, bytes));
                    }
                }
                pending_space.clear();
                rest = &rest[len..];
            }
            None => {
                let c = rest.chars().next().unwrap_or(' ');
                if run.is_some() && c.is_whitespace() {
                    pending_space.push(c); // dropped if another encoded-word follows
                } else {
                    flush(&mut out, run.take());
                    out.push_str(&pending_space);
                    pending_space.clear();
                    out.push(c);
                }
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    flush(&mut out, run);
    out.push_str(&pending_space);
    out
}

fn flush(out: &mut String, run: Option<(String, u8, Vec<u8>)>) {
    if let Some((charset, _, bytes)) = run {
        match charset_decoder(charset.as_bytes()) {
            Some(decode) => out.push_str(&decode(&bytes)),
            None => out.push_str(&String::from_utf8_lossy(&bytes)),
        }
    }
}

/// `=?charset?B|Q?text?=` at the start of `s`: charset, encoding, decoded bytes, length.
///
/// No part of an encoded-word may hold a `?` (RFC 2047 §2), so each part ends at the next `?`:
/// the scan never runs past the next word's start, and a header full of `=?` stays linear.
fn encoded_word(s: &str) -> Option<(String, u8, Vec<u8>, usize)> {
    let body = s.strip_prefix("=?")?;
    let (charset, body) = body.split_once('?')?;
    let (encoding, body) = body.split_once('?')?;
    let (text, after) = body.split_once('?')?;
    let after = after.strip_prefix('=')?;
    let consumed = s.len() - after.len();
    if charset.is_empty() || text.contains(char::is_whitespace) || encoding.len() != 1 {
        return None;
    }
    // RFC 2231 language suffix: "utf-8*de".
    let charset = charset.split('*').next().unwrap_or(charset).to_string();
    let encoding = encoding.as_bytes()[0].to_ascii_uppercase();
    let bytes = match encoding {
        b'B' => base64_decode(text.as_bytes())?,
        b'Q' => q_decode(text.as_bytes()),
        _ => return None,
    };
    Some((charset, encoding, bytes, consumed))
}

/// The "Q" encoding: quoted-printable with `_` for a space.
fn q_decode(text: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'_' => out.push(b' '),
            b'=' if i + 2 < text.len() => match (hex(text[i + 1]), hex(text[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'='),
            },
            b => out.push(b),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_character_split_across_words_is_joined() {
        assert_eq!(decode("=?utf-8?Q?J=C3?= =?utf-8?Q?=BCrgen?="), "Jürgen");
        assert_eq!(decode("=?UTF-8?B?SsM=?=\t=?utf-8?B?vHJnZW4=?= <x@y.example>"), "Jürgen <x@y.example>");
    }

    #[test]
    fn plain_text_and_spaces_between_text_and_words_stay() {
        assert_eq!(decode("Frage von =?utf-8?Q?J=C3=BCrgen?= (Bestellung: 1)"), "Frage von Jürgen (Bestellung: 1)");
        assert_eq!(decode("no words here"), "no words here");
        assert_eq!(decode("=?utf-8?Q?a_b?= c"), "a b c");
    }

    #[test]
    fn broken_words_never_panic() {
        for s in [
            "=?",
            "=?utf-8?",
            "=?utf-8?Q?",
            "=?utf-8?Q?=C",
            "=?utf-8?X?a?=",
            "=??Q?a?=",
            "=?utf-8?B?***?=",
            "ü=?utf-8?Q?=?=",
        ] {
            let _ = decode(s);
        }
    }
}
