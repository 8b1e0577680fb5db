//! Properties that must hold for every input, not only the ones we thought of:
//! - strict mode never accepts what compat mode rejects (product.md §2);
//! - validating a successful `data` again succeeds, with identical `data` in strict mode (compat
//!   mirrors cal.com, whose `CapitalizeTimeZone` is not idempotent: `pacific/ﬁji` is stored as
//!   `Pacific/FIji`, which becomes `Pacific/Fiji` when sent again);
//! - nothing panics, whatever the bytes;
//! - every strict-valid email also passes cal.com v1's regex (strict is at least as strict);
//! - the JSON reader accepts exactly what serde_json accepts;
//! - a string the JS layer keeps on its side (`!s<len>`) changes no verdict: the core answers
//!   exactly as with the text, or asks for the text.
// Test code: a failed unwrap or index is the test failing.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg(not(target_arch = "wasm32"))]

use cal_profile::internals::{
    matches_v1_regex, parse, strict_syntax, validate_js_text, Dialect, Kind, Value,
};
use cal_profile::{validate_json, Mode, ALL_SCHEMAS as ALL, UPDATE_ME};
use proptest::prelude::*;

/// JSON texts of values that sit on or near the rules' boundaries.
fn interesting_value() -> impl Strategy<Value = String> {
    let fixed: Vec<&'static str> = vec![
        "null",
        "true",
        "false",
        "0",
        "-0",
        "1",
        "12",
        "24",
        "12.0",
        "13",
        "1.5",
        "-1",
        "2147483647",
        "2147483648",
        "1e400",
        "\"\"",
        "\"12\"",
        "\" 24 \"",
        "\"0x0c\"",
        "\"abc\"",
        "\"Monday\"",
        "\"monday\"",
        "\"Mon\"",
        "\"Sunday \"",
        "\"Europe/London\"",
        "\"europe/london\"",
        "\"US/Eastern\"",
        "\"Asia/Calcutta\"",
        "\"PST\"",
        "\"Narnia/Woods\"",
        "\"utc\"",
        "\"Etc/GMT+5\"",
        "\"pacific/\u{fb01}ji\"",
        "\"en\"",
        "\"pt-BR\"",
        "\"pt_BR\"",
        "\"iw\"",
        "\"alice@example.com\"",
        "\"Alice@Example.COM\"",
        "\"not-an-email\"",
        "\"a,b@c.com\"",
        "\"https://cal.com/a.png\"",
        "\"cal.com/a.png\"",
        "\"ftp://x.com/a\"",
        "\"javascript:alert(1)\"",
        "\"//x.com/a\"",
        "\"\\ud800\"",
        "\"😀\"",
        "[]",
        "[12]",
        "{}",
        "{\"k\":\"v\"}",
        "{\"k\":null}",
        "{\"__proto__\":\"x\"}",
        "{\"toString\":1}",
        "{\"constructor\":\"x\"}",
        "{\"a\":1,\"a\":2}",
        "\"#fff\"",
        "\"#zzz\"",
        "\"dark\"",
        "\"ADMIN\"",
        "\"2024-05-01T09:30:00Z\"",
        "\"cal_live_0123456789abcdef\"",
    ];
    prop_oneof![
        3 => proptest::sample::select(fixed).prop_map(str::to_owned),
        1 => "[a-zA-Z0-9 _/@.:-]{0,12}".prop_map(|s| format!("\"{s}\"")),
        1 => any::<i32>().prop_map(|n| n.to_string()),
        1 => proptest::collection::vec(("[a-z_]{0,41}", "[a-z]{0,3}"), 0..4).prop_map(|kv| {
            let members: Vec<String> = kv.iter().map(|(k, v)| format!("\"{k}\":\"{v}\"")).collect();
            format!("{{{}}}", members.join(","))
        }),
    ]
}

fn key() -> impl Strategy<Value = String> {
    let names: Vec<&'static str> = ALL
        .iter()
        .flat_map(|s| s.field_names())
        .chain(["timezone", "time_zone", "__proto__", "password", "x"])
        .collect();
    prop_oneof![4 => proptest::sample::select(names).prop_map(str::to_owned), 1 => "[a-zA-Z]{1,10}"]
}

fn body() -> impl Strategy<Value = String> {
    proptest::collection::vec((key(), interesting_value()), 0..8).prop_map(|members| {
        let m: Vec<String> = members
            .iter()
            .map(|(k, v)| format!("\"{k}\":{v}"))
            .collect();
        format!("{{{}}}", m.join(","))
    })
}

/// `v` as the JS layer writes it, every unescaped string value kept (`!s<len>`) when `keep`.
fn js_text(v: &Value<'_>, keep: bool, kept: &mut Vec<String>) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.text.to_owned(),
        Value::String(s) if keep && !s.raw().contains('\\') => {
            kept.push(s.raw().to_owned());
            format!("!s{}", s.utf16_len())
        }
        Value::String(s) => format!("\"{}\"", s.raw()),
        Value::Object(o) => {
            let members: Vec<String> = o
                .members
                .iter()
                .map(|(k, v)| format!("\"{}\":{}", k.raw(), js_text(v, keep, kept)))
                .collect();
            format!("{{{}}}", members.join(","))
        }
        Value::Other(Kind::Array) => "!array".into(),
        Value::Other(_) => "!object".into(),
    }
}

/// The result text with each reference `[i]` replaced by the kept string it points at (the
/// generated bodies hold no brackets inside strings, and no validated data holds an array).
fn resolve(result: &str, kept: &[String]) -> String {
    let mut out = String::new();
    let mut rest = result;
    while let Some(open) = rest.find('[') {
        let close = open + rest[open..].find(']').unwrap();
        out.push_str(&rest[..open]);
        match rest[open + 1..close].parse::<usize>() {
            Ok(i) => out.push_str(&format!("\"{}\"", kept[i])),
            Err(_) => out.push_str(&rest[open..=close]),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out.replace(",\"refs\":true", "")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn kept_strings_change_no_verdict(body in body(), which in 0usize..ALL.len(), compat in any::<bool>()) {
        let schema = ALL[which];
        let mode = if compat { Mode::Compat } else { Mode::Strict };
        let value = parse(&body, Dialect::Json).unwrap();
        let whole = validate_js_text(schema, &js_text(&value, false, &mut Vec::new()), mode).to_json();
        let mut kept = Vec::new();
        let kept_text = js_text(&value, true, &mut kept);
        let answer = validate_js_text(schema, &kept_text, mode).to_json();
        if answer != r#"{"retry":true}"# {
            prop_assert_eq!(resolve(&answer, &kept), whole, "{} {:?}: {}", schema.name(), mode, kept_text);
        }
    }

    #[test]
    fn strict_accepts_only_what_compat_accepts(body in body(), which in 0usize..ALL.len()) {
        let schema = ALL[which];
        let strict = validate_json(schema, body.as_bytes(), Mode::Strict);
        let compat = validate_json(schema, body.as_bytes(), Mode::Compat);
        prop_assert!(!strict.is_success() || compat.is_success(), "{}: strict accepts, compat rejects {body}: {:?}", schema.name(), compat.issues);
    }

    #[test]
    fn data_validates_again_to_itself(body in body(), which in 0usize..ALL.len(), compat in any::<bool>()) {
        let schema = ALL[which];
        let mode = if compat { Mode::Compat } else { Mode::Strict };
        let first = validate_json(schema, body.as_bytes(), mode);
        if let Some(data) = first.data_json() {
            let again = validate_json(schema, data.as_bytes(), mode);
            prop_assert!(again.is_success(), "{} {:?}: {} -> {:?}", schema.name(), mode, body, again.issues);
            if mode == Mode::Strict {
                prop_assert_eq!(again.data_json(), Some(data), "{}: {}", schema.name(), body);
            }
        }
    }

    #[test]
    fn no_panic_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..256), which in 0usize..ALL.len()) {
        for mode in [Mode::Strict, Mode::Compat] {
            let out = validate_json(ALL[which], &bytes, mode);
            prop_assert!(out.is_success() || !out.issues.is_empty());
            let _ = out.to_json();
        }
    }

    #[test]
    fn no_panic_on_json_like_text(text in "[{}\\[\\]\",:a-z0-9\\\\u. -]{0,64}", which in 0usize..ALL.len()) {
        for mode in [Mode::Strict, Mode::Compat] {
            let out = validate_json(ALL[which], text.as_bytes(), mode);
            prop_assert!(out.is_success() || !out.issues.is_empty());
        }
    }

    #[test]
    fn strict_emails_pass_the_v1_regex(local in "[a-zA-Z0-9_+.'-]{1,20}", domain in "[a-zA-Z0-9-]{1,10}(\\.[a-zA-Z0-9-]{1,10}){0,2}\\.[a-zA-Z]{2,4}") {
        let email = format!("{local}@{domain}");
        if strict_syntax(&email).is_ok() {
            prop_assert!(matches_v1_regex(&email), "{email}");
        }
    }

    #[test]
    fn reader_agrees_with_serde_json(text in "[{}\\[\\]\",:a-c0-9.eE+ -]{0,40}|\\{(\"[a-c]\":(-?[0-9]{1,3}(\\.[0-9])?|\"[a-c\\\\n]{0,3}\"|\\[\\]|\\{\\}|true|null),?){0,4}\\}") {
        let ours = parse(&text, Dialect::Json).is_ok();
        let theirs = serde_json::from_str::<serde::de::IgnoredAny>(&text).is_ok();
        prop_assert_eq!(ours, theirs, "{}", text);
    }
}

#[test]
fn compat_time_zone_normalisation_is_not_idempotent_like_cal_com_s() {
    let first = validate_json(
        &UPDATE_ME,
        "{\"timeZone\":\"pacific/\u{fb01}ji\"}".as_bytes(),
        Mode::Compat,
    );
    assert_eq!(first.data_json(), Some(r#"{"timeZone":"Pacific/FIji"}"#));
    let again = validate_json(
        &UPDATE_ME,
        first.data_json().unwrap().as_bytes(),
        Mode::Compat,
    );
    assert_eq!(again.data_json(), Some(r#"{"timeZone":"Pacific/Fiji"}"#));
}

#[test]
fn strict_and_compat_agree_on_a_realistic_valid_body() {
    let body = br#"{"name":"Alice","timeZone":"Europe/Rome","weekStart":"Monday","timeFormat":24,"locale":"it","metadata":{"plan":"pro","seats":3,"beta":true}}"#;
    for mode in [Mode::Strict, Mode::Compat] {
        let out = validate_json(&UPDATE_ME, body, mode);
        assert!(out.is_success(), "{mode:?}: {:?}", out.issues);
        let model: cal_profile::models::UpdateMeInput =
            serde_json::from_str(out.data_json().unwrap()).unwrap();
        assert_eq!(
            model.time_format,
            Some(cal_profile::models::TimeFormat::H24)
        );
        assert_eq!(model.metadata.unwrap().0.len(), 3);
    }
}
