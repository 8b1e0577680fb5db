//! The IANA names chrono-tz knows (zones and links), looked up ASCII-case-insensitively.
//!
//! The index is built on first use (597 names, lower-cased and sorted once); a lookup lower-cases
//! the input into a stack buffer and binary-searches byte strings: no allocation.

use chrono_tz::TZ_VARIANTS;
use std::sync::OnceLock;

/// Longer than any zone name: longer inputs are not names.
const MAX_NAME: usize = 40;

struct Index {
    /// (lower-cased name, proper spelling), sorted by the first.
    lower: Vec<(Box<[u8]>, &'static str)>,
    /// Proper spellings in the same order.
    names: Vec<&'static str>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut lower: Vec<(Box<[u8]>, &'static str)> = TZ_VARIANTS
            .iter()
            .map(|tz| {
                (
                    tz.name()
                        .to_ascii_lowercase()
                        .into_bytes()
                        .into_boxed_slice(),
                    tz.name(),
                )
            })
            .collect();
        lower.sort_unstable();
        let names = lower.iter().map(|(_, n)| *n).collect();
        Index { lower, names }
    })
}

/// The properly spelled IANA name matching `name` in any ASCII casing.
pub fn find(name: &str) -> Option<&'static str> {
    if name.len() > MAX_NAME {
        return None;
    }
    let mut buf = [0u8; MAX_NAME];
    let key = buf.get_mut(..name.len())?;
    key.copy_from_slice(name.as_bytes());
    key.make_ascii_lowercase();
    let idx = index();
    idx.lower
        .binary_search_by(|(probe, _)| probe.as_ref().cmp(key))
        .ok()
        .and_then(|i| idx.lower.get(i))
        .map(|(_, n)| *n)
}

/// Every name, zones and links, in case-insensitive order.
pub fn all() -> &'static [&'static str] {
    &index().names
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Ordering;

    fn cmp_ignore_ascii_case(a: &str, b: &str) -> Ordering {
        a.bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
    }

    #[test]
    fn finds_any_casing() {
        assert_eq!(find("america/new_york"), Some("America/New_York"));
        assert_eq!(find("AMERICA/NEW_YORK"), Some("America/New_York"));
        assert_eq!(find("us/eastern"), Some("US/Eastern"));
        assert_eq!(find("utc"), Some("UTC"));
        assert_eq!(find("etc/gmt+5"), Some("Etc/GMT+5"));
        assert_eq!(find("America/New York"), None);
        assert_eq!(find(""), None);
        assert_eq!(find("Factory"), None);
        assert!(all().len() > 590);
    }

    #[test]
    fn no_two_names_differ_only_in_case() {
        let all = all();
        for w in all.windows(2) {
            assert_ne!(cmp_ignore_ascii_case(w[0], w[1]), Ordering::Equal, "{w:?}");
        }
    }
}
