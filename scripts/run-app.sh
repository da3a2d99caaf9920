#!/usr/bin/env bash
# Installs what is missing, builds, and starts Headroom with a built-in example scenario.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/headroom "${@:-resources/examples/llama2-7b-lora.headroom.json}"
