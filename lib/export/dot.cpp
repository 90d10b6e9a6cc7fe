#include "export/dot.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

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

// A DOT label: backslashes doubled (a single one starts an escape such as \N), line
// breaks as the escape \n.
std::string label_text(std::string_view s) {
  std::string out;
  for (char c : repair_utf8(s)) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

char* cs(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* cs(const char* s) { return const_cast<char*>(s); }

// Object ids in the order names are first seen. Graphviz's default id discipline uses
// the address of the name's string as its id, and orders subgraphs by id: clusters then
// come out in an order that depends on the heap (it changed from run to run when another
// thread had allocated before). Ids from a counter give the same bytes every time.
// Names are kept as the graph's own reference-counted strings (agstrdup), as the
// default discipline does: cgraph reads flags (HTML-like) stored before them.
struct SequentialIds {
  Agraph_t* root = nullptr;
  std::unordered_map<std::string, IDTYPE> ids;
  std::vector<char*> names;  // name of id 2 * (i + 1); anonymous ids are odd
  IDTYPE anonymous = 1;
};
void* ids_open(Agraph_t* g, Agdisc_t*) {
  auto* s = new SequentialIds;
  s->root = g;
  return s;
}
long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto* s = static_cast<SequentialIds*>(state);
  if (!name) {
    *id = s->anonymous;
    s->anonymous += 2;
    return 1;
  }
  auto it = s->ids.find(name);
  if (it != s->ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  s->names.push_back(agstrdup(s->root, name));
  *id = IDTYPE(2 * s->names.size());
  s->ids.emplace(name, *id);
  return 1;
}
long ids_alloc(void*, int, IDTYPE) { return 0; }
void ids_free(void*, int, IDTYPE) {}
char* ids_print(void* state, int, IDTYPE id) {
  auto* s = static_cast<SequentialIds*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > s->names.size()) return nullptr;
  return s->names[id / 2 - 1];
}
void ids_close(void* state) { delete static_cast<SequentialIds*>(state); }
void ids_register(void*, int, void*) {}
Agiddisc_t kSequentialIds = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};
Agdisc_t kDisc = {&AgMemDisc, &kSequentialIds, &AgIoDisc};

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

// An empty undirected graph with the attributes every diagram shares.
GraphPtr open_graph() {
  agseterr(AGMAX);
  GraphPtr g(agopen(cs("newsgraph"), Agundirected, &kDisc));
  Agraph_t* a = g.get();
  agattr(a, AGRAPH, cs("charset"), cs("UTF-8"));
  agattr(a, AGRAPH, cs("fontname"), cs("Helvetica"));
  agattr(a, AGNODE, cs("fontname"), cs("Helvetica"));
  agattr(a, AGNODE, cs("style"), cs("filled"));
  agattr(a, AGNODE, cs("shape"), cs("ellipse"));
  agattr(a, AGNODE, cs("fillcolor"), cs("white"));
  agattr(a, AGNODE, cs("label"), cs("\\N"));
  agattr(a, AGEDGE, cs("fontname"), cs("Helvetica"));
  agattr(a, AGEDGE, cs("fontsize"), cs("10"));
  agattr(a, AGEDGE, cs("label"), cs(""));
  return g;
}

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

}  // namespace

std::string to_dot(const graph::Graph& g) {
  GraphPtr dg = open_graph();
  Agraph_t* a = dg.get();
  agattr(a, AGRAPH, cs("rankdir"), cs("LR"));
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
    std::string label = label_text(graph::label(g, v, "\n"));
    agset(x, cs("label"), cs(label));
  }
  const auto& adj = g.adjacency();
  for (Vertex v : order) {
    if (!graph::is_event(g.node(v).kind)) continue;
    std::vector<std::pair<std::string, const graph::Link*>> ends;
    std::vector<Vertex> targets;
    for (auto [e, end] = boost::out_edges(v, adj); e != end; ++e) {
      Vertex t = boost::target(*e, adj);
      ends.emplace_back(g.node(t).key, &adj[*e]);
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

namespace {

// Exit codes of the rendering child.
constexpr int kRenderFailed = 3, kLayoutFailed = 4, kWriteFailed = 5;

// In the child: lays out and renders `dot`, writes the bytes to `fd`, and _exits (no
// atexit handlers, no stdio flush of the parent's buffers).
[[noreturn]] void render_child(const std::string& dot, const std::string& format, int fd) {
  GVC_t* gvc = gvContext();
  Agraph_t* g = gvc ? agmemread(dot.c_str()) : nullptr;
  if (!g || gvLayout(gvc, g, "dot") != 0) ::_exit(kLayoutFailed);
  char* data = nullptr;
  unsigned int len = 0;
  if (gvRenderData(gvc, g, format.c_str(), &data, &len) != 0 || !data) ::_exit(kRenderFailed);
  for (unsigned int done = 0; done < len;) {
    ssize_t n = ::write(fd, data + done, len - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) ::_exit(kWriteFailed);
    done += unsigned(n);
  }
  ::_exit(0);
}

}  // namespace

std::string render_dot(const std::string& dot, const std::string& format, const std::string& what) {
  agseterr(AGMAX);
  agreseterrors();
  // agmemread with our id discipline: read from the bytes through a memory FILE*
  GraphPtr g;
  if (FILE* in = fmemopen(const_cast<char*>(dot.data()), dot.size(), "r")) {
    g.reset(agread(in, &kDisc));
    std::fclose(in);
  }
  if (!g) {
    char* err = aglasterr();  // malloc'ed: ours to free
    std::string message = err ? std::string(": ") + err : std::string();
    std::free(err);
    throw core::Error(what, "Graphviz cannot read the DOT input" + message);
  }
  // Layout and rendering run in a child process. Graphviz 2.42 keeps process-wide state
  // in its plugins: a second context in one process reads freed memory in the pango
  // plugin, gvFreeLayout frees edge-label nodes twice where clusters and edge labels
  // meet, and skipping it leaks the layout. A child's exit frees all of that, and a
  // crash inside Graphviz is an error here, not the caller's death.
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw core::Error(what, std::string("cannot start Graphviz: ") + std::strerror(errno));
  pid_t pid = ::fork();
  if (pid < 0) {
    int e = errno;
    ::close(fds[0]), ::close(fds[1]);
    throw core::Error(what, std::string("cannot start Graphviz: ") + std::strerror(e));
  }
  if (pid == 0) {
    ::close(fds[0]);
    render_child(dot, format, fds[1]);
  }
  ::close(fds[1]);
  std::string out;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, size_t(n));
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return out;
  if (WIFEXITED(status) && WEXITSTATUS(status) == kRenderFailed)
    throw core::Error(what, "Graphviz cannot render format '" + format + "'");
  if (WIFEXITED(status) && WEXITSTATUS(status) == kLayoutFailed) throw core::Error(what, "Graphviz layout failed");
  if (WIFSIGNALED(status))
    throw core::Error(what, "Graphviz failed (signal " + std::to_string(WTERMSIG(status)) + ")");
  throw core::Error(what, "Graphviz failed (exit " + std::to_string(WEXITSTATUS(status)) + ")");
}

}  // namespace ng::exporter

namespace ng::exporter {
namespace {

using PairStats = Relationship;

}  // namespace

void Relationship::add(const graph::Node& n, bool trip) {
  (trip ? trips : meetings) += 1;
  if (!trip && n.status == core::Status::Planned) ++planned;
  if (!trip && (n.status == core::Status::Cancelled || n.status == core::Status::Denied)) ++cancelled;
  const std::string& date = n.date;
  if (date.empty()) return;
  inferred |= !core::date_from_text(graph::date_basis(n));
  std::string a = date.substr(0, date.find('/'));
  std::string b = date.find('/') == std::string::npos ? date : date.substr(date.find('/') + 1);
  if (first.empty() || a < first) first = a;
  if (last.empty() || b > last) last = b;
}

namespace {

std::string pair_label(const PairStats& p) {
  std::string out;
  if (p.meetings) out += std::to_string(p.meetings) + (p.meetings == 1 ? " meeting" : " meetings");
  if (p.trips) out += (out.empty() ? "" : ", ") + std::to_string(p.trips) + (p.trips == 1 ? " trip" : " trips");
  int held = p.meetings - p.planned - p.cancelled;
  if (p.meetings && held != p.meetings) {  // "(1 held, 2 planned)"
    std::string parts;
    for (auto [k, word] : {std::pair{held, "held"}, {p.planned, "planned"}, {p.cancelled, "cancelled"}})
      if (k) parts += (parts.empty() ? "" : ", ") + std::to_string(k) + " " + word;
    out += " (" + parts + ")";
  }
  if (!p.first.empty()) out += "\\n" + p.first + (p.last != p.first ? " \xE2\x80\x93 " + p.last : "") + (p.inferred ? " *" : "");
  return out;
}

// The legend: a cluster of sample edges (held, planned, cancelled, trip) and what an
// asterisk after dates means.
void add_legend(Agraph_t* a) {
  Agraph_t* legend = agsubg(a, cs("cluster_legend"), 1);
  agset(legend, cs("label"), cs("Legend"));
  agset(legend, cs("style"), cs("rounded"));
  agset(legend, cs("color"), cs("#888888"));
  struct Sample {
    const char* name;
    const char* label;
    const char* style;
    const char* color;
  };
  const Sample samples[] = {{"held", "meetings held", "solid", "black"},
                            {"planned", "planned only", "dashed", "black"},
                            {"cancelled", "\xE2\x9C\x95 cancelled or denied", "solid", "#c0392b"},
                            {"trip", "trips to a place", "dotted", "black"}};
  // the samples' left and right ends each on one rank: the samples stack in a column
  Agraph_t* lefts = agsubg(legend, cs("legend_left"), 1);
  Agraph_t* rights = agsubg(legend, cs("legend_right"), 1);
  agsafeset(lefts, cs("rank"), cs("same"), cs(""));
  agsafeset(rights, cs("rank"), cs("same"), cs(""));
  for (const Sample& s : samples) {
    std::string base = std::string("legend_") + s.name;
    Agnode_t* x = agnode(lefts, cs(base + "_a"), 1);
    Agnode_t* y = agnode(rights, cs(base + "_b"), 1);
    for (Agnode_t* n : {x, y}) {
      agset(n, cs("shape"), cs("point"));
      agset(n, cs("label"), cs(""));
    }
    Agedge_t* e = agedge(legend, x, y, nullptr, 1);
    agset(e, cs("label"), cs(s.label));
    agset(e, cs("style"), cs(s.style));
    agset(e, cs("color"), cs(s.color));
    agset(e, cs("fontcolor"), cs(s.color));
  }
  Agnode_t* note = agnode(legend, cs("legend_note"), 1);
  agset(note, cs("shape"), cs("plaintext"));
  agset(note, cs("style"), cs(""));
  agset(note, cs("label"),
        cs("ellipse: person, box: organisation, house: place\\lbigger: more counterparts\\l"
           "thicker: more meetings\\l* a date the text does not state (taken\\lfrom the paragraph, article or its date)\\l"));
  agsubnode(rights, note, 1);
}

}  // namespace

Relationships relationships(const graph::Graph& g, const DiagramOptions& options) {
  const auto& adj = g.adjacency();
  std::vector<NodeKind> types = options.types;
  if (types.empty()) types = {NodeKind::Person, NodeKind::Organization, NodeKind::Place};
  auto drawn_kind = [&](Vertex v) { return std::find(types.begin(), types.end(), g.node(v).kind) != types.end(); };

  // Pairs (a < b by key) with their meetings and trips.
  std::map<std::pair<Vertex, Vertex>, PairStats> pairs;
  auto key_less = [&](Vertex a, Vertex b) { return g.node(a).key < g.node(b).key; };
  for (Vertex v = 0; v < g.size(); ++v) {
    const graph::Node& n = g.node(v);
    if (n.kind != NodeKind::Meeting && n.kind != NodeKind::Travel) continue;
    if (!graph::date_in_range(n.date, options.from, options.to)) continue;
    std::vector<Vertex> who;
    for (auto [e, end] = boost::out_edges(v, adj); e != end; ++e)
      if (adj[*e].relation == graph::Relation::Participant && drawn_kind(boost::target(*e, adj)))
        who.push_back(boost::target(*e, adj));
    std::sort(who.begin(), who.end(), key_less);
    who.erase(std::unique(who.begin(), who.end()), who.end());
    if (n.kind == NodeKind::Meeting) {
      for (size_t i = 0; i < who.size(); ++i)
        for (size_t j = i + 1; j < who.size(); ++j) pairs[{who[i], who[j]}].add(n, false);
    } else if (n.place >= 0 && drawn_kind(Vertex(n.place))) {
      for (Vertex w : who) {
        Vertex p = Vertex(n.place);
        if (p != w) pairs[key_less(w, p) ? std::make_pair(w, p) : std::make_pair(p, w)].add(n, true);
      }
    }
  }
  // Entities on some pair, with their weight; neighbours for --around.
  std::map<Vertex, int> weight;
  std::map<Vertex, std::vector<Vertex>> next;
  for (const auto& [p, st] : pairs) {
    weight[p.first] += st.meetings + st.trips;
    weight[p.second] += st.meetings + st.trips;
    next[p.first].push_back(p.second);
    next[p.second].push_back(p.first);
  }
  std::set<Vertex> keep;
  if (options.around) {
    std::map<Vertex, int> dist{{*options.around, 0}};
    std::vector<Vertex> frontier{*options.around};
    for (size_t i = 0; i < frontier.size(); ++i) {
      Vertex v = frontier[i];
      if (dist[v] >= options.depth) continue;
      for (Vertex w : next[v])
        if (dist.emplace(w, dist[v] + 1).second) frontier.push_back(w);
    }
    for (const auto& [v, d] : dist) keep.insert(v);
  } else {
    for (const auto& [v, w] : weight) keep.insert(v);
  }
  if (options.isolated && !options.around)
    for (Vertex v = 0; v < g.size(); ++v)
      if (graph::is_entity(g.node(v).kind) && drawn_kind(v) && !weight.count(v)) keep.insert(v);
  if (options.max_nodes && keep.size() > options.max_nodes) {
    std::vector<Vertex> ranked(keep.begin(), keep.end());
    std::sort(ranked.begin(), ranked.end(), [&](Vertex a, Vertex b) {
      bool ra = options.around && a == *options.around, rb = options.around && b == *options.around;
      if (ra != rb) return ra;
      return weight[a] != weight[b] ? weight[a] > weight[b] : key_less(a, b);
    });
    ranked.resize(options.max_nodes);
    keep = std::set<Vertex>(ranked.begin(), ranked.end());
  }

  Relationships out;
  out.entities.assign(keep.begin(), keep.end());
  for (const auto& [p, st] : pairs)
    if (keep.count(p.first) && keep.count(p.second)) out.pairs.emplace(p, st);
  return out;
}

std::string to_diagram(const graph::Graph& g, const DiagramOptions& options) {
  const Relationships r = relationships(g, options);
  const auto& pairs = r.pairs;
  auto key_less = [&](Vertex a, Vertex b) { return g.node(a).key < g.node(b).key; };
  std::set<Vertex> keep(r.entities.begin(), r.entities.end());
  std::map<Vertex, std::vector<Vertex>> next;
  for (const auto& [p, st] : pairs) {
    next[p.first].push_back(p.second);
    next[p.second].push_back(p.first);
  }

  GraphPtr dg = open_graph();
  Agraph_t* a = dg.get();
  // Left to right: the people one person met stack in a column, and disconnected groups
  // stack down the page, so the drawing of a collection stays near square. (Graphviz's
  // `pack` would also square it, but 2.43 drops edge labels of packed groups and
  // crashes now and then when they hold clusters.)
  agattr(a, AGRAPH, cs("rankdir"), cs("LR"));
  agattr(a, AGRAPH, cs("label"), cs(""));
  agattr(a, AGRAPH, cs("style"), cs(""));
  agattr(a, AGRAPH, cs("color"), cs(""));
  agattr(a, AGEDGE, cs("penwidth"), cs("1"));
  agattr(a, AGEDGE, cs("style"), cs("solid"));
  agattr(a, AGEDGE, cs("color"), cs("black"));
  agattr(a, AGEDGE, cs("fontcolor"), cs("black"));
  agattr(a, AGNODE, cs("fontsize"), cs("14"));

  std::vector<Vertex> nodes(keep.begin(), keep.end());
  std::sort(nodes.begin(), nodes.end(), [&](Vertex x, Vertex y) {
    return g.node(x).kind != g.node(y).kind ? g.node(x).kind < g.node(y).kind : key_less(x, y);
  });
  // Clusters: a country with two or more drawn people.
  std::map<std::string, std::vector<Vertex>> by_country;
  for (Vertex v : nodes)
    if (g.node(v).kind == NodeKind::Person && g.node(v).country >= 0)
      by_country[g.node(Vertex(g.node(v).country)).key].push_back(v);
  std::map<Vertex, Agraph_t*> home;
  for (const auto& [country, members] : by_country) {
    if (members.size() < 2) continue;
    Agraph_t* sub = agsubg(a, cs("cluster_" + country), 1);
    agset(sub, cs("label"), cs(label_text(g.node(Vertex(g.node(members[0]).country)).name)));
    agset(sub, cs("style"), cs("rounded,dashed"));
    agset(sub, cs("color"), cs("#888888"));
    for (Vertex m : members) home[m] = sub;
  }
  std::map<Vertex, Agnode_t*> dn;
  for (Vertex v : nodes) {
    const graph::Node& n = g.node(v);
    Agraph_t* where = home.count(v) ? home[v] : a;
    Agnode_t* x = agnode(where, cs(n.key), 1);
    dn[v] = x;
    Style st = style_of(n.kind);
    agset(x, cs("shape"), cs(st.shape));
    agset(x, cs("fillcolor"), cs(st.fill));
    agset(x, cs("label"), cs(label_text(n.name)));
    // bigger for more counterparts drawn: 14 pt alone, +3 pt per doubling, at most 32
    int degree = 0;
    for (Vertex w : next[v]) degree += keep.count(w) ? 1 : 0;
    int size = 14;
    for (int d = degree; d > 1 && size < 32; d /= 2) size += 3;
    if (size != 14) agset(x, cs("fontsize"), cs(std::to_string(size)));
  }
  std::vector<std::pair<std::pair<Vertex, Vertex>, const PairStats*>> edges;
  for (const auto& [p, st] : pairs)
    if (keep.count(p.first) && keep.count(p.second)) edges.push_back({p, &st});
  std::sort(edges.begin(), edges.end(), [&](const auto& x, const auto& y) {
    const std::string &a1 = g.node(x.first.first).key, &a2 = g.node(y.first.first).key;
    return a1 != a2 ? a1 < a2 : g.node(x.first.second).key < g.node(y.first.second).key;
  });
  for (const auto& [p, st] : edges) {
    Agedge_t* e = agedge(a, dn[p.first], dn[p.second], nullptr, 1);
    agset(e, cs("label"), cs(pair_label(*st)));
    int n = st->meetings + st->trips;
    agset(e, cs("penwidth"), cs(std::to_string(n >= 8 ? 4 : n >= 4 ? 3 : n >= 2 ? 2 : 1)));
    if (st->meetings == 0) {
      agset(e, cs("style"), cs("dotted"));
    } else if (st->cancelled == st->meetings) {
      agset(e, cs("color"), cs("#c0392b"));
      agset(e, cs("fontcolor"), cs("#c0392b"));
      agset(e, cs("label"), cs("\xE2\x9C\x95 " + pair_label(*st)));
    } else if (st->planned + st->cancelled == st->meetings) {
      agset(e, cs("style"), cs("dashed"));
    }
  }
  if (options.legend && !nodes.empty()) add_legend(a);
  return write_agraph(a);
}

}  // namespace ng::exporter
