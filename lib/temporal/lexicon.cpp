#include "temporal/lexicon.h"

#include <iterator>
#include <unordered_map>

namespace ng::temporal {
namespace {

struct Entry {
  std::string_view word;
  WordClass cls;
  int16_t val;
  uint8_t flags;
};

using W = WordClass;

// General knowledge of English time words, hashed once at first use.
const Entry kEntries[] = {
    // Months, with the usual newspaper abbreviations.
    {"january", W::Month, 1, 0}, {"february", W::Month, 2, 0}, {"march", W::Month, 3, 0}, {"april", W::Month, 4, 0},
    {"may", W::Month, 5, 0}, {"june", W::Month, 6, 0}, {"july", W::Month, 7, 0}, {"august", W::Month, 8, 0},
    {"september", W::Month, 9, 0}, {"october", W::Month, 10, 0}, {"november", W::Month, 11, 0}, {"december", W::Month, 12, 0},
    {"jan.", W::Month, 1, kAbbrev}, {"jan", W::Month, 1, kAbbrev}, {"feb.", W::Month, 2, kAbbrev}, {"feb", W::Month, 2, kAbbrev},
    {"mar.", W::Month, 3, kAbbrev}, {"apr.", W::Month, 4, kAbbrev}, {"apr", W::Month, 4, kAbbrev}, {"jun.", W::Month, 6, kAbbrev},
    {"jul.", W::Month, 7, kAbbrev}, {"aug.", W::Month, 8, kAbbrev}, {"aug", W::Month, 8, kAbbrev}, {"sep.", W::Month, 9, kAbbrev},
    {"sept.", W::Month, 9, kAbbrev}, {"sept", W::Month, 9, kAbbrev}, {"oct.", W::Month, 10, kAbbrev}, {"oct", W::Month, 10, kAbbrev},
    {"nov.", W::Month, 11, kAbbrev}, {"nov", W::Month, 11, kAbbrev}, {"dec.", W::Month, 12, kAbbrev},
    // Weekdays.
    {"monday", W::Weekday, 1, 0}, {"tuesday", W::Weekday, 2, 0}, {"wednesday", W::Weekday, 3, 0}, {"thursday", W::Weekday, 4, 0},
    {"friday", W::Weekday, 5, 0}, {"saturday", W::Weekday, 6, 0}, {"sunday", W::Weekday, 7, 0},
    {"mondays", W::Weekday, 1, kPlural}, {"tuesdays", W::Weekday, 2, kPlural}, {"wednesdays", W::Weekday, 3, kPlural},
    {"thursdays", W::Weekday, 4, kPlural}, {"fridays", W::Weekday, 5, kPlural}, {"saturdays", W::Weekday, 6, kPlural},
    {"sundays", W::Weekday, 7, kPlural},
    // Cardinal numbers.
    {"one", W::Number, 1, 0}, {"two", W::Number, 2, 0}, {"three", W::Number, 3, 0}, {"four", W::Number, 4, 0},
    {"five", W::Number, 5, 0}, {"six", W::Number, 6, 0}, {"seven", W::Number, 7, 0}, {"eight", W::Number, 8, 0},
    {"nine", W::Number, 9, 0}, {"ten", W::Number, 10, 0}, {"eleven", W::Number, 11, 0}, {"twelve", W::Number, 12, 0},
    {"thirteen", W::Number, 13, 0}, {"fourteen", W::Number, 14, 0}, {"fifteen", W::Number, 15, 0}, {"sixteen", W::Number, 16, 0},
    {"seventeen", W::Number, 17, 0}, {"eighteen", W::Number, 18, 0}, {"nineteen", W::Number, 19, 0}, {"twenty", W::Number, 20, 0},
    {"thirty", W::Number, 30, 0}, {"forty", W::Number, 40, 0}, {"fifty", W::Number, 50, 0}, {"sixty", W::Number, 60, 0},
    {"seventy", W::Number, 70, 0}, {"eighty", W::Number, 80, 0}, {"ninety", W::Number, 90, 0}, {"hundred", W::Number, 100, 0},
    {"dozen", W::Number, 12, 0},
    // Ordinals.
    {"first", W::Ordinal, 1, 0}, {"second", W::Ordinal, 2, 0}, {"third", W::Ordinal, 3, 0}, {"fourth", W::Ordinal, 4, 0},
    {"fifth", W::Ordinal, 5, 0}, {"sixth", W::Ordinal, 6, 0}, {"seventh", W::Ordinal, 7, 0}, {"eighth", W::Ordinal, 8, 0},
    {"ninth", W::Ordinal, 9, 0}, {"tenth", W::Ordinal, 10, 0}, {"eleventh", W::Ordinal, 11, 0}, {"twelfth", W::Ordinal, 12, 0},
    {"thirteenth", W::Ordinal, 13, 0}, {"fourteenth", W::Ordinal, 14, 0}, {"fifteenth", W::Ordinal, 15, 0},
    {"sixteenth", W::Ordinal, 16, 0}, {"seventeenth", W::Ordinal, 17, 0}, {"eighteenth", W::Ordinal, 18, 0},
    {"nineteenth", W::Ordinal, 19, 0}, {"twentieth", W::Ordinal, 20, 0}, {"thirtieth", W::Ordinal, 30, 0},
    {"twenty-first", W::Ordinal, 21, 0}, {"twenty-second", W::Ordinal, 22, 0}, {"twenty-third", W::Ordinal, 23, 0},
    {"twenty-fourth", W::Ordinal, 24, 0}, {"twenty-fifth", W::Ordinal, 25, 0}, {"twenty-sixth", W::Ordinal, 26, 0},
    {"twenty-seventh", W::Ordinal, 27, 0}, {"twenty-eighth", W::Ordinal, 28, 0}, {"twenty-ninth", W::Ordinal, 29, 0},
    {"thirty-first", W::Ordinal, 31, 0}, {"last", W::Relative, kLast, 0},
    // Units.
    {"second", W::Unit, kSecond, 0}, {"seconds", W::Unit, kSecond, kPlural}, {"minute", W::Unit, kMinute, 0},
    {"minutes", W::Unit, kMinute, kPlural}, {"hour", W::Unit, kHour, 0}, {"hours", W::Unit, kHour, kPlural},
    {"day", W::Unit, kDay, 0}, {"days", W::Unit, kDay, kPlural}, {"week", W::Unit, kWeek, 0}, {"weeks", W::Unit, kWeek, kPlural},
    {"weekend", W::Unit, kWeekend, 0}, {"weekends", W::Unit, kWeekend, kPlural}, {"month", W::Unit, kMonth, 0},
    {"months", W::Unit, kMonth, kPlural}, {"quarter", W::Unit, kQuarter, 0}, {"quarters", W::Unit, kQuarter, kPlural},
    {"half", W::Unit, kHalf, 0}, {"year", W::Unit, kYear, 0}, {"years", W::Unit, kYear, kPlural}, {"decade", W::Unit, kDecade, 0},
    {"decades", W::Unit, kDecade, kPlural}, {"century", W::Unit, kCentury, 0}, {"centuries", W::Unit, kCentury, kPlural},
    {"fortnight", W::Unit, kWeek, 0}, {"hrs", W::Unit, kHour, kPlural}, {"yrs", W::Unit, kYear, kPlural},
    {"mins", W::Unit, kMinute, kPlural},
    // Seasons and parts of the day.
    {"spring", W::Season, kSpring, 0}, {"summer", W::Season, kSummer, 0}, {"fall", W::Season, kFall, 0},
    {"autumn", W::Season, kFall, 0}, {"winter", W::Season, kWinter, 0},
    {"morning", W::DayPart, kMorning, 0}, {"afternoon", W::DayPart, kAfternoon, 0}, {"evening", W::DayPart, kEvening, 0},
    {"night", W::DayPart, kNight, 0}, {"mornings", W::DayPart, kMorning, kPlural}, {"nights", W::DayPart, kNight, kPlural},
    {"evenings", W::DayPart, kEvening, kPlural}, {"afternoons", W::DayPart, kAfternoon, kPlural},
    // Deictic days.
    {"today", W::Deictic, 0, 0}, {"yesterday", W::Deictic, -1, 0}, {"tomorrow", W::Deictic, 1, 0}, {"tonight", W::Deictic, 0, kNightFlag},
    // The TimeML reference values.
    {"now", W::Reference, kPresent, 0}, {"currently", W::Reference, kPresent, 0}, {"presently", W::Reference, kPresent, 0},
    {"nowadays", W::Reference, kPresent, 0}, {"current", W::Reference, kPresentAdj, 0}, {"recently", W::Reference, kPast, 0},
    {"lately", W::Reference, kPast, 0}, {"recent", W::Reference, kPastAdj, 0}, {"soon", W::Reference, kFuture, 0},
    {"future", W::Reference, kFutureNoun, 0}, {"past", W::Reference, kPastNoun, 0}, {"present", W::Reference, kPresent, 0},
    {"formerly", W::Reference, kPast, 0},
    // Relative modifiers ("last" is above, with the ordinals).
    {"next", W::Relative, kNext, 0}, {"this", W::Relative, kThis, 0}, {"coming", W::Relative, kComing, 0},
    {"previous", W::Relative, kPrevious, 0}, {"preceding", W::Relative, kPrevious, 0}, {"prior", W::Relative, kPrevious, 0},
    {"following", W::Relative, kFollowing, 0}, {"upcoming", W::Relative, kComing, 0},
    // Edges of a period.
    {"early", W::Edge, kEarly, 0}, {"late", W::Edge, kLate, 0}, {"mid", W::Edge, kMid, 0}, {"earlier", W::Edge, kEarlier, 0},
    {"later", W::Edge, kLater, 0}, {"end", W::Edge, kEnd, 0}, {"beginning", W::Edge, kBeginning, 0}, {"start", W::Edge, kBeginning, 0},
    {"middle", W::Edge, kMiddle, 0}, {"close", W::Edge, kEnd, 0}, {"dawn", W::Edge, kBeginning, 0},
    // Shifts after a duration ("two days ago").
    {"ago", W::Shift, -1, 0}, {"hence", W::Shift, 1, 0},
    // Frequency adverbs.
    {"daily", W::SetAdverb, kDay, 0}, {"weekly", W::SetAdverb, kWeek, 0}, {"monthly", W::SetAdverb, kMonth, 0},
    {"yearly", W::SetAdverb, kYear, 0}, {"annually", W::SetAdverb, kYear, 0}, {"quarterly", W::SetAdverb, kQuarter, 0},
    {"hourly", W::SetAdverb, kHour, 0}, {"nightly", W::SetAdverb, kDay, 0}, {"biweekly", W::SetAdverb, kWeek, 0},
    // Vague counts.
    {"few", W::Quantifier, 0, 0}, {"several", W::Quantifier, 0, 0}, {"many", W::Quantifier, 0, 0}, {"couple", W::Quantifier, 0, 0},
    {"some", W::Quantifier, 0, 0}, {"numerous", W::Quantifier, 0, 0},
    // Approximations and bounds.
    {"about", W::Approx, kAbout, 0}, {"around", W::Approx, kAbout, 0}, {"approximately", W::Approx, kAbout, 0},
    {"roughly", W::Approx, kAbout, 0}, {"nearly", W::Approx, kNearly, 0}, {"almost", W::Approx, kNearly, 0},
    {"over", W::Approx, kMoreThan, 0}, {"under", W::Approx, kLessThan, 0},
    // Clock words.
    {"a.m.", W::Meridian, 0, 0}, {"am", W::Meridian, 0, 0}, {"a.m", W::Meridian, 0, 0}, {"p.m.", W::Meridian, 12, 0},
    {"pm", W::Meridian, 12, 0}, {"p.m", W::Meridian, 12, 0}, {"noon", W::ClockWord, 12, 0}, {"midnight", W::ClockWord, 0, 0},
    {"midday", W::ClockWord, 12, 0},
    {"est", W::Zone, 0, 0}, {"edt", W::Zone, 0, 0}, {"cst", W::Zone, 0, 0}, {"cdt", W::Zone, 0, 0}, {"mst", W::Zone, 0, 0},
    {"mdt", W::Zone, 0, 0}, {"pst", W::Zone, 0, 0}, {"pdt", W::Zone, 0, 0}, {"gmt", W::Zone, 0, 0}, {"utc", W::Zone, 0, 0},
    {"bst", W::Zone, 0, 0}, {"cet", W::Zone, 0, 0}, {"cest", W::Zone, 0, 0}, {"msk", W::Zone, 0, 0}, {"et", W::Zone, 0, 0},
    {"fiscal", W::Fiscal, 0, 0},
    // Fixed and movable feasts.
    {"christmas", W::Holiday, kChristmas, 0}, {"thanksgiving", W::Holiday, kThanksgiving, 0}, {"easter", W::Holiday, kEaster, 0},
    {"halloween", W::Holiday, kHalloween, 0},
    // Words of no class that start patterns ("the third quarter", "every Monday",
    // "twice a year") or that patterns read ("the latest quarter").
    {"the", W::None, 0, kStarter}, {"a", W::None, 0, kStarter}, {"an", W::None, 0, kStarter},
    {"that", W::None, 0, kStarter}, {"these", W::None, 0, kStarter}, {"more", W::None, 0, kStarter},
    {"less", W::None, 0, kStarter}, {"at", W::None, 0, kStarter}, {"up", W::None, 0, kStarter},
    {"new", W::None, 0, kStarter}, {"independence", W::None, 0, kStarter}, {"every", W::None, 0, kStarter},
    {"each", W::None, 0, kStarter}, {"per", W::None, 0, kStarter}, {"other", W::None, 0, kStarter},
    {"same", W::None, 0, kStarter}, {"once", W::None, 0, kStarter}, {"twice", W::None, 0, kStarter},
    {"latest", W::None, 0, kStarter | kKeyword},
    // Tense and modality cues for the clause of a bare weekday or month.
    {"will", W::Tense, kCueFuture, 0}, {"'ll", W::Tense, kCueFuture, 0}, {"\xE2\x80\x99ll", W::Tense, kCueFuture, 0},
    {"shall", W::Tense, kCueFuture, 0}, {"won't", W::Tense, kCueFuture, 0}, {"scheduled", W::Tense, kCueFuture, 0},
    {"expected", W::Tense, kCueFuture, 0}, {"expects", W::Tense, kCueFuture, 0}, {"plans", W::Tense, kCueFuture, 0},
    {"planned", W::Tense, kCueFuture, 0}, {"planning", W::Tense, kCueFuture, 0}, {"intends", W::Tense, kCueFuture, 0},
    {"due", W::Tense, kCueFuture, 0}, {"going", W::Tense, kCueFuture, 0}, {"would", W::Tense, kCueFuture, 0},
    {"set", W::Tense, kCueFuture, 0}, {"slated", W::Tense, kCueFuture, 0}, {"proposed", W::Tense, kCueFuture, 0},
    {"wants", W::Tense, kCueFuture, 0},
    {"hopes", W::Tense, kCueFuture, 0}, {"aims", W::Tense, kCueFuture, 0}, {"intend", W::Tense, kCueFuture, 0},
    {"plan", W::Tense, kCueFuture, 0}, {"expect", W::Tense, kCueFuture, 0},
    {"might", W::Tense, kCueFuture, 0}, {"begins", W::Tense, kCueFuture, 0},
    {"starts", W::Tense, kCueFuture, 0}, {"opens", W::Tense, kCueFuture, 0}, {"takes", W::Tense, kCueFuture, 0},
    {"payable", W::Tense, kCueFuture, 0}, {"expire", W::Tense, kCueFuture, 0}, {"expires", W::Tense, kCueFuture, 0},
    {"likely", W::Tense, kCueFuture, 0},
    {"was", W::Tense, kCuePast, 0}, {"were", W::Tense, kCuePast, 0}, {"had", W::Tense, kCuePast, 0}, {"did", W::Tense, kCuePast, 0},
    {"has", W::Tense, kCuePerfect, 0}, {"have", W::Tense, kCuePerfect, 0}, {"been", W::Tense, kCuePast, 0},
    {"said", W::Tense, kCuePast, 0}, {"met", W::Tense, kCuePast, 0}, {"told", W::Tense, kCuePast, 0}, {"went", W::Tense, kCuePast, 0},
    {"came", W::Tense, kCuePast, 0}, {"held", W::Tense, kCuePast, 0}, {"took", W::Tense, kCuePast, 0}, {"made", W::Tense, kCuePast, 0},
    {"gave", W::Tense, kCuePast, 0}, {"saw", W::Tense, kCuePast, 0}, {"left", W::Tense, kCuePast, 0}, {"spoke", W::Tense, kCuePast, 0},
    {"began", W::Tense, kCuePast, 0}, {"ran", W::Tense, kCuePast, 0}, {"won", W::Tense, kCuePast, 0}, {"lost", W::Tense, kCuePast, 0},
    {"fell", W::Tense, kCuePast, 0}, {"rose", W::Tense, kCuePast, 0}, {"sold", W::Tense, kCuePast, 0}, {"bought", W::Tense, kCuePast, 0},
    {"paid", W::Tense, kCuePast, 0}, {"found", W::Tense, kCuePast, 0}, {"thought", W::Tense, kCuePast, 0},
    {"brought", W::Tense, kCuePast, 0}, {"became", W::Tense, kCuePast, 0}, {"got", W::Tense, kCuePast, 0}, {"kept", W::Tense, kCuePast, 0},
    {"led", W::Tense, kCuePast, 0}, {"sent", W::Tense, kCuePast, 0}, {"wrote", W::Tense, kCuePast, 0}, {"flew", W::Tense, kCuePast, 0},
    {"struck", W::Tense, kCuePast, 0}, {"hit", W::Tense, kCuePast, 0}, {"shot", W::Tense, kCuePast, 0}, {"killed", W::Tense, kCuePast, 0},
    {"broke", W::Tense, kCuePast, 0}, {"chose", W::Tense, kCuePast, 0}, {"drove", W::Tense, kCuePast, 0},
    {"fought", W::Tense, kCuePast, 0}, {"felt", W::Tense, kCuePast, 0}, {"heard", W::Tense, kCuePast, 0}, {"knew", W::Tense, kCuePast, 0},
    {"meant", W::Tense, kCuePast, 0}, {"stood", W::Tense, kCuePast, 0}, {"sat", W::Tense, kCuePast, 0}, {"spent", W::Tense, kCuePast, 0},
    {"grew", W::Tense, kCuePast, 0}, {"threw", W::Tense, kCuePast, 0}, {"arrived", W::Tense, kCuePast, 0},
    {"is", W::Tense, kCuePresent, 0}, {"are", W::Tense, kCuePresent, 0},
};

// Word -> lexeme. Where a word is listed twice, the first entry wins.
std::unordered_map<std::string_view, Lexeme> build_table() {
  std::unordered_map<std::string_view, Lexeme> table;
  table.reserve(2 * std::size(kEntries));
  for (const Entry& e : kEntries) table.emplace(e.word, Lexeme{e.cls, e.val, e.flags});
  return table;
}

}  // namespace

Lexeme lookup(std::string_view word) {
  static const std::unordered_map<std::string_view, Lexeme> table = build_table();
  if (word.size() > 24 || word.empty() || (word[0] >= '0' && word[0] <= '9')) return {};  // no entry starts with a digit
  char buf[24];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  auto it = table.find(std::string_view(buf, word.size()));
  return it == table.end() ? Lexeme{} : it->second;
}

}  // namespace ng::temporal
