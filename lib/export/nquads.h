#pragma once
// N-Quads (W3C RDF 1.1): the same triples as the JSON-LD (export/describe.h), one per
// line in the default graph, for the bulk loaders of RDF stores (Oxigraph, Virtuoso).
// The ordered ng:sources list becomes an rdf:List of blank nodes _:l<n>. Deterministic.
#include <string>

#include "graph/graph.h"

namespace ng::exporter {

std::string to_nquads(const graph::Graph& g);

}  // namespace ng::exporter
