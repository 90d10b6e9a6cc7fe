#!/usr/bin/env bash
# Throughput of `newsgraph build` on one and two jobs, and of compromise (the
# JavaScript NLP library, installed here with npm) on the same text in the same run.
# Input: the dev corpus (../shared/corpus/dev/*.txt) copied COPIES times (default 5) into
# a temporary folder outside the repository, each copy under other file names, so each
# article is its own graph article. Each figure is the median of RUNS runs (default 3).
# Prints MB/s for --jobs 1 and --jobs 2, their ratio, compromise's MB/s and newsgraph's
# ratio to it (MB = 10^6 bytes of input).
# usage: bench/scale.sh [NEWSGRAPH]   (default build/tools/newsgraph)
# Exits 77 (skipped) without ../shared. Run it with nice on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSGRAPH_SHARED:-../shared}
if [ ! -d "$shared/corpus/dev" ]; then
  echo "SKIP scale: $shared/corpus/dev not found (set NEWSGRAPH_SHARED)"
  exit 77
fi
newsgraph=${1:-build/tools/newsgraph}
[ -x "$newsgraph" ] || bash scripts/build.sh
runs=${RUNS:-3} copies=${COPIES:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/in"
for c in $(seq "$copies"); do
  for article in "$shared"/corpus/dev/*.txt; do cp "$article" "$tmp/in/c$c-$(basename "$article")"; done
done
files=$(ls "$tmp/in" | wc -l)
bytes=$(cat "$tmp"/in/*.txt | wc -c)
echo "input: $files articles (dev corpus x $copies), $bytes bytes; median of $runs runs each"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
declare -A mbs
for jobs in 1 2; do
  times=()
  for run in $(seq "$runs"); do
    start=$(date +%s%N)
    "$newsgraph" build --jobs "$jobs" --no-snapshot -o "$tmp/out$jobs.jsonld" "$tmp/in" 2>/dev/null
    times+=($(($(date +%s%N) - start)))
  done
  ns=$(printf '%s\n' "${times[@]}" | median)
  mbs[$jobs]=$(awk -v ns="$ns" -v b="$bytes" 'BEGIN { printf "%.3f", b / 1e6 / (ns / 1e9) }')
  awk -v ns="$ns" -v j="$jobs" -v m="${mbs[$jobs]}" 'BEGIN { printf "newsgraph build --jobs %d: %.3f s, %s MB/s\n", j, ns / 1e9, m }'
done
cmp -s "$tmp/out1.jsonld" "$tmp/out2.jsonld" || { echo "FAIL: --jobs 2 wrote other bytes than --jobs 1" >&2; exit 1; }
awk -v a="${mbs[1]}" -v b="${mbs[2]}" 'BEGIN { printf "two jobs / one job: %.2f x (same bytes)\n", b / a }'

# compromise, pinned, installed once into build/bench-npm.
npm_dir=build/bench-npm
if [ ! -d "$npm_dir/node_modules/compromise" ]; then
  mkdir -p "$npm_dir"
  npm install --silent --no-audit --no-fund --prefix "$npm_dir" compromise@14.17.0 >/dev/null
fi
results=()
for run in $(seq "$runs"); do results+=("$(node bench/compromise_throughput.cjs "$PWD/$npm_dir" "$tmp"/in/*.txt | awk '{ print $3 }')"); done
cmb=$(printf '%s\n' "${results[@]}" | median)
echo "compromise 14.17.0 (people, places, organisations, sentences): $cmb MB/s"
awk -v a="${mbs[1]}" -v b="${mbs[2]}" -v c="$cmb" 'BEGIN { printf "newsgraph / compromise: %.1f x on one job, %.1f x on two\n", a / c, b / c }'
