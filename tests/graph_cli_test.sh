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
[ "$(wc -l < "$dir/met.csv")" -eq 2 ] && grep -q '2026-03-05,stated,occurred,in-person,corroborated,Xi Jinping,Moscow,a; b,' "$dir/met.csv" ||
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
# The summary line on stderr; --quiet silences it. The same text under another name is
# skipped and counted, and changes nothing.
cp "$dir/in/a.txt" "$dir/a-copy.txt"
"$N" build "$dir/in" "$dir/a-copy.txt" -o "$dir/dup.jsonld" 2> "$dir/err.txt" || fail "build with a copy"
grep -q '^newsgraph build: read 3 articles (1 skipped as duplicates); graph: [0-9]* entities, 2 meetings, .* 0 warnings; [0-9.]* s$' "$dir/err.txt" ||
  fail "no summary line naming the duplicate: $(cat "$dir/err.txt")"
cmp -s "$dir/dup.jsonld" "$dir/two.jsonld" || fail "adding the same article twice changed the graph"
"$N" build --into "$dir/dup.jsonld" "$dir/a-copy.txt" 2> "$dir/err.txt" && cmp -s "$dir/dup.jsonld" "$dir/two.jsonld" ||
  fail "--into with a copy of a known article changed the graph"
grep -q 'read 1 article (1 skipped as duplicates)' "$dir/err.txt" || fail "--into says nothing of the skipped copy: $(cat "$dir/err.txt")"
"$N" build --quiet "$dir/in" -o "$dir/q.jsonld" 2> "$dir/err.txt" && [ ! -s "$dir/err.txt" ] || fail "--quiet printed: $(cat "$dir/err.txt")"

# Inputs people have: JSON Lines and HTML beside .txt; other files skipped and named.
mkdir -p "$dir/mixed"
printf '%s\n' '{"id":"w1","title":"Envoys","published":"2026-03-06","text":"President Putin met Xi Jinping in Moscow on 5 March 2026."}' \
  '{"id":"w2","published":"2026-01-03","text":"Bert Beta spoke with Carl Gamma by phone."}' > "$dir/mixed/feed.jsonl"
printf '<html><head><meta property="og:title" content="Paris talks"><meta property="article:published_time" content="2026-01-02T09:00:00Z"></head><body><article><p>Anna Alpha met Bert Beta in Paris on Monday.</p></article></body></html>\n' > "$dir/mixed/page.html"
printf 'notes\n' > "$dir/mixed/notes.md"
"$N" build "$dir/mixed" -o "$dir/mixed.jsonld" 2> "$dir/err.txt" || fail "build jsonl + html: $(cat "$dir/err.txt")"
grep -q 'read 3 articles; .*skipped 1 file: .*notes.md' "$dir/err.txt" || fail "the summary does not name the skipped file: $(cat "$dir/err.txt")"
"$N" query "$dir/mixed.jsonld" met Putin --format csv | grep -q '^2026-03-05,stated,.*Xi Jinping,Moscow,w1,' || fail "the JSON Lines record's meeting"
"$N" query "$dir/mixed.jsonld" met Anna --format csv | grep -q '^2025-12-29,stated,.*Bert Beta,Paris,page,' || fail "the HTML page's meeting"
printf '{"title":"no text"}\n' > "$dir/bad.jsonl"
"$N" build "$dir/bad.jsonl" > /dev/null 2> "$dir/err.txt"; rc=$?
[ $rc -eq 1 ] && grep -q 'bad.jsonl:1: no "text"' "$dir/err.txt" || fail "a bad JSON Lines record: exit $rc, $(cat "$dir/err.txt")"

# One relationship diagram: build --format dot is export --to dot; the event graph has its own name.
"$N" build --quiet --format dot "$dir/putin" > "$dir/b.dot" && "$N" export --to dot "$dir/ab.jsonld" | cmp -s - "$dir/b.dot" ||
  fail "build --format dot and export --to dot differ"
"$N" build --quiet --format events-dot "$dir/putin" | grep -q 'meeting\\n2026-03-05' || fail "--format events-dot"
# Diagram options: --top is --max-nodes; isolated entities only with --isolated.
"$N" export --to dot --top 1 "$dir/ab.jsonld" > /dev/null || fail "--top"
"$N" export --to dot --top 1 --max-nodes 2 "$dir/ab.jsonld" > /dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "--top with --max-nodes: exit $rc"

# Filters for every export format (GraphML once failed with --from); the people projection.
for to in jsonld nquads graphml dot; do
  "$N" export --to "$to" --around Xi --depth 1 "$dir/ab.jsonld" > "$dir/ego.$to" || fail "export --to $to --around"
  grep -q 'xi-jinping' "$dir/ego.$to" || fail "export --to $to --around Xi lost Xi"
done
"$N" export --to jsonld --from 2027 "$dir/ab.jsonld" | grep -q 'meeting/' && fail "export --to jsonld --from 2027 kept a 2026 meeting"
"$N" export --to graphml --project people "$dir/ab.jsonld" > "$dir/people.graphml" || fail "--project people"
grep -q '<edge source="person/putin" target="person/xi-jinping">' "$dir/people.graphml" || fail "no Putin-Xi edge in the projection"
"$N" export --to nquads --project people "$dir/ab.jsonld" > /dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "--project with nquads: exit $rc"

# Query: the basis and --stated-only; a table cut to the terminal's width unless --wide.
"$N" query "$dir/one.jsonld" met Anna --format csv | grep -q '^2025-12-29,stated,' || fail "met: no stated basis"
"$N" query "$dir/one.jsonld" met Bert --stated-only --format csv > "$dir/stated.csv" || fail "--stated-only"
[ "$(wc -l < "$dir/stated.csv")" -eq 2 ] || fail "--stated-only kept an undated-by-text meeting: $(cat "$dir/stated.csv")"
"$N" query "$dir/one.jsonld" met Bert --format csv | grep -q ',publication,' || fail "the phone call's date is the publication's"
"$N" query "$dir/one.jsonld" contacts Bert --stated-only > /dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "--stated-only for contacts: exit $rc"
"$N" query "$dir/one.jsonld" contacts Bert --format json | grep -q '"meetings": 1,' || fail "JSON counts are not numbers"
if command -v script >/dev/null; then
  script -qec "stty cols 50; '$N' query '$dir/one.jsonld' met Bert" /dev/null > "$dir/tty.txt"
  python3 -c 'import sys; sys.exit(any(len(l.rstrip("\r\n")) > 50 for l in open(sys.argv[1], encoding="utf-8")))' "$dir/tty.txt" &&
    grep -q '…' "$dir/tty.txt" ||
    fail "a table on a 50-column terminal is not cut to 50: $(cat "$dir/tty.txt")"
  script -qec "stty cols 50; '$N' query '$dir/one.jsonld' met Bert --wide" /dev/null | grep -q '…' && fail "--wide cut the table"
fi

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
