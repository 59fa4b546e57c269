//! Japanese mail without the charset tables.
//!
//! The wasm sidebar is built without encoding_rs (its tables cost more than the rest of the
//! sidebar together). ISO-2022-JP, the charset of most Japanese Amazon mail, is 7-bit: without
//! tables mail-parser leaves its text as ASCII with escape sequences, nothing lost. This pass
//! hands those runs to a decoder the caller provides — in the browser, `TextDecoder`.

use super::Message;

/// Decodes bytes of a named charset; `None` when it cannot.
pub type Decode<'a> = &'a dyn Fn(&str, &[u8]) -> Option<String>;

/// Decodes every ISO-2022-JP run (an ASCII stretch holding an escape sequence) in the message.
pub(super) fn decode_escaped(message: &mut Message, decode: Decode<'_>) {
    for text in [&mut message.subject, &mut message.text, &mut message.html] {
        decode_runs_in_place(text, decode);
    }
    for mailbox in message.from.iter_mut().chain(message.reply_to.iter_mut()).chain(message.to.iter_mut()) {
        if let Some(name) = mailbox.name.as_mut() {
            decode_runs_in_place(name, decode);
        }
    }
    if let Some(inner) = message.embedded.as_deref_mut() {
        decode_escaped(inner, decode);
    }
}

fn decode_runs_in_place(text: &mut String, decode: Decode<'_>) {
    if text.contains('\u{1b}') {
        *text = decode_runs(text, decode);
    }
}

/// Only ASCII stretches are handed over: text that is already Unicode stays as it is.
fn decode_runs(text: &str, decode: Decode<'_>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(esc) = rest.find('\u{1b}') {
        let start = rest[..esc].rfind(|c: char| !c.is_ascii()).map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
        let end = rest[esc..].find(|c: char| !c.is_ascii()).map_or(rest.len(), |i| esc + i);
        out.push_str(&rest[..start]);
        let run = &rest[start..end];
        match decode("iso-2022-jp", run.as_bytes()) {
            Some(decoded) => out.push_str(&decoded),
            None => out.push_str(run),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stands in for TextDecoder: knows one JIS sequence.
    fn fake(charset: &str, bytes: &[u8]) -> Option<String> {
        (charset == "iso-2022-jp").then(|| String::from_utf8_lossy(bytes).replace("\u{1b}$B;3ED\u{1b}(B", "山田"))
    }

    #[test]
    fn only_escaped_ascii_runs_are_decoded() {
        assert_eq!(decode_runs("Hi \u{1b}$B;3ED\u{1b}(B san, ü", &fake), "Hi 山田 san, ü");
        assert_eq!(decode_runs("ü \u{1b}$B;3ED\u{1b}(B", &fake), "ü 山田");
        assert_eq!(decode_runs("plain", &fake), "plain");
    }

    #[test]
    fn a_decoder_that_fails_loses_nothing() {
        let text = "a \u{1b}$B;3ED\u{1b}(B b";
        assert_eq!(decode_runs(text, &|_, _| None), text);
    }
}
