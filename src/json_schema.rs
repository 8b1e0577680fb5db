//! JSON Schema from the schema tables the validators run: [`json_schema`] walks a [`Schema`]'s
//! fields and writes, for each, its rule's [`Shape`] in the chosen mode, its `null` policy and
//! whether it is required; the object's `additionalProperties` follows the schema's unknown-key
//! policy in that mode. Nothing here knows a field by name: a new field, rule or schema is
//! described by its own table entry.
//!
//! The keywords describe a superset of what the validator accepts (what they cannot say is in
//! `description`): everything strict mode accepts, the strict JSON Schema accepts
//! (`tests/js/json-schema.test.mjs` runs ajv over every conformance vector and the fuzz corpus).
//!
//! Targets: JSON Schema draft 2020-12 (also the dialect of OpenAPI 3.1), draft-07 (the same
//! keywords here; only `$schema` differs) and OpenAPI 3.0 (`nullable` instead of a `"null"` type,
//! no `propertyNames`, a boolean `exclusiveMinimum`). `io`: the input the validator takes, or
//! the `data` it returns (normalised: converted values, no unknown keys).

use crate::context::Mode;
use crate::describe::{Obj, Shape, Ty};
use crate::json::Writer;
use crate::schemas::{Field, Null, Schema, UnknownKeys, BODY_LIMIT};

/// The JSON Schema dialect [`json_schema`] writes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Target {
    /// JSON Schema draft 2020-12, the dialect of OpenAPI 3.1.
    Draft2020,
    /// Draft-07: the same keywords here; only `$schema` differs.
    Draft07,
    /// OpenAPI 3.0's schema object: `nullable`, no `propertyNames`, a boolean
    /// `exclusiveMinimum`.
    OpenApi30,
}

/// Which side of the validator [`json_schema`] describes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Io {
    /// The input it takes.
    Input,
    /// The `data` it returns: converted values, no unknown keys.
    Output,
}

/// What [`json_schema`] writes.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// The dialect.
    pub target: Target,
    /// Input or output.
    pub io: Io,
    /// The validator's mode the document describes.
    pub mode: Mode,
}

/// A complete JSON Schema document for `schema`. It never refuses what the validator accepts in
/// that mode; what its keywords cannot say is in `description`.
///
/// ```
/// use cal_profile::{json_schema, Io, Mode, Options, Target, UPDATE_ME};
/// let o = Options { target: Target::Draft2020, io: Io::Input, mode: Mode::Strict };
/// let doc = json_schema(&UPDATE_ME, o);
/// assert!(doc.starts_with(r#"{"$schema":"https://json-schema.org/draft/2020-12/schema""#));
/// assert!(doc.contains(r#""timeZone":{"#));
/// ```
pub fn json_schema(schema: &Schema, o: Options) -> String {
    let mut w = Writer::with_capacity(8192);
    w.begin_object();
    match o.target {
        Target::Draft2020 => {
            w.key_raw("$schema");
            w.str_raw("https://json-schema.org/draft/2020-12/schema");
        }
        Target::Draft07 => {
            w.key_raw("$schema");
            w.str_raw("http://json-schema.org/draft-07/schema#");
        }
        Target::OpenApi30 => {}
    }
    object_members(&mut w, schema, o, false, true);
    w.end_object();
    w.finish()
}

/// The members of `schema`'s object schema (the caller opens and closes it). `top`: the
/// document's root, which carries what no keyword can say about the whole body.
pub fn object_members(w: &mut Writer, schema: &Schema, o: Options, nullable: bool, top: bool) {
    w.key_raw("title");
    w.str(schema.name);
    if top {
        w.key_raw("description");
        w.str(&limits(schema, o));
    }
    ty(w, Ty::Object, nullable, o.target);
    w.key_raw("properties");
    w.begin_object();
    for f in schema.fields {
        w.key_raw(f.name);
        w.begin_object();
        field(w, f, o);
        w.end_object();
    }
    w.end_object();
    if schema.fields.iter().any(|f| f.required) {
        w.key_raw("required");
        w.begin_array();
        for f in schema.fields.iter().filter(|f| f.required) {
            w.str(f.name);
        }
        w.end_array();
    }
    let extra = extra_keys_allowed(schema, o);
    w.key_raw("additionalProperties");
    w.bool(extra);
    if extra && !schema.never.is_empty() {
        // Secrets are rejected in every mode, even where other unknown keys pass.
        forbid_keys(w, schema.never, o.target);
    }
}

/// No member may have one of these names: `propertyNames` where the target has it (ajv's strict
/// mode refuses a `required` naming an undeclared property), else `not` any of them `required`.
fn forbid_keys(w: &mut Writer, keys: &[&str], target: Target) {
    if target == Target::OpenApi30 {
        w.key_raw("not");
        w.begin_object();
        w.key_raw("anyOf");
        w.begin_array();
        for key in keys {
            w.begin_object();
            w.key_raw("required");
            w.begin_array();
            w.str(key);
            w.end_array();
            w.end_object();
        }
        w.end_array();
        w.end_object();
    } else {
        w.key_raw("propertyNames");
        w.begin_object();
        not_enum(w, keys);
        w.end_object();
    }
}

fn not_enum(w: &mut Writer, keys: &[&str]) {
    w.key_raw("not");
    w.begin_object();
    w.key_raw("enum");
    w.begin_array();
    for k in keys {
        w.str(k);
    }
    w.end_array();
    w.end_object();
}

/// Unknown keys in the input: rejected by strict mode and by API v1 in both modes; in compat
/// mode cal.com drops them (API v2 bodies) or they are reported (response guards). The data
/// never holds one.
fn extra_keys_allowed(schema: &Schema, o: Options) -> bool {
    if o.io == Io::Output || schema.unknown == UnknownKeys::Reject {
        false
    } else if schema.unknown == UnknownKeys::StripInCompat {
        o.mode == Mode::Compat
    } else {
        true
    }
}

/// What the whole-body checks add to the keywords, for the root's description.
fn limits(schema: &Schema, o: Options) -> String {
    let mut m = String::from("cal-profile's ");
    m.push_str(schema.name);
    m.push_str(match (o.mode, o.io) {
        (Mode::Strict, Io::Input) => " in strict mode (\"is this safe to send?\")",
        (Mode::Compat, Io::Input) => " in compat mode (\"what will cal.com do?\")",
        (Mode::Strict, Io::Output) => ": the data strict mode returns",
        (Mode::Compat, Io::Output) => ": the data compat mode returns (what cal.com stores)",
    });
    m.push_str(", generated from the rules it validates with. The validator also checks what JSON Schema cannot: lengths in UTF-16 units (maxLength counts code points, so it allows more)");
    if o.io == Io::Input {
        if o.mode == Mode::Strict {
            m.push_str(", lone surrogates in strings, duplicate keys, numbers JavaScript cannot hold exactly");
        }
        if schema.request {
            m.push_str(", a body over ");
            crate::json::push_int(&mut m, BODY_LIMIT as i64);
            m.push_str(" bytes as JSON (cal.com answers 413)");
        }
        if !extra_keys_allowed(schema, o) {
            m.push_str("; an unknown key is rejected with a suggestion of the key meant");
        }
    }
    m.push_str("; and what each description says in words.");
    m
}

/// One property: its rule's shape in this mode, and what `null` means for it.
fn field(w: &mut Writer, f: &Field, o: Options) {
    let strict = o.mode == Mode::Strict;
    let input = o.io == Io::Input;
    let s = if strict {
        &f.rule.doc.strict
    } else {
        &f.rule.doc.compat
    };
    // A field that `null` breaks is described with its strict message (the compat warning is
    // the same sentence after "cal.com accepts null here, but"), rendered in English for this
    // field: one text for the issue and the document, kept in `src/messages.rs`.
    let breaks;
    let (nullable, note) = match f.null {
        Null::Clears => (true, "Null clears it"),
        Null::ClearsWithWarning(_) => (true, "Null clears it (with a warning)"),
        Null::Breaks(why, _) => {
            breaks = crate::messages::english_with_field(why, f.name);
            // cal.com's @IsOptional lets null through in compat, and it reaches the data.
            (!strict, breaks.as_str())
        }
        Null::Absent if input => (true, "Null is taken as absent"),
        Null::Absent | Null::Rejected => (false, ""),
    };
    shape(w, s, nullable, o);
    let mut about = String::from(s.about);
    if !note.is_empty() {
        if !about.is_empty() {
            about.push_str(". ");
        }
        if matches!(f.null, Null::Breaks(..)) && !strict {
            about.push_str("Null passes cal.com's validation, but ");
        }
        about.push_str(note);
    }
    if !about.is_empty() {
        w.key_raw("description");
        w.str(&about);
    }
}

fn ty(w: &mut Writer, t: Ty, nullable: bool, target: Target) {
    let name = match t {
        Ty::String => "string",
        Ty::Number => "number",
        Ty::Integer => "integer",
        Ty::Boolean => "boolean",
        Ty::Object => "object",
        // No type keyword: null is already allowed.
        Ty::Any => return,
    };
    w.key_raw("type");
    if nullable && target != Target::OpenApi30 {
        w.begin_array();
        w.str_raw(name);
        w.str_raw("null");
        w.end_array();
    } else {
        w.str_raw(name);
        if nullable {
            w.key_raw("nullable");
            w.bool(true);
        }
    }
}

/// A shape's keywords; an input that a rule converts is the other branch of an `anyOf`.
fn shape(w: &mut Writer, s: &Shape, nullable: bool, o: Options) {
    match (s.converts, o.io) {
        (Some(from), Io::Input) => {
            w.key_raw("anyOf");
            w.begin_array();
            for branch in [s, from] {
                w.begin_object();
                keywords(w, branch, nullable, o);
                if !branch.about.is_empty() && !std::ptr::eq(branch, s) {
                    w.key_raw("description");
                    w.str(branch.about);
                }
                w.end_object();
            }
            w.end_array();
        }
        _ => keywords(w, s, nullable, o),
    }
}

fn keywords(w: &mut Writer, s: &Shape, nullable: bool, o: Options) {
    if let Some(schema) = s.nested {
        object_members(w, schema, o, nullable, false);
        return;
    }
    ty(w, s.ty, nullable, o.target);
    if !s.strs.is_empty() || !s.ints.is_empty() {
        w.key_raw("enum");
        w.begin_array();
        for v in s.strs {
            w.str(v);
        }
        for v in s.ints {
            w.int(*v);
        }
        // An enum is checked on its own: null must be one of its values too.
        if nullable {
            w.null();
        }
        w.end_array();
    }
    if let Some(f) = s.format {
        w.key_raw("format");
        w.str(f);
    }
    if let Some(p) = s.pattern {
        w.key_raw("pattern");
        w.str(p);
    }
    if let Some(n) = s.max_length {
        w.key_raw("maxLength");
        w.int(i64::from(n));
    }
    if let Some(n) = s.minimum {
        w.key_raw("minimum");
        w.int(i64::from(n));
    }
    if let Some(n) = s.maximum {
        w.key_raw("maximum");
        w.int(i64::from(n));
    }
    if let Some(n) = s.exclusive_minimum {
        if o.target == Target::OpenApi30 {
            w.key_raw("minimum");
            w.int(i64::from(n));
            w.key_raw("exclusiveMinimum");
            w.bool(true);
        } else {
            w.key_raw("exclusiveMinimum");
            w.int(i64::from(n));
        }
    }
    if let Some(obj) = s.object {
        object(w, obj, o);
    }
}

/// A free-form object (`metadata`) or a small fixed one (`organization`).
fn object(w: &mut Writer, obj: &Obj, o: Options) {
    if !obj.props.is_empty() || !obj.ignored_keys.is_empty() {
        w.key_raw("properties");
        w.begin_object();
        for (name, s) in obj.props {
            w.key_raw(name);
            w.begin_object();
            keywords(w, s, false, o);
            w.end_object();
        }
        for name in obj.ignored_keys {
            w.key_raw(name);
            w.begin_object();
            w.end_object();
        }
        w.end_object();
    }
    if !obj.props.is_empty() {
        w.key_raw("required");
        w.begin_array();
        for (name, _) in obj.props {
            w.str(name);
        }
        w.end_array();
    }
    w.key_raw("additionalProperties");
    match obj.values {
        [] => w.bool(false),
        [one] => {
            w.begin_object();
            keywords(w, one, false, o);
            w.end_object();
        }
        many => {
            w.begin_object();
            w.key_raw("anyOf");
            w.begin_array();
            for s in many {
                w.begin_object();
                keywords(w, s, false, o);
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
    }
    if let Some(n) = obj.max_properties {
        w.key_raw("maxProperties");
        w.int(i64::from(n));
    }
    // OpenAPI 3.0 has no propertyNames: the key length is in words only; forbidden keys
    // become `not` any of them `required`.
    if o.target == Target::OpenApi30 && !obj.forbidden_keys.is_empty() {
        forbid_keys(w, obj.forbidden_keys, o.target);
    }
    if o.target != Target::OpenApi30
        && (obj.key_max_length.is_some() || !obj.forbidden_keys.is_empty())
    {
        w.key_raw("propertyNames");
        w.begin_object();
        if let Some(n) = obj.key_max_length {
            w.key_raw("maxLength");
            w.int(i64::from(n));
        }
        if !obj.forbidden_keys.is_empty() {
            not_enum(w, obj.forbidden_keys);
        }
        w.end_object();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{parse, Dialect};
    use crate::schemas::ALL;

    const TARGETS: [Target; 3] = [Target::Draft2020, Target::Draft07, Target::OpenApi30];

    fn every() -> impl Iterator<Item = (&'static Schema, Options)> {
        ALL.iter().flat_map(|s| {
            TARGETS.into_iter().flat_map(move |target| {
                [Io::Input, Io::Output].into_iter().flat_map(move |io| {
                    [Mode::Strict, Mode::Compat]
                        .into_iter()
                        .map(move |mode| (*s, Options { target, io, mode }))
                })
            })
        })
    }

    #[test]
    fn every_schema_target_io_and_mode_is_json() {
        for (schema, o) in every() {
            let text = json_schema(schema, o);
            assert!(parse(&text, Dialect::Json).is_ok(), "{} {o:?}", schema.name);
            assert_eq!(
                text.contains("\"nullable\""),
                o.target == Target::OpenApi30 && text.contains("null"),
                "{} {o:?}",
                schema.name
            );
            assert_eq!(text.contains("$schema"), o.target != Target::OpenApi30);
        }
    }

    #[test]
    fn unknown_keys_follow_the_mode() {
        let get = |schema, mode, io| {
            json_schema(
                schema,
                Options {
                    target: Target::Draft2020,
                    io,
                    mode,
                },
            )
        };
        let v2 = &crate::UPDATE_ME;
        let v1 = &crate::schemas::v1_user::V1_USER_EDIT;
        for (schema, mode, io, open) in [
            (v2, Mode::Strict, Io::Input, false),
            (v2, Mode::Compat, Io::Input, true),
            (v2, Mode::Compat, Io::Output, false),
            (v1, Mode::Compat, Io::Input, false),
        ] {
            let text = get(schema, mode, io);
            // The root's additionalProperties is the last one written at depth 1.
            let root = text.rfind("\"additionalProperties\":").unwrap_or(0);
            let tail = text.get(root..).unwrap_or_default();
            assert!(
                tail.starts_with(if open {
                    "\"additionalProperties\":true"
                } else {
                    "\"additionalProperties\":false"
                }),
                "{} {mode:?} {io:?}: {tail}",
                schema.name
            );
        }
    }

    #[test]
    fn null_follows_the_field_policy_per_mode() {
        let o = |mode, io| Options {
            target: Target::Draft2020,
            io,
            mode,
        };
        let strict = json_schema(&crate::UPDATE_ME, o(Mode::Strict, Io::Input));
        let compat = json_schema(&crate::UPDATE_ME, o(Mode::Compat, Io::Input));
        // timeFormat: null breaks the account, rejected in strict, passed (warned) in compat.
        assert!(strict.contains(r#""timeFormat":{"type":"integer","enum":[12,24],"#));
        assert!(compat
            .contains(r#""timeFormat":{"anyOf":[{"type":["integer","null"],"enum":[12,24,null]}"#));
        // name: null clears the column in both modes.
        assert!(strict.contains(r#""name":{"type":["string","null"]"#));
        let create = json_schema(&crate::CREATE_MANAGED_USER, o(Mode::Strict, Io::Output));
        assert!(create.contains(r#""timeZone":{"type":"string""#));
        assert!(create.contains(r#""required":["email","name"]"#));
    }

    /// Every name the time-zone rules accept matches the pattern the documents carry: the
    /// pattern may only ever allow more.
    #[test]
    fn the_time_zone_pattern_admits_every_name() {
        let fits = |n: &str| {
            n.bytes().next().is_some_and(|c| c.is_ascii_alphabetic())
                && n.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'+' | b'/' | b'-'))
        };
        assert_eq!(
            crate::rules::time_zone::NAME_PATTERN,
            "^[A-Za-z][A-Za-z0-9_+/-]*$"
        );
        for n in crate::rules::time_zone::names::in_byte_order() {
            assert!(fits(n), "{n}");
        }
        for (id, _) in crate::rules::time_zone::icu::LEGACY_IDS {
            assert!(fits(id), "{id}");
        }
    }
}
