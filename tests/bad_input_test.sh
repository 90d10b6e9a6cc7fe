#!/usr/bin/env bash
# Bad input to `newsgraph build`: an empty file, a binary file, invalid UTF-8, a missing
# file, a folder with no articles, empty standard input, an unknown flag, an output path
# in a missing folder. Each must give a one-line error that names the file (the flag,
# then the usage text, for a usage error), a non-zero exit (1; 2 for usage), nothing on
# stdout, an existing -o target untouched, and no temporary file left beside it. A bad
# file among good ones fails the whole build the same way: no partial graph.
# Huge input (20 MB of a real article, repeated; 1 MB of it as one run-on sentence) must
# build, or fail with a one-line message: never a crash, a hang or a half-written output.
# usage: tests/bad_input_test.sh path/to/newsgraph
set -uo pipefail
newsgraph=$(realpath "$1")
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
good=samples/000-seed-ukraine-talks.txt
fail=0

printf '' >"$tmp/empty.txt"
printf ' \n\t\n' >"$tmp/blank.txt"
head -c 3000 "$newsgraph" >"$tmp/binary.txt"
printf 'Witkoff met Putin in \xff\xfe Moscow.\n' >"$tmp/latin1.txt"
printf 'Kushner met Dmitriev in Davos \xe2\x80 and left.\n' >"$tmp/truncated-utf8.txt"
mkdir "$tmp/no-articles"

# expect NAME EXIT NEEDLE -- ARGS...: runs newsgraph ARGS (adding -o to an existing
# target when ARGS has none), then checks the exit code; that stderr's first line names
# NEEDLE; that stderr has that one line (for exit 2, the usage text may follow); that
# stdout is empty; that the target is unchanged; that nothing else appeared beside it.
expect() {
  local name=$1 code=$2 needle=$3
  shift 4
  local out="$tmp/out/$name"
  mkdir -p "$out"
  echo "previous graph" >"$out/graph.jsonld"
  local args=("$@")
  [[ " ${args[*]} " == *" -o "* ]] || args=("${args[0]}" -o "$out/graph.jsonld" "${args[@]:1}")
  "$newsgraph" "${args[@]}" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
  local rc=$? problems=() first lines left
  [ "$rc" -eq "$code" ] || problems+=("exit $rc, expected $code")
  first=$(head -n 1 "$tmp/stderr")
  [[ $first == *"$needle"* ]] || problems+=("stderr's first line does not name '$needle'")
  lines=$(wc -l <"$tmp/stderr")
  if [ "$code" -eq 2 ] && [ "$lines" -gt 1 ]; then
    sed -n 2p "$tmp/stderr" | grep -q '^usage:' || problems+=("stderr has more than the error and the usage text")
  elif [ "$lines" -ne 1 ]; then
    problems+=("$lines lines on stderr, expected one")
  fi
  [ ! -s "$tmp/stdout" ] || problems+=("output on stdout")
  [ "$(cat "$out/graph.jsonld")" = "previous graph" ] || problems+=("the existing -o target changed")
  left=$(ls -A "$out" | grep -v '^graph\.jsonld$')
  [ -z "$left" ] || problems+=("files left beside the target: $left")
  if [ ${#problems[@]} -eq 0 ]; then
    echo "ok $name: exit $rc: $first"
  else
    echo "FAIL $name: $(printf "%s; " "${problems[@]}")"
    echo "  stderr: $(head -c 500 "$tmp/stderr")"
    fail=1
  fi
}

expect empty 1 "$tmp/empty.txt" -- build "$tmp/empty.txt"
expect blank 1 "$tmp/blank.txt" -- build "$tmp/blank.txt"
expect binary 1 "$tmp/binary.txt" -- build "$tmp/binary.txt"
expect invalid-utf8 1 "$tmp/latin1.txt" -- build "$tmp/latin1.txt"
expect truncated-utf8 1 "$tmp/truncated-utf8.txt" -- build "$tmp/truncated-utf8.txt"
expect missing 1 "$tmp/no-such-article.txt" -- build "$tmp/no-such-article.txt"
expect no-articles 1 "$tmp/no-articles" -- build "$tmp/no-articles"
expect bad-among-good 1 "$tmp/latin1.txt" -- build "$good" "$tmp/latin1.txt" "$good"
expect unknown-flag 2 "--frobnicate" -- build --frobnicate "$good"
expect missing-folder 1 "$tmp/no-dir/graph.jsonld" -- build -o "$tmp/no-dir/graph.jsonld" "$good"

# Empty standard input.
"$newsgraph" build - </dev/null >"$tmp/stdout" 2>"$tmp/stderr"
rc=$?
if [ "$rc" -eq 1 ] && [ "$(wc -l <"$tmp/stderr")" -eq 1 ] && [ ! -s "$tmp/stdout" ]; then
  echo "ok empty-stdin: exit 1: $(cat "$tmp/stderr")"
else
  echo "FAIL empty-stdin: exit $rc, stdout $(wc -c <"$tmp/stdout") bytes, stderr: $(head -c 300 "$tmp/stderr")"
  fail=1
fi

# huge NAME FILE SECONDS: newsgraph must build FILE into valid JSON, or refuse it with a
# one-line message leaving the -o target untouched, within SECONDS; never crash or hang.
huge() {
  local name=$1 file=$2 limit=$3 out="$tmp/huge-$1"
  mkdir "$out" && echo "previous graph" >"$out/graph.jsonld"
  local start rc ms seconds size left why
  start=$(date +%s%N)
  timeout "$limit" "$newsgraph" build -o "$out/graph.jsonld" "$file" >"$tmp/stdout" 2>"$tmp/stderr"
  rc=$?
  ms=$((($(date +%s%N) - start) / 1000000))
  seconds="$((ms / 1000)).$(printf %03d $((ms % 1000)))"
  size=$(stat -c %s "$file")
  left=$(ls -A "$out" | grep -v '^graph\.jsonld\(\.ngbin\)\?$')
  if [ "$rc" -eq 0 ] && [ -z "$left" ] &&
     /usr/bin/python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out/graph.jsonld"; then
    echo "ok $name: $size bytes built in ${seconds}s into $(stat -c %s "$out/graph.jsonld") bytes of valid JSON"
  elif [ "$rc" -eq 1 ] && [ "$(wc -l <"$tmp/stderr")" -eq 1 ] && [ -z "$left" ] &&
       [ "$(cat "$out/graph.jsonld")" = "previous graph" ]; then
    echo "ok $name: $size bytes refused clearly in ${seconds}s: $(cat "$tmp/stderr")"
  else
    case $rc in
      124) why="no result within $limit s" ;;
      0) why="exit 0, but the output is not valid JSON or files were left: $left" ;;
      *) why="exit $rc$([ "$rc" -gt 128 ] && echo " (signal $((rc - 128)))")" ;;
    esac
    echo "FAIL $name: $size bytes: $why; stderr: $(head -c 500 "$tmp/stderr")"
    fail=1
  fi
  rm -rf "$out"
}

# 20 MB of the seed article's body (without its Sources list), repeated as paragraphs.
body=$(sed -n '3,$p' "$good" | sed '/^Sources$/,$d')
reps=$((20000000 / (${#body} + 2) + 1))
{ head -n 2 "$good"; for _ in $(seq "$reps"); do printf '%s\n\n' "$body"; done; } >"$tmp/huge.txt"
# Under AddressSanitizer (scripts/sanitize.sh) everything runs some 3-5 times slower.
scale=1
grep -q __asan_init "$newsgraph" && scale=5
huge huge "$tmp/huge.txt" $((300 * scale))
rm -f "$tmp/huge.txt"

# 1 MB of the same text as one run-on sentence: no line break and no . ! ? (text that
# lost its punctuation). Stages must stay near-linear in a sentence's length too.
runon=$(printf '%s' "$body" | tr '\n.!?' '    ')
reps=$((1000000 / (${#runon} + 1) + 1))
{ head -n 2 "$good"; for _ in $(seq "$reps"); do printf '%s ' "$runon"; done; echo; } >"$tmp/run-on.txt"
huge run-on "$tmp/run-on.txt" $((60 * scale))
exit "$fail"
