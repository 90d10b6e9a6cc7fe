#pragma once
// The temporal word classes: month, weekday, number and unit words, deictic and
// modifier words. Hand-written general knowledge of English; see lexicon.cpp.
#include <cstdint>
#include <string_view>

namespace ng::temporal {

enum class WordClass : uint8_t {
  None,
  Month,      // val 1..12
  Weekday,    // val 1 (Monday) .. 7 (Sunday); plural form has kPlural
  Number,     // val: the number ("two" = 2, "dozen" = 12)
  Ordinal,    // val: the ordinal ("third" = 3)
  Unit,       // val: a Unit
  Season,     // val: a Season
  DayPart,    // val: a DayPart
  Deictic,    // val: day offset from today (today 0, yesterday -1, tomorrow +1); tonight has kNightFlag
  Reference,  // val: a RefKind (now, recently, soon, ...)
  Relative,   // val: a RelKind (last, next, this, ...)
  Edge,       // val: an EdgeKind (early, late, mid, ...)
  Shift,      // val: -1 (ago, earlier, before) or +1 (later, hence, after)
  SetAdverb,  // val: a Unit ("daily" = Day, "annually" = Year)
  Quantifier, // vague count: few, several, many, some, couple (val unused)
  Approx,     // val: an ApproxKind (about, nearly, over, ...)
  Meridian,   // val: 0 a.m., 12 p.m.
  Zone,       // a time-zone abbreviation (EST, GMT)
  ClockWord,  // val: hour of "noon" (12), "midnight" (0)
  Fiscal,     // "fiscal"
  Holiday,    // val: a Holiday
  Tense,      // val: a TenseCue (will, was, said, ...)
};

enum Unit : int16_t { kSecond = 1, kMinute, kHour, kDay, kWeek, kWeekend, kMonth, kQuarter, kHalf, kYear, kDecade, kCentury };
enum Season : int16_t { kSpring = 1, kSummer, kFall, kWinter };
enum DayPart : int16_t { kMorning = 1, kAfternoon, kEvening, kNight };
enum RefKind : int16_t { kPresent = 1, kPast, kFuture, kPresentAdj, kPastAdj, kPastNoun, kFutureNoun };
enum RelKind : int16_t { kLast = 1, kNext, kThis, kPastRel, kComing, kPrevious, kFollowing };
enum EdgeKind : int16_t { kEarly = 1, kLate, kMid, kEarlier, kLater, kEnd, kBeginning, kMiddle };
enum ApproxKind : int16_t { kAbout = 1, kNearly, kMoreThan, kLessThan, kAtLeast };
enum Holiday : int16_t { kChristmas = 1, kThanksgiving, kEaster, kHalloween, kNewYear, kIndependence, kValentine };
enum TenseCue : int16_t { kCuePast = 1, kCuePresent, kCueFuture, kCuePerfect };

// Flags on a lexicon entry.
inline constexpr uint8_t kPlural = 1;   // "days", "Mondays"
inline constexpr uint8_t kAbbrev = 2;   // "Jan.", "Sept"
inline constexpr uint8_t kNightFlag = 4;  // "tonight"
inline constexpr uint8_t kStarter = 8;    // a function word some pattern starts with ("the", "every")
inline constexpr uint8_t kKeyword = 16;   // a word of no class that patterns still read ("latest")

struct Lexeme {
  WordClass cls = WordClass::None;
  int16_t val = 0;
  uint8_t flags = 0;
};

// Looks `word` up case-insensitively (ASCII). Words longer than 24 bytes are None.
Lexeme lookup(std::string_view word);

}  // namespace ng::temporal
