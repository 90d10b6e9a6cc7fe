#!/usr/bin/env bash
# Throughput of `newsgraph build` on one and two jobs, and of compromise (the
# JavaScript NLP library, installed here with npm) on the same text in the same run.
# Input: the dev corpus (../shared/corpus/dev/*.txt) copied COPIES times (default 5) into
# a temporary folder outside the repository, each copy under other file names, so each
# article is its own graph article. Each figure is the median of RUNS runs (default 3).
# Prints MB/s for --jobs 1 and --jobs 2 (wall clock, and per CPU second, which a busy
# machine disturbs less), peak memory, their ratio, compromise's MB/s and newsgraph's
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
  : > "$tmp/times"
  for run in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -a -o "$tmp/times" \
      "$newsgraph" build --jobs "$jobs" --no-snapshot -o "$tmp/out$jobs.jsonld" "$tmp/in" 2>/dev/null
  done
  wall=$(awk '{ print $1 }' "$tmp/times" | median)
  cpu=$(awk '{ print $2 + $3 }' "$tmp/times" | median)
  peak=$(awk '{ print $4 }' "$tmp/times" | median)
  mbs[$jobs]=$(awk -v s="$wall" -v b="$bytes" 'BEGIN { printf "%.3f", b / 1e6 / s }')
  awk -v s="$wall" -v c="$cpu" -v j="$jobs" -v m="${mbs[$jobs]}" -v b="$bytes" -v p="$peak" \
    'BEGIN { printf "newsgraph build --jobs %d: %.3f s, %s MB/s; %.3f CPU s (%.2f CPUs busy), %.3f MB per CPU s; peak %.0f MB\n", j, s, m, c, c / s, b / 1e6 / c, p / 1024 }'
done
cmp -s "$tmp/out1.jsonld" "$tmp/out2.jsonld" || { echo "FAIL: --jobs 2 wrote other bytes than --jobs 1" >&2; exit 1; }
awk -v a="${mbs[1]}" -v b="${mbs[2]}" 'BEGIN { printf "two jobs / one job: %.2f x (same bytes)\n", b / a }'
echo "(CPUs busy well under the jobs given means other processes had the cores: the ratio then says little)"

# compromise, pinned, installed once into build/bench-npm.
npm_dir=build/bench-npm
if [ ! -d "$npm_dir/node_modules/compromise" ]; then
  mkdir -p "$npm_dir"
  npm install --silent --no-audit --no-fund --prefix "$npm_dir" compromise@14.17.0 >/dev/null
fi
results=()
# One copy of the corpus: the same text, at a twentieth of compromise's time per MB.
for run in $(seq "$runs"); do results+=("$(node bench/compromise_throughput.cjs "$PWD/$npm_dir" "$tmp"/in/c1-*.txt | awk '{ print $3 }')"); done
cmb=$(printf '%s\n' "${results[@]}" | median)
echo "compromise 14.17.0 (people, places, organisations, sentences) on one copy: $cmb MB/s"
awk -v a="${mbs[1]}" -v b="${mbs[2]}" -v c="$cmb" 'BEGIN { printf "newsgraph / compromise: %.1f x on one job, %.1f x on two\n", a / c, b / c }'
