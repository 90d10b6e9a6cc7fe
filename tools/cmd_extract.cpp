// newsgraph extract: articles in, one fragment per article out (JSON lines), the "map"
// half of build that merge folds.
#include <iostream>

#include "args.h"
#include "command.h"
#include "graph_cli.h"
#include "core/error.h"
#include "core/io.h"
#include "graph/fragment.h"
#include "pipeline/extract.h"
#include "pipeline/pipeline.h"

namespace ng::tools {
namespace {

const char* kUsageText =
    "usage: newsgraph extract [--date YYYY-MM-DD] [--ner-model FILE] [--jobs N]\n"
    "                         [-o FRAGMENTS.jsonl] INPUT...\n"
    "Reads articles as build does (files; directories, whose .txt files are read\n"
    "recursively; '-' for stdin) and writes one self-contained fragment per article, a\n"
    "JSON line with its provenance, content hash, entities and events, in merge order\n"
    "(by id, then path). 'newsgraph merge' folds fragments into a graph: build is\n"
    "extract, then merge, and gives the same bytes.\n"
    "  -o FILE        write to FILE (atomically: nothing unless every input is read);\n"
    "                 default: stdout, a line as soon as its article and those before it\n"
    "                 are done (for Hadoop Streaming, Spark's RDD.pipe, pipes)\n"
    "  --jobs N       extract on N threads (default: the number of cores); same bytes\n"
    "                 for every N\n"
    "  --date D       document date for every article (overrides headers, datelines)\n"
    "  --ner-model F  NER model file instead of the committed one\n"
    "A bad input is an error naming the file (exit 1). Warnings go to stderr.\n";

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--date", "-o", "--ner-model", "--jobs"}, {});
  if (args.help()) {
    std::cout << kUsageText;
    return kOk;
  }
  if (args.positional().empty()) throw UsageError("expected at least one INPUT");
  Extraction x = extraction_args(args);
  pipeline::Pipeline pipe(x.options);
  auto write_all = [&](std::ostream& os) {
    pipeline::extract(pipe, x.inputs, x.jobs, [&](pipeline::Extracted&& article) {
      for (const auto& w : article.warnings) std::cerr << "newsgraph extract: warning: " << w << "\n";
      for (const auto& f : article.fragments) os << graph::to_json_line(f) << '\n';
      if (!os) throw core::Error(args.get("-o", "<stdout>"), "write failed");
    });
  };
  if (args.has("-o")) core::write_file_atomic(args.get("-o"), write_all);
  else write_all(std::cout);
  std::cout.flush();
  if (!std::cout) throw core::Error("<stdout>", "write failed");
  return kOk;
}

Registration reg({"extract", "extract articles into graph fragments (JSON lines) for merge",
                  [](const std::vector<std::string>& a) { return with_usage("extract", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
