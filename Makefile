# ssobridge: every command a developer or CI runs. Each target installs what it needs.
SHELL := /bin/bash
.DEFAULT_GOAL := help
TOOLS_BIN = $(shell tools/setup.sh $(1) | tail -n 1)

.PHONY: help build test demo screenshots bench lint lint-js test-native test-wasm test-e2e test-firefox test-packages lint-firefox fuzz clean

help:
	@echo "make demo   build, then run the main job headless on the replica pages (screenshots in dist/demo/, the README's pictures in dist/demo/docs/)"
	@echo "make screenshots  build, then take the README's pictures from the replicas into docs/ (with docs/screenshots.stamp)"
	@echo "make test   every test: native, wasm in headless Chromium, end-to-end through the built extension in Chromium and Firefox"
	@echo "make build  the loadable extension in dist/extension/ (and dist/firefox/, zips, dist/www/)"
	@echo "make bench  speed and size figures"
	@echo "make lint   rustfmt and clippy (make lint-js: the JS shell against the generated types, after build)"
	@echo "make fuzz   run each cargo-fuzz target for FUZZ_SECONDS (default 60)"

build:
	tools/build.sh

test:
	tools/setup.sh test >/dev/null
	$(MAKE) lint build
	$(MAKE) lint-js lint-firefox test-packages test-native test-wasm test-e2e test-firefox

test-native:
	cargo test --workspace

# The store zips against dist/extension/ and dist/firefox/, and reproducible (after build).
test-packages:
	python3 tests/packages_test.py

# crate/tests/fetch.rs fetches from tests/fetch-server.mjs, whose origin is compiled into it: a
# fixed port, so the tests are not rebuilt on every run.
test-wasm: FETCH_TEST_PORT ?= 47913
test-wasm:
	exec 3< <(exec node tests/fetch-server.mjs $(FETCH_TEST_PORT)); server=$$!; \
	trap 'kill $$server' EXIT; \
	read -r -t 10 ready <&3 && [ "$$ready" = ready ] || { echo "tests/fetch-server.mjs did not start" >&2; exit 1; }; \
	PATH="$(call TOOLS_BIN,test):$$PATH" SSOBRIDGE_FETCH_SERVER=http://127.0.0.1:$(FETCH_TEST_PORT) \
	  cargo test -p ssobridge --test wasm --test fetch --target wasm32-unknown-unknown

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

# Debian's firefox-esr with dist/firefox/ installed unmodified, driven by puppeteer-core over
# WebDriver BiDi. SSOBRIDGE_FIREFOX_EXTENSION=DIR tests another build of it instead.
test-firefox:
	tools/setup.sh test >/dev/null
	node --test --test-concurrency=1 tests/firefox/

# The JavaScript shell type-checked against the TypeScript definitions generated from the Rust
# types (dist/pkg/ssobridge.d.ts): a field renamed in Rust fails here.
lint-js:
	node_modules/.bin/tsc -p tsconfig.json

# AMO's linter on the Firefox build: any error or warning fails.
lint-firefox:
	node_modules/.bin/web-ext lint --source-dir dist/firefox --no-input --warnings-as-errors --boring

demo: build
	tools/setup.sh test >/dev/null
	node tests/e2e/demo.mjs
	# The README's pictures of this run go to dist/, not docs/: the demo leaves the tree clean.
	SSOBRIDGE_SCREENSHOTS_DIR=dist/demo/docs node tests/e2e/screenshots.mjs

# The README's pictures (docs/*.png) and their stamp; tests/e2e/screenshots.test.mjs fails when
# the UI sources change without new pictures.
screenshots: build
	tools/setup.sh test >/dev/null
	node tests/e2e/screenshots.mjs

# Every figure of the performance goals, written to BENCHMARKS.md (results in dist/bench/*.json).
# Measured, never asserted. BENCH_QUICK=1 runs fewer repetitions.
bench: build
	tools/setup.sh test >/dev/null
	# The scripts measure a copy of this build, so a rebuild while they run changes nothing.
	rm -rf dist/bench && mkdir -p dist/bench/dist && cp -a dist/extension dist/firefox dist/www dist/pkg dist/bench/dist/
	set -o pipefail; cargo run --quiet --release -p ssobridge --example bench | tee dist/bench/native.txt
	export SSOBRIDGE_BENCH_DIST=dist/bench/dist; \
	node tests/bench/callgrind.mjs && node tests/bench/size.mjs && node tests/bench/boundary.mjs && node tests/bench/inspect.mjs && \
	node tests/bench/idle.mjs && node tests/bench/churn.mjs && node tests/bench/churn-firefox.mjs && node tests/bench/wait.mjs && node tests/bench/report.mjs

lint:
	tools/setup.sh build >/dev/null
	cargo fmt --all --check
	cargo clippy --quiet -p ssobridge -p ssobridge-parse -p ssobridge-json --all-targets -- -D warnings
	cargo clippy --quiet -p ssobridge -p ssobridge-parse -p ssobridge-json --lib --tests --target wasm32-unknown-unknown -- -D warnings

fuzz:
	crate/fuzz/run.sh $${FUZZ_SECONDS:-60}

clean:
	rm -rf dist target node_modules
