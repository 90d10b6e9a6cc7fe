#include "export/describe.h"

#include <algorithm>
#include <cstdio>

#include "export/text_util.h"

namespace ng::exporter {
namespace {

using graph::Graph;
using graph::Node;
using graph::NodeKind;
using graph::Vertex;

class Builder {
 public:
  explicit Builder(Description& d) : d_(d) {}
  void text(const char* name, const std::string& v) {
    if (!v.empty()) d_.properties.push_back({name, {{Term::Text, v}}});
  }
  template <class Strings>  // std::string or graph::CompactString
  void texts(const char* name, const std::vector<Strings>& vs, bool ordered = false) {
    if (vs.empty()) return;
    Property p{name, {}, ordered};
    for (const auto& v : vs) p.values.push_back({Term::Text, std::string(v)});
    d_.properties.push_back(std::move(p));
  }
  void node(const char* name, const std::string& key) {
    if (!key.empty()) d_.properties.push_back({name, {{Term::Node, key}}});
  }
  void nodes(const char* name, const std::vector<std::string>& keys) {
    if (keys.empty()) return;
    Property p{name, {}, false};
    for (const auto& k : keys) p.values.push_back({Term::Node, k});
    d_.properties.push_back(std::move(p));
  }
  void integer(const char* name, int64_t v) { d_.properties.push_back({name, {{Term::Integer, std::to_string(v)}}}); }
  void integers(const char* name, const std::vector<int>& vs) {
    if (vs.empty()) return;
    Property p{name, {}, false};
    for (int v : vs) p.values.push_back({Term::Integer, std::to_string(v)});
    d_.properties.push_back(std::move(p));
  }
  // A date typed by its precision; an interval "A/B" is `name` A and endDate B.
  void date(const char* name, const std::string& d) {
    if (d.empty()) return;
    size_t slash = d.find('/');
    typed(name, d.substr(0, slash));
    if (slash != std::string::npos) typed("endDate", d.substr(slash + 1));
  }
  // ng:earliest and ng:latest: the first and last day the date may fall on, each an
  // xsd:date, so that every store compares them alike.
  void bounds(const std::string& d) {
    auto [first, last] = graph::date_bounds(d);
    if (first.empty()) return;
    d_.properties.push_back({"ng:earliest", {{Term::Typed, first, "xsd:date"}}});
    d_.properties.push_back({"ng:latest", {{Term::Typed, last, "xsd:date"}}});
  }

 private:
  void typed(const char* name, const std::string& v) {
    const char* type = date_datatype(v);
    d_.properties.push_back({name, {{type ? Term::Typed : Term::Text, v, type}}});
  }
  Description& d_;
};

const char* country_term(NodeKind k) {
  return k == NodeKind::Person ? "nationality" : k == NodeKind::Place ? "containedInPlace" : "ng:country";
}

std::vector<std::string> article_keys(const Graph& g, const std::vector<uint32_t>& articles) {
  std::vector<std::string> out;
  for (uint32_t a : articles) out.push_back(g.articles()[a].key);
  std::sort(out.begin(), out.end());
  return out;
}

void describe_article(const graph::Article& a, Description& d) {
  d.key = a.key;
  d.types = {"Article"};
  Builder b(d);
  b.text("identifier", a.id);
  b.text("name", a.title);
  b.text("url", a.url);
  b.text("license", a.license);
  b.date("datePublished", a.date);
  b.text("ng:contentHash", a.hash);
  b.texts("ng:sources", a.sources, true);
}

void describe_entity(const Graph& g, const Node& n, Description& d) {
  d.key = n.key;
  d.types = {graph::to_string(n.kind)};
  Builder b(d);
  b.text("name", n.name);
  b.texts("alternateName", n.aliases);
  b.text("jobTitle", n.job_title);
  if (n.country >= 0) b.node(country_term(n.kind), g.node(Vertex(n.country)).key);
  if (n.geo) b.node("geo", n.key + "/geo");
  b.nodes("subjectOf", article_keys(g, n.articles));
}

// Coordinates with four decimals (about 10 m), typed xsd:decimal so that JSON-LD and
// N-Quads say the same literal.
void describe_geo(const Node& n, Description& d) {
  d.key = n.key + "/geo";
  d.types = {"GeoCoordinates"};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", n.geo->latitude);
  d.properties.push_back({"latitude", {{Term::Typed, buf, "xsd:decimal"}}, false});
  std::snprintf(buf, sizeof buf, "%.4f", n.geo->longitude);
  d.properties.push_back({"longitude", {{Term::Typed, buf, "xsd:decimal"}}, false});
}

// Reports in a canonical order: by article key, then position.
std::vector<const graph::Report*> sorted_reports(const Graph& g, const Node& n) {
  std::vector<const graph::Report*> out;
  for (const auto& r : n.reports) out.push_back(&r);
  std::sort(out.begin(), out.end(), [&](auto a, auto b) {
    const std::string &ka = g.articles()[a->article].key, &kb = g.articles()[b->article].key;
    return ka != kb ? ka < kb : a->evidence < b->evidence;
  });
  return out;
}

std::string evidence_key(const Graph& g, const Node& n, const graph::Report& r) {
  return n.key + "/evidence/" + g.articles()[r.article].key.substr(8) + "/" + std::to_string(r.evidence.begin) + "-" +
         std::to_string(r.evidence.end);
}

void describe_event(const Graph& g, Vertex v, const std::vector<const graph::Report*>& reports, Description& d) {
  const Node& n = g.node(v);
  const auto& adj = g.adjacency();
  std::vector<std::string> who, hosts, guests;
  for (auto [e, end] = boost::out_edges(v, adj); e != end; ++e) {
    const graph::Link& l = adj[*e];
    if (l.relation != graph::Relation::Participant) continue;
    const std::string& key = g.node(boost::target(*e, adj)).key;
    who.push_back(key);
    if (l.role == core::Role::Host) hosts.push_back(key);
    if (l.role == core::Role::Guest) guests.push_back(key);
  }
  for (auto* list : {&who, &hosts, &guests}) std::sort(list->begin(), list->end());
  d.key = n.key;
  Builder b(d);
  std::string place = n.place >= 0 ? g.node(Vertex(n.place)).key.str() : std::string();
  if (n.kind == NodeKind::Meeting) {
    d.types = {"Event", "ng:Meeting"};
    b.nodes("attendee", who);
    b.nodes("organizer", hosts);
    b.nodes("ng:guest", guests);
    b.date("startDate", n.date);
    b.node("location", place);
  } else if (n.kind == NodeKind::Statement) {
    d.types = {"ng:Statement"};
    b.nodes("creator", who);
    b.date("dateCreated", n.date);
    b.text("text", n.content.str());
    b.node("location", place);
  } else {
    d.types = {"TravelAction", "ng:Travel"};
    b.nodes("agent", who);
    b.date("startDate", n.date);
    b.node("toLocation", place);
  }
  b.text("ng:status", core::to_string(n.status));
  if (n.kind != NodeKind::Statement) b.text("ng:mode", core::to_string(n.mode));
  b.bounds(n.date);
  if (!n.date.empty()) b.text("ng:dateBasis", core::to_string(graph::date_basis(n)));
  b.text("ng:evidenceStrength", graph::to_string(graph::strength(n)));
  std::vector<std::string> evidence;
  for (const auto* r : reports) evidence.push_back(evidence_key(g, n, *r));
  b.nodes("ng:evidence", evidence);
  b.nodes("isBasedOn", article_keys(g, n.articles));
}

void describe_report(const Graph& g, const Node& n, const graph::Report& r, Description& d) {
  d.key = evidence_key(g, n, r);
  d.types = {"ng:Evidence"};
  Builder b(d);
  b.node("isBasedOn", g.articles()[r.article].key);
  b.text("text", r.text.str());
  b.integer("ng:sentence", r.sentence);
  b.integer("ng:begin", r.evidence.begin);
  b.integer("ng:end", r.evidence.end);
  std::vector<int> markers;
  std::vector<std::string> sources;
  for (const auto& c : r.citations) {
    markers.push_back(c.marker);
    if (!c.source.empty() && std::find(sources.begin(), sources.end(), c.source) == sources.end())
      sources.push_back(c.source);
  }
  b.integers("ng:citationMarker", markers);
  b.texts("citation", sources);
  b.text("ng:verb", r.verb);
  b.text("ng:reportedDate", r.date);
  if (!r.date.empty()) b.text("ng:dateBasis", core::to_string(r.date_basis));
  b.text("ng:evidenceStrength", graph::to_string(r.strength));
  b.text("ng:reportedStatus", core::to_string(r.status));
  if (n.kind != NodeKind::Statement) b.text("ng:reportedMode", core::to_string(r.mode));
  if (r.place >= 0) b.node("ng:reportedPlace", g.node(Vertex(r.place)).key);
}

}  // namespace

const std::vector<const char*>& link_terms() {
  static const std::vector<const char*> terms = {
      "attendee", "organizer", "ng:guest", "creator", "agent", "location", "toLocation", "isBasedOn",
      "subjectOf", "geo", "nationality", "containedInPlace", "ng:country", "ng:evidence", "ng:reportedPlace"};
  return terms;
}

void describe(const graph::Graph& g, const std::function<void(const Description&)>& emit) {
  std::vector<const graph::Article*> articles;
  for (const auto& a : g.articles()) articles.push_back(&a);
  std::sort(articles.begin(), articles.end(), [](auto a, auto b) { return a->key < b->key; });
  Description d;
  auto reset = [&] {
    d.key.clear();
    d.types.clear();
    d.properties.clear();
  };
  for (const auto* a : articles) {
    reset();
    describe_article(*a, d);
    emit(d);
  }
  for (Vertex v : g.sorted_vertices()) {
    const Node& n = g.node(v);
    reset();
    if (graph::is_entity(n.kind)) {
      describe_entity(g, n, d);
      emit(d);
      if (n.geo) {
        reset();
        describe_geo(n, d);
        emit(d);
      }
      continue;
    }
    auto reports = sorted_reports(g, n);
    describe_event(g, v, reports, d);
    emit(d);
    for (const auto* r : reports) {
      reset();
      describe_report(g, n, *r, d);
      emit(d);
    }
  }
}

}  // namespace ng::exporter
