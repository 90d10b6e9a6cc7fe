#!/usr/bin/env bash
# Stores agree on date ranges: a SPARQL query for the meetings that may fall in a date
# range, written on ng:earliest / ng:latest (both xsd:date), gives the same meetings in
# rdflib (Python) and Oxigraph (npm) on the graph of samples/. Dates typed by precision
# (startDate as xsd:date, xsd:gYearMonth or xsd:gYear) do not: stores compare a gYear
# with a date differently, which is why the bounds exist. The answer must also be right:
# it holds the seed's meeting of 2026-01-22 and the month- or year-precision meetings
# of the range, and none outside it.
# usage: tests/date_range_test.sh path/to/newsgraph
set -uo pipefail
newsgraph=$(realpath "$1")
cd "$(dirname "$0")/.."
if [ ! -d node_modules/oxigraph ]; then
  echo "FAIL: node_modules/ lacks oxigraph: run 'npm ci' in $(pwd) (scripts/test.sh does)"
  exit 1
fi
if ! /usr/bin/python3 -c 'import rdflib' 2>/dev/null; then
  echo "FAIL: Debian's python3-rdflib is missing: run scripts/install.sh --test (scripts/test.sh does)"
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# samples/ and one article with meetings dated by month and by year (xsd:gYearMonth and
# xsd:gYear in startDate), one inside the range and one before it
printf '%s\n' "Title: Ministers met in the spring" "Published: 2024-05-02" "" \
  "WASHINGTON (Reuters) - Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva in March 2023, officials said on Thursday." \
  "" "In 2022, Blinken also held talks with Chinese Foreign Minister Wang Yi in Bali." > "$tmp/coarse-dates.txt"
"$newsgraph" build --quiet --no-snapshot -o "$tmp/all.jsonld" samples/*.txt "$tmp/coarse-dates.txt" ||
  { echo "FAIL: build samples"; exit 1; }

# meetings that may fall in [2023-01-01, 2026-01-31]
cat > "$tmp/range.rq" <<'RQ'
PREFIX ng: <https://newsgraph.example/vocab#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?m WHERE {
  ?m a ng:Meeting ; ng:earliest ?first ; ng:latest ?last .
  FILTER(?last >= "2023-01-01"^^xsd:date && ?first <= "2026-01-31"^^xsd:date)
}
RQ

rdflib_answer() {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import sys, rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="json-ld")
for v in sorted(str(row[0]) for row in g.query(open(sys.argv[2]).read())):
    print(v)
PY
}

node tests/clients/sparql_client.mjs "$tmp/all.jsonld" "$tmp/range.rq" > "$tmp/oxigraph.txt" || { echo "FAIL: oxigraph query"; exit 1; }
rdflib_answer "$tmp/all.jsonld" "$tmp/range.rq" > "$tmp/rdflib.txt" || { echo "FAIL: rdflib query"; exit 1; }
if ! diff "$tmp/rdflib.txt" "$tmp/oxigraph.txt" > "$tmp/diff.txt"; then
  echo "FAIL: rdflib and Oxigraph answer the range query differently (< rdflib, > oxigraph):"
  cat "$tmp/diff.txt"
  fail=1
fi
n=$(wc -l < "$tmp/oxigraph.txt")

# The right answer, from the JSON-LD itself: meetings whose date (any precision) may fall
# in the range, by comparing their date's text on the common precision.
/usr/bin/python3 - "$tmp/all.jsonld" > "$tmp/expected.txt" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
def val(x):
    return x["@value"] if isinstance(x, dict) else x
lo, hi = "2023-01-01", "2026-01-31"
coarse = 0
out = []
for node in doc["@graph"]:
    types = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
    if "ng:Meeting" not in types or "startDate" not in node:
        continue
    first = val(node["startDate"]); last = val(node.get("endDate", node["startDate"]))
    n1, n2 = min(len(last), len(lo)), min(len(first), len(hi))
    if last[:n1] >= lo[:n1] and first[:n2] <= hi[:n2]:
        out.append(node["@id"])
        coarse += len(first) < 10
print("\n".join(sorted(out)))
if coarse == 0:
    sys.exit("FAIL: no meeting dated by month or year in the range: the test would not compare precisions")
PY
[ -s "$tmp/expected.txt" ] || fail=1
if ! diff <(sort "$tmp/expected.txt") "$tmp/oxigraph.txt" > "$tmp/diff2.txt"; then
  echo "FAIL: the range query's answer is not the meetings whose dates fall in the range (< expected, > got):"
  cat "$tmp/diff2.txt"
  fail=1
fi
if ! grep -q '/meeting/2026-01-22/' "$tmp/oxigraph.txt"; then
  echo "FAIL: the seed's meeting of 2026-01-22 is not in the answer"
  fail=1
fi
if ! grep -q '/meeting/2023-03/' "$tmp/oxigraph.txt" ||
   grep -q '/meeting/2022/' "$tmp/oxigraph.txt"; then
  echo "FAIL: the month-dated meeting of March 2023 should be in the answer and the 2022 one not"
  fail=1
fi
# For the record: the same range on startDate, typed by precision, in each store.
sed -e 's/ng:earliest ?first ; ng:latest ?last/<http:\/\/schema.org\/startDate> ?first/' \
    -e 's/?last >= /?first >= /' "$tmp/range.rq" > "$tmp/start.rq"
echo "note: on startDate (typed by precision) rdflib finds $(rdflib_answer "$tmp/all.jsonld" "$tmp/start.rq" | wc -l)," \
     "Oxigraph $(node tests/clients/sparql_client.mjs "$tmp/all.jsonld" "$tmp/start.rq" | wc -l) of the $n"
[ "$fail" -eq 0 ] && echo "ok rdflib and Oxigraph agree on a date-range query over ng:earliest/ng:latest: $n meetings, the expected ones"
exit "$fail"
