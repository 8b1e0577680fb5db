//! The small zod rules of API v1's user bodies (calcom-rules.md §7) that have no v2 twin:
//! `theme`/`appTheme` (`dark` | `light`), `role` (`USER` | `ADMIN`), booleans, `timeFormat` (the
//! number 12 or 24, no conversion), `defaultScheduleId` (a number > 0), `username` and `email`
//! (lower-cased by cal.com). zod's verdicts need no strict/compat split except where noted.
//!
//! One known difference: cal.com lower-cases a username with JavaScript's full Unicode
//! `toLowerCase`; compat lower-cases ASCII letters only (non-ASCII usernames keep their case).

use crate::context::Cx;
use crate::issue::{Code, Unit};
use crate::json::{Value, Writer};
use crate::messages::Msg;
use crate::rules::{Doc, Fast, FieldRule, Shape};

const THEMES: &[&str] = &["dark", "light"];
const ROLES: &[&str] = &["USER", "ADMIN"];

pub const THEME: FieldRule = FieldRule {
    check: theme,
    doc: &Doc::same(Shape::one_of(THEMES, "")),
    fast: Fast::Core,
};
pub const ROLE: FieldRule = FieldRule {
    check: role,
    doc: &Doc::same(Shape::one_of(ROLES, "Only admins may set it")),
    fast: Fast::Core,
};
pub const BOOLEAN: FieldRule = FieldRule {
    check: boolean,
    doc: &Doc::same(Shape::boolean("")),
    fast: Fast::Core,
};
pub const TIME_FORMAT: FieldRule = FieldRule {
    check: time_format,
    doc: &Doc::same(Shape::ints(
        &[12, 24],
        "The number 12 or 24 (no conversion from strings)",
    )),
    fast: Fast::Core,
};
pub const SCHEDULE_ID: FieldRule = FieldRule {
    check: schedule_id,
    doc: &Doc {
        strict: super::schedule_id::STRICT_SHAPE,
        compat: Shape::number("A number greater than 0 (zod .positive(): fractions pass); cal.com also requires one of the user's schedules, which no body shows").above(0),
    },
    fast: Fast::Core,
};
pub const LOCALE: FieldRule = FieldRule {
    check: locale,
    doc: &Doc::same(Shape::one_of(
        super::locale::V1_LOCALES,
        "One of API v1's 23 locales, exactly",
    )),
    fast: Fast::Core,
};
pub const USERNAME: FieldRule = FieldRule {
    check: username,
    doc: &Doc {
        strict: Shape::string("Any text that is valid Unicode"),
        compat: Shape::string(
            "Any string; cal.com stores it lower-cased (compat data: ASCII letters lower-cased)",
        ),
    },
    fast: Fast::Core,
};
pub const EMAIL: FieldRule = FieldRule {
    check: email,
    doc: &Doc {
        strict: super::email::STRICT_SHAPE,
        compat: Shape::string("At most 254 characters matching cal.com's regex (case-insensitive); cal.com stores it lower-cased")
            .pattern(V1_EMAIL_PATTERN)
            .max_length(super::email::MAX_LEN as u32),
    },
    fast: Fast::Core,
};

/// cal.com's v1 regex with its `i` flag spelt out (JSON Schema patterns have no flags); its class
/// `[A-Z0-9_+-.']` holds the range `+-.`, so `,` is in it.
const V1_EMAIL_PATTERN: &str = r"^(?!\.)(?!.*\.\.)[A-Za-z0-9_+,.'-]*[A-Za-z0-9_+'-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$";

fn one_of(v: &Value<'_>, cx: &mut Cx, out: &mut Writer, allowed: &'static [&'static str]) {
    let Some(s) = super::text::expect_string(v, cx) else {
        return;
    };
    let text = s.decode().unwrap_or_default();
    if allowed.contains(&text.as_ref()) {
        out.string(&s);
        return;
    }
    let suggestions: Vec<String> = allowed
        .iter()
        .filter(|a| a.eq_ignore_ascii_case(text.trim()))
        .map(|a| String::from(*a))
        .collect();
    cx.fail(
        cx.at(Code::InvalidValue, Msg::OneOf)
            .input(&text)
            .values(allowed)
            .suggestions(suggestions),
    );
}

pub fn theme(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    one_of(v, cx, out, THEMES);
}

pub fn role(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    one_of(v, cx, out, ROLES);
}

pub fn boolean(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    match v {
        Value::Bool(b) => out.bool(*b),
        _ => cx.fail(cx.type_issue("boolean", v)),
    }
}

pub fn time_format(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    match v {
        Value::Number(n) if n.value == 12.0 || n.value == 24.0 => out.int(n.value as i64),
        Value::Number(_) => cx.fail(
            cx.at(Code::InvalidValue, Msg::TimeFormat)
                .int_values(&[12, 24]),
        ),
        _ => cx.fail(cx.type_issue("number", v)),
    }
}

/// A number > 0 (zod `.positive()`: floats pass); strict adds the v2 integer bounds.
pub fn schedule_id(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    if cx.strict() {
        super::schedule_id::check(v, cx, out);
        return;
    }
    match v {
        Value::Number(n) if n.value.is_finite() && n.value > 0.0 => out.num_text(n.text),
        Value::Number(_) => cx.fail(
            cx.at(Code::TooSmall, Msg::PositiveNumber)
                .minimum(0, Unit::Value),
        ),
        _ => cx.fail(cx.type_issue("number", v)),
    }
}

pub fn locale(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    super::locale::check(v, cx, out, super::locale::V1_LOCALES);
}

/// v1 `username`: a string cal.com lower-cases (compat writes what it stores).
pub fn username(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    lowercased(v, cx, out, false);
}

/// v1 `email`: at most 254, cal.com's regex, then lower-cased. Strict also applies the v2 strict
/// syntax (a subset of the regex).
pub fn email(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    lowercased(v, cx, out, true);
}

fn lowercased(v: &Value<'_>, cx: &mut Cx, out: &mut Writer, is_email: bool) {
    let Some(s) = super::text::expect_string(v, cx) else {
        return;
    };
    let text = s.decode().unwrap_or_default();
    if is_email {
        if s.utf16_len() > super::email::MAX_LEN {
            cx.fail(
                cx.at(Code::TooBig, Msg::EmailTooLong)
                    .maximum(254, Unit::Utf16),
            );
            return;
        }
        let ok = super::email::matches_v1_regex(&text)
            && (!cx.strict() || super::email::strict_syntax(&text).is_ok());
        if !ok {
            let issue = cx.at(Code::InvalidFormat, Msg::EmailInvalid).input(&text);
            cx.fail(issue.expected("email"));
            return;
        }
    }
    if cx.strict() {
        out.string(&s);
        return;
    }
    // ASCII lower-casing: an email that passes the regex is ASCII, and Unicode lower-casing
    // would add 12 KB of tables to the package for non-ASCII usernames (kept as sent: see README).
    let lower = text.to_ascii_lowercase();
    if lower != text {
        cx.warn(cx.at(Code::Normalized, Msg::Lowercased).stored(&lower));
    }
    out.str(&lower);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok};

    #[test]
    fn table() {
        for mode in [Strict, Compat] {
            ok(theme, r#""dark""#, mode, r#""dark""#);
            fails(theme, r#""DARK""#, mode, &[Code::InvalidValue]);
            ok(role, r#""ADMIN""#, mode, r#""ADMIN""#);
            fails(role, r#""admin""#, mode, &[Code::InvalidValue]);
            fails(boolean, r#""true""#, mode, &[Code::InvalidType]);
            ok(time_format, "24", mode, "24");
            fails(time_format, r#""24""#, mode, &[Code::InvalidType]);
            fails(time_format, "13", mode, &[Code::InvalidValue]);
            fails(email, r#""not-an-email""#, mode, &[Code::InvalidFormat]);
            fails(schedule_id, "0", mode, &[Code::TooSmall]);
            ok(locale, r#""pt-BR""#, mode, r#""pt-BR""#);
            fails(locale, r#""ca""#, mode, &[Code::InvalidValue]);
        }
        ok(schedule_id, "1.5", Compat, "1.5");
        fails(schedule_id, "1.5", Strict, &[Code::InvalidType]);
        ok(
            email,
            r#""Alice@Example.com""#,
            Compat,
            r#""alice@example.com""#,
        );
        ok(
            email,
            r#""Alice@Example.com""#,
            Strict,
            r#""Alice@Example.com""#,
        );
        ok(email, r#""a,b@c.com""#, Compat, r#""a,b@c.com""#);
        fails(email, r#""a,b@c.com""#, Strict, &[Code::InvalidFormat]);
        ok(username, r#""Alice""#, Compat, r#""alice""#);
    }
}
