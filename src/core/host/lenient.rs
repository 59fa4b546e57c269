//! Field readers that take any JSON and fall back to the default instead of failing: the
//! ticket's and the settings' fields come from host code we do not control. (By hand rather than
//! serde derive: the derived code cost the sidebar kilobytes for no gain in safety.)

use serde_json::Value;

/// A string; a number or boolean as its text (Zendesk ids are numbers); anything else empty.
pub fn text(v: &Value) -> String {
    scalar_text(v).unwrap_or_default()
}

pub fn optional_text(v: &Value) -> Option<String> {
    scalar_text(v).filter(|s| !s.trim().is_empty())
}

pub fn texts(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items.iter().filter_map(optional_text).collect(),
        one => optional_text(one).into_iter().collect(),
    }
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}
