// newsgraph query: questions to a saved graph.
#include <iostream>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "export/jsonld.h"
#include "query/query.h"

namespace ng::tools {
namespace {

const char* kUsageText =
    "usage: newsgraph query GRAPH.jsonld QUESTION [ARGS...] [--format table|json|csv]\n"
    "Answers a question from a graph that 'newsgraph build' wrote. Questions:\n"
    "  met NAME [--with NAME] [--from DATE] [--to DATE] [--status S]\n"
    "      the meetings NAME took part in: date, status, mode, the other participants,\n"
    "      place, sources and evidence sentence, by date\n"
    "Names match any name or alias of an entity, case-insensitively (a surname alone\n"
    "when only one entity has it). DATEs are ISO (2026, 2026-01, 2026-01-22); S is\n"
    "occurred, planned, cancelled or denied. The answer is an aligned table unless\n"
    "--format says json or csv.\n";

query::Format parse_format(const std::string& f) {
  if (f.empty() || f == "table") return query::Format::Table;
  if (f == "json") return query::Format::Json;
  if (f == "csv") return query::Format::Csv;
  throw UsageError("--format must be table, json or csv");
}

core::Status parse_status(const std::string& s) {
  for (auto x : {core::Status::Occurred, core::Status::Planned, core::Status::Cancelled, core::Status::Denied})
    if (s == core::to_string(x)) return x;
  throw UsageError("--status must be occurred, planned, cancelled or denied");
}

// The entity `name` names, or an Error listing candidates.
graph::Vertex resolve(const query::Index& index, const std::string& name) {
  query::Resolution r = index.resolve(name);
  if (!r.match) throw core::Error(query::explain(index.graph(), name, r));
  return *r.match;
}

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--format", "--with", "--from", "--to", "--status"}, {});
  if (args.help()) {
    std::cout << kUsageText;
    return kOk;
  }
  const auto& pos = args.positional();
  if (pos.size() < 2) throw UsageError("expected GRAPH and a QUESTION");
  query::Format format = parse_format(args.get("--format"));
  const std::string& question = pos[1];
  if (question != "met") throw UsageError("unknown question '" + question + "'");
  if (pos.size() != 3) throw UsageError("met takes one NAME");
  query::MeetingFilter filter;
  filter.from = args.get("--from");
  filter.to = args.get("--to");
  if (args.has("--status")) filter.status = parse_status(args.get("--status"));

  graph::Graph g = exporter::load_jsonld(pos[0]);
  query::Index index(g);
  graph::Vertex who = resolve(index, pos[2]);
  if (args.has("--with")) filter.with = resolve(index, args.get("--with"));
  std::cout << query::render(query::met(g, who, filter), format);
  return kOk;
}

Registration reg({"query", "answer who met whom, when and where from a saved graph",
                  [](const std::vector<std::string>& a) { return with_usage("query", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
