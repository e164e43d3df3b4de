#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already present.
#   tools/setup.sh build   the wasm target, the pinned wasm-bindgen CLI, npm packages
#   tools/setup.sh test    the same plus Chromium, ChromeDriver and Firefox ESR
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-build}"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# wasm-bindgen's exact version, from the workspace manifest (the CLI must match it exactly).
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
TOOLS_ROOT="${SSOBRIDGE_TOOLS:-$HOME/.cache/ssobridge}/wasm-bindgen-$WASM_BINDGEN_VERSION"
CLI_VERSION=$(sed -n 's/^wasm-bindgen-cli = { version = "=\([0-9.]*\)".*/\1/p' tools/wasm-bindgen-cli/Cargo.toml)
if [ "$CLI_VERSION" != "$WASM_BINDGEN_VERSION" ]; then
  echo "tools/wasm-bindgen-cli pins wasm-bindgen-cli $CLI_VERSION, the library wasm-bindgen $WASM_BINDGEN_VERSION: make them equal" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$("$TOOLS_ROOT/bin/wasm-bindgen" --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # Built from its own lock file (TOOLCHAIN.md: `cargo install --locked` of the published CLI
  # fails on this registry). Takes a few minutes once; cached per version.
  say "building wasm-bindgen CLI $WASM_BINDGEN_VERSION into $TOOLS_ROOT (once, a few minutes)"
  cargo install --locked --quiet --path tools/wasm-bindgen-cli --root "$TOOLS_ROOT"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/puppeteer-core ] || [ ! -x node_modules/.bin/web-ext ] || [ ! -x node_modules/.bin/tsc ] || [ ! -f node_modules/axe-core/axe.min.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$what" = test ]; then
  # Chromium and ChromeDriver (tests/e2e/, the wasm tests); Firefox ESR (tests/firefox/, driven
  # by puppeteer-core over WebDriver BiDi). --no-install-recommends keeps out a hundred packages.
  packages=()
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then packages+=(chromium chromium-driver openssl); fi
  if ! command -v firefox-esr >/dev/null; then packages+=(firefox-esr); fi
  if [ ${#packages[@]} -gt 0 ]; then
    say "installing ${packages[*]} from Debian"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  fi
  command -v openssl >/dev/null || { echo "openssl is needed for the test server's certificate" >&2; exit 1; }
fi
echo "$TOOLS_ROOT/bin"
