// newsgraph render: a saved graph drawn as SVG, PNG or PDF through Graphviz's libraries.
#include <iostream>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "core/io.h"
#include "graph_cli.h"
#include "export/dot.h"
#include "export/jsonld.h"
#include "query/query.h"

namespace ng::tools {
namespace {

const std::string kUsageText = std::string(
    "usage: newsgraph render --to svg|png|pdf GRAPH [-o OUT] [filters]\n"
    "Draws the relationship diagram of a graph that 'newsgraph build' wrote: people,\n"
    "organisations and places, one edge per pair that met with the number of meetings\n"
    "and their dates, laid out by Graphviz's dot. Filters:\n") + kDiagramOptionsHelp +
    "Without -o the image goes to stdout.\n";

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--to", "-o", "--around", "--depth", "--from", "--types", "--max-nodes"}, {});
  if (args.help()) {
    std::cout << kUsageText;
    return kOk;
  }
  std::string format, date_to;
  split_to(args, "svg,png,pdf", format, date_to);
  if (args.positional().size() != 1) throw UsageError("expected one GRAPH");
  const std::string& path = args.positional()[0];
  graph::Graph g = exporter::load_jsonld(path);
  query::Index index(g);
  std::string dot = exporter::to_diagram(g, diagram_options(args, date_to, index));
  std::string image = exporter::render_dot(dot, format, path);
  std::string out = args.get("-o");
  write_output(out, image);
  return kOk;
}

Registration reg({"render", "draw a saved graph as svg, png or pdf (Graphviz)",
                  [](const std::vector<std::string>& a) { return with_usage("render", kUsageText.c_str(), a, run); }});

}  // namespace
}  // namespace ng::tools
