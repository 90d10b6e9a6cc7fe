#include "graph/snapshot.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ostream>
#include <tuple>
#include <unordered_map>

#include "core/error.h"

namespace ng::graph {
namespace {

constexpr char kMagic[8] = {'N', 'G', 'S', 'N', 'A', 'P', '\r', '\n'};
constexpr uint32_t kVersion = 2;  // 2: reports carry date basis and strength
constexpr uint32_t kByteOrder = 0x01020304;
constexpr size_t kHeaderSize = 64;
constexpr size_t kChecksumEnd = 24;  // the checksum covers every byte from here on
constexpr uint32_t kNone = 0xFFFFFFFFu;
constexpr size_t kCounts = 10;

// Fixed-width records. Their layout is the file format: change them only with kVersion.
struct ArticleRec {
  uint32_t key, id, title, url, license, date, hash, sources;  // sources: how many ids follow in the article source array
};
struct NodeRec {
  uint8_t kind, status, mode, has_geo;
  uint32_t key, name, job_title, date, content;
  uint32_t country, place;  // new vertex or kNone
  uint32_t aliases, articles, reports, pad;
  double latitude, longitude;
};
struct ReportRec {
  uint32_t article, sentence, begin, end, text, date, verb, place, citations;
  uint8_t status, mode, date_basis, strength;
};
struct CitationRec {
  int32_t marker;
  uint32_t source;
};
struct EdgeRec {
  uint32_t event, entity;
  uint8_t relation, role, pad[2];
};
static_assert(sizeof(ArticleRec) == 32 && sizeof(NodeRec) == 64 && sizeof(ReportRec) == 40 &&
                  sizeof(CitationRec) == 8 && sizeof(EdgeRec) == 12,
              "snapshot records must keep their file layout");

// The hash: four lanes over 32-byte blocks, then the tail; streaming gives the same
// value as one call over all the bytes.
constexpr uint64_t kP1 = 0x9E3779B185EBCA87ull, kP2 = 0xC2B2AE3D27D4EB4Full, kP3 = 0x165667B19E3779F9ull;
inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
inline uint64_t word(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// Writes a snapshot's bytes in order to `put` (a callable taking pointer and size),
// keeping the position (for alignment) and, when `hash`, the checksum of every byte from
// kChecksumEnd on.
template <class Put>
class Out {
 public:
  Out(Put put, bool hash) : put_(put), hash_(hash) {}
  void raw(const void* p, size_t n) {
    if (hash_ && pos_ >= kChecksumEnd) hasher_.update(std::string_view(static_cast<const char*>(p), n));
    put_(static_cast<const char*>(p), n);
    pos_ += n;
  }
  void align() {
    static constexpr char kZeros[8] = {};
    raw(kZeros, ((pos_ + 7) & ~uint64_t(7)) - pos_);
  }
  template <class T>
  void put(const T& x) {
    raw(&x, sizeof(T));
  }
  uint64_t pos() const { return pos_; }
  uint64_t checksum() const { return hasher_.finish(); }

 private:
  Put put_;
  bool hash_;
  uint64_t pos_ = 0;
  ContentHasher hasher_;
};

uint32_t narrow(size_t n, const char* what) {
  if (n >= kNone) throw core::Error(std::string("graph snapshot: too many ") + what + " for the format");
  return uint32_t(n);
}

// Interns strings in first-use order: ids 0, 1, ... in the order the writer first meets
// them. Only strings that may repeat go into the index (one flat HashIndex of hashes and
// ordinals rather than a hash map's node per string, and a view of each); a string known
// to be unique (a node or article key) just takes the next id, which its caller keeps. A
// graph of a 1 GB input has some 12 million strings.
class Strings {
 public:
  // The first pass: the id of `s`, a new one at its first use. `s` must outlive this
  // object (the graph's own strings do).
  uint32_t intern(std::string_view s) {
    uint64_t h = std::hash<std::string_view>()(s);
    if (auto k = index_.find(h, [&](uint32_t k) { return views_[k] == s; })) return ids_[*k];
    uint32_t id = next(s);
    index_.insert(h, uint32_t(views_.size()));
    views_.push_back(s);
    ids_.push_back(id);
    return id;
  }
  uint32_t unique(std::string_view s) { return next(s); }
  // The id intern() gave `s`. REQUIRES: intern(s) was called.
  uint32_t id(std::string_view s) const {
    return ids_[*index_.find(std::hash<std::string_view>()(s), [&](uint32_t k) { return views_[k] == s; })];
  }
  void reserve(size_t n) {
    index_.reserve(n);
    views_.reserve(n);
    ids_.reserve(n);
  }
  uint64_t bytes() const { return bytes_; }
  size_t size() const { return size_; }

 private:
  uint32_t next(std::string_view s) {
    narrow(size_ + 1, "strings");
    bytes_ += s.size();
    return uint32_t(size_++);
  }
  HashIndex index_;                          // hash -> ordinal of the string among the interned
  std::vector<std::string_view> views_;      // by ordinal
  std::vector<uint32_t> ids_;                // by ordinal
  size_t size_ = 0;
  uint64_t bytes_ = 0;
};

// Records of one section handed to an Out in pieces of kPiece, so that no section is
// ever whole in memory. The caller flush()es after the last.
template <class T, class O>
class Section {
 public:
  explicit Section(O& out) : out_(out) {
    out_.align();
    buf_.reserve(kPiece);
  }
  void push(const T& x) {
    buf_.push_back(x);
    if (buf_.size() == kPiece) flush();
  }
  void flush() {
    if (!buf_.empty()) out_.raw(buf_.data(), buf_.size() * sizeof(T));
    buf_.clear();
  }

 private:
  static constexpr size_t kPiece = 4096;
  O& out_;
  std::vector<T> buf_;
};

// Reads records from bytes, checking bounds; every failure is an Error naming `what`.
class In {
 public:
  In(std::string_view bytes, const std::string& what) : bytes_(bytes), what_(what) {}
  [[noreturn]] void fail(const std::string& message) const {
    throw core::Error(what_, "not a valid graph snapshot (" + message + ")");
  }
  // The next `n` records of T, 8-byte aligned from the start of the file.
  template <class T>
  const char* take(uint64_t n, const char* name) {
    pos_ = (pos_ + 7) & ~size_t(7);
    if (pos_ > bytes_.size() || n > (bytes_.size() - pos_) / sizeof(T)) fail(std::string("truncated in ") + name);
    const char* p = bytes_.data() + pos_;
    pos_ += size_t(n) * sizeof(T);
    return p;
  }
  void seek(size_t pos) { pos_ = pos; }
  size_t pos() const { return pos_; }
  template <class T>
  static T at(const char* base, size_t i) {
    T x;
    std::memcpy(&x, base + i * sizeof(T), sizeof(T));
    return x;
  }

 private:
  std::string_view bytes_;
  const std::string& what_;
  size_t pos_ = 0;
};

}  // namespace

ContentHasher::ContentHasher() : lane_{kP1 + kP2, kP2, 0, 0 - kP1} {}

void ContentHasher::update(std::string_view bytes) {
  const char* p = bytes.data();
  size_t n = bytes.size();
  total_ += n;
  if (pending_) {
    size_t k = std::min(n, size_t(32) - pending_);
    std::memcpy(buf_ + pending_, p, k);
    pending_ += k, p += k, n -= k;
    if (pending_ < 32) return;
    block(buf_);
    pending_ = 0;
  }
  for (; n >= 32; p += 32, n -= 32) block(p);
  std::memcpy(buf_, p, n);
  pending_ = n;
}

uint64_t ContentHasher::finish() const {
  uint64_t h = rotl(lane_[0], 1) + rotl(lane_[1], 7) + rotl(lane_[2], 12) + rotl(lane_[3], 18) + total_ * kP3;
  size_t i = 0;
  for (; i + 8 <= pending_; i += 8) h = rotl(h ^ (word(buf_ + i) * kP2), 27) * kP1 + kP3;
  for (; i < pending_; ++i) h = rotl(h ^ (uint8_t(buf_[i]) * kP1), 11) * kP2;
  h ^= h >> 33;
  h *= kP2;
  h ^= h >> 29;
  h *= kP3;
  h ^= h >> 32;
  return h;
}

void ContentHasher::block(const char* p) {
  for (int k = 0; k < 4; ++k) lane_[k] = rotl(lane_[k] + word(p + 8 * k) * kP2, 31) * kP1;
}

uint64_t content_hash(std::string_view bytes) {
  ContentHasher h;
  h.update(bytes);
  return h.finish();
}

SourceStamp stamp_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) throw core::Error(path, std::string("cannot open: ") + std::strerror(errno));
  ContentHasher h;
  std::vector<char> buf(size_t(1) << 20);
  SourceStamp s;
  for (;;) {
    ssize_t n = ::read(fd, buf.data(), buf.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int e = errno;
      ::close(fd);
      throw core::Error(path, std::string("read failed: ") + std::strerror(e));
    }
    if (n == 0) break;
    h.update(std::string_view(buf.data(), size_t(n)));
    s.size += uint64_t(n);
  }
  ::close(fd);
  s.hash = h.finish();
  return s;
}

// The snapshot of a graph, made as it is written: the constructor numbers the vertices,
// articles and strings (the first pass over the graph) and counts every section; write()
// goes over the graph again for each section and hands its records on in pieces. So the
// writer holds some 4 bytes per vertex and article and an index of the strings that may
// repeat, never the records (64 bytes a node, 40 a report) nor the string table.
struct SnapshotWriter::Parts {
  const Graph* g = nullptr;
  std::vector<uint32_t> order;        // the vertices in Graph::sorted_vertices() order
  std::vector<uint32_t> new_index;    // vertex -> its position in `order`
  std::vector<uint32_t> art_order;    // articles by key
  std::vector<uint32_t> new_article;  // article -> its position in `art_order`
  std::vector<uint32_t> key_id;       // string id of the key of order[i], then of article art_order[i]
  Strings strings;
  // strings, string bytes, articles, article sources, nodes, aliases, node articles,
  // reports, citations, edges
  uint64_t counts[kCounts] = {};

  uint32_t vertex(int64_t v) const { return v < 0 || size_t(v) >= new_index.size() ? kNone : new_index[size_t(v)]; }
  uint32_t article(uint32_t a) const { return a < new_article.size() ? new_article[a] : kNone; }

  // An event's reports by article key, then position (the JSON-LD's order).
  void sorted_reports(const Node& n, std::vector<const Report*>& out) const {
    out.clear();
    for (const auto& rep : n.reports) out.push_back(&rep);
    std::stable_sort(out.begin(), out.end(), [&](const Report* a, const Report* b) {
      uint32_t x = article(a->article), y = article(b->article);
      return x != y ? x < y : a->evidence < b->evidence;
    });
  }

  // Calls f(std::string_view, unique) for every string of the file in the order the writer first
  // meets them (which numbers them); unique ones (keys) are new wherever they come.
  template <class F>
  void each_string(F f) const {
    const auto& arts = g->articles();
    for (uint32_t a : art_order) {
      const Article& x = arts[a];
      f(x.key, true);
      for (const std::string* s : {&x.id, &x.title, &x.url, &x.license, &x.date, &x.hash}) f(*s, false);
      for (const auto& s : x.sources) f(s, false);
    }
    std::vector<const Report*> reports;
    for (uint32_t v : order) {
      const Node& n = g->node(v);
      f(n.key, true);
      for (std::string_view s :
           {std::string_view(n.name), std::string_view(n.job_title), std::string_view(n.date), n.content.view()})
        f(s, false);
      for (const auto& a : n.aliases) f(a, false);
      sorted_reports(n, reports);
      for (const Report* rep : reports) {
        for (std::string_view s : {rep->text.view(), std::string_view(rep->date), std::string_view(rep->verb)})
          f(s, false);
        for (const auto& c : rep->citations) f(c.source, false);
      }
    }
  }

  // The whole file in order: header, counts, strings, records.
  template <class O>
  void emit(O& out, const SourceStamp& source, uint64_t payload) const {
    out.raw(kMagic, 8);
    out.put(kVersion);
    out.put(kByteOrder);
    out.put(uint64_t(0));  // checksum, written last
    out.put(source.size);
    out.put(source.hash);
    out.put(payload);
    out.put(uint64_t(0));  // reserved
    out.put(uint64_t(0));  // reserved
    if (out.pos() != kHeaderSize) throw core::Error("graph snapshot: header layout");
    out.raw(counts, sizeof counts);
    emit_strings(out);
    emit_articles(out);
    emit_nodes(out);
    emit_reports(out);
    emit_edges(out);
    out.align();
  }

  // The string offsets, then the bytes: each string at its first use.
  template <class O>
  void emit_strings(O& out) const {
    uint64_t next = 0, end = 0;
    auto first_use = [&](std::string_view s, bool unique) {
      if (!unique && strings.id(s) != next) return false;
      ++next;
      return true;
    };
    {
      Section<uint64_t, O> offsets(out);
      offsets.push(0);
      each_string([&](std::string_view s, bool unique) {
        if (first_use(s, unique)) offsets.push(end += s.size());
      });
      offsets.flush();
    }
    next = 0;
    out.align();
    each_string([&](std::string_view s, bool unique) {
      if (first_use(s, unique)) out.raw(s.data(), s.size());
    });
  }

  template <class O>
  void emit_articles(O& out) const {
    const auto& arts = g->articles();
    Section<ArticleRec, O> recs(out);
    for (size_t i = 0; i < art_order.size(); ++i) {
      const Article& x = arts[art_order[i]];
      ArticleRec r{};
      r.key = key_id[order.size() + i], r.id = strings.id(x.id), r.title = strings.id(x.title),
      r.url = strings.id(x.url);
      r.license = strings.id(x.license), r.date = strings.id(x.date), r.hash = strings.id(x.hash);
      r.sources = uint32_t(x.sources.size());
      recs.push(r);
    }
    recs.flush();
    Section<uint32_t, O> sources(out);
    for (uint32_t a : art_order)
      for (const auto& s : arts[a].sources) sources.push(strings.id(s));
    sources.flush();
  }

  template <class O>
  void emit_nodes(O& out) const {
    std::vector<const Report*> reports;
    {
      Section<NodeRec, O> recs(out);
      for (size_t i = 0; i < order.size(); ++i) {
        const Node& n = g->node(order[i]);
        NodeRec r{};
        r.kind = uint8_t(n.kind), r.status = uint8_t(n.status), r.mode = uint8_t(n.mode), r.has_geo = n.geo.has_value();
        r.key = key_id[i], r.name = strings.id(n.name), r.job_title = strings.id(n.job_title);
        r.date = strings.id(n.date), r.content = strings.id(n.content.view());
        r.country = vertex(n.country), r.place = vertex(n.place);
        r.aliases = uint32_t(n.aliases.size()), r.articles = uint32_t(n.articles.size());
        r.reports = uint32_t(n.reports.size());
        if (n.geo) r.latitude = n.geo->latitude, r.longitude = n.geo->longitude;
        recs.push(r);
      }
      recs.flush();
    }
    {
      Section<uint32_t, O> aliases(out);
      for (uint32_t v : order)
        for (const auto& a : g->node(v).aliases) aliases.push(strings.id(a));
      aliases.flush();
    }
    Section<uint32_t, O> articles(out);
    std::vector<uint32_t> as;
    for (uint32_t v : order) {
      as.clear();
      for (uint32_t a : g->node(v).articles) as.push_back(article(a));
      std::sort(as.begin(), as.end());
      for (uint32_t a : as) articles.push(a);
    }
    articles.flush();
  }

  template <class O>
  void emit_reports(O& out) const {
    std::vector<const Report*> reports;
    {
      Section<ReportRec, O> recs(out);
      for (uint32_t v : order) {
        sorted_reports(g->node(v), reports);
        for (const Report* rep : reports) {
          ReportRec q{};
          q.article = article(rep->article);
          q.sentence = rep->sentence, q.begin = rep->evidence.begin, q.end = rep->evidence.end;
          q.text = strings.id(rep->text.view()), q.date = strings.id(rep->date), q.verb = strings.id(rep->verb);
          q.place = vertex(rep->place);
          q.citations = uint32_t(rep->citations.size());
          q.status = uint8_t(rep->status), q.mode = uint8_t(rep->mode);
          q.date_basis = uint8_t(rep->date_basis), q.strength = uint8_t(rep->strength);
          recs.push(q);
        }
      }
      recs.flush();
    }
    Section<CitationRec, O> citations(out);
    for (uint32_t v : order) {
      sorted_reports(g->node(v), reports);
      for (const Report* rep : reports)
        for (const auto& c : rep->citations) citations.push({c.marker, strings.id(c.source)});
    }
    citations.flush();
  }

  // Edges by (event, entity, relation, role): an edge joins an event (or, between two
  // vertices of one class, the one earlier in `order`) to the other end, so each is
  // written from that end's incident edges, sorted.
  template <class O>
  void emit_edges(O& out) const {
    const auto& adj = g->adjacency();
    Section<EdgeRec, O> recs(out);
    std::vector<EdgeRec> local;
    std::vector<const void*> loops;  // self-loops: once, though listed twice
    for (uint32_t i = 0; i < order.size(); ++i) {
      local.clear();
      loops.clear();
      bool a_event = is_event(g->node(order[i]).kind);
      for (auto [e, end] = boost::out_edges(order[i], adj); e != end; ++e) {
        uint32_t b = new_index[boost::target(*e, adj)];
        if (b == i) {
          const void* p = e->get_property();
          if (std::find(loops.begin(), loops.end(), p) != loops.end()) continue;
          loops.push_back(p);
        } else {
          bool b_event = is_event(g->node(order[b]).kind);
          if ((b_event && !a_event) || (a_event == b_event && b < i)) continue;  // written from b
        }
        EdgeRec r{};
        r.event = i, r.entity = b, r.relation = uint8_t(adj[*e].relation), r.role = uint8_t(adj[*e].role);
        local.push_back(r);
      }
      std::sort(local.begin(), local.end(), [](const EdgeRec& x, const EdgeRec& y) {
        return std::tie(x.entity, x.relation, x.role) < std::tie(y.entity, y.relation, y.role);
      });
      for (const EdgeRec& r : local) recs.push(r);
    }
    recs.flush();
  }

  // The file's size, from the counts.
  uint64_t size() const {
    uint64_t pos = kHeaderSize + sizeof counts;
    static constexpr uint64_t kRecord[kCounts] = {sizeof(uint64_t),    1,
                                                  sizeof(ArticleRec),  sizeof(uint32_t),
                                                  sizeof(NodeRec),     sizeof(uint32_t),
                                                  sizeof(uint32_t),    sizeof(ReportRec),
                                                  sizeof(CitationRec), sizeof(EdgeRec)};
    for (size_t i = 0; i < kCounts; ++i) pos = ((pos + 7) & ~uint64_t(7)) + kRecord[i] * (counts[i] + (i == 0));
    return (pos + 7) & ~uint64_t(7);
  }
  // Writes the file through put(pointer, size); returns the checksum, which belongs at
  // byte 16.
  template <class Put>
  uint64_t write(Put put, const SourceStamp& source) const {
    Out<Put> out(put, true);
    emit(out, source, size() - kHeaderSize);
    if (out.pos() != size()) throw core::Error("graph snapshot: the file's size differs from its counts");
    return out.checksum();
  }
};

SnapshotWriter::SnapshotWriter(const Graph& g) : parts_(std::make_unique<Parts>()) {
  Parts& p = *parts_;
  p.g = &g;
  {
    std::vector<Vertex> order = g.sorted_vertices();
    narrow(order.size(), "nodes");
    p.order.assign(order.begin(), order.end());
  }
  p.new_index.resize(p.order.size());
  for (size_t i = 0; i < p.order.size(); ++i) p.new_index[p.order[i]] = uint32_t(i);

  // Articles by key, so that the order they were added in does not matter.
  const auto& arts = g.articles();
  p.art_order.resize(arts.size());
  p.new_article.resize(arts.size());
  for (size_t i = 0; i < arts.size(); ++i) p.art_order[i] = narrow(i, "articles");
  std::sort(p.art_order.begin(), p.art_order.end(), [&](uint32_t a, uint32_t b) { return arts[a].key < arts[b].key; });
  for (size_t i = 0; i < p.art_order.size(); ++i) p.new_article[p.art_order[i]] = uint32_t(i);

  uint64_t n_sources = 0, n_aliases = 0, n_node_articles = 0, n_reports = 0, n_citations = 0;
  for (const Article& a : arts) n_sources += a.sources.size();
  for (uint32_t v : p.order) {
    const Node& n = g.node(v);
    narrow(n.aliases.size(), "aliases"), narrow(n.articles.size(), "articles"), narrow(n.reports.size(), "reports");
    n_aliases += n.aliases.size(), n_node_articles += n.articles.size(), n_reports += n.reports.size();
    for (const auto& rep : n.reports) narrow(rep.citations.size(), "citations"), n_citations += rep.citations.size();
  }
  for (const Article& a : arts) narrow(a.sources.size(), "sources");

  // Number the strings; the keys' ids are kept (nodes first, then articles).
  p.key_id.resize(p.order.size() + arts.size());
  p.strings.reserve(p.order.size() + n_aliases + n_reports);
  size_t next_node = 0, next_article = 0;
  p.each_string([&](std::string_view s, bool unique) {
    if (!unique) {
      p.strings.intern(s);
      return;
    }
    // articles come first in the walk, then nodes
    size_t slot = next_article < arts.size() ? p.order.size() + next_article++ : next_node++;
    p.key_id[slot] = p.strings.unique(s);
  });
  uint64_t c[kCounts] = {
      p.strings.size(), p.strings.bytes(), arts.size(), n_sources,   p.order.size(),
      n_aliases,        n_node_articles,   n_reports,   n_citations, boost::num_edges(g.adjacency())};
  for (size_t i = 0; i < kCounts; ++i) {
    if (i != 1) narrow(c[i], "records");
    p.counts[i] = c[i];
  }
}

SnapshotWriter::SnapshotWriter(SnapshotWriter&&) noexcept = default;
SnapshotWriter& SnapshotWriter::operator=(SnapshotWriter&&) noexcept = default;
SnapshotWriter::~SnapshotWriter() = default;

std::string SnapshotWriter::bytes(const SourceStamp& source) const {
  std::string s;
  s.reserve(parts_->size());
  uint64_t sum = parts_->write([&](const char* p, size_t n) { s.append(p, n); }, source);
  std::memcpy(&s[16], &sum, 8);
  return s;
}

void SnapshotWriter::write(const SourceStamp& source, std::ostream& out) const {
  const auto start = out.tellp();
  uint64_t sum = parts_->write([&](const char* p, size_t n) { out.write(p, std::streamsize(n)); }, source);
  const auto end = out.tellp();
  out.seekp(start + std::streamoff(16));
  out.write(reinterpret_cast<const char*>(&sum), 8);
  out.seekp(end);
  if (!out) throw core::Error("graph snapshot: write failed");
}

std::string to_snapshot(const Graph& g, const SourceStamp& source) { return SnapshotWriter(g).bytes(source); }

void restamp_snapshot(std::string& bytes, const SourceStamp& source) {
  if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, 8) != 0)
    throw core::Error("graph snapshot: restamp of bytes that are not a snapshot");
  std::memcpy(&bytes[24], &source.size, 8);
  std::memcpy(&bytes[32], &source.hash, 8);
  uint64_t sum = content_hash(std::string_view(bytes).substr(kChecksumEnd));
  std::memcpy(&bytes[16], &sum, 8);
}

namespace {

struct Header {
  SourceStamp source;
  uint64_t checksum = 0, payload = 0;
};

Header parse_header(std::string_view bytes, const std::string& what) {
  auto fail = [&](const std::string& m) { throw core::Error(what, "not a valid graph snapshot (" + m + ")"); };
  if (bytes.size() < kHeaderSize) fail("truncated header");
  if (std::memcmp(bytes.data(), kMagic, 8) != 0) fail("no snapshot magic");
  uint32_t version = In::at<uint32_t>(bytes.data() + 8, 0), order = In::at<uint32_t>(bytes.data() + 12, 0);
  if (order != kByteOrder) fail("written on a machine of another byte order");
  if (version != kVersion) fail("format version " + std::to_string(version) + ", this newsgraph reads " + std::to_string(kVersion));
  Header h;
  h.checksum = In::at<uint64_t>(bytes.data() + 16, 0);
  h.source.size = In::at<uint64_t>(bytes.data() + 24, 0);
  h.source.hash = In::at<uint64_t>(bytes.data() + 32, 0);
  h.payload = In::at<uint64_t>(bytes.data() + 40, 0);
  return h;
}

// A read-only mapping of a whole file.
class Mapping {
 public:
  explicit Mapping(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) throw core::Error(path, std::string("cannot open: ") + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
      int e = errno;
      ::close(fd);
      throw core::Error(path, std::string("cannot stat: ") + std::strerror(e));
    }
    size_ = size_t(st.st_size);
    if (size_ > 0) {
      void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (p == MAP_FAILED) {
        int e = errno;
        ::close(fd);
        throw core::Error(path, std::string("cannot map: ") + std::strerror(e));
      }
      data_ = static_cast<const char*>(p);
    }
    ::close(fd);
  }
  ~Mapping() {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
  }
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  std::string_view bytes() const { return {data_ ? data_ : "", size_}; }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace

SourceStamp snapshot_source(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) throw core::Error(path, std::string("cannot open: ") + std::strerror(errno));
  char buf[kHeaderSize];
  ssize_t n = ::pread(fd, buf, sizeof buf, 0);
  ::close(fd);
  return parse_header(std::string_view(buf, n > 0 ? size_t(n) : 0), path).source;
}

Graph load_snapshot(const std::string& path) {
  Mapping m(path);
  return read_snapshot(m.bytes(), path);
}

Graph read_snapshot(std::string_view bytes, const std::string& what) {
  Header h = parse_header(bytes, what);
  In in(bytes, what);
  if (h.payload != bytes.size() - kHeaderSize)
    in.fail(h.payload > bytes.size() - kHeaderSize ? "truncated" : "trailing bytes");
  if (content_hash(bytes.substr(kChecksumEnd)) != h.checksum) in.fail("checksum mismatch: the file is corrupt");

  in.seek(kHeaderSize);
  uint64_t c[kCounts];
  const char* counts = in.take<uint64_t>(kCounts, "counts");
  for (size_t i = 0; i < kCounts; ++i) c[i] = In::at<uint64_t>(counts, i);
  for (size_t i = 0; i < kCounts; ++i)
    if (c[i] >= kNone && i != 1) in.fail("count out of range");
  const uint64_t n_strings = c[0], n_bytes = c[1], n_articles = c[2], n_sources = c[3], n_nodes = c[4], n_aliases = c[5],
                 n_node_articles = c[6], n_reports = c[7], n_citations = c[8], n_edges = c[9];
  const char* offsets = in.take<uint64_t>(n_strings + 1, "string offsets");
  const char* text = in.take<char>(n_bytes, "strings");
  const char* article_recs = in.take<ArticleRec>(n_articles, "articles");
  const char* article_sources = in.take<uint32_t>(n_sources, "article sources");
  const char* node_recs = in.take<NodeRec>(n_nodes, "nodes");
  const char* alias_ids = in.take<uint32_t>(n_aliases, "aliases");
  const char* node_articles = in.take<uint32_t>(n_node_articles, "node articles");
  const char* report_recs = in.take<ReportRec>(n_reports, "reports");
  const char* citation_recs = in.take<CitationRec>(n_citations, "citations");
  const char* edge_recs = in.take<EdgeRec>(n_edges, "edges");
  if (((in.pos() + 7) & ~size_t(7)) != bytes.size()) in.fail("trailing bytes");

  // Strings: offsets rise from 0 to the byte count.
  auto off = [&](uint64_t i) { return In::at<uint64_t>(offsets, i); };
  if (off(0) != 0 || off(n_strings) != n_bytes) in.fail("string offsets");
  for (uint64_t i = 0, prev = 0; i <= n_strings; ++i) {
    uint64_t o = off(i);
    if (o < prev) in.fail("string offsets");
    prev = o;
  }
  auto str = [&](uint32_t id) {
    if (id >= n_strings) in.fail("string id out of range");
    uint64_t b = off(id);
    return std::string(text + b, size_t(off(id + 1) - b));
  };
  // Evidence texts: one copy of each, however many reports cite it.
  std::unordered_map<uint32_t, SharedText> texts;
  auto evidence_text = [&](uint32_t id) {
    auto it = texts.find(id);
    if (it == texts.end()) it = texts.emplace(id, SharedText(str(id))).first;
    return it->second;
  };
  // Consumes `n` items of a list starting at `next`, of `total`.
  auto range = [&](uint64_t& next, uint64_t n, uint64_t total, const char* name) {
    if (n > total - next) in.fail(std::string("more ") + name + " than the file holds");
    uint64_t begin = next;
    next += n;
    return begin;
  };

  Graph g;
  uint64_t next_source = 0;
  for (size_t i = 0; i < n_articles; ++i) {
    ArticleRec r = In::at<ArticleRec>(article_recs, i);
    Article a;
    a.key = str(r.key), a.id = str(r.id), a.title = str(r.title), a.url = str(r.url);
    a.license = str(r.license), a.date = str(r.date), a.hash = str(r.hash);
    uint64_t s = range(next_source, r.sources, n_sources, "article sources");
    for (uint64_t k = s; k < s + r.sources; ++k) a.sources.push_back(str(In::at<uint32_t>(article_sources, k)));
    if (g.add_article(std::move(a)) != i) in.fail("an article appears twice");
  }
  if (next_source != n_sources) in.fail("article sources left over");

  auto vertex = [&](uint32_t v) -> int64_t {
    if (v == kNone) return -1;
    if (v >= n_nodes) in.fail("vertex out of range");
    return int64_t(v);
  };
  auto article = [&](uint32_t a) {
    if (a >= n_articles) in.fail("article out of range");
    return a;
  };
  std::vector<Node> nodes(n_nodes);
  uint64_t next_alias = 0, next_article = 0, next_report = 0, next_citation = 0;
  for (size_t i = 0; i < n_nodes; ++i) {
    NodeRec r = In::at<NodeRec>(node_recs, i);
    Node& n = nodes[i];
    if (r.kind > uint8_t(NodeKind::Travel) || r.status > uint8_t(core::Status::Denied) ||
        r.mode > uint8_t(core::Mode::Call) || r.has_geo > 1)
      in.fail("bad node kind, status or mode");
    n.kind = NodeKind(r.kind), n.status = core::Status(r.status), n.mode = core::Mode(r.mode);
    n.key = str(r.key), n.name = str(r.name), n.job_title = str(r.job_title), n.date = str(r.date);
    n.country = vertex(r.country), n.place = vertex(r.place);
    if (r.has_geo) n.geo = Geo{r.latitude, r.longitude};
    uint64_t b = range(next_alias, r.aliases, n_aliases, "aliases");
    n.aliases.reserve(r.aliases);
    for (uint64_t k = b; k < b + r.aliases; ++k) n.aliases.push_back(str(In::at<uint32_t>(alias_ids, k)));
    b = range(next_article, r.articles, n_node_articles, "node articles");
    n.articles.resize(r.articles);
    for (uint64_t k = 0; k < r.articles; ++k) n.articles[k] = article(In::at<uint32_t>(node_articles, b + k));
    b = range(next_report, r.reports, n_reports, "reports");
    n.reports.resize(r.reports);
    for (uint64_t k = 0; k < r.reports; ++k) {
      ReportRec q = In::at<ReportRec>(report_recs, b + k);
      Report& rep = n.reports[k];
      if (q.status > uint8_t(core::Status::Denied) || q.mode > uint8_t(core::Mode::Call) ||
          q.date_basis > uint8_t(core::DateBasis::Publication) || q.strength > uint8_t(Strength::Direct))
        in.fail("bad report status, mode, date basis or strength");
      rep.article = article(q.article);
      rep.sentence = q.sentence, rep.evidence = {q.begin, q.end};
      rep.text = evidence_text(q.text), rep.date = str(q.date), rep.verb = str(q.verb);
      rep.status = core::Status(q.status), rep.mode = core::Mode(q.mode);
      rep.date_basis = core::DateBasis(q.date_basis), rep.strength = Strength(q.strength);
      rep.place = vertex(q.place);
      uint64_t cb = range(next_citation, q.citations, n_citations, "citations");
      rep.citations.reserve(q.citations);
      for (uint64_t j = cb; j < cb + q.citations; ++j) {
        CitationRec cr = In::at<CitationRec>(citation_recs, j);
        rep.citations.push_back({cr.marker, str(cr.source)});
      }
    }
    // a statement's content is a part of its first report's text, as when it was built
    std::string content = str(r.content);
    n.content = n.reports.empty() ? SharedText(content) : n.reports[0].text.find_part(content);
  }
  if (next_alias != n_aliases || next_article != n_node_articles || next_report != n_reports || next_citation != n_citations)
    in.fail("records left over");
  try {
    g.add_nodes(std::move(nodes));
  } catch (const core::Error& e) {
    in.fail(e.what());
  }
  std::vector<uint32_t> degree(n_nodes);
  for (size_t i = 0; i < n_edges; ++i) {
    EdgeRec r = In::at<EdgeRec>(edge_recs, i);
    if (r.event >= n_nodes || r.entity >= n_nodes) in.fail("edge end out of range");
    ++degree[r.event];
    ++degree[r.entity];
  }
  g.reserve_links(degree);
  for (size_t i = 0; i < n_edges; ++i) {
    EdgeRec r = In::at<EdgeRec>(edge_recs, i);
    if (r.relation > uint8_t(Relation::Country) || r.role > uint8_t(core::Role::Traveller)) in.fail("bad edge relation or role");
    if (i > 0) {
      EdgeRec p = In::at<EdgeRec>(edge_recs, i - 1);
      if (std::tie(p.event, p.entity, p.relation, p.role) >= std::tie(r.event, r.entity, r.relation, r.role))
        in.fail("edges out of order");
    }
    if (r.event >= n_nodes || r.entity >= n_nodes) in.fail("edge end out of range");
    g.add_link(r.event, r.entity, {Relation(r.relation), core::Role(r.role)});
  }
  try {
    g.check_loaded();
  } catch (const core::Error& e) {
    in.fail(e.what());
  }
  return g;
}

}  // namespace ng::graph
