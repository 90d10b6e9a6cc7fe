#!/usr/bin/env bash
# Time and peak memory of `newsgraph build` on hostile sizes (issue 15): one-line
# articles of 1, 10 and 30 MB (a sample article's body with its line breaks made
# spaces, repeated) and 1 MB of one repeated name ("Putin Putin ..."). Each is built
# RUNS times (default 3); prints the median seconds and the median peak RSS (MB), and
# the peak as a multiple of the input's size.
# usage: bench/hostile.sh [NEWSGRAPH]   (default build/tools/newsgraph); SIZES overrides "1 10 30"
set -euo pipefail
cd "$(dirname "$0")/.."
newsgraph=${1:-build/tools/newsgraph}
runs=${RUNS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
body=$(sed -n '3,$p' samples/039-kerry-putin-call.txt | sed '/^Sources$/,$d' | tr '\n' ' ')
measure() {  # NAME FILE
  python3 - "$newsgraph" "$2" "$tmp/out.jsonld" "$runs" "$1" <<'PY'
import resource, statistics, subprocess, sys, os
newsgraph, path, out, runs, name = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
times, peaks = [], []
for _ in range(runs):
    # each run in a fresh child of a fresh python, so RUSAGE_CHILDREN is that run's peak
    r = subprocess.run([sys.executable, "-c", """
import resource, subprocess, sys, time
t = time.monotonic()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(rc, time.monotonic() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
""", newsgraph, "build", "-o", out, path], capture_output=True, text=True)
    rc, secs, kb = r.stdout.split()
    if rc != "0":
        sys.exit(f"{name}: newsgraph exited {rc}")
    times.append(float(secs)); peaks.append(int(kb) / 1024)
size = os.path.getsize(path) / 1e6
t, p = statistics.median(times), statistics.median(peaks)
print(f"{name:14s} {size:6.1f} MB input  median {t:7.2f} s  peak {p:7.1f} MB  ({p / size:5.1f}x input)")
PY
}
for mb in ${SIZES:-1 10 30}; do
  python3 -c 'import sys; b = sys.argv[1] + " "; n = int(sys.argv[2]) * 10**6; sys.stdout.write(b * (n // len(b.encode()) + 1) + "\n")' \
    "$body" "$mb" >"$tmp/line.txt"
  measure "one-line-${mb}MB" "$tmp/line.txt"
done
python3 -c 'import sys; sys.stdout.write("Putin " * 175000 + "\n")' >"$tmp/putin.txt"
measure "repeated-name" "$tmp/putin.txt"
