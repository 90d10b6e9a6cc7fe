#!/bin/bash
# newsgraph ner --rules --skip-passes: a rule pass left out changes what the recognizer
# tags; a name that is no pass, or the option without --rules, is a usage error (exit 2).
set -euo pipefail
NG="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# An invented document: a first name, an initial and a surname (rule pass first_name_initial).
printf -- '-DOCSTART- O\n\nAsk O\nHelen B-PER\nP. I-PER\nVarga I-PER\n. O\n' > "$tmp/doc.conll"
"$NG" ner --conll "$tmp/doc.conll" --rules > "$tmp/all.out"
"$NG" ner --conll "$tmp/doc.conll" --rules --skip-passes first_name_initial > "$tmp/without.out"
grep -q '^Helen B-PER B-PER$' "$tmp/all.out"
if cmp -s "$tmp/all.out" "$tmp/without.out"; then echo "--skip-passes changed nothing" >&2; exit 1; fi
"$NG" ner --conll "$tmp/doc.conll" --rules --skip-passes chunk_edges,geographic_features > /dev/null
rc=0; "$NG" ner --conll "$tmp/doc.conll" --rules --skip-passes no_such_pass > /dev/null 2>&1 || rc=$?
test "$rc" -eq 2
rc=0; "$NG" ner --conll "$tmp/doc.conll" --skip-passes chunk_edges > /dev/null 2>&1 || rc=$?
test "$rc" -eq 2
echo "ner_cli_test: ok"
