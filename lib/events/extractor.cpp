#include "events/extractor.h"

namespace ng::events {

EventExtractor::EventExtractor(const Options& options) : options_(options) {}

// First version: finds nothing. Replaced by the event patterns.
void EventExtractor::annotate(core::Document&) const {}

}  // namespace ng::events
