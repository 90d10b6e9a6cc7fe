#!/usr/bin/env bash
# Builds data/common_words.tsv and data/proper_words.tsv.
# common_words.tsv: English words that the dictionary lists only in lower
# case ("water", "future", "girls"), never as a proper noun ("China", "Pentagon",
# "Taliban" have capitalised entries and are left out). The entity recognizer uses it to
# tell a capitalised common word (a sentence start, a heading, a programme's name) from
# a name, and a title's domain ("Minister of Energy") from the name after it.
# proper_words.tsv: the dictionary's proper nouns ("Japan", "Hispanic", "Johnson"),
# lower-cased: words known as names, so not a domain word, but not necessarily a person.
# Source: Debian package wamerican (/usr/share/dict/american-english; SCOWL word lists),
# licence: see /usr/share/doc/wamerican/copyright (free, permissive).
# Usage: apt-get install wamerican && bash scripts/common_words_build.sh
# Output is sorted (C locale) and deterministic. Nothing here comes from the evaluation texts.
set -euo pipefail
cd "$(dirname "$0")/.."
dict=${1:-/usr/share/dict/american-english}
[ -r "$dict" ] || { echo "common_words_build: $dict not found (apt-get install wamerican)" >&2; exit 1; }
out=data/common_words.tsv
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
{
  echo "# Common English words: listed by wamerican in lower case only (no proper-noun entry)."
  echo "# Built by scripts/common_words_build.sh; do not edit. Source and licence: data/README.md."
  # Words with a capitalised entry, lower-cased; then every all-lower-case word not among them.
  LC_ALL=C grep -v "'" "$dict" | LC_ALL=C awk '
    /^[A-Z]/ { proper[tolower($0)] = 1; next }
    /^[a-z]+(-[a-z]+)*$/ { lower[$0] = 1 }
    END { for (w in lower) if (!(w in proper)) print w }' | LC_ALL=C sort
} > "$tmp"
chmod 644 "$tmp"
mv "$tmp" "$out"
echo "wrote $out ($(grep -vc '^#' "$out") words)"
out=data/proper_words.tsv
{
  echo "# Proper nouns of the dictionary (wamerican's capitalised entries), lower-cased."
  echo "# Built by scripts/common_words_build.sh; do not edit. Source and licence: data/README.md."
  LC_ALL=C grep -v "'" "$dict" | LC_ALL=C awk '/^[A-Z][A-Za-z]*(-[A-Za-z]+)*$/ { print tolower($0) }' | LC_ALL=C sort -u
} > "$tmp"
chmod 644 "$tmp"
mv "$tmp" "$out"
echo "wrote $out ($(grep -vc '^#' "$out") words)"
