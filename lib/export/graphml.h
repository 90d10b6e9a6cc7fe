#pragma once
// GraphML (for networkx, Gephi, yEd): every entity and event a node with string
// attributes (kind, label, name, aliases, jobTitle, date, status, mode, place, content,
// evidence, sources) and an integer reportCount; an undirected edge from each event to
// each entity it involves, with its relation and role. Nodes are identified by their
// graph keys. Deterministic.
#include <string>

#include "export/dot.h"
#include "graph/graph.h"

namespace ng::exporter {

std::string to_graphml(const graph::Graph& g);

// The person-to-person projection (for Gephi): one node per person in `r` (name,
// aliases, jobTitle), one undirected edge per pair of people who met, with weight (the
// number of meetings), held, planned, cancelled, first and last date. Other entities and
// trips are left out. Deterministic.
std::string to_people_graphml(const graph::Graph& g, const Relationships& r);

}  // namespace ng::exporter
