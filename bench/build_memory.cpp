// Where `newsgraph build`'s memory goes on a large input: builds the graph of INPUT...
// exactly as build does (pipeline::extract on JOBS threads, Graph::add in merge order),
// then makes its JSON-LD, and prints the peak memory after each step against the input
// and output sizes. Prints figures, asserts nothing.
//
// usage: bench_build_memory JOBS INPUT...   (files or folders of .txt articles)
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "bench_util.h"
#include "core/resources.h"
#include "pipeline/extract.h"

int main(int argc, char** argv) {
  using namespace ng;
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_build_memory JOBS INPUT...\n");
    return 2;
  }
  unsigned jobs = unsigned(std::atoi(argv[1]));
  std::vector<std::string> args(argv + 2, argv + argc);
  try {
    auto t0 = bench::Clock::now();
    pipeline::Pipeline pipe;
    graph::Graph g(std::make_shared<const graph::Knowledge>(graph::load_knowledge(
        core::resource_path("data/titles.tsv"), core::resource_path("data/gazetteer.tsv"))));
    double base = bench::peak_mb();
    std::vector<pipeline::Input> inputs = pipeline::article_inputs(args);
    uintmax_t bytes = 0;
    for (const auto& in : inputs) bytes += std::filesystem::file_size(in.path);
    pipeline::extract(pipe, inputs, jobs, [&](pipeline::Extracted&& x) {
      for (const auto& f : x.fragments) g.add(f);
    });
    auto t1 = bench::Clock::now();
    double after_graph = bench::peak_mb();
    std::string jsonld = exporter::to_jsonld(g);
    auto t2 = bench::Clock::now();
    double after_jsonld = bench::peak_mb();
    std::printf("input: %zu articles, %.1f MB; %u jobs\n", inputs.size(), bytes / 1e6, jobs);
    std::printf("models and lexicons loaded: peak %.0f MB\n", base);
    std::printf("graph built (%zu nodes): %.2f s, %.2f CPU s in all, peak %.0f MB (%.1f x the input above the models)\n",
                g.size(), bench::seconds(t0, t1), bench::cpu_seconds(), after_graph, (after_graph - base) / (bytes / 1e6));
    std::printf("JSON-LD made in memory (%.1f MB, %.1f x the input): %.2f s, peak %.0f MB\n", jsonld.size() / 1e6,
                jsonld.size() / double(bytes), bench::seconds(t1, t2), after_jsonld);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_build_memory: %s\n", e.what());
    return 1;
  }
  return 0;
}
