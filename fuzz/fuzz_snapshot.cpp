// The snapshot reader on arbitrary bytes. The harness recomputes the header's checksum
// (the hash of every byte after it) so that the fuzzer gets past that check to the
// counts, offsets and records behind it; the checksum check itself is the same code
// for every input.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/error.h"
#include "export/jsonld.h"
#include "graph/graph.h"
#include "graph/snapshot.h"

using namespace ng;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  constexpr size_t kChecksumAt = 16, kChecksumEnd = 24;  // graph/snapshot.h's header layout
  if (bytes.size() >= kChecksumEnd) {
    uint64_t sum = graph::content_hash(std::string_view(bytes).substr(kChecksumEnd));
    std::memcpy(&bytes[kChecksumAt], &sum, sizeof sum);
  }
  try {
    graph::Graph g = graph::read_snapshot(bytes, "fuzz.ngbin");
    exporter::read_jsonld(exporter::to_jsonld(g), "fuzz.jsonld");  // an accepted graph exports
  } catch (const core::Error&) {
  }
  return 0;
}
