#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already present.
#   tools/setup.sh build   the wasm target, the pinned wasm-bindgen CLI, npm packages
#   tools/setup.sh test    the same plus Chromium and ChromeDriver
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-build}"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# wasm-bindgen's exact version, from the workspace manifest (the CLI must match it exactly).
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
TOOLS_ROOT="${SSOBRIDGE_TOOLS:-$HOME/.cache/ssobridge}/wasm-bindgen-$WASM_BINDGEN_VERSION"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$("$TOOLS_ROOT/bin/wasm-bindgen" --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # Built from this workspace's lock file (TOOLCHAIN.md: `cargo install --locked` of the
  # published CLI fails on this registry). Takes a few minutes once; cached per version.
  say "building wasm-bindgen CLI $WASM_BINDGEN_VERSION into $TOOLS_ROOT (once, a few minutes)"
  cargo install --locked --quiet --path tools/wasm-bindgen-cli --root "$TOOLS_ROOT"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$what" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and ChromeDriver from Debian"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver openssl >/dev/null
  fi
  command -v openssl >/dev/null || { echo "openssl is needed for the test server's certificate" >&2; exit 1; }
fi
echo "$TOOLS_ROOT/bin"
