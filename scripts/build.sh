#!/usr/bin/env bash
# Configures and builds newsgraph in Release mode into build/ (CMakePresets.json "release").
# JOBS sets the parallel jobs (default: the number of cores).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release >/dev/null
cmake --build --preset release -j "${JOBS:-$(nproc)}"
