#pragma once
// Meetings, statements and trips: participants, date, place, status, mode, evidence.
//
// What this stage finds, over tokens, mentions, entities and timexes (no regex):
// - meetings: "X met (with) Y", "X and Y met", "X hosted/received/welcomed/visited/
//   called Y", "X spoke (by phone) with Y", "X held talks/a meeting/a call with Y",
//   "a meeting between X and Y", "X's meeting with Y", "a summit/meeting of A, B and C",
//   "X discussed Z with Y", and readout/remarks titles ("Readout of X's Call with Y",
//   "X and Y Before Their Meeting"), whose participants carry into the body ("the two
//   leaders"). A list of counterparts gives one meeting each unless the sentence says
//   they met together ("trilateral", "jointly").
// - statements: a speaker with a verb of saying (said, told, reiterated, ...), inverted
//   ("..., said X"), participles ("with the Kremlin confirming"), "according to X",
//   transcript turns ("PRESIDENT BIDEN:"), statement titles ("Joint Statement by A, B
//   and C"), "attributable to X". A group of speakers gives one statement each.
// - trips: "X travelled to / arrived in / will travel to / visited <Place>", "X's
//   visit to <Place>".
// Participants are mentions, or references resolved within the article: "he"/"she"
// (the subject of the sentence or the one before), "I"/"we" (the transcript speaker),
// "the Secretary"/"the President" (the person whose title it is), "the two leaders",
// "they" (the participants of the current meeting).
// Date: the nearest timex of the sentence, else the paragraph's reference date, else
// the article's lead meeting date (readouts), else the document date. Status from cues
// (will/scheduled/expected -> planned, called off/postponed -> cancelled, denied/never
// -> denied; a date after the document date -> planned); "hopes to meet" is no event.
#include <memory>
#include <string>
#include <vector>

#include "core/document.h"

namespace ng::events {

struct Options {
  // The lexicon TSV; empty: core::resource_path("data/events_lexicon.tsv").
  std::string lexicon_path;
  // Countries and their demonyms ("Rwandan officials" are Rwanda's side); empty:
  // core::resource_path("data/countries.tsv").
  std::string countries_path;
  // Where a meeting's participants sit in the dependency tree; empty:
  // core::resource_path("data/event_frames.tsv").
  std::string frames_path;
  // The first names of one gender (data/first_names_gender.tsv: name<TAB>female|male); empty:
  // core::resource_path("data/first_names_gender.tsv").
  std::string genders_path;
  std::string gazetteer_path;  // "" = data/gazetteer.tsv (cities and their countries)
  // Tree passes left out (names from Frames::pass_names()), to measure what each adds;
  // default none. An unknown name throws core::Error.
  std::vector<std::string> skip_tree_passes;
  // Meetings from the dependency tree only, without the surface meeting patterns (to
  // measure or test the tree passes alone); default false.
  bool tree_meetings_only = false;
};

class Lexicon;

// A configured extractor; const after construction, safe to share across threads.
class EventExtractor {
 public:
  // Loads the lexicon. Throws core::Error naming the file if it is missing or malformed.
  explicit EventExtractor(const Options& options = {});
  ~EventExtractor();
  EventExtractor(EventExtractor&&) noexcept;
  EventExtractor& operator=(EventExtractor&&) noexcept;

  // REQUIRES: doc has tokens. The sentences that hold a word that may start a meeting (a
  // meeting verb or noun, "discussed"): 1 for each such sentence, else 0. The pipeline
  // parses those sentences only.
  std::vector<uint8_t> event_sentences(const core::Document& doc) const;

  // REQUIRES: doc has tokens, mentions, entities and timexes. Fills doc.events in text
  // order (title events first), replacing what was there.
  void annotate(core::Document& doc) const;

 private:
  std::unique_ptr<const Lexicon> lexicon_;
};

}  // namespace ng::events
