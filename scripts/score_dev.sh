#!/usr/bin/env bash
# Scores newsgraph on the dev corpus: builds one JSON-LD graph per dev article, each
# article alone (PRED_DIR/<stem>.jsonld), then runs the project's scorer,
#   /usr/bin/python3 ../shared/eval/graph_score.py ../shared/corpus/dev PRED_DIR
# which prints entity, meeting-pair and statement P/R/F1 (see ../shared/eval/README.md).
# PRED_DIR is a temporary folder outside the repository (the graphs of the Reuters
# articles quote their text, which must not enter the repository), removed afterwards
# unless PRED_DIR is given in the environment.
# usage: scripts/score_dev.sh [--errors] [--json]     (options go to graph_score.py)
# Builds newsgraph first when build/tools/newsgraph is missing; NEWSGRAPH overrides the
# binary, NEWSGRAPH_SHARED the ../shared folder. Exits 77 (skipped) without ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSGRAPH_SHARED:-../shared}
if [ ! -d "$shared/corpus/dev" ] || [ ! -f "$shared/eval/graph_score.py" ]; then
  echo "SKIP score_dev: $shared/corpus/dev or $shared/eval/graph_score.py not found (set NEWSGRAPH_SHARED)"
  exit 77
fi
if ! /usr/bin/python3 -c 'import rdflib' 2>/dev/null; then
  bash scripts/install.sh --score
fi
newsgraph=${NEWSGRAPH:-build/tools/newsgraph}
[ -x "$newsgraph" ] || bash scripts/build.sh
if [ -n "${PRED_DIR:-}" ]; then
  pred=$PRED_DIR
  mkdir -p "$pred"
else
  pred=$(mktemp -d)
  trap 'rm -rf "$pred"' EXIT
fi

failed=0 count=0
for article in "$shared"/corpus/dev/*.txt; do
  stem=$(basename "$article" .txt)
  count=$((count + 1))
  if ! "$newsgraph" build -o "$pred/$stem.jsonld" "$article" 2>"$pred/$stem.err"; then
    echo "newsgraph failed on $article: $(head -n 1 "$pred/$stem.err")" >&2
    failed=$((failed + 1))
  fi
  rm -f "$pred/$stem.err"
done
echo "graphs of $count dev articles built in $pred ($failed failed)"
/usr/bin/python3 "$shared/eval/graph_score.py" "$shared/corpus/dev" "$pred" "$@"
[ "$failed" -eq 0 ]
