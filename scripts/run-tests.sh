#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs the whole test suite:
# every CTest suite, core's tests again under ASan + UBSan, and a bounded fuzz run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

echo "== build and test (warnings are errors)"
cmake --preset ci
cmake --build --preset ci
ctest --preset ci

echo "== core tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake --preset asan
cmake --build --preset asan
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ctest --preset asan

echo "== fuzzing the scenario reader for ${FUZZ_SECONDS:-60} s"
cmake --preset fuzz
cmake --build --preset fuzz
corpus=$(mktemp -d)
cp resources/examples/*.json tests/data/valid/*.json tests/data/invalid/*.json "$corpus"/
# The dictionary gives mutations the format's syntax and keys; inputs grow up to 4 MiB + 1
# byte, past the largest document the readers accept (core/scenario/limits.h).
build/fuzz/tests/fuzz/fuzz_scenario -max_total_time="${FUZZ_SECONDS:-60}" -max_len=4194305 -timeout=10 \
  -dict=tests/fuzz/scenario.dict -rss_limit_mb=4096 -print_final_stats=1 "$corpus"
rm -rf "$corpus"

echo "== fuzzing the model-file readers (GGUF, safetensors, config.json) for ${FUZZ_IMPORT_SECONDS:-20} s"
corpus=$(mktemp -d)
/usr/bin/python3 tests/fuzz/make_import_corpus.py "$corpus"
build/fuzz/tests/fuzz/fuzz_import -max_total_time="${FUZZ_IMPORT_SECONDS:-20}" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -print_final_stats=1 "$corpus"
rm -rf "$corpus"

echo "== fuzzing the measurement reader for ${FUZZ_MEASURE_SECONDS:-20} s"
corpus=$(mktemp -d)
cp tests/data/measure/*.json "$corpus"/
build/fuzz/tests/fuzz/fuzz_measurement -max_total_time="${FUZZ_MEASURE_SECONDS:-20}" -max_len=16384 -timeout=10 \
  -print_final_stats=1 "$corpus"
rm -rf "$corpus"
echo "== all tests passed"
