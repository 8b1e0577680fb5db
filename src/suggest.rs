//! "Did you mean …?": bounded edit distances for suggestions. Runs only on the failure path.

/// Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps),
/// ASCII-case-insensitive, or `None` when it exceeds `max` (cheap early exit).
pub fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    // The length difference is a lower bound: most candidates stop here, before any allocation.
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let a: Vec<u8> = a.bytes().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<u8> = b.bytes().map(|c| c.to_ascii_lowercase()).collect();
    let at = |v: &[usize], k: usize| v.get(k).copied().unwrap_or(usize::MAX / 2);
    // Rows two back (for swaps) and one back.
    let mut prev2: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, &ai) in a.iter().enumerate() {
        let mut cur = Vec::with_capacity(b.len() + 1);
        cur.push(i + 1);
        let mut row_min = i + 1;
        for (j, &bj) in b.iter().enumerate() {
            let cost = usize::from(ai != bj);
            let mut d = (at(&prev, j + 1) + 1)
                .min(at(&cur, j) + 1)
                .min(at(&prev, j) + cost);
            let swapped = i > 0
                && j > 0
                && j.checked_sub(1).and_then(|k| b.get(k)) == Some(&ai)
                && i.checked_sub(1).and_then(|k| a.get(k)) == Some(&bj);
            if swapped {
                d = d.min(at(&prev2, j - 1) + 1);
            }
            cur.push(d);
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        prev2 = std::mem::replace(&mut prev, cur);
    }
    let d = prev.last().copied()?;
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
    found.sort_unstable();
    found.into_iter().take(limit).map(|(_, _, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
