//! The IANA names chrono-tz knows (zones and links), looked up ASCII-case-insensitively.
//!
//! The names live in a packed table generated from chrono-tz (`tables.rs`, by
//! `scripts/gen-tz-tables.py`; the tests below check it against `chrono_tz::TZ_VARIANTS`). An
//! exact spelling is found by binary search in byte order. Any other casing: the input is
//! lower-cased into a stack buffer and searched in the case-insensitive order of
//! `BY_LOWERCASE_NAME`. Nothing is built at run time: no first-call cost, no allocation.

use super::tables::{BY_LOWERCASE_NAME, DEPRECATED_LINKS, ENDS, NAMES};
use std::cmp::Ordering;

/// How many names there are.
pub const COUNT: usize = ENDS.len();

/// Longer than any zone name: longer inputs are not names.
const MAX_NAME: usize = 40;

/// Name `i`, in byte order.
pub fn name(i: usize) -> Option<&'static str> {
    let start = match i.checked_sub(1) {
        Some(before) => usize::from(*ENDS.get(before)?),
        None => 0,
    };
    NAMES.get(start..usize::from(*ENDS.get(i)?))
}

/// The name at `position` in case-insensitive order.
pub fn name_at(position: usize) -> Option<&'static str> {
    name(usize::from(*BY_LOWERCASE_NAME.get(position)?))
}

/// Every name in byte order (the tests' reference list).
#[cfg(test)]
pub fn in_byte_order() -> impl Iterator<Item = &'static str> {
    (0..COUNT).filter_map(name)
}

/// Every name that is not a deprecated link, in byte order: one walk over the names beside one
/// over the links (both sorted by index). A search per name made `timeZones()` cost 150 µs warm
/// and 1.7 ms on its first call in Node 20, which a browser's first zone check pays (the fast path
/// builds its set from this list there; the Node entry carries the names); the walk costs 30 µs
/// and 0.9 ms.
pub fn canonical_in_byte_order() -> impl Iterator<Item = &'static str> {
    let mut links = DEPRECATED_LINKS
        .iter()
        .map(|&(link, _)| usize::from(link))
        .peekable();
    (0..COUNT)
        .filter(move |&i| {
            while links.next_if(|&link| link < i).is_some() {}
            links.next_if_eq(&i).is_none()
        })
        .filter_map(name)
}

/// The canonical zone of a deprecated link.
pub fn deprecated_target(link: &str) -> Option<&'static str> {
    let i = DEPRECATED_LINKS
        .binary_search_by(|&(l, _)| name(usize::from(l)).unwrap_or_default().cmp(link))
        .ok()?;
    let &(_, target) = DEPRECATED_LINKS.get(i)?;
    name(usize::from(target))
}

/// `name` lower-cased (ASCII) compared with `lower`, without allocating.
fn cmp_lowercased(name: &str, lower: &[u8]) -> Ordering {
    for (a, b) in name.bytes().zip(lower) {
        let a = a.to_ascii_lowercase();
        if a != *b {
            return a.cmp(b);
        }
    }
    name.len().cmp(&lower.len())
}

/// The index in `0..n` at which `cmp` answers `Equal`, for `cmp` ascending over `0..n`.
fn search(n: usize, cmp: impl Fn(usize) -> Ordering) -> Option<usize> {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match cmp(mid) {
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
            Ordering::Equal => return Some(mid),
        }
    }
    None
}

/// The properly spelled IANA name matching `text` in any ASCII casing.
pub fn find(text: &str) -> Option<&'static str> {
    if text.len() > MAX_NAME {
        return None;
    }
    // Most inputs are spelled properly: the names are in byte order, so an exact match is a
    // plain binary search of string comparisons.
    if let Some(i) = search(COUNT, |i| name(i).unwrap_or_default().cmp(text)) {
        return name(i);
    }
    let mut buf = [0u8; MAX_NAME];
    let key = buf.get_mut(..text.len())?;
    key.copy_from_slice(text.as_bytes());
    key.make_ascii_lowercase();
    let position = search(COUNT, |p| {
        cmp_lowercased(name_at(p).unwrap_or_default(), key)
    })?;
    name_at(position)
}

/// Every name, zones and links, in case-insensitive order (the tests walk the table with it).
#[cfg(test)]
fn all() -> impl Iterator<Item = &'static str> {
    (0..COUNT).filter_map(name_at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::TZ_VARIANTS;

    fn cmp_ignore_ascii_case(a: &str, b: &str) -> Ordering {
        a.bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
    }

    #[test]
    fn finds_any_casing() {
        assert_eq!(find("america/new_york"), Some("America/New_York"));
        assert_eq!(find("AMERICA/NEW_YORK"), Some("America/New_York"));
        assert_eq!(find("America/New_York"), Some("America/New_York"));
        assert_eq!(find("us/eastern"), Some("US/Eastern"));
        assert_eq!(find("utc"), Some("UTC"));
        assert_eq!(find("etc/gmt+5"), Some("Etc/GMT+5"));
        assert_eq!(find("America/New York"), None);
        assert_eq!(find(""), None);
        assert_eq!(find("Factory"), None);
        assert_eq!(find("Zzz"), None);
        assert_eq!(find("Africa/Abidjan"), Some("Africa/Abidjan"));
        assert_eq!(find("zulu"), Some("Zulu"));
        assert!(all().count() > 590);
    }

    #[test]
    fn every_name_is_found_as_written_and_lower_cased() {
        for n in in_byte_order() {
            assert_eq!(find(n), Some(n));
            assert_eq!(find(&n.to_ascii_lowercase()), Some(n));
            assert_eq!(find(&n.to_ascii_uppercase()), Some(n));
        }
    }

    #[test]
    fn the_packed_table_is_chrono_tz_s_list() {
        let ours: Vec<&str> = in_byte_order().collect();
        let theirs: Vec<&str> = TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
        assert_eq!(
            ours, theirs,
            "run scripts/gen-tz-tables.py after a chrono-tz update"
        );
        assert_eq!(name(COUNT), None);
        assert_eq!(ENDS.last().map(|&e| usize::from(e)), Some(NAMES.len()));
    }

    #[test]
    fn chrono_tz_lists_its_names_in_byte_order() {
        for w in TZ_VARIANTS.windows(2) {
            assert!(
                w[0].name() < w[1].name(),
                "{} / {}",
                w[0].name(),
                w[1].name()
            );
        }
    }

    #[test]
    fn the_generated_order_is_every_name_once_sorted_ignoring_case() {
        let mut seen: Vec<u16> = BY_LOWERCASE_NAME.to_vec();
        seen.sort_unstable();
        let every: Vec<u16> = (0..COUNT as u16).collect();
        assert_eq!(
            seen, every,
            "run scripts/gen-tz-tables.py after a chrono-tz update"
        );
        let names: Vec<&str> = all().collect();
        for w in names.windows(2) {
            assert_eq!(cmp_ignore_ascii_case(w[0], w[1]), Ordering::Less, "{w:?}");
        }
    }

    #[test]
    fn no_two_names_differ_only_in_case() {
        let all: Vec<&str> = all().collect();
        for w in all.windows(2) {
            assert_ne!(cmp_ignore_ascii_case(w[0], w[1]), Ordering::Equal, "{w:?}");
        }
    }

    #[test]
    fn the_canonical_walk_leaves_out_exactly_the_deprecated_links() {
        let walked: Vec<&str> = canonical_in_byte_order().collect();
        let searched: Vec<&str> = in_byte_order()
            .filter(|n| deprecated_target(n).is_none())
            .collect();
        assert_eq!(walked, searched);
        assert_eq!(walked.len(), COUNT - DEPRECATED_LINKS.len());
        assert!(walked.contains(&"Asia/Kolkata") && !walked.contains(&"Asia/Calcutta"));
    }

    #[test]
    fn deprecated_links_are_sorted_and_real() {
        for w in DEPRECATED_LINKS.windows(2) {
            assert!(w[0].0 < w[1].0, "{w:?}");
        }
        for &(link, target) in &DEPRECATED_LINKS {
            let (link, target) = (name(link.into()).unwrap(), name(target.into()).unwrap());
            assert_eq!(find(link), Some(link));
            assert_eq!(find(target), Some(target));
            assert_eq!(deprecated_target(link), Some(target));
            assert_eq!(
                deprecated_target(target),
                None,
                "{target} is itself deprecated"
            );
        }
        assert_eq!(deprecated_target("Asia/Calcutta"), Some("Asia/Kolkata"));
        assert_eq!(deprecated_target("US/Eastern"), Some("America/New_York"));
        assert_eq!(deprecated_target("Zulu"), Some("Etc/UTC"));
        assert_eq!(deprecated_target("Europe/Amsterdam"), None);
        assert_eq!(deprecated_target("UTC"), None);
        assert_eq!(
            deprecated_target("asia/calcutta"),
            None,
            "exact spelling only"
        );
    }
}
