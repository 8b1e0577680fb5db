//! Times the core alone (no JS) on the benchmark's typical bodies: `cargo run --release --example profile`.
use cal_profile::internals::validate_js_text;
use cal_profile::{validate_json, Mode, UPDATE_ME};
use std::time::Instant;

fn time(name: &str, f: impl Fn()) {
    for _ in 0..10_000 {
        f();
    }
    let n = 200_000;
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    println!(
        "{name:<28} {:>8.0} ns/call",
        t.elapsed().as_nanos() as f64 / n as f64
    );
}

fn main() {
    let valid = r#"{"name":"Alice Example","timeZone":"Europe/Rome","weekStart":"Monday","timeFormat":24,"locale":"it","metadata":{"plan":"pro","seats":3,"beta":true,"team":"growth","ref":"newsletter"}}"#;
    let invalid =
        r#"{"timeFormat":13,"weekStart":"monday","locale":"EN","timeZone":"Narnia/Woods"}"#;
    time("valid, strict (JS text)", || {
        drop(validate_js_text(&UPDATE_ME, valid, Mode::Strict).to_json())
    });
    time("valid, compat (JSON)", || {
        drop(validate_json(&UPDATE_ME, valid.as_bytes(), Mode::Compat).to_json())
    });
    time("4 errors, strict", || {
        drop(validate_json(&UPDATE_ME, invalid.as_bytes(), Mode::Strict).to_json())
    });
    time("time zone lookup", || {
        drop(cal_profile::check_time_zone("america/new_york"))
    });
}
