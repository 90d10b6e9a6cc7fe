#!/usr/bin/env bash
# The HTML explorer at size: renders a graph with `newsgraph render --to html` (median of
# 3 runs) and loads the page in headless Chromium (tests/clients/explorer_client.mjs
# --measure): prints the page's size, the render time, the time to a ready page and the
# time from typing the most connected entity's name to its timeline.
# usage: bench/explorer.sh [GRAPH.jsonld]
#   Without GRAPH: the samples' graph, then a synthetic graph of ARTICLES (default 4400,
#   about 10,000 entities) made by bench_graph_scale (built if missing).
# Needs chromium and node_modules (scripts/install.sh --test; npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."
newsgraph=build/tools/newsgraph
[ -x "$newsgraph" ] || bash scripts/build.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

measure() {
  local graph=$1 name=$2 times=() t
  for _ in 1 2 3; do
    t=$( { /usr/bin/time -f %e "$newsgraph" render --to html "$graph" -o "$tmp/page.html"; } 2>&1 )
    times+=("$t")
  done
  local entities
  entities=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(1 for n in d["@graph"] if n["@type"] in ("Person","Organization","Place")))' "$graph")
  echo "$name: $entities entities; page $(stat -c %s "$tmp/page.html") bytes; render median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p) s"
  node tests/clients/explorer_client.mjs "$tmp/page.html" --measure | grep '^measure' | sed "s/^/$name: /"
}

if [ $# -ge 1 ]; then
  measure "$1" "$(basename "$1")"
  exit 0
fi
"$newsgraph" build --quiet -o "$tmp/samples.jsonld" samples/*.txt
measure "$tmp/samples.jsonld" samples
[ -x build/bench/bench_graph_scale ] || cmake --build build --target bench_graph_scale
NEWSGRAPH_BENCH_KEEP=1 NEWSGRAPH_BENCH_NO_JSONLD=1 TMPDIR="$tmp" build/bench/bench_graph_scale "${ARTICLES:-4400}" 0 > /dev/null
measure "$tmp/newsgraph-bench-scale.jsonld" "synthetic ${ARTICLES:-4400} articles"
