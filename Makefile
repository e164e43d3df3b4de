# ssobridge: every command a developer or CI runs. Each target installs what it needs.
SHELL := /bin/bash
.DEFAULT_GOAL := help
TOOLS_BIN = $(shell tools/setup.sh $(1) | tail -n 1)

.PHONY: help build test demo bench lint test-native test-wasm test-e2e fuzz clean

help:
	@echo "make demo   build, then run the main job headless on the replica pages (screenshots in dist/demo/)"
	@echo "make test   every test: native, wasm in headless Chromium, end-to-end through the built extension"
	@echo "make build  the loadable extension in dist/extension/ (and dist/firefox/, zips, dist/www/)"
	@echo "make bench  speed and size figures"
	@echo "make lint   rustfmt and clippy"
	@echo "make fuzz   run each cargo-fuzz target for FUZZ_SECONDS (default 60)"

build:
	tools/build.sh

test:
	tools/setup.sh test >/dev/null
	$(MAKE) lint build
	$(MAKE) test-native test-wasm test-e2e

test-native:
	cargo test --workspace --exclude ssobridge-wasm-bindgen-cli

test-wasm:
	PATH="$(call TOOLS_BIN,test):$$PATH" cargo test -p ssobridge --test wasm --target wasm32-unknown-unknown

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

demo: build
	tools/setup.sh test >/dev/null
	node tests/e2e/demo.mjs

bench: build
	cargo run --quiet --release -p ssobridge --example bench
	node tests/bench/wasm-bench.mjs

lint:
	tools/setup.sh build >/dev/null
	cargo fmt --all --check
	cargo clippy --quiet -p ssobridge --all-targets -- -D warnings
	cargo clippy --quiet -p ssobridge --lib --tests --target wasm32-unknown-unknown -- -D warnings

fuzz:
	crate/fuzz/run.sh $${FUZZ_SECONDS:-60}

clean:
	rm -rf dist target node_modules
