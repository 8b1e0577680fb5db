//! Suggestions for a name that is not a zone, best first, at most three, canonical names only:
//! 1. the same name with spaces for underscores and stray spaces removed (`America/New York`);
//! 2. the IANA zone of an ICU legacy ID (`PST` → `America/Los_Angeles`);
//! 3. a UTC offset as its `Etc/GMT` zone, whose sign is inverted by POSIX convention
//!    (`UTC+5`, `+05:00` → `Etc/GMT-5`);
//! 4. a city without its region, or under the wrong one (`new york`, `Europe/New_York`);
//! 5. typos of the city within a small edit distance (`Europe/Londn`, `kolkatta`).

use super::{deprecated_target, icu, names};
use crate::suggest::{distance, sort_small, typo_budget};
use std::sync::OnceLock;

const LIMIT: usize = 3;

pub fn suggest(input: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let mut add = |name: &'static str| {
        let canonical = deprecated_target(name).unwrap_or(name);
        if out.len() < LIMIT && !out.contains(&canonical) {
            out.push(canonical);
        }
    };
    let cleaned = clean(input);
    if cleaned.is_empty() {
        return out;
    }
    if let Some(n) = names::find(&cleaned) {
        add(n);
    }
    if let Some((_, iana)) = icu::find(&cleaned) {
        add(iana);
    }
    if let Some(zone) = offset_zone(&cleaned) {
        add(zone);
    }
    let city = cleaned.rsplit('/').next().unwrap_or_default();
    if !city.is_empty() {
        for c in cities_of_length(city.len(), city.len()) {
            if c.city.eq_ignore_ascii_case(city) && deprecated_target(c.name).is_none() {
                add(c.name);
            }
        }
    }
    // Typos of the city (`Europe/Londn`, `kolkatta`): nearest first, the input's region first
    // among equals. A letter histogram bounds the edit distance from below, so the dynamic
    // programming runs only for the few cities that could be close.
    let region = cleaned.rsplit_once('/').map(|(r, _)| r);
    let budget = typo_budget(city.len()).min(2);
    if city.len() >= 3 {
        let h = histogram(city);
        let m = letter_set(&h);
        // Cheapest bounds first: the length, then which letters occur (an edit adds or removes
        // at most two), then how often.
        let lengths = (city.len().saturating_sub(budget), city.len() + budget);
        let mut near: Vec<(usize, bool, bool, &'static str)> =
            cities_of_length(lengths.0, lengths.1)
                .iter()
                .filter(|c| {
                    c.city.len().abs_diff(city.len()) <= budget
                        && (m ^ c.letter_set).count_ones() as usize <= 2 * budget
                        && lower_bound(&h, &c.letters) <= budget
                })
                .filter_map(|c| {
                    let d = distance(city, c.city, budget)?;
                    let other_region = region.is_some_and(|r| {
                        !c.name
                            .rsplit_once('/')
                            .is_some_and(|(nr, _)| nr.eq_ignore_ascii_case(r))
                    });
                    Some((d, other_region, deprecated_target(c.name).is_some(), c.name))
                })
                .collect();
        sort_small(&mut near);
        for (_, _, _, n) in near {
            add(n);
        }
    }
    out
}

/// A zone name with its city (last segment) and the city's letter histogram, computed once.
struct City {
    name: &'static str,
    city: &'static str,
    letters: [u8; 27],
    /// Bit `i` set: `letters[i]` is not zero.
    letter_set: u32,
}

/// Longest city name we index by length; longer ones share the last bucket.
const LONGEST: usize = 32;

struct Cities {
    /// Sorted by city length, in name order within one length.
    all: [City; names::COUNT],
    /// `starts[n]`: the first city of length `n` (or more, for the last bucket).
    starts: [usize; LONGEST + 2],
}

/// The cities whose length is within `lo..=hi`, in name order within each length.
fn cities_of_length(lo: usize, hi: usize) -> &'static [City] {
    // In static memory, not on the heap: the wasm allocator starts over only when nothing
    // allocated is live, so nothing may be kept across calls (see `arena.rs`).
    static CITIES: OnceLock<Cities> = OnceLock::new();
    let c = CITIES.get_or_init(|| {
        // A counting sort by length (stable, so name order stays within a length): no generic
        // sort, whose code would weigh more than this table.
        const N: usize = names::COUNT;
        let length = |i: usize| {
            let name = names::name_at(i).unwrap_or_default();
            name.rsplit('/')
                .next()
                .unwrap_or(name)
                .len()
                .min(LONGEST + 1)
        };
        let mut starts = [0usize; LONGEST + 2];
        for i in 0..N {
            if let Some(s) = starts.get_mut(length(i)) {
                *s += 1;
            }
        }
        let mut total = 0;
        for s in starts.iter_mut() {
            let count = *s;
            *s = total;
            total += count;
        }
        let mut next = starts;
        let mut order = [0usize; N];
        for i in 0..N {
            if let Some(n) = next.get_mut(length(i)) {
                if let Some(slot) = order.get_mut(*n) {
                    *slot = i;
                }
                *n += 1;
            }
        }
        let all = std::array::from_fn(|k| {
            let name = order
                .get(k)
                .and_then(|&i| names::name_at(i))
                .unwrap_or_default();
            let city = name.rsplit('/').next().unwrap_or(name);
            let letters = histogram(city);
            City {
                name,
                city,
                letters,
                letter_set: letter_set(&letters),
            }
        });
        Cities { all, starts }
    });
    // Past the last bucket: the end.
    let at = |n: usize| c.starts.get(n).copied().unwrap_or(c.all.len());
    c.all
        .get(at(lo)..at(hi.saturating_add(1)))
        .unwrap_or_default()
}

/// Counts of each ASCII letter (case-insensitive), everything else in the last bucket.
fn histogram(s: &str) -> [u8; 27] {
    let mut h = [0u8; 27];
    for b in s.bytes() {
        let i = if b.is_ascii_alphabetic() {
            usize::from(b.to_ascii_lowercase() - b'a')
        } else {
            26
        };
        if let Some(slot) = h.get_mut(i) {
            *slot = slot.saturating_add(1);
        }
    }
    h
}

fn letter_set(h: &[u8; 27]) -> u32 {
    h.iter()
        .enumerate()
        .fold(0, |set, (i, &n)| if n > 0 { set | 1 << i } else { set })
}

/// Each edit changes at most two histogram counts by one: half the L1 difference (rounded up)
/// is a lower bound of the edit distance.
fn lower_bound(a: &[u8; 27], b: &[u8; 27]) -> usize {
    let l1: usize = a
        .iter()
        .zip(b)
        .map(|(x, y)| usize::from(x.abs_diff(*y)))
        .sum();
    l1.div_ceil(2)
}

/// Trimmed, inner spaces to underscores, none around slashes.
fn clean(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for part in input.trim().split('/') {
        if !out.is_empty() {
            out.push('/');
        }
        crate::strings::push_joined(&mut out, part.split_whitespace(), "_");
    }
    out
}

/// `UTC+5`, `GMT-03`, `+05:00`, `-8` → the `Etc/GMT∓h` zone (whole hours only).
fn offset_zone(s: &str) -> Option<&'static str> {
    let body = ["UTC", "GMT", "utc", "gmt", "Utc", "Gmt"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s);
    let (sign, digits) = match body.as_bytes().first()? {
        b'+' => ('+', body.get(1..)?),
        b'-' => ('-', body.get(1..)?),
        _ => return None,
    };
    let hours = digits.strip_suffix(":00").unwrap_or(digits);
    let hours = hours
        .strip_suffix("00")
        .filter(|h| h.len() == 2)
        .unwrap_or(hours);
    let h: u8 = hours.parse().ok()?;
    // Etc/GMT-14 … Etc/GMT+12 exist; POSIX signs are inverted.
    let name = match (sign, h) {
        (_, 0) => "Etc/UTC".to_owned(),
        ('+', 1..=14) => {
            let mut n = String::from("Etc/GMT-");
            crate::json::push_int(&mut n, i64::from(h));
            n
        }
        ('-', 1..=12) => {
            let mut n = String::from("Etc/GMT+");
            crate::json::push_int(&mut n, i64::from(h));
            n
        }
        _ => return None,
    };
    names::find(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn useful_candidates() {
        for (input, first) in [
            ("America/New York", "America/New_York"),
            ("new york", "America/New_York"),
            ("New_York", "America/New_York"),
            ("Europe/Londn", "Europe/London"),
            ("europe/lodnon", "Europe/London"),
            ("Europe/New_York", "America/New_York"),
            ("london", "Europe/London"),
            ("PST", "America/Los_Angeles"),
            ("UTC+5", "Etc/GMT-5"),
            ("+05:00", "Etc/GMT-5"),
            ("GMT-3", "Etc/GMT+3"),
            (" Europe / Rome ", "Europe/Rome"),
            ("Asia/Calcuta", "Asia/Kolkata"),
            ("kolkata", "Asia/Kolkata"),
        ] {
            let s = suggest(input);
            assert_eq!(s.first().copied(), Some(first), "{input}: {s:?}");
            assert!(s.len() <= 3);
        }
        assert!(suggest("").is_empty());
        assert!(suggest("Narnia/Woods").len() <= 3);
        assert!(suggest("qqqqqqqqqqqq").is_empty());
        assert!(suggest(&format!("Europe/{}", "x".repeat(60))).is_empty());
    }

    #[test]
    fn cities_by_length_hold_every_name_once_in_name_order_within_a_length() {
        let all = cities_of_length(0, usize::MAX);
        assert_eq!(all.len(), names::COUNT);
        for w in all.windows(2) {
            let (a, b) = (
                w[0].city.len().min(LONGEST + 1),
                w[1].city.len().min(LONGEST + 1),
            );
            assert!(
                a < b || (a == b && names_before(w[0].name, w[1].name)),
                "{} {}",
                w[0].name,
                w[1].name
            );
        }
        for n in 0..=LONGEST {
            assert!(cities_of_length(n, n).iter().all(|c| c.city.len() == n));
        }
    }

    fn names_before(a: &str, b: &str) -> bool {
        a.to_ascii_lowercase() < b.to_ascii_lowercase()
    }
}
