//! The IANA names chrono-tz knows (zones and links), looked up ASCII-case-insensitively.
//!
//! The index is built on first use (597 names, sorted once); a lookup is a binary search that
//! allocates nothing.

use chrono_tz::TZ_VARIANTS;
use std::cmp::Ordering;
use std::sync::OnceLock;

fn index() -> &'static [&'static str] {
    static INDEX: OnceLock<Vec<&'static str>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut v: Vec<&'static str> = TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
        v.sort_unstable_by(|a, b| cmp_ignore_ascii_case(a, b));
        v
    })
}

pub fn cmp_ignore_ascii_case(a: &str, b: &str) -> Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// The properly spelled IANA name matching `name` in any ASCII casing.
pub fn find(name: &str) -> Option<&'static str> {
    let idx = index();
    idx.binary_search_by(|probe| cmp_ignore_ascii_case(probe, name))
        .ok()
        .and_then(|i| idx.get(i).copied())
}

/// Every name, zones and links, in case-insensitive order.
pub fn all() -> &'static [&'static str] {
    index()
}

#[cfg(test)]
mod tests {
    use super::*;

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
