#pragma once
// Questions to a graph: who met whom, when, where, says who.
//
// Names resolve like a person types them: any name or alias of an entity, compared by
// graph::name_slug (case, spacing, dots, apostrophes and a leading "the" do not matter);
// failing that, a surname or other single word of a person's names when exactly one
// entity has it.
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

}  // namespace ng::query
