//! cal.com's `CapitalizeTimeZone` transform (`packages/platform/types/utils/normalizeTimezone.ts`,
//! calcom-rules.md §3), which runs before `IsTimeZone`: split on `/` and `_`, upper-case each
//! word's first UTF-16 unit and lower-case the rest (JavaScript case mapping), then force `GMT`,
//! `EST`, `UTC` to upper case where no ASCII letter touches them (a global, case-insensitive
//! regex replace). The result is what cal.com stores: `US/Eastern` → `Us/Eastern`.
//!
//! Only results made of ASCII can name a zone (ICU compares names ASCII-case-insensitively), so
//! [`capitalize`] returns `None` for anything else. The few non-ASCII characters JavaScript maps
//! into ASCII (`ı`→`I`, `ſ`→`S`, `ﬁ`→`FI` upper-case; Kelvin sign→`k` lower-case) are handled,
//! so `pacific/ﬁji` is accepted exactly as cal.com accepts it.

pub fn capitalize(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut first_of_word = true;
    for c in s.chars() {
        if c == '/' || c == '_' {
            out.push(c);
            first_of_word = true;
            continue;
        }
        if first_of_word {
            out.push_str(upper_to_ascii(c)?);
        } else {
            out.push(lower_to_ascii(c)?);
        }
        first_of_word = false;
    }
    for special in ["GMT", "EST", "UTC"] {
        out = force_upper(&out, special);
    }
    Some(out)
}

/// `c.toUpperCase()` when the result is ASCII.
fn upper_to_ascii(c: char) -> Option<&'static str> {
    const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    if c.is_ascii() {
        let b = c.to_ascii_uppercase() as u8;
        if b.is_ascii_uppercase() {
            let i = usize::from(b - b'A');
            return UPPER.get(i..=i);
        }
        return ASCII_TABLE.get(usize::from(b)..=usize::from(b));
    }
    Some(match c {
        'ı' => "I",
        'ſ' => "S",
        'ﬀ' => "FF",
        'ﬁ' => "FI",
        'ﬂ' => "FL",
        'ﬃ' => "FFI",
        'ﬄ' => "FFL",
        'ﬅ' | 'ﬆ' => "ST",
        _ => return None,
    })
}

/// Every ASCII character at its own index, to hand out `&'static str` slices.
const ASCII_TABLE: &str = "\0\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\t\n\u{b}\u{c}\r\u{e}\u{f}\u{10}\u{11}\u{12}\u{13}\u{14}\u{15}\u{16}\u{17}\u{18}\u{19}\u{1a}\u{1b}\u{1c}\u{1d}\u{1e}\u{1f} !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u{7f}";

/// `c.toLowerCase()` when the result is ASCII.
fn lower_to_ascii(c: char) -> Option<char> {
    if c.is_ascii() {
        Some(c.to_ascii_lowercase())
    } else if c == '\u{212A}' {
        Some('k')
    } else {
        None
    }
}

/// `s.replace(/(^|[^a-zA-Z])(SPECIAL)([^a-zA-Z]|$)/gi, …)` with the match forced to upper case.
fn force_upper(s: &str, special: &str) -> String {
    let b = s.as_bytes();
    let n = special.len();
    let word_at = |at: usize| {
        b.get(at..at + n)
            .is_some_and(|w| w.eq_ignore_ascii_case(special.as_bytes()))
    };
    let boundary_after = |at: usize| b.get(at).is_none_or(|c| !c.is_ascii_alphabetic());
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    let mut p = 0;
    while p < b.len() {
        // Alternative `^` (only at 0), then `[^a-zA-Z]`: the leftmost match wins.
        let start = if p == 0 && word_at(0) && boundary_after(n) {
            Some(0)
        } else if b.get(p).is_some_and(|c| !c.is_ascii_alphabetic())
            && word_at(p + 1)
            && boundary_after(p + 1 + n)
        {
            Some(p + 1)
        } else {
            None
        };
        match start {
            Some(w) => {
                out.push_str(s.get(copied..w).unwrap_or_default());
                out.push_str(special);
                // The trailing non-letter is consumed by the match.
                let end = (w + n + 1).min(b.len());
                out.push_str(s.get(w + n..end).unwrap_or_default());
                copied = end;
                p = end;
            }
            None => p += 1,
        }
    }
    out.push_str(s.get(copied..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cal_com() {
        for (input, want) in [
            ("US/Eastern", "Us/Eastern"),
            ("America/Port-au-Prince", "America/Port-au-prince"),
            ("Europe/Isle_of_Man", "Europe/Isle_Of_Man"),
            ("EST5EDT", "EST5edt"),
            ("america/new_york", "America/New_York"),
            ("utc", "UTC"),
            ("Etc/GMT+5", "Etc/GMT+5"),
            ("etc/gmt-14", "Etc/GMT-14"),
            ("Antarctica/DumontDUrville", "Antarctica/Dumontdurville"),
            ("PST", "Pst"),
            ("SystemV/AST4", "Systemv/Ast4"),
            ("NZ-CHAT", "Nz-chat"),
            ("GMT0", "GMT0"),
            ("utc/utc", "UTC/Utc"),
            ("a_utc_b", "A_UTC_B"),
            ("xUTC", "Xutc"),
            ("Etc/UTC", "Etc/UTC"),
            ("Etc/Universal", "Etc/Universal"),
            ("gmt-gmt", "GMT-gmt"),
            ("pacific/ﬁji", "Pacific/FIji"),
            ("europe/ıstanbul", "Europe/Istanbul"),
            ("ab\u{212A}", "Abk"),
            ("", ""),
            ("America/", "America/"),
        ] {
            assert_eq!(capitalize(input).as_deref(), Some(want), "{input}");
        }
        assert_eq!(capitalize("Europe/Zürich"), None);
        assert_eq!(capitalize("Asia/Tōkyō"), None);
        // The Kelvin sign is upper case already: first in a word it stays non-ASCII.
        assert_eq!(capitalize("\u{212A}ab"), None);
    }
}
