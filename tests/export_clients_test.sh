#!/usr/bin/env bash
# Real clients load every export of newsgraph: N-Quads into n3 (strict) and Oxigraph, and
# canonically equal to the JSON-LD in jsonld.js; a SPARQL "who met X and when" in Oxigraph
# returns what `newsgraph query met X` prints; GraphML into networkx; the Neo4j CSVs
# checked as neo4j-admin reads them (headers, types, ids, references) and bulk-loaded
# into Kuzu (npm, embedded Cypher), where "who met X" returns what `newsgraph query met X`
# prints; export --to jsonld
# gives the saved bytes back; render writes SVG, PNG and PDF; the diagram renders in dot
# without a warning. Graphs: tests/data/fixture.jsonld (hand-built) and the graph of
# samples/ built by the pipeline.
# Needs node_modules (npm ci) and Debian's python3-networkx; exits 77 (skipped) without.
# usage: tests/export_clients_test.sh path/to/newsgraph
set -uo pipefail
N=$(realpath "$1")
cd "$(dirname "$0")/.."
if [ ! -d node_modules/n3 ] || [ ! -d node_modules/oxigraph ] || [ ! -d node_modules/jsonld ] || [ ! -d node_modules/kuzu ]; then
  echo "skipped: node_modules lacks n3, oxigraph, jsonld or kuzu (run npm ci)"; exit 77
fi
if ! /usr/bin/python3 -c 'import networkx' 2>/dev/null; then
  echo "skipped: python3-networkx is not installed"; exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

cp tests/data/fixture.jsonld "$tmp/fixture.jsonld"
"$N" build -o "$tmp/samples.jsonld" samples/*.txt 2>/dev/null || bad "build samples"

for g in fixture samples; do
  G="$tmp/$g.jsonld"
  "$N" export --to jsonld "$G" | cmp -s - "$G" || bad "$g: export --to jsonld changes the graph"
  "$N" export --to nquads "$G" -o "$tmp/$g.nq" || bad "$g: export --to nquads"
  node tests/clients/export_client.mjs nquads "$G" "$tmp/$g.nq" || fail=1
  "$N" export --to graphml "$G" -o "$tmp/$g.graphml" || bad "$g: export --to graphml"
  /usr/bin/python3 - "$G" "$tmp/$g.graphml" <<'PY' || fail=1
import json, sys, networkx as nx
doc = json.load(open(sys.argv[1]))
kinds = {}
for n in doc['@graph']:
    t = n['@type'] if isinstance(n['@type'], list) else [n['@type']]
    if any(x in t for x in ('Person', 'Organization', 'Place', 'ng:Meeting', 'ng:Statement', 'ng:Travel')):
        kinds[n['@id'].split('/id/', 1)[1]] = n
g = nx.read_graphml(sys.argv[2])
if set(g.nodes) != set(kinds):
    sys.exit(f"FAIL: GraphML nodes differ from the JSON-LD's: {sorted(set(g.nodes) ^ set(kinds))[:5]}")
for key, n in kinds.items():
    if 'name' in n and g.nodes[key].get('name') != n['name']:
        sys.exit(f"FAIL: GraphML name of {key}: {g.nodes[key].get('name')!r} != {n['name']!r}")
    att = n.get('attendee', [])
    att = [att] if isinstance(att, str) else att
    for a in att:
        if not g.has_edge(key, a.split('/id/', 1)[1]):
            sys.exit(f"FAIL: GraphML lacks the edge {key} -- {a}")
print(f"ok {sys.argv[2]}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges in networkx, as in the JSON-LD")
PY
  "$N" export --to neo4j "$G" -o "$tmp/$g-neo4j" || bad "$g: export --to neo4j"
  /usr/bin/python3 - "$tmp/$g-neo4j" <<'PY' || fail=1
import csv, datetime, os, sys
d = sys.argv[1]
expect = {
    'articles.csv': 'key:ID,:LABEL,identifier,title,url,license,datePublished:date',
    'entities.csv': 'key:ID,:LABEL,name,aliases:string[],jobTitle,articleCount:int',
    'events.csv': 'key:ID,:LABEL,date,startDate:date,endDate:date,status,mode,place,content,evidence,sources:string[],reportCount:int',
    'relationships.csv': ':START_ID,:END_ID,:TYPE,role',
}
ids, rows = set(), {}
for f, header in expect.items():
    with open(os.path.join(d, f), newline='', encoding='utf-8') as fh:
        r = list(csv.reader(fh))
    if ','.join(r[0]) != header:
        sys.exit(f"FAIL: {f} header {r[0]}")
    rows[f] = r[1:]
    for row in r[1:]:
        if len(row) != len(r[0]):
            sys.exit(f"FAIL: {f}: a row has {len(row)} fields, not {len(r[0])}")
        for name, value in zip(r[0], row):
            if name.endswith(':date') and value:
                datetime.date.fromisoformat(value)
            if name.endswith(':int'):
                int(value)
        if f != 'relationships.csv':
            if row[0] in ids:
                sys.exit(f"FAIL: duplicate :ID {row[0]}")
            ids.add(row[0])
for row in rows['relationships.csv']:
    if row[0] not in ids or row[1] not in ids:
        sys.exit(f"FAIL: relationship {row} refers to an unknown node")
labels = {row[1] for f in ('entities.csv', 'events.csv') for row in rows[f]}
print(f"ok {d}: {len(ids)} nodes ({', '.join(sorted(labels))}), {len(rows['relationships.csv'])} relationships, headers and types as neo4j-admin reads them")
PY
  "$N" export --to dot "$G" -o "$tmp/$g.dot" || bad "$g: export --to dot"
  err=$(dot -Tsvg "$tmp/$g.dot" -o /dev/null 2>&1) || bad "$g: dot fails on the diagram"
  [ -z "$err" ] || bad "$g: dot warns on the diagram: $err"
done

# SPARQL "who met X and when" in Oxigraph = Cypher in Kuzu = newsgraph query met X.
check_met() {
  local G=$1 name=$2 neo=$3
  expected=$("$N" query "$G" met "$name" --format csv | /usr/bin/python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin))
for line in sorted(r["date"] + "\t" + "; ".join(sorted(x for x in r["with"].split("; ") if x)) for r in rows): print(line)')
  actual=$(node tests/clients/export_client.mjs met "$G" "$name")
  if [ "$expected" != "$actual" ] || [ -z "$actual" ]; then
    bad "SPARQL in Oxigraph and 'newsgraph query met $name' differ on $G:"; diff <(echo "$expected") <(echo "$actual")
  else
    echo "ok SPARQL 'who met $name and when' = newsgraph query met ($(echo "$actual" | wc -l) meetings)"
  fi
  cypher=$(node tests/clients/kuzu_client.mjs met "$neo" "$name")
  if [ "$expected" != "$cypher" ] || [ -z "$cypher" ]; then
    bad "Cypher in Kuzu and 'newsgraph query met $name' differ on $neo:"; diff <(echo "$expected") <(echo "$cypher")
  else
    echo "ok Cypher in Kuzu 'who met $name' over the Neo4j CSV = newsgraph query met ($(echo "$cypher" | wc -l) meetings)"
  fi
}
check_met "$tmp/fixture.jsonld" "Kirill Dmitriev" "$tmp/fixture-neo4j"
check_met "$tmp/fixture.jsonld" "Vladimir Putin" "$tmp/fixture-neo4j"
check_met "$tmp/samples.jsonld" "Vladimir Putin" "$tmp/samples-neo4j"
check_met "$tmp/samples.jsonld" "Xi Jinping" "$tmp/samples-neo4j"

for f in svg png pdf; do
  "$N" render --to $f "$tmp/fixture.jsonld" -o "$tmp/f.$f" || bad "render --to $f"
done
head -c 200 "$tmp/f.svg" | grep -q "<svg\|<?xml" || bad "render svg is not SVG"
head -c 4 "$tmp/f.png" | grep -q "PNG" || bad "render png is not PNG"
head -c 4 "$tmp/f.pdf" | grep -q "%PDF" || bad "render pdf is not PDF"
[ $fail -eq 0 ] && echo "ok export clients"
exit $fail
