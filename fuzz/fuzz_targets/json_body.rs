//! Raw request bodies through every schema in both modes: no panic, and the invariants hold
//! (a result is a success or names issues; strict success implies compat success; data validates
//! again; the JS result text is valid JSON for our own reader).
#![no_main]

use cal_profile::json::{parse, Dialect};
use cal_profile::schemas::ALL;
use cal_profile::{validate_json, Mode};
use libfuzzer_sys::fuzz_target;


fuzz_target!(|data: &[u8]| {
    for schema in ALL {
        let strict = validate_json(schema, data, Mode::Strict);
        let compat = validate_json(schema, data, Mode::Compat);
        assert!(strict.is_success() || !strict.issues.is_empty());
        assert!(compat.is_success() || !compat.issues.is_empty());
        assert!(!strict.is_success() || compat.is_success(), "strict ⊄ compat for {}", schema.name);
        for (mode, out) in [(Mode::Strict, &strict), (Mode::Compat, &compat)] {
            let text = out.to_json();
            assert!(parse(&text, Dialect::Json).is_ok(), "result is not JSON: {text}");
            if let Some(d) = out.data_json() {
                assert!(validate_json(schema, d.as_bytes(), mode).is_success(), "data fails again: {d}");
            }
        }
    }
});
