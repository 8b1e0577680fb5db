//! The `{teamId}` of `PATCH /v2/me/team-booking-limits/{teamId}` (calcom-rules.md §6): a team's
//! id, which cal.com's API reference types as a number and its database as an `Int` key. Checked
//! before a request is built (`buildPatchTeamBookingLimitsRequest`), so a mistaken id is an
//! issue at `teamId` rather than a 404: a whole number from 1 to 2³¹−1, in both modes.

use crate::context::Cx;
use crate::issue::{Code, Unit};
use crate::json::{Value, Writer};
use crate::messages::Msg;

const MAX: f64 = 2_147_483_647.0;

pub fn check(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    let x = match v {
        Value::Number(n) if n.value.is_finite() => n.value,
        _ => {
            cx.fail(cx.type_issue("integer", v));
            return;
        }
    };
    if x.fract() != 0.0 {
        let issue = cx
            .at(Code::InvalidType, Msg::TeamIdInteger)
            .expected("integer")
            .received("number");
        cx.fail(issue);
    } else if x < 1.0 {
        let issue = cx
            .at(Code::TooSmall, Msg::TeamIdTooSmall)
            .minimum(1, Unit::Value);
        cx.fail(issue);
    } else if x > MAX {
        let issue = cx
            .at(Code::TooBig, Msg::TeamIdTooBig)
            .maximum(MAX as u64, Unit::Value);
        cx.fail(issue);
    } else {
        out.int(x as i64);
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
            ok(check, "1", mode, "1");
            ok(check, "42.0", mode, "42");
            ok(check, "2147483647", mode, "2147483647");
            fails(check, "0", mode, &[Code::TooSmall]);
            fails(check, "-4", mode, &[Code::TooSmall]);
            fails(check, "4.5", mode, &[Code::InvalidType]);
            fails(check, "2147483648", mode, &[Code::TooBig]);
            fails(check, r#""42""#, mode, &[Code::InvalidType]);
            fails(check, "!nan", mode, &[Code::InvalidType]);
            fails(check, "!undefined", mode, &[Code::InvalidType]);
        }
    }
}
