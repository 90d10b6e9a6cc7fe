#include "query/query.h"

#include <algorithm>

namespace ng::query {
namespace {

using graph::NodeKind;

void add_unique(std::vector<Vertex>& v, Vertex x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

}  // namespace

Index::Index(const graph::Graph& g) : g_(g) {
  for (Vertex v = 0; v < g.size(); ++v) {
    const graph::Node& n = g.node(v);
    if (!graph::is_entity(n.kind)) continue;
    std::vector<std::string> names = n.aliases;
    names.push_back(n.name);
    for (const auto& name : names) {
      std::string slug = graph::name_slug(name);
      if (!slug.empty()) add_unique(by_name_[slug], v);
      size_t start = 0;
      while (start < slug.size()) {
        size_t end = slug.find('-', start);
        if (end == std::string::npos) end = slug.size();
        if (end - start >= 2) add_unique(by_word_[slug.substr(start, end - start)], v);
        start = end + 1;
      }
    }
  }
  auto by_key = [&](Vertex a, Vertex b) { return g.node(a).key < g.node(b).key; };
  for (auto* m : {&by_name_, &by_word_})
    for (auto& [k, list] : *m) std::sort(list.begin(), list.end(), by_key);
}

Resolution Index::resolve(std::string_view name) const {
  Resolution r;
  std::string slug = graph::name_slug(name);
  const std::vector<Vertex>* found = nullptr;
  if (auto it = by_name_.find(slug); it != by_name_.end()) found = &it->second;
  else if (auto w = by_word_.find(slug); w != by_word_.end()) found = &w->second;
  if (found && found->size() == 1) r.match = found->front();
  else if (found) r.candidates = *found;
  return r;
}

std::string explain(const graph::Graph& g, std::string_view name, const Resolution& r) {
  std::string out = std::string(r.candidates.size() > 1 ? "ambiguous" : "unknown") + " name '" + std::string(name) + "'";
  if (r.candidates.size() > 1) out += "; it could be:";
  for (Vertex v : r.candidates) out += "\n  " + g.node(v).name + " (" + graph::to_string(g.node(v).kind) + ")";
  return out;
}

std::vector<Vertex> participants(const graph::Graph& g, Vertex event) {
  const auto& adj = g.adjacency();
  std::vector<Vertex> out;
  for (auto [e, end] = boost::out_edges(event, adj); e != end; ++e)
    if (adj[*e].relation == graph::Relation::Participant) add_unique(out, boost::target(*e, adj));
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    return g.node(a).name != g.node(b).name ? g.node(a).name < g.node(b).name : g.node(a).key < g.node(b).key;
  });
  return out;
}

std::vector<Vertex> meetings_of(const graph::Graph& g, Vertex who, const MeetingFilter& f) {
  const auto& adj = g.adjacency();
  std::vector<Vertex> out;
  for (auto [e, end] = boost::out_edges(who, adj); e != end; ++e) {
    Vertex m = boost::target(*e, adj);
    const graph::Node& n = g.node(m);
    if (n.kind != NodeKind::Meeting || adj[*e].relation != graph::Relation::Participant) continue;
    if (f.status && n.status != *f.status) continue;
    if (!graph::date_in_range(n.date, f.from, f.to)) continue;
    if (f.with) {
      auto ps = participants(g, m);
      if (*f.with == who || std::find(ps.begin(), ps.end(), *f.with) == ps.end()) continue;
    }
    add_unique(out, m);
  }
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    const graph::Node &x = g.node(a), &y = g.node(b);
    if (x.date.empty() != y.date.empty()) return y.date.empty();
    return x.date != y.date ? x.date < y.date : x.key < y.key;
  });
  return out;
}

Table met(const graph::Graph& g, Vertex who, const MeetingFilter& f) {
  Table t;
  t.columns = {{"date"}, {"status"}, {"mode"}, {"with", true}, {"place"}, {"sources", true}, {"evidence"}};
  for (Vertex m : meetings_of(g, who, f)) {
    const graph::Node& n = g.node(m);
    std::vector<std::string> others, sources;
    for (Vertex p : participants(g, m))
      if (p != who) others.push_back(g.node(p).name);
    for (uint32_t a : n.articles) sources.push_back(g.articles()[a].id);
    std::sort(sources.begin(), sources.end());
    std::string evidence;
    const graph::Report* first = nullptr;
    for (const auto& r : n.reports) {
      const std::string& k = g.articles()[r.article].key;
      if (!first || k < g.articles()[first->article].key ||
          (k == g.articles()[first->article].key && r.evidence < first->evidence))
        first = &r;
    }
    if (first) evidence = first->text;
    t.rows.push_back({{n.date}, {core::to_string(n.status)}, {core::to_string(n.mode)}, others,
                      {n.place >= 0 ? g.node(Vertex(n.place)).name : std::string()}, sources, {evidence}});
  }
  return t;
}

}  // namespace ng::query
