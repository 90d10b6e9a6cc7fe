// newsgraph build: articles in, one knowledge graph out (JSON-LD or DOT).
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <future>
#include <iostream>
#include <iterator>
#include <unordered_set>

#include <unistd.h>
#include <optional>

#include "args.h"
#include "command.h"
#include "graph_cli.h"
#include "core/error.h"
#include "core/io.h"
#include "core/resources.h"
#include "export/dot.h"
#include "export/jsonld.h"
#include "export/saved.h"
#include "graph/graph.h"
#include "pipeline/extract.h"
#include "pipeline/pipeline.h"
#include "pipeline/report.h"
#include "text/article.h"
#include "text/formats.h"

namespace ng::tools {
namespace {

const char* kUsageText =
    "usage: newsgraph build [--date YYYY-MM-DD] [--format jsonld|dot] [-o OUT] [--into GRAPH]\n"
    "                       [--ner-model FILE] [--no-snapshot] [--jobs N] [--quiet] INPUT...\n"
    "Reads articles (files; directories, whose article files are read recursively in\n"
    "path order; '-' for stdin), finds their people, organisations, places, meetings,\n"
    "statements and trips, merges them into one graph and writes it. Articles are added\n"
    "in order of their id (file name), so the graph does not depend on the order of\n"
    "INPUTs; with --into they come after what GRAPH holds, whose keys stay.\n"
    "  -o OUT         write to OUT (format from its extension: .jsonld/.json JSON-LD,\n"
    "                 .dot DOT); default: JSON-LD to stdout\n"
    "  --format F     jsonld, dot (the relationship diagram, as 'export --to dot'\n"
    "                 draws it) or events-dot (every entity and event as a node),\n"
    "                 whatever OUT is called\n"
    "  --into GRAPH   add the articles to the saved graph GRAPH (JSON-LD; created when\n"
    "                 missing) and write it back there (or to OUT); an article already\n"
    "                 in it changes nothing\n"
    "  --lock-timeout S  with --into, wait at most S seconds for another newsgraph\n"
    "                 writing GRAPH (the lock is GRAPH.lock; default: wait)\n"
    "  --no-snapshot  write no binary snapshot beside the JSON-LD (by default GRAPH.ngbin,\n"
    "                 a cache that query, export, render and --into load much faster)\n"
    "  --date D       document date for every article (overrides headers, datelines)\n"
    "  --ner-model F  NER model file instead of the committed one\n"
    "  --jobs N       extract articles on N threads (default: the number of cores); the\n"
    "                 output is the same bytes for every N\n"
    "  --quiet        no progress line and no summary on stderr (warnings still)\n"
    "Articles come as .txt (an optional Title/Source/Published header, a blank line, the\n"
    "text), .jsonl (one JSON object a line: text, and id, title, published, source, url)\n"
    "or .html/.htm (the <p> text inside <article>, title from og:title or <title>, date\n"
    "from article:published_time); a folder's other files are skipped and named in the\n"
    "summary.\n"
    "Nothing is written unless every input is read: a bad input is an error naming the\n"
    "file (exit 1). An article whose text the graph already holds (under any file name)\n"
    "is skipped and counted. Warnings go to stderr, and so does the progress of a long\n"
    "build (a bar on a terminal, else a line every 5 s) and a one-line summary at the\n"
    "end: articles read, skipped as duplicates, entities, meetings, statements, trips,\n"
    "warnings, time.\n";

bool ends_with(const std::string& s, const char* suffix) {
  size_t n = std::char_traits<char>::length(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--date", "--format", "-o", "--into", "--ner-model", "--jobs", "--lock-timeout"}, {"--no-snapshot", "--quiet"});
  if (args.help()) {
    std::cout << kUsageText;
    return kOk;
  }
  if (args.positional().empty()) throw UsageError("expected at least one INPUT");
  std::string out = args.get("-o"), into = args.get("--into");
  std::string format = args.get("--format");
  if (format.empty()) {
    std::string target = out.empty() ? into : out;
    if (target.empty() || ends_with(target, ".jsonld") || ends_with(target, ".json")) format = "jsonld";
    else if (ends_with(target, ".dot")) format = "dot";
    else throw UsageError("cannot tell the format of '" + target + "' from its extension; give --format");
  }
  if (format != "jsonld" && format != "dot" && format != "events-dot")
    throw UsageError("--format must be jsonld, dot or events-dot");
  if (!into.empty() && out.empty() && format != "jsonld") throw UsageError("--into writes JSON-LD back; give -o for DOT");
  pipeline::BuildStats stats;
  Extraction x = extraction_args(args, &stats.skipped);
  double lock_timeout = -1;
  if (args.has("--lock-timeout")) {
    std::string v = args.get("--lock-timeout");
    char* end = nullptr;
    lock_timeout = std::strtod(v.c_str(), &end);
    if (v.empty() || *end || !(lock_timeout >= 0 && lock_timeout <= 1e6))
      throw UsageError("--lock-timeout needs a number of seconds from 0 to 1000000");
    if (into.empty()) throw UsageError("--lock-timeout is for --into");
  }
  for (const std::string& target : {out, into}) {
    std::error_code ec;
    for (const auto& in : x.inputs)
      if (!target.empty() && in.path != "-" && std::filesystem::equivalent(target, in.path, ec))
        throw UsageError("'" + target + "' is an INPUT: writing the graph there would overwrite the article");
  }
  // With several jobs the knowledge files load on a thread of their own beside the models.
  auto knowledge_loading = std::async(x.jobs > 1 ? std::launch::async : std::launch::deferred, merge_knowledge);
  pipeline::Pipeline pipe(x.options);

  auto knowledge = knowledge_loading.get();
  graph::Graph g(knowledge);
  // --into is a read-modify-write of GRAPH: one newsgraph at a time, or a concurrent
  // one's articles would be lost when the later write replaces the earlier.
  std::optional<core::FileLock> lock;
  if (!into.empty()) lock.emplace(into + ".lock", lock_timeout);
  if (!into.empty() && std::filesystem::exists(into)) {
    g = load_saved_graph("build", into);
    g.set_knowledge(knowledge);
  }
  // Merging is greedy (an article merges into what is already there), so articles go in
  // a canonical order: by id (the file name), then path. `build A B` and `build B A`
  // give the same bytes, and so do any --jobs: extraction runs on `jobs` threads and
  // hands over the fragments in that order (build is extract, then merge). An article
  // whose text the graph held before the run is not extracted at all; one repeated
  // within the run is extracted and then skipped by Graph::add.
  const std::vector<pipeline::Input>& inputs = x.inputs;
  std::unordered_set<std::string> held;
  for (const auto& a : g.articles()) held.insert(a.hash);
  const bool quiet = args.has("--quiet"), terminal = isatty(STDERR_FILENO);
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
  double last_progress = 0;
  bool bar_shown = false;
  size_t files_done = 0;
  pipeline::extract(
      pipe, inputs, x.jobs,
      [&](pipeline::Extracted&& article) {
        if (bar_shown && !article.warnings.empty()) std::cerr << "\n", bar_shown = false;
        for (const auto& w : article.warnings) std::cerr << "newsgraph build: warning: " << w << "\n";
        stats.warnings += article.warnings.size();
        stats.duplicates += article.known;
        for (const auto& f : article.fragments) (g.add(f) ? stats.articles : stats.duplicates) += 1;
        ++files_done;
        // a bar redrawn at most 10 times a second on a terminal, else a line every 5 s
        double now = elapsed();
        if (!quiet && now - last_progress >= (terminal ? 0.1 : 5.0)) {
          last_progress = now;
          std::string line = pipeline::progress_line(files_done, inputs.size(), now, terminal);
          std::cerr << (terminal ? "\r" : "newsgraph build: ") << line << (terminal ? "" : "\n") << std::flush;
          bar_shown = terminal;
        }
      },
      [&held](const std::string& hash) { return held.count(hash) > 0; });
  stats.seconds = elapsed();
  if (bar_shown) std::cerr << "\r\x1b[K";
  std::string target = out.empty() ? into : out;
  g.release_merge_indexes();  // nothing more is added: room for the writers
  write_graph(g, format, target, !args.has("--no-snapshot"));
  if (!quiet) std::cerr << "newsgraph build: " << pipeline::summary_line(stats, g) << "\n";
  return kOk;
}

Registration reg({"build", "build a knowledge graph (JSON-LD or DOT) from articles",
                  [](const std::vector<std::string>& a) { return with_usage("build", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
