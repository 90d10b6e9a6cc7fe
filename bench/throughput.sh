#!/usr/bin/env bash
# Throughput of `newsgraph build`: the whole dev corpus (../shared/corpus/dev/*.txt)
# concatenated 100 times into one temporary file outside the repository (the Reuters
# articles never enter it), built to JSON-LD 5 times; prints each run and the median in
# seconds and MB/s (MB = 10^6 bytes of input).
# usage: bench/throughput.sh [NEWSGRAPH]   (default build/tools/newsgraph, built if missing)
# RUNS and COPIES override 5 and 100; NEWSGRAPH_SHARED the ../shared folder.
# Exits 77 (skipped) without ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSGRAPH_SHARED:-../shared}
if [ ! -d "$shared/corpus/dev" ]; then
  echo "SKIP throughput: $shared/corpus/dev not found (set NEWSGRAPH_SHARED)"
  exit 77
fi
newsgraph=${1:-build/tools/newsgraph}
[ -x "$newsgraph" ] || bash scripts/build.sh
runs=${RUNS:-5} copies=${COPIES:-100}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

corpus="$tmp/corpus.txt"
for article in "$shared"/corpus/dev/*.txt; do cat "$article"; printf '\n\n'; done >"$tmp/once.txt"
for _ in $(seq "$copies"); do cat "$tmp/once.txt"; done >"$corpus"
bytes=$(stat -c %s "$corpus")
echo "input: $(ls "$shared"/corpus/dev/*.txt | wc -l) dev articles x $copies = $bytes bytes; $runs runs of: newsgraph build -o OUT.jsonld INPUT"

times=()
for run in $(seq "$runs"); do
  start=$(date +%s%N)
  "$newsgraph" build -o "$tmp/out.jsonld" "$corpus" 2>"$tmp/stderr" || {
    echo "newsgraph failed: $(head -c 500 "$tmp/stderr")" >&2
    exit 1
  }
  ns=$(($(date +%s%N) - start))
  times+=("$ns")
  awk -v ns="$ns" -v b="$bytes" -v r="$run" 'BEGIN { printf "run %d: %.3f s, %.2f MB/s\n", r, ns / 1e9, b / 1e6 / (ns / 1e9) }'
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
awk -v ns="$median" -v b="$bytes" -v out="$(stat -c %s "$tmp/out.jsonld")" \
  'BEGIN { printf "median: %.3f s, %.2f MB/s (output %d bytes of JSON-LD)\n", ns / 1e9, b / 1e6 / (ns / 1e9), out }'
