#pragma once
// GraphML (for networkx, Gephi, yEd): every entity and event a node with string
// attributes (kind, label, name, aliases, jobTitle, date, status, mode, place, content,
// evidence, sources) and an integer reportCount; an undirected edge from each event to
// each entity it involves, with its relation and role. Nodes are identified by their
// graph keys. Deterministic.
#include <string>

#include "graph/graph.h"

namespace ng::exporter {

std::string to_graphml(const graph::Graph& g);

}  // namespace ng::exporter
