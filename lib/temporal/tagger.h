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
  // Fills doc.timexes in text order, each with its span, type, TimeML value, mod,
  // sentence index and `relative` (value computed from doc.dct or from an earlier
  // expression). Relative values stay unresolved ("XXXX-XX-XX", "XXXX-WXX-2") when
  // doc.dct is empty. A day range ("August 27-28") is one DATE whose value is the
  // first day and whose end_value is the last. A clock time takes its day from a
  // day-precise date in the same sentence, else from doc.dct ("7 p.m. today" ->
  // "2026-01-22T19:00"). A weekday that contradicts the date it names ("Thursday,
  // 20 January 2026") leaves the explicit date as the value and adds a warning.
  void annotate(core::Document& doc) const;

 private:
  Options options_;
};

// Parses a document date "YYYY-MM-DD" (optionally followed by a time, as in
// "1998-08-07T10:35") or "YYYYMMDD"; returns false when `s` is neither.
bool parse_dct(const std::string& s, int& y, int& m, int& d);

}  // namespace ng::temporal
