//! `defaultScheduleId`. calcom-rules.md §2: `IsNumber` only — any finite number passes cal.com,
//! including 0, negatives and floats (a float then fails in the database: 500). Strings, `NaN`
//! and `Infinity` are rejected. Compat mode mirrors that and warns about floats.
//!
//! Strict mode takes what the database column can hold and a schedule can be: an integer from 1
//! to 2³¹−1 (Postgres `integer`).

use crate::calcom::IS_NUMBER;
use crate::context::Cx;
use crate::issue::{Code, Unit};
use crate::json::{Value, Writer};
use crate::messages::Msg;
use crate::rules::{Doc, Fast, FieldRule, Shape};

pub const MAX: f64 = 2_147_483_647.0;

/// Strict mode's bounds (API v1's strict `defaultScheduleId` is the same).
pub const STRICT_SHAPE: Shape = Shape::integer(
    "A schedule ID: a whole number from 1 to 2147483647 (the database column's range)",
)
.range(1, MAX as i32);

pub const CHECK: FieldRule = FieldRule {
    check,
    doc: &Doc {
        strict: STRICT_SHAPE,
        compat: Shape::number("Any finite number (cal.com: IsNumber); a fraction or a number past 2147483647 passes but fails in the database (500)"),
    },
    fast: Fast::IntRange(1, MAX as i64),
};

pub fn check(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    let n = match v {
        Value::Number(n) if n.value.is_finite() => n,
        _ => {
            let issue = cx.type_issue("number", v).calcom(&[IS_NUMBER]);
            cx.fail(issue);
            return;
        }
    };
    let x = n.value;
    if cx.strict() {
        if x.fract() != 0.0 {
            let issue = cx
                .at(Code::InvalidType, Msg::ScheduleInteger)
                .expected("integer")
                .received("number");
            cx.fail(issue);
            return;
        }
        if x < 1.0 {
            let issue = cx
                .at(Code::TooSmall, Msg::ScheduleTooSmall)
                .minimum(1, Unit::Value);
            cx.fail(issue);
            return;
        }
        if x > MAX {
            let issue = cx
                .at(Code::TooBig, Msg::ScheduleTooBig)
                .maximum(MAX as u64, Unit::Value);
            cx.fail(issue);
            return;
        }
        out.int(x as i64);
        return;
    }
    if x.fract() != 0.0 || x.abs() > MAX {
        cx.warn(cx.at(Code::FailsAfterValidation, Msg::ScheduleUnstorable));
    }
    out.num_text(n.text);
}

/// The warning for `null`: the user keeps no default schedule.
pub fn null_warning(cx: &Cx) -> crate::issue::Issue {
    cx.at(Code::NoDefaultSchedule, Msg::ScheduleNull)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok, run};

    #[test]
    fn table() {
        ok(check, "1", Strict, "1");
        ok(check, "2147483647", Strict, "2147483647");
        ok(check, "5.0", Strict, "5");
        fails(check, "0", Strict, &[Code::TooSmall]);
        fails(check, "-1", Strict, &[Code::TooSmall]);
        fails(check, "1.5", Strict, &[Code::InvalidType]);
        fails(check, "2147483648", Strict, &[Code::TooBig]);
        for mode in [Strict, Compat] {
            fails(check, r#""1""#, mode, &[Code::InvalidType]);
            fails(check, "true", mode, &[Code::InvalidType]);
            fails(check, "1e400", mode, &[Code::InvalidType]);
            fails(check, "!nan", mode, &[Code::InvalidType]);
            fails(check, "!infinity", mode, &[Code::InvalidType]);
        }
        ok(check, "0", Compat, "0");
        ok(check, "-1", Compat, "-1");
        ok(check, "1.5", Compat, "1.5");
        assert_eq!(
            run(check, "1.5", Compat).warnings,
            [Code::FailsAfterValidation]
        );
        ok(check, "5.0", Compat, "5.0");
    }
}
