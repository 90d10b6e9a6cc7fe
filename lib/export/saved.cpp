#include "export/saved.h"

#include <cstdio>
#include <filesystem>
#include <future>

#include "core/error.h"
#include "core/io.h"
#include "export/jsonld.h"
#include "graph/snapshot.h"

namespace ng::exporter {

std::string snapshot_path(const std::string& jsonld_path) { return jsonld_path + ".ngbin"; }

namespace {

void write_snapshot(const graph::Graph& g, const std::string& jsonld_path, const graph::SourceStamp& stamp) {
  graph::SnapshotWriter writer(g);
  core::write_file_atomic(snapshot_path(jsonld_path), [&](std::ostream& os) { writer.write(stamp, os); });
}

}  // namespace

graph::Graph load_graph(const std::string& jsonld_path, LoadInfo* info) {
  LoadInfo local;
  LoadInfo& out = info ? *info : local;
  out = LoadInfo();
  std::string snap = snapshot_path(jsonld_path);
  std::error_code ec;
  if (std::filesystem::is_regular_file(snap, ec)) {
    try {
      graph::SourceStamp expected = graph::snapshot_source(snap);
      uint64_t size = std::filesystem::file_size(jsonld_path, ec);
      if (ec) return load_jsonld(jsonld_path);  // its own error
      if (size != expected.size) {
        out.note = snap + ": stale (made from another version of " + jsonld_path + "), ignored; 'newsgraph snapshot " +
                   jsonld_path + "' remakes it";
      } else {
        // Hash the JSON-LD on a second thread while the snapshot loads.
        auto stamp = std::async(std::launch::async, [&] { return graph::stamp_file(jsonld_path); });
        graph::Graph g;
        try {
          g = graph::load_snapshot(snap);
        } catch (...) {
          stamp.wait();
          throw;
        }
        if (stamp.get() == expected) {
          out.from_snapshot = true;
          return g;
        }
        out.note = snap + ": stale (made from another version of " + jsonld_path + "), ignored; 'newsgraph snapshot " +
                   jsonld_path + "' remakes it";
      }
    } catch (const core::Error& e) {
      out.note = std::string(e.what()) + "; ignored";
    }
  }
  return load_jsonld(jsonld_path);
}

void save_graph(const graph::Graph& g, const std::string& jsonld_path, bool snapshot) {
  // The snapshot is made on a second thread while the JSON-LD is (both read `g` only),
  // then stamped with the JSON-LD's size and hash.
  std::future<graph::SnapshotWriter> snap;
  if (snapshot) snap = std::async(std::launch::async, [&] { return graph::SnapshotWriter(g); });
  // The JSON-LD goes to the file as it is made (never whole in memory), hashed on the way.
  graph::ContentHasher hash;
  try {
    core::write_file_atomic(jsonld_path, [&](std::ostream& os) {
      write_jsonld(g, [&](std::string_view piece) {
        hash.update(piece);
        os.write(piece.data(), std::streamsize(piece.size()));
      });
    });
  } catch (...) {
    if (snap.valid()) snap.wait();
    throw;
  }
  if (snapshot) {
    graph::SnapshotWriter writer = snap.get();
    core::write_file_atomic(snapshot_path(jsonld_path), [&](std::ostream& os) { writer.write(hash.stamp(), os); });
  } else {
    std::error_code ec;
    std::filesystem::remove(snapshot_path(jsonld_path), ec);
  }
}

graph::Graph refresh_snapshot(const std::string& jsonld_path) {
  std::string text = core::read_file(jsonld_path);
  graph::SourceStamp stamp{uint64_t(text.size()), graph::content_hash(text)};
  graph::Graph g = read_jsonld(std::move(text), jsonld_path);
  write_snapshot(g, jsonld_path, stamp);
  return g;
}

}  // namespace ng::exporter
