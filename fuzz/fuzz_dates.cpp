// The date parsers: the dateline finder (on the first lines of an article body), the
// calendar's ISO date and period parsers, the document-date parser and the time tagger
// on the bytes as a sentence, resolved against a fixed document date.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/calendar.h"
#include "core/document.h"
#include "core/error.h"
#include "temporal/tagger.h"
#include "text/dateline.h"
#include "text/utf8.h"
#include "tokenize/tokenizer.h"

using namespace ng;

namespace {
const temporal::TimeTagger* tagger = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  tagger = new temporal::TimeTagger();  // lexicons load once; lives for the process
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  core::Ymd ymd;
  core::parse_iso_date(s, ymd);
  int64_t first = 0, last = 0;
  if (core::parse_iso_period(s, first, last) && last < first) __builtin_trap();
  int y = 0, m = 0, d = 0;
  temporal::parse_dct(s, y, m, d);
  if (text::find_invalid_utf8(s) != std::string_view::npos) return 0;  // the pipeline checks this first
  core::Document doc;
  doc.id = "fuzz";
  doc.path = "fuzz.txt";
  doc.text = s;
  doc.body = core::Span{0, uint32_t(s.size())};
  doc.published = "2026-01-22";
  try {
    text::find_dateline(doc);
    if (doc.dct.empty()) doc.dct = "2026-01-22";
    tokenize::tokenize(doc);
    tagger->annotate(doc);
  } catch (const core::Error&) {
  }
  return 0;
}
