#pragma once
// newsgraph's saved form: one self-contained JSON-LD document (schema.org terms, an
// inline @context, a flat @graph with absolute @ids), and the reader that loads it back.
//
// IRIs:
//   nodes       https://newsgraph.example/id/<graph key>   e.g. .../id/person/steve-witkoff
//   vocabulary  https://newsgraph.example/vocab#           (prefix "ng"): Meeting,
//               Statement, Travel, Evidence, status, mode, evidence, sentence, begin, end,
//               citationMarker, verb, reportedDate, reportedStatus, reportedMode,
//               reportedPlace, contentHash, sources, country, guest, dateBasis,
//               evidenceStrength, earliest, latest
//   schema.org  http://schema.org/ (@vocab)
//
// Shape: Article nodes (identifier, name, url, license, datePublished, ng:contentHash,
// ng:sources as an ordered list); Person / Organization / Place (name, alternateName,
// jobTitle, nationality | containedInPlace | ng:country, geo -> a GeoCoordinates node
// with xsd:decimal latitude and longitude, subjectOf -> articles); meetings
// typed [Event, ng:Meeting] (attendee, organizer for hosts, ng:guest, startDate
// [+ endDate for an interval], location, ng:status, ng:mode); statements typed
// ng:Statement (creator, dateCreated, text); trips typed [TravelAction, ng:Travel] (agent,
// toLocation, startDate). Every event has isBasedOn -> articles and ng:evidence -> one
// ng:Evidence node per report (isBasedOn, text, ng:sentence, ng:begin, ng:end byte
// offsets, ng:citationMarker, citation, ng:verb, and what that report says: ng:reported*).
// Dates are typed xsd:date, xsd:gYearMonth or xsd:gYear; an interval A/B is startDate A
// and endDate B. Every dated event also has ng:earliest and ng:latest, the first and last
// day its date may fall on, both xsd:date (stores order xsd:date alike but disagree on
// comparing gYearMonth/gYear with dates: query ranges on these), and ng:dateBasis, how
// the date was found (stated, sentence, paragraph, article, dateline, publication: see
// core::DateBasis). Every event and evidence node has ng:evidenceStrength (direct,
// attributed, inferred; an event also corroborated: see graph::Strength); an evidence
// node's ng:dateBasis is that report's. Nodes come in graph::Graph::sorted_vertices() order, articles first, each
// event followed by its evidence; keys in a fixed order: the same graph gives the same bytes.
#include <functional>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace ng::exporter {

inline constexpr const char* kBaseIri = "https://newsgraph.example/id/";
inline constexpr const char* kVocabIri = "https://newsgraph.example/vocab#";
inline constexpr const char* kSchemaIri = "http://schema.org/";

// The graph as JSON-LD text (UTF-8, ends with a newline).
std::string to_jsonld(const graph::Graph& g);

// The same bytes as to_jsonld, handed to `sink` in pieces (the context, then about one
// node at a time), so that a large graph's JSON-LD never is in memory whole.
void write_jsonld(const graph::Graph& g, const std::function<void(std::string_view)>& sink);

// Loads a graph written by to_jsonld. `bytes` is parsed in place (it is modified).
// Throws core::Error naming `path` when the bytes are not such a graph.
graph::Graph read_jsonld(std::string bytes, const std::string& path);

// read_file + read_jsonld.
graph::Graph load_jsonld(const std::string& path);

}  // namespace ng::exporter
