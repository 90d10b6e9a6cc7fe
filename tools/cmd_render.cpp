// newsgraph render: a saved graph drawn as SVG, PNG or PDF through Graphviz's libraries.
#include <iostream>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "graph_cli.h"
#include "export/dot.h"

namespace ng::tools {
namespace {

const std::string kUsageText = std::string(
    "usage: newsgraph render --to svg|png|pdf GRAPH [-o OUT] [filters]\n"
    "Draws the relationship diagram of a graph that 'newsgraph build' wrote: people,\n"
    "organisations and places, one edge per pair that met with the number of meetings\n"
    "and their dates, laid out by Graphviz's dot. Filters:\n") + kDiagramOptionsHelp +
    "Without -o the image goes to stdout.\n";

int run(const std::vector<std::string>& argv) {
  DiagramCommand cmd(argv, "svg,png,pdf");
  if (cmd.help()) {
    std::cout << kUsageText;
    return kOk;
  }
  graph::Graph g = load_saved_graph("render", cmd.graph_path());
  std::string image = exporter::render_dot(cmd.diagram(g), cmd.format(), cmd.graph_path());
  write_output(cmd.output(), image);
  return kOk;
}

Registration reg({"render", "draw a saved graph as svg, png or pdf (Graphviz)",
                  [](const std::vector<std::string>& a) { return with_usage("render", kUsageText.c_str(), a, run); }});

}  // namespace
}  // namespace ng::tools
