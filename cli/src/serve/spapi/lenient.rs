//! Tolerant reading of SP-API JSON. Amazon's models mark almost every member optional and keep
//! value sets open ("Possible values" in prose), and real answers carry `null`, numbers where
//! strings are documented and the other way round: a reader takes what is there, treats a wrong
//! type as absent, and caps what it copies so one huge string cannot bloat a view.

use serde_json::Value;

/// Free text (titles, names, address lines), in characters.
pub const MAX_TEXT: usize = 1000;
/// Identifiers, codes, enum values and amounts, in characters.
pub const MAX_CODE: usize = 200;

/// Why a body could not be read: a fixed phrase naming the part, never data from the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MappingError(pub &'static str);

/// The body as a JSON object, or why it is none.
pub fn parse_object(body: &[u8]) -> Result<Value, MappingError> {
    let doc: Value = serde_json::from_slice(body).map_err(|e| {
        MappingError(match e.classify() {
            serde_json::error::Category::Eof => "truncated JSON",
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => "not JSON",
            serde_json::error::Category::Data => "unexpected JSON shape",
        })
    })?;
    if doc.is_object() {
        Ok(doc)
    } else {
        Err(MappingError("not a JSON object"))
    }
}

/// The member at `path`, unless it is missing or `null`.
pub fn at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, key| v.get(key)).filter(|v| !v.is_null())
}

/// A string (or a number, written as JSON writes it), trimmed and capped; `""` is absent.
pub fn text(v: Option<&Value>, max: usize) -> Option<String> {
    let s = match v? {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let capped: String = s.chars().take(max).collect();
    (!capped.is_empty()).then_some(capped)
}

/// A code or identifier at `path` (see [`text`]).
pub fn code(v: &Value, path: &[&str]) -> Option<String> {
    text(at(v, path), MAX_CODE)
}

/// Free text at `path` (see [`text`]).
pub fn prose(v: &Value, path: &[&str]) -> Option<String> {
    text(at(v, path), MAX_TEXT)
}

/// The elements of the array at `path`; nothing when it is missing, `null` or not an array.
pub fn list<'a>(v: &'a Value, path: &[&str]) -> impl Iterator<Item = &'a Value> {
    at(v, path).and_then(Value::as_array).into_iter().flatten()
}

/// The objects of the array at `path` (a `null` or a stray scalar in it is skipped).
pub fn objects<'a>(v: &'a Value, path: &[&str]) -> impl Iterator<Item = &'a Value> {
    list(v, path).filter(|e| e.is_object())
}

/// A count: an integer, an integral float or a numeric string, clamped to `0..=u32::MAX`.
pub fn count(v: &Value, path: &[&str]) -> Option<u32> {
    let clamp = |f: f64| (f.is_finite() && f.fract() == 0.0).then(|| f.clamp(0.0, f64::from(u32::MAX)) as u32);
    match at(v, path)? {
        Value::Number(n) => match n.as_u64() {
            Some(u) => Some(u32::try_from(u).unwrap_or(u32::MAX)),
            None => n.as_f64().and_then(clamp),
        },
        Value::String(s) => s.trim().parse::<f64>().ok().and_then(clamp),
        _ => None,
    }
}

/// Compares an open enum value without caring for case (`"merchant"` is `MERCHANT`).
pub fn is(value: Option<&str>, wanted: &str) -> bool {
    value.is_some_and(|v| v.eq_ignore_ascii_case(wanted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn wrong_types_are_absent_and_numbers_are_text() {
        let v = json!({"a": null, "b": 12, "c": " x ", "d": [1, null, {"e": 1}], "f": {"g": "2"}, "h": ""});
        assert_eq!(code(&v, &["a"]), None);
        assert_eq!(code(&v, &["b"]).as_deref(), Some("12"));
        assert_eq!(code(&v, &["c"]).as_deref(), Some("x"));
        assert_eq!(code(&v, &["h"]), None);
        assert_eq!(code(&v, &["d"]), None);
        assert_eq!(objects(&v, &["d"]).count(), 1);
        assert_eq!(list(&v, &["c"]).count(), 0);
        assert_eq!(count(&v, &["f", "g"]), Some(2));
        assert_eq!(count(&v, &["b"]), Some(12));
        assert_eq!(count(&json!({"n": -3}), &["n"]), Some(0));
        assert_eq!(count(&json!({"n": 1e20}), &["n"]), Some(u32::MAX));
        assert_eq!(count(&json!({"n": 2.5}), &["n"]), None);
        assert_eq!(prose(&json!({"t": "é".repeat(5000)}), &["t"]).map(|s| s.chars().count()), Some(MAX_TEXT));
    }
}
