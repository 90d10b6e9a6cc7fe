#pragma once
// Relationship diagrams through Graphviz (cgraph to write DOT, gvc to lay out and render).
//
// Shapes and colours by type: Person ellipse (light blue), Organization box (gold),
// Place house (green), Meeting diamond (orange), Statement note (grey), Travel cds
// (pink). Entities are labelled with their names, events with kind, date, place and
// status when not "occurred". Nodes are named by their graph keys and written in
// graph::Graph::sorted_vertices() order, edges in the same order: stable layout input,
// the same graph gives the same bytes. Charset UTF-8; labels are escaped for DOT.
//
// Thread safety: Graphviz keeps global state; call these from one thread at a time.
#include <string>

#include "graph/graph.h"

namespace ng::exporter {

// The whole graph as DOT text: one node per entity and per event, an edge from each
// event to each entity it involves (labelled with the role when not "participant").
std::string to_dot(const graph::Graph& g);

// Lays DOT text out with Graphviz's `dot` engine and renders it as `format` ("svg",
// "png", "pdf"). Throws core::Error naming `what` when Graphviz rejects the input or
// the format.
std::string render_dot(const std::string& dot, const std::string& format, const std::string& what);

}  // namespace ng::exporter
