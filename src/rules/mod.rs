//! One file per rule. Each opens with what it checks and which cal.com behaviour it mirrors (with
//! its section of `calcom-rules.md`), and ends with its table of cases.
//!
//! A rule receives a value that is present and not `null` (the schema decides what absence and
//! `null` mean for each field), reports through the [`Cx`](crate::context::Cx), and writes the
//! normalised value to the output only when it reports no issue.

// The form helpers `checkApiKey` and the team id of `buildPatchTeamBookingLimitsRequest`: only
// the JS boundary runs them (no schema field does).
#[cfg(any(target_arch = "wasm32", test, fuzzing))]
pub mod api_key;
pub mod avatar_url;
pub mod booking_limit;
pub mod brand_color;
pub mod email;
pub mod iso_date;
pub mod locale;
pub mod metadata;
pub mod response;
pub mod schedule_id;
#[cfg(any(target_arch = "wasm32", test))]
pub mod team_id;
pub mod text;
pub mod time_format;
pub mod time_zone;
pub mod v1;
pub mod week_start;

use crate::context::Cx;
pub use crate::describe::{Doc, Obj, Shape};
use crate::json::{Value, Writer};

/// The signature every field rule has.
pub type Rule = for<'a> fn(&Value<'a>, &mut Cx, &mut Writer);

/// A rule as a schema's field holds it: the check, and what JSON Schema can say about it
/// (`json_schema.rs` reads it), declared together in the rule's file so they change together.
#[derive(Clone, Copy)]
pub struct FieldRule {
    pub check: Rule,
    pub doc: &'static Doc,
    // Read only where js/protocol.js is generated (src/protocol.rs, in test builds): no code in
    // the wasm needs it, the JS layer gets it as generated tables.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fast: Fast,
}

/// What the JS layer may confirm without the core (`js/fast.js`, reading the tables
/// `js/protocol.js` generated from these): a plain part of what the rule accepts in both modes,
/// unchanged and with no issue or warning (a time zone's compat exceptions are generated too). The JS side can only answer "valid, and the data is
/// the input"; any other value, and every verdict with an issue, a warning or a change, is the
/// core's. `tests/js/fast-path.test.mjs` proves each kind against the core.
#[derive(Clone, Copy)]
#[cfg_attr(not(test), allow(dead_code))]
pub enum Fast {
    /// Nothing: every value goes to the core.
    Core,
    /// Any string that is valid Unicode (no lone surrogate).
    Text,
    /// Exactly one of these strings.
    OneOf(&'static [&'static str]),
    /// Exactly one of these numbers (integers).
    Ints(&'static [i64]),
    /// An integer from `min` to `max`.
    IntRange(i64, i64),
    /// Any finite number that is an integer.
    Integer,
    /// Any finite number.
    Number,
    /// A canonical IANA name exactly as tzdb spells it (`timeZones()`): no link, no other casing.
    TimeZone,
    /// A plain object within the metadata limits ([`metadata`]): at most `MAX_KEYS` keys of at most
    /// `MAX_KEY_LEN` UTF-16 units, none a key strict mode rejects, each value a valid-Unicode
    /// string of at most `MAX_VALUE_LEN` units, a finite number or a boolean.
    Metadata,
}

#[cfg(test)]
pub(crate) mod testing {
    //! Runs one rule on a JSON value text, for the tables at the bottom of each rule file.
    use crate::context::{Cx, Mode};
    use crate::issue::Code;
    use crate::json::{parse, Dialect, Value, Writer};

    pub struct Run {
        pub codes: Vec<Code>,
        pub warnings: Vec<Code>,
        pub out: Option<String>,
        pub cx: Cx,
    }

    pub fn run(rule: super::Rule, json: &str, mode: Mode) -> Run {
        let doc = format!("{{\"v\":{json}}}");
        let Ok(Value::Object(o)) = parse(&doc, Dialect::JsValue) else {
            panic!("bad test JSON {json}")
        };
        let v = &o.members[0].1;
        let mut cx = Cx::new(mode);
        cx.enter("field");
        let mut w = Writer::new();
        rule(v, &mut cx, &mut w);
        let codes = cx.issues.iter().map(|i| i.code).collect::<Vec<_>>();
        let warnings = cx.warnings.iter().map(|i| i.code).collect();
        let out = codes.is_empty().then(|| w.finish());
        Run {
            codes,
            warnings,
            out,
            cx,
        }
    }

    /// Asserts a value passes in `mode` and is written as `expect_out`.
    pub fn ok(rule: super::Rule, json: &str, mode: Mode, expect_out: &str) {
        let r = run(rule, json, mode);
        assert!(
            r.codes.is_empty(),
            "{json} in {mode:?}: unexpected {:?}",
            r.cx.issues
        );
        assert_eq!(r.out.as_deref(), Some(expect_out), "{json} in {mode:?}");
    }

    /// Asserts a value fails in `mode` with exactly these codes.
    pub fn fails(rule: super::Rule, json: &str, mode: Mode, codes: &[Code]) {
        let r = run(rule, json, mode);
        assert_eq!(r.codes, codes, "{json} in {mode:?}: {:?}", r.cx.issues);
    }
}
