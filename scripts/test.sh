#!/usr/bin/env bash
# README's second command (and what .ci/run calls): installs what is missing, including
# the test suite's clients (npm ci from package-lock.json, python3-rdflib), builds in
# Release mode and runs the whole suite with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --test
npm ci --no-audit --no-fund --loglevel=error
bash scripts/build.sh
ctest --preset release -j "${JOBS:-$(nproc)}"
