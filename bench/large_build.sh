#!/usr/bin/env bash
# Time and peak memory of `newsgraph build` on a large archive: the dev corpus
# (../shared/corpus/dev) repeated to SIZE_MB megabytes with people's names varied per copy
# (bench/make_corpus.py), in a temporary folder outside the repository that is removed at
# the end. Builds it once to JSON-LD (with its snapshot, as build does by default, unless
# NO_SNAPSHOT=1) under /usr/bin/time -v and prints wall time, CPU time (user + sys), MB/s
# of wall and of CPU, peak RSS, and peak RSS per MB of input, and the output's size.
# usage: bench/large_build.sh SIZE_MB [NEWSGRAPH]   (default build/tools/newsgraph)
# JOBS sets --jobs (default: the number of cores); TMPDIR where the corpus goes.
# Exits 77 (skipped) without ../shared. Run it with nice on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSGRAPH_SHARED:-../shared}
if [ ! -d "$shared/corpus/dev" ]; then
  echo "SKIP large_build: $shared/corpus/dev not found (set NEWSGRAPH_SHARED)"
  exit 77
fi
size_mb=${1:?usage: bench/large_build.sh SIZE_MB [NEWSGRAPH]}
newsgraph=${2:-build/tools/newsgraph}
[ -x "$newsgraph" ] || bash scripts/build.sh
jobs=${JOBS:-$(nproc)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 bench/make_corpus.py "$size_mb" "$tmp/in" "$shared"
bytes=$(find "$tmp/in" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
flags=(--jobs "$jobs" --quiet)
[ "${NO_SNAPSHOT:-0}" = 1 ] && flags+=(--no-snapshot)
echo "newsgraph build ${flags[*]} -o OUT.jsonld (${bytes} bytes of input)"
/usr/bin/time -v "$newsgraph" build "${flags[@]}" -o "$tmp/out.jsonld" "$tmp/in" 2>"$tmp/time" || {
  echo "newsgraph failed: $(head -c 1000 "$tmp/time")" >&2
  exit 1
}
out=$(stat -c %s "$tmp/out.jsonld")
snap=$( [ -f "$tmp/out.jsonld.ngbin" ] && stat -c %s "$tmp/out.jsonld.ngbin" || echo 0)
awk -v b="$bytes" -v out="$out" -v snap="$snap" -F': ' '
  /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { kb = $2 }
  /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
  END {
    cpu = user + sys
    printf "wall %.1f s (%.2f MB/s), CPU %.1f s (user %.1f + sys %.1f; %.2f MB per CPU s)\n", wall, b / 1e6 / wall, cpu, user, sys, b / 1e6 / cpu
    printf "peak RSS %.0f MB (%.2f x the input); JSON-LD %.0f MB, snapshot %.0f MB\n", kb / 1024, kb * 1024 / b, out / 1e6, snap / 1e6
  }' "$tmp/time"
