// newsgraph export: a saved graph in the formats graph tools and databases load.
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "core/io.h"
#include "graph_cli.h"
#include "export/dot.h"
#include "export/graphml.h"
#include "export/jsonld.h"
#include "export/neo4j.h"
#include "export/nquads.h"
#include "query/query.h"

namespace ng::tools {

void write_output(const std::string& path, const std::string& data) {
  if (path.empty()) {
    std::cout << data;
    std::cout.flush();
    if (!std::cout) throw core::Error("<stdout>", "write failed");
  } else {
    core::write_file_atomic(path, [&](std::ostream& os) { os << data; });
  }
}

exporter::DiagramOptions diagram_options(const Args& args, const std::string& date_to, const query::Index& index) {
  exporter::DiagramOptions o;
  auto number = [&](const char* name, long fallback) {
    if (!args.has(name)) return fallback;
    std::string v = args.get(name);
    char* end = nullptr;
    long n = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end || n < 0) throw UsageError(std::string(name) + " needs a number >= 0");
    return n;
  };
  o.depth = int(number("--depth", 1));
  o.max_nodes = size_t(number("--max-nodes", 200));
  o.from = args.get("--from");
  o.to = date_to;
  if (args.has("--around")) {
    query::Resolution r = index.resolve(args.get("--around"));
    if (!r.match) throw core::Error(query::explain(index.graph(), args.get("--around"), r));
    o.around = *r.match;
  }
  std::string types = args.get("--types");
  for (size_t start = 0; start < types.size();) {
    size_t end = types.find(',', start);
    if (end == std::string::npos) end = types.size();
    std::string t = types.substr(start, end - start);
    if (t == "person") o.types.push_back(graph::NodeKind::Person);
    else if (t == "organization" || t == "organisation") o.types.push_back(graph::NodeKind::Organization);
    else if (t == "place") o.types.push_back(graph::NodeKind::Place);
    else throw UsageError("--types takes person, organization, place");
    start = end + 1;
  }
  return o;
}

void split_to(const Args& args, const std::string& formats, std::string& format, std::string& date_to) {
  for (const auto& v : args.all("--to")) {
    bool is_format = ("," + formats + ",").find("," + v + ",") != std::string::npos;
    bool is_date = !v.empty() && v[0] >= '0' && v[0] <= '9';
    if (is_format && format.empty()) format = v;
    else if (is_date && date_to.empty()) date_to = v;
    else throw UsageError("--to '" + v + "': expected one of " + formats + ", or a date");
  }
  if (format.empty()) throw UsageError("--to FORMAT is required (" + formats + ")");
}

namespace {

const std::string kUsageText = std::string(
    "usage: newsgraph export --to jsonld|nquads|graphml|neo4j|dot GRAPH [-o OUT] [filters]\n"
    "Converts a graph that 'newsgraph build' wrote (JSON-LD) for other tools:\n"
    "  jsonld   the JSON-LD again (self-contained context, schema.org)\n"
    "  nquads   N-Quads, the same triples, for RDF stores' bulk loaders\n"
    "  graphml  GraphML for networkx, Gephi, yEd\n"
    "  neo4j    a folder (OUT, required) of CSV files for neo4j-admin import, with\n"
    "           import.sh and load_csv.cypher\n"
    "  dot      a relationship diagram (Graphviz DOT); filters:\n") + kDiagramOptionsHelp +
    "Without -o the output goes to stdout.\n";

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--to", "-o", "--around", "--depth", "--from", "--types", "--max-nodes"}, {});
  if (args.help()) {
    std::cout << kUsageText;
    return kOk;
  }
  std::string format, date_to;
  split_to(args, "jsonld,nquads,graphml,neo4j,dot", format, date_to);
  if (args.positional().size() != 1) throw UsageError("expected one GRAPH");
  bool filtered = args.has("--around") || args.has("--depth") || args.has("--from") || !date_to.empty() ||
                  args.has("--types") || args.has("--max-nodes");
  if (filtered && format != "dot") throw UsageError("filters apply to --to dot only");
  std::string out = args.get("-o");
  if (format == "neo4j" && out.empty()) throw UsageError("--to neo4j needs -o FOLDER");

  graph::Graph g = exporter::load_jsonld(args.positional()[0]);
  if (format == "neo4j") {
    std::filesystem::create_directories(out);
    for (const auto& [name, text] : exporter::to_neo4j(g))
      core::write_file_atomic((std::filesystem::path(out) / name).string(), [&](std::ostream& os) { os << text; });
    return kOk;
  }
  std::string text;
  if (format == "jsonld") text = exporter::to_jsonld(g);
  else if (format == "nquads") text = exporter::to_nquads(g);
  else if (format == "graphml") text = exporter::to_graphml(g);
  else {
    query::Index index(g);
    text = exporter::to_diagram(g, diagram_options(args, date_to, index));
  }
  write_output(out, text);
  return kOk;
}

Registration reg({"export", "convert a saved graph to jsonld, nquads, graphml, neo4j CSV or dot",
                  [](const std::vector<std::string>& a) { return with_usage("export", kUsageText.c_str(), a, run); }});

}  // namespace
}  // namespace ng::tools
