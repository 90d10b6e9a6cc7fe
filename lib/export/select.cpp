#include "export/select.h"

#include <algorithm>

namespace ng::exporter {

using graph::Vertex;

graph::Graph select(const graph::Graph& g, const DiagramOptions& options) {
  const auto& adj = g.adjacency();
  std::vector<char> keep(g.size(), 0);
  for (Vertex v : relationships(g, options).entities) keep[v] = 1;
  // Events in range whose participants are all kept; their places come along.
  std::vector<Vertex> events;
  for (Vertex v = 0; v < g.size(); ++v) {
    const graph::Node& n = g.node(v);
    if (!graph::is_event(n.kind) || !graph::date_in_range(n.date, options.from, options.to)) continue;
    bool all = true, any = false;
    for (auto [e, end] = boost::out_edges(v, adj); e != end; ++e)
      if (adj[*e].relation == graph::Relation::Participant) {
        bool k = keep[boost::target(*e, adj)];
        all = all && k;
        any = any || k;
      }
    if (all && any) events.push_back(v);
  }
  for (Vertex v : events) {
    keep[v] = 1;
    for (auto [e, end] = boost::out_edges(v, adj); e != end; ++e)
      if (adj[*e].relation == graph::Relation::Location) keep[boost::target(*e, adj)] = 1;
  }
  // Articles the kept nodes name or report from, in g's order.
  std::vector<int64_t> article_of(g.articles().size(), -1);
  for (Vertex v = 0; v < g.size(); ++v)
    if (keep[v])
      for (uint32_t a : g.node(v).articles) article_of[a] = 0;
  graph::Graph out;
  for (size_t a = 0; a < article_of.size(); ++a)
    if (article_of[a] == 0) article_of[a] = out.add_article(g.articles()[a]);
  std::vector<int64_t> vertex_of(g.size(), -1);
  std::vector<graph::Node> nodes;
  for (Vertex v = 0; v < g.size(); ++v)
    if (keep[v]) vertex_of[v] = int64_t(nodes.size()), nodes.push_back(g.node(v));
  auto vertex = [&](int64_t v) { return v >= 0 ? vertex_of[size_t(v)] : -1; };
  for (graph::Node& n : nodes) {
    for (uint32_t& a : n.articles) a = uint32_t(article_of[a]);
    for (graph::Report& r : n.reports) {
      r.article = uint32_t(article_of[r.article]);
      r.place = vertex(r.place);
    }
    n.place = vertex(n.place);
    n.country = vertex(n.country);  // a country outside the selection is dropped
  }
  out.add_nodes(std::move(nodes));
  for (Vertex v = 0; v < g.size(); ++v) {
    if (!keep[v] || !graph::is_event(g.node(v).kind)) continue;
    for (auto [e, end] = boost::out_edges(v, adj); e != end; ++e) {
      int64_t t = vertex_of[boost::target(*e, adj)];
      if (t >= 0) out.add_link(Vertex(vertex_of[v]), Vertex(t), adj[*e]);
    }
  }
  return out;
}

}  // namespace ng::exporter
