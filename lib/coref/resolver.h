#pragma once
// Mentions -> entities within one article: aliases, surnames, titles, acronyms,
// transcript speaker labels.
#include "core/document.h"

namespace ng::coref {

struct Options {};

// A configured resolver; const after construction, safe to share across threads.
class EntityResolver {
 public:
  explicit EntityResolver(const Options& options = {});
  // REQUIRES: doc.mentions filled. Fills doc.entities (Misc mentions get none) and sets
  // Mention::entity; entity order is the order of first mention.
  void annotate(core::Document& doc) const;

 private:
  Options options_;
};

}  // namespace ng::coref
