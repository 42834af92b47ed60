#!/usr/bin/env bash
# Builds Touchmap and opens it on the sample workspace (or on FILE if given).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
(cd ui && npm run build)
cargo build --release -p touchmap-app
workspace="${1:-$PWD/target/Sample operator.touchmap}"
if [ ! -e "$workspace" ]; then
  cargo run --release -q -p touchmap-cli -- new "$workspace" --sample
fi
TOUCHMAP_WORKSPACE="$workspace" exec ./target/release/touchmap-app
