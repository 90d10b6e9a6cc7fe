#pragma once
// A graph's binary snapshot: the same graph as the JSON-LD that `build` saves, in a form
// that loads in a fraction of the time (a few large arrays instead of a JSON parse). The
// JSON-LD stays the saved form; a snapshot is a cache beside it, valid only for the
// exact bytes of the JSON-LD it was made from (their size and hash are in its header).
//
// Format (version 1, little-endian, every section 8-byte aligned):
//   header   64 bytes: magic "NGSNAP\r\n", u32 version, u32 byte-order mark 0x01020304,
//            u64 checksum of every byte after this field, u64 source size, u64 source
//            hash (content_hash of the JSON-LD), u64 payload size (bytes after the header),
//            u64 reserved (0), u64 reserved (0)
//   payload  counts (u64 each: strings, string bytes, articles, article sources, nodes,
//            aliases, node articles, reports, citations, edges), then the arrays:
//            string offsets u64[strings+1], string bytes, article records, article source
//            ids u32[], node records, alias ids u32[], node article ids u32[], report
//            records, citation records, edge records.
// Strings are interned (each distinct string once, numbered in first-use order); nodes
// come in Graph::sorted_vertices() order; edges by (event, entity, relation, role). So
// the same graph gives the same bytes, and a graph loaded from a snapshot has the same
// vertex numbering as one loaded from its JSON-LD.
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace ng::graph {

// What a snapshot was made from: the JSON-LD's size and content_hash.
struct SourceStamp {
  uint64_t size = 0;
  uint64_t hash = 0;
  friend bool operator==(const SourceStamp& a, const SourceStamp& b) { return a.size == b.size && a.hash == b.hash; }
  friend bool operator!=(const SourceStamp& a, const SourceStamp& b) { return !(a == b); }
};

// A fast 64-bit hash of bytes (four multiply-rotate lanes over 8-byte words). Not
// cryptographic: it detects change and corruption, not tampering.
uint64_t content_hash(std::string_view bytes);

// content_hash over bytes given in pieces, for a writer that streams them: the same
// value as content_hash of all the pieces joined, and their total size.
class ContentHasher {
 public:
  ContentHasher();
  void update(std::string_view bytes);
  uint64_t finish() const;
  SourceStamp stamp() const { return {total_, finish()}; }

 private:
  void block(const char* p);
  uint64_t lane_[4];
  uint64_t total_ = 0;
  char buf_[32];
  size_t pending_ = 0;
};

// The stamp of a file's bytes, read in blocks (the file is not held in memory).
// Throws core::Error naming `path` when it cannot be read.
SourceStamp stamp_file(const std::string& path);

// The snapshot of `g`, made from a source with stamp `source`.
// Throws core::Error when the graph is too large for the format (over 2^32 strings,
// nodes or records of one kind).
std::string to_snapshot(const Graph& g, const SourceStamp& source);

// What this object represents: a snapshot of a graph made ready to write, everything but
// the source stamp, so that it can be made while the source is written (on another
// thread) and then streamed to a file without its bytes ever being whole in memory. It
// holds the numbering of the vertices, articles and strings (about 12 bytes a vertex and
// an index of the strings that may repeat) and makes the records as it writes them.
// REQUIRES: the graph outlives this object and does not change while it lives (it keeps
// pointers to the graph and its strings). Thread safety: const methods may run concurrently.
class SnapshotWriter {
 public:
  // Throws core::Error when the graph is too large for the format (see to_snapshot).
  explicit SnapshotWriter(const Graph& g);
  SnapshotWriter(SnapshotWriter&&) noexcept;
  SnapshotWriter& operator=(SnapshotWriter&&) noexcept;
  ~SnapshotWriter();
  // to_snapshot's bytes for a source with stamp `source`.
  std::string bytes(const SourceStamp& source) const;
  // The same bytes written to `out` from its current position as they are made; `out`
  // must be seekable (the checksum goes into the header last). Throws core::Error when
  // the stream fails.
  void write(const SourceStamp& source, std::ostream& out) const;

 private:
  struct Parts;
  std::unique_ptr<Parts> parts_;
};

// Sets the source stamp of snapshot `bytes` (from to_snapshot) and its checksum, so a
// snapshot can be made while its source is still being written.
// Throws core::Error when `bytes` is not a snapshot.
void restamp_snapshot(std::string& bytes, const SourceStamp& source);

// The source stamp in the header of the snapshot file at `path`, reading only the header.
// Throws core::Error naming `path` when it is missing, short, or not a snapshot of this
// version and byte order.
SourceStamp snapshot_source(const std::string& path);

// Loads the snapshot at `path` (memory-mapped). Checks the checksum and every count,
// offset and index before use, so a truncated, corrupt or foreign file throws
// core::Error naming `path`; it never reads out of bounds.
Graph load_snapshot(const std::string& path);

// The same from bytes in memory (`what` names them in errors).
Graph read_snapshot(std::string_view bytes, const std::string& what);

}  // namespace ng::graph
