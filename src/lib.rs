//! cal-profile: typed models and exact validators for cal.com's user profile.
//!
//! Two questions, two [`Mode`]s: *strict* ("is this safe to send to cal.com?") and *compat*
//! ("what will cal.com's API v2 do with it?"). Every rule cites the part of cal.com's behaviour it
//! mirrors (`calcom-rules.md`). The core is plain Rust with no JavaScript types; `wasm` is the one
//! thin module that turns JS values into calls of this core.
//!
//! ```
//! use cal_profile::{validate_json, Mode, UPDATE_ME};
//! let out = validate_json(&UPDATE_ME, br#"{"timeZone":"america/new_york","timeFormat":24}"#, Mode::Strict);
//! assert!(out.is_success());
//! assert_eq!(out.data_json(), Some(r#"{"timeFormat":24,"timeZone":"America/New_York"}"#));
//! ```

#[cfg(target_arch = "wasm32")]
mod arena;
pub mod calcom;
mod context;
pub mod describe;
#[cfg(any(target_arch = "wasm32", test))]
mod diff;
mod float;
pub mod issue;
mod js_number;
pub mod json;
pub mod json_schema;
#[cfg(any(target_arch = "wasm32", test))]
mod lists;
pub mod messages;
pub mod models;
mod object;
pub mod openapi;
mod outcome;
pub mod rules;
#[cfg(any(target_arch = "wasm32", test))]
mod schedule;
pub mod schemas;
mod strings;
mod suggest;
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;
#[cfg(any(target_arch = "wasm32", test))]
mod zone_check;

pub use context::Mode;
pub use issue::{Code, Issue, Seg, Unit, Values};
pub use messages::{Args, Msg};
pub use outcome::Outcome;
pub use rules::time_zone::{
    canonical_names as time_zones, check_name as check_time_zone, ZoneCheck,
};
pub use schemas::create_managed_user::CREATE_MANAGED_USER;
pub use schemas::me::ME;
pub use schemas::update_me::UPDATE_ME;
pub use schemas::{Schema, BODY_LIMIT};

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: arena::Arena = arena::Arena::new();

use context::Cx;
use json::{parse, parse_full, Dialect, Value, Writer};

/// The IANA tz database release the time-zone names come from.
pub fn tzdb_version() -> &'static str {
    chrono_tz::IANA_TZDB_VERSION
}

/// Validates a raw JSON request body, exactly as it arrives (no decoding done by the caller).
pub fn validate_json(schema: &Schema, body: &[u8], mode: Mode) -> Outcome {
    // cal.com answers 413 before reading a too-large body: check the size first.
    if schema.request && body.len() > BODY_LIMIT {
        return schemas::run(schema, &Value::Null, body.len(), mode);
    }
    // body-parser decodes with iconv-lite, which drops a UTF-8 byte-order mark.
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    match std::str::from_utf8(body) {
        Ok(text) => validate_text(schema, text, mode, None),
        Err(e) => syntax_failure(mode, e.valid_up_to(), Msg::JsonNotUtf8),
    }
}

/// [`validate_json`] for a body the JS caller holds as a string: the data it gets back may point
/// at unescaped strings of that text (`refs` in the JS result) instead of copying them.
#[doc(hidden)]
pub fn validate_json_text_for_js(schema: &Schema, body: &str, mode: Mode) -> Outcome {
    // Its JS caller cannot ask again: no earlier call's request for text may answer for it.
    json::content_was_needed();
    if schema.request && body.len() > BODY_LIMIT {
        return schemas::run(schema, &Value::Null, body.len(), mode);
    }
    match body.strip_prefix('\u{feff}') {
        Some(rest) => validate_text(schema, rest, mode, Some(1)),
        None => validate_text(schema, body, mode, Some(0)),
    }
}

/// A body without its byte-order mark. `refs_base`: the caller holds the text as a JS string
/// and this many UTF-16 units precede `text` in it.
fn validate_text(schema: &Schema, text: &str, mode: Mode, refs_base: Option<u32>) -> Outcome {
    // body-parser turns an empty body into `{}`.
    if text.is_empty() && mode == Mode::Compat {
        return schemas::run(schema, &Value::Object(json::Object::default()), 0, mode);
    }
    let dialect = match refs_base {
        Some(base) => Dialect::JsonText { base },
        None => Dialect::Json,
    };
    match parse(text, dialect) {
        Ok(v) => {
            let mut cx = Cx::new(mode);
            cx.refs = refs_base.is_some();
            schemas::run_with(schema, &v, text.len(), cx)
        }
        Err(e) => syntax_failure(mode, e.offset, e.what),
    }
}

/// Validates the text our JS boundary wrote for a JavaScript value (JSON plus `!kind` tags).
///
/// The JS layer may keep long strings on its side and send `!s<len>` instead (only well-formed
/// strings with nothing JSON escapes). The data then points at them (`refs`), and if the verdict
/// needs their text after all, the outcome asks for it (`{"retry":true}`).
pub fn validate_js_text(schema: &Schema, text: &str, mode: Mode) -> Outcome {
    json::content_was_needed();
    match parse_full(text, Dialect::JsValue) {
        Ok(p) => {
            let cx = js_cx(mode);
            // Each kept unit is at most 3 bytes of UTF-8 (an astral pair: 4 bytes for 2 units),
            // and its `!s<len>` tag is longer than the quotes it stands for: an upper bound of
            // the serialised size. Past the limit the exact size matters, and only the text gives
            // it: ask for it at once rather than validate what will be validated again.
            let size = text.len() + p.kept_units.saturating_mul(3);
            if p.kept_units > 0 && schema.request && size > BODY_LIMIT {
                json::need_content();
                return Outcome::from_cx(cx, None);
            }
            schemas::run_with(schema, &p.value, size, cx)
        }
        Err(e) => syntax_failure(mode, e.offset, e.what),
    }
}

/// The context for a value the JS layer encoded: its numbers are what JavaScript holds, and the
/// data may point at the strings the caller kept.
fn js_cx(mode: Mode) -> Cx {
    let mut cx = Cx::new(mode);
    cx.from_js = true;
    cx.refs = true;
    cx
}

/// Validates one field of a schema on its own (an encoded JS value, as [`validate_js_text`]):
/// the per-field form validators (`UpdateMeSchema.shape.timeZone`).
#[doc(hidden)]
pub fn validate_js_field(field: &schemas::Field, text: &str, mode: Mode) -> Outcome {
    json::content_was_needed();
    match parse_full(text, Dialect::JsValue) {
        Ok(p) => schemas::run_field(field, &p.value, js_cx(mode)),
        Err(e) => syntax_failure(mode, e.offset, e.what),
    }
}

/// Runs one field rule on a lone value (the form helpers: `checkEmail`, `checkMetadata`, …).
/// `text` is JSON, or the boundary's extended JSON when `from_js`.
pub fn check_value(rule: rules::Rule, text: &str, from_js: bool, mode: Mode) -> Outcome {
    let dialect = if from_js {
        Dialect::JsValue
    } else {
        Dialect::Json
    };
    json::content_was_needed();
    let mut cx = Cx::new(mode);
    cx.from_js = from_js;
    cx.refs = from_js;
    let v = match parse(text, dialect) {
        Ok(v) => v,
        Err(e) => return syntax_failure(mode, e.offset, e.what),
    };
    let mut out = Writer::with_capacity(text.len()).with_refs(cx.refs);
    if v.kind() == json::Kind::Null || v.kind() == json::Kind::Undefined {
        cx.fail(cx.type_issue("value", &v));
    } else {
        rule(&v, &mut cx, &mut out);
    }
    Outcome::from_cx(cx, Some(out))
}

fn syntax_failure(mode: Mode, offset: usize, what: Msg) -> Outcome {
    let mut cx = Cx::new(mode);
    let mut issue = cx.at(Code::InvalidJson, what);
    issue.position = Some(offset as u64);
    cx.fail(issue);
    Outcome::from_cx(cx, None)
}
