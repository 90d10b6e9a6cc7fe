#!/usr/bin/env bash
# newsgraph eval must reproduce shared/eval/graph_score.py's figures on the JSON-LD that
# newsgraph build writes for each dev article alone. Skips (77) without ../shared or
# without rdflib for /usr/bin/python3.
set -euo pipefail
newsgraph=${1:?usage: eval_agreement_test.sh NEWSGRAPH}
shared=${NEWSGRAPH_SHARED:-../shared}
if [ ! -d "$shared/corpus/dev" ] || [ ! -f "$shared/eval/graph_score.py" ]; then
  echo "SKIP eval_agreement: $shared/corpus/dev or graph_score.py not found"; exit 77
fi
if ! /usr/bin/python3 -c 'import rdflib' 2>/dev/null; then
  echo "SKIP eval_agreement: rdflib not installed for /usr/bin/python3"; exit 77
fi
pred=$(mktemp -d)
trap 'rm -rf "$pred"' EXIT
for f in "$shared"/corpus/dev/*.txt; do
  "$newsgraph" build -o "$pred/$(basename "${f%.txt}").jsonld" "$f" 2>/dev/null
done
theirs=$(/usr/bin/python3 "$shared/eval/graph_score.py" "$shared/corpus/dev" "$pred" --json)
ours=$("$newsgraph" eval --json --gold "$shared/corpus/dev" "$shared"/corpus/dev/*.txt 2>/dev/null)
# graph_score.py has no trip figure: compare everything before it
ours=${ours%%, \"trips\"*}}
if [ "$theirs" != "$ours" ]; then
  echo "FAIL eval_agreement: graph_score.py and newsgraph eval differ"
  echo "graph_score.py: $theirs"
  echo "newsgraph eval: $ours"
  exit 1
fi
echo "eval_agreement: identical figures ($ours)"
