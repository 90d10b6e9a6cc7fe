#pragma once
// Entity mentions: Person, Organization, Place (and Misc, which is not a graph node).
#include <memory>
#include <string>
#include <vector>

#include "core/document.h"

namespace ng::ner {

struct Options {
  std::string model_path;   // empty: core::resource_path("models/ner.model")
  std::string titles_path;  // empty: core::resource_path("data/titles.tsv")
  std::string misc_words_path;  // empty: core::resource_path("data/misc_words.tsv")
  std::string function_words_path;  // empty: core::resource_path("data/function_words.tsv")
  std::string common_words_path;  // empty: core::resource_path("data/common_words.tsv")
  std::string proper_words_path;  // empty: core::resource_path("data/proper_words.tsv")
  std::string rule_words_path;    // empty: core::resource_path("data/rule_words.tsv") (the rules' word classes)
  // The mention passes' word classes (mention_passes.h).
  std::string name_identity_path;  // empty: core::resource_path("data/name_identity.tsv")
  std::string venue_words_path;    // empty: core::resource_path("data/venue_words.tsv")
  std::string org_words_path;      // empty: core::resource_path("data/org_words.tsv")
  std::string legal_forms_path;    // empty: core::resource_path("data/legal_forms.tsv")
  std::string abbreviations_path;  // empty: core::resource_path("data/abbreviations.tsv")
  std::string class_nouns_path;    // empty: core::resource_path("data/class_nouns.tsv")
  std::string government_nouns_path;  // empty: core::resource_path("data/government_nouns.tsv")
  std::string document_nouns_path;    // empty: core::resource_path("data/document_nouns.tsv")
  std::string peoples_path;           // empty: core::resource_path("data/peoples.tsv")
  std::string world_regions_path;     // empty: core::resource_path("data/world_regions.tsv")
  std::string deities_path;           // empty: core::resource_path("data/deities.tsv")
  std::string gazetteer_path;      // empty: core::resource_path("data/gazetteer.tsv") (its first names)
  // Rule passes not to run, by name (EntityRecognizer::rule_pass_names()): to measure or
  // test what one rule does. Empty (the default) runs them all.
  std::vector<std::string> skip_passes;
};

// What this object represents: a loaded entity tagger (models/ner.model, an averaged
// perceptron, see model.h) and the titles lexicon. annotate() tags the document's words
// (citation markers are skipped), turns BILOU chunks into mentions, moves titles out of
// person names into Mention::title ("U.S. Special Envoy [Steve Witkoff]" gets title
// "Special Envoy"), reads transcript speaker labels ("PRESIDENT BIDEN:"), and types as
// Misc the names of documents, laws and events ("Taiwan Relations Act", "United Nations
// Charter": data/misc_words.tsv). Post-tagging rules then fix error kinds by word class,
// with the dictionary's common words and proper nouns (data/common_words.tsv,
// proper_words.tsv): titles with a domain ("Minister of Energy Abdulaziz bin Salman Al
// Saud"), patronymic and Arabic-article names, family + hyphenated given names ("Leung
// Kwok-hung"), first name + unknown word ("Ned Price"), geographic feature heads ("South
// China Sea"), institution heads ("African Union"), buildings acting as institutions
// ("the Kremlin said"), groups of countries ("G7"), acronyms before event words ("NATO
// Summit"), lone capitalised common words ("Girls", "Via") that are no names, the
// common-word tails of names cut at "of"/"for"/"on" ("Conference on" + "Trade and
// Development"), group nouns alone ("the Delegation"), and people run on into an
// organisation's name. Title Case headings (two or more capitalised common words, no
// final punctuation) are tagged in capitals; a line of names is tagged as written. In
// sentence-cased copy, which capitalises every word after a dotted abbreviation ("the
// U.S. Would be pleased", data/function_words.tsv tells), such a word is tagged as a
// sentence's first. In poorly cased text (a sentence opening in lower case, "i" for "I")
// a lower-case gazetteer place that the model's word classes never saw in lower case
// ("kerala", "san francisco") is a place; a lone common word in capitals of four letters
// or more ("FREE") is no name.
// Each of these rules is a named pass, run from a table in recognizer.cpp (kBeforeTagging,
// kChunkPasses) in a fixed order; rule_pass_names() lists them.
// Last, the named passes of mention_passes.h run on the mentions (acronym definitions,
// name particles, venue heads, organisations inside titles or run into a person).
// Thread safety: after construction it is const and may serve many threads at once.
class EntityRecognizer {
 public:
  // Loads the model and titles. Throws core::Error naming the file if one is missing or
  // malformed, or naming a pass in options.skip_passes that does not exist.
  explicit EntityRecognizer(const Options& options = {});
  ~EntityRecognizer();
  EntityRecognizer(EntityRecognizer&&) noexcept;
  EntityRecognizer& operator=(EntityRecognizer&&) noexcept;

  // REQUIRES: doc is tokenized. Fills doc.mentions in text order, without overlaps;
  // titles before a name go to Mention::title, never into the name's span.
  void annotate(core::Document& doc) const;

  // The names of the rule passes annotate() runs around the tagger, in their order.
  static std::vector<std::string> rule_pass_names();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ng::ner
