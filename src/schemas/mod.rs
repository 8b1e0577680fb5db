//! Schemas: which fields a cal.com body or response has, in cal.com's declaration order, and what
//! each field's rule, `null` policy and presence requirement is. [`run`] walks one.
//!
//! Issue order is deterministic: body-level problems, then fields in declaration order (the order
//! cal.com reports them), then unknown keys in input order. Data keys come in declaration order.

pub mod booking_limits;
pub mod create_managed_user;
pub mod managed_user;
pub mod me;
pub mod update_me;
pub mod v1_user;

use crate::context::{is_absent, unreadable, Cx, Mode};
use crate::issue::{Code, Issue, Unit};
use crate::json::{Kind, Value, Writer};
use crate::messages::Msg;
use crate::object::members_in;
use crate::outcome::Outcome;
use crate::rules::FieldRule;

/// Every schema, requests and responses, for code that must cover them all (tests, fuzzing).
pub static ALL: [&Schema; 11] = [
    &update_me::UPDATE_ME,
    &create_managed_user::CREATE_MANAGED_USER,
    &v1_user::V1_USER_CREATE,
    &v1_user::V1_USER_EDIT,
    &me::ME,
    &managed_user::MANAGED_USER,
    &managed_user::CREATED_MANAGED_USER,
    &v1_user::V1_USER,
    &booking_limits::BOOKING_LIMITS,
    &booking_limits::TEAM_BOOKING_LIMITS,
    &booking_limits::BOOKING_LIMITS_RESPONSE,
];

/// body-parser's default limit, which cal.com keeps: `100kb` = 102 400 bytes (calcom-rules.md §1).
pub const BODY_LIMIT: usize = 100 * 1024;

/// What a `null` value means for a field.
#[derive(Clone, Copy)]
pub enum Null {
    /// It clears a nullable column.
    Clears,
    /// It clears, with a warning built by this function (e.g. no default schedule).
    ClearsWithWarning(fn(&Cx) -> Issue),
    /// Strict rejects it with the first message; compat accepts it (cal.com's `@IsOptional` skips
    /// `null`) with a warning, the second message, because the request then fails later.
    Breaks(Msg, Msg),
    /// The field is treated as absent (create-managed-user `timeZone: null`).
    Absent,
    /// Rejected in both modes (required fields, response fields that are never null).
    Rejected,
}

#[derive(Clone, Copy)]
pub struct Field {
    /// The wire (JSON) name.
    pub name: &'static str,
    pub rule: FieldRule,
    pub null: Null,
    pub required: bool,
    /// The cal.com constraint a missing/null required field fails (create: `isString`).
    pub missing: &'static [crate::calcom::Constraint],
    /// A warning for an optional field that is absent (create without a time zone).
    pub absent_warning: Option<fn(&Cx) -> Issue>,
}

impl Field {
    pub const fn optional(name: &'static str, rule: FieldRule, null: Null) -> Field {
        Field {
            name,
            rule,
            null,
            required: false,
            missing: &[],
            absent_warning: None,
        }
    }
    pub const fn required(name: &'static str, rule: FieldRule, null: Null) -> Field {
        Field {
            name,
            rule,
            null,
            required: true,
            missing: &[],
            absent_warning: None,
        }
    }
}

/// What happens to keys the model does not have.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum UnknownKeys {
    /// API v2 request bodies: cal.com drops them silently (compat warns), strict rejects them.
    StripInCompat,
    /// API v1 bodies: zod `.strict()` rejects them in both modes.
    Reject,
    /// Response guards: cal.com adds fields to what it sends without notice (calcom-rules.md §6),
    /// so a key the model does not know is news (an `unknown_key` warning), in both modes, and
    /// is left out of `data`. Secrets (`never`) stay errors: a client must never hold them.
    Report,
}

/// One body or response of cal.com's API: its fields in cal.com's order, each with its rule,
/// `null` policy and presence, and what becomes of keys it does not have. The public ones are
/// the statics at the crate's root ([`UPDATE_ME`](crate::UPDATE_ME), …); run one with
/// [`validate_json`](crate::validate_json).
pub struct Schema {
    pub(crate) name: &'static str,
    pub(crate) fields: &'static [Field],
    pub(crate) unknown: UnknownKeys,
    /// Keys no input may carry in any mode (v1: secrets).
    pub(crate) never: &'static [&'static str],
    /// A request body, subject to cal.com's 100 kB limit (responses have none).
    pub(crate) request: bool,
}

impl Schema {
    /// Its name: the model its data deserialises into (`UpdateMeInput`, `Me`, …).
    ///
    /// ```
    /// assert_eq!(cal_profile::UPDATE_ME.name(), "UpdateMeInput");
    /// ```
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The wire names of its fields, in cal.com's order (the order of issues and of `data`).
    ///
    /// ```
    /// let names: Vec<&str> = cal_profile::UPDATE_ME.field_names().collect();
    /// assert_eq!(names.first(), Some(&"email"));
    /// ```
    pub fn field_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.fields.iter().map(|f| f.name)
    }

    /// Whether it is a request body (subject to cal.com's [`BODY_LIMIT`](crate::BODY_LIMIT))
    /// rather than a response guard.
    ///
    /// ```
    /// assert!(cal_profile::UPDATE_ME.is_request());
    /// assert!(!cal_profile::ME.is_request());
    /// ```
    pub fn is_request(&self) -> bool {
        self.request
    }
}

/// Validates a parsed body. `size` is the body's length in bytes as serialised JSON.
pub fn run(schema: &Schema, body: &Value<'_>, size: usize, mode: Mode) -> Outcome {
    run_with(schema, body, size, Cx::new(mode))
}

/// [`run`] with a prepared context (the JS entry marks its input as a JavaScript value).
pub fn run_with(schema: &Schema, body: &Value<'_>, size: usize, mut cx: Cx) -> Outcome {
    if schema.request && size > BODY_LIMIT {
        cx.fail(
            cx.at(Code::BodyTooLarge, Msg::BodyTooLarge)
                .maximum(BODY_LIMIT as u64, Unit::Bytes)
                .count(size as u64),
        );
        return Outcome::from_cx(cx, None);
    }
    let o = match body {
        Value::Object(o) => o,
        Value::Other(Kind::Unreadable) => {
            cx.fail(cx.at(Code::Unreadable, Msg::UnreadableBody));
            return Outcome::from_cx(cx, None);
        }
        other => {
            let mut issue = cx.type_issue("object", other);
            if other.kind() == Kind::Array && !cx.strict() {
                issue.msg = Msg::TypeArrayBody;
            }
            cx.fail(issue);
            return Outcome::from_cx(cx, None);
        }
    };
    let mut out = Writer::with_capacity(size.min(BODY_LIMIT) + 16).with_refs(cx.refs);
    walk_object(schema, o, &mut cx, &mut out);
    Outcome::from_cx(cx, Some(out))
}

/// A rule that validates a nested object against another schema (a created user's `user`).
pub fn nested(schema: &Schema, v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    match v {
        Value::Object(o) => {
            let before = cx.error_count();
            let mark = out.mark();
            walk_object(schema, o, cx, out);
            if cx.error_count() != before {
                out.rewind(mark);
            }
        }
        _ => cx.fail(cx.type_issue("object", v)),
    }
}

/// Checks every field of `o` and writes the normalised object.
fn walk_object(schema: &Schema, o: &crate::json::Object<'_>, cx: &mut Cx, out: &mut Writer) {
    let members = members_in(o, cx);
    // Which schema field each member is (None: unknown key).
    let field_of: Vec<Option<usize>> = members
        .iter()
        .map(|m| schema.fields.iter().position(|f| m.key.is(f.name)))
        .collect();
    out.begin_object();
    for (fi, field) in schema.fields.iter().enumerate() {
        let member = field_of
            .iter()
            .position(|&f| f == Some(fi))
            .and_then(|mi| members.get(mi))
            .filter(|m| !is_absent(m.value));
        cx.enter_field(field.name);
        check_field(field, member.map(|m| (m.value, m.duplicated)), cx, out);
        cx.leave();
    }
    for (m, f) in members.iter().zip(&field_of) {
        if f.is_none() && !is_absent(m.value) {
            unknown_key(schema, m.key, cx);
        }
    }
    out.end_object();
}

/// One field's verdict and data, `cx` already at its path: `member` is its value and whether the
/// key was duplicated, or `None` when it is absent.
fn check_field(field: &Field, member: Option<(&Value<'_>, bool)>, cx: &mut Cx, out: &mut Writer) {
    let Some((value, duplicated)) = member else {
        missing(field, cx);
        return;
    };
    if duplicated {
        let issue = cx.at(Code::DuplicateKey, Msg::DuplicateKey);
        if cx.strict() {
            cx.fail(issue);
        } else {
            cx.warn(issue);
        }
    }
    if value.kind() == Kind::Unreadable {
        cx.fail(unreadable(cx));
    } else if let Value::Null = value {
        null(field, cx, out);
    } else {
        let mark = out.mark();
        let before = cx.error_count();
        out.key_raw(field.name);
        (field.rule.check)(value, cx, out);
        if cx.error_count() != before {
            out.rewind(mark);
        }
    }
}

/// Validates one field alone, as it would be inside a body (its rule, its `null` policy, its
/// presence requirement), for per-field form validators. The data is the one-member object
/// `{name: value}` (or `{}`), the issues' paths start with the field's name.
pub fn run_field(field: &Field, value: &Value<'_>, mut cx: Cx) -> Outcome {
    let mut out = Writer::with_capacity(64).with_refs(cx.refs);
    out.begin_object();
    cx.enter_field(field.name);
    let member = (!is_absent(value)).then_some((value, false));
    check_field(field, member, &mut cx, &mut out);
    cx.leave();
    out.end_object();
    Outcome::from_cx(cx, Some(out))
}

fn missing(field: &Field, cx: &mut Cx) {
    if field.required {
        let issue = cx
            .at(Code::Required, Msg::Required)
            .field(field.name)
            .calcom(field.missing);
        cx.fail(issue);
    } else if let Some(warning) = field.absent_warning {
        cx.warn(warning(cx));
    }
}

fn null(field: &Field, cx: &mut Cx, out: &mut Writer) {
    match field.null {
        Null::Clears => {
            out.key_raw(field.name);
            out.null();
        }
        Null::ClearsWithWarning(warning) => {
            cx.warn(warning(cx));
            out.key_raw(field.name);
            out.null();
        }
        Null::Breaks(strict, compat) => {
            if cx.strict() {
                let mut issue = cx.type_issue("non-null value", &Value::Null);
                issue.msg = strict;
                cx.fail(issue.field(field.name));
            } else {
                cx.warn(cx.at(Code::FailsAfterValidation, compat).field(field.name));
                out.key_raw(field.name);
                out.null();
            }
        }
        Null::Absent => missing(field, cx),
        Null::Rejected => {
            let issue = cx
                .type_issue("non-null value", &Value::Null)
                .calcom(field.missing);
            cx.fail(issue);
        }
    }
}

fn unknown_key(schema: &Schema, key: crate::json::Str<'_>, cx: &mut Cx) {
    let name = key.decode().unwrap_or_default();
    cx.enter(key.raw());
    let suggestions: Vec<String> = suggest_field(schema, &name)
        .into_iter()
        .map(String::from)
        .collect();
    // A response guard reads what cal.com sent: a key it added is news, never a failure.
    if schema.unknown == UnknownKeys::Report && !schema.never.contains(&name.as_ref()) {
        let msg = if suggestions.is_empty() {
            Msg::KeyUnknownModel
        } else {
            Msg::KeyUnknownModelSuggest
        };
        report_unknown(msg, &name, key.raw(), suggestions, cx);
        cx.leave();
        return;
    }
    let forbidden = name == "__proto__" || name == "constructor" || name == "prototype";
    if forbidden {
        let mut issue = cx.at(Code::ForbiddenKey, Msg::KeyForbidden).input(&name);
        if cx.strict() || schema.unknown == UnknownKeys::Reject {
            cx.fail(issue);
        } else {
            issue.code = Code::StrippedKey;
            cx.warn(issue);
        }
        cx.leave();
        return;
    }
    if schema.never.contains(&name.as_ref()) {
        cx.fail(cx.at(Code::ForbiddenKey, Msg::KeySecret).input(&name));
        cx.leave();
        return;
    }
    let suggest = !suggestions.is_empty();
    let keys = vec![key.raw().to_owned()];
    let (code, msg) = if schema.unknown == UnknownKeys::Reject {
        let m = if suggest {
            Msg::KeyRejectedSuggest
        } else {
            Msg::KeyRejected
        };
        (Code::UnrecognizedKeys, m)
    } else if cx.strict() {
        let m = if suggest {
            Msg::KeyUnknownSuggest
        } else {
            Msg::KeyUnknown
        };
        (Code::UnrecognizedKeys, m)
    } else {
        let m = if suggest {
            Msg::KeyStrippedSuggest
        } else {
            Msg::KeyStripped
        };
        (Code::StrippedKey, m)
    };
    let issue = cx
        .at(code, msg)
        .input(&name)
        .keys(keys)
        .suggestions(suggestions);
    if code == Code::StrippedKey {
        cx.warn(issue);
    } else {
        cx.fail(issue);
    }
    cx.leave();
}

/// The `unknown_key` warning of a response guard, at the current path: `msg` says where the key
/// `name` was found (top level or inside a nested object) and whether a suggestion is shown.
pub fn report_unknown(msg: Msg, name: &str, raw_key: &str, suggestions: Vec<String>, cx: &mut Cx) {
    let issue = cx
        .at(Code::UnknownKey, msg)
        .input(name)
        .keys(vec![raw_key.to_owned()])
        .suggestions(suggestions);
    cx.warn(issue);
}

/// The field a mistyped key most likely means: same letters ignoring case, `_` and `-`
/// (`time_zone` → `timeZone`), else the nearest within a typo's distance.
pub fn suggest_field(schema: &Schema, key: &str) -> Vec<&'static str> {
    fn squash(s: &str) -> impl Iterator<Item = u8> + '_ {
        s.bytes()
            .filter(|c| !matches!(c, b'_' | b'-' | b' '))
            .map(|c| c.to_ascii_lowercase())
    }
    if let Some(f) = schema.field_names().find(|f| squash(f).eq(squash(key))) {
        return vec![f];
    }
    // Same squash on characters: removing ASCII bytes never splits a UTF-8 sequence.
    let k: String = key
        .chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    crate::suggest::closest(&k, schema.field_names(), 1)
}

#[cfg(test)]
mod tests {
    use crate::{validate_json, Code, Mode, BODY_LIMIT, ME, UPDATE_ME};

    fn body_of_size(n: usize) -> String {
        let overhead = r#"{"bio":""}"#.len();
        format!(r#"{{"bio":"{}"}}"#, "a".repeat(n - overhead))
    }

    #[test]
    fn a_field_alone_is_judged_as_inside_a_body() {
        use crate::json::{parse, Dialect};
        use crate::{context::Cx, CREATE_MANAGED_USER};
        let one = |schema: &super::Schema, name, text: &str, mode| {
            let field = schema.fields.iter().find(|f| f.name == name)?;
            let value = parse(text, Dialect::Json).ok()?;
            Some(super::run_field(field, &value, Cx::new(mode)))
        };
        let tz = one(
            &UPDATE_ME,
            "timeZone",
            r#""america/new_york""#,
            Mode::Strict,
        );
        assert_eq!(
            tz.as_ref().and_then(|o| o.data_json()),
            Some(r#"{"timeZone":"America/New_York"}"#)
        );
        let null = one(&UPDATE_ME, "timeZone", "null", Mode::Strict).map(|o| o.issues);
        assert_eq!(
            null.map(|i| i.iter().map(|i| i.code).collect::<Vec<_>>()),
            Some(vec![Code::InvalidType])
        );
        let compat_null = one(&UPDATE_ME, "timeZone", "null", Mode::Compat);
        assert_eq!(
            compat_null.as_ref().and_then(|o| o.data_json()),
            Some(r#"{"timeZone":null}"#)
        );
        // Another required field's absence is not this field's concern.
        let name = one(&CREATE_MANAGED_USER, "name", r#""Ann""#, Mode::Strict);
        assert!(name.is_some_and(|o| o.is_success()));
        assert!(one(&UPDATE_ME, "timezone", "1", Mode::Strict).is_none());
    }

    #[test]
    fn no_field_name_holds_the_comma_the_js_field_list_is_split_on() {
        for schema in super::ALL {
            assert!(
                schema.field_names().all(|f| !f.contains(',')),
                "{}",
                schema.name
            );
        }
    }

    #[test]
    fn a_utf8_byte_order_mark_is_ignored_as_body_parser_does() {
        for mode in [Mode::Strict, Mode::Compat] {
            let out = validate_json(&UPDATE_ME, b"\xEF\xBB\xBF{\"name\":\"A\"}", mode);
            assert_eq!(out.data_json(), Some(r#"{"name":"A"}"#));
        }
    }

    #[test]
    fn body_limit_is_cal_com_s_102400_bytes_for_requests_only() {
        for mode in [Mode::Strict, Mode::Compat] {
            let at = body_of_size(BODY_LIMIT);
            assert!(validate_json(&UPDATE_ME, at.as_bytes(), mode).is_success());
            let over = body_of_size(BODY_LIMIT + 1);
            let out = validate_json(&UPDATE_ME, over.as_bytes(), mode);
            assert_eq!(
                out.issues.iter().map(|i| i.code).collect::<Vec<_>>(),
                [Code::BodyTooLarge]
            );
        }
        let bio = "a".repeat(150_000);
        let me = format!(
            r#"{{"id":1,"email":"a@b.co","username":"a","name":null,"avatarUrl":null,"bio":"{bio}","timeFormat":12,"defaultScheduleId":null,"weekStart":"Monday","timeZone":"Europe/London","organizationId":null}}"#
        );
        let out = validate_json(&ME, me.as_bytes(), Mode::Strict);
        assert!(out.is_success(), "{:?}", out.issues);
    }
}
