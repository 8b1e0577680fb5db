//! The one boundary between JavaScript and the core. Every call crosses once: the JS layer
//! (`js/api.js`) encodes its argument as JSON text (plus `!kind` tags for values JSON cannot hold),
//! the core validates, and the result comes back as JSON text that `JSON.parse` turns into the
//! contract's plain objects. No JS `Error` is created, no per-field crossing is made, and the
//! functions here are private to the package (the public API and its types are the JS layer's).

use crate::rules::{self, api_key, Rule};
use crate::{check_value, validate_js_field, validate_js_text, validate_json, Mode, Schema};
use wasm_bindgen::prelude::*;

/// Bit 0 of a mode id: strict (0) or compat (1).
fn mode(m: u32) -> Mode {
    if m & 1 == 1 {
        Mode::Compat
    } else {
        Mode::Strict
    }
}

/// The schemas by the ids `js/api.js` uses; their field lists reach JS through `__lists`.
static SCHEMAS: [&Schema; 11] = [
    &crate::UPDATE_ME,
    &crate::ME,
    &crate::CREATE_MANAGED_USER,
    &crate::schemas::managed_user::MANAGED_USER,
    &crate::schemas::v1_user::V1_USER_CREATE,
    &crate::schemas::v1_user::V1_USER_EDIT,
    &crate::schemas::v1_user::V1_USER,
    &crate::schemas::managed_user::CREATED_MANAGED_USER,
    &crate::schemas::booking_limits::BOOKING_LIMITS,
    &crate::schemas::booking_limits::TEAM_BOOKING_LIMITS,
    &crate::schemas::booking_limits::BOOKING_LIMITS_RESPONSE,
];

fn schema(id: u32) -> &'static Schema {
    SCHEMAS
        .get(id as usize)
        .copied()
        .unwrap_or(&crate::UPDATE_ME)
}

fn rule(id: u32) -> Rule {
    match id {
        1 => rules::avatar_url::check,
        2 => rules::locale::v2,
        3 => rules::metadata::check,
        4 => api_key::check,
        5 => rules::team_id::check,
        _ => rules::email::v2,
    }
}

/// Validates a JS value the JS layer encoded: a whole body, or, when the bits of `mode_id` above
/// the mode hold `i + 1`, the value of the schema's field `i` on its own (per-field schemas).
#[wasm_bindgen(skip_typescript, js_name = "__validate")]
pub fn validate(schema_id: u32, mode_id: u32, text: &str) -> String {
    let schema = schema(schema_id);
    let Some(field) = (mode_id >> 1).checked_sub(1) else {
        return validate_js_text(schema, text, mode(mode_id)).to_json();
    };
    match schema.fields.get(field as usize) {
        Some(f) => validate_js_field(f, text, mode(mode_id)).to_json(),
        None => String::from(
            r#"{"success":false,"issues":[{"code":"invalid_value","path":[],"message":"This schema has no field with that index","msg":"internal.no_such_field"}],"warnings":[]}"#,
        ),
    }
}

/// Validates a raw JSON body given as text.
#[wasm_bindgen(skip_typescript, js_name = "__validateJson")]
pub fn validate_json_text(schema_id: u32, mode_id: u32, body: &str) -> String {
    crate::validate_json_text_for_js(schema(schema_id), body, mode(mode_id)).to_json()
}

/// Validates a raw JSON body given as bytes (a `Uint8Array`, copied once into wasm memory).
#[wasm_bindgen(skip_typescript, js_name = "__validateBytes")]
pub fn validate_bytes(schema_id: u32, mode_id: u32, body: &[u8]) -> String {
    validate_json(schema(schema_id), body, mode(mode_id)).to_json()
}

/// One field rule on one encoded JS value.
#[wasm_bindgen(skip_typescript, js_name = "__check")]
pub fn check(rule_id: u32, mode_id: u32, text: &str) -> String {
    check_value(rule(rule_id), text, true, mode(mode_id)).to_json()
}

#[wasm_bindgen(skip_typescript, js_name = "__checkTimeZone")]
pub fn check_time_zone(name: &str) -> String {
    crate::zone_check::zone_check_json(name)
}

#[wasm_bindgen(skip_typescript, js_name = "__lists")]
pub fn lists() -> String {
    crate::lists::lists_json(&SCHEMAS)
}

#[wasm_bindgen(skip_typescript, js_name = "__diffUpdate")]
pub fn diff_update(current: &str, desired: &str) -> String {
    crate::diff::diff_update_json(current, desired)
}

#[wasm_bindgen(skip_typescript, js_name = "__defaultSchedule")]
pub fn default_schedule(zone: &str) -> String {
    crate::schedule::default_schedule_json(zone)
}

// ---- schemas as documents (toJsonSchema, ~standard.jsonSchema, openApiDocument) -------------

/// The JSON Schema of schema `schema_id`: `flags` bit 0 is the mode (as `mode_id`), bit 1 the
/// output (`data`) instead of the input, bits 2–3 the target (0: draft 2020-12, 1: draft-07,
/// 2: OpenAPI 3.0).
#[wasm_bindgen(skip_typescript, js_name = "__jsonSchema")]
pub fn json_schema(schema_id: u32, flags: u32) -> String {
    use crate::json_schema::{Io, Options, Target};
    let target = match (flags >> 2) & 3 {
        1 => Target::Draft07,
        2 => Target::OpenApi30,
        _ => Target::Draft2020,
    };
    let io = if flags & 2 == 2 {
        Io::Output
    } else {
        Io::Input
    };
    crate::json_schema::json_schema(
        schema(schema_id),
        Options {
            target,
            io,
            mode: mode(flags),
        },
    )
}

/// The OpenAPI 3.1 document, schemas in mode `mode_id`.
#[wasm_bindgen(skip_typescript, js_name = "__openApi")]
pub fn open_api(mode_id: u32) -> String {
    crate::openapi::document(mode(mode_id))
}
