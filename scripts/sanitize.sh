#!/usr/bin/env bash
# The second CI command (.ci/run calls it after scripts/test.sh): builds newsgraph, its
# test suite and the libFuzzer targets with clang, AddressSanitizer and UBSan into
# build-sanitize/, runs the whole suite there (leak detection on; any sanitizer report
# fails its test), then each fuzz target for FUZZ_SECONDS (default 60) on its committed
# seeds (scripts/fuzz.sh). Needs clang (scripts/install.sh --test installs it).
# usage: scripts/sanitize.sh [--no-fuzz]
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz=1
for arg in "$@"; do
  case "$arg" in
    --no-fuzz) fuzz=0 ;;
    -h|--help) sed -n '2,7s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "sanitize.sh: unknown option '$arg'" >&2; exit 2 ;;
  esac
done
command -v clang++ >/dev/null || { echo "sanitize.sh: clang++ not found; run scripts/install.sh --test" >&2; exit 1; }
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# -O1 with line tables: stack traces name lines, and the build is quicker than -O2 -g.
CXX=clang++ cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" -DNEWSGRAPH_SANITIZE=ON -DNEWSGRAPH_FUZZ=ON -DNEWSGRAPH_BUILD_BENCH=OFF >/dev/null
cmake --build build-sanitize -j "${JOBS:-$(nproc)}"
status=0
ctest --test-dir build-sanitize --output-on-failure -j "${JOBS:-$(nproc)}" || status=1
if [ "$fuzz" = 1 ]; then
  bash scripts/fuzz.sh --build-dir build-sanitize --seconds "${FUZZ_SECONDS:-60}" || status=1
fi
exit $status
