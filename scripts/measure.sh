#!/usr/bin/env bash
# Measures the release app: start-up to an interactive journey map, a what-if edit to the
# updated numbers (p50/p90 over 21 edits), memory of the app and
# WebKit processes with the sample open, after a full simulation and over N minutes of
# scripted editing (default 30). Prints each figure beside its target.
# Usage: bash scripts/measure.sh [--minutes N]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
(cd ui && npm run build >/dev/null)
cargo build --release --locked -p touchmap-app
app="${CARGO_TARGET_DIR:-$PWD/target}/release/touchmap-app"
# The first start after a build finds the binary in the page cache; drop it (root only) so
# the start-up figure is a cold one where the machine allows.
if [ "$(id -u)" -eq 0 ]; then sync && echo 3 > /proc/sys/vm/drop_caches || true; fi
cd tests/e2e
TOUCHMAP_E2E_APP="$app" xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" \
  node measure.mjs "$@"
