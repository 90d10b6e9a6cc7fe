#pragma once
// Questions to a graph: who met whom, when, where, says who.
//
// Names resolve like a person types them, compared by graph::name_slug (case, spacing,
// dots, apostrophes and a leading "the" do not matter), in tiers; the first tier that
// names anyone decides, and within a tier people come before organisations and places
// (a person named by it wins over a body named after the person):
//   1. an entity's canonical name;
//   2. any name or alias ("Biden" is an alias of one person: that person, whatever other
//      Bidens and "Biden-Harris Administration" there are);
//   3. a single word: the people whose surname it is;
//   4. a single word: every entity with that word in one of its names.
// One entity found is a match; several are candidates (a real tie). None: suggestions of
// entities with a word a letter or two away ("Zelensky" for "Zelenskyy").
//
// Thread safety: an Index is const after construction; queries may run concurrently.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/graph.h"
#include "query/table.h"

namespace ng::query {

using graph::Vertex;

struct Resolution {
  std::optional<Vertex> match;      // set when the name names exactly one entity
  std::vector<Vertex> candidates;   // when ambiguous: the entities it could name, by key
  std::vector<Vertex> suggestions;  // when unknown: entities with a similar name (may be empty)
};

// What this object represents: a name index over the entities of one graph, which must
// outlive it and not change while it is used.
class Index {
 public:
  explicit Index(const graph::Graph& g);
  Resolution resolve(std::string_view name) const;
  const graph::Graph& graph() const { return g_; }

 private:
  const graph::Graph& g_;
  std::unordered_map<std::string, std::vector<Vertex>> by_canonical_;  // slug of the canonical name
  std::unordered_map<std::string, std::vector<Vertex>> by_name_;  // slug of any name -> entities
  std::unordered_map<std::string, std::vector<Vertex>> by_word_;  // slug of one word of a name -> entities
};

// A human message for a failed resolution: "ambiguous name 'X'; did you mean one of:" or
// "unknown name 'X'" (with "; did you mean:" when there are suggestions), followed by the
// entities, one per line: "Name (Type; articles a, b)", at most five article ids each.
std::string explain(const graph::Graph& g, std::string_view name, const Resolution& r);

struct MeetingFilter {
  std::optional<Vertex> with;   // only meetings that this entity attended too
  std::string from, to;         // dates, inclusive; "" for open
  std::optional<core::Status> status;
  bool stated_only = false;     // only meetings whose own sentence states the date (basis stated or sentence)
};

// The meetings `who` took part in, by date (undated last), then key.
std::vector<Vertex> meetings_of(const graph::Graph& g, Vertex who, const MeetingFilter& f = {});

// The entities an event involves (participants, speakers, travellers), sorted by name.
std::vector<Vertex> participants(const graph::Graph& g, Vertex event);

// What an event's reports say that differs from its best supported date, status, mode
// and place (the event's own values): "status planned (a, b)", "place Geneva (c)", one
// item per value, sorted, with the ids of the articles that say it. A date is disputed
// only when it cannot be the same time ("2026-01" agrees with "2026-01-22").
std::vector<std::string> disputed(const graph::Graph& g, const graph::Node& event);

// `met NAME`: one row per meeting: date, basis (how the date was found, see
// core::DateBasis), status, mode, strength (graph::Strength), with (the other
// participants), place (each the best supported value), sources (article ids), disputed
// (the other versions, see disputed()), evidence (the first report's sentence).
Table met(const graph::Graph& g, Vertex who, const MeetingFilter& f = {});

// `said NAME`: one row per statement NAME made: date, basis, words, verb, sources,
// evidence; by date. Only statements dated in [from, to] when either is given, and with
// `stated_only` only those whose own sentence gives the date.
Table said(const graph::Graph& g, Vertex who, const std::string& from = "", const std::string& to = "",
           bool stated_only = false);

// `timeline NAME`: every meeting, statement and trip involving NAME, by date: date,
// basis, kind, status, strength, with (the other entities), place, evidence.
Table timeline(const graph::Graph& g, Vertex who, bool stated_only = false);

// `contacts NAME`: the entities NAME met: name, type, meetings (how many), first and last
// date; most meetings first.
Table contacts(const graph::Graph& g, Vertex who);

// What this object represents: the search state for shortest chains of meetings in one
// graph (which must outlive it and not change): per-vertex marks, distances and parents
// allocated once and reused by every search (epoch-stamped, never cleared).
// Thread safety: none; one PathFinder per thread.
class PathFinder {
 public:
  explicit PathFinder(const graph::Graph& g);
  // The shortest chain of meetings from `a` to `b`: the alternating entity, meeting,
  // entity... vertices, or empty when none joins them (or a == b). A breadth-first
  // search from both ends over the participant edges between entities and meetings,
  // one whole layer at a time on the smaller side, stopping at the layer where they
  // meet. Among chains of equal length it returns the same one whatever the order of
  // edges in the adjacency (each vertex's parent is its smallest-numbered neighbour one
  // layer closer; the meeting point is the smallest-numbered).
  std::vector<Vertex> shortest_path(Vertex a, Vertex b);
  const graph::Graph& graph() const { return g_; }

 private:
  struct Side {
    std::vector<uint32_t> seen, dist;  // seen[v] == epoch_: dist and parent are this search's
    std::vector<Vertex> parent, frontier;
  };
  template <class F>
  void each_step(Vertex u, F f) const;
  const graph::Graph& g_;
  Side a_, b_;
  std::vector<Vertex> next_;
  uint32_t epoch_ = 0;
};

// PathFinder(g).shortest_path(a, b): allocates the search state for one search.
std::vector<Vertex> shortest_path(const graph::Graph& g, Vertex a, Vertex b);

// `path A B`: one row per meeting on the shortest chain: step, from, to, date, place,
// evidence.
Table path(PathFinder& finder, Vertex a, Vertex b);
Table path(const graph::Graph& g, Vertex a, Vertex b);

// `who`: the entities, most connected first (distinct events they take part in): name,
// type, meetings, statements, trips, articles, aliases. `types` empty means all kinds.
Table who(const graph::Graph& g, const std::vector<graph::NodeKind>& types = {});

}  // namespace ng::query
