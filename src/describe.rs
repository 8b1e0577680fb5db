//! What a JSON Schema can say about a rule: the vocabulary each rule file uses to describe its
//! check, right beside it ([`FieldRule`](crate::rules::FieldRule)), and which `json_schema.rs`
//! turns into JSON Schema and OpenAPI. A description states only what the check enforces; what
//! JSON Schema cannot express (UTF-16 lengths, a case-insensitive list, a check on the value's
//! meaning) goes into `about`, in words, and the keywords then describe a superset of what the
//! check accepts, never a subset (tested with ajv over the conformance vectors).

use crate::schemas::Schema;

/// The JSON type of a value (`Any`: no `type` keyword).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    String,
    Number,
    Integer,
    Boolean,
    Object,
    Any,
}

/// What one mode of a rule accepts, in JSON Schema's terms plus words for the rest.
#[derive(Clone, Copy)]
pub struct Shape {
    pub ty: Ty,
    /// `enum` of strings (empty: no enum).
    pub strs: &'static [&'static str],
    /// `enum` of integers (empty: no enum).
    pub ints: &'static [i64],
    pub format: Option<&'static str>,
    /// An ECMA-262 pattern without flags (JSON Schema has none), so a case-insensitive rule
    /// spells both cases out.
    pub pattern: Option<&'static str>,
    /// In code points, as JSON Schema counts: a rule's UTF-16 limit N gives `maxLength: N`,
    /// which accepts every string of at most N units (a code point is one or two units).
    pub max_length: Option<u32>,
    pub minimum: Option<i32>,
    pub maximum: Option<i32>,
    pub exclusive_minimum: Option<i32>,
    pub object: Option<&'static Obj>,
    /// An object validated by another schema (a created user's `user`).
    pub nested: Option<&'static Schema>,
    /// Input the rule also takes and converts into this shape (compat `timeFormat: "12"`): part of
    /// the input schema only.
    pub converts: Option<&'static Shape>,
    /// What the keywords cannot say, in English.
    pub about: &'static str,
}

/// An object value that is not a schema of its own (`metadata`, `organization`).
pub struct Obj {
    /// Required members.
    pub props: &'static [(&'static str, Shape)],
    /// Members the rule takes with any value (it drops them).
    pub ignored_keys: &'static [&'static str],
    pub max_properties: Option<u32>,
    /// In code points (see [`Shape::max_length`]).
    pub key_max_length: Option<u32>,
    /// Keys the rule rejects.
    pub forbidden_keys: &'static [&'static str],
    /// What any other member may be (one of them); empty: no other member.
    pub values: &'static [Shape],
}

impl Shape {
    const fn of(ty: Ty, about: &'static str) -> Shape {
        Shape {
            ty,
            strs: &[],
            ints: &[],
            format: None,
            pattern: None,
            max_length: None,
            minimum: None,
            maximum: None,
            exclusive_minimum: None,
            object: None,
            nested: None,
            converts: None,
            about,
        }
    }
    pub const fn string(about: &'static str) -> Shape {
        Shape::of(Ty::String, about)
    }
    pub const fn number(about: &'static str) -> Shape {
        Shape::of(Ty::Number, about)
    }
    pub const fn integer(about: &'static str) -> Shape {
        Shape::of(Ty::Integer, about)
    }
    pub const fn boolean(about: &'static str) -> Shape {
        Shape::of(Ty::Boolean, about)
    }
    pub const fn any(about: &'static str) -> Shape {
        Shape::of(Ty::Any, about)
    }
    pub const fn object(obj: &'static Obj, about: &'static str) -> Shape {
        Shape {
            object: Some(obj),
            ..Shape::of(Ty::Object, about)
        }
    }
    pub const fn nested(schema: &'static Schema, about: &'static str) -> Shape {
        Shape {
            nested: Some(schema),
            ..Shape::of(Ty::Object, about)
        }
    }
    /// A string that is one of `values`, exactly.
    pub const fn one_of(values: &'static [&'static str], about: &'static str) -> Shape {
        Shape {
            strs: values,
            ..Shape::of(Ty::String, about)
        }
    }
    /// An integer that is one of `values`.
    pub const fn ints(values: &'static [i64], about: &'static str) -> Shape {
        Shape {
            ints: values,
            ..Shape::of(Ty::Integer, about)
        }
    }
    pub const fn format(self, format: &'static str) -> Shape {
        Shape {
            format: Some(format),
            ..self
        }
    }
    pub const fn pattern(self, pattern: &'static str) -> Shape {
        Shape {
            pattern: Some(pattern),
            ..self
        }
    }
    pub const fn max_length(self, n: u32) -> Shape {
        Shape {
            max_length: Some(n),
            ..self
        }
    }
    pub const fn range(self, minimum: i32, maximum: i32) -> Shape {
        Shape {
            minimum: Some(minimum),
            maximum: Some(maximum),
            ..self
        }
    }
    pub const fn at_least(self, minimum: i32) -> Shape {
        Shape {
            minimum: Some(minimum),
            ..self
        }
    }
    pub const fn above(self, exclusive_minimum: i32) -> Shape {
        Shape {
            exclusive_minimum: Some(exclusive_minimum),
            ..self
        }
    }
    pub const fn converts(self, from: &'static Shape) -> Shape {
        Shape {
            converts: Some(from),
            ..self
        }
    }
}

/// A rule's shape in each mode.
#[derive(Clone, Copy)]
pub struct Doc {
    pub strict: Shape,
    pub compat: Shape,
}

impl Doc {
    /// A rule both modes apply alike.
    pub const fn same(shape: Shape) -> Doc {
        Doc {
            strict: shape,
            compat: shape,
        }
    }
}
