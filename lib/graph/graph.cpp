#include "graph/graph.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <new>
#include <set>
#include <string_view>
#include <tuple>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "core/calendar.h"
#include "core/error.h"
#include "core/io.h"
#include "graph/fragment.h"

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

void insert_sorted(std::vector<CompactString>& v, std::string_view s) {
  auto it = std::lower_bound(v.begin(), v.end(), s);
  if (it == v.end() || *it != s) v.insert(it, CompactString(s));
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


std::vector<std::string> split_slug(const std::string& slug) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < slug.size()) {
    size_t end = slug.find('-', start);
    if (end == std::string::npos) end = slug.size();
    if (end > start) out.push_back(slug.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// A person's name as merging sees it: title words before it and generational suffixes
// after it dropped; the first word, the surname (the last word) and the words between
// them that are not particles ("bin", "von der", "Al"): middle names, initials and, in
// Arabic names, the patronymic chain ("Mohammed bin Zayed bin Sultan Al Nahyan": zayed,
// sultan).
struct PersonName {
  std::string first, surname;
  std::vector<std::string> middle;
  size_t words = 0;
  bool particles = false;  // some word of the name is a particle
};

bool is_particle(const Knowledge* k, const std::string& w, bool may_be_name) {
  if (!k) return false;
  return k->particles.count(w) || (may_be_name && k->particle_names.count(w));
}

PersonName person_name(std::string_view name, const Knowledge* k) {
  std::vector<std::string> w = split_slug(name_slug(name));
  size_t begin = 0;
  if (k && !k->titles.empty()) {
    for (bool more = true; more && begin + 1 < w.size();) {
      more = false;
      std::string phrase;
      size_t longest = 0;
      // Phrases of at most title_words words: a run-on name ("Putin Putin ...") costs
      // linear time, not the square of its length.
      size_t stop = w.size() - 1;
      if (k->title_words) stop = std::min(stop, begin + k->title_words);
      for (size_t i = begin; i < stop; ++i) {  // keep at least one word
        phrase += (i > begin ? "-" : "") + w[i];
        if (k->titles.count(phrase)) longest = i + 1;
      }
      if (longest) begin = longest, more = true;
    }
  }
  size_t end = w.size();
  while (end > begin + 1 && (w[end - 1] == "jr" || w[end - 1] == "sr" || w[end - 1] == "ii" || w[end - 1] == "iii"))
    --end;
  PersonName p;
  if (end <= begin) return p;
  p.surname = w[end - 1];
  p.words = end - begin;
  // A surname's particle is no first name ("De Mel", "von der Leyen"); particles that are
  // also first names ("Van", "Al") may be one.
  bool particle = is_particle(k, w[begin], false);
  if (p.words >= 2 && !particle) p.first = w[begin];
  for (size_t i = begin; i < end; ++i) p.particles = p.particles || is_particle(k, w[i], true);
  for (size_t i = begin + (p.first.empty() ? 0 : 1); i + 1 < end; ++i)
    if (!is_particle(k, w[i], true)) p.middle.push_back(w[i]);
  return p;
}

// The key under which spellings of one name meet: letters doubled by a transliteration
// written once ("Zelenskyy" / "Zelensky", "Mohammed" / "Mohamed"), and a final "iy" as
// "y" ("Zelenskiy").
std::string spelling_key(const std::string& surname) {
  std::string k;
  k.reserve(surname.size());
  for (char c : surname)
    if (k.empty() || k.back() != c) k += c;
  if (k.size() > 4 && k.compare(k.size() - 2, 2, "iy") == 0) k.erase(k.size() - 2, 1);
  return k;
}

// A looser key for transliterations that differ in their vowels ("Muhammad" /
// "Mohammed"): every run of vowels as one "a", doubled letters once. Used only where the
// rest of the name (the patronymic chain) agrees.
std::string vowel_key(const std::string& name) {
  std::string k;
  for (char c : name) {
    bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    char x = vowel ? 'a' : c;
    if (k.empty() || k.back() != x) k += x;
  }
  return k;
}

// Two people's surnames may name one person: the same, or spellings of one name (same
// spelling_key, five letters or more).
bool surnames_agree(const PersonName& a, const PersonName& b) {
  if (a.surname == b.surname) return true;
  return a.surname.size() >= 5 && spelling_key(a.surname) == spelling_key(b.surname);
}

// The formal first name an English short form stands for ("joe" -> "joseph"), or the
// name itself. General knowledge of common hypocorisms, as name_slug()s.
std::string_view formal_first_name(std::string_view n) {
  static constexpr std::pair<std::string_view, std::string_view> kShort[] = {
      {"abe", "abraham"},     {"al", "albert"},       {"alex", "alexander"}, {"andy", "andrew"},
      {"ben", "benjamin"},    {"bill", "william"},    {"billy", "william"},  {"bob", "robert"},
      {"bobby", "robert"},    {"chris", "christopher"}, {"chuck", "charles"}, {"dan", "daniel"},
      {"danny", "daniel"},    {"dave", "david"},      {"dick", "richard"},   {"don", "donald"},
      {"ed", "edward"},       {"eddie", "edward"},    {"fred", "frederick"}, {"greg", "gregory"},
      {"hank", "henry"},      {"jack", "john"},       {"jake", "jacob"},     {"jim", "james"},
      {"jimmy", "james"},     {"joe", "joseph"},      {"jon", "jonathan"},   {"ken", "kenneth"},
      {"larry", "lawrence"},  {"liz", "elizabeth"},   {"matt", "matthew"},   {"mike", "michael"},
      {"nick", "nicholas"},   {"pat", "patrick"},     {"pete", "peter"},     {"phil", "philip"},
      {"rick", "richard"},    {"rob", "robert"},      {"ron", "ronald"},     {"sam", "samuel"},
      {"steve", "steven"},    {"sue", "susan"},       {"ted", "edward"},     {"tom", "thomas"},
      {"tony", "antony"},     {"will", "william"}};
  for (const auto& [nick, formal] : kShort)
    if (n == nick) return formal;
  if (n == "anthony") return "antony";  // one name, two spellings
  if (n == "stephen") return "steven";
  return n;
}

// "Antony" and "Antony", "A" and "Antony", "Joe" and "Joseph", "Mohammed" and "Mohamed",
// or either unknown.
bool first_names_agree(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == b) return true;
  if (formal_first_name(a) == formal_first_name(b)) return true;
  if (a.size() == 1) return b[0] == a[0];
  if (b.size() == 1) return a[0] == b[0];
  return a.size() >= 4 && spelling_key(a) == spelling_key(b);
}

// One middle word and another: the same spelling, or an initial and a name it begins.
bool middle_words_agree(const std::string& a, const std::string& b) {
  if (a.size() == 1 || b.size() == 1) return a[0] == b[0];
  return spelling_key(a) == spelling_key(b);
}

// Whether two names' middle words can be one person's: word by word as far as both go
// ("Zayed" and "Zayed Sultan"; "R." and none), never "W." against "H. W." or "Salman"
// against "Nayef". `shared` tells whether at least one word was compared.
bool middles_agree(const PersonName& a, const PersonName& b, bool* shared = nullptr) {
  size_t n = std::min(a.middle.size(), b.middle.size());
  for (size_t i = 0; i < n; ++i)
    if (!middle_words_agree(a.middle[i], b.middle[i])) return false;
  if (shared) *shared = n > 0;
  return true;
}

// The whole test for two full or partial names of one person: surnames, first names
// (or, where the middle chain agrees and is given on both sides, first names that differ
// only in vowels: "Muhammad bin Zayed" / "Mohamed bin Zayed") and middle words.
bool names_agree(const PersonName& a, const PersonName& b) {
  if (!surnames_agree(a, b)) return false;
  bool shared = false;
  if (!middles_agree(a, b, &shared)) return false;
  if (first_names_agree(a.first, b.first)) return true;
  return shared && a.first.size() >= 4 && vowel_key(a.first) == vowel_key(b.first);
}

// The initials of a name of two or more significant words ("democratic-peoples-
// republic-of-korea" -> "dprk"), or "". Places only: an organisation's initials are no
// evidence without an article or table that gives both ("EC" is many bodies).
std::string initials(const std::string& slug) {
  std::string out;
  size_t words = 0;
  for (const auto& w : split_slug(slug)) {
    if (w == "of" || w == "the" || w == "and" || w == "for" || w == "de" || w == "on" || w == "in") continue;
    if (w[0] == '%') return "";
    out += w[0];
    ++words;
  }
  return words >= 2 ? out : "";
}

// Whether two ISO dates may name the same time: equal, one inside the other's precision
// ("2026-01" and "2026-01-22"), or a day inside an interval.
bool dates_compatible(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  size_t slash = b.find('/');
  std::string first = b.substr(0, slash), last = slash == std::string::npos ? b : b.substr(slash + 1);
  return date_in_range(a, first, last) && (a.find('/') != std::string::npos || slash != std::string::npos ||
                                           a.compare(0, std::min(a.size(), b.size()), b, 0, std::min(a.size(), b.size())) == 0);
}

bool shares_article(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  const auto& small = a.size() < b.size() ? a : b;
  const auto& large = a.size() < b.size() ? b : a;
  for (uint32_t x : small)
    if (std::binary_search(large.begin(), large.end(), x)) return true;
  return false;
}

// The participant part of a meeting key: after its last '/'.
std::string people_of(const std::string& key) { return key.substr(key.rfind('/') + 1); }
}  // namespace

struct SharedText::Block {
  std::atomic<uint32_t> refs;
  uint32_t size;
  char* bytes() { return reinterpret_cast<char*>(this + 1); }
};

SharedText::SharedText(std::string_view s) {
  if (s.empty()) return;
  if (s.size() >= 0xFFFFFFFFu) throw core::Error("graph: a text of 4 GB or more");
  void* p = ::operator new(sizeof(Block) + s.size());
  block_ = new (p) Block{{1}, uint32_t(s.size())};
  std::memcpy(block_->bytes(), s.data(), s.size());
  size_ = uint32_t(s.size());
}

void SharedText::hold() const noexcept {
  if (block_) block_->refs.fetch_add(1, std::memory_order_relaxed);
}

void SharedText::release() noexcept {
  if (block_ && block_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    block_->~Block();
    ::operator delete(block_);
  }
  block_ = nullptr;
}

std::string_view SharedText::view() const {
  return block_ ? std::string_view(block_->bytes() + begin_, size_) : std::string_view();
}

SharedText SharedText::find_part(std::string_view sub) const {
  if (sub.empty()) return SharedText();
  size_t at = view().find(sub);
  if (at == std::string_view::npos) return SharedText(sub);
  SharedText out(*this);
  out.begin_ = begin_ + uint32_t(at);
  out.size_ = uint32_t(sub.size());
  return out;
}

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
    if (c == ' ' || c == '-' || c == '_' || c == ',' || c == '\t' || c == '\n' || c == '\r') {
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

std::pair<std::string, std::string> date_bounds(std::string_view date) {
  size_t slash = date.find('/');
  std::string_view a = date.substr(0, slash), b = slash == std::string_view::npos ? a : date.substr(slash + 1);
  // the first (last = false) or last day of a YYYY, YYYY-MM or YYYY-MM-DD
  auto day = [](std::string_view d, bool last) -> std::string {
    auto digits = [&](size_t at, size_t n) {
      int v = 0;
      for (size_t i = at; i < at + n; ++i) {
        if (i >= d.size() || d[i] < '0' || d[i] > '9') return -1;
        v = v * 10 + (d[i] - '0');
      }
      return v;
    };
    int y = digits(0, 4), m = 0, dd = 0;
    if (y < 0) return "";
    if (d.size() == 4) m = last ? 12 : 1;
    else if (d.size() == 7 && d[4] == '-') m = digits(5, 2);
    else if (d.size() == 10 && d[4] == '-' && d[7] == '-') m = digits(5, 2), dd = digits(8, 2);
    else return "";
    if (m < 1 || m > 12) return "";
    if (d.size() < 10) dd = last ? core::days_in_month(y, m) : 1;
    if (!core::valid_date(y, m, dd)) return "";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, dd);
    return buf;
  };
  std::string first = day(a, false), last = day(b, true);
  if (first.empty() || last.empty() || last < first) return {"", ""};
  return {first, last};
}

const char* to_string(Strength s) {
  switch (s) {
    case Strength::Inferred: return "inferred";
    case Strength::Attributed: return "attributed";
    case Strength::Direct: return "direct";
    case Strength::Corroborated: return "corroborated";
  }
  return "direct";
}

core::DateBasis date_basis(const Node& event) {
  core::DateBasis best = core::DateBasis::None;
  if (event.date.empty()) return best;
  for (const Report& r : event.reports)
    if (r.date == event.date && r.date_basis != core::DateBasis::None && (best == core::DateBasis::None || r.date_basis < best))
      best = r.date_basis;
  return best;
}

Strength strength(const Node& event) {
  Strength best = Strength::Inferred;
  uint32_t first_article = UINT32_MAX;
  bool two = false;
  for (const Report& r : event.reports) {
    best = std::max(best, r.strength);
    if (r.strength == Strength::Inferred) continue;
    if (first_article == UINT32_MAX) first_article = r.article;
    else two |= r.article != first_article;
  }
  return two ? Strength::Corroborated : best;
}

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

void HashIndex::insert(uint64_t hash, uint32_t value) {
  if ((size_ + 1) * 4 > slots_.size() * 3) reserve(std::max<size_t>(12, (size_ + 1) * 2));
  uint32_t tag = tag_of(hash);
  size_t i = home(tag);
  while (slots_[i].value != kEmpty) i = next(i);
  slots_[i] = {tag, value};
  ++size_;
}

void HashIndex::reserve(size_t n) {
  // at most three in four slots taken: linear probing stays short, and a table of
  // millions of keys takes half the room of one kept at most half full
  size_t slots = std::max<size_t>(16, (n * 4 + 2) / 3);
  if (slots <= slots_.size()) return;
  if (slots > 0xFFFFFFFFu) throw core::Error("graph: an index of more than 2^32 slots");
  std::vector<Slot> old(slots);
  old.swap(slots_);
  for (const Slot& s : old) {
    if (s.value == kEmpty) continue;
    size_t i = home(s.tag);
    while (slots_[i].value != kEmpty) i = next(i);
    slots_[i] = s;
  }
}

NodeStore::NodeStore(const NodeStore& other) {
  resize(other.size_);
  for (size_t i = 0; i < size_; ++i) (*this)[i] = other[i];
}

NodeStore& NodeStore::operator=(const NodeStore& other) {
  if (this != &other) {
    NodeStore copy(other);
    swap(copy);
  }
  return *this;
}

void NodeStore::push_back(Node n) {
  resize(size_ + 1);
  (*this)[size_ - 1] = std::move(n);
}

void NodeStore::resize(size_t n) {
  while (blocks_.size() << kShift < n) blocks_.push_back(std::make_unique<Node[]>(kBlock));
  size_ = std::max(size_, n);
}

namespace {
uint64_t hash_of(std::string_view s) { return std::hash<std::string_view>()(s); }
}  // namespace

uint32_t KeyedLists::key_id(std::string_view key, uint64_t hash) const {
  auto k = index_.find(hash, [&](uint32_t id) { return keys_[id] == key; });
  return k ? *k : kNone;
}

void KeyedLists::add(std::string_view key, uint32_t v) {
  uint64_t h = hash_of(key);
  uint32_t k = key_id(key, h);
  if (entries_.size() >= kNone - 1) throw core::Error("graph: a merge index of 2^32 entries");
  uint32_t e = uint32_t(entries_.size());
  if (k == kNone) {
    k = uint32_t(keys_.size());
    keys_.emplace_back(key);
    ends_.emplace_back(e, e);
    index_.insert(h, k);
  } else {
    for (uint32_t at = ends_[k].first; at != kNone; at = entries_[at].next)
      if (entries_[at].value == v) return;
    entries_[ends_[k].second].next = e;
    ends_[k].second = e;
  }
  entries_.push_back({v, kNone});
}

KeyedLists::List KeyedLists::find(std::string_view key) const {
  uint32_t k = key_id(key, hash_of(key));
  return List(&entries_, k == kNone ? kNone : ends_[k].first);
}

std::optional<Vertex> Graph::find(std::string_view key) const {
  auto v = by_key_.find(hash_of(key), [&](uint32_t x) { return nodes_[x].key == key; });
  if (!v) return std::nullopt;
  return Vertex(*v);
}

std::vector<Vertex> Graph::sorted_vertices() const {
  std::vector<Vertex> out(size());
  for (size_t i = 0; i < out.size(); ++i) out[i] = i;
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    const Node &x = nodes_[a], &y = nodes_[b];
    return x.kind != y.kind ? x.kind < y.kind : x.key < y.key;
  });
  return out;
}

Vertex Graph::add_node(Node n) {
  if (n.key.empty()) throw core::Error("graph: a node needs a key");
  if (find(n.key)) throw core::Error("graph: duplicate node key '" + n.key + "'");
  if (size() >= 0x7FFFFFFFu) throw core::Error("graph: too many nodes");  // vertices are int32 in nodes
  uint64_t h = hash_of(n.key);
  Vertex v = boost::add_vertex(g());
  nodes_.push_back(std::move(n));
  by_key_.insert(h, uint32_t(v));
  return v;
}

Vertex Graph::add_nodes(std::vector<Node> nodes) {
  Vertex first = size();
  if (first + nodes.size() >= 0x7FFFFFFFu) throw core::Error("graph: too many nodes");
  if (first == 0) {
    adj_ = std::make_unique<Adjacency>(nodes.size());
  } else {
    for (size_t i = 0; i < nodes.size(); ++i) boost::add_vertex(g());
  }
  nodes_.resize(first + nodes.size());
  by_key_.reserve(by_key_.size() + nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].key.empty()) throw core::Error("graph: a node needs a key");
    if (find(nodes[i].key)) throw core::Error("graph: duplicate node key '" + nodes[i].key + "'");
    uint64_t h = hash_of(nodes[i].key);
    nodes_[first + i] = std::move(nodes[i]);
    by_key_.insert(h, uint32_t(first + i));
  }
  return first;
}

void Graph::link(Vertex event, Vertex entity, Link l) {
  auto out = boost::out_edges(event, g());
  for (auto e = out.first; e != out.second; ++e)
    if (boost::target(*e, g()) == entity && g()[*e].relation == l.relation && g()[*e].role == l.role) return;
  boost::add_edge(event, entity, l, g());
}

void Graph::reserve_links(const std::vector<uint32_t>& degree) {
  for (size_t v = 0; v < degree.size() && v < size(); ++v)
    if (degree[v]) g().out_edge_list(v).reserve(g().out_edge_list(v).size() + degree[v]);
}

uint32_t Graph::add_article(Article a) {
  uint64_t h = hash_of(a.hash);
  if (auto old = article_by_hash_.find(h, [&](uint32_t i) { return articles_[i].id == a.id && articles_[i].hash == a.hash; }))
    return *old;
  uint32_t index = uint32_t(articles_.size());
  article_by_hash_.insert(h, index);
  article_keys_.insert(hash_of(a.key), index);
  articles_.push_back(std::move(a));
  return index;
}

void Graph::check_loaded() const {
  static constexpr std::string_view kArticle = "article/";
  for (const Article& a : articles_)
    if (a.key.size() <= kArticle.size() || a.key.compare(0, kArticle.size(), kArticle) != 0)
      throw core::Error("article key '" + a.key + "' is not article/<id>");
  auto entity = [&](Vertex from, int64_t v, const char* what) {
    if (v >= 0 && !is_entity(node(Vertex(v)).kind))
      throw core::Error("node " + node(from).key + " has " + what + " " + node(Vertex(v)).key + ", which is no person, organization or place");
  };
  for (Vertex v = 0; v < size(); ++v) {
    const Node& n = node(v);
    entity(v, n.country, "country");
    entity(v, n.place, "place");
    for (const Report& r : n.reports) entity(v, r.place, "reported place");
    for (auto [e, end] = boost::out_edges(v, g()); e != end; ++e) {
      Vertex to = boost::target(*e, g());
      if (is_event(n.kind) == is_event(node(to).kind))
        throw core::Error("node " + n.key + " links to " + node(to).key + ": a link joins an event to a person, organization or place");
    }
  }
}

Vertex Graph::find_or_add(NodeKind kind, std::string key) {
  if (auto found = find(key)) return *found;
  Node n;
  n.kind = kind;
  n.key = std::move(key);
  return add_node(std::move(n));
}

Graph::Graph(std::shared_ptr<const Knowledge> knowledge) : knowledge_(std::move(knowledge)) {}

Graph::Graph(const Graph& o)
    : by_key_(o.by_key_),
      articles_(o.articles_),
      article_by_hash_(o.article_by_hash_),
      article_keys_(o.article_keys_),
      knowledge_(o.knowledge_),
      indexed_(o.indexed_),
      by_surname_(o.by_surname_),
      by_alias_(o.by_alias_),
      by_people_(o.by_people_),
      years_(o.years_),
      nodes_(o.nodes_) {
  adj_ = std::make_unique<Adjacency>(*o.adj_);
}

Graph& Graph::operator=(const Graph& o) {
  if (this != &o) {
    Graph copy(o);
    swap(copy);
  }
  return *this;
}

void Graph::swap(Graph& o) noexcept {
  adj_.swap(o.adj_);
  std::swap(by_key_, o.by_key_);
  articles_.swap(o.articles_);
  std::swap(article_by_hash_, o.article_by_hash_);
  std::swap(article_keys_, o.article_keys_);
  knowledge_.swap(o.knowledge_);
  std::swap(indexed_, o.indexed_);
  by_surname_.swap(o.by_surname_);
  by_alias_.swap(o.by_alias_);
  by_people_.swap(o.by_people_);
  years_.swap(o.years_);
  nodes_.swap(o.nodes_);
}

void Graph::release_merge_indexes() {
  // swap with empty containers: clear() keeps an unordered_map's buckets
  by_surname_ = KeyedLists();
  by_alias_ = KeyedLists();
  by_people_ = KeyedLists();
  decltype(years_)().swap(years_);
  indexed_ = 0;
#ifdef __GLIBC__
  // their many small blocks lie between the nodes' in the heap: give the free pages back
  // now, or the writer's large arrays would come on top of them
  malloc_trim(0);
#endif
}

void Graph::index_names(Vertex v, const std::string& name) {
  const Node& n = nodes_[v];
  if (n.kind == NodeKind::Person) {
    PersonName p = person_name(name, knowledge_.get());
    if (!p.surname.empty()) by_surname_.add(spelling_key(p.surname), uint32_t(v));
    if (!p.first.empty() && p.first.size() > 1)
      by_surname_.add("^" + spelling_key(p.first), uint32_t(v));  // family name first
    return;
  }
  std::string slug = name_slug(name);
  if (slug.empty()) return;
  by_alias_.add(key_prefix(n.kind) + slug, uint32_t(v));
  // "G-7" is also found as "G7" (an acronym's spellings); a name that is its own key
  // is indexed once.
  std::string acro = acronym_key(name);
  if (acro != slug) by_alias_.add(key_prefix(n.kind) + std::string("~") + acro, uint32_t(v));
  if (n.kind != NodeKind::Place) return;
  std::string init = initials(slug);
  if (!init.empty()) by_alias_.add(key_prefix(n.kind) + std::string("^") + init, uint32_t(v));
}

void Graph::catch_up() {
  for (; indexed_ < size(); ++indexed_) {
    Vertex v = indexed_;
    const Node& n = nodes_[v];
    if (is_entity(n.kind)) {
      index_names(v, n.name);
      for (const auto& a : n.aliases) index_names(v, a);
      for (uint32_t a : n.articles) note_year(v, a);
    } else if (n.kind == NodeKind::Meeting) {
      by_people_.add(people_of(n.key), uint32_t(v));
    }
  }
}

namespace {
// The year of an ISO date, or -1.
int year_of(const std::string& date) {
  if (date.size() < 4) return -1;
  int y = 0;
  for (int i = 0; i < 4; ++i) {
    if (date[i] < '0' || date[i] > '9') return -1;
    y = y * 10 + (date[i] - '0');
  }
  return y;
}

// Whether `names` (a name and its aliases) show a title that stands before a given name
// ("King Faisal", job title "Sheikh") right before `name`: then `name` alone is a given
// name, no surname.
template <class Names>
bool given_name_titled(const Knowledge* k, std::string_view name, std::string_view job_title, const Names& aliases) {
  if (!k || k->given_name_titles.empty()) return false;
  if (!job_title.empty() && k->given_name_titles.count(name_slug(job_title))) return true;
  std::string slug = name_slug(name);
  for (const auto& a : aliases) {
    std::string s = name_slug(a);
    if (s.size() > slug.size() + 1 && s.compare(s.size() - slug.size(), slug.size(), slug) == 0 &&
        s[s.size() - slug.size() - 1] == '-' && k->given_name_titles.count(s.substr(0, s.size() - slug.size() - 1)))
      return true;
  }
  return false;
}

// Name slugs of more than one word among a name and its aliases ("G-7" is one short
// token, not a long name): the long forms that tell two organisations apart when they
// share an acronym.
template <class Names>
std::vector<std::string> long_names(std::string_view name, const Names& aliases) {
  std::vector<std::string> out;
  auto add = [&](std::string_view n) {
    if (acronym_key(n).find('-') != std::string::npos) out.push_back(name_slug(n));
  };
  add(name);
  for (const auto& a : aliases) add(a);
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

void Graph::note_year(Vertex v, uint32_t article) {
  int y = year_of(articles_[article].date);
  if (y < 0) return;
  if (years_.size() <= v) years_.resize(v + 1, {0, 0});
  auto& [first, last] = years_[v];
  if (first == 0 || y < first) first = y;
  if (last == 0 || y > last) last = y;
}

// How far in years the article is from the dated articles that name `v`: 0 inside their
// span, -1 when either side has no date.
int Graph::years_apart(Vertex v, uint32_t article) const {
  int y = year_of(articles_[article].date);
  if (y < 0 || v >= years_.size() || years_[v].first == 0) return -1;
  if (y < years_[v].first) return years_[v].first - y;
  return y > years_[v].second ? y - years_[v].second : 0;
}

std::optional<Vertex> Graph::merge_target(const Fragment::Entity& e, NodeKind kind, uint32_t article,
                                          const std::vector<int64_t>& context) const {
  std::vector<Vertex> cands;
  if (kind == NodeKind::Person) {
    PersonName p = person_name(e.name, knowledge_.get());
    if (p.surname.empty()) return std::nullopt;
    // A given name alone after "King" or "Sheikh" is no surname: it joins nobody by it.
    if (p.words < 2 && given_name_titled(knowledge_.get(), e.name, e.job_title, e.aliases)) return std::nullopt;
    std::vector<Vertex> named, bare;  // candidates with a first name, and surname-only ones
    for (Vertex c : by_surname_.find(spelling_key(p.surname))) {
      const Node& n = nodes_[c];
      PersonName q = person_name(n.name, knowledge_.get());
      if (!names_agree(p, q)) continue;
      if (q.words < 2 && given_name_titled(knowledge_.get(), n.name, n.job_title, n.aliases)) continue;
      (q.first.empty() ? bare : named).push_back(c);
    }
    if (!p.first.empty()) cands = named.size() == 1 || (named.empty() && bare.size() == 1) ? (named.empty() ? bare : named)
                                                                                          : named;
    else {
      cands = named;
      cands.insert(cands.end(), bare.begin(), bare.end());
    }
    if (cands.empty()) {
      // A family name written first ("Xi" beside "Xi Jinping"): a bare name and a full
      // name whose first word it is are one person only where the article's other
      // entities point to them, and only in names of two or three words without
      // particles (the first word of "Abdullah bin Zayed" is his given name).
      std::vector<Vertex> first_word;
      for (Vertex c : by_surname_.find(p.first.empty() ? "^" + spelling_key(p.surname) : spelling_key(p.first))) {
        PersonName q = person_name(nodes_[c].name, knowledge_.get());
        const PersonName& full = p.first.empty() ? q : p;
        if (full.particles || full.words > 3) continue;
        if (p.first.empty()
                ? (q.first.size() > 1 && spelling_key(q.first) == spelling_key(p.surname))
                : (q.first.empty() && spelling_key(q.surname) == spelling_key(p.first) &&
                   !given_name_titled(knowledge_.get(), nodes_[c].name, nodes_[c].job_title, nodes_[c].aliases)))
          first_word.push_back(c);
      }
      return best_by_context(e, first_word, context, Support::Context);
    }
    // A surname alone, or an initial, against a name from articles a decade or more away
    // is weak: the same surname decades apart is often another person. Then the people
    // and organisations the article names with it must point to the candidate.
    bool partial = p.first.size() < 2;
    if (cands.size() == 1) {
      PersonName q = person_name(nodes_[cands[0]].name, knowledge_.get());
      partial = partial || q.first.size() < 2;
    }
    if (partial) {
      bool far = false;
      for (Vertex c : cands) {
        int gap = years_apart(c, article);
        far = far || gap >= kFarYears;
      }
      if (far) return best_by_context(e, cands, context, Support::PeopleContext);
    }
  } else {
    std::vector<std::string> names = e.aliases;
    names.push_back(e.name);
    std::vector<std::string> keys;
    for (const auto& name : names) {
      std::string slug = name_slug(name), acro = acronym_key(name);
      if (slug.empty()) continue;
      keys.push_back(key_prefix(kind) + slug);
      if (acro.find('-') == std::string::npos) {
        keys.push_back(key_prefix(kind) + std::string("~") + acro);  // "G7" finds "G-7"
        if (acro != slug) keys.push_back(key_prefix(kind) + acro);     // "G-7" finds "G7"
      }
      if (kind == NodeKind::Place) {  // "DPRK" and the Democratic People's Republic of Korea
        keys.push_back(key_prefix(kind) + std::string("^") + slug);
        std::string init = initials(slug);
        if (!init.empty()) keys.push_back(key_prefix(kind) + init);
      }
      // A known table: "G7" and the Group of Seven.
      if (knowledge_ && kind == NodeKind::Organization) {
        if (auto a = knowledge_->acronyms.find(acro); a != knowledge_->acronyms.end())
          for (const auto& l : a->second) keys.push_back(key_prefix(kind) + l);
        if (auto l = knowledge_->long_forms.find(slug); l != knowledge_->long_forms.end())
          for (const auto& a : l->second) {
            keys.push_back(key_prefix(kind) + a);
            keys.push_back(key_prefix(kind) + std::string("~") + a);
          }
      }
    }
    std::vector<std::string> mine;
    bool mine_known = false;
    for (const std::string& k : keys) {
      KeyedLists::List it = by_alias_.find(k);
      if (it.empty()) continue;
      // A shared name of several words is evidence enough; a short one is checked below.
      bool short_name = k.find('-') == std::string::npos;
      for (Vertex c : it) {
        if (std::find(cands.begin(), cands.end(), c) != cands.end()) continue;
        if (!short_name || kind != NodeKind::Organization) {
          cands.push_back(c);
          continue;
        }
        if (!mine_known) mine = long_names(e.name, e.aliases), mine_known = true;
        // Two bodies with different long forms are two, whatever short name they share
        // ("European Community (EC)" and "Environment Canada (EC)").
        std::vector<std::string> theirs = long_names(nodes_[c].name, nodes_[c].aliases), common;
        std::set_intersection(mine.begin(), mine.end(), theirs.begin(), theirs.end(), std::back_inserter(common));
        // Places have common and official names ("North Korea", "Democratic People's
        // Republic of Korea"), so this holds for organisations only.
        if (!mine.empty() && !theirs.empty() && common.empty() && !long_forms_agree(mine, theirs)) continue;
        cands.push_back(c);
      }
    }
  }
  return best_by_context(e, cands, context, Support::LoneOk);
}

// Whether a known table makes two sets of long names one body's: one of each is a long
// form of the same acronym ("Group of Seven" and "Group of 7" are not; "G7" lists one).
bool Graph::long_forms_agree(const std::vector<std::string>& a, const std::vector<std::string>& b) const {
  if (!knowledge_) return false;
  for (const auto& x : a) {
    auto it = knowledge_->long_forms.find(x);
    if (it == knowledge_->long_forms.end()) continue;
    for (const auto& y : b) {
      auto jt = knowledge_->long_forms.find(y);
      if (jt == knowledge_->long_forms.end()) continue;
      for (const auto& acro : it->second)
        if (std::find(jt->second.begin(), jt->second.end(), acro) != jt->second.end()) return true;
    }
  }
  return false;
}

std::optional<Vertex> Graph::best_by_context(const Fragment::Entity& e, const std::vector<Vertex>& cands,
                                             const std::vector<int64_t>& context, Support support) const {
  if (cands.size() == 1 && support == Support::LoneOk) return cands[0];
  if (cands.empty()) return std::nullopt;
  // The one the article's other entities and job title point to.
  int best = 0;
  std::optional<Vertex> choice;
  bool tie = false;
  for (Vertex c : cands) {
    const Node& n = nodes_[c];
    int score = 0;
    for (int64_t u : context) {
      if (u < 0 || Vertex(u) == c) continue;
      if (support == Support::PeopleContext && nodes_[Vertex(u)].kind == NodeKind::Place) continue;
      if (shares_article(nodes_[Vertex(u)].articles, n.articles)) ++score;
    }
    if (!e.job_title.empty() && e.job_title == n.job_title) ++score;
    if (score > best) best = score, choice = c, tie = false;
    else if (score == best && score > 0) tie = true;
  }
  if (tie) return std::nullopt;
  return choice;
}

Vertex Graph::entity_vertex(const Fragment::Entity& e, uint32_t article, const std::vector<int64_t>& context) {
  NodeKind kind = *entity_kind(e.type);
  std::string key = key_prefix(kind) + name_slug(e.name);
  std::optional<Vertex> v = find(key);
  bool bare_surname = kind == NodeKind::Person && person_name(e.name, knowledge_.get()).words < 2;
  if (!v || bare_surname) {
    if (auto t = merge_target(e, kind, article, context)) v = t;
    // The same bare name decades apart, with nothing else in common, is not taken for
    // one person ("Brandt" of 1987 and "Brandt" of 2024).
    else if (v && bare_surname && years_apart(*v, article) >= kFarYears &&
             !best_by_context(e, {*v}, context, Support::PeopleContext))
      v.reset();
  }
  if (!v) {
    for (int n = 2; find(key); ++n) key = key_prefix(kind) + name_slug(e.name) + "-" + std::to_string(n);
    v = find_or_add(kind, key);
    nodes_[*v].name = e.name;
    index_names(*v, e.name);
  }
  Node& n = nodes_[*v];
  // The fullest name is the canonical one; every other name is an alias.
  auto words = [&](const std::string& name) {
    return kind == NodeKind::Person ? person_name(name, knowledge_.get()).words : split_slug(name_slug(name)).size();
  };
  std::vector<std::string> names = e.aliases;
  names.push_back(e.name);
  for (const auto& name : names) {
    if (name == n.name) continue;
    if (name == e.name && words(name) > words(n.name)) {
      insert_sorted(n.aliases, n.name);
      n.name = name;
    } else {
      insert_sorted(n.aliases, name);
    }
    index_names(*v, name);
  }
  n.aliases.erase(std::remove(n.aliases.begin(), n.aliases.end(), n.name), n.aliases.end());
  if (n.job_title.empty()) n.job_title = e.job_title;
  if (kind == NodeKind::Place && !n.geo && knowledge_) {
    for (const std::string& name : std::vector<std::string>{n.name, e.name}) {
      auto it = knowledge_->places.find(name_slug(name));
      if (it != knowledge_->places.end()) {
        n.geo = it->second;
        break;
      }
    }
  }
  insert_sorted(n.articles, article);
  note_year(*v, article);
  return *v;
}

std::optional<Vertex> Graph::meeting_for(const std::string& people, const std::string& date, uint32_t article,
                                         core::Status status) const {
  KeyedLists::List it = by_people_.find(people);
  if (it.empty() || date.empty()) return std::nullopt;
  auto planned = [](core::Status s) { return s == core::Status::Planned; };
  for (Vertex m : it) {
    if (!dates_compatible(date, nodes_[m].date)) continue;
    // one article that tells of a meeting held and of one planned, by the same people,
    // tells of two meetings ("met on June 27 ... look forward to the next meeting later this year")
    bool other = false;
    for (const Report& r : nodes_[m].reports)
      other = other || (r.article == article && planned(r.status) != planned(status));
    if (!other) return m;
  }
  return std::nullopt;
}

bool Graph::holds_text(std::string_view text) const {
  std::string hash = article_hash(text);
  return article_by_hash_.find(hash_of(hash), [&](uint32_t i) { return articles_[i].hash == hash; }).has_value();
}

bool Graph::add(const core::Document& doc) { return add(fragment_of(doc)); }

bool Graph::add(const Fragment& doc) {
  // the same text under any name (a copy, a wire story sent again) is already here
  if (article_by_hash_.find(hash_of(doc.hash), [&](uint32_t i) { return articles_[i].hash == doc.hash; })) return false;
  Article a;
  a.id = doc.id;
  a.hash = doc.hash;
  a.key = "article/" + name_slug(doc.id);
  if (article_keys_.find(hash_of(a.key), [&](uint32_t i) { return articles_[i].key == a.key; })) a.key += "-" + a.hash;
  a.title = doc.title;
  a.url = doc.url;
  a.license = doc.license;
  a.date = doc.date;
  a.sources = doc.sources;
  const std::string article_key = a.key;
  uint32_t article = add_article(std::move(a));

  // Entities: names the graph already holds first, then other full names, then bare
  // surnames, so that each name that must look at its neighbours finds them placed.
  catch_up();
  std::vector<int64_t> vertex_of(doc.entities.size(), -1);
  for (int pass = 0; pass < 3; ++pass)
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      const Fragment::Entity& e = doc.entities[i];
      if (vertex_of[i] >= 0 || !entity_kind(e.type) || name_slug(e.name).empty()) continue;
      bool bare = e.type == core::EntityType::Person && person_name(e.name, knowledge_.get()).words < 2;
      bool known = !bare && find(key_prefix(*entity_kind(e.type)) + name_slug(e.name)).has_value();
      if (pass != (known ? 0 : bare ? 2 : 1)) continue;
      vertex_of[i] = int64_t(entity_vertex(e, article, vertex_of));
    }
  auto vertex = [&](int32_t entity) -> int64_t {
    return entity >= 0 && size_t(entity) < vertex_of.size() ? vertex_of[entity] : -1;
  };
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    int64_t v = vertex_of[i], c = vertex(doc.entities[i].country);
    if (v < 0 || c < 0 || c == v || nodes_[c].kind != NodeKind::Place) continue;
    if (nodes_[v].country < 0) nodes_[v].country = c;
  }

  // Events. Reports of one sentence share its text.
  std::set<std::tuple<Vertex, uint32_t, uint32_t>> reported;
  std::unordered_map<std::string_view, SharedText> texts;  // keys view the texts' own bytes
  std::vector<Vertex> touched;
  for (const Fragment::Event& ev : doc.events) {
    NodeKind kind = event_kind(ev.kind);
    std::vector<std::pair<Vertex, core::Role>> who;
    for (const auto& arg : ev.participants) {
      int64_t v = vertex(arg.entity);
      if (v < 0) continue;
      bool seen = false;
      for (const auto& w : who) seen = seen || w.first == Vertex(v);
      if (!seen) who.emplace_back(Vertex(v), arg.role);
    }
    std::sort(who.begin(), who.end(), [&](const auto& x, const auto& y) { return nodes_[x.first].key < nodes_[y.first].key; });
    std::string people;
    for (size_t k = 0; k < who.size(); ++k) {
      const std::string& pk = nodes_[who[k].first].key;
      people += (k ? "+" : "") + pk.substr(pk.find('/') + 1);
    }
    if (people.empty()) people = "unnamed";
    if (people.size() > 160) people = people.substr(0, 120) + "+" + article_hash(people);
    std::string key = key_prefix(kind);
    std::string where = name_slug(article_key.substr(8)) + "/" + std::to_string(ev.sentence);
    if (kind == NodeKind::Meeting)
      key += (ev.date.empty() ? "undated/" + where : date_slug(ev.date)) + "/" + people;
    else
      key += where + "/" + people;

    std::optional<Vertex> same =
        kind == NodeKind::Meeting ? meeting_for(people, ev.date, article, ev.status) : std::nullopt;
    bool fresh = !same && !find(key);
    Vertex v = same ? *same : find_or_add(kind, key);
    if (fresh && kind == NodeKind::Meeting) by_people_.add(people, uint32_t(v));
    if (fresh) nodes_[v].date = ev.date;  // settled with the other reports at the end
    Report r;
    r.article = article;
    r.sentence = ev.sentence;
    r.evidence = ev.evidence;
    auto text = texts.find(ev.text);
    if (text == texts.end()) {
      SharedText t(ev.text);
      text = texts.emplace(t.view(), t).first;
    }
    r.text = text->second;
    if (nodes_[v].reports.empty()) nodes_[v].content = r.text.find_part(ev.content);
    for (int m : ev.citations)
      r.citations.push_back({m, m >= 1 && size_t(m) <= doc.sources.size() ? doc.sources[m - 1] : std::string()});
    r.date = ev.date;
    r.status = ev.status;
    r.mode = ev.mode;
    r.place = vertex(ev.place);
    r.verb = ev.verb;
    r.date_basis = ev.date.empty() ? core::DateBasis::None : ev.date_basis;
    r.strength = ev.strength;
    // The article is new to the graph, so only its own reports can repeat this one.
    if (!reported.emplace(v, r.evidence.begin, r.evidence.end).second) continue;
    Node& n = nodes_[v];
    if (r.place >= 0) link(v, Vertex(r.place), {Relation::Location, core::Role::Participant});
    n.reports.push_back(std::move(r));
    insert_sorted(n.articles, article);
    for (const auto& [p, role] : who) link(v, p, {Relation::Participant, role});
    touched.push_back(v);
  }
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (Vertex v : touched) settle(v);
  indexed_ = size();
  return true;
}

void Graph::settle(Vertex v) {
  Node& n = nodes_[v];
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
  n.place = most_supported(places, int64_t(-1), [&](int64_t a, int64_t b) { return b < 0 || nodes_[a].key < nodes_[b].key; });
}

}  // namespace ng::graph

namespace ng::graph {

std::string acronym_key(std::string_view name) {
  std::string slug = name_slug(name);
  if (slug.size() > 9) return slug;
  std::string out;
  size_t part = 0;
  for (char c : slug) {
    if (c == '-') {
      part = 0;
      continue;
    }
    if (++part > 3) return slug;
    out += c;
  }
  return out;
}

namespace {

// strtod's value of `s`, and whether it read all of it; std::from_chars first (both round
// correctly, so they agree wherever from_chars reads the whole string), at a third of the
// cost on the gazetteer's 23,000 cities x 3 numbers.
double read_double(const std::string& s, bool& whole) {
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec == std::errc() && end == s.data() + s.size() && !s.empty()) {
    whole = true;
    return v;
  }
  char* stop = nullptr;
  v = std::strtod(s.c_str(), &stop);
  whole = *stop == 0;
  return v;
}

}  // namespace

Knowledge load_knowledge(const std::string& titles_path, const std::string& gazetteer_path,
                         const std::string& identity_path) {
  Knowledge k;
  auto each_line = [](const std::string& path, auto f) {
    core::for_each_tsv_row(path, [&](const std::vector<std::string>& cols, long line) { f(cols, size_t(line)); });
  };
  if (!titles_path.empty())
    each_line(titles_path, [&](const std::vector<std::string>& cols, size_t line) {
      if (cols.size() < 2) throw core::Error(titles_path, "expected phrase<TAB>kind", long(line));
      if (cols[1] == "title") {
        std::string slug = name_slug(cols[0]);
        k.title_words = std::max(k.title_words, split_slug(slug).size());
        k.titles.insert(std::move(slug));
      }
    });
  if (!identity_path.empty())
    each_line(identity_path, [&](const std::vector<std::string>& cols, size_t line) {
      if (cols.size() < 2 || cols[1].empty()) throw core::Error(identity_path, "expected kind<TAB>phrase", long(line));
      const std::string& kind = cols[0];
      std::string slug = name_slug(cols[1]);
      if (kind == "particle") k.particles.insert(slug);
      else if (kind == "particle_name") k.particle_names.insert(slug);
      else if (kind == "given_title") k.given_name_titles.insert(slug);
      else if (kind == "acronym") {
        if (cols.size() < 3 || cols[2].empty()) throw core::Error(identity_path, "an acronym needs its long form", long(line));
        std::string acro = acronym_key(cols[1]), long_form = name_slug(cols[2]);
        k.acronyms[acro].push_back(long_form);
        k.long_forms[long_form].push_back(acro);
      } else {
        throw core::Error(identity_path, "kind must be particle, particle_name, given_title or acronym", long(line));
      }
    });
  if (!gazetteer_path.empty()) {
    std::unordered_map<std::string, double> population;
    each_line(gazetteer_path, [&](const std::vector<std::string>& cols, size_t line) {
      if (cols.size() < 2 || cols[1] != "city") return;
      if (cols.size() < 6) throw core::Error(gazetteer_path, "a city needs country, latitude, longitude, population", long(line));
      bool lat_read = false, lon_read = false, pop_read = false;
      double lat = read_double(cols[3], lat_read);
      double lon = read_double(cols[4], lon_read);
      bool ok = lat_read && lon_read && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
      if (!ok) throw core::Error(gazetteer_path, "bad coordinates", long(line));
      double pop = read_double(cols[5], pop_read);
      std::string slug = name_slug(cols[0]);
      auto [it, fresh] = population.emplace(slug, pop);
      if (fresh || pop > it->second) {
        it->second = pop;
        k.places[slug] = {lat, lon};
      }
    });
  }
  return k;
}

}  // namespace ng::graph
