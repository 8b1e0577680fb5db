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
//!
//! The whole Rust API is at this root:
//!
//! - **Validating**: [`validate_json`] runs a [`Schema`] (one static per body or response:
//!   [`UPDATE_ME`], [`ME`], [`CREATE_MANAGED_USER`], …, all in [`ALL_SCHEMAS`]) in a [`Mode`] and
//!   returns an [`Outcome`]: [`Issue`]s with their [`Code`], path ([`Seg`]), message ([`Msg`],
//!   [`Args`]) and parameters ([`Unit`], [`Values`], cal.com's [`Constraint`]s), and the
//!   normalised data as JSON text, which deserialises into the typed [`models`].
//! - **Form helpers**: [`check_time_zone`], [`time_zones`], [`tzdb_version`], and the lists
//!   [`LOCALES`], [`V1_LOCALES`], [`WEEK_DAYS`].
//! - **Documents**: [`json_schema`] for one schema, [`openapi_document`] for every endpoint.

#[cfg(target_arch = "wasm32")]
mod arena;
mod calcom;
mod context;
mod describe;
#[cfg(any(target_arch = "wasm32", test, fuzzing))]
mod diff;
mod float;
mod issue;
mod js_number;
mod json;
mod json_schema;
#[cfg(any(target_arch = "wasm32", test))]
mod lists;
mod messages;
pub mod models;
mod object;
mod openapi;
mod outcome;
#[cfg(any(target_arch = "wasm32", test))]
mod protocol;
mod rules;
#[cfg(any(target_arch = "wasm32", test, fuzzing))]
mod schedule;
mod schemas;
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod simd;
mod strings;
mod suggest;
mod transcode;
#[cfg(any(target_arch = "wasm32", test))]
mod utf16;
mod utf8;
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;
#[cfg(any(target_arch = "wasm32", test))]
mod zone_check;

pub use calcom::Constraint;
/// ```
/// use cal_profile::{validate_json, Mode, UPDATE_ME};
/// // cal.com accepts a time format of "12" (it converts it); strict says to send 12.
/// let body = br#"{"timeFormat":"12"}"#;
/// assert!(!validate_json(&UPDATE_ME, body, Mode::Strict).is_success());
/// assert!(validate_json(&UPDATE_ME, body, Mode::Compat).is_success());
/// ```
pub use context::Mode;
pub use issue::{Code, Issue, Seg, Unit, Values};
pub use json_schema::{json_schema, Io, Options, Target};
pub use messages::Args;
/// ```
/// use cal_profile::{validate_json, Mode, Msg, UPDATE_ME};
/// let out = validate_json(&UPDATE_ME, b"{", Mode::Strict);
/// let msg: Msg = out.issues[0].msg;
/// // The id every translation catalog is keyed by, and the English template.
/// assert!(!msg.id().is_empty() && !msg.english().is_empty());
/// assert!(Msg::ALL.contains(&msg));
/// ```
pub use messages::Msg;
pub use outcome::Outcome;
pub use schemas::Schema;
/// ```
/// use cal_profile::{validate_json, Code, Mode, BODY_LIMIT, UPDATE_ME};
/// let body = format!(r#"{{"bio":"{}"}}"#, "x".repeat(BODY_LIMIT));
/// let out = validate_json(&UPDATE_ME, body.as_bytes(), Mode::Compat);
/// assert_eq!(out.issues[0].code, Code::BodyTooLarge);
/// ```
pub use schemas::BODY_LIMIT;

/// The OpenAPI 3.1 document of the endpoints this package covers (`GET`/`PATCH /v2/me`, managed
/// users, booking limits, API v1 users), its schemas written in `mode`.
///
/// ```
/// let doc = cal_profile::openapi_document(cal_profile::Mode::Strict);
/// assert!(doc.starts_with(r#"{"openapi":"3.1.0""#));
/// assert!(doc.contains(r#""/v2/me""#));
/// ```
pub use openapi::document as openapi_document;

/// Every canonical IANA time-zone name strict mode knows (deprecated links left out), in byte
/// order.
///
/// ```
/// let zones = cal_profile::time_zones();
/// assert!(zones.contains(&"America/New_York"));
/// assert!(!zones.contains(&"US/Eastern"));
/// ```
pub use rules::time_zone::canonical_names as time_zones;
/// Checks a time-zone name on its own (the form helper `checkTimeZone`): whether strict mode
/// accepts it, its canonical zone, and suggestions when it is unknown.
///
/// ```
/// use cal_profile::check_time_zone;
/// let c = check_time_zone("asia/calcutta");
/// assert!(c.valid);
/// assert_eq!(c.canonical, Some("Asia/Kolkata"));
/// assert_eq!(c.alias, Some("Asia/Calcutta"));
/// assert!(!check_time_zone("Europe/Pariss").valid);
/// ```
pub use rules::time_zone::check_name as check_time_zone;
/// The answer of [`check_time_zone`].
pub use rules::time_zone::ZoneCheck;

/// The locales API v2 accepts (`locale` of [`UPDATE_ME`] and [`CREATE_MANAGED_USER`]), in
/// cal.com's order: the members of [`models::Locale`].
///
/// ```
/// assert!(cal_profile::LOCALES.contains(&"pt-BR"));
/// ```
pub use rules::locale::LOCALES;
/// The locales API v1 accepts (`locale` of [`V1_USER_CREATE`] and [`V1_USER_EDIT`]): the
/// members of [`models::V1Locale`].
///
/// ```
/// assert!(cal_profile::V1_LOCALES.contains(&"en"));
/// ```
pub use rules::locale::V1_LOCALES;
/// The days `weekStart` accepts, Monday first: the members of [`models::WeekStart`].
///
/// ```
/// assert_eq!(cal_profile::WEEK_DAYS.first(), Some(&"Monday"));
/// ```
pub use rules::week_start::DAYS as WEEK_DAYS;

/// `PATCH /v2/me/booking-limits`; data: [`models::BookingLimitsInput`].
pub use schemas::booking_limits::BOOKING_LIMITS;
/// The `data` of the booking-limit endpoints (a response guard); data:
/// [`models::BookingLimits`].
pub use schemas::booking_limits::BOOKING_LIMITS_RESPONSE;
/// `PATCH /v2/me/team-booking-limits/{teamId}` (`null` inherits the team's default); data:
/// [`models::BookingLimitsInput`].
pub use schemas::booking_limits::TEAM_BOOKING_LIMITS;
/// `POST /v2/oauth-clients/{clientId}/users`: `email` and `name` required. Its data deserialises
/// into [`models::CreateManagedUserInput`].
///
/// ```
/// use cal_profile::{validate_json, Mode, CREATE_MANAGED_USER};
/// let out = validate_json(&CREATE_MANAGED_USER, br#"{"email":"a@example.com"}"#, Mode::Strict);
/// assert_eq!(out.issues[0].code.as_str(), "required");
/// ```
pub use schemas::create_managed_user::CREATE_MANAGED_USER;
/// The `data` of creating a managed user: the user and its tokens (a response guard); data:
/// [`models::CreatedManagedUser`].
pub use schemas::managed_user::CREATED_MANAGED_USER;
/// A managed user as cal.com returns it (a response guard); data: [`models::ManagedUser`].
pub use schemas::managed_user::MANAGED_USER;
/// The `data` of `GET /v2/me`, a response guard: keys cal.com added since are warnings. Its data
/// deserialises into [`models::Me`].
///
/// ```
/// use cal_profile::{validate_json, Code, Mode, ME};
/// let me = br#"{"id":1,"username":"a","email":"a@example.com","name":"A","avatarUrl":null,
///   "bio":null,"timeFormat":24,"defaultScheduleId":null,"weekStart":"Monday",
///   "timeZone":"Europe/Rome","locale":"en","organizationId":null,"newField":1}"#;
/// let out = validate_json(&ME, me, Mode::Strict);
/// assert!(out.is_success(), "{:?}", out.issues);
/// assert_eq!(out.warnings[0].code, Code::UnknownKey);
/// ```
pub use schemas::me::ME;
/// `PATCH /v2/me` (and a managed user's `PATCH`): every field optional, `{}` is valid. Its data
/// deserialises into [`models::UpdateMeInput`].
///
/// ```
/// use cal_profile::{validate_json, Mode, UPDATE_ME};
/// let out = validate_json(&UPDATE_ME, br#"{"weekStart":"monday"}"#, Mode::Strict);
/// assert!(!out.is_success());
/// assert_eq!(out.issues[0].code.as_str(), "invalid_value");
/// ```
pub use schemas::update_me::UPDATE_ME;
/// API v1's user as it returns it (a response guard; secrets are errors); data:
/// [`models::V1User`].
pub use schemas::v1_user::V1_USER;
/// API v1's `POST /users`; data: [`models::V1UserCreateInput`].
pub use schemas::v1_user::V1_USER_CREATE;
/// API v1's `PATCH /users/{userId}`: zod `.strict()`, unknown keys rejected in both modes; data:
/// [`models::V1UserEditInput`].
///
/// ```
/// use cal_profile::{validate_json, Mode, V1_USER_EDIT};
/// let out = validate_json(&V1_USER_EDIT, br#"{"nmae":"A"}"#, Mode::Compat);
/// assert_eq!(out.issues[0].code.as_str(), "unrecognized_keys");
/// ```
pub use schemas::v1_user::V1_USER_EDIT;
/// Every schema above, requests first, for code that must cover them all.
///
/// ```
/// let names: Vec<&str> = cal_profile::ALL_SCHEMAS.iter().map(|s| s.name()).collect();
/// assert!(names.contains(&cal_profile::UPDATE_ME.name()));
/// ```
pub use schemas::ALL as ALL_SCHEMAS;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: arena::Arena = arena::Arena::new();

use context::Cx;
use json::{parse, parse_js, Dialect, Value};
use std::cell::Cell;

/// The IANA tz database release the time-zone names come from.
///
/// ```
/// let v = cal_profile::tzdb_version();
/// assert!(v.len() == 5 && v.starts_with("20"), "{v}");
/// ```
pub fn tzdb_version() -> &'static str {
    chrono_tz::IANA_TZDB_VERSION
}

/// Validates a JSON body exactly as it arrives (bytes, no decoding done by the caller) against
/// `schema`, in `mode`: strict ("is this safe to send to cal.com?") or compat ("what will cal.com
/// do with it?").
///
/// Never panics: text that is not UTF-8 or not JSON is an `invalid_json` issue with its
/// `position`, a request body over [`BODY_LIMIT`] is `body_too_large`, as cal.com answers them.
/// On success, [`Outcome::data_json`] is the normalised body, which deserialises into the
/// schema's model (see [`models`]).
///
/// ```
/// use cal_profile::{validate_json, Code, Mode, Seg, UPDATE_ME};
/// let body = br#"{"timeZone":"US/Eastern","timeFormat":"24"}"#;
///
/// let strict = validate_json(&UPDATE_ME, body, Mode::Strict);
/// assert!(!strict.is_success());
/// assert_eq!(strict.issues[0].code, Code::InvalidType);
/// assert_eq!(strict.issues[0].path, [Seg::Key("timeFormat".into())]);
///
/// // cal.com converts "24" to 24 and stores "Us/Eastern": compat says so, with warnings.
/// let compat = validate_json(&UPDATE_ME, body, Mode::Compat);
/// assert_eq!(compat.data_json(), Some(r#"{"timeFormat":24,"timeZone":"Us/Eastern"}"#));
/// assert!(compat.warnings.iter().any(|w| w.code == Code::Coerced));
/// ```
pub fn validate_json(schema: &Schema, body: &[u8], mode: Mode) -> Outcome {
    // cal.com answers 413 before reading a too-large body: check the size first.
    if schema.request && body.len() > BODY_LIMIT {
        return schemas::run(schema, &Value::Null, body.len(), mode);
    }
    // body-parser decodes with iconv-lite, which drops a UTF-8 byte-order mark.
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    match utf8::to_str(body) {
        Ok(text) => validate_text(schema, text, mode, Dialect::Json),
        Err(e) => syntax_failure(mode, e.valid_up_to(), Msg::JsonNotUtf8),
    }
}

/// [`validate_json`] for a body the JS caller holds as bytes: the data it gets back may point at
/// unescaped strings of those bytes (`refs`, byte ranges the JS layer decodes) instead of
/// carrying their text back as JSON.
#[cfg(any(target_arch = "wasm32", test, fuzzing))]
pub(crate) fn validate_json_bytes_for_js(schema: &Schema, body: &[u8], mode: Mode) -> Outcome {
    if schema.request && body.len() > BODY_LIMIT {
        return schemas::run(schema, &Value::Null, body.len(), mode);
    }
    let (body, base) = match body.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (body, 0),
    };
    match utf8::to_str(body) {
        Ok(text) => validate_text(schema, text, mode, Dialect::JsonBytes { base }),
        Err(e) => syntax_failure(mode, e.valid_up_to(), Msg::JsonNotUtf8),
    }
}

/// [`validate_json`] for a body the JS caller holds as a string: the data it gets back may point
/// at unescaped strings of that text (`refs` in the JS result) instead of copying them.
#[cfg(any(target_arch = "wasm32", test, fuzzing))]
pub(crate) fn validate_json_text_for_js(schema: &Schema, body: &str, mode: Mode) -> Outcome {
    if schema.request && body.len() > BODY_LIMIT {
        return schemas::run(schema, &Value::Null, body.len(), mode);
    }
    match body.strip_prefix('\u{feff}') {
        Some(rest) => validate_text(schema, rest, mode, Dialect::JsonText { base: 1 }),
        None => validate_text(schema, body, mode, Dialect::JsonText { base: 0 }),
    }
}

/// A body without its byte-order mark, read in `dialect` (which says whether the data may point
/// at the caller's copy of the body).
fn validate_text(schema: &Schema, text: &str, mode: Mode, dialect: Dialect) -> Outcome {
    // body-parser turns an empty body into `{}`.
    if text.is_empty() && mode == Mode::Compat {
        return schemas::run(schema, &Value::Object(json::Object::default()), 0, mode);
    }
    match parse(text, dialect) {
        Ok(v) => {
            let mut cx = Cx::new(mode);
            cx.refs = dialect != Dialect::Json;
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
pub(crate) fn validate_js_text(schema: &Schema, text: &str, mode: Mode) -> Outcome {
    let needed = Cell::new(false);
    match parse_js(text, &needed) {
        Ok(p) => {
            let cx = js_cx(mode);
            // Each kept unit is at most 3 bytes of UTF-8 (an astral pair: 4 bytes for 2 units),
            // and its `!s<len>` tag is longer than the quotes it stands for: an upper bound of
            // the serialised size. Past the limit the exact size matters, and only the text gives
            // it: ask for it at once rather than validate what will be validated again.
            let size = text.len() + p.kept_units.saturating_mul(3);
            if p.kept_units > 0 && schema.request && size > BODY_LIMIT {
                return Outcome::retry();
            }
            schemas::run_with(schema, &p.value, size, cx).unless_needed(&needed)
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
pub(crate) fn validate_js_field(field: &schemas::Field, text: &str, mode: Mode) -> Outcome {
    let needed = Cell::new(false);
    match parse_js(text, &needed) {
        Ok(p) => schemas::run_field(field, &p.value, js_cx(mode)).unless_needed(&needed),
        Err(e) => syntax_failure(mode, e.offset, e.what),
    }
}

/// Runs one field rule on a lone value (the form helpers: `checkEmail`, `checkMetadata`, …).
/// `text` is JSON, or the boundary's extended JSON when `from_js`.
#[cfg(any(target_arch = "wasm32", test, fuzzing))]
pub(crate) fn check_value(rule: rules::Rule, text: &str, from_js: bool, mode: Mode) -> Outcome {
    let needed = Cell::new(false);
    let mut cx = Cx::new(mode);
    cx.from_js = from_js;
    cx.refs = from_js;
    let parsed = if from_js {
        parse_js(text, &needed).map(|p| p.value)
    } else {
        parse(text, Dialect::Json)
    };
    let v = match parsed {
        Ok(v) => v,
        Err(e) => return syntax_failure(mode, e.offset, e.what),
    };
    let mut out = json::Writer::with_capacity(text.len()).with_refs(cx.refs);
    if v.kind() == json::Kind::Null || v.kind() == json::Kind::Undefined {
        cx.fail(cx.type_issue("value", &v));
    } else {
        rule(&v, &mut cx, &mut out);
    }
    Outcome::from_cx(cx, Some(out)).unless_needed(&needed)
}

fn syntax_failure(mode: Mode, offset: usize, what: Msg) -> Outcome {
    let mut cx = Cx::new(mode);
    let mut issue = cx.at(Code::InvalidJson, what);
    issue.position = Some(offset as u64);
    cx.fail(issue);
    Outcome::from_cx(cx, None)
}

/// Test helper for the files generated from the core's tables (`js/locales/messages.json`,
/// `js/protocol.js`): fails while the committed file differs from `want`, and rewrites it first
/// when the environment variable `update` is set (the failure message says the command).
#[cfg(test)]
pub(crate) fn assert_generated_file_is_current(
    relative: &str,
    want: &str,
    update: &str,
    module: &str,
) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os(update).is_some() {
        std::fs::write(&path, want).unwrap_or_else(|e| panic!("writing {relative}: {e}"));
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{relative} is stale: run {update}=1 cargo test --lib {module}"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_helpers_run_one_rule_on_a_lone_value() {
        let run = |rule: rules::Rule, text: &str| check_value(rule, text, true, Mode::Strict);
        let key = run(rules::api_key::check, r#""cal_live_0123456789abcdef""#);
        assert_eq!(key.data_json(), Some(r#""cal_live_0123456789abcdef""#));
        assert!(!run(rules::api_key::check, r#""Bearer cal_live_0123456789""#).is_success());
        assert_eq!(run(rules::team_id::check, "7").data_json(), Some("7"));
        assert_eq!(
            run(rules::team_id::check, "0").issues[0].code,
            Code::TooSmall
        );
        assert_eq!(
            run(rules::email::v2, "null").issues[0].code,
            Code::InvalidType
        );
    }
}

/// The internals the integration tests reach: the JS boundary's text protocol (`!kind` tags,
/// which only `js/api.js` writes), the JSON reader and the e-mail syntax, for the property tests
/// (`tests/properties.rs`), the shape test (`tests/shapes.rs`) and the profiling examples; and,
/// under cargo-fuzz's `--cfg fuzzing` only (so that ordinary builds still report dead code), the
/// rules and helpers the fuzz targets (`fuzz/`) run. Not API: hidden from the docs and free to
/// change.
#[doc(hidden)]
pub mod internals {
    pub use crate::json::{parse, Dialect, Kind, Value};
    pub use crate::rules::email::{matches_v1_regex, strict_syntax};
    pub use crate::transcode::{is_wide, utf8_to_utf16};
    pub use crate::utf8::to_str as utf8_to_str;
    use crate::{Mode, Outcome, Schema};

    /// Validates the text `js/api.js` writes for a JavaScript value (JSON plus `!kind` tags). Its
    /// objects' keys are unique, as `Object.keys` gives them: a repeated key is not merged.
    pub fn validate_js_text(schema: &Schema, text: &str, mode: Mode) -> Outcome {
        crate::validate_js_text(schema, text, mode)
    }

    /// The outcome as the wasm boundary hands it to `js/api.js` (the profiling examples measure
    /// this form, which is what the package runs).
    pub fn wire(outcome: &Outcome) -> String {
        outcome.to_wire()
    }

    /// Validates the field `name` of `schema` alone (an encoded JS value, as the per-field
    /// schemas of the JS API do), or `None` when the schema has no such field.
    pub fn validate_js_field(
        schema: &Schema,
        name: &str,
        text: &str,
        mode: Mode,
    ) -> Option<Outcome> {
        let field = schema.fields.iter().find(|f| f.name == name)?;
        Some(crate::validate_js_field(field, text, mode))
    }

    #[cfg(fuzzing)]
    pub use crate::diff::diff_update_json;
    #[cfg(fuzzing)]
    pub use crate::rules::{
        api_key, avatar_url, brand_color, email, iso_date, locale, metadata, schedule_id,
        time_format, time_zone, v1, week_start, Rule,
    };
    #[cfg(fuzzing)]
    pub use crate::schedule::default_schedule_json;

    /// One rule on a lone encoded JS value (the form helpers).
    #[cfg(fuzzing)]
    pub fn check_value(rule: Rule, text: &str, mode: Mode) -> Outcome {
        crate::check_value(rule, text, true, mode)
    }

    /// A JSON body the JS caller holds as a string (its data may point at slices of it).
    #[cfg(fuzzing)]
    pub fn validate_json_text_for_js(schema: &Schema, body: &str, mode: Mode) -> Outcome {
        crate::validate_json_text_for_js(schema, body, mode)
    }
}
