//! Bodies for profiling the core: `valgrind --tool=callgrind target/release/examples/errors`.
use cal_profile::internals::{validate_js_text, wire};
use cal_profile::{validate_json, Mode, UPDATE_ME};

fn main() {
    // The benchmark's (b) body: four of the mistakes people really make.
    let invalid = r#"{"name":"Alice Example","timezone":"Europe/Paris","timeFormat":"24","weekStart":"monday","locale":"pt_BR"}"#;
    let members: Vec<String> = (0..50)
        .map(|i| format!("\"key{i}\":\"{}\"", "x".repeat(500)))
        .collect();
    let big = format!("{{\"metadata\":{{{}}}}}", members.join(","));
    // `errors b` or `errors big` profiles one of them alone.
    let only = std::env::args().nth(1).unwrap_or_default();
    for _ in 0..if only == "big" { 0 } else { 2000 } {
        std::hint::black_box(wire(&validate_js_text(&UPDATE_ME, invalid, Mode::Strict)));
    }
    for _ in 0..if only == "b" { 0 } else { 200 } {
        std::hint::black_box(wire(&validate_json(
            &UPDATE_ME,
            big.as_bytes(),
            Mode::Strict,
        )));
    }
}
