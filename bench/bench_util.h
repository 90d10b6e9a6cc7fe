#pragma once
// What the graph benchmarks share: clocks, percentiles, peak memory, and the timing of
// graph loads and queries. Prints figures; asserts nothing.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "export/jsonld.h"
#include "export/saved.h"
#include "graph/graph.h"
#include "query/query.h"

namespace ng::bench {

using Clock = std::chrono::steady_clock;

inline double seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

inline double peak_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}

// This process's CPU time (user + system). On a shared machine the wall time includes
// waiting for a core; both are printed.
inline double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

struct Percentiles {
  double median, p99;
};
inline Percentiles percentiles(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 99 / 100)]};
}

// Loads the graph saved at `path` `runs` times, from its snapshot (exporter::load_graph,
// which also hashes the JSON-LD to check the snapshot) or from the JSON-LD, into
// `loaded`; prints the median wall and CPU time.
inline void time_loads(const std::string& path, int runs, bool snapshot, graph::Graph& loaded) {
  std::vector<double> wall, cpu;
  for (int r = 0; r < runs; ++r) {
    loaded = graph::Graph();
    double c0 = cpu_seconds();
    auto t0 = Clock::now();
    exporter::LoadInfo info;
    loaded = snapshot ? exporter::load_graph(path, &info) : exporter::load_jsonld(path);
    wall.push_back(seconds(t0, Clock::now()));
    cpu.push_back(cpu_seconds() - c0);
    if (snapshot && !info.from_snapshot) std::printf("  snapshot NOT used: %s\n", info.note.c_str());
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  double median = wall[wall.size() / 2];
  std::printf("load from %s: %zu vertices, median of %d loads %.3f s wall (min %.3f, max %.3f), %.3f s CPU%s\n",
              snapshot ? "snapshot" : "JSON-LD", loaded.size(), runs, median, wall.front(), wall.back(), cpu[cpu.size() / 2],
              snapshot ? (median < 2.0 ? "; floor 2 s: met" : "; floor 2 s: NOT met") : "");
}

// Times `met` (2000 random people, with name resolution apart) and `path` (1000 random
// pairs, one PathFinder reused as a server would) on `g`; prints medians and 99th percentiles.
inline void query_latency(const graph::Graph& g) {
  auto t0 = Clock::now();
  query::Index index(g);
  std::printf("name index: %.2f s\n", seconds(t0, Clock::now()));
  std::vector<graph::Vertex> persons;
  for (graph::Vertex v = 0; v < g.size(); ++v)
    if (g.node(v).kind == graph::NodeKind::Person) persons.push_back(v);
  if (persons.empty()) return;
  std::vector<double> met_ms, path_ms, resolve_ms;
  size_t rows = 0, found = 0, steps = 0;
  std::mt19937 qr(9);
  for (int q = 0; q < 2000; ++q) {
    graph::Vertex who = persons[qr() % persons.size()];
    auto a = Clock::now();
    auto r = index.resolve(g.node(who).name);
    auto b = Clock::now();
    query::Table t = query::met(g, r.match ? *r.match : who);
    auto c = Clock::now();
    resolve_ms.push_back(seconds(a, b) * 1e3);
    met_ms.push_back(seconds(b, c) * 1e3);
    rows += t.rows.size();
  }
  const int paths = 1000;
  query::PathFinder finder(g);
  for (int q = 0; q < paths; ++q) {
    graph::Vertex x = persons[qr() % persons.size()], y = persons[qr() % persons.size()];
    auto a = Clock::now();
    auto p = query::path(finder, x, y);
    path_ms.push_back(seconds(a, Clock::now()) * 1e3);
    found += !p.rows.empty();
    steps += p.rows.size();
  }
  auto m = percentiles(met_ms), p = percentiles(path_ms), r = percentiles(resolve_ms);
  std::printf("met: 2000 queries, %.1f rows each on average: median %.3f ms, p99 %.3f ms (name resolution: median %.4f ms, p99 %.4f ms); floor 1 ms: %s\n",
              double(rows) / 2000, m.median, m.p99, r.median, r.p99, m.median < 1.0 ? "met" : "NOT met");
  std::printf("path: %d queries (%zu joined, %.1f meetings each): median %.3f ms, p99 %.3f ms\n", paths, found,
              found ? double(steps) / found : 0.0, p.median, p.p99);
}

}  // namespace ng::bench
