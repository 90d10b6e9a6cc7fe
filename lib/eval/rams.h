#pragma once
// RAMS 1.0 (Ebner et al. 2020) meeting examples as articles, and how newsgraph's meeting
// pairs compare with the annotated participants.
// An example is a 5-sentence window with one annotated event; its tokens are joined by
// single spaces, its sentences by line breaks, so every annotated token range becomes a
// byte span of that text.
#include <string>
#include <vector>

#include "core/document.h"

namespace ng::eval {

struct RamsExample {
  std::string id;                       // doc_key
  std::string event_type;               // "contact.discussion.meet"
  std::string text;                     // the tokens, joined as said above
  core::Span trigger;
  std::vector<core::Span> participants; // arguments whose role names a participant
};

// Reads the examples of a RAMS .jsonlines file whose event type contains `type_part`
// (".meet"). Throws core::Error naming the file and line on malformed input.
std::vector<RamsExample> read_rams(const std::string& path, const std::string& type_part);

struct RamsCounts {
  size_t examples = 0;
  size_t gold_pairs = 0, found_gold_pairs = 0;  // annotated participant pairs, and those found
  size_t pred_pairs = 0, right_pred_pairs = 0;  // meeting pairs in the trigger's sentence, and right ones
  void add(const RamsCounts& o);
};

// Scores the meetings of `doc` (the pipeline's run on ex.text) against the example: a
// predicted participant stands for an annotated argument when one of its entity's
// mentions, or the argument's own span, overlaps it. Predicted pairs are those of the
// meetings stated in the sentence that holds the trigger; recall counts the pairs of
// any meeting in the window.
RamsCounts score_rams(const RamsExample& ex, const core::Document& doc);

}  // namespace ng::eval
