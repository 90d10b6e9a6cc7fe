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
echo "graphs (JSON-LD, DOT, SVG) of each article in samples/ and of all of them merged:"
for f in graphs/*.jsonld; do echo "  $(pwd)/${f%.jsonld}.{jsonld,dot,svg}"; done
echo "try: build/tools/newsgraph query graphs/all.jsonld met Putin"
