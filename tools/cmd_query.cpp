// newsgraph query: questions to a saved graph.
#include <cstdlib>
#include <iostream>
#include <map>

#include <sys/ioctl.h>
#include <unistd.h>

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
    "Every dated event says how its date was found (the basis column): stated (in the\n"
    "event's own clause), sentence, paragraph, article, or the document's dateline or\n"
    "publication date when the text gives none; --stated-only (met, said, timeline)\n"
    "keeps only events whose own sentence states the date (stated or sentence). The\n"
    "strength column: direct, attributed (someone said it happened), inferred (a party\n"
    "found outside the sentence), corroborated (direct or attributed in 2+ articles).\n"
    "Names match any name or alias of an entity, case-insensitively; an exact name or\n"
    "alias of one person wins over surnames and organisations named after a person, and\n"
    "a word alone names the one person whose surname it is. A tie or an unknown name is\n"
    "an error (exit 1) listing the candidates or similar names with their articles.\n"
    "DATEs are ISO (2026, 2026-01, 2026-01-22); S is\n"
    "occurred, planned, cancelled or denied. The answer is an aligned table unless\n"
    "--format says json or csv; on a terminal the table's lines are cut to its width\n"
    "unless --wide.\n";

// The width a table should fit when stdout is a terminal: its width (COLUMNS when the
// terminal does not say); 0 (whole lines) for pipes and files.
size_t terminal_width() {
  if (!isatty(STDOUT_FILENO)) return 0;
  struct winsize ws {};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  const char* columns = std::getenv("COLUMNS");
  long n = columns ? std::strtol(columns, nullptr, 10) : 0;
  return n > 0 ? size_t(n) : 80;
}

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
  Args args(argv, {"--format", "--with", "--from", "--to", "--status", "--types"}, {"--stated-only", "--wide"});
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
  if (args.has("--stated-only") && question != "met" && question != "said" && question != "timeline")
    throw UsageError("--stated-only is for met, said and timeline");
  query::MeetingFilter filter;
  filter.from = args.get("--from");
  filter.to = args.get("--to");
  check_date_range(filter.from, filter.to);
  if (args.has("--status")) filter.status = parse_status(args.get("--status"));
  filter.stated_only = args.has("--stated-only");
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
      answer = query::said(g, a, filter.from, filter.to, filter.stated_only);
    } else if (question == "timeline") {
      answer = query::timeline(g, a, filter.stated_only);
    } else if (question == "contacts") {
      answer = query::contacts(g, a);
    } else {
      graph::Vertex b = resolve(index, pos[3]);
      answer = query::path(g, a, b);
      if (answer.rows.empty())
        throw core::Error("no chain of meetings joins " + g.node(a).name + " and " + g.node(b).name);
    }
  }
  std::cout << query::render(answer, format, args.has("--wide") ? 0 : terminal_width());
  return kOk;
}

Registration reg({"query", "answer who met whom, when and where from a saved graph",
                  [](const std::vector<std::string>& a) { return with_usage("query", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
