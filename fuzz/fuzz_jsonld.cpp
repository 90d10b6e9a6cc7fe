// The JSON-LD graph reader on arbitrary bytes, and what `build --into` does with a graph
// it read: add an article, write JSON-LD and a snapshot, and read both back.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/error.h"
#include "core/resources.h"
#include "export/describe.h"
#include "export/jsonld.h"
#include "graph/graph.h"
#include "graph/snapshot.h"
#include "pipeline/pipeline.h"

using namespace ng;

namespace {
// Loaded once, before the first input (models and gazetteers take seconds under ASan,
// which must not count against the time an input may take).
struct Fixture {
  pipeline::Pipeline pipe;
  core::Document doc = pipe.run("fuzz-added", "fuzz-added.txt",
                                "Moscow, 22 January 2026.\n\nVladimir Putin met Steve Witkoff and Jared Kushner in the Kremlin on Thursday.\n");
  std::shared_ptr<const graph::Knowledge> knowledge = std::make_shared<const graph::Knowledge>(
      graph::load_knowledge(core::resource_path("data/titles.tsv"), core::resource_path("data/gazetteer.tsv")));
};
const Fixture* fixture = nullptr;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fixture = new Fixture();  // lives for the process
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const core::Document& doc = fixture->doc;
  const auto& knowledge = fixture->knowledge;
  graph::Graph g;
  try {
    g = exporter::read_jsonld(std::string(reinterpret_cast<const char*>(data), size), "fuzz.jsonld");
  } catch (const core::Error&) {
    return 0;  // rejected: fine
  }
  // Accepted: everything downstream must work on it.
  g.set_knowledge(knowledge);
  g.add(doc);
  std::string text = exporter::to_jsonld(g);
  std::string snap = graph::to_snapshot(g, {uint64_t(text.size()), graph::content_hash(text)});
  exporter::read_jsonld(text, "fuzz-out.jsonld");
  graph::read_snapshot(snap, "fuzz-out.ngbin");
  return 0;
}
