#!/usr/bin/env bash
# Runs each fuzz target for N seconds (default 60), from the committed corpus (corpus/<target>,
# minimised) plus the real fixtures, in a scratch corpus under target/corpus/ (ignored): the
# committed corpus changes only when someone minimises into it on purpose (SECURITY.md).
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP lets the stable toolchain here provide them.
# No AddressSanitizer by default (FUZZ_SANITIZER=address turns it on): the crate forbids unsafe
# code, so ASan could only catch memory errors in dependencies and std, at a fraction of the
# speed. Debug assertions and overflow checks stay on (cargo-fuzz's default).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
sanitizer="${FUZZ_SANITIZER:-none}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2 --locked
fixtures=../../tests/fixtures
work=target/corpus
mkdir -p "$work/metadata" "$work/certificate" "$work/request"
cp corpus/metadata/* "$fixtures"/metadata/*.xml "$fixtures"/metadata/derived/*.xml "$work/metadata/"
cp corpus/certificate/* "$fixtures"/certs/*.cer "$fixtures"/certs/derived/*.cer "$work/certificate/"
cp corpus/request/* "$work/request/"
python3 request-seeds.py "$work/request" >/dev/null
declare -A max_len=([metadata]=32768 [certificate]=4096 [request]=65536)
for target in metadata certificate request; do
  echo "== $target, ${seconds}s"
  dict=()
  [ -f "$target.dict" ] && dict=(-dict="$target.dict")
  # The whole output goes to a log, and only the summary lines to the screen; a target that
  # fails to build or run shows the log's end (the filter once hid a target that no longer built).
  log="target/fuzz-$target.log"
  if ! RUSTC_BOOTSTRAP=1 cargo fuzz run -s "$sanitizer" "$target" "$work/$target" -- \
    -max_total_time="$seconds" -max_len="${max_len[$target]}" "${dict[@]}" >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz target $target failed (whole output: crate/fuzz/$log)" >&2
    exit 1
  fi
  grep -E "^#[0-9]+.*(DONE|pulse)|Done [0-9]+ runs|SUMMARY|crash-|panicked" "$log" | tail -n 3
done
