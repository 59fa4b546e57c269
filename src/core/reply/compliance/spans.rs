//! A set of byte ranges of the reply (addresses, links, findings) that answers "is this position
//! or range already taken?" in logarithmic time. The check runs on every keystroke over the
//! whole reply; asking a list of every earlier range at every position made it quadratic.

use std::collections::BTreeMap;

/// Disjoint, non-empty byte ranges `start..end`, kept by start.
#[derive(Debug, Default)]
pub(super) struct Spans(BTreeMap<usize, usize>);

impl Spans {
    /// The union of `ranges` (overlapping or touching ones are merged).
    pub fn of(ranges: impl IntoIterator<Item = (usize, usize)>) -> Spans {
        let mut spans = Spans::default();
        for (s, e) in ranges {
            spans.merge(s, e);
        }
        spans
    }

    /// Adds `start..end`, merging it with the ranges it overlaps or touches.
    pub fn merge(&mut self, mut start: usize, mut end: usize) {
        if start >= end {
            return;
        }
        while let Some((&s, &e)) = self.0.range(..=end).next_back().filter(|(_, &e)| e >= start) {
            self.0.remove(&s);
            start = start.min(s);
            end = end.max(e);
        }
        self.0.insert(start, end);
    }

    /// Adds `start..end` unless it overlaps a range already in; true when it was added.
    pub fn insert_if_free(&mut self, start: usize, end: usize) -> bool {
        if start >= end || self.overlaps(start, end) {
            return false;
        }
        self.0.insert(start, end);
        true
    }

    /// Some range shares a byte with `start..end`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        // The last range starting before `end` is the only one that can reach into it: ranges
        // are disjoint, so every earlier one ends before that one starts.
        start < end && self.0.range(..end).next_back().is_some_and(|(_, &e)| e > start)
    }

    pub fn contains(&self, i: usize) -> bool {
        self.overlaps(i, i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_merges_and_refusals() {
        let mut s = Spans::of([(10, 20), (30, 40), (15, 25)]);
        assert!(s.contains(10) && s.contains(24) && !s.contains(25) && !s.contains(9));
        assert!(s.overlaps(24, 31) && !s.overlaps(25, 30) && !s.overlaps(40, 50) && !s.overlaps(5, 5));
        s.merge(25, 30); // touching on both sides: one range
        assert!(s.contains(27) && s.0.len() == 1);
        assert!(!s.insert_if_free(39, 45));
        assert!(s.insert_if_free(40, 45));
        assert!(s.contains(44) && !s.contains(45));
    }
}
