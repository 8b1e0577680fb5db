//! The input side: a small JSON reader built for validation, and the writer for normalised output.
//!
//! Why our own reader instead of serde_json: validation needs facts a generic parser throws away —
//! a string's length in UTF-16 code units (cal.com counts JavaScript `.length`), whether it holds a
//! lone surrogate (JavaScript allows them, Rust strings do not, and we must never silently replace
//! one), the exact text of a number, duplicate keys — and the wasm build must stay small. Strings are
//! kept as borrowed, still-escaped slices, so a valid value is written back out without copying or
//! decoding.
//!
//! The reader materialises the body object and objects up to two levels inside it (metadata, a
//! created user and its metadata); anything deeper is checked for syntax iteratively (no recursion, so deep nesting
//! cannot overflow the stack) and reported only by its kind, because no field of any cal.com profile
//! model accepts it.

mod parse;
mod write;

pub(crate) use parse::bytes_equal;
pub use parse::{parse, parse_js, Dialect};
pub use write::{push_int, Writer};

use std::borrow::Cow;
use std::cell::Cell;

/// Where the caller's JavaScript already holds a string, so that the normalised output can point
/// at it instead of copying it through wasm memory twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin<'a> {
    /// Only the text the core was given has it.
    Inline,
    /// The JS layer kept a long, well-formed string on its side and sent only its length
    /// (`!s<len>`): this is its index in the order the strings appear in the text, and the flag
    /// of the call that read it ([`parse_js`]), set when a rule wants its text: the verdict may
    /// then depend on text the core was not given, and the call answers with a request for it.
    Kept(u32, &'a Cell<bool>),
    /// It stands unescaped in the JS string the body came from, at this UTF-16 offset.
    At(u32),
    /// It stands unescaped in the bytes the body came from, at this byte offset.
    AtByte(u32),
}

/// Declares [`Kind`] and the list of every kind from one list of names.
macro_rules! kinds {
    ($($kind:ident),* $(,)?) => {
        /// What a value is, in the words a JavaScript developer uses ("received bigint").
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Kind {
            $($kind,)*
        }

        impl Kind {
            /// Every kind, in declaration order (the catalogs' `received` terms).
            #[cfg(test)]
            pub const ALL: &'static [Kind] = &[$(Kind::$kind),*];
        }
    };
}

kinds!(
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
    Undefined,
    NaN,
    Infinity,
    NegInfinity,
    BigInt,
    Symbol,
    Function,
    Date,
    Map,
    Set,
    RegExp,
    Instance,
    Unreadable,
);

impl Kind {
    /// The name used in messages and in the `received` parameter of an issue.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Boolean => "boolean",
            Kind::Number => "number",
            Kind::String => "string",
            Kind::Array => "array",
            Kind::Object => "object",
            Kind::Undefined => "undefined",
            Kind::NaN => "NaN",
            Kind::Infinity => "Infinity",
            Kind::NegInfinity => "-Infinity",
            Kind::BigInt => "bigint",
            Kind::Symbol => "symbol",
            Kind::Function => "function",
            Kind::Date => "Date",
            Kind::Map => "Map",
            Kind::Set => "Set",
            Kind::RegExp => "RegExp",
            Kind::Instance => "class instance",
            Kind::Unreadable => "unreadable value",
        }
    }

    /// The tag the JS boundary writes for a value JSON cannot express (`!bigint`).
    pub(crate) fn from_tag(tag: &str) -> Option<Kind> {
        Some(match tag {
            "undefined" => Kind::Undefined,
            "nan" => Kind::NaN,
            "infinity" => Kind::Infinity,
            "-infinity" => Kind::NegInfinity,
            "bigint" => Kind::BigInt,
            "symbol" => Kind::Symbol,
            "function" => Kind::Function,
            "date" => Kind::Date,
            "map" => Kind::Map,
            "set" => Kind::Set,
            "regexp" => Kind::RegExp,
            "instance" => Kind::Instance,
            "array" => Kind::Array,
            "object" => Kind::Object,
            "unreadable" => Kind::Unreadable,
            _ => return None,
        })
    }
}

/// A JSON string as it stands in the input: the text between the quotes, escapes intact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Str<'a> {
    raw: &'a str,
    escaped: bool,
    lone_surrogate: bool,
    utf16_len: usize,
    origin: Origin<'a>,
}

impl<'a> Str<'a> {
    pub(crate) fn new(raw: &'a str, escaped: bool, lone_surrogate: bool, utf16_len: usize) -> Self {
        Str {
            raw,
            escaped,
            lone_surrogate,
            utf16_len,
            origin: Origin::Inline,
        }
    }

    pub(crate) fn with_origin(self, origin: Origin<'a>) -> Self {
        Str { origin, ..self }
    }

    /// A well-formed string of `utf16_len` units whose text the JS layer kept (index `index`).
    pub(crate) fn kept(utf16_len: usize, index: u32, needed: &'a Cell<bool>) -> Self {
        Str::new("", false, false, utf16_len).with_origin(Origin::Kept(index, needed))
    }

    pub fn origin(&self) -> Origin<'a> {
        self.origin
    }

    /// Marks that the text of a kept string was wanted (its stand-in text is empty).
    fn touch(&self) {
        if let Origin::Kept(_, needed) = self.origin {
            needed.set(true);
        }
    }

    /// The escaped JSON text between the quotes: valid to write back inside quotes as it is.
    pub fn raw(&self) -> &'a str {
        self.touch();
        self.raw
    }

    /// Length as JavaScript's `.length` counts it: UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        self.utf16_len
    }

    /// Whether the string holds a UTF-16 surrogate without its partner (only possible via `\uD800`).
    pub fn has_lone_surrogate(&self) -> bool {
        self.lone_surrogate
    }

    /// The decoded text, or `None` when it holds a lone surrogate (no Rust `str` can).
    pub fn decode(&self) -> Option<Cow<'a, str>> {
        self.touch();
        if self.lone_surrogate {
            return None;
        }
        if !self.escaped {
            return Some(Cow::Borrowed(self.raw));
        }
        parse::unescape(self.raw).map(Cow::Owned)
    }

    /// The decoded UTF-16 code units, lone surrogates included (what JavaScript sees).
    pub fn utf16_units(&self) -> Vec<u16> {
        self.touch();
        if self.escaped {
            parse::unescape_utf16(self.raw)
        } else {
            self.raw.encode_utf16().collect()
        }
    }

    /// Whether the decoded text equals `s` (cheap when the input has no escapes).
    pub fn is(&self, s: &str) -> bool {
        self.touch();
        if self.escaped {
            self.decode().is_some_and(|d| d == s)
        } else {
            self.raw == s
        }
    }
}

/// A number with its source text, so output repeats exactly what came in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number<'a> {
    pub text: &'a str,
    pub value: f64,
}

/// An object's members in input order (duplicates kept: the schema decides what they mean).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Object<'a> {
    pub members: Vec<(Str<'a>, Value<'a>)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Number(Number<'a>),
    String(Str<'a>),
    Object(Object<'a>),
    /// A value read only for its kind: arrays, objects nested too deep to matter, and the
    /// JavaScript values JSON cannot hold (`undefined`, `NaN`, `BigInt`, functions, …).
    Other(Kind),
}

impl Value<'_> {
    pub fn kind(&self) -> Kind {
        match self {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Boolean,
            Value::Number(_) => Kind::Number,
            Value::String(_) => Kind::String,
            Value::Object(_) => Kind::Object,
            Value::Other(k) => *k,
        }
    }
}
