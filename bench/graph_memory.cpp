// Where the graph's memory goes, without the cost of extraction: folds fragments (from
// `newsgraph extract`) into a graph one line at a time, as `newsgraph merge` does but
// streaming (the lines are taken in the file's order, which for one extract run is its
// input order), then saves it as `build` does (JSON-LD and snapshot) and prints the heap
// in use after each step (glibc mallinfo2: bytes handed out and not freed), the peak RSS,
// and an account of the graph by part, per MB of the articles' text (the fragments'
// size is not the input's: give INPUT_MB, the articles' size in MB, to divide by).
// Prints figures, asserts nothing.
//
// usage: bench_graph_memory INPUT_MB FRAGMENTS.jsonl OUT.jsonld
#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unordered_set>

#include "bench_util.h"
#include "core/resources.h"
#include "export/saved.h"
#include "graph/fragment.h"
#include "graph/snapshot.h"

namespace {

double in_use_mb() {
  struct mallinfo2 m = mallinfo2();
  return double(m.uordblks + m.hblkhd) / (1 << 20);
}

// Heap bytes a std::string holds outside itself: none when its text fits in place (15
// bytes in libstdc++), else its capacity and terminator in a malloc chunk (8 bytes of
// header, 16-byte multiples, 32 at least).
size_t heap_of(const std::string& s) {
  if (s.capacity() <= 15) return 0;
  return std::max<size_t>(32, (s.capacity() + 1 + 8 + 15) / 16 * 16);
}
// A CompactString's: none in place (15 bytes or fewer), else its bytes and terminator
// in a malloc chunk.
size_t heap_of(const ng::graph::CompactString& s) {
  if (!s.heap_bytes()) return 0;
  return std::max<size_t>(32, (s.heap_bytes() + 8 + 15) / 16 * 16);
}
// A SharedText's block (8 bytes of count and size, then the bytes), or none when it is
// a part of `within` (a statement's content in its report's text).
size_t heap_of(const ng::graph::SharedText& t, std::string_view within = {}) {
  std::string_view v = t.view();
  if (v.empty() || (v.data() >= within.data() && v.data() + v.size() <= within.data() + within.size())) return 0;
  return std::max<size_t>(32, (v.size() + 8 + 8 + 15) / 16 * 16);
}
template <class T>
size_t heap_of(const std::vector<T>& v) {
  if (v.capacity() == 0) return 0;
  return std::max<size_t>(32, (v.capacity() * sizeof(T) + 8 + 15) / 16 * 16);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace ng;
  if (argc != 4) {
    std::fprintf(stderr, "usage: bench_graph_memory INPUT_MB FRAGMENTS.jsonl OUT.jsonld\n");
    return 2;
  }
  double input_mb = std::atof(argv[1]);
  if (!(input_mb > 0)) {
    std::fprintf(stderr, "bench_graph_memory: INPUT_MB must be a positive number\n");
    return 2;
  }
  try {
    graph::Graph g(std::make_shared<const graph::Knowledge>(
        graph::load_knowledge(core::resource_path("data/titles.tsv"), core::resource_path("data/gazetteer.tsv"),
                              core::resource_path("data/name_identity.tsv"))));
    double base = in_use_mb(), c0 = bench::cpu_seconds();
    auto t0 = bench::Clock::now();
    std::ifstream in(argv[2]);
    if (!in) throw std::runtime_error(std::string("cannot open ") + argv[2]);
    std::string line;
    long n = 0;
    while (std::getline(in, line))
      if (!line.empty()) g.add(graph::parse_fragment(line, argv[2], ++n));
    double built = in_use_mb(), c1 = bench::cpu_seconds();
    auto t1 = bench::Clock::now();
    g.release_merge_indexes();
    double released = in_use_mb();
    double writer_mb;
    {
      graph::SnapshotWriter w(g);
      writer_mb = in_use_mb() - released;
    }
    double c2 = bench::cpu_seconds();
    auto t2 = bench::Clock::now();
    exporter::save_graph(g, argv[3], true);
    double c3 = bench::cpu_seconds();
    auto t3 = bench::Clock::now();

    // The graph by part, from the sizes of its members.
    size_t nodes[6] = {}, reports = 0, node_structs = 0, node_strings = 0, content = 0, lists = 0, report_vecs = 0,
           report_text = 0, report_strings = 0, citations = 0;
    std::unordered_set<const char*> texts;
    for (size_t v = 0; v < g.size(); ++v) {
      const graph::Node& x = g.node(v);
      ++nodes[size_t(x.kind)];
      node_structs += sizeof(graph::Node);
      node_strings += heap_of(x.key) + heap_of(x.name) + heap_of(x.job_title) + heap_of(x.date);
      for (const auto& a : x.aliases) node_strings += heap_of(a);
      content += heap_of(x.content, x.reports.empty() ? std::string_view() : x.reports[0].text.view());
      lists += heap_of(x.aliases) + heap_of(x.articles);
      report_vecs += heap_of(x.reports);
      for (const auto& r : x.reports) {
        ++reports;
        if (texts.insert(r.text.view().data()).second) report_text += heap_of(r.text);  // shared ones once
        report_strings += heap_of(r.date) + heap_of(r.verb);
        citations += heap_of(r.citations);
        for (const auto& c : r.citations) citations += heap_of(c.source);
      }
    }
    // Boost's adjacency: a vertex record (its out-edge vector) each, in a vector that
    // doubles; per edge a std::list node (two ends and the Link, two pointers) and an entry
    // (target and list iterator) in the out-edge vector of each end.
    const auto& adj = g.adjacency();
    using Stored = std::decay_t<decltype(adj.out_edge_list(0))>::value_type;
    size_t edges = boost::num_edges(adj), out_entries = 0;
    for (size_t v = 0; v < g.size(); ++v)
      if (size_t c = adj.out_edge_list(v).capacity())
        out_entries += std::max<size_t>(32, (c * sizeof(Stored) + 8 + 15) / 16 * 16);
    size_t adjacency = adj.m_vertices.capacity() * sizeof(adj.m_vertices[0]) + edges * 48 + out_entries;
    auto per = [&](double bytes) { return bytes / (1 << 20) / input_mb; };
    std::printf(
        "input: %.1f MB of articles, %ld fragments; %zu nodes (%zu people, %zu organisations, %zu places, "
        "%zu meetings, %zu statements, %zu trips), %zu reports, %zu articles\n",
        input_mb, n, g.size(), nodes[0], nodes[1], nodes[2], nodes[3], nodes[4], nodes[5], reports,
        g.articles().size());
    std::printf("fold: %.2f s wall, %.2f CPU s; save (JSON-LD and snapshot): %.2f s wall, %.2f CPU s\n",
                bench::seconds(t0, t1), c1 - c0, bench::seconds(t2, t3), c3 - c2);
    std::printf(
        "heap in use, MB per MB of input: graph %.2f (with merge indexes %.2f); snapshot writer %.2f; "
        "graph + writer %.2f\n",
        (released - base) / input_mb, (built - base) / input_mb, writer_mb / input_mb,
        (released - base + writer_mb) / input_mb);
    std::printf(
        "graph by part, MB per MB: node structs %.2f (%zu bytes each), node strings %.2f, statement content %.2f, "
        "alias and article lists %.2f, report arrays %.2f (%zu bytes each), evidence text %.2f, report strings "
        "%.2f, citations %.2f\n",
        per(node_structs), sizeof(graph::Node), per(node_strings), per(content), per(lists), per(report_vecs),
        sizeof(graph::Report), per(report_text), per(report_strings), per(citations));
    std::printf(
        "adjacency, MB per MB: %.2f (%zu edges; vertex records %.2f, edge list nodes %.2f, out-edge vectors %.2f)\n",
        per(adjacency), edges, per(adj.m_vertices.capacity() * sizeof(adj.m_vertices[0])), per(edges * 48),
        per(out_entries));
    std::printf("peak RSS %.0f MB\n", bench::peak_mb());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_graph_memory: %s\n", e.what());
    return 1;
  }
  return 0;
}
