#pragma once
// A part-of-speech tagger (UPOS) and a labelled dependency parser (Universal
// Dependencies relations) in one model file.
//
// The tagger is an averaged perceptron over hashed word, affix, shape and tag-history
// features, decoded greedily left to right. The parser is transition-based: arc-eager
// with the root at the end of the buffer (Ballesteros & Nivre 2013), trained with
// Goldberg & Nivre's dynamic oracle and exploration; an averaged perceptron over the
// feature templates of Zhang & Nivre (2011) chooses the transition, and a second one
// labels each arc as it is made. Decoding is greedy: linear in the sentence's length.
//
// File format (little-endian): "NGSYNMOD", uint32 version (kSyntaxModelVersion), the
// description, the label list, the word classes, the tagger's and the parser's weight
// tables, then a
// uint64 FNV-1a checksum of everything before it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/perceptron.h"

namespace ng::syntax {

inline constexpr uint32_t kSyntaxModelVersion = 1;

// The 17 UPOS tags of Universal Dependencies, in this order.
inline constexpr int kUposCount = 17;
extern const char* const kUpos[kUposCount];
int upos_id(std::string_view tag);  // -1 when not a UPOS tag

// One sentence's analysis. Indexes are 0-based word positions; head -1 is the root.
struct Analysis {
  std::vector<uint8_t> upos;    // index into kUpos
  std::vector<int32_t> head;
  std::vector<uint16_t> label;  // index into SyntaxModel::labels()
};

// What this object represents: a trained tagger and parser. Thread safety: const after
// load; analyse() may run on many threads at once.
class SyntaxModel {
 public:
  SyntaxModel() = default;
  // Throws core::Error naming the file when it is missing, truncated, corrupt or of
  // another version.
  static SyntaxModel load(const std::string& path);
  // Writes atomically; the same model gives the same bytes.
  void save(const std::string& path) const;

  // Tags and parses one sentence of words (each a token's text). Every word gets a
  // head; exactly one word has head -1.
  void analyse(const std::vector<std::string_view>& words, Analysis& out) const;
  // Tags only.
  void tag(const std::vector<std::string_view>& words, std::vector<uint8_t>& upos) const;
  // Parses words whose tags are given.
  void parse(const std::vector<std::string_view>& words, const std::vector<uint8_t>& upos, Analysis& out) const;

  // Drops the weight rows whose weights all lie below `threshold` in magnitude (a
  // smaller, faster model; see models/README.md for the accuracy it costs).
  void prune(float threshold);

  const std::vector<std::string>& labels() const { return labels_; }
  const std::string& description() const { return description_; }
  size_t feature_rows() const { return tagger_.rows() + actions_.rows() + arc_labels_.rows(); }

 private:
  friend class Trainer;
  std::string description_;
  std::vector<std::string> labels_;  // relation names with subtypes; labels_[root_label_] == "root"
  uint16_t root_label_ = 0;
  detail::WeightTable tagger_, actions_, arc_labels_;
  detail::WordTable words_;
};

}  // namespace ng::syntax
