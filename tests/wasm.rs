//! The wasm boundary, compiled to wasm and run by wasm-bindgen-test in Node and (with
//! WASM_BINDGEN_USE_BROWSER=1) in headless Chromium: the functions the JS layer calls answer with
//! JSON (a validation's issue lists flat, in the wire form js/wire.js decodes: the first item of a
//! list is its first issue's code), and the instance keeps working after hostile input.
// Test code: a failed unwrap or index is the test failing.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg(target_arch = "wasm32")]

use cal_profile::wasm;
use serde_json::Value;
use wasm_bindgen_test::wasm_bindgen_test;

fn json(s: String) -> Value {
    serde_json::from_str(&s).expect("the boundary answers JSON")
}

/// Whether a flat issue list holds `s` (a code, a received type, …) as one of its values.
fn holds(list: &Value, s: &str) -> bool {
    list.as_array().is_some_and(|a| a.iter().any(|v| v == s))
}

/// The answer of a call with ids the core knows (it refuses only unknown ones).
fn ok(r: Result<String, wasm_bindgen::JsError>) -> Value {
    json(r.map_err(|_| ()).expect("a known id is answered"))
}

#[wasm_bindgen_test]
fn an_unknown_id_is_an_error_not_a_default() {
    // Ids come from js/protocol.js, generated from the same table: an unknown one means the JS and
    // the wasm come from different builds, and no answer would be right.
    assert!(wasm::validate(11, 0, "{}").is_err());
    assert!(wasm::validate(0, 99 << 1, "{}").is_err());
    assert!(wasm::validate_json_text(11, 0, "{}").is_err());
    assert!(wasm::validate_bytes(11, 0, b"{}").is_err());
    assert!(wasm::check(6, 0, "1").is_err());
    assert!(wasm::json_schema(0, 3 << 2).is_err());
    assert!(wasm::json_schema(11, 0).is_err());
    assert!(wasm::json_schema(10, 2 << 2).is_ok());
}

#[wasm_bindgen_test]
fn validate_encoded_js_value_strict_and_compat() {
    let r = ok(wasm::validate(
        0,
        0,
        r#"{"timeZone":"america/new_york","timeFormat":24,"name":!undefined}"#,
    ));
    assert_eq!(r["success"], true);
    assert_eq!(
        r["data"],
        serde_json::json!({"timeFormat": 24, "timeZone": "America/New_York"})
    );
    let r = ok(wasm::validate(
        0,
        1,
        r#"{"timeFormat":"12","timezone":"x"}"#,
    ));
    assert_eq!(r["success"], true);
    assert_eq!(r["data"]["timeFormat"], 12);
    assert!(holds(&r["warnings"], "stripped_key"), "{r}");
    let r = ok(wasm::validate(0, 0, r#"{"name":!bigint,"bio":!symbol}"#));
    assert_eq!(r["issues"][0], "invalid_type");
    assert!(
        holds(&r["issues"], "bigint") && holds(&r["issues"], "symbol"),
        "{r}"
    );
}

#[wasm_bindgen_test]
fn raw_json_text_and_bytes() {
    let body = r#"{"weekStart":"Monday","locale":"pt-BR"}"#;
    let a = ok(wasm::validate_json_text(0, 0, body));
    let b = ok(wasm::validate_bytes(0, 0, body.as_bytes()));
    assert_eq!(a, b);
    assert_eq!(a["success"], true);
    let bad = ok(wasm::validate_bytes(0, 0, &[0x7b, 0xff, 0x7d]));
    assert_eq!(bad["issues"][0], "invalid_json");
    let big = format!("{{\"bio\":\"{}\"}}", "a".repeat(200_000));
    assert_eq!(
        ok(wasm::validate_json_text(0, 1, &big))["issues"][0],
        "body_too_large"
    );
}

#[wasm_bindgen_test]
fn helpers() {
    let z = json(wasm::check_time_zone("asia/calcutta"));
    assert_eq!(
        z,
        serde_json::json!({"valid": true, "canonical": "Asia/Kolkata", "alias": "Asia/Calcutta", "suggestions": []})
    );
    let lists = json(wasm::lists());
    assert_eq!(lists["locales"].as_array().map(Vec::len), Some(43));
    assert_eq!(lists["weekDays"][0], "Monday");
    let diff = json(wasm::diff_update(
        r#"{"name":"A","timeZone":"Europe/London"}"#,
        r#"{"name":"B","timeZone":"europe/london"}"#,
    ));
    assert_eq!(diff["data"], serde_json::json!({"name": "B"}));
    assert_eq!(json(wasm::default_schedule("")), Value::Null);
    let key = ok(wasm::check(4, 0, r#""Bearer cal_live_0123456789""#));
    assert_eq!(key["issues"][0], "invalid_format");
}

#[wasm_bindgen_test]
fn instance_survives_hostile_input() {
    let deep = format!(
        "{{\"metadata\":{}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert_eq!(ok(wasm::validate_json_text(0, 0, &deep))["success"], false);
    let spaces = format!("{}{{}}", " ".repeat(1 << 20));
    assert_eq!(
        ok(wasm::validate_json_text(0, 1, &spaces))["success"],
        false
    );
    for garbage in [
        "",
        "{",
        "!",
        "{\"a\":!nope}",
        "\u{0}",
        "[[[[",
        "{\"k\":\"\\ud800\"}",
    ] {
        let _ = ok(wasm::validate(0, 0, garbage));
    }
    let ok = ok(wasm::validate(0, 0, r#"{"name":"still works"}"#));
    assert_eq!(ok["data"]["name"], "still works");
}

// ---- UTF-8 validation (src/utf8.rs): the wasm build's SIMD validator against core's --------

/// A byte of each class UTF-8 tells apart: ASCII, each continuation range, each lead (overlong,
/// surrogate and too-large ones included), and bytes no UTF-8 holds.
const BYTE_CLASSES: [u8; 22] = [
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED,
    0xEF, 0xF0, 0xF4, 0xF5, 0xF8, 0xFF,
];

fn same_verdict_as_core(bytes: &[u8]) {
    let ours = cal_profile::internals::utf8_to_str(bytes).map_err(|e| e.valid_up_to());
    let core = core::str::from_utf8(bytes).map_err(|e| e.valid_up_to());
    assert_eq!(ours, core, "{bytes:02x?}");
}

#[wasm_bindgen_test]
fn utf8_every_sequence_of_up_to_four_byte_classes_at_every_offset_around_a_block_boundary() {
    let mut sequence = Vec::with_capacity(4);
    let mut checked = 0u32;
    for len in 1..=4u32 {
        for n in 0..BYTE_CLASSES.len().pow(len) {
            sequence.clear();
            let mut k = n;
            for _ in 0..len {
                sequence.push(BYTE_CLASSES[k % BYTE_CLASSES.len()]);
                k /= BYTE_CLASSES.len();
            }
            // Ending a block, straddling into the next, inside one, and at the very end.
            for at in [0usize, 12, 13, 14, 15, 16, 29] {
                let mut bytes = vec![b'a'; at];
                bytes.extend_from_slice(&sequence);
                same_verdict_as_core(&bytes);
                bytes.extend_from_slice(b"bcdefghijklmnopqrstu");
                same_verdict_as_core(&bytes);
                checked += 2;
            }
        }
    }
    assert!(checked > 3_000_000);
}

/// Characters of every UTF-8 width and at each width's ends, a run of ASCII as long as a SIMD
/// block, Latin-1 and the first character past it, and a space.
const PIECES: [&str; 17] = [
    "a",
    "abcdefghijklmnopq",
    "é",
    "ÿ",
    "Ā",
    "東",
    "😀",
    "\u{7f}",
    "\u{80}",
    "\u{7ff}",
    "\u{800}",
    "\u{ffff}",
    "\u{10000}",
    "\u{10ffff}",
    " ",
    "\u{0}",
    "\u{feff}",
];

/// A xorshift generator from `seed`, for generated text that is the same on every run.
fn xorshift(mut seed: u32) -> impl FnMut() -> u32 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    }
}

/// Text of pieces drawn by `next`, at least `len` bytes long.
fn generated_text(next: &mut impl FnMut() -> u32, len: u32) -> String {
    let mut text = String::new();
    while (text.len() as u32) < len {
        text.push_str(PIECES[next() as usize % PIECES.len()]);
    }
    text
}

#[wasm_bindgen_test]
fn utf8_generated_text_and_its_mutations() {
    // Valid text of every width, then one byte changed, dropped or cut off at each place.
    let mut next = xorshift(0x2545_f491);
    for _ in 0..3_000 {
        let len = next() % 90;
        let bytes = generated_text(&mut next, len).into_bytes();
        same_verdict_as_core(&bytes);
        for i in 0..bytes.len() {
            let mut changed = bytes.clone();
            changed[i] = (next() & 0xFF) as u8;
            same_verdict_as_core(&changed);
            let mut dropped = bytes.clone();
            dropped.remove(i);
            same_verdict_as_core(&dropped);
            same_verdict_as_core(&bytes[..i]);
        }
    }
}

// ---- UTF-8 to UTF-16 (src/transcode.rs): a bytes body's strings back for Node's Buffer ------

#[wasm_bindgen_test]
fn utf8_to_utf16_matches_std_on_generated_text_of_every_width() {
    let mut next = xorshift(0x9e37_79b9);
    let mut out = vec![0u16; 1024];
    for _ in 0..20_000 {
        let len = next() % 200;
        let text = generated_text(&mut next, len);
        let n = cal_profile::internals::utf8_to_utf16(text.as_bytes(), &mut out);
        let want: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(&out[..n], &want[..], "{text:?}");
        let wide = text.chars().any(|c| c > '\u{ff}');
        assert_eq!(
            cal_profile::internals::is_wide(text.as_bytes()),
            wide,
            "{text:?}"
        );
    }
}

// ---- JSON strings: the parser's run scan (16 bytes at a time with SIMD) --------------------

#[wasm_bindgen_test]
fn json_strings_count_utf16_units_and_stop_at_escapes_at_every_offset() {
    use cal_profile::internals::{parse, Dialect, Value};
    // What a string's text may hold: characters of each UTF-8 width, and escapes.
    let pieces: [(&str, &str); 9] = [
        ("a", "a"),
        ("é", "é"),
        ("東", "東"),
        ("😀", "😀"),
        ("\\n", "\n"),
        ("\\\"", "\""),
        ("\\\\", "\\"),
        ("\\u0041", "A"),
        ("\\ud83d\\ude00", "😀"),
    ];
    let fills = ["abcdefgh", "é東😀xy", "😀😀😀😀"];
    for fill in fills {
        for len in 0..40 {
            let base: String = fill.chars().cycle().take(len).collect();
            for at in 0..=base.chars().count() {
                for (text, value) in pieces {
                    let cut = base.char_indices().nth(at).map_or(base.len(), |(i, _)| i);
                    let json = format!("{{\"k\":\"{}{text}{}\"}}", &base[..cut], &base[cut..]);
                    let expected = format!("{}{value}{}", &base[..cut], &base[cut..]);
                    let Ok(Value::Object(o)) = parse(&json, Dialect::Json) else {
                        panic!("{json}")
                    };
                    let Value::String(s) = &o.members[0].1 else {
                        panic!("{json}")
                    };
                    assert_eq!(s.utf16_len(), expected.encode_utf16().count(), "{json}");
                    assert_eq!(s.decode().as_deref(), Some(expected.as_str()), "{json}");
                }
                // A control character as it is (not escaped) ends no run silently: an error.
                let cut = base.char_indices().nth(at).map_or(base.len(), |(i, _)| i);
                let raw = format!("{{\"k\":\"{}\u{1f}{}\"}}", &base[..cut], &base[cut..]);
                assert!(parse(&raw, Dialect::Json).is_err(), "{raw:?}");
            }
        }
    }
}
