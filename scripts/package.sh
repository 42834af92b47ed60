#!/usr/bin/env bash
# Builds Touchmap's Linux packages with the Tauri bundler: the Debian package and the RPM
# (both made by the bundler itself; the AppImage is left out because the bundler downloads
# its tools for it at build time). Prints where they are.
#
#   bash scripts/package.sh                 release build of the app and the UI, then .deb and .rpm
#   bash scripts/package.sh --debug-binary  only the .deb, of the debug binary `cargo test` built
#                                           (CI's package test: no compiling, no UI build)
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-release}"
case "$mode" in
  release | --debug-binary) ;;
  *) echo "usage: bash scripts/package.sh [--debug-binary]" >&2; exit 2 ;;
esac

target="${CARGO_TARGET_DIR:-$PWD/target}"
tauri="$PWD/ui/node_modules/.bin/tauri"
# The CLI guesses the UI folder as the first one holding a package.json (tests/e2e); name
# both folders so `beforeBuildCommand` runs in ui/.
export TAURI_APP_PATH="$PWD/src-tauri" TAURI_FRONTEND_PATH="$PWD/ui"

if [ "$mode" = --debug-binary ]; then
  [ -x "$tauri" ] || { echo "package: the Tauri CLI is missing; run scripts/setup.sh" >&2; exit 1; }
  out="$target/debug/bundle"
  # One package in the folder, so callers can find it by pattern whatever the version.
  rm -f "$out"/deb/*.deb
  "$tauri" bundle --ci --debug --bundles deb
  # The bundler's staging folder holds another copy of the 450 MB debug binary.
  find "$out"/deb -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +
  ls "$out"/deb/*.deb
else
  bash scripts/setup.sh
  out="$target/release/bundle"
  rm -f "$out"/deb/*.deb "$out"/rpm/*.rpm
  # `tauri build` runs beforeBuildCommand (the UI build), then `cargo build --release`.
  "$tauri" build --ci --bundles deb rpm -- --locked
  echo
  echo "Packages:"
  du -h "$out"/deb/*.deb "$out"/rpm/*.rpm
  echo "Install: sudo apt install $(ls "$out"/deb/*.deb)"
fi
