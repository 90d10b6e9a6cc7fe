// Loading a saved graph and asking it questions, as the CLI does: prints the load time
// from the snapshot (median of RUNS) and, unless --no-jsonld, from the JSON-LD (once),
// the latency of `met` and `path`, and this process's peak memory.
//
// usage: bench_graph_load GRAPH.jsonld [RUNS] [--no-jsonld]
//   GRAPH.jsonld  a graph `newsgraph build` wrote, with its snapshot GRAPH.jsonld.ngbin
//                 (bench_graph_scale leaves one in the temp folder with
//                 NEWSGRAPH_BENCH_KEEP=1)
#include <cstdio>
#include <cstring>
#include <string>

#include "bench_util.h"
#include "core/error.h"

using namespace ng;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_graph_load GRAPH.jsonld [RUNS] [--no-jsonld]\n");
    return 2;
  }
  std::string path = argv[1];
  int runs = 5;
  bool jsonld = true;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--no-jsonld") == 0) jsonld = false;
    else runs = std::max(1, std::atoi(argv[i]));
  }
  try {
    graph::Graph g;
    bench::time_loads(path, runs, true, g);
    std::printf("peak memory after snapshot loads: %.0f MB\n", bench::peak_mb());
    bench::query_latency(g);
    if (jsonld) bench::time_loads(path, 1, false, g);
    std::printf("peak memory: %.0f MB\n", bench::peak_mb());
  } catch (const core::Error& e) {
    std::fprintf(stderr, "bench_graph_load: %s\n", e.what());
    return 1;
  }
  return 0;
}
