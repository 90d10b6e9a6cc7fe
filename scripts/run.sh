#!/usr/bin/env bash
# README's first command: installs what is missing, builds in Release mode, and runs
# newsgraph on every article in samples/, writing graphs/<stem>.{jsonld,dot,svg} and
# the merged graphs/all.{jsonld,dot,svg}.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/build.sh
cmake --build build --target graphs
echo
echo "newsgraph: $(pwd)/build/tools/newsgraph"
echo "graphs of samples/*.txt written to $(pwd)/graphs/:"
ls -1 graphs | sed 's/^/  /'
