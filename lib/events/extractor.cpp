#include "events/extractor.h"

#include "core/resources.h"
#include "events/lexicon.h"
#include "events/run.h"

namespace ng::events {

namespace {

Lexicon load_lexicon(const Options& options) {
  Lexicon lex = Lexicon::load(options.lexicon_path.empty() ? core::resource_path("data/events_lexicon.tsv")
                                                           : options.lexicon_path);
  lex.load_demonyms(options.countries_path.empty() ? core::resource_path("data/countries.tsv") : options.countries_path);
  return lex;
}

}  // namespace

EventExtractor::EventExtractor(const Options& options)
    : lexicon_(std::make_unique<const Lexicon>(load_lexicon(options))) {}

EventExtractor::~EventExtractor() = default;
EventExtractor::EventExtractor(EventExtractor&&) noexcept = default;
EventExtractor& EventExtractor::operator=(EventExtractor&&) noexcept = default;

void EventExtractor::annotate(core::Document& doc) const {
  detail::Run run(*lexicon_, doc);
  run.extract();
}

}  // namespace ng::events
