#!/usr/bin/env bash
# Rebuilds the committed corpus of one target (corpus/<target>) from what the fuzzer found
# (target/corpus/<target>, run.sh's scratch corpus) and what is committed now: the inputs of at
# most CAP bytes that reach a coverage edge the seeds do not (the seeds, the fixtures and
# request-seeds.py, are left out: run.sh adds them on every run). This is `cargo fuzz cmin`
# (libFuzzer's -merge=1) with the seeds as its baseline, edges instead of hit counts
# (-use_counters=0) and a size cap, which keeps the corpus to a few hundred KB in all.
# Usage: minimise.sh metadata|certificate|request [CAP]
set -euo pipefail
cd "$(dirname "$0")"
target="$1"
declare -A max_len=([metadata]=32768 [certificate]=4096 [request]=65536)
declare -A default_cap=([metadata]=1024 [certificate]=640 [request]=640)
cap="${2:-${default_cap[$target]}}"
fixtures=../../tests/fixtures
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/seeds" "$scratch/candidates"
case "$target" in
  metadata) cp "$fixtures"/metadata/*.xml "$fixtures"/metadata/derived/*.xml "$scratch/seeds/" ;;
  certificate) cp "$fixtures"/certs/*.cer "$fixtures"/certs/derived/*.cer "$scratch/seeds/" ;;
  request) python3 request-seeds.py "$scratch/seeds" >/dev/null ;;
esac
mkdir -p "corpus/$target" "target/corpus/$target"
find "corpus/$target" "target/corpus/$target" -type f -size -$((cap + 1))c -exec cp {} "$scratch/candidates/" \;
cp -r "$scratch/seeds" "$scratch/merged"
RUSTC_BOOTSTRAP=1 cargo fuzz run -s "${FUZZ_SANITIZER:-none}" "$target" "$scratch/merged" "$scratch/candidates" -- \
  -merge=1 -use_counters=0 -max_len="${max_len[$target]}" 2>&1 | grep -E "^MERGE-OUTER: [0-9]+ new files"
for seed in "$scratch"/seeds/*; do rm -f "$scratch/merged/$(basename "$seed")"; done
rm -rf "corpus/$target"
mv "$scratch/merged" "corpus/$target"
echo "corpus/$target: $(find "corpus/$target" -type f | wc -l) files, $(du -sb "corpus/$target" | cut -f1) bytes"
