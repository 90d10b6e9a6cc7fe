#pragma once
// The syntax stage: tags and parses every sentence of a Document (Document::syntax).
#include <string>

#include "core/document.h"
#include "syntax/model.h"

namespace ng::syntax {

struct Options {
  std::string model_path;  // "" = models/syntax.model in the resource tree
};

// What this object represents: the loaded model and the mapping of its relations to
// core::Dep. Thread safety: const after construction; annotate() may run on many
// threads at once.
class DependencyParser {
 public:
  // Loads the model. Throws core::Error naming the file when it cannot.
  explicit DependencyParser(const Options& options = {});

  // Fills doc.syntax for every token of the sentences whose `only` entry is non-zero
  // (every sentence when `only` is null); the tokens of other sentences keep
  // Upos::None and head -1. A token is read as UD's words: contractions
  // ("didn't" -> "did" "n't") and hyphenated words ("Kyiv-based" -> "Kyiv" "-" "based")
  // are split as the Universal Dependencies treebanks split them, and the token takes
  // the analysis of its word whose head lies outside it.
  void annotate(core::Document& doc, const std::vector<uint8_t>* only = nullptr) const;

  const SyntaxModel& model() const { return model_; }

 private:
  SyntaxModel model_;
  std::vector<core::Dep> deps_;  // model label -> core::Dep
};

// Splits a token's text into the words a UD treebank would write; views into `token`.
// Appends to `out` and returns how many words it added.
size_t ud_words(std::string_view token, std::vector<std::string_view>& out);

}  // namespace ng::syntax
