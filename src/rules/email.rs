//! `email`. calcom-rules.md §2: API v2 checks only `IsString` (`""` and `"not-an-email"` pass) —
//! compat mode mirrors exactly that. §7: API v1 checks a regex and at most 254 characters, then
//! lower-cases.
//!
//! Strict mode asks for a real address and is at least as strict as v1's regex (a property test
//! checks every strict-valid address against [`matches_v1_regex`]): at most 254 characters; a local
//! part of 1–64 characters from `A–Z a–z 0–9 _ + . ' -`, not starting or ending with `.` and
//! without `..`; a domain of at least two dot-separated labels of letters, digits and `-` (1–63
//! long, not starting or ending with `-`) whose last label is at least two letters. The case is
//! kept: cal.com v2 stores what it gets, and changing it here would be a silent change.

use super::text::expect_string;
use crate::context::Cx;
use crate::issue::{Code, Unit};
use crate::json::{Value, Writer};
use crate::messages::Msg;
use crate::rules::{Doc, Fast, FieldRule, Shape};
use crate::strings::find;

pub const MAX_LEN: usize = 254;

/// [`strict_syntax`] as a pattern: the syntax is ASCII, so code points are UTF-16 units and the
/// pattern and `maxLength` say exactly what strict mode checks.
const STRICT_PATTERN: &str = r"^(?=[^@]{1,64}@)[A-Za-z0-9_+'-]+(?:\.[A-Za-z0-9_+'-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$";

/// The strict address as a shape (API v1's strict email is the same).
pub const STRICT_SHAPE: Shape = Shape::string("An email address: at most 254 characters; 1 to 64 of A-Z a-z 0-9 _ + . ' - before the @ (no leading, trailing or double dot); a domain of at least two labels ending in a top-level domain of letters")
    .format("email")
    .pattern(STRICT_PATTERN)
    .max_length(MAX_LEN as u32);

pub const V2: FieldRule = FieldRule {
    check: v2,
    doc: &Doc {
        strict: STRICT_SHAPE,
        compat: Shape::string(
            "Any string: API v2 checks only IsString (\"\" and \"not-an-email\" pass)",
        ),
    },
    fast: Fast::Core,
};

/// API v2 (`PATCH /v2/me`, managed users).
pub fn v2(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    let Some(s) = expect_string(v, cx) else {
        return;
    };
    if cx.strict() && !check_strict(s.decode().as_deref().unwrap_or_default(), s.utf16_len(), cx) {
        return;
    }
    out.string(&s);
}

/// Reports why `s` is not a deliverable address; true when it is one.
fn check_strict(s: &str, utf16_len: usize, cx: &mut Cx) -> bool {
    if utf16_len > MAX_LEN {
        let issue = cx
            .at(Code::TooBig, Msg::EmailTooLong)
            .maximum(MAX_LEN as u64, Unit::Utf16);
        cx.fail(issue);
        return false;
    }
    if let Err(why) = strict_syntax(s) {
        cx.fail(cx.at(Code::InvalidFormat, why).input(s).expected("email"));
        return false;
    }
    true
}

/// The strict syntax, with the reason for a failure.
pub fn strict_syntax(s: &str) -> Result<(), Msg> {
    let Some((local, domain)) = s.split_once('@') else {
        return Err(Msg::EmailNoAt);
    };
    if domain.contains('@') {
        return Err(Msg::EmailManyAt);
    }
    if local.is_empty() || local.len() > 64 {
        return Err(Msg::EmailLocalLength);
    }
    if !local
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'+' | b'.' | b'\'' | b'-'))
    {
        return Err(Msg::EmailLocalChar);
    }
    if local.starts_with('.') || local.ends_with('.') || find(local, "..").is_some() {
        return Err(Msg::EmailLocalDot);
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return Err(Msg::EmailNoDot);
    }
    for label in &labels {
        let ok = !label.is_empty()
            && label.len() <= 63
            && label
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-')
            && !label.starts_with('-')
            && !label.ends_with('-');
        if !ok {
            return Err(Msg::EmailDomain);
        }
    }
    let tld = labels.last().copied().unwrap_or_default();
    if tld.len() < 2 || !tld.bytes().all(|c| c.is_ascii_alphabetic()) {
        return Err(Msg::EmailTld);
    }
    Ok(())
}

/// cal.com v1's regex (calcom-rules.md §7), case-insensitive:
/// `^(?!\.)(?!.*\.\.)([A-Z0-9_+-.']*)[A-Z0-9_+'-]@([A-Z0-9][A-Z0-9-]*\.)+[A-Z]{2,}$`.
/// Note `+-.` inside the first class is a range: it admits `+ , - .`.
pub fn matches_v1_regex(s: &str) -> bool {
    if s.starts_with('.') || find(s, "..").is_some() {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = local.bytes().all(|c| {
        c.is_ascii_alphanumeric() || matches!(c, b'_' | b'+' | b',' | b'-' | b'.' | b'\'')
    }) && local
        .bytes()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'+' | b'\'' | b'-'));
    if !local_ok {
        return false;
    }
    let mut labels = domain.split('.').peekable();
    let mut count = 0;
    while let Some(label) = labels.next() {
        count += 1;
        let bytes = label.as_bytes();
        let ok = if labels.peek().is_none() {
            bytes.len() >= 2 && bytes.iter().all(u8::is_ascii_alphabetic)
        } else {
            bytes.first().is_some_and(u8::is_ascii_alphanumeric)
                && bytes
                    .iter()
                    .all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        };
        if !ok {
            return false;
        }
    }
    count >= 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok};

    #[test]
    fn compat_is_is_string_only() {
        for s in [
            r#""""#,
            r#""not-an-email""#,
            r#""Alice@Example.COM""#,
            r#""\ud800""#,
        ] {
            ok(v2, s, Compat, s);
        }
        fails(v2, "123", Compat, &[Code::InvalidType]);
    }

    #[test]
    fn strict_table() {
        for s in [
            "alice@example.com",
            "Alice@Example.COM",
            "a.b+tag@sub.example.co.uk",
            "o'brien@example.ie",
            "x_y-z@a-b.io",
            "1@2.ab",
        ] {
            let json = format!("\"{s}\"");
            ok(v2, &json, Strict, &json);
        }
        for s in [
            "",
            "not-an-email",
            "a@b",
            "a@b.c",
            "a@b.c0m",
            ".a@b.com",
            "a.@b.com",
            "a..b@c.com",
            "a@b..com",
            "a@-b.com",
            "a@b-.com",
            "a,b@c.com",
            "a b@c.com",
            "a@b@c.com",
            " a@b.com",
            "ä@b.com",
            "a@bü.com",
        ] {
            fails(v2, &format!("\"{s}\""), Strict, &[Code::InvalidFormat]);
        }
        let long = format!("\"{}@{}.com\"", "a".repeat(64), "b".repeat(186));
        fails(v2, &long, Strict, &[Code::TooBig]);
        fails(v2, "null", Strict, &[Code::InvalidType]);
    }

    #[test]
    fn v1_regex_table() {
        for s in [
            "alice@example.com",
            "a,b@c.com",
            "a-@b-.com",
            "A@B.CO",
            "a'@b.com",
        ] {
            assert!(matches_v1_regex(s), "{s}");
        }
        for s in [
            ".a@b.com",
            "a.@b.com",
            "a..b@c.com",
            "a@b",
            "a@b.c",
            "a@.b.com",
            "a@b.c0m",
            "@b.com",
            "a@b@c.com",
        ] {
            assert!(!matches_v1_regex(s), "{s}");
        }
    }
}
