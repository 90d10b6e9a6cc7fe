#pragma once
// The part of a graph that a diagram's filters select, as a graph of its own, so that
// every export format (JSON-LD, N-Quads, GraphML, Neo4j CSV, DOT, HTML) takes the same
// filters (--around NAME --depth N, --from/--to, --types, --top N, --isolated).
#include "export/dot.h"
#include "graph/graph.h"

namespace ng::exporter {

// The entities relationships(g, options) draws, and the events that involve only them
// and are dated in [options.from, options.to] when either is set (each event keeps all
// its reports; the places events happen at come along); the articles those report from.
// Keys stay; articles and vertices are renumbered in g's order.
graph::Graph select(const graph::Graph& g, const DiagramOptions& options);

}  // namespace ng::exporter
