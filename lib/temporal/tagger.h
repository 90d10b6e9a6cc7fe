#pragma once
// Time expressions (TimeML TIMEX3: DATE, TIME, DURATION, SET) and their values,
// anchored on the document date.
#include <string>

#include "core/document.h"

namespace ng::temporal {

struct Options {
  // Resolve a bare weekday or month ("on Tuesday", "in March") by the tense and
  // modality of its clause ("met" vs "will meet" vs "is scheduled for"). When false,
  // or when the clause gives no cue, a weekday is the latest one not after the
  // document date and a month the one nearest to it.
  bool tense_aware = true;
};

// What this object represents: a rule-based TimeML tagger and normaliser over the
// tokenizer's tokens. Recognises absolute dates ("22 January 2026", "Jan. 27, 2017",
// "2026-01-22", "the 1990s"), relative ones ("today", "on Tuesday", "last week",
// "two days ago", "earlier this month"), times ("4:14 P.M. EDT", "7 or 8 p.m."),
// durations ("a month", "the past decade"), sets ("every Monday", "daily") and the
// reference values PRESENT_REF, PAST_REF, FUTURE_REF.
// Thread safety: const after construction; annotate() may run on many documents at once.
class TimeTagger {
 public:
  explicit TimeTagger(const Options& options = {});

  // REQUIRES: doc tokenized (tokens and sentences filled).
  // Fills doc.timexes in text order (never overlapping), each with its span, type,
  // TimeML value, mod, sentence index and `relative` (value computed from doc.dct or
  // from an earlier expression, whose index is then in `anchor`). Relative values stay
  // unresolved ("XXXX-XX-XX", "XXXX-WXX-2") when doc.dct is empty. Values keep the
  // precision of the text: "in January" is "2026-01", "last week" "2026-W03".
  // Ranges: "August 27-28" is one DATE whose value is the first day and whose
  // end_value is the last; "June 29 and 30", "June 13 - 17" and "from September 30 -
  // October 2" are two DATEs (as TimeML marks them), the first with the second's
  // value as end_value; "2008-2009" is a DATE 2008 with end_value 2009. A clock time takes its day from the nearest day-precise date
  // in its sentence, else from doc.dct ("after 7 or 8 p.m. Moscow time today" gives
  // "2026-01-22T19:00" and "2026-01-22T20:00", and "today" its own DATE). A weekday
  // that contradicts the date it names ("Wednesday, 22 January 2026") leaves the
  // explicit date as the value and adds a warning to doc.warnings.
  void annotate(core::Document& doc) const;

 private:
  Options options_;
};

// Parses a document date "YYYY-MM-DD" (optionally followed by a time, as in
// "1998-08-07T10:35") or "YYYYMMDD"; returns false when `s` is neither.
bool parse_dct(const std::string& s, int& y, int& m, int& d);

}  // namespace ng::temporal
