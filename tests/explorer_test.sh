#!/usr/bin/env bash
# The HTML explorer in a real browser: renders the samples' graph with
# `newsgraph render --to html` into a folder, checks the page is one self-contained file
# (no http(s) reference to load, nothing beside index.html), then drives it in Debian's
# headless Chromium with puppeteer-core (tests/clients/explorer_client.mjs: search
# "Putin", click him, the 2026-01-22 Moscow meeting with Witkoff and Kushner and its
# evidence, source and date basis; the diagram's click, zoom and date filter), saving a
# screenshot. Needs chromium (scripts/install.sh --test) and node_modules (npm ci).
# usage: tests/explorer_test.sh path/to/newsgraph
set -uo pipefail
newsgraph=$(realpath "$1")
cd "$(dirname "$0")/.."
if [ ! -d node_modules/puppeteer-core ]; then
  echo "FAIL: node_modules/ lacks puppeteer-core: run 'npm ci' in $(pwd) (scripts/test.sh does)"
  exit 1
fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "FAIL: chromium is not installed: run scripts/install.sh --test (scripts/test.sh does)"
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

"$newsgraph" build --quiet -o "$tmp/all.jsonld" samples/*.txt || { echo "FAIL: build samples"; exit 1; }
"$newsgraph" render --to html "$tmp/all.jsonld" -o "$tmp/explorer/" || { echo "FAIL: render --to html"; exit 1; }
[ "$(ls -A "$tmp/explorer")" = index.html ] || { echo "FAIL: the explorer folder holds more than index.html: $(ls -A "$tmp/explorer")"; fail=1; }
# nothing to fetch: no src= or <link>, and no http(s) URL outside the data block and
# the SVG's own namespace declarations
if grep -Eo '<(script|img|link|iframe)[^>]*(src|href)=' "$tmp/explorer/index.html" | head -3 | grep -q .; then
  echo "FAIL: the page loads outside resources"
  fail=1
fi
# the same graph gives the same bytes
"$newsgraph" render --to html "$tmp/all.jsonld" -o "$tmp/again.html"
cmp -s "$tmp/explorer/index.html" "$tmp/again.html" || { echo "FAIL: two renders of one graph differ"; fail=1; }
echo "ok the explorer page: $(stat -c %s "$tmp/explorer/index.html") bytes, one file"

node tests/clients/explorer_client.mjs "$tmp/explorer/index.html" --screenshot "$tmp/explorer.png" || fail=1
[ -s "$tmp/explorer.png" ] || { echo "FAIL: no screenshot"; fail=1; }
exit "$fail"
