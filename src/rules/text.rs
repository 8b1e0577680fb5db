//! Free text: `name`, `bio` (and `email` in compat mode). calcom-rules.md §2: `IsString` with no
//! length limit, so any JavaScript string passes cal.com.
//!
//! Strict mode adds one requirement: valid Unicode. A lone UTF-16 surrogate (half an emoji, e.g.
//! from slicing a string by `.length`) passes cal.com but is replaced by U+FFFD somewhere on its
//! way to the database: a silent change of the user's text.

use crate::calcom::IS_STRING;
use crate::context::Cx;
use crate::issue::Code;
use crate::json::{Str, Value, Writer};
use crate::rules::{Doc, Fast, FieldRule, Shape};

pub const STRING: FieldRule = FieldRule {
    check: string,
    doc: &Doc {
        strict: Shape::string("Any text that is valid Unicode (a lone UTF-16 surrogate is rejected, which JSON Schema cannot see)"),
        compat: Shape::string("Any string (cal.com: IsString, no length limit)"),
    },
    fast: Fast::Text,
};
use crate::messages::Msg;

pub fn string(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    if let Some(s) = expect_string(v, cx) {
        out.string(&s);
    }
}

/// The string in `v`, or `None` after reporting why it is not an acceptable one.
pub fn expect_string<'a>(v: &Value<'a>, cx: &mut Cx) -> Option<Str<'a>> {
    match v {
        Value::String(s) => {
            if cx.strict() && s.has_lone_surrogate() {
                cx.fail(lone_surrogate(cx));
                None
            } else {
                Some(*s)
            }
        }
        _ => {
            cx.fail(cx.type_issue("string", v).calcom(&[IS_STRING]));
            None
        }
    }
}

pub fn lone_surrogate(cx: &Cx) -> crate::issue::Issue {
    cx.at(Code::InvalidUnicode, Msg::LoneSurrogate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok};

    #[test]
    fn table() {
        for mode in [Strict, Compat] {
            ok(string, r#""Alice""#, mode, r#""Alice""#);
            ok(string, r#""""#, mode, r#""""#);
            ok(string, r#""😀 \"q\" \n""#, mode, r#""😀 \"q\" \n""#);
            fails(string, "123", mode, &[Code::InvalidType]);
            fails(string, "true", mode, &[Code::InvalidType]);
            fails(string, "[]", mode, &[Code::InvalidType]);
            fails(string, "{}", mode, &[Code::InvalidType]);
            fails(string, "!symbol", mode, &[Code::InvalidType]);
        }
        fails(string, r#""\ud800""#, Strict, &[Code::InvalidUnicode]);
        ok(string, r#""\ud800""#, Compat, r#""\ud800""#);
        ok(string, r#""\ud83d\ude00""#, Strict, r#""\ud83d\ude00""#);
    }
}
