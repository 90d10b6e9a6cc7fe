// newsgraph render: a saved graph drawn as SVG, PNG or PDF through Graphviz's libraries.
#include <filesystem>
#include <iostream>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "graph_cli.h"
#include "export/dot.h"
#include "export/html.h"
#include "export/select.h"

namespace ng::tools {
namespace {

const std::string kUsageText = std::string(
    "usage: newsgraph render --to svg|png|pdf|html GRAPH [-o OUT] [filters]\n"
    "Draws the relationship diagram of a graph that 'newsgraph build' wrote: people,\n"
    "organisations and places, one edge per pair that met with the number of meetings\n"
    "and their dates, laid out by Graphviz's dot. --to html writes the explorer: one\n"
    "self-contained page (no network; opens from file://) with that diagram to pan and\n"
    "zoom, a search over names and aliases, and each entity's timeline with evidence,\n"
    "source and date basis; OUT may be a folder (it gets index.html). Filters (for html\n"
    "they choose what the diagram draws; search reaches every entity):\n") + kDiagramOptionsHelp +
    "Without -o the output goes to stdout.\n";

int run(const std::vector<std::string>& argv) {
  DiagramCommand cmd(argv, "svg,png,pdf,html");
  if (cmd.help()) {
    std::cout << kUsageText;
    return kOk;
  }
  graph::Graph g = load_saved_graph("render", cmd.graph_path());
  std::string out = cmd.output();
  if (cmd.format() == "html") {
    if (!out.empty() && (out.back() == '/' || std::filesystem::is_directory(out))) {
      std::filesystem::create_directories(out);
      out = (std::filesystem::path(out) / "index.html").string();
    }
    exporter::HtmlOptions options;
    options.diagram = cmd.diagram_options(g);
    if (cmd.filtered()) {  // the page's data: what the filters select, but every entity (--top is the diagram's)
      exporter::DiagramOptions data = options.diagram;
      data.max_nodes = 0;
      data.isolated = true;
      g = exporter::select(g, data);
      options.diagram.around.reset();  // the vertex numbers changed; --around already selected
    }
    options.title = "newsgraph: " + std::filesystem::path(cmd.graph_path()).filename().string();
    write_output(out, exporter::to_html(g, options, cmd.graph_path()));
    return kOk;
  }
  std::string image = exporter::render_dot(cmd.diagram(g), cmd.format(), cmd.graph_path());
  write_output(out, image);
  return kOk;
}

Registration reg({"render", "draw a saved graph as svg, png or pdf (Graphviz), or as an html explorer",
                  [](const std::vector<std::string>& a) { return with_usage("render", kUsageText.c_str(), a, run); }});

}  // namespace
}  // namespace ng::tools
