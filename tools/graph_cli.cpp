#include "graph_cli.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <iostream>

#include "core/calendar.h"
#include "core/error.h"
#include "core/io.h"
#include "core/resources.h"
#include "export/jsonld.h"
#include "export/saved.h"
#include "pipeline/extract.h"

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

Extraction extraction_args(const Args& args, std::vector<std::string>* skipped) {
  const auto& pos = args.positional();
  if (std::count(pos.begin(), pos.end(), std::string("-")) > 1) throw UsageError("'-' (stdin) may be given once");
  Extraction x;
  x.jobs = pipeline::default_jobs();
  if (args.has("--jobs")) {
    std::string n = args.get("--jobs");
    if (n.empty() || n.size() > 4 || n.find_first_not_of("0123456789") != std::string::npos || std::stoi(n) < 1)
      throw UsageError("--jobs must be a number from 1 to 9999, not '" + n + "'");
    x.jobs = unsigned(std::stoi(n));
  }
  x.options.date = args.get("--date");
  x.options.ner.model_path = args.get("--ner-model");
  x.options.load_in_parallel = x.jobs > 1;
  x.inputs = pipeline::article_inputs(pos, skipped);
  return x;
}

void write_graph(const graph::Graph& g, const std::string& format, const std::string& path, bool snapshot) {
  if (format == "jsonld" && !path.empty()) {
    exporter::save_graph(g, path, snapshot);
  } else if (format == "jsonld") {  // to stdout, as it is made
    exporter::write_jsonld(g, [](std::string_view piece) { std::cout.write(piece.data(), std::streamsize(piece.size())); });
    std::cout.flush();
    if (!std::cout) throw core::Error("<stdout>", "write failed");
  } else {
    write_output(path, format == "dot" ? exporter::to_diagram(g) : exporter::to_dot(g));
  }
}

std::shared_ptr<const graph::Knowledge> merge_knowledge() {
  return std::make_shared<const graph::Knowledge>(
      graph::load_knowledge(core::resource_path("data/titles.tsv"), core::resource_path("data/gazetteer.tsv"),
                            core::resource_path("data/name_identity.tsv")));
}

graph::Graph load_saved_graph(const char* command, const std::string& path) {
  exporter::LoadInfo info;
  graph::Graph g = exporter::load_graph(path, &info);
  if (!info.note.empty()) std::cerr << "newsgraph " << command << ": warning: " << info.note << "\n";
  return g;
}

void check_date_range(const std::string& from, const std::string& to) {
  int64_t from_first = 0, from_last = 0, to_first = 0, to_last = 0;
  auto check = [](const char* name, const std::string& v, int64_t& first, int64_t& last) {
    if (!v.empty() && !core::parse_iso_period(v, first, last))
      throw UsageError(std::string(name) + " '" + v + "': not a date (ISO: 2026, 2026-01, 2026-01-22)");
  };
  check("--from", from, from_first, from_last);
  check("--to", to, to_first, to_last);
  if (!from.empty() && !to.empty() && to_last < from_first)
    throw UsageError("--to " + to + " is before --from " + from);
}

namespace {
std::set<std::string> with(std::set<std::string> a, const std::set<std::string>& b) {
  a.insert(b.begin(), b.end());
  return a;
}
}  // namespace

DiagramCommand::DiagramCommand(const std::vector<std::string>& argv, const std::string& formats,
                               const std::set<std::string>& valued)
    : args_(argv, with({"--to", "-o", "--around", "--depth", "--from", "--types", "--max-nodes", "--top"}, valued),
            {"--isolated"}) {
  if (help()) return;
  for (const auto& v : args_.all("--to")) {
    bool is_format = ("," + formats + ",").find("," + v + ",") != std::string::npos;
    bool is_date = !v.empty() && v[0] >= '0' && v[0] <= '9';
    if (is_format && format_.empty()) format_ = v;
    else if (is_date && date_to_.empty()) date_to_ = v;
    else throw UsageError("--to '" + v + "': expected one of " + formats + ", or a date");
  }
  if (format_.empty()) throw UsageError("--to FORMAT is required (" + formats + ")");
  if (args_.positional().size() != 1) throw UsageError("expected one GRAPH");
  graph_ = args_.positional()[0];
  check_date_range(args_.get("--from"), date_to_);
}

std::vector<graph::NodeKind> parse_types(const std::string& list) {
  std::vector<graph::NodeKind> out;
  for (size_t start = 0; start <= list.size();) {
    size_t end = std::min(list.find(',', start), list.size());
    std::string t = list.substr(start, end - start);
    start = end + 1;
    if (t.empty()) continue;
    if (t == "person") out.push_back(graph::NodeKind::Person);
    else if (t == "organization" || t == "organisation") out.push_back(graph::NodeKind::Organization);
    else if (t == "place") out.push_back(graph::NodeKind::Place);
    else throw UsageError("--types takes person, organization, place");
  }
  return out;
}

bool DiagramCommand::filtered() const {
  return args_.has("--around") || args_.has("--depth") || args_.has("--from") || !date_to_.empty() ||
         args_.has("--types") || args_.has("--max-nodes") || args_.has("--top") || args_.has("--isolated");
}

std::string DiagramCommand::diagram(const graph::Graph& g) const {
  return exporter::to_diagram(g, diagram_options(g));
}

exporter::DiagramOptions DiagramCommand::diagram_options(const graph::Graph& g) const {
  query::Index index(g);
  exporter::DiagramOptions o;
  auto number = [&](const char* name, long fallback) {
    if (!args_.has(name)) return fallback;
    std::string v = args_.get(name);
    char* end = nullptr;
    errno = 0;
    long n = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end || n < 0 || errno == ERANGE || n > INT_MAX)
      throw UsageError(std::string(name) + " needs a number from 0 to " + std::to_string(INT_MAX));
    return n;
  };
  o.depth = int(number("--depth", 1));
  if (args_.has("--top") && args_.has("--max-nodes")) throw UsageError("--top and --max-nodes are one option; give one");
  o.max_nodes = size_t(number(args_.has("--top") ? "--top" : "--max-nodes", 200));
  o.isolated = args_.has("--isolated");
  o.from = args_.get("--from");
  o.to = date_to_;
  if (args_.has("--around")) {
    query::Resolution r = index.resolve(args_.get("--around"));
    if (!r.match) throw core::Error(query::explain(index.graph(), args_.get("--around"), r));
    o.around = *r.match;
  }
  o.types = parse_types(args_.get("--types"));
  return o;
}

}  // namespace ng::tools
