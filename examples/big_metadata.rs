//! The benchmark's (c) body as the JS layer sends it (50 kept 500-unit strings), repeated:
//! `valgrind --tool=callgrind target/release/examples/big_metadata`.
use cal_profile::internals::validate_js_text;
use cal_profile::{Mode, UPDATE_ME};

fn main() {
    let mut body = String::from(
        r#"{"name":"Alice Example","bio":"Scheduling enthusiast.","timeZone":"Europe/Berlin","weekStart":"Sunday","timeFormat":12,"locale":"de","metadata":{"#,
    );
    for i in 0..50 {
        let key: String = format!("field_{i}_abcdefghijklmnopqrstuvwxyz0123456789")
            .chars()
            .take(10 + (i * 7) % 31)
            .collect();
        body.push_str(&format!(
            r#"{}"{key}":!s500"#,
            if i == 0 { "" } else { "," }
        ));
    }
    body.push_str("}}");
    for _ in 0..2000 {
        std::hint::black_box(
            validate_js_text(&UPDATE_ME, std::hint::black_box(&body), Mode::Strict).to_json(),
        );
    }
}
