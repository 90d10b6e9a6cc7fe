// newsgraph build: articles in, one knowledge graph out (JSON-LD or DOT).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>
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
#include "pipeline/pipeline.h"
#include "text/article.h"

namespace ng::tools {
namespace {

const char* kUsageText =
    "usage: newsgraph build [--date YYYY-MM-DD] [--format jsonld|dot] [-o OUT] [--into GRAPH]\n"
    "                       [--ner-model FILE] [--no-snapshot] INPUT...\n"
    "Reads articles (files; directories, whose .txt files are read recursively in path\n"
    "order; '-' for stdin), finds their people, organisations, places, meetings,\n"
    "statements and trips, merges them into one graph and writes it. Articles are added\n"
    "in order of their id (file name), so the graph does not depend on the order of\n"
    "INPUTs; with --into they come after what GRAPH holds, whose keys stay.\n"
    "  -o OUT         write to OUT (format from its extension: .jsonld/.json JSON-LD,\n"
    "                 .dot DOT); default: JSON-LD to stdout\n"
    "  --format F     jsonld or dot, whatever OUT is called\n"
    "  --into GRAPH   add the articles to the saved graph GRAPH (JSON-LD; created when\n"
    "                 missing) and write it back there (or to OUT); an article already\n"
    "                 in it changes nothing\n"
    "  --lock-timeout S  with --into, wait at most S seconds for another newsgraph\n"
    "                 writing GRAPH (the lock is GRAPH.lock; default: wait)\n"
    "  --no-snapshot  write no binary snapshot beside the JSON-LD (by default GRAPH.ngbin,\n"
    "                 a cache that query, export, render and --into load much faster)\n"
    "  --date D       document date for every article (overrides headers, datelines)\n"
    "  --ner-model F  NER model file instead of the committed one\n"
    "Nothing is written unless every input is read: a bad input is an error naming the\n"
    "file (exit 1). Warnings go to stderr.\n";

bool ends_with(const std::string& s, const char* suffix) {
  size_t n = std::char_traits<char>::length(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

// Every input as a path ("-" for stdin): directories expand to their .txt files.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in == "-" || !fs::is_directory(in, ec)) {
      out.push_back(in);
      continue;
    }
    std::vector<std::string> files;
    for (fs::recursive_directory_iterator it(in, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec) && it->path().extension() == ".txt") files.push_back(it->path().string());
    if (ec) throw core::Error(in, "cannot list directory: " + ec.message());
    if (files.empty()) throw core::Error(in, "directory holds no .txt articles");
    std::sort(files.begin(), files.end());
    out.insert(out.end(), files.begin(), files.end());
  }
  return out;
}

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--date", "--format", "-o", "--into", "--ner-model", "--lock-timeout"}, {"--no-snapshot"});
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
  if (format != "jsonld" && format != "dot") throw UsageError("--format must be jsonld or dot");
  if (!into.empty() && out.empty() && format != "jsonld") throw UsageError("--into writes JSON-LD back; give -o for DOT");
  if (std::count(args.positional().begin(), args.positional().end(), std::string("-")) > 1)
    throw UsageError("'-' (stdin) may be given once");
  double lock_timeout = -1;
  if (args.has("--lock-timeout")) {
    std::string v = args.get("--lock-timeout");
    char* end = nullptr;
    lock_timeout = std::strtod(v.c_str(), &end);
    if (v.empty() || *end || !(lock_timeout >= 0 && lock_timeout <= 1e6))
      throw UsageError("--lock-timeout needs a number of seconds from 0 to 1000000");
    if (into.empty()) throw UsageError("--lock-timeout is for --into");
  }
  std::vector<std::string> inputs = expand_inputs(args.positional());
  for (const std::string& target : {out, into}) {
    std::error_code ec;
    for (const auto& path : inputs)
      if (!target.empty() && path != "-" && std::filesystem::equivalent(target, path, ec))
        throw UsageError("'" + target + "' is an INPUT: writing the graph there would overwrite the article");
  }

  pipeline::Options opt;
  opt.date = args.get("--date");
  opt.ner.model_path = args.get("--ner-model");
  pipeline::Pipeline pipe(opt);

  auto knowledge = std::make_shared<const graph::Knowledge>(
      graph::load_knowledge(core::resource_path("data/titles.tsv"), core::resource_path("data/gazetteer.tsv")));
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
  // give the same bytes.
  std::vector<std::pair<std::string, std::string>> order;
  for (const auto& path : inputs) order.emplace_back(path == "-" ? "stdin" : text::article_id(path), path);
  std::sort(order.begin(), order.end());
  for (const auto& [id, path] : order) {
    core::Document doc = path == "-" ? pipe.run("stdin", "<stdin>", std::string(std::istreambuf_iterator<char>(std::cin), {}))
                                     : pipe.run_file(path);
    for (const auto& w : doc.warnings) std::cerr << "newsgraph build: warning: " << w << "\n";
    g.add(doc);
  }
  std::string target = out.empty() ? into : out;
  if (format == "jsonld" && !target.empty()) exporter::save_graph(g, target, !args.has("--no-snapshot"));
  else write_output(target, format == "dot" ? exporter::to_dot(g) : exporter::to_jsonld(g));
  return kOk;
}

Registration reg({"build", "build a knowledge graph (JSON-LD or DOT) from articles",
                  [](const std::vector<std::string>& a) { return with_usage("build", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
