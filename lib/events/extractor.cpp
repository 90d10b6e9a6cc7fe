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
  lex.load_frames(options.frames_path.empty() ? core::resource_path("data/event_frames.tsv") : options.frames_path);
  lex.load_genders(options.genders_path.empty() ? core::resource_path("data/first_names_gender.tsv")
                                                : options.genders_path);
  lex.load_city_countries(options.gazetteer_path.empty() ? core::resource_path("data/gazetteer.tsv")
                                                         : options.gazetteer_path);
  for (const auto& name : options.skip_tree_passes) lex.frames().skip_pass(name);
  lex.frames().set_tree_only(options.tree_meetings_only);
  return lex;
}

}  // namespace

EventExtractor::EventExtractor(const Options& options)
    : lexicon_(std::make_unique<const Lexicon>(load_lexicon(options))) {}

EventExtractor::~EventExtractor() = default;
EventExtractor::EventExtractor(EventExtractor&&) noexcept = default;
EventExtractor& EventExtractor::operator=(EventExtractor&&) noexcept = default;

std::vector<uint8_t> EventExtractor::event_sentences(const core::Document& doc) const {
  constexpr WordClasses kTrigger = kMeetVerb | kMeetWith | kMeetNoun | kDiscuss | kSay | kSayClause | kSayIng |
                                   kSayNoun | kAttend | kPresent | kTogether;
  std::vector<uint8_t> out(doc.sentences.size(), 0);
  std::string low;
  for (const auto& t : doc.tokens) {
    if (t.kind != core::TokenKind::Word || out[t.sentence]) continue;
    detail::lower_into(doc.view(t.span), low);
    if (lexicon_->classes(low) & kTrigger) out[t.sentence] = 1;
  }
  return out;
}

void EventExtractor::annotate(core::Document& doc) const {
  detail::Run run(*lexicon_, doc);
  run.extract();
}

}  // namespace ng::events
