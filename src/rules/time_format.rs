//! `timeFormat`: 12- or 24-hour clock. calcom-rules.md §2: `IsNumber` + `IsIn([12, 24])`, after
//! class-transformer's `@Type(() => Number)` converted the value with JavaScript's `Number()`:
//! `"12"`, `" 12 "`, `"0x0c"`, `"1.2e1"` become 12 and pass; `true` → 1 and `""` → 0 fail `isIn`;
//! `"abc"` → NaN and arrays fail both. Compat mode reproduces this and writes the converted number.
//!
//! Strict mode takes only the JSON number 12 or 24 (`12.0` is the same number): a string passes
//! only through a conversion an older cal.com version does not do.

use crate::calcom::{Constraint, IS_NUMBER, TIME_FORMAT_IN, TIME_FORMAT_IN_CREATE};
use crate::context::Cx;
use crate::issue::Code;
use crate::js_number::string_to_number;
use crate::json::{Kind, Value, Writer};
use crate::messages::Msg;
use crate::rules::{Doc, Fast, FieldRule, Shape};

const VALUES: &[i64] = &[12, 24];

const STRICT: Shape = Shape::ints(
    VALUES,
    "The number 12 or 24 (a string such as \"12\" is rejected: use the number)",
);
const FROM_STRING: Shape = Shape::string("A string JavaScript's Number() reads as 12 or 24 (\"12\", \" 12 \", \"0x0c\", \"1.2e1\"), converted to that number as cal.com does");
const COMPAT: Shape = Shape::ints(VALUES, "12 or 24; cal.com converts the value with JavaScript's Number() first, so a string that reads as 12 or 24 passes and is stored as the number").converts(&FROM_STRING);

pub const UPDATE: FieldRule = FieldRule {
    check: update,
    doc: &Doc {
        strict: STRICT,
        compat: COMPAT,
    },
    fast: Fast::Ints(VALUES),
};

pub const CREATE: FieldRule = FieldRule {
    check: create,
    doc: UPDATE.doc,
    fast: Fast::Ints(VALUES),
};

/// `PATCH /v2/me`.
pub fn update(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    check(v, cx, out, TIME_FORMAT_IN);
}

/// `POST /v2/oauth-clients/{clientId}/users` words its message differently.
pub fn create(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    check(v, cx, out, TIME_FORMAT_IN_CREATE);
}

fn check(v: &Value<'_>, cx: &mut Cx, out: &mut Writer, is_in: Constraint) {
    let number = match v {
        Value::Number(n) => n.value,
        Value::String(s) if cx.strict() => {
            let text = s.decode().unwrap_or_default();
            let n = string_to_number(&text);
            let (m, hint) = if n == 12.0 || n == 24.0 {
                let hint = String::from(if n == 12.0 { "12" } else { "24" });
                (Msg::TimeFormatStringHint, vec![hint])
            } else {
                (Msg::TimeFormatString, Vec::new())
            };
            let issue = cx
                .at(Code::InvalidType, m)
                .input(&text)
                .expected("number")
                .received("string")
                .suggestions(hint);
            cx.fail(issue);
            return;
        }
        Value::String(s) => {
            let n = s.decode().map_or(f64::NAN, |t| string_to_number(&t));
            if n == 12.0 || n == 24.0 {
                let issue = cx
                    .at(Code::Coerced, Msg::TimeFormatCoerced)
                    .input(&s.decode().unwrap_or_default())
                    .stored(if n == 12.0 { "12" } else { "24" });
                cx.warn(issue);
            }
            n
        }
        Value::Bool(b) if !cx.strict() => f64::from(u8::from(*b)),
        // class-transformer converts arrays element by element and objects to NaN: both then
        // fail isNumber and isIn.
        Value::Other(Kind::Array | Kind::Object) | Value::Object(_) if !cx.strict() => f64::NAN,
        _ => {
            let issue = cx.type_issue("number", v).calcom(both(is_in));
            cx.fail(issue);
            return;
        }
    };
    if number == 12.0 || number == 24.0 {
        out.int(number as i64);
        return;
    }
    if !number.is_finite() {
        let issue = cx
            .at(Code::InvalidType, Msg::TimeFormatNaN)
            .expected("number")
            .received(v.kind().name())
            .calcom(both(is_in));
        cx.fail(issue);
        return;
    }
    let only_in: &'static [Constraint] = if is_in == TIME_FORMAT_IN_CREATE {
        &[TIME_FORMAT_IN_CREATE]
    } else {
        &[TIME_FORMAT_IN]
    };
    let issue = cx
        .at(Code::InvalidValue, Msg::TimeFormat)
        .int_values(VALUES)
        .calcom(only_in);
    cx.fail(issue);
}

/// A value that is not a finite number fails both of cal.com's checks.
fn both(is_in: Constraint) -> &'static [Constraint] {
    if is_in == TIME_FORMAT_IN_CREATE {
        &[TIME_FORMAT_IN_CREATE, IS_NUMBER]
    } else {
        &[TIME_FORMAT_IN, IS_NUMBER]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok, run};

    #[test]
    fn numbers_in_both_modes() {
        for mode in [Strict, Compat] {
            ok(update, "12", mode, "12");
            ok(update, "24", mode, "24");
            ok(update, "12.0", mode, "12");
            ok(update, "2.4e1", mode, "24");
            for bad in ["13", "0", "12.5", "-12", "1e400"] {
                assert!(!run(update, bad, mode).codes.is_empty(), "{bad}");
            }
        }
    }

    #[test]
    fn compat_converts_like_number() {
        for s in [
            r#""12""#,
            r#"" 12 ""#,
            r#""12.0""#,
            r#""0x0c""#,
            r#""+12""#,
            r#""1.2e1""#,
        ] {
            ok(update, s, Compat, "12");
            assert_eq!(run(update, s, Compat).warnings, vec![Code::Coerced]);
        }
        ok(update, r#""24""#, Compat, "24");
        fails(update, "true", Compat, &[Code::InvalidValue]);
        fails(update, r#""""#, Compat, &[Code::InvalidValue]);
        fails(update, r#""abc""#, Compat, &[Code::InvalidType]);
        fails(update, "[12]", Compat, &[Code::InvalidType]);
        fails(update, "{}", Compat, &[Code::InvalidType]);
        let r = run(update, r#""abc""#, Compat);
        let names: Vec<_> = r.cx.issues[0].calcom.iter().map(|c| c.name).collect();
        assert_eq!(names, ["isIn", "isNumber"]);
        let r = run(update, "13", Compat);
        let names: Vec<_> = r.cx.issues[0].calcom.iter().map(|c| c.name).collect();
        assert_eq!(names, ["isIn"]);
    }

    #[test]
    fn strict_rejects_strings_with_a_hint() {
        let r = run(update, r#""12""#, Strict);
        assert_eq!(r.codes, [Code::InvalidType]);
        assert_eq!(r.cx.issues[0].suggestions, ["12"]);
        assert!(r.cx.issues[0].message.contains("use the number 12"));
        fails(update, r#""abc""#, Strict, &[Code::InvalidType]);
        fails(update, "true", Strict, &[Code::InvalidType]);
        fails(update, "[12]", Strict, &[Code::InvalidType]);
        fails(update, "!nan", Strict, &[Code::InvalidType]);
    }
}
