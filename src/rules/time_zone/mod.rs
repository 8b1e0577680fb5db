//! `timeZone`. calcom-rules.md §3.
//!
//! Compat mode reproduces cal.com: `CapitalizeTimeZone` ([`capitalize`]) runs first, then
//! `IsTimeZone` asks ICU, which matches names case-insensitively, knows every IANA name and link,
//! and (on Node 20) also some non-IANA legacy IDs ([`icu`]). The stored value is the capitalised
//! string (`US/Eastern` → `Us/Eastern`); a warning says so when it differs from the IANA spelling.
//!
//! Strict mode takes IANA names from chrono-tz in any casing and writes the proper spelling
//! (`america/new_york` → `America/New_York`); a deprecated link (`Asia/Calcutta`, `US/Eastern`) is
//! kept as written, with a warning naming its canonical zone. Unknown names get up to three
//! suggestions ([`suggest`]).
//!
//! API v1 (§3, last point) checks the exact, case-sensitive name: [`v1`].

pub mod capitalize;
pub mod icu;
pub mod names;
pub mod suggest;
mod tables;

use crate::calcom::IS_TIME_ZONE;
use crate::context::Cx;
use crate::issue::{Code, Issue};
use crate::json::{Value, Writer};
use crate::messages::Msg;
use crate::rules::{Doc, Fast, FieldRule, Shape};
pub use names::deprecated_target;

/// Time-zone names as JSON Schema sees them: a string of the characters IANA names use, which
/// rules out offsets (`+05:00`), spaces and padding. Not an `enum`: strict mode matches in any
/// casing and compat also takes ICU's legacy IDs, so an enum of every accepted spelling does not
/// exist (and the 597 names would weigh about 9 KB in every document, per field); not a custom
/// `format`: validators that do not know it fail to compile the schema (ajv's strict mode). The
/// list is `timeZones()` in JavaScript and [`canonical_names`] here.
pub const NAME_PATTERN: &str = "^[A-Za-z][A-Za-z0-9_+/-]*$";

pub const V2: FieldRule = FieldRule {
    check: v2,
    doc: &Doc {
        strict: Shape::string("An IANA time-zone name (tzdb, the list of timeZones()) in any casing; the data holds its proper spelling (america/new_york -> America/New_York); a deprecated link (US/Eastern) passes with a warning")
            .pattern(NAME_PATTERN),
        compat: Shape::string("What cal.com accepts: CapitalizeTimeZone, then ICU's case-insensitive lookup of IANA names, links and legacy IDs (PST, SystemV/AST4); the data holds cal.com's capitalised spelling (US/Eastern -> Us/Eastern)")
            .pattern(NAME_PATTERN),
    },
    fast: Fast::TimeZone,
};

/// The strict time-zone shape, for response guards that check the zone in strict mode only.
pub const STRICT_SHAPE: Shape = V2.doc.strict;

pub const V1: FieldRule = FieldRule {
    check: v1,
    doc: &Doc::same(
        Shape::string("An IANA time-zone name or link, exactly as tzdb spells it (case-sensitive, no normalisation: API v1's rule)")
            .pattern(NAME_PATTERN),
    ),
    fast: Fast::Core,
};

/// API v2 (`PATCH /v2/me`, managed users).
pub fn v2(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    let Value::String(s) = v else {
        let issue = cx.type_issue("string", v).calcom(&[IS_TIME_ZONE]);
        cx.fail(issue);
        return;
    };
    let text = s.decode().unwrap_or_default();
    if cx.strict() {
        match names::find(&text) {
            Some(name) => {
                if let Some(target) = deprecated_target(name) {
                    cx.warn(deprecated(cx, name, target));
                }
                out.str_raw(name);
            }
            None => cx.fail(unknown(cx, &text, &[])),
        }
        return;
    }
    let stored = if s.has_lone_surrogate() {
        None
    } else {
        capitalize::capitalize(&text)
    };
    let known = stored.as_deref().and_then(|c| {
        names::find(c)
            .map(|n| (n, deprecated_target(n)))
            .or_else(|| icu::find(c).map(|(id, iana)| (id, Some(iana))))
    });
    match (stored, known) {
        (Some(stored), Some((name, target))) => {
            if stored != name {
                let issue = cx.at(Code::Normalized, Msg::TimeZoneStored);
                cx.warn(issue.stored(&stored).canonical(name));
            }
            if let Some(target) = target {
                cx.warn(deprecated(cx, name, target));
            }
            out.str(&stored);
        }
        _ => cx.fail(unknown(cx, &text, &[IS_TIME_ZONE])),
    }
}

/// API v1: the exact, case-sensitive IANA name (zones and links), no normalisation.
pub fn v1(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    let Some(s) = super::text::expect_string(v, cx) else {
        return;
    };
    let text = s.decode().unwrap_or_default();
    match names::find(&text) {
        Some(name) if name == text => {
            if let Some(target) = deprecated_target(name) {
                cx.warn(deprecated(cx, name, target));
            }
            out.str_raw(name);
        }
        _ => cx.fail(unknown(cx, &text, &[])),
    }
}

fn deprecated(cx: &Cx, name: &str, target: &'static str) -> Issue {
    cx.at(Code::DeprecatedTimeZone, Msg::TimeZoneDeprecated)
        .input(name)
        .canonical(target)
}

fn unknown(cx: &Cx, text: &str, calcom: &'static [crate::calcom::Constraint]) -> Issue {
    let suggestions: Vec<String> = suggest::suggest(text)
        .into_iter()
        .map(String::from)
        .collect();
    let msg = if suggestions.is_empty() {
        Msg::TimeZoneUnknown
    } else {
        Msg::TimeZoneUnknownSuggest
    };
    cx.at(Code::InvalidTimeZone, msg)
        .input(text)
        .suggestions(suggestions)
        .calcom(calcom)
}

/// The form helper's answer for one name (product.md §4 `checkTimeZone`).
#[derive(Debug, PartialEq, Eq)]
pub struct ZoneCheck {
    pub valid: bool,
    /// The canonical zone: the proper spelling, or a deprecated link's target.
    pub canonical: Option<&'static str>,
    /// The proper spelling of a deprecated link that was given.
    pub alias: Option<&'static str>,
    pub suggestions: Vec<&'static str>,
}

pub fn check_name(s: &str) -> ZoneCheck {
    match names::find(s) {
        Some(name) => match deprecated_target(name) {
            Some(target) => ZoneCheck {
                valid: true,
                canonical: Some(target),
                alias: Some(name),
                suggestions: Vec::new(),
            },
            None => ZoneCheck {
                valid: true,
                canonical: Some(name),
                alias: None,
                suggestions: Vec::new(),
            },
        },
        None => ZoneCheck {
            valid: false,
            canonical: None,
            alias: None,
            suggestions: suggest::suggest(s),
        },
    }
}

/// Canonical names only (no deprecated links), in byte order (the table's own, so no sort).
pub fn canonical_names() -> Vec<&'static str> {
    names::canonical_in_byte_order().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok, run};

    #[test]
    fn strict_table() {
        ok(v2, r#""Europe/Rome""#, Strict, r#""Europe/Rome""#);
        ok(v2, r#""america/new_york""#, Strict, r#""America/New_York""#);
        ok(v2, r#""utc""#, Strict, r#""UTC""#);
        ok(v2, r#""Etc/GMT-14""#, Strict, r#""Etc/GMT-14""#);
        let r = run(v2, r#""asia/calcutta""#, Strict);
        assert_eq!(r.out.as_deref(), Some(r#""Asia/Calcutta""#));
        assert_eq!(r.warnings, [Code::DeprecatedTimeZone]);
        assert_eq!(r.cx.warnings[0].canonical.as_deref(), Some("Asia/Kolkata"));
        for bad in [
            "Narnia/Woods",
            "",
            "Europe/ Rome",
            "-08:00",
            "Z",
            "America/",
            "PST",
            "IST",
            "Factory",
            " UTC",
            "SystemV/AST4",
        ] {
            fails(v2, &format!("\"{bad}\""), Strict, &[Code::InvalidTimeZone]);
        }
        fails(v2, "5", Strict, &[Code::InvalidType]);
        fails(v2, r#""\ud800""#, Strict, &[Code::InvalidTimeZone]);
    }

    #[test]
    fn compat_stores_what_cal_com_stores() {
        for (input, stored) in [
            ("Europe/Rome", "Europe/Rome"),
            ("america/new_york", "America/New_York"),
            ("utc", "UTC"),
            ("US/Eastern", "Us/Eastern"),
            ("Europe/Isle_of_Man", "Europe/Isle_Of_Man"),
            ("Antarctica/DumontDUrville", "Antarctica/Dumontdurville"),
            ("Egypt", "Egypt"),
            ("PST", "Pst"),
            ("SystemV/AST4", "Systemv/Ast4"),
            ("US/Pacific-New", "Us/Pacific-new"),
            ("EST5EDT", "EST5edt"),
        ] {
            ok(
                v2,
                &format!("\"{input}\""),
                Compat,
                &format!("\"{stored}\""),
            );
        }
        let r = run(v2, r#""US/Eastern""#, Compat);
        assert_eq!(r.warnings, [Code::Normalized, Code::DeprecatedTimeZone]);
        for bad in [
            "Narnia/Woods",
            "",
            "Europe/ Rome",
            "-08:00",
            "Z",
            "America/",
            "Factory",
            "Etc/Unknown",
            "localtime",
            "posixrules",
            "GMT+5",
            "UTC+5",
            "+05:00",
        ] {
            fails(v2, &format!("\"{bad}\""), Compat, &[Code::InvalidTimeZone]);
        }
        fails(v2, "5", Compat, &[Code::InvalidType]);
    }

    #[test]
    fn v1_is_case_sensitive() {
        ok(v1, r#""US/Eastern""#, Strict, r#""US/Eastern""#);
        fails(v1, r#""us/eastern""#, Compat, &[Code::InvalidTimeZone]);
        fails(v1, r#""Narnia/Woods""#, Compat, &[Code::InvalidTimeZone]);
    }

    #[test]
    fn check_name_for_forms() {
        let c = check_name("asia/calcutta");
        assert_eq!(
            (c.valid, c.canonical, c.alias),
            (true, Some("Asia/Kolkata"), Some("Asia/Calcutta"))
        );
        let c = check_name("America/New_York");
        assert_eq!(
            (c.valid, c.canonical, c.alias),
            (true, Some("America/New_York"), None)
        );
        let c = check_name("Europe/Londn");
        assert!(!c.valid);
        assert_eq!(c.suggestions[0], "Europe/London");
        let names = canonical_names();
        assert!(names.contains(&"America/New_York") && !names.contains(&"US/Eastern"));
        assert!(names.contains(&"UTC") && names.contains(&"Europe/Amsterdam"));
        assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
    }
}
