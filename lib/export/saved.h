#pragma once
// A saved graph on disk: the JSON-LD that `build` writes (the saved form every tool
// reads) and, beside it, its binary snapshot GRAPH + ".ngbin" (graph/snapshot.h), a
// cache that loads many times faster. Tools load and save graphs through these two
// functions only.
#include <string>

#include "graph/graph.h"

namespace ng::exporter {

// Where the snapshot of the JSON-LD at `jsonld_path` lives.
std::string snapshot_path(const std::string& jsonld_path);

struct LoadInfo {
  bool from_snapshot = false;
  // Why a snapshot beside the JSON-LD was not used ("" when there is none, or it was
  // used): stale (made from other JSON-LD bytes) or not a valid snapshot.
  std::string note;
};

// Loads the graph saved at `jsonld_path`: from its snapshot when that exists and was made
// from exactly these JSON-LD bytes (their size and hash are checked; the hash is computed
// on a second thread while the snapshot loads), else from the JSON-LD. A stale, truncated
// or corrupt snapshot is ignored (`info->note` says why), never trusted. Throws
// core::Error naming the file when the JSON-LD cannot be read or is not a graph.
graph::Graph load_graph(const std::string& jsonld_path, LoadInfo* info = nullptr);

// Writes `g` as JSON-LD to `jsonld_path` and, when `snapshot`, its snapshot beside it;
// each file atomically (core::write_file_atomic), the JSON-LD first, so that a failure
// in between leaves a snapshot that load_graph finds stale. Without `snapshot` an old
// snapshot at that place is removed.
void save_graph(const graph::Graph& g, const std::string& jsonld_path, bool snapshot = true);

// Writes the snapshot for the JSON-LD already at `jsonld_path`, loading that JSON-LD.
// Returns the graph loaded.
graph::Graph refresh_snapshot(const std::string& jsonld_path);

}  // namespace ng::exporter
