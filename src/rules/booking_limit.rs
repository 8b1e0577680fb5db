//! One booking limit: `perDay`, `perWeek`, `perMonth` or `perYear` of `/v2/me/booking-limits` and
//! `/v2/me/team-booking-limits/{teamId}` (calcom-rules.md §6). cal.com publishes the constraint
//! (a number with `minimum: 1`, or `null` for no limit) but **not the validation source**, so
//! compat mode follows the published constraint: any finite number of at least 1 (class-validator's
//! `isNumber` and `min` messages, which a DTO stating that constraint gives, are attached for
//! cal.com's 400 body; they are inferred, not read).
//!
//! Strict mode takes what a limit can mean and any store can hold: a whole number of bookings from
//! 1 to 2³¹−1 (2 147 483 647, the largest Postgres `integer`, which is what Prisma's `Int` maps
//! to). A fraction of a booking means nothing, and a limit beyond 2³¹−1 is no limit: send `null`.
//! `null` itself is the schema's business (it clears a limit or inherits the team default).

use crate::calcom::{IS_NUMBER, MIN_1};
use crate::context::Cx;
use crate::issue::{Code, Unit};
use crate::json::{Value, Writer};
use crate::messages::Msg;
use crate::rules::{Doc, Fast, FieldRule, Shape};

/// The largest limit strict mode accepts: 2³¹−1.
pub const MAX: f64 = 2_147_483_647.0;

pub const CHECK: FieldRule = FieldRule {
    check,
    doc: &Doc {
        strict: Shape::integer("A booking limit: a whole number of bookings from 1 to 2147483647")
            .range(1, MAX as i32),
        compat: Shape::number("A booking limit: a number of at least 1 (cal.com's published constraint; its validation source is not public)")
            .at_least(1),
    },
    fast: Fast::IntRange(1, MAX as i64),
};

pub fn check(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    let n = match v {
        Value::Number(n) if n.value.is_finite() => n,
        _ => {
            let issue = cx.type_issue("number", v).calcom(&[IS_NUMBER, MIN_1]);
            cx.fail(issue);
            return;
        }
    };
    let x = n.value;
    if x < 1.0 {
        let issue = cx
            .at(Code::TooSmall, Msg::BookingLimitTooSmall)
            .minimum(1, Unit::Value)
            .calcom(&[MIN_1]);
        cx.fail(issue);
        return;
    }
    if cx.strict() && x.fract() != 0.0 {
        let issue = cx
            .at(Code::InvalidType, Msg::BookingLimitInteger)
            .expected("integer")
            .received("number");
        cx.fail(issue);
        return;
    }
    if cx.strict() {
        if x > MAX {
            let issue = cx
                .at(Code::TooBig, Msg::BookingLimitTooBig)
                .maximum(MAX as u64, Unit::Value);
            cx.fail(issue);
            return;
        }
        out.int(x as i64);
        return;
    }
    out.num_text(n.text);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok, run};

    #[test]
    fn table() {
        for mode in [Strict, Compat] {
            ok(check, "1", mode, "1");
            ok(check, "5", mode, "5");
            ok(check, "2147483647", mode, "2147483647");
            fails(check, "0", mode, &[Code::TooSmall]);
            fails(check, "-3", mode, &[Code::TooSmall]);
            fails(check, "0.5", mode, &[Code::TooSmall]);
            fails(check, r#""5""#, mode, &[Code::InvalidType]);
            fails(check, "true", mode, &[Code::InvalidType]);
            fails(check, "{}", mode, &[Code::InvalidType]);
            fails(check, "1e400", mode, &[Code::InvalidType]);
            fails(check, "!nan", mode, &[Code::InvalidType]);
            fails(check, "!infinity", mode, &[Code::InvalidType]);
        }
        // Whole numbers written with a fraction part are whole numbers.
        ok(check, "5.0", Strict, "5");
        ok(check, "5.0", Compat, "5.0");
        // The published constraint is `minimum: 1`, nothing more: compat takes fractions and
        // numbers past any column; strict does not.
        ok(check, "1.5", Compat, "1.5");
        fails(check, "1.5", Strict, &[Code::InvalidType]);
        ok(check, "2147483648", Compat, "2147483648");
        fails(check, "2147483648", Strict, &[Code::TooBig]);
        ok(check, "1e300", Compat, "1e300");
        fails(check, "1e300", Strict, &[Code::TooBig]);
        // cal.com's constraints ride along in compat mode only.
        let r = run(check, "0", Compat);
        assert_eq!(r.cx.issues[0].calcom, [MIN_1]);
        assert!(run(check, "0", Strict).cx.issues[0].calcom.is_empty());
        assert_eq!(
            run(check, r#""5""#, Compat).cx.issues[0].calcom,
            [IS_NUMBER, MIN_1]
        );
    }
}
