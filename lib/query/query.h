#pragma once
// Questions to a graph: who met whom, when, where, says who.
//
// Names resolve like a person types them, compared by graph::name_slug (case, spacing,
// dots, apostrophes and a leading "the" do not matter): an entity's canonical name first;
// else any alias, and for a single word ("Kushner") every entity with that word in one
// of its names. One entity found is a match; several are candidates (ambiguous).
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
  std::vector<Vertex> candidates;   // when ambiguous: the entities it could name; when
                                    // unknown: entities with a similar name (may be empty)
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

// A human message for a failed resolution: "unknown name 'X'" or "ambiguous name 'X'",
// followed by the candidates ("Name (Type)"), one per line.
std::string explain(const graph::Graph& g, std::string_view name, const Resolution& r);

struct MeetingFilter {
  std::optional<Vertex> with;   // only meetings that this entity attended too
  std::string from, to;         // dates, inclusive; "" for open
  std::optional<core::Status> status;
};

// The meetings `who` took part in, by date (undated last), then key.
std::vector<Vertex> meetings_of(const graph::Graph& g, Vertex who, const MeetingFilter& f = {});

// The entities an event involves (participants, speakers, travellers), sorted by name.
std::vector<Vertex> participants(const graph::Graph& g, Vertex event);

// `met NAME`: one row per meeting: date, status, mode, with (the other participants),
// place, sources (article ids), evidence (the first report's sentence).
Table met(const graph::Graph& g, Vertex who, const MeetingFilter& f = {});

// `said NAME`: one row per statement NAME made: date, words, verb, sources, evidence;
// by date. Only statements dated in [from, to] when either is given.
Table said(const graph::Graph& g, Vertex who, const std::string& from = "", const std::string& to = "");

// `timeline NAME`: every meeting, statement and trip involving NAME, by date: date, kind,
// status, with (the other entities), place, evidence.
Table timeline(const graph::Graph& g, Vertex who);

// `contacts NAME`: the entities NAME met: name, type, meetings (how many), first and last
// date; most meetings first.
Table contacts(const graph::Graph& g, Vertex who);

// The shortest chain of meetings from `a` to `b` (breadth-first search over meeting-
// participant edges, Boost.Graph): the alternating entity, meeting, entity... vertices,
// or empty when none joins them (or a == b).
std::vector<Vertex> shortest_path(const graph::Graph& g, Vertex a, Vertex b);

// `path A B`: one row per meeting on the shortest chain: step, from, to, date, place,
// evidence.
Table path(const graph::Graph& g, Vertex a, Vertex b);

// `who`: the entities, most connected first (distinct events they take part in): name,
// type, meetings, statements, trips, articles, aliases. `types` empty means all kinds.
Table who(const graph::Graph& g, const std::vector<graph::NodeKind>& types = {});

}  // namespace ng::query
