//! Every field rule and helper on arbitrary strings (the first byte picks the rule): time zones
//! (strict, compat, v1, the form check, CapitalizeTimeZone, suggestions), email, avatar URL
//! (validator.js isURL on UTF-16), locale, week start, time format (JS `Number()`), API key, ISO
//! date, brand colour, metadata, and the diff helper.
#![no_main]

use cal_profile::internals::{
    self as rules, check_value, default_schedule_json, diff_update_json, Rule,
};
use cal_profile::{check_time_zone, Mode};
use libfuzzer_sys::fuzz_target;

const RULES: &[Rule] = &[
    rules::time_zone::v2,
    rules::time_zone::v1,
    rules::email::v2,
    rules::avatar_url::check,
    rules::locale::v2,
    rules::week_start::update,
    rules::time_format::update,
    rules::schedule_id::check,
    rules::metadata::check,
    rules::api_key::check,
    rules::iso_date::check,
    rules::brand_color::check,
    rules::v1::email,
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(s) = std::str::from_utf8(rest) else { return };
    let rule = RULES[usize::from(pick) % RULES.len()];
    // The value as a JSON string, and the raw text as a JSON value (objects for metadata).
    let mut quoted = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if (c as u32) < 0x20 => quoted.push_str(&format!("\\u{:04x}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    for mode in [Mode::Strict, Mode::Compat] {
        for text in [quoted.as_str(), s] {
            let out = check_value(rule, text, mode);
            assert!(out.is_success() || !out.issues.is_empty());
        }
    }
    let zone = check_time_zone(s);
    assert!(zone.suggestions.len() <= 3);
    assert_eq!(zone.valid, zone.canonical.is_some());
    let _ = rules::time_zone::capitalize::capitalize(s);
    let _ = rules::avatar_url::is_url(&s.encode_utf16().collect::<Vec<_>>());
    let _ = default_schedule_json(s);
    let _ = diff_update_json(s, s);
});
