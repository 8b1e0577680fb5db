//! Issues: what went wrong (or deserves a warning), where, and how to fix it.
//!
//! An issue is data: a stable [`Code`] (the contract), a JSON path in wire names, an English
//! message, and typed parameters. The vocabulary follows Zod's, which JavaScript users know
//! (`invalid_type`, `too_big`, `unrecognized_keys`, …), plus codes for what only cal.com has.

use crate::calcom::Constraint;
use crate::json::Writer;
use crate::messages::{excerpt, Args, Msg};

/// The allowed values of an `invalid_value` issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Values {
    /// No list (any issue but `invalid_value`).
    None,
    /// Allowed strings (`weekStart`, `locale`, …).
    Str(&'static [&'static str]),
    /// Allowed integers (`timeFormat`).
    Int(&'static [i64]),
}

/// Declares [`Code`] with its wire names and the list of all codes, from one table: the JS
/// `IssueCode` union is tested against [`Code::ALL`].
macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// Stable machine codes. Never renamed; new ones may be added.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code {
            $($(#[$doc])* $variant,)*
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The wire name (`"invalid_type"`, …), the same in JavaScript.
            ///
            /// ```
            /// assert_eq!(cal_profile::Code::TooBig.as_str(), "too_big");
            /// ```
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }
        }
    };
}

codes! {
    /// The value has the wrong JavaScript type (`expected`, `received`).
    InvalidType = "invalid_type",
    /// A string, object or number is above its limit (`maximum`, `unit`).
    TooBig = "too_big",
    /// Below its limit (`minimum`, `unit`).
    TooSmall = "too_small",
    /// Not one of the allowed values (`values`, `suggestions`).
    InvalidValue = "invalid_value",
    /// A string of the right type but the wrong shape: email, URL, API key (`expected`).
    InvalidFormat = "invalid_format",
    /// A key the model does not have (`keys`, `suggestions`).
    UnrecognizedKeys = "unrecognized_keys",
    /// Not a time zone the target accepts (`suggestions`).
    InvalidTimeZone = "invalid_time_zone",
    /// A required field is missing.
    Required = "required",
    /// The body is not JSON (`position`).
    InvalidJson = "invalid_json",
    /// The same key twice in a JSON object.
    DuplicateKey = "duplicate_key",
    /// A string holds a lone UTF-16 surrogate.
    InvalidUnicode = "invalid_unicode",
    /// `__proto__`, `constructor` or `prototype` as a key.
    ForbiddenKey = "forbidden_key",
    /// The serialised body is over cal.com's 100 kB limit (`maximum`, `unit: "bytes"`).
    BodyTooLarge = "body_too_large",
    /// A JavaScript value that could not be read (a throwing getter or Proxy trap).
    Unreadable = "unreadable",
    // Warnings only:
    /// An unknown key that cal.com drops without telling (compat mode).
    StrippedKey = "stripped_key",
    /// A deprecated time-zone link (`canonical`).
    DeprecatedTimeZone = "deprecated_time_zone",
    /// `defaultScheduleId: null`: a user without a default schedule cannot be booked.
    NoDefaultSchedule = "no_default_schedule",
    /// cal.com converts this value before validating it (compat: `"12"` → 12).
    Coerced = "coerced",
    /// cal.com's validation accepts the value but the request then fails or corrupts data.
    FailsAfterValidation = "fails_after_validation",
    /// cal.com would store a spelling different from the canonical one (compat time zones).
    Normalized = "normalized",
    /// A response guard met a key its model does not know (`keys`): cal.com added a field since
    /// this version of the model. Left out of `data`; never an error (calcom-rules.md §6).
    UnknownKey = "unknown_key",
}

/// One step of a path: a field or key (stored JSON-escaped, as it came) or an index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    /// An object key, in wire names (`timeZone`), JSON-escaped as it came.
    Key(std::borrow::Cow<'static, str>),
    /// An array index.
    Index(u32),
}

/// A numeric parameter with its unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// UTF-16 code units: JavaScript's `.length`, what cal.com measures.
    Utf16,
    /// Bytes of the serialised body.
    Bytes,
    /// Keys of an object.
    Keys,
    /// A numeric bound on the value itself.
    Value,
}

impl Unit {
    /// The wire name (`"utf16"`, `"bytes"`, `"keys"`, `"value"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Utf16 => "utf16",
            Unit::Bytes => "bytes",
            Unit::Keys => "keys",
            Unit::Value => "value",
        }
    }
}

/// One problem (in [`Outcome::issues`](crate::Outcome::issues)) or warning: its code, where it
/// is, an English message, and the typed parameters its code uses (the others are `None` or
/// empty).
///
/// ```
/// use cal_profile::{validate_json, Code, Mode, Seg, Values, UPDATE_ME, WEEK_DAYS};
/// let out = validate_json(&UPDATE_ME, br#"{"weekStart":"monday"}"#, Mode::Strict);
/// let issue = &out.issues[0];
/// assert_eq!(issue.code, Code::InvalidValue);
/// assert_eq!(issue.path, [Seg::Key("weekStart".into())]);
/// assert_eq!(issue.path_text(), "weekStart");
/// assert_eq!(issue.values, Values::Str(WEEK_DAYS));
/// assert_eq!(issue.suggestions, ["Monday"]);
/// assert!(!issue.message.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    /// What kind of problem: the stable contract.
    pub code: Code,
    /// Where: the keys and indices from the body's root.
    pub path: Vec<Seg>,
    /// English, rendered from `msg` and the arguments when the issue is reported.
    pub message: String,
    /// Which message this is: the id other languages render from.
    pub msg: Msg,
    /// The message's arguments beyond the typed parameters below.
    pub args: Args,
    /// `invalid_type`, `invalid_format`: the type or format wanted.
    pub expected: Option<&'static str>,
    /// `invalid_type`: the kind of value found.
    pub received: Option<&'static str>,
    /// `too_small`: the least allowed, in `unit`.
    pub minimum: Option<u64>,
    /// `too_big`, `body_too_large`: the most allowed, in `unit`.
    pub maximum: Option<u64>,
    /// The unit of `minimum` and `maximum`.
    pub unit: Option<Unit>,
    /// `invalid_value`: the allowed values.
    pub values: Values,
    /// Close matches worth offering (values, time zones, field names).
    pub suggestions: Vec<String>,
    /// `deprecated_time_zone`, `normalized`: the canonical spelling.
    pub canonical: Option<String>,
    /// `unrecognized_keys`, `stripped_key`, `unknown_key`: the keys, as written.
    pub keys: Vec<String>,
    /// Byte offset in the body (JSON syntax errors).
    pub position: Option<u64>,
    /// The cal.com class-validator constraints this issue corresponds to (compat mode), for
    /// rendering cal.com's own 400 body.
    pub calcom: &'static [Constraint],
}

impl Issue {
    /// An issue whose English `message` is rendered once its arguments are set (`Cx::fail` and
    /// `Cx::warn` do it).
    pub(crate) fn new(code: Code, path: &[Seg], msg: Msg) -> Issue {
        Issue {
            code,
            path: path.to_vec(),
            message: String::new(),
            msg,
            args: Args::default(),
            expected: None,
            received: None,
            minimum: None,
            maximum: None,
            unit: None,
            values: Values::None,
            suggestions: Vec::new(),
            canonical: None,
            keys: Vec::new(),
            position: None,
            calcom: &[],
        }
    }

    pub(crate) fn expected(mut self, e: &'static str) -> Self {
        self.expected = Some(e);
        self
    }
    pub(crate) fn received(mut self, r: &'static str) -> Self {
        self.received = Some(r);
        self
    }
    pub(crate) fn maximum(mut self, m: u64, unit: Unit) -> Self {
        self.maximum = Some(m);
        self.unit = Some(unit);
        self
    }
    pub(crate) fn minimum(mut self, m: u64, unit: Unit) -> Self {
        self.minimum = Some(m);
        self.unit = Some(unit);
        self
    }
    pub(crate) fn values(mut self, v: &'static [&'static str]) -> Self {
        self.values = Values::Str(v);
        self
    }
    pub(crate) fn int_values(mut self, v: &'static [i64]) -> Self {
        self.values = Values::Int(v);
        self
    }
    pub(crate) fn suggestions(mut self, s: Vec<String>) -> Self {
        self.suggestions = s;
        self
    }
    pub(crate) fn canonical(mut self, c: impl Into<String>) -> Self {
        self.canonical = Some(c.into());
        self
    }
    pub(crate) fn keys(mut self, k: Vec<String>) -> Self {
        self.keys = k;
        self
    }
    /// An excerpt of the input (the template quotes it).
    pub(crate) fn input(mut self, s: &str) -> Self {
        self.args.input = Some(excerpt(s));
        self
    }
    pub(crate) fn field(mut self, name: &'static str) -> Self {
        self.args.field = Some(name);
        self
    }
    pub(crate) fn count(mut self, n: u64) -> Self {
        self.args.count = Some(n);
        self
    }
    /// What cal.com stores instead (an excerpt).
    pub(crate) fn stored(mut self, s: &str) -> Self {
        self.args.stored = Some(excerpt(s));
        self
    }
    /// The issue with its English message rendered from `msg` and the arguments (what `Cx::fail`
    /// and `Cx::warn` do in place).
    #[cfg(test)]
    pub(crate) fn rendered(mut self) -> Self {
        self.message = crate::messages::english(&self);
        self
    }
    /// The cal.com constraints this issue stands for (compat mode).
    pub(crate) fn calcom(mut self, c: &'static [Constraint]) -> Self {
        self.calcom = c;
        self
    }

    /// The path as `a.b[0]`-style text for logs (keys shown as they were escaped in JSON).
    pub fn path_text(&self) -> String {
        let mut s = String::new();
        for seg in &self.path {
            match seg {
                Seg::Key(k) => {
                    if !s.is_empty() {
                        s.push('.');
                    }
                    s.push_str(k);
                }
                Seg::Index(i) => {
                    s.push('[');
                    crate::json::push_int(&mut s, i64::from(*i));
                    s.push(']');
                }
            }
        }
        s
    }

    /// Visits the optional members present, in [`MEMBERS`] order, with their index there.
    fn members(&self, mut visit: impl FnMut(usize, Member<'_>)) {
        if let Some(s) = &self.args.input {
            visit(0, Member::Text(s));
        }
        if let Some(f) = self.args.field {
            visit(1, Member::Raw(f));
        }
        if let Some(n) = self.args.count {
            visit(2, Member::Int(n as i64));
        }
        if let Some(s) = &self.args.stored {
            visit(3, Member::Text(s));
        }
        if let Some(e) = self.expected {
            visit(4, Member::Text(e));
        }
        if let Some(r) = self.received {
            visit(5, Member::Text(r));
        }
        if let Some(m) = self.minimum {
            visit(6, Member::Int(m as i64));
        }
        if let Some(m) = self.maximum {
            visit(7, Member::Int(m as i64));
        }
        if let Some(u) = self.unit {
            visit(8, Member::Raw(u.as_str()));
        }
        match self.values {
            Values::None => {}
            Values::Str(vs) => visit(9, Member::StaticTexts(vs)),
            Values::Int(vs) => visit(9, Member::Ints(vs)),
        }
        // A time zone's issue always lists its suggestions, if only to say there are none.
        if !self.suggestions.is_empty() || self.code == Code::InvalidTimeZone {
            visit(10, Member::Texts(&self.suggestions));
        }
        if let Some(c) = &self.canonical {
            visit(11, Member::Text(c));
        }
        if !self.keys.is_empty() {
            visit(12, Member::RawTexts(&self.keys));
        }
        if let Some(p) = self.position {
            visit(13, Member::Int(p as i64));
        }
        if !self.calcom.is_empty() {
            visit(14, Member::Constraints(self.calcom));
        }
    }

    /// The property cal.com's constraint messages name: the path's first key.
    fn property(&self) -> &str {
        match self.path.first() {
            Some(Seg::Key(k)) => k.as_ref(),
            _ => "",
        }
    }

    /// The path's keys (as the body escaped them) and indices, one value each.
    fn write_segments(&self, w: &mut Writer) {
        for seg in &self.path {
            match seg {
                Seg::Key(k) => w.str_raw(k),
                Seg::Index(i) => w.int(i64::from(*i)),
            }
        }
    }

    /// Writes the issue as the JS contract's `Issue` object.
    pub(crate) fn write_json(&self, w: &mut Writer) {
        w.begin_object();
        w.key_raw("code");
        w.str_raw(self.code.as_str());
        w.key_raw("path");
        w.begin_array();
        self.write_segments(w);
        w.end_array();
        w.key_raw("message");
        w.str(&self.message);
        w.key_raw("msg");
        w.str_raw(self.msg.id());
        let property = self.property();
        let mut in_args = false;
        self.members(|i, member| {
            let Some(&(name, shape)) = MEMBERS.get(i) else {
                return;
            };
            if (shape == Shape::Arg) != in_args {
                if in_args {
                    w.end_object();
                } else {
                    w.key_raw("args");
                    w.begin_object();
                }
                in_args = !in_args;
            }
            w.key_raw(name);
            member.write_json(w, property);
        });
        if in_args {
            w.end_object();
        }
        w.end_object();
    }

    /// Writes the issue in the wire form the JS layer decodes (`issuesFrom` in js/api.js): flat
    /// values, no keys. Its code, its path's length and segments, message, message id, a bit mask
    /// of the [`MEMBERS`] present, then each present member's value in that order (a list as its
    /// length and items; constraints as their count, then name and message for each).
    pub(crate) fn write_wire(&self, w: &mut Writer) {
        w.str_raw(self.code.as_str());
        w.int(self.path.len() as i64);
        self.write_segments(w);
        w.str(&self.message);
        w.str_raw(self.msg.id());
        let mut present = 0i64;
        self.members(|i, _| present |= 1 << i);
        w.int(present);
        let property = self.property();
        self.members(|_, member| member.write_wire(w, property));
    }
}

/// How an optional member of an issue crosses in the wire form ([`Issue::write_wire`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// One value, inside the issue's `args` object.
    Arg,
    /// One value.
    One,
    /// A list: its length, then its items.
    List,
    /// cal.com's constraints: their count, then name and message for each.
    Constraints,
}

/// The optional members of an issue, in the order both forms write them (generated into
/// js/protocol.js as `ISSUE_MEMBERS` for the decoder).
pub(crate) const MEMBERS: [(&str, Shape); 15] = [
    ("input", Shape::Arg),
    ("field", Shape::Arg),
    ("count", Shape::Arg),
    ("stored", Shape::Arg),
    ("expected", Shape::One),
    ("received", Shape::One),
    ("minimum", Shape::One),
    ("maximum", Shape::One),
    ("unit", Shape::One),
    ("values", Shape::List),
    ("suggestions", Shape::List),
    ("canonical", Shape::One),
    ("keys", Shape::List),
    ("position", Shape::One),
    ("calcom", Shape::Constraints),
];

/// A present optional member's value, as [`Issue::members`] visits it.
enum Member<'a> {
    /// Text to escape.
    Text(&'a str),
    /// Text already safe in JSON (ids, units, field names).
    Raw(&'a str),
    Int(i64),
    Texts(&'a [String]),
    /// Keys as the body escaped them.
    RawTexts(&'a [String]),
    StaticTexts(&'static [&'static str]),
    Ints(&'static [i64]),
    Constraints(&'static [Constraint]),
}

impl Member<'_> {
    /// Writes the scalar, or the list's items; constraints as objects or as flat pairs.
    fn write_items(&self, w: &mut Writer, property: &str, objects: bool) {
        match self {
            Member::Text(s) => w.str(s),
            Member::Raw(s) => w.str_raw(s),
            Member::Int(n) => w.int(*n),
            Member::Texts(vs) => vs.iter().for_each(|v| w.str(v)),
            Member::RawTexts(vs) => vs.iter().for_each(|v| w.str_raw(v)),
            Member::StaticTexts(vs) => vs.iter().for_each(|v| w.str(v)),
            Member::Ints(vs) => vs.iter().for_each(|v| w.int(*v)),
            Member::Constraints(cs) => {
                for c in cs.iter() {
                    if objects {
                        w.begin_object();
                        w.key_raw("constraint");
                    }
                    w.str_raw(c.name);
                    if objects {
                        w.key_raw("message");
                    }
                    w.str(&c.message_for(property));
                    if objects {
                        w.end_object();
                    }
                }
            }
        }
    }

    /// The number of items of a list member; `None` for a scalar.
    fn len(&self) -> Option<usize> {
        match self {
            Member::Text(_) | Member::Raw(_) | Member::Int(_) => None,
            Member::Texts(vs) | Member::RawTexts(vs) => Some(vs.len()),
            Member::StaticTexts(vs) => Some(vs.len()),
            Member::Ints(vs) => Some(vs.len()),
            Member::Constraints(cs) => Some(cs.len()),
        }
    }

    fn write_json(&self, w: &mut Writer, property: &str) {
        if self.len().is_some() {
            w.begin_array();
            self.write_items(w, property, true);
            w.end_array();
        } else {
            self.write_items(w, property, true);
        }
    }

    fn write_wire(&self, w: &mut Writer, property: &str) {
        if let Some(n) = self.len() {
            w.int(n as i64);
        }
        self.write_items(w, property, false);
    }
}

/// `path: message`, one per line — for logs and test failures.
impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = self.path_text();
        if p.is_empty() {
            f.write_str(&self.message)
        } else {
            f.write_str(&p)?;
            f.write_str(": ")?;
            f.write_str(&self.message)
        }
    }
}

#[cfg(test)]
mod code_tests {
    use super::Code;

    #[test]
    fn the_js_issue_code_union_is_exactly_code_all() {
        let dts = include_str!("../js/api.d.ts");
        let union = dts
            .split_once("export type IssueCode =")
            .and_then(|(_, rest)| rest.split_once(';'))
            .map(|(union, _)| union)
            .unwrap_or_default();
        let declared: Vec<&str> = union
            .split('|')
            .map(|m| m.trim().trim_matches('\''))
            .filter(|m| !m.is_empty())
            .collect();
        let ours: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(
            declared, ours,
            "js/api.d.ts IssueCode vs Code::ALL, in order"
        );
    }
}

#[cfg(test)]
mod wire_tests {
    use super::MEMBERS;
    use crate::schemas::booking_limits::BOOKING_LIMITS;
    use crate::{validate_json, Mode, Schema, CREATE_MANAGED_USER, UPDATE_ME};

    /// Bodies whose issues and warnings hold every optional member and keys JSON escapes, in both
    /// modes. (No rule reports a path with an index: no schema has an array.)
    fn cases() -> Vec<(&'static Schema, String, Mode)> {
        let keys: Vec<String> = (0..51).map(|i| format!("\"k{i}\":1")).collect();
        let mut cases = vec![
            (&UPDATE_ME, r#"{"name":"Alice Example","timezone":"Europe/Paris","timeFormat":"24","weekStart":"monday","locale":"pt_BR"}"#.to_string(), Mode::Strict),
            (&UPDATE_ME, r#"{"timeZone":"Asia/Calcutta","defaultScheduleId":3000000000,"metadata":{"x":1e400,"y":[1]},"we\"ird\u00e9":1}"#.to_string(), Mode::Compat),
            (&UPDATE_ME, format!("{{\"metadata\":{{{}}},\"name\":\"\"}}", keys.join(",")), Mode::Strict),
            (&UPDATE_ME, r#"{"timeFormat":13,"locale":"xx","email":"a@b","defaultScheduleId":0}"#.to_string(), Mode::Strict),
            (&UPDATE_ME, r#"{"name": tru}"#.to_string(), Mode::Strict),
            (&CREATE_MANAGED_USER, "{}".to_string(), Mode::Strict),
            (&BOOKING_LIMITS, r#"{"PER_DAY":-1,"PER_WEEK":"x"}"#.to_string(), Mode::Strict),
        ];
        for (schema, body, _) in cases.clone() {
            cases.push((schema, body, Mode::Compat));
        }
        cases
    }

    #[test]
    fn the_wire_fixture_is_current_and_holds_every_member() {
        let mut seen = 0u32;
        let mut lines = Vec::new();
        for (schema, body, mode) in cases() {
            let out = validate_json(schema, body.as_bytes(), mode);
            for issue in out.issues.iter().chain(&out.warnings) {
                issue.members(|m, _| seen |= 1 << m);
            }
            lines.push(format!(
                "  {{\"wire\":{},\"json\":{}}}",
                out.to_wire(),
                out.to_json()
            ));
        }
        let missing: Vec<&str> = MEMBERS
            .iter()
            .enumerate()
            .filter(|(m, _)| seen & (1 << m) == 0)
            .map(|(_, (name, _))| *name)
            .collect();
        assert!(missing.is_empty(), "no case has {missing:?}");
        crate::assert_generated_file_is_current(
            "tests/js/snapshots/issue-wire.json",
            &format!("[\n{}\n]\n", lines.join(",\n")),
            "UPDATE_WIRE",
            "wire_tests",
        );
    }
}
