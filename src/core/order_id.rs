//! Amazon order ids: three groups of digits, 3-7-7 (`028-1234567-8901234`). The one home of the
//! rule: detection finds them in mail ([`find_all`]), the proxy checks the id it is asked for
//! ([`is_valid`], in sandbox mode also [`is_sandbox_id`]), and the compliance check knows that a
//! number in these groups is no phone number ([`DIGIT_GROUPS`]).

/// The digits in each dash-separated group.
pub const DIGIT_GROUPS: [usize; 3] = [3, 7, 7];

/// The length of an order id: the groups and the two dashes between them.
const LEN: usize = 3 + 1 + 7 + 1 + 7;

/// Every order id in `text`, in order, bounded by anything but digits and dashes (so a longer
/// run of digits is no order id).
pub fn find_all(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    (0..bytes.len()).filter_map(move |i| {
        if !bytes[i].is_ascii_digit() || (i > 0 && is_id_byte(bytes[i - 1])) {
            return None;
        }
        let candidate = text.get(i..i + LEN)?;
        let after_ok = bytes.get(i + LEN).is_none_or(|b| !is_id_byte(*b));
        (after_ok && is_valid(candidate)).then_some(candidate)
    })
}

/// `id` is exactly an order id (no spaces, nothing around it).
pub fn is_valid(id: &str) -> bool {
    let mut groups = id.split('-');
    let digits = |g: &str, n: usize| g.len() == n && g.bytes().all(|b| b.is_ascii_digit());
    DIGIT_GROUPS.iter().all(|&n| groups.next().is_some_and(|g| digits(g, n))) && groups.next().is_none()
}

/// One of the ids Amazon's sandbox answers to (`TEST_CASE_200`): letters, digits, `_` and `-`,
/// at most 40, so it is safe in a path without escaping. Only the proxy's sandbox mode takes them.
pub fn is_sandbox_id(id: &str) -> bool {
    (1..=40).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

fn is_id_byte(b: u8) -> bool {
    b.is_ascii_digit() || b == b'-'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_ids_need_exact_shape_and_boundaries() {
        let t = "a 114-6182123-1048753, b 1114-6182123-1048753 c 12-00024-47423 d 305-0643336-92323921";
        assert_eq!(find_all(t).collect::<Vec<_>>(), vec!["114-6182123-1048753"]);
        assert_eq!(find_all("Bestellung 028-1234567-8901234").collect::<Vec<_>>(), vec!["028-1234567-8901234"]);
        assert_eq!(find_all("日本028-1234567-8901234語").count(), 1);
        assert_eq!(find_all("-028-1234567-8901234").count(), 0);
    }

    #[test]
    fn a_valid_id_is_the_whole_string() {
        assert!(is_valid("028-1234567-8901234"));
        for bad in ["", " 028-1234567-8901234", "028-1234567-890123", "028-1234567-89012345", "028-1234567-8901234-1"] {
            assert!(!is_valid(bad), "{bad:?}");
        }
        assert!(!is_valid("028+1234567-8901234") && !is_valid("O28-1234567-8901234"));
    }

    #[test]
    fn sandbox_ids_are_path_safe() {
        assert!(is_sandbox_id("TEST_CASE_200") && is_sandbox_id("028-1234567-8901234"));
        assert!(!is_sandbox_id("../../admin") && !is_sandbox_id("a/b") && !is_sandbox_id("") && !is_sandbox_id("a b"));
        assert!(!is_sandbox_id(&"x".repeat(41)));
    }
}
