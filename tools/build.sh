#!/usr/bin/env bash
# One build: the crate for wasm32 (release), wasm-bindgen --target web, wasm-opt -Oz, then
# dist/extension/ (Chrome, Edge), dist/firefox/ (derived manifest), the store zips, dist/www/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$(tools/setup.sh build | tail -n 1):$PATH"

say() { printf '\033[1m[build]\033[0m %s\n' "$*"; }

say "cargo build (wasm32, profile wasm)"
# Panic locations name dependencies' files as `<crate>-<version>/src/…`, not by where cargo keeps
# them on this machine: shorter (issue 22), and the same module whoever builds it.
remap=""
for source in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  remap+=" --remap-path-prefix=$source="
done
RUSTFLAGS="${RUSTFLAGS:-}$remap" cargo build --quiet --lib --profile wasm --target wasm32-unknown-unknown -p ssobridge

rm -rf dist/pkg dist/extension dist/firefox dist/www
mkdir -p dist/pkg
say "wasm-bindgen --target web"
wasm-bindgen --target web --out-dir dist/pkg target/wasm32-unknown-unknown/wasm/ssobridge.wasm
say "wasm-opt -Oz"
# -ocimfs 0: no inlining of functions merely because they have one caller. Binaryen's default
# inlines them whatever their size; on this module that made it 24 KiB larger gzipped (331,050 ->
# 307,220 B; raw 845 -> 855 KB) for no measurable speed (inspect within noise).
# --low-memory-unused: constant address offsets folded into loads and stores (binaryen may then
# assume no address computation wraps around into the first KiB, which Rust's never do: its
# pointers are in bounds by construction); 547,488 -> 545,970 B, 204,222 -> 203,780 B gzipped (gzip -9).
# wasm-bindgen drops the target-features section, so name the features rustc's wasm32 target
# enables by default (Rust 1.82+), or wasm-opt rejects memory.copy and friends.
node_modules/.bin/wasm-opt -Oz -ocimfs 0 --low-memory-unused --strip-debug --strip-producers \
  --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types \
  dist/pkg/ssobridge_bg.wasm -o dist/pkg/ssobridge_bg.wasm

say "assembling dist/extension, dist/firefox, dist/www"
python3 tools/assemble.py
