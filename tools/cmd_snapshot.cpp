// newsgraph snapshot: (re)writes the binary snapshot beside a saved graph.
#include <iostream>

#include "args.h"
#include "command.h"
#include "export/saved.h"

namespace ng::tools {
namespace {

const char* kUsageText =
    "usage: newsgraph snapshot GRAPH.jsonld...\n"
    "Writes GRAPH.jsonld.ngbin, the binary snapshot that query, export, render and\n"
    "build --into load instead of the JSON-LD when it was made from exactly these bytes.\n"
    "'newsgraph build' writes it already; this is for a JSON-LD that came from elsewhere\n"
    "(a copy without it, or one edited since). Prints each graph's size.\n";

int run(const std::vector<std::string>& argv) {
  Args args(argv, {}, {});
  if (args.help()) {
    std::cout << kUsageText;
    return kOk;
  }
  if (args.positional().empty()) throw UsageError("expected at least one GRAPH");
  for (const auto& path : args.positional()) {
    graph::Graph g = exporter::refresh_snapshot(path);
    std::cout << exporter::snapshot_path(path) << ": " << g.size() << " nodes, " << g.articles().size() << " articles\n";
  }
  return kOk;
}

Registration reg({"snapshot", "write the binary snapshot beside a saved graph (fast loading)",
                  [](const std::vector<std::string>& a) { return with_usage("snapshot", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
