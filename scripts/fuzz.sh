#!/usr/bin/env bash
# Runs each libFuzzer target (fuzz/fuzz_*.cpp) for a bounded time on a copy of its
# committed seed corpus (fuzz/corpus/NAME), and prints executions and coverage per
# target. A crash, leak, sanitizer report or timeout fails the script; the input that
# caused it is kept in OUT/NAME/ (crash-*, leak-*, timeout-*).
# usage: scripts/fuzz.sh [--build-dir DIR] [--seconds N] [--timeout S] [--out DIR] [TARGET...]
#   --build-dir  a build with NEWSGRAPH_FUZZ=ON (default build-sanitize: scripts/sanitize.sh)
#   --seconds    per target (default 60)
#   --timeout    seconds one input may take before it is a finding (default 10; raise it
#                on a machine that other work loads, where a starved run looks slow)
#   --out        where the working corpora and findings go (default a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-sanitize seconds=60 timeout=10 out="" targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option '$1'" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [ ${#targets[@]} -eq 0 ]; then
  for src in fuzz/fuzz_*.cpp; do targets+=("$(basename "$src" .cpp | sed 's/^fuzz_//')"); done
fi
if [ -z "$out" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
status=0
for t in "${targets[@]}"; do
  bin="$build/fuzz/fuzz_$t"
  [ -x "$bin" ] || { echo "fuzz.sh: $bin not built (configure with -DNEWSGRAPH_FUZZ=ON)" >&2; exit 1; }
  mkdir -p "$out/$t/corpus"
  cp -r "fuzz/corpus/$t/." "$out/$t/corpus/"
  dict=()
  [ -f "fuzz/$t.dict" ] && dict=(-dict="fuzz/$t.dict")
  # -rss_limit_mb: the pipeline holds models (~0.5 GB under ASan); -timeout: any one
  # input over --timeout seconds is a finding (max_len keeps inputs at article size).
  start=$(date +%s)
  if "$bin" "$out/$t/corpus" "${dict[@]}" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=4096 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$out/$t/" >"$out/$t/log" 2>&1; then
    result=ok
  else
    result=FAILED status=1
  fi
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/$t/log" | grep -o '[0-9]*$' || echo '?')
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$out/$t/log" | tail -n 1 || true)
  echo "fuzz $t: $result: $(($(date +%s) - start)) s, $execs executions, ${cov:-cov: ?}, corpus $(ls "$out/$t/corpus" | wc -l) inputs"
  if [ "$result" = FAILED ]; then
    grep -m 1 -A 30 'ERROR\|==ERROR\|runtime error\|deadly signal\|Timeout\|out-of-memory' "$out/$t/log" | head -40 || tail -40 "$out/$t/log"
    ls "$out/$t/" | grep -E '^(crash|leak|timeout|oom|slow-unit)-' || true
  fi
done
exit $status
