//! Plain type checks for response guards (calcom-rules.md §6): cal.com's response schemas check
//! types only (`id` int, `organizationId` number, …); we check the same to notice API drift.

use super::text::expect_string;
use crate::context::Cx;
use crate::issue::Code;
use crate::json::{Value, Writer};
use crate::messages::Msg;
use crate::object::members_in;
use crate::rules::{Doc, Fast, FieldRule, Obj, Shape};

pub const STRING: FieldRule = FieldRule {
    check: string,
    doc: super::text::STRING.doc,
    fast: Fast::Text,
};
pub const INTEGER: FieldRule = FieldRule {
    check: integer,
    doc: &Doc::same(Shape::integer("A whole number")),
    fast: Fast::Integer,
};
pub const NUMBER: FieldRule = FieldRule {
    check: number,
    doc: &Doc::same(Shape::number("A finite number")),
    fast: Fast::Number,
};

const ORGANIZATION_PROPS: &[(&str, Shape)] = &[
    ("id", Shape::number("")),
    ("isPlatform", Shape::boolean("")),
];
// A key cal.com adds to the organization is reported, not rejected, in both modes.
pub const ORGANIZATION: FieldRule = FieldRule {
    check: organization,
    doc: &Doc::same(Shape::object(
        &Obj {
            props: ORGANIZATION_PROPS,
            ignored_keys: &[],
            max_properties: None,
            key_max_length: None,
            forbidden_keys: &[],
            values: &[Shape::any("")],
        },
        "The user's organization (GET /v2/me only); other keys are reported as warnings",
    )),
    fast: Fast::Core,
};

pub fn string(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    if let Some(s) = expect_string(v, cx) {
        out.string(&s);
    }
}

/// A JSON number that is an integer (zod `.int()`), as its source text.
pub fn integer(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    match v {
        Value::Number(n) if n.value.is_finite() && n.value.fract() == 0.0 => out.num_text(n.text),
        Value::Number(_) => {
            let issue = cx
                .at(Code::InvalidType, Msg::TypeInteger)
                .expected("integer")
                .received("number");
            cx.fail(issue);
        }
        _ => cx.fail(cx.type_issue("integer", v)),
    }
}

pub fn number(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    match v {
        Value::Number(n) if n.value.is_finite() => out.num_text(n.text),
        _ => cx.fail(cx.type_issue("number", v)),
    }
}

pub fn boolean(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    match v {
        Value::Bool(b) => out.bool(*b),
        _ => cx.fail(cx.type_issue("boolean", v)),
    }
}

/// `organization: { id: number, isPlatform: boolean }` (GET /v2/me only).
pub fn organization(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    let Value::Object(o) = v else {
        cx.fail(cx.type_issue("object", v));
        return;
    };
    let before = cx.error_count();
    let members = members_in(o, cx);
    let mark = out.mark();
    out.begin_object();
    for (name, rule) in [("id", number as super::Rule), ("isPlatform", boolean)] {
        cx.enter_field(name);
        match members.iter().find(|m| m.key.is(name)) {
            Some(m) => {
                out.key_raw(name);
                rule(m.value, cx, out);
            }
            None => {
                cx.fail(cx.at(Code::Required, Msg::Required).field(name));
            }
        }
        cx.leave();
    }
    // A key cal.com added to the organization is news, as at the top level (UnknownKeys::Report).
    for m in &members {
        if !m.key.is("id") && !m.key.is("isPlatform") {
            cx.enter(m.key.raw());
            let name = m.key.decode().unwrap_or_default();
            crate::schemas::report_unknown(
                Msg::KeyUnknownModelOrganization,
                &name,
                m.key.raw(),
                Vec::new(),
                cx,
            );
            cx.leave();
        }
    }
    out.end_object();
    if cx.error_count() != before {
        out.rewind(mark);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok};

    #[test]
    fn table() {
        for mode in [Strict, Compat] {
            ok(integer, "42", mode, "42");
            ok(integer, "4.0", mode, "4.0");
            fails(integer, "4.5", mode, &[Code::InvalidType]);
            fails(integer, r#""4""#, mode, &[Code::InvalidType]);
            ok(number, "4.5", mode, "4.5");
            ok(boolean, "false", mode, "false");
            fails(boolean, "0", mode, &[Code::InvalidType]);
            ok(
                organization,
                r#"{"id":1,"isPlatform":true}"#,
                mode,
                r#"{"id":1,"isPlatform":true}"#,
            );
            fails(organization, r#"{"id":1}"#, mode, &[Code::Required]);
            fails(
                organization,
                r#"{"id":"1","isPlatform":true}"#,
                mode,
                &[Code::InvalidType],
            );
        }
        // A key cal.com added: a warning in both modes, left out of the data.
        for mode in [Strict, Compat] {
            let added = r#"{"id":1,"isPlatform":true,"slug":"acme"}"#;
            ok(organization, added, mode, r#"{"id":1,"isPlatform":true}"#);
            let r = crate::rules::testing::run(organization, added, mode);
            assert_eq!(r.warnings, [Code::UnknownKey]);
            assert_eq!(r.cx.warnings[0].path_text(), "field.slug");
        }
    }
}
