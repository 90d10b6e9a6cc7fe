// newsgraph export: a saved graph in the formats graph tools and databases load.
#include <filesystem>
#include <iostream>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "core/io.h"
#include "graph_cli.h"
#include "export/graphml.h"
#include "export/jsonld.h"
#include "export/neo4j.h"
#include "export/nquads.h"
#include "export/select.h"

namespace ng::tools {

namespace {

const std::string kUsageText = std::string(
    "usage: newsgraph export --to jsonld|nquads|graphml|neo4j|dot GRAPH [-o OUT] [filters]\n"
    "Converts a graph that 'newsgraph build' wrote (JSON-LD) for other tools:\n"
    "  jsonld   the JSON-LD again (self-contained context, schema.org)\n"
    "  nquads   N-Quads, the same triples, for RDF stores' bulk loaders\n"
    "  graphml  GraphML for networkx, Gephi, yEd\n"
    "  neo4j    a folder (OUT, required) of CSV files for neo4j-admin import, with\n"
    "           import.sh and load_csv.cypher\n"
    "  dot      a relationship diagram (Graphviz DOT)\n"
    "  --project people  with --to graphml: the person-to-person projection for Gephi\n"
    "           (people as nodes, one edge per pair who met, weight = meetings)\n"
    "Filters, for every format (the entities a diagram would draw, and the events among\n"
    "them in the date range):\n") + kDiagramOptionsHelp +
    "Without -o the output goes to stdout. GRAPH loads from its snapshot GRAPH.ngbin\n"
    "when that was made from exactly these JSON-LD bytes.\n";

int run(const std::vector<std::string>& argv) {
  DiagramCommand cmd(argv, "jsonld,nquads,graphml,neo4j,dot", {"--project"});
  if (cmd.help()) {
    std::cout << kUsageText;
    return kOk;
  }
  const std::string& format = cmd.format();
  std::string project = cmd.extra("--project");
  if (!project.empty() && (project != "people" || format != "graphml"))
    throw UsageError("--project: only 'people', with --to graphml");
  std::string out = cmd.output();
  if (format == "neo4j" && out.empty()) throw UsageError("--to neo4j needs -o FOLDER");

  graph::Graph g = load_saved_graph("export", cmd.graph_path());
  exporter::DiagramOptions options = cmd.diagram_options(g);
  if (project == "people") {
    write_output(out, exporter::to_people_graphml(g, exporter::relationships(g, options)));
    return kOk;
  }
  // Filters select a part of the graph for every format; the diagram applies its own.
  if (cmd.filtered() && format != "dot") g = exporter::select(g, options);
  if (format == "neo4j") {
    std::filesystem::create_directories(out);
    for (const auto& file : exporter::to_neo4j(g))  // (clang's C++17 captures no structured binding)
      core::write_file_atomic((std::filesystem::path(out) / file.first).string(), [&](std::ostream& os) { os << file.second; });
    return kOk;
  }
  std::string text;
  if (format == "jsonld") text = exporter::to_jsonld(g);
  else if (format == "nquads") text = exporter::to_nquads(g);
  else if (format == "graphml") text = exporter::to_graphml(g);
  else text = cmd.diagram(g);
  write_output(out, text);
  return kOk;
}

Registration reg({"export", "convert a saved graph to jsonld, nquads, graphml, neo4j CSV or dot",
                  [](const std::vector<std::string>& a) { return with_usage("export", kUsageText.c_str(), a, run); }});

}  // namespace
}  // namespace ng::tools
