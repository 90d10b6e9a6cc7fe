// newsgraph query: questions to a saved graph.
#include <iostream>
#include <map>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "graph_cli.h"
#include "query/query.h"

namespace ng::tools {
namespace {

const char* kUsageText =
    "usage: newsgraph query GRAPH.jsonld QUESTION [ARGS...] [--format table|json|csv]\n"
    "Answers a question from a graph that 'newsgraph build' wrote. Questions:\n"
    "  met NAME [--with NAME] [--from DATE] [--to DATE] [--status S]\n"
    "      the meetings NAME took part in: date, status, mode, the other participants,\n"
    "      place (each the value most reports give), sources, disputed (what other\n"
    "      reports say, with their article ids) and evidence sentence, by date\n"
    "  said NAME [--from DATE] [--to DATE]   statements: date, words, verb, evidence\n"
    "  timeline NAME                         every meeting, statement, trip, by date\n"
    "  contacts NAME                         who NAME met, how often, first and last date\n"
    "  path NAME NAME                        the shortest chain of meetings between two\n"
    "  who [--types person,organization,place]  the entities, most connected first\n"
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
  Args args(argv, {"--format", "--with", "--from", "--to", "--status", "--types"}, {});
  if (args.help()) {
    std::cout << kUsageText;
    return kOk;
  }
  const auto& pos = args.positional();
  if (pos.size() < 2) throw UsageError("expected GRAPH and a QUESTION");
  query::Format format = parse_format(args.get("--format"));
  const std::string& question = pos[1];
  static const std::map<std::string, size_t> names = {{"met", 1}, {"said", 1}, {"timeline", 1},
                                                       {"contacts", 1}, {"path", 2}, {"who", 0}};
  auto q = names.find(question);
  if (q == names.end()) throw UsageError("unknown question '" + question + "'");
  if (pos.size() != 2 + q->second)
    throw UsageError(question + " takes " + std::to_string(q->second) + (q->second == 1 ? " NAME" : " NAMEs"));
  if ((args.has("--with") || args.has("--status")) && question != "met") throw UsageError("--with and --status are for met");
  if ((args.has("--from") || args.has("--to")) && question != "met" && question != "said")
    throw UsageError("--from and --to are for met and said");
  if (args.has("--types") && question != "who") throw UsageError("--types is for who");
  query::MeetingFilter filter;
  filter.from = args.get("--from");
  filter.to = args.get("--to");
  check_date_range(filter.from, filter.to);
  if (args.has("--status")) filter.status = parse_status(args.get("--status"));
  std::vector<graph::NodeKind> types = parse_types(args.get("--types"));

  graph::Graph g = load_saved_graph("query", pos[0]);
  query::Index index(g);
  query::Table answer;
  if (question == "who") {
    answer = query::who(g, types);
  } else {
    graph::Vertex a = resolve(index, pos[2]);
    if (question == "met") {
      if (args.has("--with")) filter.with = resolve(index, args.get("--with"));
      answer = query::met(g, a, filter);
    } else if (question == "said") {
      answer = query::said(g, a, filter.from, filter.to);
    } else if (question == "timeline") {
      answer = query::timeline(g, a);
    } else if (question == "contacts") {
      answer = query::contacts(g, a);
    } else {
      graph::Vertex b = resolve(index, pos[3]);
      answer = query::path(g, a, b);
      if (answer.rows.empty())
        throw core::Error("no chain of meetings joins " + g.node(a).name + " and " + g.node(b).name);
    }
  }
  std::cout << query::render(answer, format);
  return kOk;
}

Registration reg({"query", "answer who met whom, when and where from a saved graph",
                  [](const std::vector<std::string>& a) { return with_usage("query", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
