#!/usr/bin/env bash
# newsgraph build / query as the CLI contract states them: formats by extension,
# deterministic bytes, nothing written on bad input, exit codes 0/1/2.
set -u
N=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$dir/in/sub"
printf 'Title: A\nPublished: 2026-01-02\n\nAnna Alpha met Bert Beta in Paris on Monday.\n' > "$dir/in/a.txt"
printf 'Published: 2026-01-03\n\nBert Beta spoke with Carl Gamma by phone.\n' > "$dir/in/sub/b.txt"

"$N" build "$dir/in" > "$dir/one.jsonld" || fail "build to stdout"
"$N" build "$dir/in/sub/b.txt" "$dir/in/a.txt" -o "$dir/two.jsonld" || fail "build -o"
cmp -s "$dir/one.jsonld" "$dir/two.jsonld" || fail "same articles in another order give other bytes"
grep -q '"@vocab": "http://schema.org/"' "$dir/one.jsonld" || fail "no inline schema.org context"
"$N" build "$dir/in" -o "$dir/g.dot" || fail "build -o g.dot"
head -1 "$dir/g.dot" | grep -q '^graph newsgraph {' || fail "g.dot is not DOT"
if command -v dot >/dev/null; then
  err=$(dot -Tsvg "$dir/g.dot" -o "$dir/g.svg" 2>&1) || fail "dot failed"
  [ -z "$err" ] || fail "dot warned: $err"
fi
"$N" build --format dot "$dir/in" | head -1 | grep -q '^graph' || fail "--format dot to stdout"

# Incremental: adding the same article again changes nothing.
cp "$dir/one.jsonld" "$dir/inc.jsonld"
"$N" build --into "$dir/inc.jsonld" "$dir/in/a.txt" || fail "--into"
cmp -s "$dir/one.jsonld" "$dir/inc.jsonld" || fail "--into with a known article changed the graph"
"$N" build --into "$dir/new.jsonld" "$dir/in/a.txt" "$dir/in/sub/b.txt" || fail "--into a new graph"
cmp -s "$dir/one.jsonld" "$dir/new.jsonld" || fail "--into a new graph differs from build"

# Cross-article merging does not depend on the order of INPUTs: "President Putin" and
# "Vladimir Putin" are one person, their meeting with Xi one meeting with both sources.
mkdir -p "$dir/putin"
printf 'Published: 2026-03-06\n\nPresident Putin met Xi Jinping in Moscow on 5 March 2026.\n' > "$dir/putin/a.txt"
printf 'Published: 2026-03-07\n\nVladimir Putin met Chinese leader Xi Jinping in Moscow on Thursday, March 5.\n' > "$dir/putin/b.txt"
"$N" build "$dir/putin/a.txt" "$dir/putin/b.txt" -o "$dir/ab.jsonld" || fail "build a b"
"$N" build "$dir/putin/b.txt" "$dir/putin/a.txt" -o "$dir/ba.jsonld" || fail "build b a"
cmp -s "$dir/ab.jsonld" "$dir/ba.jsonld" || fail "build a b and build b a differ"
cmp -s "$dir/ab.jsonld.ngbin" "$dir/ba.jsonld.ngbin" || fail "their snapshots differ"
"$N" query "$dir/ab.jsonld" met Putin --format csv > "$dir/met.csv" || fail "query met Putin"
[ "$(wc -l < "$dir/met.csv")" -eq 2 ] && grep -q '2026-03-05,occurred,in-person,Xi Jinping,Moscow,a; b,' "$dir/met.csv" ||
  fail "Putin's meeting with Xi is not one meeting with both sources: $(cat "$dir/met.csv")"
# --into adds after what the graph holds (its keys stay): same answers, maybe other keys.
"$N" build --into "$dir/inc2.jsonld" "$dir/putin/b.txt" && "$N" build --into "$dir/inc2.jsonld" "$dir/putin/a.txt" || fail "--into b, a"
"$N" query "$dir/inc2.jsonld" met "President Putin" --format csv | cmp -s - "$dir/met.csv" || fail "--into b then a answers otherwise"

# The snapshot: used when valid; a corrupt one is a warning and the JSON-LD answers.
printf 'garbage' > "$dir/ab.jsonld.ngbin"
"$N" query "$dir/ab.jsonld" met Putin --format csv > "$dir/met2.csv" 2> "$dir/err.txt" || fail "query with a corrupt snapshot"
cmp -s "$dir/met.csv" "$dir/met2.csv" || fail "a corrupt snapshot changed the answer"
grep -q "warning: .*ab.jsonld.ngbin: not a valid graph snapshot" "$dir/err.txt" || fail "no warning for a corrupt snapshot: $(cat "$dir/err.txt")"
"$N" build --no-snapshot "$dir/putin/a.txt" -o "$dir/nosnap.jsonld" && [ ! -e "$dir/nosnap.jsonld.ngbin" ] || fail "--no-snapshot"
"$N" snapshot "$dir/ab.jsonld" > /dev/null && cmp -s "$dir/ab.jsonld.ngbin" "$dir/ba.jsonld.ngbin" || fail "snapshot does not remake the snapshot build wrote"
"$N" query "$dir/ab.jsonld" met Putin --format csv 2> "$dir/err.txt" | cmp -s - "$dir/met.csv" && [ ! -s "$dir/err.txt" ] || fail "the remade snapshot is not used"

# Bad input: exit 1, one line naming the file, nothing written.
printf '\xff\xfe\x00' > "$dir/bad.txt"
"$N" build "$dir/in" "$dir/bad.txt" > "$dir/out.txt" 2> "$dir/err.txt"; rc=$?
[ $rc -eq 1 ] || fail "bad input: exit $rc"
[ ! -s "$dir/out.txt" ] || fail "bad input: something went to stdout"
grep -q "bad.txt" "$dir/err.txt" || fail "bad input: the error does not name the file"
"$N" build "$dir/in" "$dir/missing.txt" -o "$dir/m.jsonld" 2>/dev/null; rc=$?
[ $rc -eq 1 ] && [ ! -e "$dir/m.jsonld" ] || fail "missing input: exit $rc or output written"
"$N" build --bogus "$dir/in" > /dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "unknown flag: exit $rc"
"$N" build "$dir/in" -o "$dir/x.unknown" > /dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "unknown extension: exit $rc"
"$N" build --help | grep -q '^usage: newsgraph build' || fail "build --help"

# Query: unknown names are errors with a message; bad graphs name the file.
"$N" query "$dir/one.jsonld" met "Nobody Here" > /dev/null 2> "$dir/err.txt"; rc=$?
[ $rc -eq 1 ] && grep -q "unknown name 'Nobody Here'" "$dir/err.txt" || fail "query unknown name: exit $rc"
"$N" query "$dir/g.dot" met X > /dev/null 2> "$dir/err.txt"; rc=$?
[ $rc -eq 1 ] && grep -q "g.dot: not JSON" "$dir/err.txt" || fail "query of a non-graph: exit $rc"
"$N" query "$dir/one.jsonld" met > /dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "query without NAME: exit $rc"

# Query: a real tie (two people of one surname, neither with it as an alias) is an error
# that lists both with their types and articles; nothing goes to stdout.
mkdir -p "$dir/tie"
printf 'Published: 2026-04-01

Anna Marsh met Bert Beta in Paris on Monday.
' > "$dir/tie/a.txt"
printf 'Published: 2026-04-02

Carl Marsh met Dora Delta in Rome on Tuesday.
' > "$dir/tie/b.txt"
"$N" build "$dir/tie" -o "$dir/tie.jsonld" || fail "build tie"
"$N" query "$dir/tie.jsonld" met Marsh > "$dir/out.txt" 2> "$dir/err.txt"; rc=$?
[ $rc -eq 1 ] && [ ! -s "$dir/out.txt" ] && grep -q "ambiguous name 'Marsh'; did you mean one of:" "$dir/err.txt" &&
  grep -q "Anna Marsh (Person; articles a)" "$dir/err.txt" && grep -q "Carl Marsh (Person; articles b)" "$dir/err.txt" ||
  fail "query tie: exit $rc, $(cat "$dir/err.txt")"
"$N" query "$dir/tie.jsonld" met "Anna Marsh" --format csv > "$dir/out.txt" || fail "query the full name of a tie"
grep -q "Bert Beta" "$dir/out.txt" || fail "query Anna Marsh: $(cat "$dir/out.txt")"
echo "ok"
