#pragma once
// The explorer: one self-contained HTML page to look through a graph in a browser. It
// needs no network and works from file:// (no external script, style, font or image).
//
// What the page holds:
//   - the relationship diagram (to_diagram, laid out by Graphviz as SVG, inline) with pan
//     (drag) and zoom (wheel, buttons); people sized by counterparts, edges by status
//     and a legend as to_diagram draws them;
//   - the graph's data as JSON in a <script type="application/json" id="ng-data"> block:
//     every article, entity and event (with each report's evidence sentence, article,
//     date basis and strength), so that search and timelines reach entities the diagram
//     leaves out;
//   - a search box over names and aliases, a person's (any entity's) timeline on click
//     (on the diagram or a search result): meetings, statements and trips by date, each
//     with its evidence sentence, source and date basis, 100 rows at a time; a click on
//     an edge lists the events of that pair; a date-range filter (ISO from/to) applies to
//     the timeline and hides the diagram's edges with no event in range.
// Large graphs stay usable because the diagram draws only the `diagram.max_nodes` most
// connected entities (to_diagram's cut), and lists are paged.
//
// Element ids the page guarantees (for tests and users' scripts): #ng-search (input),
// #ng-results (search results, each a button.ng-result with data-key), #ng-from, #ng-to
// (date inputs), #ng-diagram (the SVG's container), #ng-timeline (the selected entity's
// events: each row an li.ng-event with data-date, data-kind and data-basis holding
// .ng-evidence and .ng-source).
//
// The same graph and options give the same bytes (when Graphviz is the same version).
// Thread safety: as render_dot (Graphviz global state): one call at a time.
#include <string>

#include "export/dot.h"
#include "graph/graph.h"

namespace ng::exporter {

struct HtmlOptions {
  DiagramOptions diagram;      // what the diagram draws (its cut: diagram.max_nodes)
  std::string title = "newsgraph explorer";
};

// The page as UTF-8 text. Throws core::Error (naming `what`) when Graphviz cannot lay
// out the diagram.
std::string to_html(const graph::Graph& g, const HtmlOptions& options, const std::string& what);

// The page's data block alone (the JSON described above), for tests.
std::string explorer_data(const graph::Graph& g);

}  // namespace ng::exporter
