#pragma once
// Meetings, statements and trips: participants, date, place, status, evidence.
#include "core/document.h"

namespace ng::events {

struct Options {};

// A configured extractor; const after construction, safe to share across threads.
class EventExtractor {
 public:
  explicit EventExtractor(const Options& options = {});
  // REQUIRES: doc has tokens, entities and timexes. Fills doc.events in text order.
  void annotate(core::Document& doc) const;

 private:
  Options options_;
};

}  // namespace ng::events
