#pragma once
// What the graph subcommands (build, export, render, query) share: output, diagram filters.
#include <string>

#include "args.h"
#include "export/dot.h"
#include "query/query.h"

namespace ng::tools {

// Writes `data` to the file `path` atomically, or to stdout when `path` is empty.
void write_output(const std::string& path, const std::string& data);

inline const char* kDiagramOptionsHelp =
    "  --around NAME   only entities within --depth meetings or trips of NAME\n"
    "  --depth N       default 1\n"
    "  --from DATE     only events on or after DATE (ISO: 2026, 2026-01, 2026-01-22)\n"
    "  --to DATE       only events on or before DATE (a --to that is not a format name)\n"
    "  --types LIST    entity kinds to draw: person,organization,place (default all)\n"
    "  --max-nodes N   the N most connected entities (default 200; 0 for all)\n";

// Fills DiagramOptions from the parsed arguments; `date_to` is the --to value that is a
// date. Throws UsageError on bad values and core::Error on an unknown NAME.
exporter::DiagramOptions diagram_options(const Args& args, const std::string& date_to, const query::Index& index);

// The values of "--to" split into the one naming a format (among `formats`, comma-
// separated) and the one that is a date. Throws UsageError when that is not clear.
void split_to(const Args& args, const std::string& formats, std::string& format, std::string& date_to);

}  // namespace ng::tools
