//! Text in the JS boundary's dialect (JSON plus `!kind` tags), as `validateUpdateMe` sends it.
#![no_main]

use cal_profile::internals::validate_js_text;
use cal_profile::{Mode, UPDATE_ME};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for mode in [Mode::Strict, Mode::Compat] {
        let out = validate_js_text(&UPDATE_ME, text, mode);
        assert!(out.is_success() || !out.issues.is_empty());
        let _ = out.to_json();
    }
});
