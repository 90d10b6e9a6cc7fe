#include "events/extractor.h"

#include "core/resources.h"
#include "events/lexicon.h"
#include "events/run.h"

namespace ng::events {

EventExtractor::EventExtractor(const Options& options)
    : lexicon_(std::make_unique<const Lexicon>(Lexicon::load(
          options.lexicon_path.empty() ? core::resource_path("data/events_lexicon.tsv") : options.lexicon_path))) {}

EventExtractor::~EventExtractor() = default;
EventExtractor::EventExtractor(EventExtractor&&) noexcept = default;
EventExtractor& EventExtractor::operator=(EventExtractor&&) noexcept = default;

void EventExtractor::annotate(core::Document& doc) const {
  detail::Run run(*lexicon_, doc);
  run.extract();
}

}  // namespace ng::events
