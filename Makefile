# cal-profile: `make demo` builds everything and serves the demo; `make test` runs every test.
# Every target installs what it needs itself, idempotently (CI starts from a fresh clone).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

WASM_TARGET := wasm32-unknown-unknown
# The wasm-bindgen CLI must be the exact version of the wasm-bindgen crate in Cargo.lock.
WB_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/"/, "", $$3); print $$3}' Cargo.lock)
WASM := target/$(WASM_TARGET)/release/cal_profile.wasm
NODE_BIN := node_modules/.bin
CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: help setup setup-rust setup-node setup-chromium pkg demo test test-rust test-wasm test-js test-demo test-ecosystem lint bench soak fuzz clean

help:
	@echo "make demo   build the package and serve the demo on http://127.0.0.1:8080"
	@echo "make test   every test (installs what it needs)"
	@echo "make pkg    build the npm package into pkg/"
	@echo "make bench  benchmarks against zod, valibot, ajv, class-validator"
	@echo "make soak   10^7 calls, memory must stay flat"
	@echo "make fuzz   cargo-fuzz targets and the JS fast path against the core (FUZZ_SECONDS each, default 60)"

setup: setup-rust setup-node

setup-rust:
	@rustup target list --installed | grep -qx '$(WASM_TARGET)' || rustup target add $(WASM_TARGET)
	@if [ "$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}')" != "$(WB_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WB_VERSION) (must equal the wasm-bindgen crate in Cargo.lock)"; \
	  cargo install wasm-bindgen-cli --version $(WB_VERSION); \
	fi

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

setup-node: node_modules/.package-lock.json

setup-chromium:
	@if [ ! -x $(CHROMIUM) ] || [ ! -x $(CHROMEDRIVER) ]; then \
	  echo "installing Chromium from apt"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

# ---- the package ---------------------------------------------------------------------------

PKG_OUT := pkg/cal_profile_bg.wasm
RUST_SRC := $(shell find src -name '*.rs') Cargo.toml Cargo.lock .cargo/config.toml

PKG_ENTRIES := pkg/index.js pkg/node.js pkg/node.cjs pkg/workerd.js pkg/edge-light.js pkg/index.d.ts pkg/index.d.cts

pkg: $(PKG_ENTRIES)

$(PKG_OUT): $(RUST_SRC) | setup-rust setup-node
	cargo build --release --target $(WASM_TARGET)
	@v=$$(wasm-bindgen --version | awk '{print $$2}'); if [ "$$v" != "$(WB_VERSION)" ]; then \
	  echo "wasm-bindgen CLI $$v != crate $(WB_VERSION): run 'cargo install wasm-bindgen-cli --version $(WB_VERSION)'"; exit 1; fi
	wasm-bindgen --target web --out-dir pkg --out-name cal_profile $(WASM)
	@# --low-memory-unused: rustc puts the 1 MiB stack first, growing down from 1 MiB, so the low
	@# 1 KiB is never addressed and constant offsets fold into loads and stores (-350 B gzip).
	$(NODE_BIN)/wasm-opt -Oz --converge --low-memory-unused --strip-debug --strip-producers -o $(PKG_OUT) $(PKG_OUT)
	@rm -f pkg/cal_profile_bg.wasm.d.ts
	@# The model types (tsify) without wasm-bindgen's init types, which need the DOM lib.
	awk '/^export type InitInput/{exit} {print}' pkg/cal_profile.d.ts > pkg/models.d.ts
	@printf 'pkg: wasm %s bytes (gzip -9: %s), glue %s bytes (gzip -9: %s)\n' \
	  $$(wc -c < $(PKG_OUT)) $$(gzip -9c $(PKG_OUT) | wc -c) $$(wc -c < pkg/cal_profile.js) $$(gzip -9c pkg/cal_profile.js | wc -c)

# The JS layer's modules, bundled into every entry by build-pkg.mjs (protocol.js is generated from
# src/protocol.rs: `UPDATE_PROTOCOL=1 cargo test --lib protocol`).
PKG_JS := pkg/api.js pkg/core.js pkg/input.js pkg/read.js pkg/fast.js pkg/protocol.js pkg/wire.js pkg/instance.js pkg/browser-wasm.js
pkg/%.js: js/%.js
	cp $< $@

# Every entry and both declaration files come from one script (see its header for which runtime
# loads which entry); all are bundles of the glue and api.js, so each runtime loads one module.
$(PKG_ENTRIES) &: scripts/build-pkg.mjs $(wildcard js/entries/*.js) $(wildcard js/locales/*) js/api.d.ts $(PKG_JS) $(PKG_OUT) README.md LICENSE | setup-node
	node scripts/build-pkg.mjs
	@printf 'pkg: index.js %s bytes (gzip -9: %s), node.js %s bytes\n' \
	  $$(wc -c < pkg/index.js) $$(gzip -9c pkg/index.js | wc -c) $$(wc -c < pkg/node.js)

# ---- the demo ------------------------------------------------------------------------------

demo: pkg
	node server/server.mjs

# ---- tests ---------------------------------------------------------------------------------

test: lint test-rust test-wasm test-js test-demo test-ecosystem
	@echo "make test: all suites passed"

lint: | setup-rust
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target $(WASM_TARGET) --all-targets -- -D warnings

test-rust:
	cargo test

test-wasm: pkg setup-chromium
	cargo test --target $(WASM_TARGET)
	WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=$(CHROMEDRIVER) cargo test --target $(WASM_TARGET)

test-js: pkg setup-chromium
	node tests/oracle/check-public.mjs tests/vectors/update-me.json tests/vectors/create-managed-user.json tests/vectors/v1-users.json
	node --test tests/js/
	$(NODE_BIN)/tsc -p tests/types/tsconfig.json
	@# A short soak (10^5 calls, a few seconds), so that `make soak` cannot quietly stop running.
	node --expose-gc tests/soak/soak.mjs 100000

test-demo: pkg setup-chromium
	node --test --test-concurrency=1 tests/demo/

# The packed tarball installed into fixture projects of the stacks integrators run (tests/ecosystem/,
# its own lockfile): runtimes, bundlers, frameworks, edge workers, typed form libraries.
ECO := tests/ecosystem

$(ECO)/node_modules/.package-lock.json: $(ECO)/package-lock.json
	cd $(ECO) && npm ci --no-audit --no-fund
	@touch $@

test-ecosystem: pkg setup-chromium $(ECO)/node_modules/.package-lock.json
	node $(ECO)/install-tarball.mjs
	node --test --test-concurrency=1 $(ECO)/*.test.mjs

# ---- performance and hardening -------------------------------------------------------------

bench: pkg setup-chromium
	cd bench && npm ci --no-audit --no-fund && node run.mjs

soak: pkg
	node --expose-gc tests/soak/soak.mjs

fuzz: pkg
	cd fuzz && ./run.sh $${FUZZ_SECONDS:-60}
	@# The fast path against the core, with fresh seeds (tests/js/fast-path.test.mjs).
	FAST_PATH_FUZZ_SECONDS=$${FUZZ_SECONDS:-60} node --test tests/js/fast-path.test.mjs

clean:
	cargo clean
	rm -rf pkg/cal_profile* pkg/api.* $(PKG_JS) node_modules test-output
