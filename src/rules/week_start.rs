//! `weekStart`. calcom-rules.md §2: `IsString` + `IsIn` of exactly `Monday` … `Sunday`,
//! case-sensitive (`monday`, `MONDAY`, `Sunday ` fail). §6: the create-managed-user DTO checks only
//! `IsString` — compat mode mirrors that there; strict mode checks the day everywhere.
//!
//! Near misses get a suggestion: any casing, surrounding spaces, and unambiguous abbreviations
//! (`Mon`, `tues`, `THU`).

use crate::calcom::{IS_STRING, WEEK_START_IN};
use crate::context::Cx;
use crate::issue::Code;
use crate::json::{Value, Writer};
use crate::messages::Msg;
use crate::rules::{Doc, Fast, FieldRule, Shape};

pub const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// One of the seven days, exactly.
pub const DAY: Shape = Shape::one_of(
    DAYS,
    "The first day of the week, capitalised in English (case-sensitive)",
);

pub const UPDATE: FieldRule = FieldRule {
    check: update,
    doc: &Doc::same(DAY),
    fast: Fast::OneOf(DAYS),
};

pub const CREATE: FieldRule = FieldRule {
    check: create,
    doc: &Doc {
        strict: DAY,
        compat: Shape::string(
            "Any string: cal.com checks only IsString when creating a managed user",
        ),
    },
    fast: Fast::OneOf(DAYS),
};

/// `PATCH /v2/me`: the day is checked in both modes.
pub fn update(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    check(v, cx, out, true);
}

/// `POST …/users` (create managed user): cal.com checks only that it is a string.
pub fn create(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    check(v, cx, out, cx.strict());
}

fn check(v: &Value<'_>, cx: &mut Cx, out: &mut Writer, check_day: bool) {
    let Value::String(s) = v else {
        let issue = cx.type_issue("string", v).calcom(if check_day {
            &[WEEK_START_IN, IS_STRING]
        } else {
            &[IS_STRING]
        });
        cx.fail(issue);
        return;
    };
    if !check_day {
        if cx.strict() && s.has_lone_surrogate() {
            cx.fail(super::text::lone_surrogate(cx));
            return;
        }
        out.string(s);
        return;
    }
    let text = s.decode().unwrap_or_default();
    if DAYS.contains(&text.as_ref()) {
        out.string(s);
        return;
    }
    let suggestions: Vec<String> = suggest(&text).into_iter().map(String::from).collect();
    let m = if suggestions.is_empty() {
        Msg::WeekStart
    } else {
        Msg::WeekStartSuggest
    };
    let issue = cx
        .at(Code::InvalidValue, m)
        .values(DAYS)
        .suggestions(suggestions)
        .calcom(&[WEEK_START_IN]);
    cx.fail(issue);
}

/// The day a near miss most likely means: another casing, padding, or an unambiguous prefix of
/// at least two letters (`Mo`, `tues`, `THURS`).
pub fn suggest(input: &str) -> Option<&'static str> {
    let t = input.trim().trim_end_matches('.');
    if t.len() < 2 {
        return None;
    }
    let mut hits = DAYS.iter().filter(|d| {
        d.len() >= t.len() && d.get(..t.len()).is_some_and(|p| p.eq_ignore_ascii_case(t))
    });
    match (hits.next(), hits.next()) {
        (Some(d), None) => Some(d),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok, run};

    #[test]
    fn exact_days_only() {
        for mode in [Strict, Compat] {
            for d in DAYS {
                let j = format!("\"{d}\"");
                ok(update, &j, mode, &j);
            }
            for bad in [
                "monday", "MONDAY", "Mon", "Sunday ", " Sunday", "Lundi", "", "Mondays",
            ] {
                fails(update, &format!("\"{bad}\""), mode, &[Code::InvalidValue]);
            }
            fails(update, "1", mode, &[Code::InvalidType]);
        }
    }

    #[test]
    fn suggestions() {
        for (input, want) in [
            ("monday", Some("Monday")),
            ("MONDAY", Some("Monday")),
            ("Mon", Some("Monday")),
            ("tues", Some("Tuesday")),
            ("Thu", Some("Thursday")),
            ("Sunday ", Some("Sunday")),
            ("sat.", Some("Saturday")),
            ("T", None),
            ("S", None),
            ("Lundi", None),
        ] {
            assert_eq!(suggest(input), want, "{input}");
        }
        let r = run(update, "\"mon\"", Strict);
        assert_eq!(r.cx.issues[0].suggestions, ["Monday"]);
    }

    #[test]
    fn create_checks_the_day_only_in_strict() {
        ok(create, "\"monday\"", Compat, "\"monday\"");
        fails(create, "\"monday\"", Strict, &[Code::InvalidValue]);
        fails(create, "5", Compat, &[Code::InvalidType]);
    }
}
