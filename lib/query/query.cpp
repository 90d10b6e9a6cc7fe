#include "query/query.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>


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
    add_unique(by_canonical_[graph::name_slug(n.name)], v);
    std::vector<std::string> names(n.aliases.begin(), n.aliases.end());
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
  for (auto* m : {&by_canonical_, &by_name_, &by_word_})
    for (auto& [k, list] : *m) std::sort(list.begin(), list.end(), by_key);
}

namespace {
// One tier of matches: people first when `people_first` (a person named by it wins over
// an organisation named after that person, "Biden-Harris Administration").
std::vector<Vertex> prefer_people(const graph::Graph& g, std::vector<Vertex> found) {
  std::vector<Vertex> people;
  for (Vertex v : found)
    if (g.node(v).kind == NodeKind::Person) people.push_back(v);
  return people.empty() ? found : people;
}

// The last word of a person's canonical name ("biden" of "Joseph R. Biden, Jr." once the
// suffix is dropped).
std::string surname_slug(const std::string& name) {
  std::string slug = graph::name_slug(name);
  std::vector<std::string> words;
  for (size_t start = 0; start < slug.size();) {
    size_t end = slug.find('-', start);
    if (end == std::string::npos) end = slug.size();
    words.push_back(slug.substr(start, end - start));
    start = end + 1;
  }
  while (words.size() > 1 && (words.back() == "jr" || words.back() == "sr" || words.back() == "ii" || words.back() == "iii"))
    words.pop_back();
  return words.empty() ? std::string() : words.back();
}

// Levenshtein distance of two short strings, stopping early past `limit`.
size_t edit_distance(std::string_view a, std::string_view b, size_t limit) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0], best = row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
      diag = up;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[b.size()];
}
}  // namespace

Resolution Index::resolve(std::string_view name) const {
  Resolution r;
  std::string slug = graph::name_slug(name);
  auto by_key = [&](Vertex a, Vertex b) { return g_.node(a).key < g_.node(b).key; };
  // Tiers, the first that names anyone decides: the canonical name; any name or alias
  // (the people among them first); for a single word, the people whose surname it is;
  // then everyone with that word in a name (people first).
  std::vector<Vertex> found;
  if (auto it = by_canonical_.find(slug); it != by_canonical_.end()) found = prefer_people(g_, it->second);
  if (found.empty())
    if (auto it = by_name_.find(slug); it != by_name_.end()) found = prefer_people(g_, it->second);
  if (found.empty() && !slug.empty() && slug.find('-') == std::string::npos)
    if (auto it = by_word_.find(slug); it != by_word_.end()) {
      for (Vertex v : it->second)
        if (g_.node(v).kind == NodeKind::Person && surname_slug(g_.node(v).name) == slug) found.push_back(v);
      if (found.empty()) found = prefer_people(g_, it->second);
    }
  std::sort(found.begin(), found.end(), by_key);
  if (found.size() == 1) {
    r.match = found.front();
    return r;
  }
  r.candidates = std::move(found);
  if (!r.candidates.empty() || slug.empty()) return r;
  // Nothing: names whose words are a letter or two from the words asked ("Zelenskyy" for
  // "Zelensky"), as suggestions.
  std::vector<std::string> words;
  for (size_t start = 0; start < slug.size();) {
    size_t end = slug.find('-', start);
    if (end == std::string::npos) end = slug.size();
    if (end - start >= 4) words.push_back(slug.substr(start, end - start));
    start = end + 1;
  }
  for (const auto& [word, list] : by_word_)
    for (const auto& w : words)
      if (word.size() >= 4 && edit_distance(w, word, w.size() >= 8 ? 2 : 1) <= (w.size() >= 8 ? 2u : 1u))
        for (Vertex v : list) add_unique(r.suggestions, v);
  std::sort(r.suggestions.begin(), r.suggestions.end(), by_key);
  return r;
}

std::string explain(const graph::Graph& g, std::string_view name, const Resolution& r) {
  auto describe = [&](Vertex v) {
    const graph::Node& n = g.node(v);
    std::string out = "\n  " + n.name + " (" + graph::to_string(n.kind);
    std::vector<std::string> ids;
    for (uint32_t a : n.articles) ids.push_back(g.articles()[a].id);
    std::sort(ids.begin(), ids.end());
    const size_t shown = 5;
    for (size_t i = 0; i < ids.size() && i < shown; ++i) out += (i ? ", " : "; articles ") + ids[i];
    if (ids.size() > shown) out += ", ... " + std::to_string(ids.size()) + " in all";
    return out + ")";
  };
  std::string out;
  if (r.candidates.size() > 1) {
    out = "ambiguous name '" + std::string(name) + "'; did you mean one of:";
    for (Vertex v : r.candidates) out += describe(v);
  } else {
    out = "unknown name '" + std::string(name) + "'";
    if (!r.suggestions.empty()) out += "; did you mean:";
    for (Vertex v : r.suggestions) out += describe(v);
  }
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
    if (f.stated_only && !core::date_from_text(graph::date_basis(n))) continue;
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

}  // namespace ng::query

namespace ng::query {
namespace {

using graph::NodeKind;

// The first report of an event in canonical order (article key, then position).
const graph::Report* first_report(const graph::Graph& g, const graph::Node& n) {
  const graph::Report* first = nullptr;
  for (const auto& r : n.reports) {
    if (!first) {
      first = &r;
      continue;
    }
    const std::string &k = g.articles()[r.article].key, &f = g.articles()[first->article].key;
    if (k < f || (k == f && r.evidence < first->evidence)) first = &r;
  }
  return first;
}

std::vector<std::string> source_ids(const graph::Graph& g, const graph::Node& n) {
  std::vector<std::string> out;
  for (uint32_t a : n.articles) out.push_back(g.articles()[a].id);
  std::sort(out.begin(), out.end());
  return out;
}

// An event's date basis for a table: "" when undated.
std::string basis_name(const graph::Node& n) {
  return n.date.empty() ? std::string() : core::to_string(graph::date_basis(n));
}

std::string place_name(const graph::Graph& g, const graph::Node& n) {
  return n.place >= 0 ? g.node(Vertex(n.place)).name.str() : std::string();
}

// Events incident to `who` (as participant), by date (undated last), then key.
std::vector<Vertex> events_of(const graph::Graph& g, Vertex who, std::optional<NodeKind> kind) {
  const auto& adj = g.adjacency();
  std::vector<Vertex> out;
  for (auto [e, end] = boost::out_edges(who, adj); e != end; ++e) {
    Vertex v = boost::target(*e, adj);
    if (adj[*e].relation != graph::Relation::Participant || !graph::is_event(g.node(v).kind)) continue;
    if (kind && g.node(v).kind != *kind) continue;
    if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
  }
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    const graph::Node &x = g.node(a), &y = g.node(b);
    if (x.date.empty() != y.date.empty()) return y.date.empty();
    return x.date != y.date ? x.date < y.date : x.key < y.key;
  });
  return out;
}

}  // namespace

Table said(const graph::Graph& g, Vertex who, const std::string& from, const std::string& to, bool stated_only) {
  Table t;
  t.columns = {{"date"}, {"basis"}, {"words"}, {"verb"}, {"sources", true}, {"evidence"}};
  for (Vertex v : events_of(g, who, NodeKind::Statement)) {
    const graph::Node& n = g.node(v);
    if (!graph::date_in_range(n.date, from, to)) continue;
    if (stated_only && !core::date_from_text(graph::date_basis(n))) continue;
    const graph::Report* r = first_report(g, n);
    t.rows.push_back({{n.date}, {basis_name(n)}, {n.content.str()}, {r ? r->verb : ""}, source_ids(g, n), {r ? r->text.str() : ""}});
  }
  return t;
}

Table timeline(const graph::Graph& g, Vertex who, bool stated_only) {
  Table t;
  t.columns = {{"date"}, {"basis"}, {"kind"}, {"status"}, {"strength"}, {"with", true}, {"place"}, {"evidence"}};
  for (Vertex v : events_of(g, who, std::nullopt)) {
    const graph::Node& n = g.node(v);
    if (stated_only && !core::date_from_text(graph::date_basis(n))) continue;
    std::vector<std::string> others;
    for (Vertex p : participants(g, v))
      if (p != who) others.push_back(g.node(p).name);
    const graph::Report* r = first_report(g, n);
    std::string kind = graph::to_string(n.kind);
    for (char& c : kind) c = char(std::tolower(static_cast<unsigned char>(c)));
    t.rows.push_back({{n.date}, {basis_name(n)}, {kind}, {core::to_string(n.status)}, {graph::to_string(graph::strength(n))},
                      others, {place_name(g, n)}, {r ? r->text.str() : ""}});
  }
  return t;
}

Table contacts(const graph::Graph& g, Vertex who) {
  struct Contact {
    int meetings = 0;
    std::string first, last;
  };
  std::map<Vertex, Contact> by;
  for (Vertex m : meetings_of(g, who)) {
    const std::string& d = g.node(m).date;
    std::string a = d.substr(0, d.find('/')), b = d.find('/') == std::string::npos ? d : d.substr(d.find('/') + 1);
    for (Vertex p : participants(g, m)) {
      if (p == who) continue;
      Contact& c = by[p];
      ++c.meetings;
      if (!a.empty() && (c.first.empty() || a < c.first)) c.first = a;
      if (!b.empty() && (c.last.empty() || b > c.last)) c.last = b;
    }
  }
  std::vector<std::pair<Vertex, Contact>> rows(by.begin(), by.end());
  std::sort(rows.begin(), rows.end(), [&](const auto& x, const auto& y) {
    if (x.second.meetings != y.second.meetings) return x.second.meetings > y.second.meetings;
    return g.node(x.first).name != g.node(y.first).name ? g.node(x.first).name < g.node(y.first).name
                                                         : g.node(x.first).key < g.node(y.first).key;
  });
  Table t;
  t.columns = {{"name"}, {"type"}, {"meetings", false, true}, {"first"}, {"last"}};
  for (const auto& [v, c] : rows)
    t.rows.push_back({{g.node(v).name}, {graph::to_string(g.node(v).kind)}, {std::to_string(c.meetings)}, {c.first}, {c.last}});
  return t;
}

PathFinder::PathFinder(const graph::Graph& g) : g_(g) {
  for (auto* side : {&a_, &b_}) {
    side->seen.assign(g.size(), 0);
    side->dist.resize(g.size());
    side->parent.resize(g.size());
  }
}

// The vertices one hop from `u` along a participant edge that joins an entity and a
// meeting, in the adjacency's order.
template <class F>
void PathFinder::each_step(Vertex u, F f) const {
  const auto& adj = g_.adjacency();
  bool from_meeting = g_.node(u).kind == NodeKind::Meeting;
  for (auto [e, end] = boost::out_edges(u, adj); e != end; ++e) {
    if (adj[*e].relation != graph::Relation::Participant) continue;
    Vertex w = boost::target(*e, adj);
    if (from_meeting ? graph::is_entity(g_.node(w).kind) : g_.node(w).kind == NodeKind::Meeting) f(w);
  }
}

std::vector<Vertex> PathFinder::shortest_path(Vertex a, Vertex b) {
  if (a == b || a >= g_.size() || b >= g_.size()) return {};
  if (++epoch_ == 0) {  // wrapped: clear the marks once
    for (auto* side : {&a_, &b_}) std::fill(side->seen.begin(), side->seen.end(), 0);
    epoch_ = 1;
  }
  auto start = [&](Side& s, Vertex v) {
    s.seen[v] = epoch_, s.dist[v] = 0, s.parent[v] = v;
    s.frontier.assign(1, v);
  };
  start(a_, a);
  start(b_, b);
  // Whole layers, the smaller frontier first, each in vertex order, so the parent of a
  // vertex is its smallest-numbered neighbour one layer closer: the chain found does
  // not depend on the order of edges in the adjacency.
  std::vector<std::pair<uint32_t, Vertex>> meets;  // (length through it, vertex)
  while (!a_.frontier.empty() && !b_.frontier.empty()) {
    Side& s = a_.frontier.size() <= b_.frontier.size() ? a_ : b_;
    Side& other = &s == &a_ ? b_ : a_;
    std::sort(s.frontier.begin(), s.frontier.end());
    next_.clear();
    for (Vertex u : s.frontier)
      each_step(u, [&](Vertex w) {
        if (s.seen[w] == epoch_) return;
        s.seen[w] = epoch_, s.dist[w] = s.dist[u] + 1, s.parent[w] = u;
        next_.push_back(w);
        if (other.seen[w] == epoch_) meets.emplace_back(s.dist[w] + other.dist[w], w);
      });
    s.frontier.swap(next_);
    if (!meets.empty()) break;
  }
  if (meets.empty()) return {};
  Vertex meet = std::min_element(meets.begin(), meets.end())->second;
  std::vector<Vertex> out;
  for (Vertex v = meet;; v = a_.parent[v]) {
    out.push_back(v);
    if (v == a) break;
  }
  std::reverse(out.begin(), out.end());
  for (Vertex v = meet; v != b;) {
    v = b_.parent[v];
    out.push_back(v);
  }
  return out;
}

std::vector<Vertex> shortest_path(const graph::Graph& g, Vertex a, Vertex b) { return PathFinder(g).shortest_path(a, b); }

Table path(const graph::Graph& g, Vertex a, Vertex b) {
  PathFinder finder(g);
  return path(finder, a, b);
}

Table path(PathFinder& finder, Vertex a, Vertex b) {
  const graph::Graph& g = finder.graph();
  Table t;
  t.columns = {{"step", false, true}, {"from"}, {"to"}, {"date"}, {"place"}, {"evidence"}};
  std::vector<Vertex> p = finder.shortest_path(a, b);
  for (size_t i = 1; i + 1 < p.size(); i += 2) {
    const graph::Node& m = g.node(p[i]);
    const graph::Report* r = first_report(g, m);
    t.rows.push_back({{std::to_string(i / 2 + 1)}, {g.node(p[i - 1]).name}, {g.node(p[i + 1]).name}, {m.date},
                      {place_name(g, m)}, {r ? r->text.str() : ""}});
  }
  return t;
}

Table who(const graph::Graph& g, const std::vector<NodeKind>& types) {
  struct Row {
    Vertex v;
    int meetings = 0, statements = 0, trips = 0;
  };
  std::vector<Row> rows;
  for (Vertex v = 0; v < g.size(); ++v) {
    const graph::Node& n = g.node(v);
    if (!graph::is_entity(n.kind)) continue;
    if (!types.empty() && std::find(types.begin(), types.end(), n.kind) == types.end()) continue;
    Row r{v};
    for (Vertex e : events_of(g, v, std::nullopt)) {
      NodeKind k = g.node(e).kind;
      (k == NodeKind::Meeting ? r.meetings : k == NodeKind::Statement ? r.statements : r.trips) += 1;
    }
    rows.push_back(r);
  }
  std::sort(rows.begin(), rows.end(), [&](const Row& x, const Row& y) {
    int a = x.meetings + x.statements + x.trips, b = y.meetings + y.statements + y.trips;
    if (a != b) return a > b;
    if (x.meetings != y.meetings) return x.meetings > y.meetings;
    return g.node(x.v).name != g.node(y.v).name ? g.node(x.v).name < g.node(y.v).name : g.node(x.v).key < g.node(y.v).key;
  });
  Table t;
  t.columns = {{"name"},
               {"type"},
               {"meetings", false, true},
               {"statements", false, true},
               {"trips", false, true},
               {"articles", false, true},
               {"aliases", true}};
  for (const Row& r : rows) {
    const graph::Node& n = g.node(r.v);
    t.rows.push_back({{n.name}, {graph::to_string(n.kind)}, {std::to_string(r.meetings)}, {std::to_string(r.statements)},
                      {std::to_string(r.trips)}, {std::to_string(n.articles.size())},
                      std::vector<std::string>(n.aliases.begin(), n.aliases.end())});
  }
  return t;
}

std::vector<std::string> disputed(const graph::Graph& g, const graph::Node& n) {
  std::map<std::string, std::set<std::string>> versions;  // "status planned" -> article ids
  for (const auto& r : n.reports) {
    const std::string& id = g.articles()[r.article].id;
    if (!r.date.empty() && (n.date.empty() || !graph::date_in_range(r.date, n.date, n.date)))
      versions["date " + r.date].insert(id);
    if (r.status != n.status) versions[std::string("status ") + core::to_string(r.status)].insert(id);
    if (r.mode != core::Mode::Unknown && r.mode != n.mode) versions[std::string("mode ") + core::to_string(r.mode)].insert(id);
    if (r.place >= 0 && r.place != n.place) versions["place " + g.node(Vertex(r.place)).name].insert(id);
  }
  std::vector<std::string> out;
  for (const auto& [what, ids] : versions) {
    std::string list;
    for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
    out.push_back(what + " (" + list + ")");
  }
  return out;
}

Table met(const graph::Graph& g, Vertex who, const MeetingFilter& f) {
  Table t;
  t.columns = {{"date"}, {"basis"}, {"status"}, {"mode"}, {"strength"}, {"with", true}, {"place"}, {"sources", true},
               {"disputed", true}, {"evidence"}};
  for (Vertex m : meetings_of(g, who, f)) {
    const graph::Node& n = g.node(m);
    std::vector<std::string> others;
    for (Vertex p : participants(g, m))
      if (p != who) others.push_back(g.node(p).name);
    const graph::Report* r = first_report(g, n);
    t.rows.push_back({{n.date}, {basis_name(n)}, {core::to_string(n.status)}, {core::to_string(n.mode)},
                      {graph::to_string(graph::strength(n))}, others, {place_name(g, n)}, source_ids(g, n), disputed(g, n),
                      {r ? r->text.str() : ""}});
  }
  return t;
}

}  // namespace ng::query
