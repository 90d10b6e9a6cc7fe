#include "export/jsonld.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <unordered_map>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/error.h"
#include "core/io.h"
#include "export/describe.h"
#include "export/text_util.h"

namespace ng::exporter {
namespace {

using graph::Graph;
using graph::Node;
using graph::NodeKind;
using graph::Relation;
using graph::Vertex;
using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

template <class W>
class BasicJsonOut {
 public:
  explicit BasicJsonOut(W& w) : w_(w) {}
  void key(const char* k) { w_.Key(k, rapidjson::SizeType(std::strlen(k))); }
  void str(std::string_view s) {
    if (is_valid_utf8(s)) {
      w_.String(s.data(), rapidjson::SizeType(s.size()));
    } else {
      std::string fixed = repair_utf8(s);
      w_.String(fixed.data(), rapidjson::SizeType(fixed.size()));
    }
  }
  void prop(const char* k, std::string_view v) {
    key(k);
    str(v);
  }
  void term(const Term& t) {
    switch (t.kind) {
      case Term::Node: str(std::string(kBaseIri) + t.value); break;
      case Term::Text: str(t.value); break;
      case Term::Integer: w_.RawValue(t.value.data(), t.value.size(), rapidjson::kNumberType); break;
      case Term::Typed:
        w_.StartObject();
        prop("@value", t.value);
        prop("@type", t.datatype);
        w_.EndObject();
        break;
    }
  }
  void node(const Description& d) {
    w_.StartObject();
    prop("@id", std::string(kBaseIri) + d.key);
    key("@type");
    if (d.types.size() == 1) {
      str(d.types[0]);
    } else {
      w_.StartArray();
      for (const char* t : d.types) str(t);
      w_.EndArray();
    }
    for (const Property& p : d.properties) {
      key(p.name);
      if (p.values.size() == 1 && !p.ordered) {
        term(p.values[0]);
        continue;
      }
      w_.StartArray();
      for (const Term& t : p.values) term(t);
      w_.EndArray();
    }
    w_.EndObject();
  }
  W& w() { return w_; }

 private:
  W& w_;
};
using JsonOut = BasicJsonOut<Writer>;
using CompactOut = BasicJsonOut<rapidjson::Writer<rapidjson::StringBuffer>>;

void write_context(JsonOut& o) {
  Writer& w = o.w();
  o.key("@context");
  w.StartObject();
  o.prop("@vocab", kSchemaIri);
  o.prop("ng", kVocabIri);
  o.prop("xsd", "http://www.w3.org/2001/XMLSchema#");
  for (const char* term : link_terms()) {
    o.key(term);
    w.StartObject();
    o.prop("@type", "@id");
    w.EndObject();
  }
  o.key("ng:sources");
  w.StartObject();
  o.prop("@container", "@list");
  w.EndObject();
  w.EndObject();
}

const char* country_term(NodeKind k) {
  return k == NodeKind::Person ? "nationality" : k == NodeKind::Place ? "containedInPlace" : "ng:country";
}

}  // namespace

std::string to_jsonld(const graph::Graph& g) {
  std::string out;
  write_jsonld(g, [&](std::string_view piece) { out.append(piece); });
  return out;
}

void write_jsonld(const graph::Graph& g, const std::function<void(std::string_view)>& sink) {
  // The context pretty-printed; then one @graph node per line: compact to load, and
  // line-wise diffs stay readable. Pieces are gathered up to kPiece bytes before they go
  // to the sink.
  constexpr size_t kPiece = size_t(1) << 16;
  rapidjson::StringBuffer buf;
  {
    Writer w(buf);
    w.SetIndent(' ', 1);
    JsonOut o(w);
    w.StartObject();
    write_context(o);
    w.EndObject();
  }
  std::string out(buf.GetString(), buf.GetSize() - 2);  // without the closing "\n}"
  out += ",\n \"@graph\": [";
  bool first = true;
  describe(g, [&](const Description& d) {
    buf.Clear();
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    CompactOut o(w);
    o.node(d);
    out += first ? "\n  " : ",\n  ";
    out.append(buf.GetString(), buf.GetSize());
    first = false;
    if (out.size() >= kPiece) {
      sink(out);
      out.clear();
    }
  });
  out += first ? "]\n}\n" : "\n ]\n}\n";
  sink(out);
}

// ---------------------------------------------------------------------------------------
// Reading back.

namespace {

using Value = rapidjson::Value;

class Reader {
 public:
  Reader(const std::string& path) : path_(path) {}

  graph::Graph read(char* bytes) {
    rapidjson::Document doc;
    // Iterative: a deeply nested file ('[[[[...') is an error, not a stack overflow.
    doc.ParseInsitu<rapidjson::kParseIterativeFlag>(bytes);
    if (doc.HasParseError())
      fail("not JSON: " + std::string(rapidjson::GetParseError_En(doc.GetParseError())) + " at byte " +
           std::to_string(doc.GetErrorOffset()));
    if (!doc.IsObject()) fail("not a JSON-LD object");
    auto ctx = doc.FindMember("@context");
    if (ctx == doc.MemberEnd() || !ctx->value.IsObject()) fail("no inline @context: not a newsgraph graph");
    auto ng = ctx->value.FindMember("ng");
    if (ng == ctx->value.MemberEnd() || !ng->value.IsString() || std::strcmp(ng->value.GetString(), kVocabIri) != 0)
      fail("@context does not map ng: to " + std::string(kVocabIri) + ": not a newsgraph graph");
    auto items = doc.FindMember("@graph");
    if (items == doc.MemberEnd() || !items->value.IsArray()) fail("no @graph array");

    // Pass 1: every node by its key; articles, entities and events become graph parts.
    std::vector<std::pair<Vertex, const Value*>> entities, events;
    std::vector<Node> nodes;
    std::vector<const Value*> node_items;
    size_t total = items->value.Size();
    vertices_.reserve(total);
    evidence_.reserve(total);
    for (const Value& item : items->value.GetArray()) {
      if (!item.IsObject()) fail("@graph holds a non-object");
      std::string_view key = key_of(item);
      std::string_view type = main_type(item);
      if (type == "Article") {
        articles_.emplace(key, article(item, key));
      } else if (type == "ng:Evidence" || type == "GeoCoordinates") {
        evidence_.emplace(key, &item);
      } else {
        Node n;
        n.kind = kind_of(type, key);
        n.key = std::string(key);
        if (!vertices_.emplace(key, Vertex(nodes.size())).second) fail("duplicate node " + std::string(key));
        nodes.push_back(std::move(n));
        node_items.push_back(&item);
      }
    }
    Vertex first = g_.add_nodes(std::move(nodes));
    for (size_t i = 0; i < node_items.size(); ++i)
      (graph::is_entity(g_.node(first + i).kind) ? entities : events).emplace_back(first + i, node_items[i]);
    // Pass 2: fields and links.
    for (auto [v, item] : entities) entity(v, *item);
    for (auto [v, item] : events) event(v, *item);
    try {
      g_.check_loaded();
    } catch (const core::Error& e) {
      fail(e.what());
    }
    return std::move(g_);
  }

 private:
  [[noreturn]] void fail(const std::string& msg) const { throw core::Error(path_, msg); }

  std::string_view key_of(const Value& item) const {
    std::string_view iri = text(item, "@id");
    size_t base = std::strlen(kBaseIri);
    if (iri.size() <= base || iri.compare(0, base, kBaseIri) != 0) fail("node @id '" + std::string(iri) + "' is not under " + kBaseIri);
    return iri.substr(base);
  }

  std::string_view main_type(const Value& item) const {
    auto t = item.FindMember("@type");
    if (t == item.MemberEnd()) fail("node without @type");
    if (t->value.IsString()) return sv(t->value);
    if (!t->value.IsArray() || t->value.Empty()) fail("node " + std::string(key_of(item)) + ": @type is neither a string nor a list of strings");
    for (const Value& x : t->value.GetArray())
      if (!x.IsString()) fail("node " + std::string(key_of(item)) + ": @type holds a non-string");
    for (const Value& x : t->value.GetArray())
      if (std::strncmp(x.GetString(), "ng:", 3) == 0) return sv(x);
    return sv(t->value[0]);
  }

  NodeKind kind_of(std::string_view type, std::string_view key) const {
    if (type == "Person") return NodeKind::Person;
    if (type == "Organization") return NodeKind::Organization;
    if (type == "Place") return NodeKind::Place;
    if (type == "ng:Meeting") return NodeKind::Meeting;
    if (type == "ng:Statement") return NodeKind::Statement;
    if (type == "ng:Travel") return NodeKind::Travel;
    fail("node " + std::string(key) + " has unknown @type '" + std::string(type) + "'");
  }

  static std::string_view sv(const Value& v) { return std::string_view(v.GetString(), v.GetStringLength()); }

  // A string property, "" when absent; a typed literal gives its @value.
  std::string_view text(const Value& item, const char* prop) const {
    auto m = item.FindMember(prop);
    if (m == item.MemberEnd()) return {};
    const Value* v = &m->value;
    if (v->IsObject()) {
      auto val = v->FindMember("@value");
      if (val == v->MemberEnd()) fail(std::string("property ") + prop + " is an object without @value");
      v = &val->value;
    }
    if (!v->IsString()) fail(std::string("property ") + prop + " is not a string");
    return sv(*v);
  }

  std::string date(const Value& item, const char* prop) const {
    std::string d(text(item, prop));
    std::string_view end = text(item, "endDate");
    if (!d.empty() && !end.empty()) d += "/" + std::string(end);
    return d;
  }

  // Every string of a property that holds one string or an array of them.
  template <class F>
  void each(const Value& item, const char* prop, F f) const {
    auto m = item.FindMember(prop);
    if (m == item.MemberEnd()) return;
    if (m->value.IsString()) return f(sv(m->value));
    if (!m->value.IsArray()) fail(std::string("property ") + prop + " is neither a string nor a list");
    for (const Value& x : m->value.GetArray()) {
      if (!x.IsString()) fail(std::string("property ") + prop + " holds a non-string");
      f(sv(x));
    }
  }

  std::string_view ref_key(std::string_view iri) const {
    size_t base = std::strlen(kBaseIri);
    if (iri.size() <= base || iri.compare(0, base, kBaseIri) != 0) fail("link '" + std::string(iri) + "' is not under " + kBaseIri);
    return iri.substr(base);
  }
  Vertex vertex(std::string_view iri) const {
    auto it = vertices_.find(ref_key(iri));
    if (it == vertices_.end()) fail("link to unknown node " + std::string(iri));
    return it->second;
  }
  uint32_t article_index(std::string_view iri) const {
    auto it = articles_.find(ref_key(iri));
    if (it == articles_.end()) fail("link to unknown article " + std::string(iri));
    return it->second;
  }
  std::vector<uint32_t> articles(const Value& item) const {
    std::vector<uint32_t> out;
    each(item, item.HasMember("subjectOf") ? "subjectOf" : "isBasedOn", [&](std::string_view s) { out.push_back(article_index(s)); });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  uint32_t article(const Value& item, std::string_view key) {
    graph::Article a;
    a.key = std::string(key);
    a.id = text(item, "identifier");
    a.title = text(item, "name");
    a.url = text(item, "url");
    a.license = text(item, "license");
    a.date = text(item, "datePublished");
    a.hash = text(item, "ng:contentHash");
    auto s = item.FindMember("ng:sources");
    if (s != item.MemberEnd()) {
      if (!s->value.IsArray()) fail("ng:sources is not a list");
      for (const Value& x : s->value.GetArray()) {
        if (!x.IsString()) fail("ng:sources holds a non-string");
        a.sources.emplace_back(sv(x));
      }
    }
    return g_.add_article(std::move(a));
  }

  void entity(Vertex v, const Value& item) {
    Node& n = g_.node(v);
    n.name = text(item, "name");
    each(item, "alternateName", [&](std::string_view s) { n.aliases.emplace_back(s); });
    std::sort(n.aliases.begin(), n.aliases.end());
    n.job_title = text(item, "jobTitle");
    std::string_view geo = text(item, "geo");
    if (!geo.empty()) {
      auto it = evidence_.find(ref_key(geo));
      if (it == evidence_.end()) fail("link to unknown coordinates " + std::string(geo));
      n.geo = graph::Geo{decimal(*it->second, "latitude"), decimal(*it->second, "longitude")};
    }
    std::string_view country = text(item, country_term(n.kind));
    if (!country.empty()) n.country = int64_t(vertex(country));
    n.articles = articles(item);
  }

  core::Status status(std::string_view s) const {
    for (auto x : {core::Status::Occurred, core::Status::Planned, core::Status::Cancelled, core::Status::Denied})
      if (s == core::to_string(x)) return x;
    fail("unknown status '" + std::string(s) + "'");
  }
  core::Mode mode(std::string_view s) const {
    if (s.empty()) return core::Mode::Unknown;
    for (auto x : {core::Mode::Unknown, core::Mode::InPerson, core::Mode::Call})
      if (s == core::to_string(x)) return x;
    fail("unknown mode '" + std::string(s) + "'");
  }
  // Graphs written before these terms existed have none: no basis, Direct.
  core::DateBasis date_basis(std::string_view s) const {
    if (s.empty()) return core::DateBasis::None;
    for (int i = 0; i <= int(core::DateBasis::Publication); ++i)
      if (s == core::to_string(core::DateBasis(i))) return core::DateBasis(i);
    fail("unknown date basis '" + std::string(s) + "'");
  }
  graph::Strength strength(std::string_view s) const {
    if (s.empty()) return graph::Strength::Direct;
    for (int i = 0; i <= int(graph::Strength::Direct); ++i)
      if (s == graph::to_string(graph::Strength(i))) return graph::Strength(i);
    fail("unknown evidence strength '" + std::string(s) + "'");
  }
  double decimal(const Value& item, const char* prop) const {
    std::string v(text(item, prop));
    char* end = nullptr;
    double x = std::strtod(v.c_str(), &end);
    if (v.empty() || *end) fail(std::string("coordinates without a decimal ") + prop);
    return x;
  }
  uint32_t number(const Value& item, const char* prop) const {
    auto m = item.FindMember(prop);
    if (m == item.MemberEnd() || !m->value.IsUint()) fail(std::string("evidence without a numeric ") + prop);
    return m->value.GetUint();
  }

  void event(Vertex v, const Value& item) {
    Node& n = g_.node(v);
    const char *who = "attendee", *date_prop = "startDate", *place_prop = "location";
    core::Role role = core::Role::Participant;
    if (n.kind == NodeKind::Statement) who = "creator", date_prop = "dateCreated", role = core::Role::Speaker;
    if (n.kind == NodeKind::Travel) who = "agent", place_prop = "toLocation", role = core::Role::Traveller;
    n.date = date(item, date_prop);
    std::string_view content = text(item, "text");
    n.status = status(text(item, "ng:status"));
    n.mode = mode(text(item, "ng:mode"));
    std::string_view place = text(item, place_prop);
    if (!place.empty()) n.place = int64_t(vertex(place));
    n.articles = articles(item);
    each(item, "ng:evidence", [&](std::string_view iri) {
      auto it = evidence_.find(ref_key(iri));
      if (it == evidence_.end()) fail("link to unknown evidence " + std::string(iri));
      const Value& ev = *it->second;
      graph::Report r;
      std::string_view article_iri = text(ev, "isBasedOn");
      r.article = article_index(article_iri);
      r.text = shared_text(text(ev, "text"));
      r.sentence = number(ev, "ng:sentence");
      r.evidence = {number(ev, "ng:begin"), number(ev, "ng:end")};
      auto markers = ev.FindMember("ng:citationMarker");
      if (markers != ev.MemberEnd()) {
        const auto& sources = g_.articles()[r.article].sources;
        auto cite = [&](const Value& m) {
          if (!m.IsInt()) fail("ng:citationMarker holds a non-integer");
          int k = m.GetInt();
          r.citations.push_back({k, k >= 1 && size_t(k) <= sources.size() ? sources[k - 1] : std::string()});
        };
        if (markers->value.IsArray())
          for (const Value& m : markers->value.GetArray()) cite(m);
        else
          cite(markers->value);
      }
      r.verb = text(ev, "ng:verb");
      r.date = text(ev, "ng:reportedDate");
      r.date_basis = date_basis(text(ev, "ng:dateBasis"));
      r.strength = strength(text(ev, "ng:evidenceStrength"));
      r.status = status(text(ev, "ng:reportedStatus"));
      r.mode = mode(text(ev, "ng:reportedMode"));
      std::string_view rp = text(ev, "ng:reportedPlace");
      if (!rp.empty()) r.place = int64_t(vertex(rp));
      n.reports.push_back(std::move(r));
    });
    // a statement's content is a part of its first report's text, as when it was built
    n.content = n.reports.empty() ? graph::SharedText(content) : n.reports[0].text.find_part(content);
    // Roles: hosts and guests are attendees too.
    std::vector<std::pair<std::string_view, core::Role>> special;
    each(item, "organizer", [&](std::string_view s) { special.emplace_back(s, core::Role::Host); });
    each(item, "ng:guest", [&](std::string_view s) { special.emplace_back(s, core::Role::Guest); });
    each(item, who, [&](std::string_view s) {
      core::Role r = role;
      for (const auto& [iri, sr] : special)
        if (iri == s) r = sr;
      g_.link(v, vertex(s), {Relation::Participant, r});
    });
    for (const auto& r : n.reports)
      if (r.place >= 0) g_.link(v, Vertex(r.place), {Relation::Location, core::Role::Participant});
    if (n.place >= 0) g_.link(v, Vertex(n.place), {Relation::Location, core::Role::Participant});
  }

  // One copy of each evidence text, however many reports cite it.
  graph::SharedText shared_text(std::string_view s) {
    auto it = texts_.find(s);
    if (it != texts_.end()) return it->second;
    graph::SharedText t(s);
    texts_.emplace(t.view(), t);
    return t;
  }

  std::string path_;
  graph::Graph g_;
  std::unordered_map<std::string_view, graph::SharedText> texts_;  // keys view the texts' own bytes
  std::unordered_map<std::string_view, Vertex> vertices_;
  std::unordered_map<std::string_view, uint32_t> articles_;
  std::unordered_map<std::string_view, const Value*> evidence_;  // and coordinates
};

}  // namespace

graph::Graph read_jsonld(std::string bytes, const std::string& path) {
  return Reader(path).read(bytes.data());
}

graph::Graph load_jsonld(const std::string& path) {
  // One read into a string of the file's size (core::read_file streams, slower for
  // hundreds of MB); the same errors.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw core::Error(path, "is a directory, not a saved graph");
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return read_jsonld(core::read_file(path), path);
  std::string bytes;
  if (std::fseek(f, 0, SEEK_END) == 0) {
    long size = std::ftell(f);
    if (size > 0) {
      bytes.resize(size_t(size));
      std::rewind(f);
      bytes.resize(std::fread(&bytes[0], 1, bytes.size(), f));
    }
  }
  bool bad = std::ferror(f);
  std::fclose(f);
  if (bad || bytes.empty()) return read_jsonld(core::read_file(path), path);
  return read_jsonld(std::move(bytes), path);
}

}  // namespace ng::exporter
