// The article pipeline on arbitrary bytes: read_article's checks, tokens, NER, coref,
// time expressions, events, and the graph they are added to, saved as JSON-LD and read
// back. Any input must give a Document or core::Error, never a crash or another
// exception.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.h"
#include "export/jsonld.h"
#include "graph/graph.h"
#include "pipeline/pipeline.h"

using namespace ng;

namespace {
const pipeline::Pipeline* article_pipeline = nullptr;
}

// Models load once, before the first input (seconds under ASan, which must not count
// against the time an input may take).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  article_pipeline = new pipeline::Pipeline();  // lives for the process
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    core::Document doc = article_pipeline->run("fuzz", "fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
    graph::Graph g;
    g.add(doc);
    std::string text = exporter::to_jsonld(g);
    exporter::read_jsonld(text, "fuzz.jsonld");  // what we write, we read
  } catch (const core::Error&) {
  }
  return 0;
}
