#pragma once
// Time expressions and their TimeML values, anchored on the document date.
#include "core/document.h"

namespace ng::temporal {

struct Options {};

// A configured time tagger; const after construction, safe to share across threads.
class TimeTagger {
 public:
  explicit TimeTagger(const Options& options = {});
  // REQUIRES: doc tokenized. Fills doc.timexes in text order; values relative to
  // doc.dct stay unresolved (value with "X" digits) when doc.dct is empty.
  void annotate(core::Document& doc) const;

 private:
  Options options_;
};

}  // namespace ng::temporal
