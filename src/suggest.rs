//! "Did you mean …?": bounded edit distances for suggestions. Runs only on the failure path.

/// Longest word compared; longer inputs get no typo suggestions (none would be useful).
const MAX_LEN: usize = 64;

/// Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps),
/// ASCII-case-insensitive, or `None` when it exceeds `max` (cheap early exit). Allocation-free:
/// the error path of a hostile body may call it for every time-zone name.
pub fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    // The length difference is a lower bound: most candidates stop here.
    if a.len().abs_diff(b.len()) > max || a.len() > MAX_LEN || b.len() > MAX_LEN {
        return None;
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let eq = |x: u8, y: u8| x.eq_ignore_ascii_case(&y);
    // Rows two back (for swaps), one back, and current; distances fit a byte (≤ 2 × 64).
    let mut prev2 = [0u8; MAX_LEN + 1];
    let mut prev = [0u8; MAX_LEN + 1];
    let mut cur = [0u8; MAX_LEN + 1];
    for (j, slot) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *slot = j as u8;
    }
    for (i, &ai) in a.iter().enumerate() {
        if let Some(c0) = cur.first_mut() {
            *c0 = (i + 1) as u8;
        }
        // Only cells within `max` of the diagonal can stay within `max`: row i + 1 computes
        // columns lo + 1 ..= hi + 1, and the two cells bordering that band read as too far.
        let (lo, hi) = (
            (i + 1).saturating_sub(max + 1),
            (i + max).min(b.len().saturating_sub(1)),
        );
        if lo > 0 {
            if let Some(left) = cur.get_mut(lo) {
                *left = u8::MAX;
            }
        }
        if i + max < b.len() {
            // Column hi + 1 lies beyond the previous row's band.
            if let Some(above) = prev.get_mut(hi + 1) {
                *above = u8::MAX;
            }
        }
        let mut row_min = if lo == 0 { i + 1 } else { usize::MAX };
        for (j, &bj) in b.iter().enumerate().take(hi + 1).skip(lo) {
            let get = |row: &[u8; MAX_LEN + 1], k: usize| {
                row.get(k).map_or(usize::MAX / 2, |&v| usize::from(v))
            };
            let mut d = (get(&prev, j + 1) + 1)
                .min(get(&cur, j) + 1)
                .min(get(&prev, j) + usize::from(!eq(ai, bj)));
            let swapped = i > 0
                && j > 0
                && j.checked_sub(1)
                    .and_then(|k| b.get(k))
                    .is_some_and(|&x| eq(x, ai))
                && i.checked_sub(1)
                    .and_then(|k| a.get(k))
                    .is_some_and(|&x| eq(x, bj));
            if swapped {
                d = d.min(get(&prev2, j - 1) + 1);
            }
            if let Some(slot) = cur.get_mut(j + 1) {
                *slot = d.min(255) as u8;
            }
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        prev2 = prev;
        prev = cur;
    }
    let d = usize::from(prev.get(b.len()).copied()?);
    (d <= max).then_some(d)
}

/// How many edits still count as a typo for a word of this length.
pub fn typo_budget(len: usize) -> usize {
    match len {
        0..=3 => 1,
        4..=8 => 2,
        _ => 3,
    }
}

/// Sorts a short list, stably: insertion sort, a few dozen bytes of wasm where the standard
/// library's sort is several kilobytes per element type. Suggestion lists are short (candidates
/// within a small edit distance), so the quadratic worst case does not arise in practice.
pub fn sort_small<T: Ord>(v: &mut [T]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v.get(j - 1) > v.get(j) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Up to `limit` candidates within the typo budget of `input`, nearest first (ties: input order).
pub fn closest<'a>(
    input: &str,
    candidates: impl Iterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    let max = typo_budget(input.len());
    let mut found: Vec<(usize, usize, &'a str)> = candidates
        .enumerate()
        .filter_map(|(i, c)| distance(input, c, max).map(|d| (d, i, c)))
        .collect();
    sort_small(&mut found);
    found.into_iter().take(limit).map(|(_, _, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_small_sorts_stably() {
        let mut v: Vec<(u8, usize)> = [3u8, 1, 2, 1, 3, 0, 2]
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i))
            .collect();
        let mut expected = v.clone();
        expected.sort();
        sort_small(&mut v);
        assert_eq!(v, expected);
        for n in 0..8u32 {
            // Inputs of every length up to 7: descending, ascending, all equal.
            let mut desc: Vec<u32> = (0..n).rev().collect();
            sort_small(&mut desc);
            assert_eq!(desc, (0..n).collect::<Vec<_>>());
            let mut asc: Vec<u32> = (0..n).collect();
            sort_small(&mut asc);
            assert_eq!(asc, (0..n).collect::<Vec<_>>());
            let mut same = vec![7u32; n as usize];
            sort_small(&mut same);
            assert_eq!(same, vec![7u32; n as usize]);
        }
    }

    #[test]
    fn distances() {
        for (a, b, d) in [
            ("timezone", "timeZone", Some(0)),
            ("time_zone", "timeZone", Some(1)),
            ("Londn", "London", Some(1)),
            ("Lodnon", "London", Some(1)),
            ("abc", "xyz", None),
            ("", "ab", Some(2)),
            ("weekstart", "weekStart", Some(0)),
        ] {
            assert_eq!(distance(a, b, 2), d, "{a} / {b}");
        }
    }

    /// Optimal string alignment over the whole matrix, for comparison.
    fn reference(a: &[u8], b: &[u8]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(!a[i - 1].eq_ignore_ascii_case(&b[j - 1]));
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn the_banded_distance_agrees_with_the_whole_matrix() {
        let mut words = vec![String::new()];
        for len in 1..=4 {
            let start = words.len();
            for w in words.clone().iter().filter(|w| w.len() == len - 1) {
                for c in ['a', 'b', 'c'] {
                    words.push(format!("{w}{c}"));
                }
            }
            assert!(words.len() > start);
        }
        for a in &words {
            for b in &words {
                let full = reference(a.as_bytes(), b.as_bytes());
                for max in 0..=3 {
                    let want = (full <= max).then_some(full);
                    assert_eq!(distance(a, b, max), want, "{a:?} / {b:?} within {max}");
                }
            }
        }
    }

    #[test]
    fn closest_orders_by_distance() {
        let names = ["email", "name", "bio", "locale", "timeZone", "timeFormat"];
        assert_eq!(closest("nme", names.iter().copied(), 3), vec!["name"]);
        assert_eq!(
            closest("timezone", names.iter().copied(), 3),
            vec!["timeZone"]
        );
        assert!(closest("zzzzzzzz", names.iter().copied(), 3).is_empty());
    }
}
