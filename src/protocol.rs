//! The numbers and tables the JS layer shares with the core, in one place: which schema and which
//! rule a call's id means, the JSON Schema targets, cal.com's limits, and each schema's fields with
//! their presence, `null` policy and fast-path kind ([`Fast`]). `js/protocol.js` is generated from
//! this file (`UPDATE_PROTOCOL=1 cargo test --lib protocol` rewrites it; the test fails while it
//! is stale), so no id or fact is kept by hand on both sides. An id the core does not know is an
//! error, never a default.

use crate::json_schema::Target;
use crate::rules::{self, Rule};
use crate::schemas::{self, Schema};

/// The schemas by id, with the name `js/protocol.js` gives each id.
pub static SCHEMAS: [(&str, &Schema); 11] = [
    ("UPDATE_ME", &schemas::update_me::UPDATE_ME),
    ("ME", &schemas::me::ME),
    (
        "CREATE_MANAGED_USER",
        &schemas::create_managed_user::CREATE_MANAGED_USER,
    ),
    ("MANAGED_USER", &schemas::managed_user::MANAGED_USER),
    ("V1_USER_CREATE", &schemas::v1_user::V1_USER_CREATE),
    ("V1_USER_EDIT", &schemas::v1_user::V1_USER_EDIT),
    ("V1_USER", &schemas::v1_user::V1_USER),
    (
        "CREATED_MANAGED_USER",
        &schemas::managed_user::CREATED_MANAGED_USER,
    ),
    ("BOOKING_LIMITS", &schemas::booking_limits::BOOKING_LIMITS),
    (
        "TEAM_BOOKING_LIMITS",
        &schemas::booking_limits::TEAM_BOOKING_LIMITS,
    ),
    (
        "BOOKING_LIMITS_RESPONSE",
        &schemas::booking_limits::BOOKING_LIMITS_RESPONSE,
    ),
];

/// The lone-value rules of the form helpers (`checkEmail`, …) by id.
pub static RULES: [(&str, Rule); 6] = [
    ("EMAIL", rules::email::v2),
    ("AVATAR_URL", rules::avatar_url::check),
    ("LOCALE", rules::locale::v2),
    ("METADATA", rules::metadata::check),
    ("API_KEY", rules::api_key::check),
    ("TEAM_ID", rules::team_id::check),
];

/// JSON Schema targets by id (bits 2–3 of `__jsonSchema`'s flags), by the names the JS API takes.
pub static TARGETS: [(&str, Target); 3] = [
    ("draft-2020-12", Target::Draft2020),
    ("draft-07", Target::Draft07),
    ("openapi-3.0", Target::OpenApi30),
];

/// What JS wrote into the input buffer (`__validateInput`'s `kind`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// A JS value, encoded by `js/read.js` (JSON plus `!kind` tags).
    JsValue,
    /// A body's JSON text (UTF-8, from `encodeInto`).
    JsonText,
    /// A body's raw bytes.
    JsonBytes,
    /// A body's JSON text from `encodeInto` of a string not checked first: `encodeInto` writes a
    /// lone surrogate as U+FFFD, so a text holding U+FFFD is answered with `retry`, and the JS
    /// layer sends it again as `JsonText` once it has escaped any lone surrogate itself.
    JsonTextUnchecked,
}

pub static INPUT_KINDS: [(&str, InputKind); 4] = [
    ("JS_VALUE", InputKind::JsValue),
    ("JSON_TEXT", InputKind::JsonText),
    ("JSON_BYTES", InputKind::JsonBytes),
    ("JSON_TEXT_UNCHECKED", InputKind::JsonTextUnchecked),
];

pub fn input_kind(id: u32) -> Option<InputKind> {
    INPUT_KINDS.get(id as usize).map(|(_, k)| *k)
}

pub fn schema(id: u32) -> Option<&'static Schema> {
    SCHEMAS.get(id as usize).map(|(_, s)| *s)
}

pub fn rule(id: u32) -> Option<Rule> {
    RULES.get(id as usize).map(|(_, r)| *r)
}

#[cfg(test)]
mod generate {
    //! Writes `js/protocol.js`.
    use super::*;
    use crate::issue::Shape;
    use crate::messages::Msg;
    use crate::rules::Fast;
    use crate::schemas::{Field, Null};
    use std::fmt::Write;

    /// cal.com's numbers, by the names of the package's `LIMITS` export.
    pub fn limits() -> [(&'static str, u64); 7] {
        use rules::{avatar_url, email, metadata, schedule_id};
        [
            ("bodyBytes", schemas::BODY_LIMIT as u64),
            ("int32Max", schedule_id::MAX as u64),
            ("emailLength", email::MAX_LEN as u64),
            ("avatarUrlLength", avatar_url::MAX_LEN as u64),
            ("metadataKeys", metadata::MAX_KEYS as u64),
            ("metadataKeyLength", metadata::MAX_KEY_LEN as u64),
            ("metadataValueLength", metadata::MAX_VALUE_LEN as u64),
        ]
    }

    /// What `null` means for a field, by the names `js/protocol.js` uses.
    fn null_policy(field: &Field) -> &'static str {
        match field.null {
            Null::Clears => "clears",
            Null::ClearsWithWarning(_) => "clears-with-warning",
            // A NOT NULL column of cal.com's `users` table: cal.com answers 500.
            Null::Breaks(Msg::NullColumn, _) => "not-null-column",
            Null::Breaks(..) => "breaks",
            Null::Absent => "absent",
            Null::Rejected => "rejected",
        }
    }

    fn js_str(s: &str) -> String {
        let mut out = String::from("'");
        for c in s.chars() {
            match c {
                '\'' | '\\' => {
                    out.push('\\');
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
        out.push('\'');
        out
    }

    fn js_list<T: AsRef<str>>(items: &[T]) -> String {
        let parts: Vec<String> = items.iter().map(|s| js_str(s.as_ref())).collect();
        format!("[{}]", parts.join(", "))
    }

    /// The fast kind as `[kind, ...arguments]`, lists by the name of a shared constant.
    fn fast(f: Fast, lists: &mut Vec<(String, Vec<String>)>) -> String {
        let mut list = |items: Vec<String>| -> String {
            if let Some((name, _)) = lists.iter().find(|(_, l)| *l == items) {
                return name.clone();
            }
            let name = format!("LIST_{}", lists.len());
            lists.push((name.clone(), items));
            name
        };
        match f {
            Fast::Core => "null".into(),
            Fast::Text => "[TEXT]".into(),
            Fast::OneOf(words) => {
                let l = list(words.iter().map(|w| js_str(w)).collect());
                format!("[ONE_OF, {l}]")
            }
            Fast::Ints(ints) => {
                let l = list(ints.iter().map(|i| i.to_string()).collect());
                format!("[ONE_OF, {l}]")
            }
            Fast::IntRange(min, max) => format!("[INT_RANGE, {min}, {max}]"),
            Fast::Integer => "[INTEGER]".into(),
            Fast::Number => "[NUMBER]".into(),
            Fast::TimeZone => "[TIME_ZONE]".into(),
            Fast::Metadata => "[METADATA]".into(),
        }
    }

    pub fn render() -> String {
        let mut lists = Vec::new();
        let mut schemas = String::new();
        for (name, schema) in &SCHEMAS {
            // One line per schema, each field `[name, presence, null, fast]`.
            let fields: Vec<String> = schema
                .fields
                .iter()
                .map(|f| {
                    let presence = if f.required {
                        "required"
                    } else if f.absent_warning.is_some() {
                        "optional-with-warning"
                    } else {
                        "optional"
                    };
                    format!(
                        "[{}, '{presence}', '{}', {}]",
                        js_str(f.name),
                        null_policy(f),
                        fast(f.rule.fast, &mut lists)
                    )
                })
                .collect();
            let _ = writeln!(
                schemas,
                "  // {name}: {}\n  schema({}, [{}]),",
                schema.name,
                schema.request,
                fields.join(", ")
            );
        }
        let mut out = String::new();
        out.push_str(concat!(
            "// Generated from src/protocol.rs by `UPDATE_PROTOCOL=1 cargo test --lib protocol`: do not edit.\n",
            "// The ids and tables the JS layer shares with the core (see that file).\n\n",
        ));
        let ids = |names: Vec<&str>| -> String {
            let parts: Vec<String> = names
                .iter()
                .enumerate()
                .map(|(i, n)| format!("  {n}: {i},"))
                .collect();
            parts.join("\n")
        };
        let _ = writeln!(
            out,
            "/** Schema ids (`__validate`, `__jsonSchema`). */\nexport const SCHEMA = Object.freeze({{\n{}\n}});\n",
            ids(SCHEMAS.iter().map(|(n, _)| *n).collect())
        );
        let _ = writeln!(
            out,
            "/** Lone-value rule ids (`__check`). */\nexport const RULE = Object.freeze({{\n{}\n}});\n",
            ids(RULES.iter().map(|(n, _)| *n).collect())
        );
        let _ = writeln!(
            out,
            "/** What JS wrote into the input buffer (`__validateInput`'s kind). */\nexport const INPUT = Object.freeze({{\n{}\n}});\n",
            ids(INPUT_KINDS.iter().map(|(n, _)| *n).collect())
        );
        let targets: Vec<String> = TARGETS
            .iter()
            .enumerate()
            .map(|(i, (t, _))| format!("  {}: {i},", js_str(t)))
            .collect();
        let _ = writeln!(
            out,
            "/** JSON Schema target ids (`__jsonSchema` flags, bits 2-3). */\nexport const TARGET = Object.freeze({{\n{}\n}});\n",
            targets.join("\n")
        );
        let limits: Vec<String> = limits()
            .iter()
            .map(|(k, v)| format!("  {k}: {v},"))
            .collect();
        let _ = writeln!(
            out,
            "/** cal.com's limits the rules enforce (UTF-16 units for lengths, bytes for the body). */\nexport const LIMITS = Object.freeze({{\n{}\n}});\n",
            limits.join("\n")
        );
        // Compat writes cal.com's capitalised spelling, with a warning where it differs from the
        // canonical one: those names are the core's in compat mode.
        let changed: Vec<&str> = rules::time_zone::canonical_names()
            .into_iter()
            .filter(|name| {
                let r = crate::rules::testing::run(
                    rules::time_zone::v2,
                    &format!("\"{name}\""),
                    crate::Mode::Compat,
                );
                !(r.codes.is_empty()
                    && r.warnings.is_empty()
                    && r.out.as_deref() == Some(format!("\"{name}\"").as_str()))
            })
            .collect();
        let _ = writeln!(
            out,
            "/** Canonical time-zone names compat mode does not take unchanged (cal.com capitalises them otherwise). */\nexport const ZONES_CHANGED_IN_COMPAT = {};\n",
            js_list(&changed)
        );
        let _ = writeln!(
            out,
            "/** Every canonical time-zone name (`timeZones()`), space-separated: the Node entry's fast path checks zones with them before the core is instantiated (a bundle that does not import them drops them). */\nexport const CANONICAL_ZONES = {};\n",
            js_str(&rules::time_zone::canonical_names().join(" "))
        );
        let _ = writeln!(
            out,
            "/** Metadata keys strict mode rejects (cal.com deletes, drops or fails on them). */\nexport const METADATA_FORBIDDEN_KEYS = {};\n",
            js_list(rules::metadata::STRICT_FORBIDDEN.as_slice())
        );
        let members: Vec<String> = crate::issue::MEMBERS
            .iter()
            .map(|(name, shape)| {
                let shape = match shape {
                    Shape::Arg => "ARG",
                    Shape::One => "ONE",
                    Shape::List => "LIST",
                    Shape::Constraints => "CONSTRAINTS",
                };
                format!("[{}, {shape}]", js_str(name))
            })
            .collect();
        let _ = writeln!(
            out,
            "// An issue's optional members in the order its wire form writes them (src/issue.rs `MEMBERS`):\n// [name, shape]; ARG members go in the issue's `args` object.\nexport const ARG = 0;\nexport const ONE = 1;\nexport const LIST = 2;\nexport const CONSTRAINTS = 3;\nexport const ISSUE_MEMBERS = [{}];\n",
            members.join(", ")
        );
        out.push_str("// Fast-path kinds (src/rules/mod.rs `Fast`): [kind, ...arguments]; null: the core only.\n");
        for (i, kind) in [
            "TEXT",
            "ONE_OF",
            "INT_RANGE",
            "INTEGER",
            "NUMBER",
            "TIME_ZONE",
            "METADATA",
        ]
        .iter()
        .enumerate()
        {
            let _ = writeln!(out, "export const {kind} = {};", i + 1);
        }
        out.push('\n');
        for (name, items) in &lists {
            let _ = writeln!(out, "const {name} = [{}];", items.join(", "));
        }
        let _ = writeln!(
            out,
            "\n/** A schema's table: whether it is a request body (cal.com's body limit applies), and its fields in order. */\nconst schema = (request, fields) =>\n  Object.freeze({{ request, fields: fields.map(([name, presence, nulls, fast]) => Object.freeze({{ name, presence, null: nulls, fast }})) }});\n\n/** The schemas by id. */\nexport const SCHEMAS = [\n{schemas}];"
        );
        out
    }

    #[test]
    fn protocol_js_is_current() {
        crate::assert_generated_file_is_current(
            "js/protocol.js",
            &render(),
            "UPDATE_PROTOCOL",
            "protocol",
        );
    }

    #[test]
    fn every_schema_is_in_the_table_once() {
        for s in &schemas::ALL {
            let n = SCHEMAS.iter().filter(|(_, t)| std::ptr::eq(*t, *s)).count();
            assert_eq!(n, 1, "{}", s.name);
        }
        assert!(schema(SCHEMAS.len() as u32).is_none());
        for (i, (_, kind)) in INPUT_KINDS.iter().enumerate() {
            assert!(input_kind(i as u32) == Some(*kind));
        }
        assert!(input_kind(INPUT_KINDS.len() as u32).is_none());
        assert!(rule(RULES.len() as u32).is_none());
    }
}
