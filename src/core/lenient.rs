//! Reading JSON we do not control, forgivingly, by hand rather than by serde's derive (the
//! derived code cost the sidebar kilobytes for no gain in safety): the ticket's and the settings'
//! fields from host code ([`text`], [`optional_text`], [`texts`] fall back to the default), and
//! the proxy's documents ([`FromWire`], whose fields are read by [`Field`]).

use chrono::{DateTime, Utc};
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

/// A document the sidebar reads from the proxy's JSON (by hand from `serde_json::Value`, which
/// the sidebar links anyway: serde's derived deserialisers cost 27 KB of the gzipped wasm,
/// BENCHMARKS.md). `None`: a required field is missing or unreadable.
pub trait FromWire: Sized {
    fn from_wire(value: &Value) -> Option<Self>;
}

/// Parses a response body.
pub fn parse<T: FromWire>(body: &str) -> Option<T> {
    T::from_wire(&serde_json::from_str::<Value>(body).ok()?)
}

/// How a field of a [`FromWire`] document is read: a plain type is required (its absence makes
/// the whole document unreadable: `complete` becomes false), an `Option` may be absent or
/// unreadable, and a `Vec` skips the entries it cannot read, like an absent list is empty.
///
/// A flag rather than `Option` and `?`: every `?` would make the compiler write an early return
/// that drops the fields read so far, for each field, in the sidebar's wasm.
pub trait Field: Sized {
    fn read(document: &Value, key: &str, complete: &mut bool) -> Self;
}

impl<T: FromWire + Default> Field for T {
    fn read(document: &Value, key: &str, complete: &mut bool) -> T {
        document.get(key).and_then(T::from_wire).unwrap_or_else(|| {
            *complete = false;
            T::default()
        })
    }
}

impl<T: FromWire> Field for Option<T> {
    fn read(document: &Value, key: &str, _: &mut bool) -> Option<T> {
        document.get(key).and_then(T::from_wire)
    }
}

impl<T: FromWire> Field for Vec<T> {
    fn read(document: &Value, key: &str, _: &mut bool) -> Vec<T> {
        let items = document.get(key).and_then(Value::as_array);
        items.map(|a| a.iter().filter_map(T::from_wire).collect()).unwrap_or_default()
    }
}

impl FromWire for String {
    fn from_wire(value: &Value) -> Option<Self> {
        value.as_str().map(str::to_string)
    }
}

impl FromWire for bool {
    fn from_wire(value: &Value) -> Option<Self> {
        value.as_bool()
    }
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl FromWire for $t {
            fn from_wire(value: &Value) -> Option<Self> {
                <$t>::try_from(value.as_u64()?).ok()
            }
        }
    )*};
}
unsigned!(u16, u32, u64);

impl FromWire for DateTime<Utc> {
    fn from_wire(value: &Value) -> Option<Self> {
        DateTime::parse_from_rfc3339(value.as_str()?).ok().map(|t| t.with_timezone(&Utc))
    }
}
