#!/usr/bin/env bash
# Runs every fuzz target for $1 seconds (default 60) with the nightly toolchain, keeping the corpus.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
rustup toolchain list | grep -q nightly || rustup toolchain install nightly --profile minimal
for t in json_body js_value field_rules; do
  echo "== $t for ${secs}s"
  cargo +nightly fuzz run "$t" "corpus/$t" -- -max_total_time="$secs" -max_len=4096 2>&1 | tail -n 4
done
