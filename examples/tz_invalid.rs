//! The benchmark's 200 invalid time-zone strings (with suggestions), repeated:
//! `valgrind --tool=callgrind target/release/examples/tz_invalid /tmp/invalid.json`.
fn main() {
    let Some(text) = std::env::args()
        .nth(1)
        .and_then(|p| std::fs::read_to_string(p).ok())
    else {
        eprintln!("usage: tz_invalid FILE (a JSON array of strings)");
        return;
    };
    let names: Vec<String> = text
        .trim_matches(|c| c == '[' || c == ']')
        .split("\",\"")
        .map(|s| s.trim_matches('"').replace("\\\\", "\\"))
        .collect();
    for _ in 0..20 {
        for n in &names {
            std::hint::black_box(cal_profile::check_time_zone(std::hint::black_box(n)));
        }
    }
}
