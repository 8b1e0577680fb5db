//! The benchmark's typical valid body, repeated: `valgrind --tool=callgrind target/release/examples/valid`.
use cal_profile::internals::validate_js_text;
use cal_profile::{Mode, UPDATE_ME};

fn main() {
    let valid = r#"{"name":"Alice Example","timeZone":"Europe/Rome","weekStart":"Monday","timeFormat":24,"locale":"it","metadata":{"plan":"pro","seats":3,"beta":true,"team":"growth","ref":"newsletter"}}"#;
    for _ in 0..2000 {
        std::hint::black_box(
            validate_js_text(&UPDATE_ME, std::hint::black_box(valid), Mode::Strict).to_json(),
        );
    }
}
