#pragma once
// The RDF reading of a graph, shared by the JSON-LD and N-Quads writers so that both say
// exactly the same triples. Each node is described by its key, its types and its
// properties, named by JSON-LD terms of the context that jsonld.h documents ("name" is
// schema:name, "ng:status" is <https://newsgraph.example/vocab#status>).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace ng::exporter {

struct Term {
  enum Kind : uint8_t { Node, Text, Typed, Integer };
  Kind kind = Text;
  std::string value;               // a node key (Node), else the lexical form
  const char* datatype = nullptr;  // Typed: "xsd:date", "xsd:gYearMonth", "xsd:gYear"
};

struct Property {
  const char* name = "";    // a JSON-LD term of the context
  std::vector<Term> values;
  bool ordered = false;     // an RDF list (ng:sources)
};

struct Description {
  std::string key;
  std::vector<const char*> types;  // terms: "Person", "ng:Meeting"
  std::vector<Property> properties;
};

// The properties whose values are nodes (typed @id in the JSON-LD context).
const std::vector<const char*>& link_terms();

// Describes every node of `g` in canonical order: articles by key, then
// graph::Graph::sorted_vertices(), each event followed by its evidence nodes. Empty
// properties are left out.
void describe(const graph::Graph& g, const std::function<void(const Description&)>& emit);

}  // namespace ng::exporter
