#pragma once
// Scoring an article's extraction against a gold annotation file, with the matching
// rules of shared/corpus/GUIDELINES.md, exactly as shared/eval/graph_score.py applies
// them to the JSON-LD graph of that article:
// - names match case-insensitively (after trimming, collapsing white space, dropping a
//   leading "the " and mapping U+2019 to "'") on a gold entity's name or any alias;
// - meetings are split into unordered participant pairs; statements are speakers;
// - a gold date "A/B" is matched by itself, by any day from A to B, or by the month
//   when A and B share it; predicted dates longer than ten characters are cut to ten;
// - in the dated figures a prediction whose pair (or speaker) has an undated gold
//   instance and matches no dated one is not judged.
// Trips (who, to) are scored the same way as meeting pairs; graph_score.py has no trip
// figure, so that one is newsgraph's own.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"

namespace ng::eval {

// A gold file (NNN.gold.json). Dates are "" where the gold has null.
struct Gold {
  struct Entity {
    std::string type;  // "Person", "Organization", "Place"
    std::string name;
    std::vector<std::string> aliases;
  };
  struct Meeting {
    std::vector<std::string> participants;
    std::string date;
  };
  struct Statement {
    std::string speaker, date;
  };
  struct Trip {
    std::vector<std::string> who;
    std::string to, date;
  };
  std::vector<Entity> entities;
  std::vector<Meeting> meetings;
  std::vector<Statement> statements;
  std::vector<Trip> trips;
};

// Parses a gold file. Throws core::Error naming the file when it cannot be read or is
// not a gold annotation (missing "entities", a meeting without "participants", ...).
Gold read_gold(const std::string& path);
Gold parse_gold(const std::string& json, const std::string& path_for_errors);

// What the graph of one article says, in names: every exported node carries its
// canonical name followed by its aliases, as the JSON-LD export writes them.
struct Predicted {
  struct Entity {
    std::string type;
    std::vector<std::string> names;
  };
  struct Meeting {
    std::vector<std::vector<std::string>> participants;  // one name list per attendee
    std::string date;                                    // "" when none
  };
  struct Statement {
    std::vector<std::string> speaker;
    std::string date;
  };
  struct Trip {
    std::vector<std::vector<std::string>> who;
    std::vector<std::string> to;
    std::string date;
  };
  std::vector<Entity> entities;
  std::vector<Meeting> meetings;
  std::vector<Statement> statements;
  std::vector<Trip> trips;
};

// The names of a Document's Person/Organization/Place entities and of its events'
// arguments (Misc entities are not graph nodes; arguments without an entity are left
// out).
Predicted predicted_from(const core::Document& doc);

// kMeetings and kMeetingsDated count whole meetings under graph_score.py's one-to-one
// matching: each predicted meeting matches at most one gold meeting and the other way
// round, greedily by participant overlap (Jaccard, ties to the earlier gold then the
// earlier prediction); a match needs two participants in common and, for the dated
// figure, a matching date. Only dated gold meetings count there, and a prediction that
// shares two participants with an undated gold meeting and matches no dated one is not
// judged.
enum Metric {
  kEntities, kMeetingPairs, kMeetingPairsDated, kStatementSpeakers, kStatementsDated,
  kMeetings, kMeetingsDated, kTrips, kMetricCount
};
// The metric's key as graph_score.py prints it ("meeting_pairs_dated"); "trips" for kTrips.
const char* metric_name(Metric m);

// Precision over predictions that match some gold item, recall over gold items that
// some prediction matches.
struct Counts {
  size_t matched_pred = 0, pred = 0, matched_gold = 0, gold = 0;
  void add(const Counts& o);
  double precision() const { return pred ? double(matched_pred) / pred : 0.0; }
  double recall() const { return gold ? double(matched_gold) / gold : 0.0; }
  double f1() const;
};

struct ArticleScore {
  std::array<Counts, kMetricCount> counts;
  // "metric\tMISSED\titem" / "metric\tSPURIOUS\titem", sorted within each metric.
  std::vector<std::string> errors;
};

ArticleScore score(const Gold& gold, const Predicted& pred);

// The name normalisation used for matching.
std::string normalize_name(const std::string& name);
// True when predicted date `p` matches gold date `g` ("" is null on either side).
bool date_match(const std::string& p, const std::string& g);

}  // namespace ng::eval
