//! `{placeholders}` in UI strings and reply templates: filling them and listing them.

/// Replaces each `{key}` of `template` with its value. Unknown placeholders stay as written, and
/// values are inserted verbatim (a buyer name containing `{order_id}` is not expanded again).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    fill_with(template, |key, out| match values.iter().find(|(k, _)| *k == key) {
        Some((_, v)) => {
            out.push_str(v);
            true
        }
        None => false,
    })
}

/// The one placeholder scanner: for each `{key}`, `write(key, out)` appends the value and answers
/// true, or answers false to keep `{key}` as written.
pub fn fill_with(template: &str, mut write: impl FnMut(&str, &mut String) -> bool) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(['}', '{']) {
            Some(close) if after[close..].starts_with('}') && is_key(&after[..close]) => {
                let key = &after[..close];
                if !write(key, &mut out) {
                    out.push('{');
                    out.push_str(key);
                    out.push('}');
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Placeholder keys are `snake_case` identifiers, so prose braces are left alone.
fn is_key(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The keys of the placeholders in `template`, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut keys = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find(['}', '{']) {
            Some(close) if after[close..].starts_with('}') && is_key(&after[..close]) => {
                keys.push(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_keys_and_keeps_the_rest() {
        assert_eq!(fill("Answer within {time}", &[("time", "5 h 12 min")]), "Answer within 5 h 12 min");
        assert_eq!(fill("{a}{b}{a}", &[("a", "1"), ("b", "2")]), "121");
        assert_eq!(fill("Hi {unknown}!", &[("time", "x")]), "Hi {unknown}!");
        assert_eq!(fill("set {x", &[("x", "1")]), "set {x");
        assert_eq!(fill("{{time}}", &[("time", "1")]), "{1}");
        assert_eq!(fill("{ time }", &[("time", "1")]), "{ time }");
        assert_eq!(fill("", &[]), "");
        assert_eq!(fill("日本{time}語", &[("time", "5時間")]), "日本5時間語");
    }

    #[test]
    fn filled_values_are_not_expanded_again() {
        assert_eq!(fill("{a} {b}", &[("a", "{b}"), ("b", "x")]), "{b} x");
    }

    #[test]
    fn placeholders_are_listed_in_order() {
        assert_eq!(placeholders("{days} d {hours} h {x"), vec!["days", "hours"]);
        assert!(placeholders("no {Braces} here { }").is_empty());
    }
}
