//! The one boundary between JavaScript and the core. Every call crosses once: the JS layer
//! (`js/api.js`) encodes its argument as JSON text (plus `!kind` tags for values JSON cannot hold),
//! the core validates, and the result comes back as JSON text that `JSON.parse` turns into the
//! contract's plain objects (a validation's issue lists in the flat wire form of
//! [`crate::issue::Issue::write_wire`], which the JS layer turns into issue objects). No JS `Error`
//! is created, no per-field crossing is made, and the functions here are private to the package
//! (the public API and its types are the JS layer's).

use crate::protocol;
use crate::rules::Rule;
use crate::{check_value, validate_js_field, validate_js_text, Mode, Schema};
use wasm_bindgen::prelude::*;

/// Bit 0 of a mode id: strict (0) or compat (1).
fn mode(m: u32) -> Mode {
    if m & 1 == 1 {
        Mode::Compat
    } else {
        Mode::Strict
    }
}

/// The schema with id `id` (`js/protocol.js` `SCHEMA`); an id the core does not know means the
/// package's JS and wasm come from different builds, which no answer would make right.
fn schema(id: u32) -> Result<&'static Schema, JsError> {
    protocol::schema(id).ok_or_else(|| {
        JsError::new(
            "cal-profile: unknown schema id (the package's JS and wasm come from different builds)",
        )
    })
}

fn rule(id: u32) -> Result<Rule, JsError> {
    protocol::rule(id).ok_or_else(|| {
        JsError::new(
            "cal-profile: unknown rule id (the package's JS and wasm come from different builds)",
        )
    })
}

// ---- the input buffer ----------------------------------------------------------------------------
//
// A call's input crosses by one `TextEncoder.encodeInto` (or one `Uint8Array.set` for bytes) into
// this static buffer, instead of wasm-bindgen's per-call allocation and its UTF-16 walk over the
// string (measured: 76-133 us on the 27.5 KB text of a 50 x 500 metadata body, against 2-3 us for
// `encodeInto`). An input that does not fit takes the string-passing functions below.

/// Room for any body cal.com takes (its limit in bytes) and the encoder's tags around it.
const INPUT_CAP: usize = crate::BODY_LIMIT + 4096;

struct Input(core::cell::UnsafeCell<[u8; INPUT_CAP]>);
// SAFETY: wasm32-unknown-unknown runs one thread, and JS writes the buffer only between calls.
unsafe impl Sync for Input {}
static INPUT: Input = Input(core::cell::UnsafeCell::new([0; INPUT_CAP]));

/// The first `len` bytes JS wrote into the buffer.
fn input(len: u32) -> &'static [u8] {
    // SAFETY: nothing in the core writes the buffer, and JS writes it only before a call reads it
    // (one thread): no reference to it is alive while it changes.
    let all: &'static [u8; INPUT_CAP] = unsafe { &*INPUT.0.get() };
    all.get(..len as usize).unwrap_or_default()
}

/// Where the buffer starts in wasm memory, and how long it is, and where the output buffer
/// starts: `[ptr, cap, output ptr]`.
#[wasm_bindgen(skip_typescript, js_name = "__inputBuffer")]
pub fn input_buffer() -> Vec<u32> {
    vec![
        INPUT.0.get() as u32,
        INPUT_CAP as u32,
        OUTPUT.0.get() as u32,
    ]
}

// ---- the output buffer ---------------------------------------------------------------------
//
// A bytes body's long strings, back as UTF-16 units for Node's `Buffer` (src/transcode.rs): a
// unit for each byte of the input buffer, and the sixteen a whole block may write past the end.

struct Output(core::cell::UnsafeCell<[u16; INPUT_CAP + 16]>);
// SAFETY: as `Input`: one thread, and JS reads the buffer only between calls.
unsafe impl Sync for Output {}
static OUTPUT: Output = Output(core::cell::UnsafeCell::new([0; INPUT_CAP + 16]));

/// The input buffer's bytes `start..end` (a string of the body the core answered for: UTF-8 it
/// checked) as UTF-16 units at the start of the output buffer: how many, or -1 when the text has
/// no character past U+00FF (JS decodes that itself and keeps it one byte a character).
#[wasm_bindgen(skip_typescript, js_name = "__utf16")]
pub fn utf16(start: u32, end: u32) -> i32 {
    let Some(utf8) = input(end).get(start as usize..) else {
        return -1;
    };
    if !crate::transcode::is_wide(utf8) {
        return -1;
    }
    // SAFETY: only this function touches the buffer while it runs, and JS reads it only after
    // (one thread): no other reference to it is alive.
    let out: &mut [u16; INPUT_CAP + 16] = unsafe { &mut *OUTPUT.0.get() };
    crate::transcode::utf8_to_utf16(utf8, out) as i32
}

/// Whether the `len` bytes JS wrote into the input buffer are plain UTF-16LE text
/// ([`crate::utf16::is_plain`]): Node's `Buffer` writes a string's units there as they are.
#[wasm_bindgen(skip_typescript, js_name = "__plainUtf16")]
pub fn plain_utf16(len: u32) -> bool {
    crate::utf16::is_plain(input(len))
}

/// Validates the `len` bytes JS wrote into the input buffer, read as `kind` says
/// ([`protocol::InputKind`]): as `__validate`, `__validateJson` (encodeInto wrote valid UTF-8) or
/// `__validateBytes` would, or `{"retry":true}` for an unchecked text that holds U+FFFD.
#[wasm_bindgen(skip_typescript, js_name = "__validateInput")]
pub fn validate_input(
    schema_id: u32,
    mode_id: u32,
    kind: u32,
    len: u32,
) -> Result<String, JsError> {
    use protocol::InputKind;
    let bytes = input(len);
    let kind = protocol::input_kind(kind)
        .ok_or_else(|| JsError::new("cal-profile: unknown input kind"))?;
    if kind == InputKind::JsonBytes {
        return validate_bytes(schema_id, mode_id, bytes);
    }
    let text = crate::utf8::to_str(bytes)
        .map_err(|_| JsError::new("cal-profile: the input buffer does not hold UTF-8 text"))?;
    if kind == InputKind::JsonTextUnchecked && crate::utf16::holds_replacement(bytes) {
        return Ok(crate::Outcome::retry().to_wire());
    }
    if kind == InputKind::JsValue {
        validate(schema_id, mode_id, text)
    } else {
        validate_json_text(schema_id, mode_id, text)
    }
}

/// Validates a JS value the JS layer encoded: a whole body, or, when the bits of `mode_id` above
/// the mode hold `i + 1`, the value of the schema's field `i` on its own (per-field schemas).
#[wasm_bindgen(skip_typescript, js_name = "__validate")]
pub fn validate(schema_id: u32, mode_id: u32, text: &str) -> Result<String, JsError> {
    let schema = schema(schema_id)?;
    let Some(field) = (mode_id >> 1).checked_sub(1) else {
        return Ok(validate_js_text(schema, text, mode(mode_id)).to_wire());
    };
    match schema.fields.get(field as usize) {
        Some(f) => Ok(validate_js_field(f, text, mode(mode_id)).to_wire()),
        None => Err(JsError::new("cal-profile: unknown field index (the package's JS and wasm come from different builds)")),
    }
}

/// Validates a raw JSON body given as text.
#[wasm_bindgen(skip_typescript, js_name = "__validateJson")]
pub fn validate_json_text(schema_id: u32, mode_id: u32, body: &str) -> Result<String, JsError> {
    Ok(crate::validate_json_text_for_js(schema(schema_id)?, body, mode(mode_id)).to_wire())
}

/// Validates a raw JSON body given as bytes (a `Uint8Array`, copied once into wasm memory).
#[wasm_bindgen(skip_typescript, js_name = "__validateBytes")]
pub fn validate_bytes(schema_id: u32, mode_id: u32, body: &[u8]) -> Result<String, JsError> {
    Ok(crate::validate_json_bytes_for_js(schema(schema_id)?, body, mode(mode_id)).to_wire())
}

/// One field rule on one encoded JS value.
#[wasm_bindgen(skip_typescript, js_name = "__check")]
pub fn check(rule_id: u32, mode_id: u32, text: &str) -> Result<String, JsError> {
    Ok(check_value(rule(rule_id)?, text, true, mode(mode_id)).to_wire())
}

#[wasm_bindgen(skip_typescript, js_name = "__checkTimeZone")]
pub fn check_time_zone(name: &str) -> String {
    crate::zone_check::zone_check_json(name)
}

#[wasm_bindgen(skip_typescript, js_name = "__lists")]
pub fn lists() -> String {
    crate::lists::lists_json()
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
pub fn json_schema(schema_id: u32, flags: u32) -> Result<String, JsError> {
    use crate::json_schema::{Io, Options};
    let Some(&(_, target)) = protocol::TARGETS.get(((flags >> 2) & 3) as usize) else {
        return Err(JsError::new("cal-profile: unknown JSON Schema target id"));
    };
    let io = if flags & 2 == 2 {
        Io::Output
    } else {
        Io::Input
    };
    Ok(crate::json_schema::json_schema(
        schema(schema_id)?,
        Options {
            target,
            io,
            mode: mode(flags),
        },
    ))
}

/// The OpenAPI 3.1 document, schemas in mode `mode_id`.
#[wasm_bindgen(skip_typescript, js_name = "__openApi")]
pub fn open_api(mode_id: u32) -> String {
    crate::openapi::document(mode(mode_id))
}
