#!/usr/bin/python3
"""newsgraph build on a Dask cluster: extraction as a map, merging as a reduce.

usage: scripts/dask_build.py [--scheduler tcp://HOST:8786 | --local N] [--partitions P]
                             [--fan-in K] [--newsgraph PATH] [--date YYYY-MM-DD]
                             [--no-snapshot] -o GRAPH.jsonld INPUT...

Lists the articles of the INPUTs (files; directories, whose .txt files count,
recursively), cuts them into P partitions of about equal bytes, and maps
`newsgraph extract --jobs 1` over the partitions on the workers (one task per
partition). The fragments come back through Dask, are reduced K at a time with
`newsgraph merge --format jsonl` in a tree of tasks, and the last set is folded into the
graph by `newsgraph merge -o GRAPH`, here. Because merging depends only on the set of
fragments, the graph is byte for byte the one `newsgraph build INPUT...` writes.

  --scheduler A   a running scheduler (dask-scheduler; workers started with
                  dask-worker A); every worker must run PATH and read the INPUTs at the
                  paths given here (a shared file system)
  --local N       start a LocalCluster of N worker processes (default 2) instead
  --partitions P  map tasks (default: 2 per worker thread)
  --fan-in K      fragment sets per reduce task (default 4)
  --newsgraph P   the newsgraph binary (default build/tools/newsgraph beside this script)
Prints the wall time of each phase to stderr. Exits 1 on a failed task (its stderr is
shown), 2 on bad usage.
"""
import argparse
import os
import subprocess
import sys
import time


def article_paths(inputs):
    """The articles of INPUT arguments, as newsgraph lists them."""
    out = []
    for arg in inputs:
        if not os.path.isdir(arg):
            out.append(arg)
            continue
        found = []
        for root, dirs, files in os.walk(arg):
            dirs.sort()
            found += [os.path.join(root, f) for f in files if f.endswith(".txt") and os.path.isfile(os.path.join(root, f))]
        if not found:
            raise SystemExit(f"dask_build.py: {arg}: directory holds no .txt articles")
        out += sorted(found)
    return out


def partitions(paths, count):
    """`count` lists of paths of about equal total size (largest first, each to the
    lightest partition), deterministic for the same files."""
    count = max(1, min(count, len(paths)))
    sized = sorted(((os.path.getsize(p) if os.path.exists(p) else 0, p) for p in paths), key=lambda x: (-x[0], x[1]))
    parts = [[0, []] for _ in range(count)]
    for size, path in sized:
        lightest = min(range(count), key=lambda i: (parts[i][0], i))
        parts[lightest][0] += size
        parts[lightest][1].append(path)
    return [p[1] for p in parts if p[1]]


def run(cmd, stdin=b""):
    """Runs a newsgraph command; its stdout, or RuntimeError with its stderr."""
    done = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:2])} failed (exit {done.returncode}): {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def extract_task(newsgraph, date, paths):
    cmd = [newsgraph, "extract", "--jobs", "1"] + (["--date", date] if date else []) + ["--"] + paths
    return run(cmd)


def merge_task(newsgraph, *fragment_sets):
    return run([newsgraph, "merge", "--format", "jsonl", "-"], b"".join(fragment_sets))


def main(argv):
    ap = argparse.ArgumentParser(prog="dask_build.py", description="newsgraph build on a Dask cluster")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--scheduler")
    where.add_argument("--local", type=int, default=2)
    ap.add_argument("--partitions", type=int)
    ap.add_argument("--fan-in", type=int, default=4)
    ap.add_argument("--newsgraph", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", "tools", "newsgraph"))
    ap.add_argument("--date", default="")
    ap.add_argument("--no-snapshot", action="store_true")
    ap.add_argument("-o", required=True, dest="out")
    ap.add_argument("inputs", nargs="+")
    args = ap.parse_args(argv)
    if args.fan_in < 2 or (args.partitions is not None and args.partitions < 1) or args.local < 1:
        ap.error("--fan-in must be at least 2, --partitions and --local at least 1")
    newsgraph = os.path.abspath(args.newsgraph)
    if not os.access(newsgraph, os.X_OK):
        ap.error(f"no newsgraph binary at {newsgraph} (give --newsgraph)")

    from dask.distributed import Client, LocalCluster  # here, so --help works without Dask

    t0 = time.time()
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        t1 = time.time()
        threads = sum(client.nthreads().values()) or 1
        paths = article_paths(args.inputs)
        parts = partitions(paths, args.partitions or 2 * threads)
        level = [client.submit(extract_task, newsgraph, args.date, part, pure=False) for part in parts]
        while len(level) > 1:
            level = [client.submit(merge_task, newsgraph, *level[i:i + args.fan_in], pure=False)
                     for i in range(0, len(level), args.fan_in)]
        fragments = level[0].result()
        t2 = time.time()
        cmd = [newsgraph, "merge", "-o", args.out] + (["--no-snapshot"] if args.no_snapshot else []) + ["-"]
        run(cmd, fragments)
        t3 = time.time()
    except RuntimeError as e:
        print(f"dask_build.py: {e}", file=sys.stderr)
        return 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(f"dask_build.py: {len(paths)} articles in {len(parts)} partitions on {threads} worker threads: "
          f"cluster {t1 - t0:.2f} s, extract+reduce {t2 - t1:.2f} s, final merge {t3 - t2:.2f} s, "
          f"total {t3 - t0:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
