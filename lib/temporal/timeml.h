#pragma once
// TimeML documents in the TempEval-3 convention: a <DCT> holding the creation time and
// a <TEXT> element whose character content is the text; TIMEX3 elements mark time
// expressions inside it.
#include <string>
#include <vector>

#include "core/document.h"

namespace ng::temporal {

// A TIMEX3 found in a TimeML <TEXT>: byte offsets into TimemlDoc::text.
struct TimemlTimex {
  uint32_t begin = 0, end = 0;
  std::string type, value;
};

struct TimemlDoc {
  std::string head;  // every byte up to and including "<TEXT>"
  std::string text;  // the <TEXT> content with every tag removed (entities kept as written)
  std::string tail;  // every byte from "</TEXT>" on
  std::string dct;   // the DCT value ("1998-08-07"), or "" when absent
  std::vector<TimemlTimex> timexes;  // TIMEX3 elements that were inside <TEXT>
};

// Parses a TimeML document. Throws core::Error naming `path` (and the line) when there
// is no <TEXT>...</TEXT> or a tag inside it is not closed.
TimemlDoc read_timeml(const std::string& bytes, const std::string& path);

// A core::Document over the TEXT content (dct from the DCT), ready for tokenizing.
core::Document to_document(const TimemlDoc& t, const std::string& path);

// The document with the given timexes (spans into t.text, in text order, not
// overlapping) written as <TIMEX3 tid type value [mod]> elements in <TEXT>; the text
// itself is unchanged. Other inline tags of the input are not kept.
std::string write_timeml(const TimemlDoc& t, const std::vector<core::Timex>& timexes);

// TempEval-3 scores of predicted against gold timexes over the same texts.
struct TimexScore {
  long gold = 0, pred = 0, strict = 0, relaxed_gold = 0, relaxed_pred = 0, value = 0, type = 0;
  double strict_f1() const { return f1(strict, strict); }
  double relaxed_f1() const { return f1(relaxed_pred, relaxed_gold); }
  double value_f1() const { return f1(value, value); }
  double type_f1() const { return f1(type, type); }
  double f1(long tp_pred, long tp_gold) const {
    double p = pred ? double(tp_pred) / pred : 0, r = gold ? double(tp_gold) / gold : 0;
    return p + r > 0 ? 100 * 2 * p * r / (p + r) : 0;
  }
};

// Adds one document's counts to `score` (TempEval-3 matching: each gold timex takes
// the first unused prediction overlapping it). Describes every error as one line
// "KIND\t'text'\t..." in `errors` when it is not null.
void score_timexes(const std::string& text, const std::vector<TimemlTimex>& gold, const std::vector<TimemlTimex>& pred,
                   TimexScore& score, std::vector<std::string>* errors);

}  // namespace ng::temporal
