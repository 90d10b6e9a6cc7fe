#pragma once
// The event lexicon: word classes that the event patterns look for (meeting verbs and
// nouns, verbs of saying, travel, status and mode cues, words that may sit inside a
// participant noun phrase). Loaded once from a TSV file; lookups allocate nothing.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "events/frames.h"

namespace ng::events {

// A set of word classes: one bit each.
using WordClasses = uint64_t;

enum WordClass : WordClasses {
  kMeetVerb = WordClasses{1} << 0,     // met, hosted, received, visited: object follows, or "with"
  kMeetWith = WordClasses{1} << 1,     // spoke, talked: a meeting only with "with"/"to"
  kMeetNoun = WordClasses{1} << 2,     // meeting, talks, summit, call
  kLight = WordClasses{1} << 3,        // held, had, opened (before a meeting noun)
  kDiscuss = WordClasses{1} << 4,      // discussed (X with Y)
  kSay = WordClasses{1} << 5,          // said, told, announced
  kSayIng = WordClasses{1} << 6,       // stating, confirming
  kTravelVerb = WordClasses{1} << 7,   // travelled, arrived
  kTravelNoun = WordClasses{1} << 8,   // trip, visit
  kPlanned = WordClasses{1} << 9,      // will, scheduled, expected
  kCancelled = WordClasses{1} << 10,   // called off, postponed
  kDenied = WordClasses{1} << 11,      // denied, never
  kHedge = WordClasses{1} << 12,       // hopes, may, could
  kCall = WordClasses{1} << 13,        // phone, video, virtual
  kNounPhrase = WordClasses{1} << 14,  // the, senior, minister, officials
  kPlural = WordClasses{1} << 15,      // leaders, envoys, both
  kAdverb = WordClasses{1} << 16,      // today, also, jointly
  kSayClause =
      WordClasses{1} << 17,  // maintained, indicated: a verb of saying only with a clause ("maintained that ...")
  kAttendIn = WordClasses{1} << 18,    // participated: a light verb whose meeting noun follows "in"
  kSayNoun = WordClasses{1} << 19,     // statement, communique: a noun of something said
  kSayLight = WordClasses{1} << 20,    // issued, released: a verb whose object is a kSayNoun ("issued a statement")
  kSide = WordClasses{1} << 21,        // officials, delegation: the people of one party ("U.S. and Japanese officials")
  kSideMod = WordClasses{1} << 22,     // senior, government, trade: a word between a party's demonym and kSide
  kVoice = WordClasses{1} << 23,       // spokesman: a person who speaks for a body ("an EC spokesman said")
  kContest = WordClasses{1} << 24,     // match, tournament: a sports contest (its "meeting" is a game)
  kLesserRank = WordClasses{1} << 25,  // vice, deputy, former: a word that makes a title another office
  kAttend = WordClasses{1} << 26,      // attended, part: at a meeting, maybe one told before
  kCounterpart = WordClasses{1} << 27,   // counterpart: one who holds the like office in another party
  kPresent = WordClasses{1} << 28,       // present, attending, participants: a fronted predicate of being at a meeting
  kIncluded = WordClasses{1} << 29,      // included: a verb that lists its subject's members
  kTogether = WordClasses{1} << 30,      // together: the particle of a verb of coming together
  kTogetherVerb = WordClasses{1} << 31,  // brought, came, got: a verb of coming together with "together"
  kJoint = WordClasses{1} << 32,         // trilateral, jointly: the listed parties met together
  kTravelObject = WordClasses{1} << 33,  // visited, toured: a verb of travel whose object is where
  kCompanion = WordClasses{1} << 34,     // accompanied, flanked: its agent goes along with the one it modifies
  kSayInverted = WordClasses{1}
                 << 35,  // said, noted: a verb of saying whose subject may follow it after a quote ('"...," said X')
  kSayPlain =
      WordClasses{1} << 36,  // said, stated, confirming: a plain verb of saying, with which a country or city may speak
  kHostVerb = WordClasses{1} << 37,    // hosted, received, welcomed: its subject is the host, its object the guest
  kMeetLemma = WordClasses{1} << 38,   // meet, met: the verb "meet" itself (a sports meeting, "met him" alone)
  kCallVerb = WordClasses{1} << 39,    // call, called: the verb "call" (a call that may be an appeal: "called on X to")
  kOrdinal = WordClasses{1} << 40,     // first, next, final: a word that numbers a meeting in a series
  kDelegation = WordClasses{1} << 41,  // delegation, team: an unnamed group that one person may lead
  kLedBy = WordClasses{1} << 42,       // headed, led: a participle that names the leader after "by"
  kAgain = WordClasses{1} << 43,       // further, another: a meeting that continues earlier ones
  kNeeded = WordClasses{1} << 44,      // needed, necessary: a meeting said to be needed is none yet
  kLeaveVerb = WordClasses{1} << 45,   // left, leaves: a verb of departure, a trip only with "for"
  kLeadVerb = WordClasses{1} << 46,    // led, leading: a verb of leading (a delegation), whose subject travels with it
  kPastForm = WordClasses{1} << 47,    // was, went, met: a form that tells of the past (before "for talks")
  kOpener =
      WordClasses{1} << 48,  // in, during, speaking, citing: a word that opens a phrase set off by commas before a verb
  kInvolve = WordClasses{1} << 49,  // involving, including: a participle naming a meeting's parties as its object
  kOutlet = WordClasses{1} << 50,   // agency, newspaper: what a news outlet's name may be followed by ("X news agency")
  kOrgKind = WordClasses{1} << 51,  // group, company: a kind of organisation; "the group" is the one named before
  kCountryKind = WordClasses{1} << 52,  // country, kingdom: a kind of state; "the kingdom" is the one named before
  kPlaceKind = WordClasses{1} << 53,    // capital, town: a kind of place, before its name ("the capital Brasilia")
};

// What this object represents: a word -> class-set table. Thread safety: const after
// construction.
class Lexicon {
 public:
  // Reads `path` ("word<TAB>class,class" lines; '#' comments; a class "count=N" gives the
  // word's number). Throws core::Error naming the file and line on an unknown class or a
  // malformed line.
  static Lexicon load(const std::string& path);
  Lexicon() = default;
  void add(std::string_view word, WordClasses classes);
  // Classes of a lower-case word; 0 when unknown.
  WordClasses classes(std::string_view lower_word) const;
  // The number a lower-case count word names ("five" -> 5; a "count=N" class in the
  // file), or 0.
  int count(std::string_view lower_word) const;

  // Adds the demonyms of data/countries.tsv ("Country<TAB>demonym<TAB>Form" lines) and its
  // names and short forms (the other kinds). Throws core::Error naming the file and line on a malformed line.
  void load_demonyms(const std::string& path);
  void add_demonym(std::string_view lower_demonym, std::string country);
  // The country a lower-case demonym names ("rwandan" -> "Rwanda"), or nullptr.
  const std::string* country_of(std::string_view lower_demonym) const;
  // Whether a lower-case name is a country's name or short form of data/countries.tsv
  // ("germany", "united states", "u.s.").
  bool is_country_name(std::string_view lower_name) const;

  // Adds the first names of data/first_names_gender.tsv ("name<TAB>female|male" lines, lower
  // case). Throws core::Error naming the file and line on a malformed line.
  void load_genders(const std::string& path);
  // The gender of a lower-case first name: 'f', 'm', or 0 when unknown or either.
  char gender_of(std::string_view lower_first_name) const;

  // Adds the cities of data/gazetteer.tsv ("phrase<TAB>city<TAB>CC<TAB>lat<TAB>lon<TAB>population"
  // and "phrase<TAB>country<TAB>CC" lines; other categories are skipped), each with the country
  // of its most populous bearer. Throws core::Error naming the file and line on a malformed line.
  void load_city_countries(const std::string& path);
  // The name of the country a lower-case city name lies in ("tokyo" -> "Japan"), or nullptr.
  const std::string* country_of_city(std::string_view lower_city) const;

  // Replaces the frame table with data/event_frames.tsv's shape at `path` (Frames::load).
  void load_frames(const std::string& path);
  const Frames& frames() const { return frames_; }
  Frames& frames() { return frames_; }

 private:
  std::unordered_map<std::string, WordClasses> table_;
  std::unordered_map<std::string, int> counts_;
  std::unordered_map<std::string, char> genders_;
  std::unordered_map<std::string, std::string> demonyms_;
  std::unordered_set<std::string> country_names_;
  std::unordered_map<std::string, std::pair<std::string, long>> city_code_;  // lower city -> (country code, population)
  std::unordered_map<std::string, std::string> country_by_code_;             // country code -> name
  Frames frames_;
};

}  // namespace ng::events
