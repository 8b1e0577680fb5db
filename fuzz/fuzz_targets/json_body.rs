//! Raw request bodies through every schema in both modes: no panic, and the invariants hold
//! (a result is a success or names issues; strict success implies compat success; data validates
//! again; the JS result text is valid JSON for our own reader). A body that is UTF-8 also goes
//! through the JS-string entry, whose data points at slices of the text: the same verdict, and the
//! same data once the slices are filled in.
#![no_main]

use cal_profile::internals::{parse, validate_json_text_for_js, Dialect};
use cal_profile::{validate_json, Mode, Outcome, ALL_SCHEMAS as ALL};
use libfuzzer_sys::fuzz_target;

/// `data` with each `[start,end]` reference (outside strings) replaced by that slice of `units`.
fn fill(data: &str, units: &[u16]) -> String {
    let (mut out, mut in_string, mut escaped) = (String::new(), false, false);
    let mut chars = data.char_indices();
    while let Some((i, c)) = chars.next() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
            out.push(c);
        } else if c == '[' {
            let end = i + data[i..].find(']').expect("closed reference");
            let (a, b) = data[i + 1..end].split_once(',').expect("two offsets");
            let slice = &units[a.parse::<usize>().unwrap()..b.parse::<usize>().unwrap()];
            out.push('"');
            out.push_str(&String::from_utf16(slice).expect("a whole string"));
            out.push('"');
            while chars.next().is_some_and(|(j, _)| j < end) {}
        } else {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn same_verdict(bytes: &Outcome, text: &Outcome, body: &str) {
    assert_eq!(bytes.is_success(), text.is_success());
    assert_eq!(bytes.issues, text.issues);
    assert_eq!(bytes.warnings, text.warnings);
    let units: Vec<u16> = body.encode_utf16().collect();
    let filled = text.data_json().map(|d| fill(d, &units));
    assert_eq!(bytes.data_json(), filled.as_deref());
}


fuzz_target!(|data: &[u8]| {
    for schema in ALL {
        let strict = validate_json(schema, data, Mode::Strict);
        let compat = validate_json(schema, data, Mode::Compat);
        assert!(strict.is_success() || !strict.issues.is_empty());
        assert!(compat.is_success() || !compat.issues.is_empty());
        assert!(!strict.is_success() || compat.is_success(), "strict ⊄ compat for {}", schema.name());
        if let Ok(body) = std::str::from_utf8(data) {
            same_verdict(&strict, &validate_json_text_for_js(schema, body, Mode::Strict), body);
            same_verdict(&compat, &validate_json_text_for_js(schema, body, Mode::Compat), body);
        }
        for (mode, out) in [(Mode::Strict, &strict), (Mode::Compat, &compat)] {
            let text = out.to_json();
            assert!(parse(&text, Dialect::Json).is_ok(), "result is not JSON: {text}");
            if let Some(d) = out.data_json() {
                assert!(validate_json(schema, d.as_bytes(), mode).is_success(), "data fails again: {d}");
            }
        }
    }
});
