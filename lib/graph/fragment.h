#pragma once
// One article as the graph needs it, and nothing more: the seam between extraction (the
// pipeline, a "map" over articles that any number of processes or machines may run)
// and merging (Graph::add, a fold). `newsgraph extract` writes fragments as JSON lines,
// `newsgraph merge` folds them; `newsgraph build` does both in one process.
//
// A fragment is self-contained: provenance (id, path, content hash, header fields,
// sources), the article's entities (names, aliases, job title, country) and its events
// (participants by entity index, date, status, mode, place, the evidence's byte span and
// verbatim text, trigger, content, citation markers). Graph::add(fragment_of(doc)) and
// Graph::add(doc) give the same graph, and a fragment read back from its JSON line is
// the fragment that was written (to_json_line(parse_fragment(l)) == l).
//
// Merging is a fold over fragments in a canonical order (fragment_order below), because
// Graph::add merges greedily. A set of fragments therefore determines its graph: any
// grouping and any order of the same fragments, with duplicates, gives the same bytes.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace ng::graph {

// How directly a report states its event: it names every participant in its own words
// (Direct), says someone else said it happened (Attributed: "X said they met"), or finds
// a participant outside its sentence ("further talks", a quote carried over from an
// earlier paragraph: Inferred). An event is Corroborated when Direct or Attributed
// reports of it come from two or more articles; else it takes its strongest report's.
enum class Strength : uint8_t { Inferred, Attributed, Direct, Corroborated };
const char* to_string(Strength s);  // "inferred", "attributed", "direct", "corroborated"


class Graph;

struct Fragment {
  struct Entity {
    core::EntityType type = core::EntityType::Misc;
    std::string name;
    std::vector<std::string> aliases;
    std::string job_title;
    int32_t country = -1;  // index into entities, or -1
  };
  struct Participant {
    int32_t entity = -1;  // index into entities
    core::Role role = core::Role::Participant;
  };
  struct Event {
    core::EventKind kind = core::EventKind::Meeting;
    std::vector<Participant> participants;
    int32_t place = -1;  // index into entities, or -1
    std::string date;
    core::Status status = core::Status::Occurred;
    core::Mode mode = core::Mode::Unknown;
    uint32_t sentence = 0;
    core::Span evidence;    // into the article's text (the sentence when the event named no narrower span)
    std::string text;       // the evidence, verbatim
    std::string verb;       // the trigger
    std::string content;    // statements: the words said
    std::vector<int> citations;  // citation markers; [n] is sources[n-1]
    core::DateBasis date_basis = core::DateBasis::None;  // how the date was found
    Strength strength = Strength::Direct;                 // how strongly this report states it
  };

  std::string id;    // core::Document::id
  std::string path;  // core::Document::path, as the extractor was given it
  std::string hash;  // 16 hex digits of FNV-1a 64 over the article's text
  std::string title, url, license;
  std::string date;  // document date, or ""
  std::vector<std::string> sources;
  std::vector<Entity> entities;
  std::vector<Event> events;
};

// 16 lower-case hex digits of FNV-1a 64 over `bytes` (an article's content hash).
std::string article_hash(std::string_view bytes);

// What Graph::add needs of an annotated document.
Fragment fragment_of(const core::Document& doc);

// The fragment as one line of JSON (no newline): keys in a fixed order, so the same
// fragment is the same bytes.
std::string to_json_line(const Fragment& f);

// Reads a line written by to_json_line. Throws core::Error naming `file` and `line_no`
// when it is not one (bad JSON, a missing or mistyped field, an index out of range).
Fragment parse_fragment(std::string_view line, const std::string& file = "<fragment>", long line_no = 0);

// The order merging adds fragments in: by id, then path, then the whole line's bytes
// (so that even fragments of one file extracted with different options have one order).
// This is the order `newsgraph build` adds articles in.
bool fragment_order(std::string_view id_a, std::string_view path_a, std::string_view line_a,
                    std::string_view id_b, std::string_view path_b, std::string_view line_b);

// What this object represents: a set of fragments (as JSON lines), the unit that merge
// reduces. Inserting is union: the same line twice is kept once, so merging fragment
// sets is associative, commutative and idempotent, and the graph folded from a set
// depends only on the set. Thread safety: none.
class FragmentSet {
 public:
  // Adds one JSON line; `file`/`line_no` name it in errors. Throws core::Error if the
  // line is not a fragment.
  void insert(std::string line, const std::string& file = "<fragment>", long line_no = 0);
  // Adds every non-empty line of a JSONL stream.
  void read(std::istream& in, const std::string& file);
  size_t size() const { return items_.size(); }

  // Writes the set as JSONL in merge order, one line per distinct fragment.
  void write(std::ostream& out) const;
  // Adds the fragments to `g` in merge order. Returns how many were new to it.
  size_t fold_into(Graph& g) const;

 private:
  struct Item {
    std::string id, path, line;
  };
  std::vector<const Item*> ordered() const;
  std::vector<Item> items_;
};

}  // namespace ng::graph
