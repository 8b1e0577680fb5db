//! Dates in ISO 8601 / RFC 3339 (`createdDate` of managed users and v1 users, calcom-rules.md §6–7):
//! `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff…]]` and `Z` or `±HH:MM`, with real calendar days.

use crate::context::Cx;
use crate::issue::Code;
use crate::json::{Value, Writer};
use crate::rules::{Doc, Fast, FieldRule, Shape};

/// Not `format: date-time`: a date alone passes too. The pattern is the syntax; the calendar
/// (no 31 April, 29 February only in leap years) is words.
pub const SHAPE: Shape = Shape::string("An ISO 8601 date, YYYY-MM-DD, optionally with THH:MM[:SS[.fff]] and Z or ±HH:MM, on a real calendar day")
    .pattern(r"^\d{4}-\d{2}-\d{2}(?:[Tt]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?$");

pub const CHECK: FieldRule = FieldRule {
    check,
    doc: &Doc::same(SHAPE),
    fast: Fast::Core,
};
use crate::messages::Msg;

pub fn check(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    let Some(s) = super::text::expect_string(v, cx) else {
        return;
    };
    let text = s.decode().unwrap_or_default();
    if is_iso_date(&text) {
        out.string(&s);
    } else {
        let issue = cx.at(Code::InvalidFormat, Msg::IsoDate).input(&text);
        cx.fail(issue.expected("date"));
    }
}

pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let d = b.get(from..from + len)?;
        d.iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let (Some(y), Some(mo), Some(d)) = (num(0, 4), num(5, 2), num(8, 2)) else {
        return false;
    };
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') || !(1..=12).contains(&mo) {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if d == 0 || d > days.get(mo as usize - 1).copied().unwrap_or(0) {
        return false;
    }
    if b.len() == 10 {
        return true;
    }
    if !matches!(b.get(10), Some(b'T' | b't')) {
        return false;
    }
    let (Some(h), Some(mi)) = (num(11, 2), num(14, 2)) else {
        return false;
    };
    if b.get(13) != Some(&b':') || h > 23 || mi > 59 {
        return false;
    }
    let mut i = 16;
    if b.get(i) == Some(&b':') {
        match num(i + 1, 2) {
            Some(sec) if sec <= 60 => i += 3,
            _ => return false,
        }
        if b.get(i) == Some(&b'.') {
            let start = i + 1;
            i = start;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return false;
            }
        }
    }
    match b.get(i) {
        Some(b'Z' | b'z') => i + 1 == b.len(),
        Some(b'+' | b'-') => {
            matches!((num(i + 1, 2), b.get(i + 3), num(i + 4, 2)), (Some(oh), Some(b':'), Some(om)) if oh <= 23 && om <= 59)
                && i + 6 == b.len()
        }
        None => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        for ok in [
            "2024-05-01",
            "2024-05-01T09:30:00Z",
            "2024-02-29T00:00Z",
            "2024-05-01T09:30:00.123+02:00",
            "2000-12-31T23:59:60Z",
            "2024-05-01T09:30",
        ] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "",
            "2023-02-29",
            "2024-13-01",
            "2024-05-01T24:00Z",
            "2024-05-01 09:30Z",
            "05/01/2024",
            "2024-05-01T09:30:00.Z",
            "2024-05-01T09:30:00+2",
            "2024-5-1",
            "2024-05-01Zjunk",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }
}
