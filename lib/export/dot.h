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
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/graph.h"

namespace ng::exporter {

// The whole graph as DOT text: one node per entity and per event, an edge from each
// event to each entity it involves (labelled with the role when not "participant").
std::string to_dot(const graph::Graph& g);

// What a relationship diagram shows.
struct DiagramOptions {
  std::optional<graph::Vertex> around;  // only entities within `depth` meetings/trips of this one
  int depth = 1;
  std::string from, to;                 // only events dated in [from, to] (ISO, "" for open)
  std::vector<graph::NodeKind> types;   // entity kinds to draw; empty: Person, Organization, Place
  size_t max_nodes = 200;               // the most connected entities when there are more; 0: all
  bool isolated = false;                // also entities that met no one drawn (not with `around`)
  bool legend = true;                   // a legend cluster of the edge styles
};

// What a pair of entities shares in a diagram: their meetings (and how many of those
// were planned, cancelled or denied) and trips (a traveller and a destination), with the
// range of their dates; `inferred` when some date is not stated by its event's sentence.
struct Relationship {
  int meetings = 0, trips = 0;
  int planned = 0, cancelled = 0;
  bool inferred = false;
  std::string first, last;  // "" when none is dated
  void add(const graph::Node& event, bool trip);
};

// What a diagram under `options` draws: its entities (in vertex order) and the pairs
// among them (a < b by key) with what they share.
struct Relationships {
  std::vector<graph::Vertex> entities;
  std::map<std::pair<graph::Vertex, graph::Vertex>, Relationship> pairs;
};
Relationships relationships(const graph::Graph& g, const DiagramOptions& options = {});

// A relationship diagram: entities as nodes, their labels bigger for more counterparts
// drawn; one edge per pair of entities that met, labelled with the number of meetings
// (and how many were held, planned, cancelled when not all held) and their date range,
// an asterisk when some date is not stated by the event's own sentence; thicker for
// more meetings; dashed when none was held but some planned, red and crossed (U+2715)
// when all were cancelled or denied; a traveller joined to each destination by a
// dotted edge ("2 trips"). People with a known country are grouped in a cluster per
// country when it holds two or more of them. Entities on no drawn edge are left out
// unless `isolated`. A legend cluster explains the styles.
std::string to_diagram(const graph::Graph& g, const DiagramOptions& options = {});

// Lays DOT text out with Graphviz's `dot` engine and renders it as `format` ("svg",
// "png", "pdf"). Throws core::Error naming `what` when Graphviz rejects the input or
// the format.
std::string render_dot(const std::string& dot, const std::string& format, const std::string& what);

}  // namespace ng::exporter
