//! A set of byte ranges of the reply (addresses, links) that answers "is this position or range
//! taken?" by binary search. The check runs on every keystroke over the whole reply; asking a
//! list of every earlier range at every position made it quadratic.

/// Disjoint, non-empty byte ranges `start..end`, sorted.
#[derive(Debug, Default)]
pub(super) struct Spans(Vec<(usize, usize)>);

impl Spans {
    /// The union of `ranges` (overlapping or touching ones are merged).
    pub fn of(ranges: impl IntoIterator<Item = (usize, usize)>) -> Spans {
        let mut sorted: Vec<(usize, usize)> = ranges.into_iter().filter(|(s, e)| s < e).collect();
        sorted.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(sorted.len());
        for (s, e) in sorted {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        Spans(merged)
    }

    /// Some range shares a byte with `start..end`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        // The first range ending after `start` is the only candidate: ranges are sorted and disjoint.
        let i = self.0.partition_point(|&(_, e)| e <= start);
        start < end && self.0.get(i).is_some_and(|&(s, _)| s < end)
    }

    pub fn contains(&self, i: usize) -> bool {
        self.overlaps(i, i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_and_merges() {
        let s = Spans::of([(30, 40), (10, 20), (15, 25), (25, 27), (50, 50)]);
        assert_eq!(s.0, [(10, 27), (30, 40)]);
        assert!(s.contains(10) && s.contains(26) && !s.contains(27) && !s.contains(9) && !s.contains(50));
        assert!(s.overlaps(26, 31) && !s.overlaps(27, 30) && !s.overlaps(40, 50) && !s.overlaps(12, 12));
    }
}
