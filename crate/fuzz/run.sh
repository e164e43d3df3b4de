#!/usr/bin/env bash
# Runs each fuzz target for N seconds (default 60), seeded with the real fixtures.
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP lets the stable toolchain here provide them.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
fixtures=../../tests/fixtures
mkdir -p corpus/metadata corpus/certificate
cp "$fixtures"/metadata/*.xml "$fixtures"/metadata/derived/*.xml corpus/metadata/
cp "$fixtures"/certs/*.cer "$fixtures"/certs/derived/*.cer corpus/certificate/
for target in metadata certificate; do
  echo "== $target, ${seconds}s"
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "corpus/$target" -- -max_total_time="$seconds" -max_len=65536 2>&1 \
    | grep -E "^#[0-9]+.*(DONE|pulse)|Done [0-9]+ runs|SUMMARY|crash-|panicked" | tail -n 3
done
