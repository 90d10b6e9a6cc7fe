#!/usr/bin/env bash
# Real-client test: loads what newsgraph builds from samples/ into the tools people use.
# - DOT: Graphviz `dot -Tsvg` renders every graph with exit 0 and an empty stderr, and
#   the SVG parses as XML.
# - JSON-LD: every graph loads in jsonld.js with safe: true and in Oxigraph with the
#   same triples (tests/clients/jsonld_client.mjs), and in rdflib (the RDF client
#   ../shared/eval/graph_score.py scores with).
# - A SPARQL query in Oxigraph finds the seed's meeting of Putin with Witkoff and
#   Kushner on 2026-01-22, in the seed's graph and in the merged graph.
# - Standard output without -o is the JSON-LD that -o FILE.jsonld writes; --format dot
#   to standard output is the DOT that -o FILE.dot writes.
# - The merged graph exported as N-Quads gives Oxigraph the same triples as its JSON-LD;
#   exported as GraphML it loads in networkx with one node per entity and event.
# Needs node_modules (npm ci; scripts/test.sh runs it) and Debian's python3-rdflib and
# python3-networkx.
# usage: tests/clients_test.sh path/to/newsgraph
set -euo pipefail
newsgraph=$(realpath "$1")
cd "$(dirname "$0")/.."
if [ ! -d node_modules/jsonld ] || [ ! -d node_modules/oxigraph ]; then
  echo "FAIL: node_modules/ lacks jsonld or oxigraph: run 'npm ci' in $(pwd) (scripts/test.sh does)"
  exit 1
fi
if ! /usr/bin/python3 -c 'import rdflib, networkx' 2>/dev/null; then
  echo "FAIL: Debian's python3-rdflib or python3-networkx is missing: run scripts/install.sh --test (scripts/test.sh does)"
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

articles=(samples/*.txt)
graphs=()
for article in "${articles[@]}" all; do
  stem=$(basename "$article" .txt)
  inputs=("$article")
  [ "$article" = all ] && inputs=("${articles[@]}")
  "$newsgraph" build -o "$tmp/$stem.jsonld" "${inputs[@]}"
  "$newsgraph" build -o "$tmp/$stem.dot" "${inputs[@]}"
  graphs+=("$stem")
done

fail=0
# Standard output and -o agree (checked on the seed and on the merged graph).
for stem in 000-seed-ukraine-talks all; do
  inputs=("samples/$stem.txt")
  [ "$stem" = all ] && inputs=("${articles[@]}")
  if ! "$newsgraph" build "${inputs[@]}" | cmp -s - "$tmp/$stem.jsonld"; then
    echo "FAIL: newsgraph build ($stem) on stdout differs from -o $stem.jsonld"; fail=1
  fi
  if ! "$newsgraph" build --format dot "${inputs[@]}" | cmp -s - "$tmp/$stem.dot"; then
    echo "FAIL: newsgraph build --format dot ($stem) on stdout differs from -o $stem.dot"; fail=1
  fi
done

for stem in "${graphs[@]}"; do
  if ! dot -Tsvg "$tmp/$stem.dot" -o "$tmp/$stem.svg" 2>"$tmp/dot.err" || [ -s "$tmp/dot.err" ]; then
    echo "FAIL: dot -Tsvg $stem.dot: $(head -c 600 "$tmp/dot.err")"; fail=1
  fi
done
/usr/bin/python3 - "$tmp"/*.svg <<'PY' || fail=1
import sys, xml.etree.ElementTree as ET
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    if not root.tag.endswith('svg'):
        sys.exit(f"FAIL: {path}: root element is {root.tag}, not svg")
print(f"ok {len(sys.argv) - 1} DOT graphs render with dot -Tsvg, silently, to well-formed SVG")
PY

node tests/clients/jsonld_client.mjs load "$tmp"/*.jsonld || fail=1

/usr/bin/python3 - "$tmp"/*.jsonld <<'PY' || fail=1
import sys, rdflib
for path in sys.argv[1:]:
    g = rdflib.Graph()
    g.parse(path, format="json-ld")
    if len(g) == 0:
        sys.exit(f"FAIL: {path}: rdflib reads no triples")
print(f"ok {len(sys.argv) - 1} JSON-LD graphs load in rdflib {rdflib.__version__}")
PY

"$newsgraph" export --to nquads "$tmp/all.jsonld" -o "$tmp/all.nq"
node tests/clients/jsonld_client.mjs same "$tmp/all.jsonld" "$tmp/all.nq" || fail=1
"$newsgraph" export --to graphml "$tmp/all.jsonld" -o "$tmp/all.graphml"
/usr/bin/python3 - "$tmp/all.jsonld" "$tmp/all.graphml" <<'PY' || fail=1
import collections, sys, networkx, rdflib
from rdflib.namespace import RDF
kinds = {"Person", "Organization", "Place", "Meeting", "Statement", "Travel"}
rdf = rdflib.Graph()
rdf.parse(sys.argv[1], format="json-ld")
expected = collections.Counter()
for node in set(rdf.subjects(RDF.type, None)):
    names = {str(t).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in rdf.objects(node, RDF.type)}
    expected.update(names & kinds)
g = networkx.read_graphml(sys.argv[2])
got = collections.Counter(d.get("kind") for _, d in g.nodes(data=True))
if got != expected or g.number_of_edges() == 0:
    sys.exit(f"FAIL: GraphML in networkx: nodes by kind {dict(got)}, JSON-LD {dict(expected)}, {g.number_of_edges()} edges")
print(f"ok GraphML loads in networkx {networkx.__version__}: {g.number_of_nodes()} nodes as in the JSON-LD, {g.number_of_edges()} edges")
PY

for stem in 000-seed-ukraine-talks all; do
  node tests/clients/jsonld_client.mjs meeting "$tmp/$stem.jsonld" Putin 2026-01-22 Witkoff Kushner || fail=1
done
exit "$fail"
