#pragma once
// Entity mentions: Person, Organization, Place (and Misc, which is not a graph node).
#include <memory>
#include <string>

#include "core/document.h"

namespace ng::ner {

struct Options {
  std::string model_path;  // empty: core::resource_path("models/ner.model")
};

// What this object represents: a loaded entity tagger. Thread safety: after
// construction it is const and may serve many threads at once.
class EntityRecognizer {
 public:
  // Loads the model. Throws core::Error naming the file if it is missing or malformed.
  explicit EntityRecognizer(const Options& options = {});
  ~EntityRecognizer();
  EntityRecognizer(EntityRecognizer&&) noexcept;
  EntityRecognizer& operator=(EntityRecognizer&&) noexcept;

  // REQUIRES: doc is tokenized. Fills doc.mentions in text order, without overlaps;
  // titles before a name go to Mention::title, never into the name's span.
  void annotate(core::Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ng::ner
