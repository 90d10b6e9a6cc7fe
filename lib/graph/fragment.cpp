#include "graph/fragment.h"

#include <algorithm>
#include <istream>
#include <ostream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/error.h"
#include "graph/graph.h"

namespace ng::graph {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.data(), rapidjson::SizeType(value.size()));
}

void put(Writer& w, const char* key, int64_t value) {
  w.Key(key);
  w.Int64(value);
}

void put(Writer& w, const char* key, const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const auto& v : values) w.String(v.data(), rapidjson::SizeType(v.size()));
  w.EndArray();
}

// Reading: every field is required and typed; a failure names the file, line and field.
class Reader {
 public:
  Reader(const std::string& file, long line) : file_(file), line_(line) {}

  [[noreturn]] void fail(const std::string& what) const { throw core::Error(file_, "not a fragment: " + what, line_); }

  const rapidjson::Value& field(const rapidjson::Value& obj, const char* key) const {
    if (!obj.IsObject()) fail("expected an object holding '" + std::string(key) + "'");
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) fail("missing '" + std::string(key) + "'");
    return it->value;
  }
  std::string str(const rapidjson::Value& obj, const char* key) const {
    const auto& v = field(obj, key);
    if (!v.IsString()) fail("'" + std::string(key) + "' is not a string");
    return std::string(v.GetString(), v.GetStringLength());
  }
  int64_t integer(const rapidjson::Value& obj, const char* key, int64_t lo, int64_t hi) const {
    const auto& v = field(obj, key);
    if (!v.IsInt64() || v.GetInt64() < lo || v.GetInt64() > hi) fail("'" + std::string(key) + "' is not an integer in range");
    return v.GetInt64();
  }
  const rapidjson::Value& array(const rapidjson::Value& obj, const char* key) const {
    const auto& v = field(obj, key);
    if (!v.IsArray()) fail("'" + std::string(key) + "' is not an array");
    return v;
  }
  std::vector<std::string> strings(const rapidjson::Value& obj, const char* key) const {
    std::vector<std::string> out;
    for (const auto& v : array(obj, key).GetArray()) {
      if (!v.IsString()) fail("'" + std::string(key) + "' holds a non-string");
      out.emplace_back(v.GetString(), v.GetStringLength());
    }
    return out;
  }
  // An enum written with core::to_string: the value whose name it is.
  template <class E>
  E named(const rapidjson::Value& obj, const char* key, int count) const {
    return value_named<E>(str(obj, key), key, count);
  }
  template <class E>
  E value_named(const std::string& s, const char* key, int count) const {
    for (int i = 0; i < count; ++i)
      if (s == core::to_string(E(i))) return E(i);
    fail("'" + std::string(key) + "' has no value '" + s + "'");
  }

 private:
  const std::string& file_;
  long line_;
};

}  // namespace

std::string article_hash(std::string_view bytes) {
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

namespace {
// A participant is named in the report when a mention of its entity is at its span in
// the evidence; one carried from elsewhere (no span, a span outside the sentence, or
// words that are no mention of it) makes the report Inferred.
Strength report_strength(const core::Document& doc, const core::Event& ev) {
  core::Span sentence = ev.sentence < doc.sentences.size() ? doc.sentences[ev.sentence].span : ev.evidence;
  for (const auto& a : ev.participants) {
    if (a.entity < 0 || size_t(a.entity) >= doc.entities.size()) continue;
    bool named = false;
    if (!a.span.empty() && a.span.begin >= sentence.begin && a.span.end <= sentence.end) {
      // mentions are in text order: look only at those that can overlap the span
      auto m = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), a.span.begin,
                                [](const core::Mention& x, uint32_t b) { return x.span.end <= b; });
      for (; m != doc.mentions.end() && m->span.begin < a.span.end && !named; ++m)
        named = m->entity == a.entity && m->span.overlaps(a.span);
    }
    if (!named) return Strength::Inferred;
  }
  return ev.claimed_by >= 0 ? Strength::Attributed : Strength::Direct;
}
}  // namespace

Fragment fragment_of(const core::Document& doc) {
  Fragment f;
  f.id = doc.id;
  f.path = doc.path;
  f.hash = article_hash(doc.text);
  f.title = doc.title;
  f.url = doc.source;
  f.license = doc.license;
  f.date = doc.dct;
  f.sources = doc.sources;
  f.entities.reserve(doc.entities.size());
  for (const core::Entity& e : doc.entities) f.entities.push_back({e.type, e.name, e.aliases, e.job_title, e.country});
  f.events.reserve(doc.events.size());
  for (const core::Event& ev : doc.events) {
    Fragment::Event x;
    x.kind = ev.kind;
    for (const auto& a : ev.participants) x.participants.push_back({a.entity, a.role});
    x.place = ev.place;
    x.date = ev.date;
    x.status = ev.status;
    x.mode = ev.mode;
    x.sentence = ev.sentence;
    x.evidence = ev.evidence.empty() && ev.sentence < doc.sentences.size() ? doc.sentences[ev.sentence].span : ev.evidence;
    x.text = std::string(doc.view(x.evidence));
    x.verb = std::string(doc.view(ev.trigger));
    x.content = std::string(doc.view(ev.content));
    x.citations = ev.citations;
    x.date_basis = ev.date.empty() ? core::DateBasis::None : ev.date_basis;
    x.strength = report_strength(doc, ev);
    f.events.push_back(std::move(x));
  }
  return f;
}

std::string to_json_line(const Fragment& f) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  put(w, "id", f.id);  // id and path lead: merge orders by them
  put(w, "path", f.path);
  put(w, "hash", f.hash);
  put(w, "title", f.title);
  put(w, "url", f.url);
  put(w, "license", f.license);
  put(w, "date", f.date);
  put(w, "sources", f.sources);
  w.Key("entities");
  w.StartArray();
  for (const auto& e : f.entities) {
    w.StartObject();
    put(w, "type", std::string(core::to_string(e.type)));
    put(w, "name", e.name);
    put(w, "aliases", e.aliases);
    put(w, "job_title", e.job_title);
    put(w, "country", e.country);
    w.EndObject();
  }
  w.EndArray();
  w.Key("events");
  w.StartArray();
  for (const auto& ev : f.events) {
    w.StartObject();
    put(w, "kind", std::string(core::to_string(ev.kind)));
    w.Key("participants");
    w.StartArray();
    for (const auto& p : ev.participants) {
      w.StartArray();
      w.Int(p.entity);
      w.String(core::to_string(p.role));
      w.EndArray();
    }
    w.EndArray();
    put(w, "place", ev.place);
    put(w, "date", ev.date);
    put(w, "status", std::string(core::to_string(ev.status)));
    put(w, "mode", std::string(core::to_string(ev.mode)));
    put(w, "sentence", int64_t(ev.sentence));
    w.Key("evidence");
    w.StartArray();
    w.Uint(ev.evidence.begin);
    w.Uint(ev.evidence.end);
    w.EndArray();
    put(w, "text", ev.text);
    put(w, "verb", ev.verb);
    put(w, "content", ev.content);
    w.Key("citations");
    w.StartArray();
    for (int c : ev.citations) w.Int(c);
    w.EndArray();
    put(w, "date_basis", std::string(core::to_string(ev.date_basis)));
    put(w, "strength", std::string(to_string(ev.strength)));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

Fragment parse_fragment(std::string_view line, const std::string& file, long line_no) {
  rapidjson::Document d;
  d.Parse(line.data(), line.size());
  if (d.HasParseError())
    throw core::Error(file, std::string("not a fragment: ") + rapidjson::GetParseError_En(d.GetParseError()) + " at byte " +
                                std::to_string(d.GetErrorOffset()), line_no);
  Reader r(file, line_no);
  Fragment f;
  f.id = r.str(d, "id");
  f.path = r.str(d, "path");
  f.hash = r.str(d, "hash");
  f.title = r.str(d, "title");
  f.url = r.str(d, "url");
  f.license = r.str(d, "license");
  f.date = r.str(d, "date");
  f.sources = r.strings(d, "sources");
  const auto& entities = r.array(d, "entities");
  const int64_t n = entities.Size();
  for (const auto& e : entities.GetArray())
    f.entities.push_back({r.named<core::EntityType>(e, "type", 4), r.str(e, "name"), r.strings(e, "aliases"),
                          r.str(e, "job_title"), int32_t(r.integer(e, "country", -1, n - 1))});
  for (const auto& e : r.array(d, "events").GetArray()) {
    Fragment::Event ev;
    ev.kind = r.named<core::EventKind>(e, "kind", 3);
    for (const auto& p : r.array(e, "participants").GetArray()) {
      if (!p.IsArray() || p.Size() != 2 || !p[0].IsInt() || p[0].GetInt() < 0 || p[0].GetInt() >= n || !p[1].IsString())
        r.fail("a participant is not [entity, role]");
      std::string role(p[1].GetString(), p[1].GetStringLength());
      ev.participants.push_back({p[0].GetInt(), r.value_named<core::Role>(role, "role", 5)});
    }
    ev.place = int32_t(r.integer(e, "place", -1, n - 1));
    ev.date = r.str(e, "date");
    ev.status = r.named<core::Status>(e, "status", 4);
    ev.mode = r.named<core::Mode>(e, "mode", 3);
    ev.sentence = uint32_t(r.integer(e, "sentence", 0, UINT32_MAX));
    const auto& span = r.array(e, "evidence");
    if (span.Size() != 2 || !span[0].IsUint() || !span[1].IsUint() || span[0].GetUint() > span[1].GetUint())
      r.fail("'evidence' is not [begin, end]");
    ev.evidence = {span[0].GetUint(), span[1].GetUint()};
    ev.text = r.str(e, "text");
    ev.verb = r.str(e, "verb");
    ev.content = r.str(e, "content");
    for (const auto& c : r.array(e, "citations").GetArray()) {
      if (!c.IsInt()) r.fail("'citations' holds a non-integer");
      ev.citations.push_back(c.GetInt());
    }
    ev.date_basis = r.named<core::DateBasis>(e, "date_basis", 7);
    std::string strength = r.str(e, "strength");
    int si = 0;
    while (si < 4 && strength != to_string(Strength(si))) ++si;
    if (si == 4) r.fail("'strength' has no value '" + strength + "'");
    ev.strength = Strength(si);
    f.events.push_back(std::move(ev));
  }
  return f;
}

bool fragment_order(std::string_view id_a, std::string_view path_a, std::string_view line_a, std::string_view id_b,
                    std::string_view path_b, std::string_view line_b) {
  if (id_a != id_b) return id_a < id_b;
  if (path_a != path_b) return path_a < path_b;
  return line_a < line_b;
}

void FragmentSet::insert(std::string line, const std::string& file, long line_no) {
  Fragment f = parse_fragment(line, file, line_no);  // a bad line fails here, naming its file and line
  items_.push_back({std::move(f.id), std::move(f.path), std::move(line)});
}

void FragmentSet::read(std::istream& in, const std::string& file) {
  std::string line;
  for (long n = 1; std::getline(in, line); ++n)
    if (!line.empty()) insert(std::move(line), file, n);
  if (in.bad()) throw core::Error(file, "cannot read");
}

std::vector<const FragmentSet::Item*> FragmentSet::ordered() const {
  std::vector<const Item*> out;
  out.reserve(items_.size());
  for (const auto& i : items_) out.push_back(&i);
  auto before = [](const Item* a, const Item* b) { return fragment_order(a->id, a->path, a->line, b->id, b->path, b->line); };
  std::sort(out.begin(), out.end(), before);
  out.erase(std::unique(out.begin(), out.end(), [](const Item* a, const Item* b) { return a->line == b->line; }), out.end());
  return out;
}

void FragmentSet::write(std::ostream& out) const {
  for (const Item* i : ordered()) out << i->line << '\n';
}

size_t FragmentSet::fold_into(Graph& g) const {
  size_t added = 0;
  for (const Item* i : ordered()) added += g.add(parse_fragment(i->line)) ? 1 : 0;
  return added;
}

}  // namespace ng::graph
