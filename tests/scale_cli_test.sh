#!/usr/bin/env bash
# build --jobs N, extract and merge as the CLI states them: every --jobs gives the bytes
# of --jobs 1; extract then merge, in any grouping, gives the bytes of build.
set -u
N=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# The samples plus articles whose merge depends on the order they are added in.
mkdir -p "$dir/in"
cp samples/*.txt tests/data/merge_order/*.txt "$dir/in/"

# --quiet: the warnings alone (the summary line says how long the build took)
"$N" build --quiet --jobs 1 "$dir/in" -o "$dir/j1.jsonld" 2>"$dir/j1.err" || fail "build --jobs 1"
for j in 2 3 8; do
  "$N" build --quiet --jobs $j "$dir/in" -o "$dir/j$j.jsonld" 2>"$dir/j$j.err" || fail "build --jobs $j"
  cmp -s "$dir/j1.jsonld" "$dir/j$j.jsonld" || fail "build --jobs $j differs from --jobs 1"
  cmp -s "$dir/j1.err" "$dir/j$j.err" || fail "build --jobs $j warns otherwise than --jobs 1"
done
"$N" build "$dir/in" > "$dir/default.jsonld" || fail "build with the default --jobs"
cmp -s "$dir/j1.jsonld" "$dir/default.jsonld" || fail "the default --jobs differs from --jobs 1"

# extract then merge = build; fragment files merge in any grouping and order.
"$N" extract --jobs 2 "$dir/in" -o "$dir/all.jsonl" || fail "extract -o"
[ "$(wc -l < "$dir/all.jsonl")" -eq "$(ls "$dir/in" | wc -l)" ] || fail "extract wrote not one line per article"
"$N" merge "$dir/all.jsonl" -o "$dir/merged.jsonld" || fail "merge"
cmp -s "$dir/j1.jsonld" "$dir/merged.jsonld" || fail "extract + merge differs from build"
"$N" extract --jobs 1 "$dir/in" > "$dir/stdout.jsonl" 2>/dev/null || fail "extract to stdout"
cmp -s "$dir/all.jsonl" "$dir/stdout.jsonl" || fail "extract --jobs 1 to stdout differs from --jobs 2 -o"
"$N" extract "$dir/in/"[bdf]-*.txt "$dir/in/0"*.txt -o "$dir/p1.jsonl" 2>/dev/null || fail "extract part 1"
"$N" extract "$dir/in/"[ceg]-*.txt "$dir/in/a-putin.txt" -o "$dir/p2.jsonl" 2>/dev/null || fail "extract part 2"
"$N" extract "$dir/in/a-putin.txt" "$dir/in/04"*.txt -o "$dir/p3.jsonl" 2>/dev/null || fail "extract part 3"
"$N" merge "$dir/p3.jsonl" "$dir/p1.jsonl" -o "$dir/p31.jsonl" || fail "merge -o .jsonl"
"$N" merge "$dir/p2.jsonl" "$dir/p31.jsonl" -o "$dir/tree.jsonld" || fail "merge of a merge"
cmp -s "$dir/j1.jsonld" "$dir/tree.jsonld" || fail "a tree of merges differs from build"
cat "$dir/p2.jsonl" "$dir/p1.jsonl" "$dir/p3.jsonl" | "$N" merge --format dot - > "$dir/cat.dot" || fail "merge - to DOT"
"$N" build --format dot "$dir/in" > "$dir/build.dot" || fail "build --format dot"
cmp -s "$dir/cat.dot" "$dir/build.dot" || fail "merge of concatenated fragments differs from build (DOT)"
[ -f "$dir/merged.jsonld.ngbin" ] || fail "merge -o GRAPH.jsonld wrote no snapshot"

# Standard input is one article among the files, in its place by id ("stdin"); its text
# differs from every file's (a text the graph holds is skipped as a duplicate).
{ cat samples/039-kerry-putin-call.txt; printf '\nThe call lasted an hour.\n'; } > "$dir/stdin.txt"
"$N" build --jobs 1 "$dir/in" - < "$dir/stdin.txt" > "$dir/stdin1.jsonld" 2>/dev/null || fail "build - --jobs 1"
"$N" build --jobs 2 - "$dir/in" < "$dir/stdin.txt" > "$dir/stdin2.jsonld" 2>/dev/null || fail "build - --jobs 2"
cmp -s "$dir/stdin1.jsonld" "$dir/stdin2.jsonld" || fail "build with - differs between --jobs 1 and 2"
grep -q '"identifier":"stdin"' "$dir/stdin2.jsonld" || fail "the stdin article is not in the graph"
"$N" extract - < samples/039-kerry-putin-call.txt 2>/dev/null | grep -q '^{"id":"stdin","path":"<stdin>"' || fail "extract - wrote no stdin fragment"

# Errors: usage 2, bad input 1, nothing written.
"$N" build --jobs 0 "$dir/in" -o "$dir/x.jsonld" 2>/dev/null; [ $? -eq 2 ] || fail "--jobs 0 is not a usage error"
"$N" build --jobs two "$dir/in" -o "$dir/x.jsonld" 2>/dev/null; [ $? -eq 2 ] || fail "--jobs two is not a usage error"
"$N" merge "$dir/all.jsonl" -o "$dir/x.txt" 2>/dev/null; [ $? -eq 2 ] || fail "merge -o x.txt is not a usage error"
: > "$dir/in/b-empty.txt"
"$N" build --jobs 2 "$dir/in" -o "$dir/x.jsonld" 2>"$dir/err"; [ $? -eq 1 ] || fail "an empty article in build --jobs 2 is not exit 1"
grep -q "b-empty.txt" "$dir/err" || fail "the error does not name the empty article"
"$N" extract --jobs 2 "$dir/in" -o "$dir/x.jsonl" 2>/dev/null; [ $? -eq 1 ] || fail "an empty article in extract is not exit 1"
printf '{"id":"x"}\n' > "$dir/bad.jsonl"
"$N" merge "$dir/all.jsonl" "$dir/bad.jsonl" -o "$dir/x.jsonld" 2>"$dir/err"; [ $? -eq 1 ] || fail "a bad fragment is not exit 1"
grep -q "bad.jsonl:1" "$dir/err" || fail "the error does not name the bad fragment's file and line"
[ ! -e "$dir/x.jsonld" ] && [ ! -e "$dir/x.jsonl" ] || fail "a failed run wrote output"
echo "ok"
