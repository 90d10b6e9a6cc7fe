#include "graph/graph.h"

#include <algorithm>
#include <map>

#include "core/error.h"

namespace ng::graph {
namespace {

const char* key_prefix(NodeKind k) {
  switch (k) {
    case NodeKind::Person: return "person/";
    case NodeKind::Organization: return "organization/";
    case NodeKind::Place: return "place/";
    case NodeKind::Meeting: return "meeting/";
    case NodeKind::Statement: return "statement/";
    case NodeKind::Travel: return "travel/";
  }
  return "node/";
}

std::optional<NodeKind> entity_kind(core::EntityType t) {
  switch (t) {
    case core::EntityType::Person: return NodeKind::Person;
    case core::EntityType::Organization: return NodeKind::Organization;
    case core::EntityType::Place: return NodeKind::Place;
    case core::EntityType::Misc: return std::nullopt;
  }
  return std::nullopt;
}

NodeKind event_kind(core::EventKind k) {
  switch (k) {
    case core::EventKind::Meeting: return NodeKind::Meeting;
    case core::EventKind::Statement: return NodeKind::Statement;
    case core::EventKind::Travel: return NodeKind::Travel;
  }
  return NodeKind::Meeting;
}

std::string fnv1a_hex(std::string_view bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  static const char* digits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = digits[h & 15];
  return out;
}

void insert_sorted(std::vector<std::string>& v, const std::string& s) {
  auto it = std::lower_bound(v.begin(), v.end(), s);
  if (it == v.end() || *it != s) v.insert(it, s);
}

void insert_sorted(std::vector<uint32_t>& v, uint32_t x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.end() || *it != x) v.insert(it, x);
}

// A date as a key part: '/' of an interval becomes "--".
std::string date_slug(const std::string& date) {
  std::string out;
  for (char c : date) out += c == '/' ? std::string("--") : std::string(1, c);
  return out;
}

// The most frequent value; ties go to the value `better` prefers.
template <class T, class Better>
T most_supported(const std::vector<T>& values, T fallback, Better better) {
  std::map<T, int> count;
  for (const T& v : values) ++count[v];
  T best = fallback;
  int best_n = 0;
  for (const auto& [v, n] : count)
    if (n > best_n || (n == best_n && better(v, best))) best = v, best_n = n;
  return best;
}

}  // namespace

const char* to_string(NodeKind k) {
  switch (k) {
    case NodeKind::Person: return "Person";
    case NodeKind::Organization: return "Organization";
    case NodeKind::Place: return "Place";
    case NodeKind::Meeting: return "Meeting";
    case NodeKind::Statement: return "Statement";
    case NodeKind::Travel: return "Travel";
  }
  return "Person";
}

std::string name_slug(std::string_view name) {
  static const char* hex = "0123456789ABCDEF";
  size_t i = 0;
  while (i < name.size() && (name[i] == ' ' || name[i] == '\t')) ++i;
  if (name.size() - i > 4 && (name[i] == 't' || name[i] == 'T') && (name[i + 1] == 'h' || name[i + 1] == 'H') &&
      (name[i + 2] == 'e' || name[i + 2] == 'E') && name[i + 3] == ' ')
    i += 4;
  std::string out;
  out.reserve(name.size() - i);
  bool dash = false;
  for (; i < name.size(); ++i) {
    unsigned char c = name[i];
    if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == '\r') {
      dash = !out.empty();
      continue;
    }
    if (c == '.' || c == '\'') continue;
    // U+2019 RIGHT SINGLE QUOTATION MARK is an apostrophe too.
    if (c == 0xE2 && i + 2 < name.size() && (unsigned char)name[i + 1] == 0x80 && (unsigned char)name[i + 2] == 0x99) {
      i += 2;
      continue;
    }
    if (dash) out += '-', dash = false;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += char(c);
    } else if (c >= 'A' && c <= 'Z') {
      out += char(c - 'A' + 'a');
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

namespace {
// Compares two ISO dates on their common precision: "2026-01" equals "2026-01-22".
int compare_prefix(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size());
  int c = a.substr(0, n).compare(b.substr(0, n));
  return c < 0 ? -1 : c > 0;
}
}  // namespace

bool date_in_range(std::string_view date, std::string_view from, std::string_view to) {
  if (from.empty() && to.empty()) return true;
  if (date.empty()) return false;
  size_t slash = date.find('/');
  std::string_view first = date.substr(0, slash), last = slash == std::string_view::npos ? date : date.substr(slash + 1);
  return (from.empty() || compare_prefix(last, from) >= 0) && (to.empty() || compare_prefix(first, to) <= 0);
}

std::string label(const Graph& g, Vertex v, const std::string& sep) {
  const Node& n = g.node(v);
  if (is_entity(n.kind)) return n.name;
  std::string out = n.kind == NodeKind::Meeting ? "meeting" : n.kind == NodeKind::Statement ? "statement" : "travel";
  if (!n.date.empty()) out += sep + n.date;
  if (n.place >= 0) out += sep + g.node(Vertex(n.place)).name;
  if (n.status != core::Status::Occurred) out += sep + "(" + core::to_string(n.status) + ")";
  return out;
}

std::optional<Vertex> Graph::find(std::string_view key) const {
  auto it = by_key_.find(std::string(key));
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

std::vector<Vertex> Graph::sorted_vertices() const {
  std::vector<Vertex> out(size());
  for (size_t i = 0; i < out.size(); ++i) out[i] = i;
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    const Node &x = g_[a], &y = g_[b];
    return x.kind != y.kind ? x.kind < y.kind : x.key < y.key;
  });
  return out;
}

Vertex Graph::add_node(Node n) {
  if (n.key.empty()) throw core::Error("graph: a node needs a key");
  auto [it, fresh] = by_key_.emplace(n.key, 0);
  if (!fresh) throw core::Error("graph: duplicate node key '" + n.key + "'");
  Vertex v = boost::add_vertex(std::move(n), g_);
  it->second = v;
  return v;
}

void Graph::link(Vertex event, Vertex entity, Link l) {
  auto out = boost::out_edges(event, g_);
  for (auto e = out.first; e != out.second; ++e)
    if (boost::target(*e, g_) == entity && g_[*e].relation == l.relation && g_[*e].role == l.role) return;
  boost::add_edge(event, entity, l, g_);
}

uint32_t Graph::add_article(Article a) {
  std::string identity = a.id + '\t' + a.hash;
  auto [it, fresh] = article_by_hash_.emplace(identity, uint32_t(articles_.size()));
  if (!fresh) return it->second;
  article_keys_.insert(a.key);
  articles_.push_back(std::move(a));
  return it->second;
}

Vertex Graph::find_or_add(NodeKind kind, std::string key) {
  if (auto found = find(key)) return *found;
  Node n;
  n.kind = kind;
  n.key = std::move(key);
  return add_node(std::move(n));
}

Vertex Graph::entity_vertex(const core::Entity& e, uint32_t article) {
  NodeKind kind = *entity_kind(e.type);
  Vertex v = find_or_add(kind, key_prefix(kind) + name_slug(e.name));
  Node& n = g_[v];
  if (n.name.empty()) n.name = e.name;
  if (e.name != n.name) insert_sorted(n.aliases, e.name);
  for (const auto& a : e.aliases)
    if (a != n.name) insert_sorted(n.aliases, a);
  if (n.job_title.empty()) n.job_title = e.job_title;
  insert_sorted(n.articles, article);
  return v;
}

bool Graph::add(const core::Document& doc) {
  Article a;
  a.id = doc.id;
  a.hash = fnv1a_hex(doc.text);
  if (article_by_hash_.count(a.id + '\t' + a.hash)) return false;
  a.key = "article/" + name_slug(doc.id);
  if (article_keys_.count(a.key)) a.key += "-" + a.hash;
  a.title = doc.title;
  a.url = doc.source;
  a.license = doc.license;
  a.date = doc.dct;
  a.sources = doc.sources;
  const std::string article_key = a.key;
  uint32_t article = add_article(std::move(a));

  // Entities.
  std::vector<int64_t> vertex_of(doc.entities.size(), -1);
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const core::Entity& e = doc.entities[i];
    if (!entity_kind(e.type) || name_slug(e.name).empty()) continue;
    vertex_of[i] = int64_t(entity_vertex(e, article));
  }
  auto vertex = [&](int32_t entity) -> int64_t {
    return entity >= 0 && size_t(entity) < vertex_of.size() ? vertex_of[entity] : -1;
  };
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    int64_t v = vertex_of[i], c = vertex(doc.entities[i].country);
    if (v < 0 || c < 0 || c == v || g_[c].kind != NodeKind::Place) continue;
    if (g_[v].country < 0) g_[v].country = c;
  }

  // Events.
  for (const core::Event& ev : doc.events) {
    NodeKind kind = event_kind(ev.kind);
    std::vector<std::pair<Vertex, core::Role>> who;
    for (const auto& arg : ev.participants) {
      int64_t v = vertex(arg.entity);
      if (v < 0) continue;
      bool seen = false;
      for (const auto& w : who) seen = seen || w.first == Vertex(v);
      if (!seen) who.emplace_back(Vertex(v), arg.role);
    }
    std::sort(who.begin(), who.end(), [&](const auto& x, const auto& y) { return g_[x.first].key < g_[y.first].key; });
    std::string people;
    for (size_t k = 0; k < who.size(); ++k) {
      const std::string& pk = g_[who[k].first].key;
      people += (k ? "+" : "") + pk.substr(pk.find('/') + 1);
    }
    if (people.empty()) people = "unnamed";
    if (people.size() > 160) people = people.substr(0, 120) + "+" + fnv1a_hex(people);
    std::string key = key_prefix(kind);
    std::string where = name_slug(article_key.substr(8)) + "/" + std::to_string(ev.sentence);
    if (kind == NodeKind::Meeting)
      key += (ev.date.empty() ? "undated/" + where : date_slug(ev.date)) + "/" + people;
    else
      key += where + "/" + people;

    Vertex v = find_or_add(kind, key);
    if (g_[v].reports.empty()) g_[v].content = std::string(doc.view(ev.content));
    Report r;
    r.article = article;
    r.sentence = ev.sentence;
    r.evidence = ev.evidence.empty() && ev.sentence < doc.sentences.size() ? doc.sentences[ev.sentence].span : ev.evidence;
    r.text = std::string(doc.view(r.evidence));
    for (int m : ev.citations)
      r.citations.push_back({m, m >= 1 && size_t(m) <= doc.sources.size() ? doc.sources[m - 1] : std::string()});
    r.date = ev.date;
    r.status = ev.status;
    r.mode = ev.mode;
    r.place = vertex(ev.place);
    r.verb = std::string(doc.view(ev.trigger));
    Node& n = g_[v];
    bool duplicate = false;
    for (const Report& old : n.reports)
      duplicate = duplicate || (old.article == article && old.evidence == r.evidence);
    if (duplicate) continue;
    if (r.place >= 0) link(v, Vertex(r.place), {Relation::Location, core::Role::Participant});
    n.reports.push_back(std::move(r));
    insert_sorted(n.articles, article);
    for (const auto& [p, role] : who) link(v, p, {Relation::Participant, role});
    settle(v);
  }
  return true;
}

void Graph::settle(Vertex v) {
  Node& n = g_[v];
  std::vector<std::string> dates;
  std::vector<core::Status> statuses;
  std::vector<core::Mode> modes;
  std::vector<int64_t> places;
  for (const Report& r : n.reports) {
    if (!r.date.empty()) dates.push_back(r.date);
    statuses.push_back(r.status);
    if (r.mode != core::Mode::Unknown) modes.push_back(r.mode);
    if (r.place >= 0) places.push_back(r.place);
  }
  // Ties: the more precise date, then the earlier; the lower status (occurred first);
  // the place with the smaller key.
  n.date = most_supported(dates, std::string(), [](const std::string& a, const std::string& b) {
    return b.empty() || a.size() > b.size() || (a.size() == b.size() && a < b);
  });
  n.status = most_supported(statuses, core::Status::Occurred, [](auto a, auto b) { return a < b; });
  n.mode = most_supported(modes, core::Mode::Unknown, [](auto a, auto b) { return b == core::Mode::Unknown || a < b; });
  n.place = most_supported(places, int64_t(-1), [&](int64_t a, int64_t b) { return b < 0 || g_[a].key < g_[b].key; });
}

}  // namespace ng::graph
