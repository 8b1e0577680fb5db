//! `brandColor`, `darkBrandColor` (API v1, calcom-rules.md §7): cal.com's zod rule is a string of
//! 4–9 characters starting with `#` — it never checks the hex digits, so `#zzz` passes. Compat
//! reports each failing zod check (`too_small`, `too_big`, `invalid_format`) as zod does. Strict
//! wants a colour a browser can paint: `#RGB`, `#RGBA`, `#RRGGBB` or `#RRGGBBAA`.

use crate::context::Cx;
use crate::issue::{Code, Unit};
use crate::json::{Value, Writer};
use crate::rules::{Doc, Fast, FieldRule, Shape};

pub const CHECK: FieldRule = FieldRule {
    check,
    doc: &Doc {
        strict: Shape::string("A hex colour: #RGB, #RGBA, #RRGGBB or #RRGGBBAA")
            .pattern("^#(?:[0-9A-Fa-f]{3,4}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$"),
        // No minLength: cal.com's 4 counts UTF-16 units, and 3 code points can be 4 units.
        compat: Shape::string("A string starting with # of 4 to 9 UTF-16 units (cal.com's zod rule; the hex digits are not checked, so #zzz passes)")
            .pattern("^#")
            .max_length(9),
    },
    fast: Fast::Core,
};
use crate::messages::Msg;

pub fn check(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    let Some(s) = super::text::expect_string(v, cx) else {
        return;
    };
    let text = s.decode().unwrap_or_default();
    let before = cx.error_count();
    if cx.strict() {
        let hex = text.strip_prefix('#').unwrap_or_default();
        let ok = matches!(hex.len(), 3 | 4 | 6 | 8) && hex.bytes().all(|c| c.is_ascii_hexdigit());
        if !ok {
            let issue = cx
                .at(Code::InvalidFormat, Msg::BrandColor)
                .expected("hex_color");
            cx.fail(issue);
        }
    } else {
        let n = s.utf16_len();
        if n < 4 {
            cx.fail(
                cx.at(Code::TooSmall, Msg::ZodTooShort)
                    .minimum(4, Unit::Utf16),
            );
        }
        if n > 9 {
            cx.fail(cx.at(Code::TooBig, Msg::ZodTooLong).maximum(9, Unit::Utf16));
        }
        if !text.starts_with('#') {
            cx.fail(
                cx.at(Code::InvalidFormat, Msg::ZodInvalid)
                    .expected("regex"),
            );
        }
    }
    if cx.error_count() == before {
        out.string(&s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok};

    #[test]
    fn table() {
        for c in ["#fff", "#FFFA", "#112233", "#11223344"] {
            let j = format!("\"{c}\"");
            ok(check, &j, Strict, &j);
            ok(check, &j, Compat, &j);
        }
        ok(check, r##""#zzz""##, Compat, r##""#zzz""##);
        fails(check, r##""#zzz""##, Strict, &[Code::InvalidFormat]);
        fails(check, r##""#ffffffff0""##, Compat, &[Code::TooBig]);
        fails(
            check,
            r#""fff""#,
            Compat,
            &[Code::TooSmall, Code::InvalidFormat],
        );
        fails(check, r##""#fffff""##, Strict, &[Code::InvalidFormat]);
        fails(check, "5", Compat, &[Code::InvalidType]);
    }
}
