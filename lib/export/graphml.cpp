#include "export/graphml.h"

#include <algorithm>

#include "export/text_util.h"

namespace ng::exporter {
namespace {

using graph::NodeKind;
using graph::Vertex;

// XML character data: markup escaped, characters XML 1.0 forbids dropped.
void xml(std::string& out, const std::string& raw) {
  for (char c : is_valid_utf8(raw) ? raw : repair_utf8(raw)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
    }
  }
}

const char* const kNodeKeys[] = {"kind", "label", "name", "aliases", "jobTitle", "date", "status", "mode",
                                 "place", "content", "evidence", "sources"};

const char* relation_name(graph::Relation r) {
  return r == graph::Relation::Participant ? "participant" : r == graph::Relation::Location ? "location" : "country";
}

}  // namespace

std::string to_graphml(const graph::Graph& g) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const char* k : kNodeKeys)
    out += std::string("  <key id=\"") + k + "\" for=\"node\" attr.name=\"" + k + "\" attr.type=\"string\"/>\n";
  out += "  <key id=\"reportCount\" for=\"node\" attr.name=\"reportCount\" attr.type=\"int\"/>\n";
  out += "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n";
  out += "  <key id=\"role\" for=\"edge\" attr.name=\"role\" attr.type=\"string\"/>\n";
  out += "  <graph id=\"newsgraph\" edgedefault=\"undirected\">\n";
  auto data = [&](const char* key, const std::string& value) {
    if (value.empty()) return;
    out += std::string("      <data key=\"") + key + "\">";
    xml(out, value);
    out += "</data>\n";
  };
  std::vector<Vertex> order = g.sorted_vertices();
  for (Vertex v : order) {
    const graph::Node& n = g.node(v);
    out += "    <node id=\"";
    xml(out, n.key);
    out += "\">\n";
    data("kind", graph::to_string(n.kind));
    data("label", graph::label(g, v));
    data("name", n.name);
    std::string aliases;
    for (const auto& a : n.aliases) aliases += (aliases.empty() ? "" : "; ") + a;
    data("aliases", aliases);
    data("jobTitle", n.job_title);
    if (graph::is_event(n.kind)) {
      data("date", n.date);
      data("status", core::to_string(n.status));
      data("mode", core::to_string(n.mode));
      data("place", n.place >= 0 ? g.node(Vertex(n.place)).name.str() : std::string());
      data("content", n.content.str());
      const graph::Report* first = nullptr;
      for (const auto& r : n.reports)
        if (!first || g.articles()[r.article].key < g.articles()[first->article].key) first = &r;
      data("evidence", first ? first->text.str() : std::string());
      data("reportCount", std::to_string(n.reports.size()));
    }
    std::vector<std::string> ids;
    for (uint32_t a : n.articles) ids.push_back(g.articles()[a].id);
    std::sort(ids.begin(), ids.end());
    std::string sources;
    for (const auto& s : ids) sources += (sources.empty() ? "" : "; ") + s;
    data("sources", sources);
    out += "    </node>\n";
  }
  const auto& adj = g.adjacency();
  for (Vertex v : order) {
    if (!graph::is_event(g.node(v).kind)) continue;
    std::vector<std::pair<std::string, graph::Link>> ends;
    for (auto [e, end] = boost::out_edges(v, adj); e != end; ++e) ends.emplace_back(g.node(boost::target(*e, adj)).key, adj[*e]);
    std::sort(ends.begin(), ends.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second.relation < b.second.relation;
    });
    for (const auto& [key, link] : ends) {
      out += "    <edge source=\"";
      xml(out, g.node(v).key);
      out += "\" target=\"";
      xml(out, key);
      out += "\">\n";
      data("relation", relation_name(link.relation));
      if (link.relation == graph::Relation::Participant) data("role", core::to_string(link.role));
      out += "    </edge>\n";
    }
  }
  for (Vertex v : order) {  // entity -> country
    const graph::Node& n = g.node(v);
    if (!graph::is_entity(n.kind) || n.country < 0) continue;
    out += "    <edge source=\"";
    xml(out, n.key);
    out += "\" target=\"";
    xml(out, g.node(Vertex(n.country)).key);
    out += "\">\n";
    data("relation", "country");
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

std::string to_people_graphml(const graph::Graph& g, const Relationships& r) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  for (const char* k : {"name", "aliases", "jobTitle"})
    out += std::string("  <key id=\"") + k + "\" for=\"node\" attr.name=\"" + k + "\" attr.type=\"string\"/>\n";
  for (const char* k : {"weight", "held", "planned", "cancelled"})
    out += std::string("  <key id=\"") + k + "\" for=\"edge\" attr.name=\"" + k + "\" attr.type=\"int\"/>\n";
  for (const char* k : {"first", "last"})
    out += std::string("  <key id=\"") + k + "\" for=\"edge\" attr.name=\"" + k + "\" attr.type=\"string\"/>\n";
  out += "  <graph id=\"people\" edgedefault=\"undirected\">\n";
  auto data = [&](const char* indent, const char* key, const std::string& value) {
    if (value.empty()) return;
    out += std::string(indent) + "<data key=\"" + key + "\">";
    xml(out, value);
    out += "</data>\n";
  };
  auto person = [&](Vertex v) { return g.node(v).kind == NodeKind::Person; };
  std::vector<Vertex> people;
  for (Vertex v : r.entities)
    if (person(v)) people.push_back(v);
  std::sort(people.begin(), people.end(), [&](Vertex a, Vertex b) { return g.node(a).key < g.node(b).key; });
  for (Vertex v : people) {
    const graph::Node& n = g.node(v);
    out += "    <node id=\"";
    xml(out, n.key);
    out += "\">\n";
    data("      ", "name", n.name);
    std::string aliases;
    for (const auto& a : n.aliases) aliases += (aliases.empty() ? "" : "; ") + a;
    data("      ", "aliases", aliases);
    data("      ", "jobTitle", n.job_title);
    out += "    </node>\n";
  }
  std::vector<std::pair<std::pair<Vertex, Vertex>, const Relationship*>> edges;
  for (const auto& [p, rel] : r.pairs)
    if (person(p.first) && person(p.second) && rel.meetings > 0) edges.push_back({p, &rel});
  std::sort(edges.begin(), edges.end(), [&](const auto& x, const auto& y) {  // by keys, whatever the vertex numbers
    const std::string &a = g.node(x.first.first).key, &b = g.node(y.first.first).key;
    return a != b ? a < b : g.node(x.first.second).key < g.node(y.first.second).key;
  });
  for (const auto& [p, relp] : edges) {
    const Relationship& rel = *relp;
    out += "    <edge source=\"";
    xml(out, g.node(p.first).key);
    out += "\" target=\"";
    xml(out, g.node(p.second).key);
    out += "\">\n";
    data("      ", "weight", std::to_string(rel.meetings));
    data("      ", "held", std::to_string(rel.meetings - rel.planned - rel.cancelled));
    data("      ", "planned", std::to_string(rel.planned));
    data("      ", "cancelled", std::to_string(rel.cancelled));
    data("      ", "first", rel.first);
    data("      ", "last", rel.last);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace ng::exporter
