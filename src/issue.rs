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
    /// An issue whose English `message` is rendered by [`Issue::rendered`] once its arguments
    /// are set (`Cx::fail` and `Cx::warn` do it).
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
    /// The issue with its English message rendered from `msg` and the arguments.
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

    /// Writes the issue as the JS contract's `Issue` object.
    pub(crate) fn write_json(&self, w: &mut Writer) {
        w.begin_object();
        w.key_raw("code");
        w.str_raw(self.code.as_str());
        w.key_raw("path");
        w.begin_array();
        for seg in &self.path {
            match seg {
                Seg::Key(k) => w.str_raw(k),
                Seg::Index(i) => w.int(i64::from(*i)),
            }
        }
        w.end_array();
        w.key_raw("message");
        w.str(&self.message);
        w.key_raw("msg");
        w.str_raw(self.msg.id());
        if !self.args.is_empty() {
            w.key_raw("args");
            w.begin_object();
            if let Some(s) = &self.args.input {
                w.key_raw("input");
                w.str(s);
            }
            if let Some(f) = self.args.field {
                w.key_raw("field");
                w.str_raw(f);
            }
            if let Some(n) = self.args.count {
                w.key_raw("count");
                w.int(n as i64);
            }
            if let Some(s) = &self.args.stored {
                w.key_raw("stored");
                w.str(s);
            }
            w.end_object();
        }
        if let Some(e) = self.expected {
            w.key_raw("expected");
            w.str(e);
        }
        if let Some(r) = self.received {
            w.key_raw("received");
            w.str(r);
        }
        if let Some(m) = self.minimum {
            w.key_raw("minimum");
            w.int(m as i64);
        }
        if let Some(m) = self.maximum {
            w.key_raw("maximum");
            w.int(m as i64);
        }
        if let Some(u) = self.unit {
            w.key_raw("unit");
            w.str_raw(u.as_str());
        }
        match self.values {
            Values::None => {}
            Values::Str(vs) => {
                w.key_raw("values");
                w.begin_array();
                for v in vs {
                    w.str(v);
                }
                w.end_array();
            }
            Values::Int(vs) => {
                w.key_raw("values");
                w.begin_array();
                for v in vs {
                    w.int(*v);
                }
                w.end_array();
            }
        }
        if !self.suggestions.is_empty() || self.code == Code::InvalidTimeZone {
            w.key_raw("suggestions");
            w.begin_array();
            for s in &self.suggestions {
                w.str(s);
            }
            w.end_array();
        }
        if let Some(c) = &self.canonical {
            w.key_raw("canonical");
            w.str(c);
        }
        if !self.keys.is_empty() {
            w.key_raw("keys");
            w.begin_array();
            for k in &self.keys {
                w.str_raw(k);
            }
            w.end_array();
        }
        if let Some(p) = self.position {
            w.key_raw("position");
            w.int(p as i64);
        }
        if !self.calcom.is_empty() {
            let property = match self.path.first() {
                Some(Seg::Key(k)) => k.as_ref(),
                _ => "",
            };
            w.key_raw("calcom");
            w.begin_array();
            for c in self.calcom {
                w.begin_object();
                w.key_raw("constraint");
                w.str_raw(c.name);
                w.key_raw("message");
                w.str(&c.message_for(property));
                w.end_object();
            }
            w.end_array();
        }
        w.end_object();
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
