#pragma once
// The knowledge graph: people, organisations and places, and the meetings, statements
// and trips that join them, merged across articles, on a Boost.Graph adjacency_list.
//
// Vertices are entities (Person, Organization, Place) and events (Meeting, Statement,
// Travel). A meeting is ONE vertex joined to all its participants (a meeting of three is
// not three dyads). Edges run from an event to the entities it involves and carry their
// role (participant, host, guest, speaker, traveller) or relation (location, country).
//
// Every vertex has a stable key ("person/steve-witkoff", "meeting/2026-01-20/jared-
// kushner+kirill-dmitriev+steve-witkoff") from which exports derive absolute IRIs; keys
// are unique in a graph and do not depend on the order articles were added in, except
// where a later article is merged into an existing vertex (the first key stays).
//
// An event keeps every report of it (article, sentence, evidence span and text, citation
// markers resolved to the article's sources, and what that report says of date, status,
// mode and place); the event's own date, status, mode and place are the best supported
// values over its reports.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "core/document.h"
#include "graph/compact_string.h"
#include "graph/fragment.h"

namespace ng::graph {

enum class NodeKind : uint8_t { Person, Organization, Place, Meeting, Statement, Travel };
const char* to_string(NodeKind k);  // "Person", ..., "Travel"
inline bool is_entity(NodeKind k) { return k <= NodeKind::Place; }
inline bool is_event(NodeKind k) { return k >= NodeKind::Meeting; }

// How an edge joins an event to an entity. Participant edges carry a core::Role.
enum class Relation : uint8_t { Participant, Location, Country };

struct Geo {
  double latitude = 0, longitude = 0;
};

// An optional Geo in 8 bytes (a std::optional<Geo> takes 24): a place's coordinates,
// which most nodes lack. Reads as a std::optional<Geo>; copies copy the coordinates.
class OptionalGeo {
 public:
  OptionalGeo() = default;
  OptionalGeo(const Geo& g) : p_(std::make_unique<Geo>(g)) {}  // NOLINT: implicit, as optional's
  OptionalGeo(const OptionalGeo& o) : p_(o.p_ ? std::make_unique<Geo>(*o.p_) : nullptr) {}
  OptionalGeo(OptionalGeo&&) noexcept = default;
  OptionalGeo& operator=(const OptionalGeo& o) {
    p_ = o.p_ ? std::make_unique<Geo>(*o.p_) : nullptr;
    return *this;
  }
  OptionalGeo& operator=(OptionalGeo&&) noexcept = default;
  bool has_value() const { return p_ != nullptr; }
  explicit operator bool() const { return p_ != nullptr; }
  const Geo& operator*() const { return *p_; }
  const Geo* operator->() const { return p_.get(); }
  void reset() { p_.reset(); }

 private:
  std::unique_ptr<Geo> p_;
};

// What merging knows beyond the articles themselves. Empty by default (names then merge
// on name structure and context alone, places get no coordinates).
struct Knowledge {
  // Titles that may stand before a name, as name_slug()s ("president",
  // "secretary-of-state"): "Secretary Blinken" is compared as "Blinken".
  std::unordered_set<std::string> titles;
  // Words in the longest of `titles` (set by load_knowledge): no longer run of words before
  // a name is looked up as a title. 0: not known, every run is looked up.
  size_t title_words = 0;
  // Place name_slug() -> coordinates (the most populous place of that name).
  std::unordered_map<std::string, Geo> places;
  // Name particles, as name_slug()s: words that join a surname or a patronym and are no
  // name of their own ("von", "bin", "de"), and those that may also be a given name
  // ("al", "van", "ben"). Neither counts as a middle name; the first is no first name.
  std::unordered_set<std::string> particles, particle_names;
  // Titles that stand before a given name, not a surname ("king", "sheikh"): "King
  // Faisal" is a man called Faisal, no family name, as name_slug()s.
  std::unordered_set<std::string> given_name_titles;
  // Organisation acronyms and the long form they stand for, both as acronym_key() /
  // name_slug() ("g7" -> "group-of-seven"). An acronym merges across articles with a long
  // form only through this table or an article that uses both for one entity.
  std::unordered_map<std::string, std::vector<std::string>> acronyms;   // acronym key -> long slugs
  std::unordered_map<std::string, std::vector<std::string>> long_forms; // long slug -> acronym keys
};

// Reads data/titles.tsv-style (phrase TAB kind) and data/gazetteer.tsv-style (phrase TAB
// category [TAB country TAB latitude TAB longitude TAB population] for cities) files, and
// data/name_identity.tsv-style (kind TAB phrase [TAB long form]; kinds `given_title` and
// `acronym`) when `identity_path` is not empty.
// Throws core::Error naming the file and line when one is unreadable or malformed.
Knowledge load_knowledge(const std::string& titles_path, const std::string& gazetteer_path,
                         const std::string& identity_path = "");

// The key under which spellings of one acronym meet: its name_slug() without dashes when
// the slug is one short token or a letter and a number ("G-7", "G7" -> "g7"), else the slug.
std::string acronym_key(std::string_view name);

// One article as added to the graph.
struct Article {
  std::string key;        // "article/<id>": the document id, plus "-<hash>" when another text has that id
  std::string id;         // core::Document::id
  std::string title, url, license;
  std::string date;       // core::Document::dct ("" if unknown)
  std::string hash;       // 16 hex digits of FNV-1a 64 over the text: the same text added twice, under any id, is one
  std::vector<std::string> sources;  // the article's "Sources" list; citation [n] is sources[n-1]
};

struct Citation {
  int marker = 0;        // n of "[n]"
  CompactString source;  // the article's sources[n-1], or "" when the list has no such item
};

// What this object represents: an immutable text, or a part of one, whose bytes are
// shared by every copy (a block counted by reference): the reports of one sentence hold
// its evidence once, and a statement's content is a part of its first report's evidence.
// 16 bytes in place of a std::string's 32, and no copy of the bytes.
// Thread safety: copies of one text may be made and dropped concurrently (the count is
// atomic); the bytes never change.
class SharedText {
 public:
  SharedText() = default;
  explicit SharedText(std::string_view s);  // a block of its own ("" holds none)
  SharedText(const SharedText& other) noexcept : block_(other.block_), begin_(other.begin_), size_(other.size_) {
    hold();
  }
  SharedText(SharedText&& other) noexcept : block_(other.block_), begin_(other.begin_), size_(other.size_) {
    other.block_ = nullptr, other.begin_ = other.size_ = 0;
  }
  SharedText& operator=(SharedText other) noexcept {
    std::swap(block_, other.block_), std::swap(begin_, other.begin_), std::swap(size_, other.size_);
    return *this;
  }
  ~SharedText() { release(); }

  // The first occurrence of `sub` in this text, sharing its bytes; when `sub` does not
  // occur, a text of its own.
  SharedText find_part(std::string_view sub) const;
  std::string_view view() const;
  operator std::string_view() const { return view(); }
  std::string str() const { return std::string(view()); }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  friend bool operator==(const SharedText& a, std::string_view b) { return a.view() == b; }
  friend bool operator!=(const SharedText& a, std::string_view b) { return a.view() != b; }

 private:
  struct Block;
  void hold() const noexcept;
  void release() noexcept;
  Block* block_ = nullptr;
  uint32_t begin_ = 0, size_ = 0;
};

// One article's account of an event. 96 bytes: a graph holds millions.
struct Report {
  uint32_t article = 0;  // index into Graph::articles()
  uint32_t sentence = 0;
  core::Span evidence;   // into that article's text
  SharedText text;       // the evidence, verbatim (one copy for the reports of one article that cite it)
  std::vector<Citation> citations;
  CompactString date;  // what this report says
  CompactString verb;  // the trigger ("met", "said")
  int32_t place = -1;  // vertex, or -1
  core::Status status = core::Status::Occurred;
  core::Mode mode = core::Mode::Unknown;
  core::DateBasis date_basis = core::DateBasis::None;  // how this report's date was found
  Strength strength = Strength::Direct;
};

// A vertex's record. 176 bytes (strings of 16, vertices as int32): a graph of a 1 GB
// input holds some 5 million.
struct Node {
  NodeKind kind = NodeKind::Person;
  // Events: best supported values over `reports` (with date, place and content below).
  core::Status status = core::Status::Occurred;
  core::Mode mode = core::Mode::Unknown;
  int32_t country = -1;  // entities: vertex of the associated country, or -1
  CompactString key;
  // Entities.
  CompactString name;                  // canonical (fullest) name
  std::vector<CompactString> aliases;  // every other name used, sorted, unique
  CompactString job_title;
  OptionalGeo geo;                 // places: coordinates from the gazetteer
  std::vector<uint32_t> articles;  // articles that name it (entities) or report it (events), sorted
  // Events.
  CompactString date;  // ISO: "2026-01-22", "2026-01", "2026", "A/B", or ""
  SharedText content;  // statements: the words said (a part of the first report's text)
  std::vector<Report> reports;
  int32_t place = -1;  // vertex, or -1
};

// An event's date basis: the most direct basis among the reports that give its date;
// None when undated.
core::DateBasis date_basis(const Node& event);
// An event's evidence strength over its reports (see Strength).
Strength strength(const Node& event);

struct Link {
  Relation relation = Relation::Participant;
  core::Role role = core::Role::Participant;
};

// The vertices' structure only (which event joins which entity, and how); the nodes
// themselves are in a NodeStore beside it, read through Graph::node(v).
using Adjacency = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, Link>;
using Vertex = Adjacency::vertex_descriptor;

// What this object represents: the graph's nodes, numbered from 0, in blocks of
// kBlock. Growing adds a block and never moves a node, so a graph of millions of nodes
// grows by one block at a time: a vector would hold its old and its new copy at once
// each time it doubles (the dev corpus makes some 5,000 nodes of 176 bytes per MB, so
// a 1 GB input's vector would copy 0.7 GB at once as it passed 4 million nodes).
// Thread safety: none for writers; const methods may run concurrently.
class NodeStore {
 public:
  NodeStore() = default;
  NodeStore(const NodeStore& other);
  NodeStore& operator=(const NodeStore& other);
  NodeStore(NodeStore&& other) noexcept { swap(other); }
  NodeStore& operator=(NodeStore&& other) noexcept {
    swap(other);
    return *this;
  }
  void swap(NodeStore& other) noexcept {
    blocks_.swap(other.blocks_);
    std::swap(size_, other.size_);
  }

  // REQUIRES: i < size().
  Node& operator[](size_t i) { return blocks_[i >> kShift][i & kMask]; }
  const Node& operator[](size_t i) const { return blocks_[i >> kShift][i & kMask]; }
  size_t size() const { return size_; }
  void push_back(Node n);
  // Grows to n nodes (new ones default-constructed); never shrinks.
  void resize(size_t n);

 private:
  static constexpr size_t kShift = 12, kBlock = size_t(1) << kShift, kMask = kBlock - 1;
  std::vector<std::unique_ptr<Node[]>> blocks_;
  size_t size_ = 0;
};

// The key part naming `name`: ASCII letters and digits lower-cased, runs of spaces, '-'
// and '_' as one '-', '.', apostrophes and a leading "the " dropped, every other byte
// percent-encoded. Names that differ only in case, spacing or those marks share a key.
std::string name_slug(std::string_view name);

// True when ISO date `date` ("2026-01-22", "2026-01", "A/B") may fall in [from, to]
// (each "" for open), comparing on their common precision: "2026-01" is in
// [2026-01-10, 2026-01-20]. An empty date is in no range but the open one.
bool date_in_range(std::string_view date, std::string_view from, std::string_view to);

// The first and last day ("YYYY-MM-DD") that ISO date `date` may fall on: "2026-01" is
// 2026-01-01 .. 2026-01-31, "2026" the whole year, "A/B" from A's first day to B's last.
// {"", ""} for an empty or malformed date.
std::pair<std::string, std::string> date_bounds(std::string_view date);

// A short human label: an entity's name; an event's kind, date, place and status when
// not "occurred" ("meeting 2026-01-22 Moscow (planned)"), joined by `sep`.
std::string label(const class Graph& g, Vertex v, const std::string& sep = " ");

// An open-addressing index from 64-bit hashes to uint32 values, for the graph's lookups
// by key: one flat table instead of a heap node and a string copy per entry. Equal
// hashes may hold several values; find() returns the first that `same` accepts, so
// `same` must check the key itself (a slot keeps 32 bits of the hash, which also place
// it). At most three in four slots are taken, and a table is sized to that, not to a
// power of two: 8 bytes a slot, some 11-21 bytes a value.
class HashIndex {
 public:
  template <class Same>
  std::optional<uint32_t> find(uint64_t hash, Same same) const {
    if (slots_.empty()) return std::nullopt;
    uint32_t tag = tag_of(hash);
    for (size_t i = home(tag);; i = next(i)) {
      const Slot& s = slots_[i];
      if (s.value == kEmpty) return std::nullopt;
      if (s.tag == tag && same(s.value)) return s.value;
    }
  }
  void insert(uint64_t hash, uint32_t value);
  void reserve(size_t n);
  size_t size() const { return size_; }
  size_t slots() const { return slots_.size(); }  // 8 bytes each

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    uint32_t tag = 0;
    uint32_t value = kEmpty;
  };
  static uint32_t tag_of(uint64_t hash) { return uint32_t(hash >> 32); }
  size_t home(uint32_t tag) const { return size_t((uint64_t(tag) * slots_.size()) >> 32); }
  size_t next(size_t i) const { return i + 1 == slots_.size() ? 0 : i + 1; }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

// What this object represents: lists of vertices under string keys, each list in the
// order its vertices were added, without repeats: the graph's merge indexes (by surname,
// by alias, meetings by participants). Each key once (16 bytes, and a block of its size
// when over 15), an 8-byte slot of a HashIndex, 8 bytes of list ends, and 8 bytes an
// entry, in place of an unordered_map's node, bucket, string and vector per key (some
// 130 bytes or more).
// Thread safety: none for writers; const methods may run concurrently.
class KeyedLists {
  struct Entry {
    uint32_t value, next;
  };
  static constexpr uint32_t kNone = 0xFFFFFFFFu;

 public:
  // The vertices under one key, in the order added.
  class List {
   public:
    class iterator {
     public:
      iterator(const std::vector<Entry>* entries, uint32_t at) : entries_(entries), at_(at) {}
      uint32_t operator*() const { return (*entries_)[at_].value; }
      iterator& operator++() {
        at_ = (*entries_)[at_].next;
        return *this;
      }
      bool operator!=(const iterator& o) const { return at_ != o.at_; }

     private:
      const std::vector<Entry>* entries_;
      uint32_t at_;
    };
    List(const std::vector<Entry>* entries, uint32_t head) : entries_(entries), head_(head) {}
    iterator begin() const { return iterator(entries_, head_); }
    iterator end() const { return iterator(entries_, kNone); }
    bool empty() const { return head_ == kNone; }

   private:
    const std::vector<Entry>* entries_;
    uint32_t head_;
  };

  // Adds v to the list under `key` unless it is in it.
  void add(std::string_view key, uint32_t v);
  // The list under `key` (empty when there is none). Valid until the next add().
  List find(std::string_view key) const;
  size_t keys() const { return keys_.size(); }
  void swap(KeyedLists& o) noexcept {
    std::swap(index_, o.index_);
    keys_.swap(o.keys_);
    ends_.swap(o.ends_);
    entries_.swap(o.entries_);
  }

 private:
  uint32_t key_id(std::string_view key, uint64_t hash) const;
  HashIndex index_;                                  // hash of a key -> its id
  std::vector<CompactString> keys_;                  // by id
  std::vector<std::pair<uint32_t, uint32_t>> ends_;  // by id: first and last entry of its list
  std::vector<Entry> entries_;
};

// What this object represents: the graph of one or many articles.
// Thread safety: none for writers; const methods may run concurrently.
//
// Merging (add): an entity joins an existing vertex of its type when
//   - its name has the same key (name_slug); for a surname alone, not when the articles
//     are kFarYears or more apart and share no people or organisations ("Brandt" of 1987
//     and of 2024 are two vertices, "person/brandt" and "person/brandt-2"), or
//   - people: the names agree: the same surname (or spellings of it: "Zelensky" /
//     "Zelenskyy"), first names that agree ("Antony" / "A." / "Tony", "Mohammed" /
//     "Mohamed", and vowel variants "Muhammad" where the middle chain is given on both
//     sides and agrees) and middle words that agree word by word as far as both go
//     ("bin Zayed" / "bin Zayed bin Sultan"; never "W." / "H. W.", "bin Salman" / "bin
//     Nayef"). Titles before the name and particles ("bin", "von der", "Al") are no first
//     or middle names. A bare surname (or an initial) joins the one full name that fits
//     it, or among several the one the article's other entities and job title point to;
//     when the candidate's articles are kFarYears or more away it needs people or
//     organisations of its article in common. A given name after a title such as "King"
//     or "Sheikh" (Knowledge::given_name_titles) is nobody's surname, and a family name
//     written first ("Xi" / "Xi Jinping") joins only names of two or three words without
//     particles, with the article's company agreeing;
//   - organisations: one of its names or aliases is a name or alias of one vertex (so an
//     acronym an article defines, "Gulf Cooperation Council (GCC)", carries over), or an
//     acronym and its long form are in Knowledge::acronyms ("G7" / "Group of Seven";
//     "G-7" and "G7" are one spelling); initials alone are no evidence ("EC" is not
//     "Environment Canada"), and two bodies with different long forms stay apart
//     whatever short name they share;
//   - places: by name or alias, or a name that is the initials of one vertex's name
//     ("DPRK"); different long names do not keep places apart ("North Korea").
// The merged vertex keeps every name and article; its name becomes the fullest one (its
// key stays).
// A meeting joins an existing meeting with the same participants on a compatible date
// ("2026-01" and "2026-01-22"; a day inside an interval); undated meetings merge only
// within one article.
// Order: merging is greedy (an article merges into what the graph holds when it is
// added), so keys (the first one stays) and, for a bare surname that fits several
// people, the merges themselves can depend on the order articles come in. `newsgraph
// build` therefore adds articles in id order (its output does not depend on the order
// of its inputs); `build --into` adds after the saved graph, whose keys stay stable.
class Graph {
 public:
  explicit Graph(std::shared_ptr<const Knowledge> knowledge = nullptr);
  // Moves and swaps are O(1): the adjacency lives behind a pointer, because Boost's
  // adjacency_list has no move and its swap copies the whole graph three times.
  Graph(Graph&& other) noexcept { swap(other); }
  Graph& operator=(Graph&& other) noexcept {
    swap(other);
    return *this;
  }
  Graph(const Graph& other);
  Graph& operator=(const Graph& other);
  void swap(Graph& other) noexcept;

  // Adds one annotated article: its Person/Organization/Place entities (merged as above)
  // and its events. Returns false, and changes nothing, when an article with the same
  // text (Article::hash, under any id or file name) is already in the graph.
  bool add(const core::Document& doc);
  // The same for an article's fragment (add(doc) is add(fragment_of(doc))): what
  // `newsgraph merge` folds. The article is known by its fragment's id and hash.
  bool add(const Fragment& fragment);
  // Whether add() would skip an article with exactly these bytes as its text (one with
  // the same text is in the graph): a caller may skip the pipeline for it.
  bool holds_text(std::string_view text) const;
  void set_knowledge(std::shared_ptr<const Knowledge> k) { knowledge_ = std::move(k); }

  const Adjacency& adjacency() const { return *adj_; }
  const Node& node(Vertex v) const { return nodes_[v]; }
  // For readers filling a node after add_node. REQUIRES: kind and key stay unchanged.
  Node& node(Vertex v) { return nodes_[v]; }
  size_t size() const { return boost::num_vertices(*adj_); }
  const std::vector<Article>& articles() const { return articles_; }
  std::optional<Vertex> find(std::string_view key) const;
  // Vertices in a canonical order: entities then events, each by kind then key.
  std::vector<Vertex> sorted_vertices() const;

  // Low-level construction, for readers of saved graphs. add_node throws core::Error if
  // the key is already taken; link joins an event to an entity.
  Vertex add_node(Node n);
  // Adds many nodes at once (vertices first(), first()+1, ...): one allocation instead
  // of one per node. Throws core::Error on a taken key. Returns the first new vertex.
  Vertex add_nodes(std::vector<Node> nodes);
  void link(Vertex event, Vertex entity, Link l);
  // link without the check for an equal edge, for readers whose input has none.
  void add_link(Vertex event, Vertex entity, Link l) { boost::add_edge(event, entity, l, *adj_); }
  // Makes room for degree[v] more edges at each vertex v, before many add_link calls.
  void reserve_links(const std::vector<uint32_t>& degree);
  uint32_t add_article(Article a);

  // Frees what only merging uses (the indexes by surname, alias and participants, and
  // the entities' years), for a caller done adding that is about to write the graph: a
  // third of a MB per MB of input. A later add() rebuilds them from the nodes, as it
  // does for a loaded graph.
  void release_merge_indexes();

  // For readers of saved graphs, after the last link: checks what the rest of newsgraph
  // relies on and a file may break: every article key is "article/<id>"; every edge
  // joins an event to an entity (so no meeting attends or takes place at itself or
  // another event); every place, report place and country is an entity. Throws
  // core::Error (without a file name: readers add theirs) naming the first offender.
  void check_loaded() const;

 private:
  Vertex find_or_add(NodeKind kind, std::string key);
  // Articles this many years or more apart make a surname alone weak evidence.
  static constexpr int kFarYears = 10;
  // What a candidate needs to be taken: LoneOk, nothing when it is the only one; Context,
  // the article's other entities or job title pointing to it; PeopleContext, the same
  // from people and organisations only (a country co-occurs with everyone).
  enum class Support { LoneOk, Context, PeopleContext };
  std::optional<Vertex> merge_target(const Fragment::Entity& e, NodeKind kind, uint32_t article,
                                     const std::vector<int64_t>& context) const;
  // Among `cands`, the one most of the article's other entities (`context`) share an
  // article with, or whose job title is e's; none on a tie.
  std::optional<Vertex> best_by_context(const Fragment::Entity& e, const std::vector<Vertex>& cands,
                                        const std::vector<int64_t>& context, Support support) const;
  int years_apart(Vertex v, uint32_t article) const;
  bool long_forms_agree(const std::vector<std::string>& a, const std::vector<std::string>& b) const;
  Vertex entity_vertex(const Fragment::Entity& e, uint32_t article, const std::vector<int64_t>& context);
  std::optional<Vertex> meeting_for(const std::string& people, const std::string& date, uint32_t article,
                                    core::Status status) const;
  void index_names(Vertex v, const std::string& name);
  void catch_up();  // indexes vertices added through add_node
  void settle(Vertex event);  // recompute best supported values from reports

  Adjacency& g() { return *adj_; }
  const Adjacency& g() const { return *adj_; }
  std::unique_ptr<Adjacency> adj_ = std::make_unique<Adjacency>();
  HashIndex by_key_;  // node key -> vertex
  std::vector<Article> articles_;
  HashIndex article_by_hash_;  // content hash -> articles
  HashIndex article_keys_;     // key -> article
  std::shared_ptr<const Knowledge> knowledge_;
  // Merge indexes, kept up to date by add() (catch_up() covers add_node()).
  size_t indexed_ = 0;
  KeyedLists by_surname_;  // people, by spelling_key of the surname
  KeyedLists by_alias_;    // kind prefix + slug of any name
  KeyedLists by_people_;   // meetings by participant part of the key
  // Entities: the first and last year of the articles that name them (0 when none is
  // dated), so that years_apart costs O(1) however many articles a vertex has.
  std::vector<std::pair<int, int>> years_;
  void note_year(Vertex v, uint32_t article);
  NodeStore nodes_;  // node(v) for every vertex v of *adj_
};

}  // namespace ng::graph
