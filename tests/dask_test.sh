#!/usr/bin/env bash
# The Dask runner (scripts/dask_build.py) on a LocalCluster of 2 worker processes
# writes the bytes `newsgraph build` writes for the same articles.
# python3-dask and python3-distributed come from scripts/install.sh --test.
set -u
N=$1
if ! /usr/bin/python3 -c 'import dask.distributed' 2>/dev/null; then
  echo "FAIL: Debian's python3-dask or python3-distributed is missing: run scripts/install.sh --test (scripts/test.sh does)"
  exit 1
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# The samples plus articles whose merge depends on the order they are added in.
mkdir -p "$dir/in/more"
cp samples/*.txt "$dir/in/"
cp tests/data/merge_order/*.txt "$dir/in/more/"
"$N" build --jobs 1 "$dir/in" -o "$dir/build.jsonld" 2>/dev/null || fail "build"
/usr/bin/python3 scripts/dask_build.py --local 2 --partitions 5 --fan-in 2 --newsgraph "$N" -o "$dir/dask.jsonld" "$dir/in" \
  2>"$dir/err" || fail "dask_build.py: $(tail -5 "$dir/err")"
cmp -s "$dir/build.jsonld" "$dir/dask.jsonld" || fail "the Dask graph differs from build's"
cmp -s "$dir/build.jsonld.ngbin" "$dir/dask.jsonld.ngbin" || fail "the Dask graph's snapshot differs from build's"
grep "dask_build.py: .* articles in 5 partitions on 2 worker threads" "$dir/err" || fail "no timing line: $(tail -3 "$dir/err")"
# A failing task is exit 1 with newsgraph's message.
: > "$dir/in/more/c-empty.txt"
/usr/bin/python3 scripts/dask_build.py --local 2 --newsgraph "$N" -o "$dir/bad.jsonld" "$dir/in" 2>"$dir/err"
[ $? -eq 1 ] || fail "an empty article is not exit 1"
grep -q "c-empty.txt" "$dir/err" || fail "the error does not name the empty article: $(tail -3 "$dir/err")"
[ ! -e "$dir/bad.jsonld" ] || fail "a failed run wrote the graph"
echo "ok"
