//! Bodies for profiling the core: `valgrind --tool=callgrind target/release/examples/errors`.
use cal_profile::{validate_js_text, validate_json, Mode, UPDATE_ME};

fn main() {
    let invalid =
        r#"{"timeFormat":13,"weekStart":"monday","locale":"EN","timeZone":"Narnia/Woods"}"#;
    let members: Vec<String> = (0..50)
        .map(|i| format!("\"key{i}\":\"{}\"", "x".repeat(500)))
        .collect();
    let big = format!("{{\"metadata\":{{{}}}}}", members.join(","));
    for _ in 0..200 {
        std::hint::black_box(validate_json(&UPDATE_ME, invalid.as_bytes(), Mode::Strict).to_json());
        std::hint::black_box(validate_js_text(&UPDATE_ME, &big, Mode::Strict).to_json());
    }
}
