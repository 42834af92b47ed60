#!/usr/bin/env bash
# Runs every check and test Touchmap has: formatting, lints, Rust tests
# (store, CLI, engine, bindings), UI type check, lint and unit tests, and the
# end-to-end tests in the real app window under Xvfb, and the debug build installed as a
# Debian package, started and removed again (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export CARGO_TERM_COLOR=never

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "UI: type check, lint, unit tests, build"
(cd ui && npm run typecheck && npm run lint && npm test && npm run build)

step "Rust: clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Rust: tests"
cargo test --workspace --locked

step "end-to-end: the real app under Xvfb"
# `cargo test` above already built the debug touchmap-app (the app crate's integration
# tests need its binary) with the workspace's test feature set; `cargo build -p` here would
# unify features differently and rebuild tauri for minutes.
app="${CARGO_TARGET_DIR:-$PWD/target}/debug/touchmap-app"
test -x "$app" || { echo "the app binary was not built by cargo test" >&2; exit 1; }
(cd tests/e2e && TOUCHMAP_E2E_APP="${TOUCHMAP_E2E_APP:-$app}" xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" npm test)

step "package: the debug build as a .deb, installed, started on the sample and removed"
# Packages the binary the e2e step ran (no compiling, no UI build), so it adds seconds, not minutes.
bash scripts/package.sh --debug-binary
bash tests/package/test.sh "${app%/*}"/bundle/deb/*.deb
