#pragma once
// What the graph subcommands (build, export, render, query) share: loading a saved
// graph, output, and the arguments of the commands that draw one (export, render).
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "args.h"
#include "export/dot.h"
#include "graph/graph.h"
#include "pipeline/extract.h"
#include "query/query.h"

namespace ng::tools {

// Writes `data` to the file `path` atomically, or to stdout when `path` is empty.
void write_output(const std::string& path, const std::string& data);

// exporter::load_graph (the snapshot when valid, else the JSON-LD); a snapshot that was
// there but not used is reported on stderr as a warning of `command`.
graph::Graph load_saved_graph(const char* command, const std::string& path);

// What build and extract share: the articles of the INPUTs ('-' at most once) in merge
// order, --jobs N (N >= 1; default pipeline::default_jobs()), and the pipeline's options
// from --date and --ner-model. Throws UsageError on a bad --jobs or a second '-'.
struct Extraction {
  std::vector<pipeline::Input> inputs;
  unsigned jobs = 1;
  pipeline::Options options;
};
Extraction extraction_args(const Args& args, std::vector<std::string>* skipped = nullptr);

// Writes `g` to `path` as `format` ("jsonld", "dot" for the relationship diagram or
// "events-dot" for the event graph): a JSON-LD file through
// exporter::save_graph (with its snapshot unless `snapshot` is false), else through
// write_output (stdout when `path` is empty).
void write_graph(const graph::Graph& g, const std::string& format, const std::string& path, bool snapshot);

// What build and merge merge with: data/titles.tsv and data/gazetteer.tsv. Both must
// use the same, or `build` and `extract` + `merge` would give different graphs.
std::shared_ptr<const graph::Knowledge> merge_knowledge();

// The entity kinds of a --types LIST ("person,organization,place"; "organisation" too).
// Throws UsageError on another word.
std::vector<graph::NodeKind> parse_types(const std::string& list);

// Checks the --from and --to dates of a filter ("" when not given): each must be an ISO
// year, month or day that exists, and --to must not end before --from begins. Throws
// UsageError naming the option.
void check_date_range(const std::string& from, const std::string& to);

inline const char* kDiagramOptionsHelp =
    "  --around NAME   only entities within --depth meetings or trips of NAME\n"
    "  --depth N       default 1\n"
    "  --from DATE     only events on or after DATE (ISO: 2026, 2026-01, 2026-01-22)\n"
    "  --to DATE       only events on or before DATE (a --to that is not a format name)\n"
    "  --types LIST    entity kinds to draw: person,organization,place (default all)\n"
    "  --top N         the N most connected entities (default 200; 0 for all);\n"
    "                  --max-nodes N is the same\n"
    "  --isolated      also entities that met no one drawn (left out by default)\n";

// The arguments of `COMMAND --to FORMAT GRAPH [-o OUT] [diagram filters]`: export and
// render. Throws UsageError on a missing or unclear --to (one --to names a format among
// `formats`, comma-separated; another may be a date), or not exactly one GRAPH; with
// --help nothing else is checked.
class DiagramCommand {
 public:
  // `valued`: more options with a value that the command takes (see extra()).
  DiagramCommand(const std::vector<std::string>& argv, const std::string& formats,
                 const std::set<std::string>& valued = {});
  bool help() const { return args_.help(); }
  const std::string& format() const { return format_; }
  const std::string& graph_path() const { return graph_; }
  std::string output() const { return args_.get("-o"); }
  // The value of one of the command's own options ("" when not given).
  std::string extra(const std::string& name) const { return args_.get(name); }
  // Whether any diagram filter was given.
  bool filtered() const;
  // The diagram of `g` (DOT) under the filters. Throws UsageError on bad values and
  // core::Error on an unknown --around NAME.
  std::string diagram(const graph::Graph& g) const;
  // The filters as diagram options for `g`; the same errors as diagram().
  exporter::DiagramOptions diagram_options(const graph::Graph& g) const;

 private:
  Args args_;
  std::string format_, date_to_, graph_;
};

}  // namespace ng::tools
