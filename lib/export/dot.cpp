#include "export/dot.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "core/error.h"
#include "export/text_util.h"

namespace ng::exporter {
namespace {

using graph::NodeKind;
using graph::Vertex;

struct Style {
  const char* shape;
  const char* fill;
};

Style style_of(NodeKind k) {
  switch (k) {
    case NodeKind::Person: return {"ellipse", "#cfe2ff"};
    case NodeKind::Organization: return {"box", "#ffe8a3"};
    case NodeKind::Place: return {"house", "#c9f2c7"};
    case NodeKind::Meeting: return {"diamond", "#ffc38a"};
    case NodeKind::Statement: return {"note", "#e4e4e4"};
    case NodeKind::Travel: return {"cds", "#f8c8dc"};
  }
  return {"ellipse", "white"};
}

// A DOT label with backslashes doubled (a single one starts an escape such as \N); line
// breaks are written as "\n" by the caller.
std::string label_text(std::string_view s) {
  std::string out;
  for (char c : repair_utf8(s)) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

char* cs(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* cs(const char* s) { return const_cast<char*>(s); }

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

std::string write_agraph(Agraph_t* g) {
  char* buf = nullptr;
  size_t len = 0;
  FILE* f = open_memstream(&buf, &len);
  if (!f) throw core::Error("dot: cannot open a memory stream");
  int rc = agwrite(g, f);
  std::fclose(f);
  std::string out(buf ? buf : "", len);
  std::free(buf);
  if (rc != 0) throw core::Error("dot: agwrite failed");
  return out;
}

std::string event_label(const graph::Graph& g, const graph::Node& n) {
  std::string label = n.kind == NodeKind::Meeting ? "meeting" : n.kind == NodeKind::Statement ? "statement" : "travel";
  if (!n.date.empty()) label += "\\n" + label_text(n.date);
  if (n.place >= 0) label += "\\n" + label_text(g.node(Vertex(n.place)).name);
  if (n.status != core::Status::Occurred) label += std::string("\\n(") + core::to_string(n.status) + ")";
  return label;
}

}  // namespace

std::string to_dot(const graph::Graph& g) {
  agseterr(AGMAX);
  GraphPtr dg(agopen(cs("newsgraph"), Agundirected, nullptr));
  Agraph_t* a = dg.get();
  agattr(a, AGRAPH, cs("charset"), cs("UTF-8"));
  agattr(a, AGRAPH, cs("rankdir"), cs("LR"));
  agattr(a, AGRAPH, cs("fontname"), cs("Helvetica"));
  agattr(a, AGNODE, cs("fontname"), cs("Helvetica"));
  agattr(a, AGNODE, cs("style"), cs("filled"));
  agattr(a, AGNODE, cs("shape"), cs("ellipse"));
  agattr(a, AGNODE, cs("fillcolor"), cs("white"));
  agattr(a, AGNODE, cs("label"), cs("\\N"));
  agattr(a, AGEDGE, cs("fontname"), cs("Helvetica"));
  agattr(a, AGEDGE, cs("fontsize"), cs("10"));
  agattr(a, AGEDGE, cs("label"), cs(""));
  agattr(a, AGEDGE, cs("style"), cs("solid"));

  std::vector<Vertex> order = g.sorted_vertices();
  std::vector<Agnode_t*> dn(g.size(), nullptr);
  for (Vertex v : order) {
    const graph::Node& n = g.node(v);
    Agnode_t* x = agnode(a, cs(n.key), 1);
    dn[v] = x;
    Style st = style_of(n.kind);
    agset(x, cs("shape"), cs(st.shape));
    agset(x, cs("fillcolor"), cs(st.fill));
    std::string label = graph::is_entity(n.kind) ? label_text(n.name) : event_label(g, n);
    agset(x, cs("label"), cs(label));
  }
  const auto& adj = g.adjacency();
  for (Vertex v : order) {
    if (!graph::is_event(g.node(v).kind)) continue;
    std::vector<std::pair<std::string, const graph::Link*>> ends;
    std::vector<Vertex> targets;
    for (auto [e, end] = boost::out_edges(v, adj); e != end; ++e) {
      Vertex t = boost::target(*e, adj);
      ends.emplace_back(adj[t].key, &adj[*e]);
      targets.push_back(t);
    }
    std::vector<size_t> idx(ends.size());
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    std::sort(idx.begin(), idx.end(), [&](size_t i, size_t j) {
      return ends[i].first != ends[j].first ? ends[i].first < ends[j].first : ends[i].second->relation < ends[j].second->relation;
    });
    for (size_t i : idx) {
      const graph::Link& l = *ends[i].second;
      Agedge_t* e = agedge(a, dn[v], dn[targets[i]], nullptr, 1);
      if (l.relation == graph::Relation::Location) {
        agset(e, cs("label"), cs(g.node(v).kind == NodeKind::Travel ? "to" : "at"));
        agset(e, cs("style"), cs("dashed"));
      } else if (l.role != core::Role::Participant) {
        agset(e, cs("label"), cs(core::to_string(l.role)));
      }
    }
  }
  return write_agraph(a);
}

std::string render_dot(const std::string& dot, const std::string& format, const std::string& what) {
  agseterr(AGMAX);
  agreseterrors();
  GraphPtr g(agmemread(dot.c_str()));
  if (!g) {
    const char* err = aglasterr();
    throw core::Error(what, std::string("Graphviz cannot read the DOT input") + (err ? std::string(": ") + err : ""));
  }
  std::unique_ptr<GVC_t, int (*)(GVC_t*)> gvc(gvContext(), gvFreeContext);
  if (!gvc) throw core::Error(what, "cannot start Graphviz");
  if (gvLayout(gvc.get(), g.get(), "dot") != 0) throw core::Error(what, "Graphviz layout failed");
  char* data = nullptr;
  unsigned int len = 0;
  int rc = gvRenderData(gvc.get(), g.get(), format.c_str(), &data, &len);
  std::string out(data && rc == 0 ? data : "", data && rc == 0 ? len : 0);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc.get(), g.get());
  if (rc != 0) throw core::Error(what, "Graphviz cannot render format '" + format + "'");
  return out;
}

}  // namespace ng::exporter
