// The CLI's option parsing: the input, split at NUL bytes, is an argument list for the
// shared parser (Args) with the options of build, query, export and render, then for
// what those commands check before touching a file: --from/--to dates, --types, and
// the export/render arguments (formats, dates, numbers). Only UsageError and
// core::Error may come out.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "args.h"
#include "core/error.h"
#include "graph_cli.h"

using namespace ng;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string> argv;
  std::string cur;
  for (size_t i = 0; i < size; ++i) {
    if (data[i] == 0) argv.push_back(std::move(cur)), cur.clear();
    else cur += char(data[i]);
  }
  argv.push_back(cur);
  try {
    tools::Args query(argv, {"--format", "--with", "--from", "--to", "--status", "--types"}, {});
    tools::check_date_range(query.get("--from"), query.get("--to"));
    tools::parse_types(query.get("--types"));
  } catch (const tools::UsageError&) {
  } catch (const core::Error&) {
  }
  try {
    tools::Args build(argv, {"--date", "--format", "-o", "--into", "--ner-model", "--lock-timeout"}, {"--no-snapshot"});
    build.all("--date");
  } catch (const tools::UsageError&) {
  }
  try {
    tools::DiagramCommand cmd(argv, "svg,png,pdf");
    cmd.filtered();
    graph::Graph empty;
    cmd.diagram(empty);
  } catch (const tools::UsageError&) {
  } catch (const core::Error&) {
  }
  return 0;
}
