// newsgraph merge: fragments in (from extract or merge), one graph or one fragment set
// out, the "reduce" half of build.
#include <fstream>
#include <iostream>

#include "args.h"
#include "command.h"
#include "graph_cli.h"
#include "core/error.h"
#include "core/io.h"
#include "graph/fragment.h"
#include "graph/graph.h"

namespace ng::tools {
namespace {

const char* kUsageText =
    "usage: newsgraph merge [--format jsonld|dot|jsonl] [-o OUT] [--no-snapshot] FRAGMENTS...\n"
    "Folds the fragments that 'newsgraph extract' (or merge -o X.jsonl) wrote into one\n"
    "graph. The graph depends only on the set of fragments: any grouping, any order and\n"
    "repeats of the same fragments give the same bytes, the bytes 'newsgraph build' gives\n"
    "for their articles. FRAGMENTS are JSONL files or '-' (stdin).\n"
    "  -o OUT         write to OUT (format from its extension: .jsonld/.json JSON-LD,\n"
    "                 .dot DOT, .jsonl the merged fragments, for a further merge);\n"
    "                 default: JSON-LD to stdout\n"
    "  --format F     jsonld, dot or jsonl, whatever OUT is called\n"
    "  --no-snapshot  write no binary snapshot beside a JSON-LD OUT\n"
    "Memory: the fragments and the graph. Nothing is written unless every fragment reads;\n"
    "a bad line is an error naming its file and line (exit 1).\n";

std::string format_of(const Args& args) {
  std::string format = args.get("--format"), out = args.get("-o");
  auto ends = [&](const std::string& suffix) {
    return out.size() >= suffix.size() && out.compare(out.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (format.empty()) {
    if (out.empty() || ends(".jsonld") || ends(".json")) format = "jsonld";
    else if (ends(".dot")) format = "dot";
    else if (ends(".jsonl")) format = "jsonl";
    else throw UsageError("cannot tell the format of '" + out + "' from its extension; give --format");
  }
  if (format != "jsonld" && format != "dot" && format != "jsonl") throw UsageError("--format must be jsonld, dot or jsonl");
  return format;
}

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--format", "-o"}, {"--no-snapshot"});
  if (args.help()) {
    std::cout << kUsageText;
    return kOk;
  }
  if (args.positional().empty()) throw UsageError("expected at least one FRAGMENTS file");
  std::string format = format_of(args), out = args.get("-o");
  graph::FragmentSet fragments;
  for (const auto& path : args.positional()) {
    if (path == "-") {
      fragments.read(std::cin, "<stdin>");
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw core::Error(path, "cannot open");
    fragments.read(in, path);
  }
  if (format == "jsonl") {
    if (out.empty()) fragments.write(std::cout);
    else core::write_file_atomic(out, [&](std::ostream& os) { fragments.write(os); });
    std::cout.flush();
    if (!std::cout) throw core::Error("<stdout>", "write failed");
    return kOk;
  }
  graph::Graph g(merge_knowledge());
  fragments.fold_into(g);
  write_graph(g, format, out, !args.has("--no-snapshot"));
  return kOk;
}

Registration reg({"merge", "fold graph fragments (from extract) into one graph",
                  [](const std::vector<std::string>& a) { return with_usage("merge", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
