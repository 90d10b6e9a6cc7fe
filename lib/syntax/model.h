#pragma once
// A part-of-speech tagger (UPOS) and a labelled dependency parser (Universal
// Dependencies relations) in one model file.
//
// The tagger is an averaged perceptron over hashed word, affix, shape and tag-history
// features, decoded greedily left to right, twice: the second pass also sees the first
// pass's tags of the words to its right, and looks again only at the words the first
// pass was unsure of. Its tags are fine: UPOS refined by the treebank's own tag (EWT's
// Penn Treebank tags: "VERB/VBN", "PART/POS"), so that the parser sees participles,
// possessives and wh-words apart; each fine tag has one UPOS.
//
// The parser is transition-based: arc-eager with the root at the end of the buffer
// (Ballesteros & Nivre 2013); an averaged perceptron over the feature templates of Zhang &
// Nivre (2011) chooses the transition, and a second one labels each arc as it is made.
// Either decoding is greedy, the transition weights trained with Goldberg & Nivre's dynamic
// oracle and exploration; or it is a beam search (beam.h) whose transition weights were
// trained globally, on whole transition sequences (max-violation). Both are linear in the
// sentence's length; a beam costs about its width more where its items' scores are close.
//
// File format (little-endian): "NGSYNMOD", uint32 version (kSyntaxModelVersion), the
// description, the label list, the root label, the beam width and margin, the fine tags
// (name, UPOS), the word classes, the weight tables of the tagger's two passes and of the
// parser's transitions and labels (each its hash slots and rows as they lie in memory, each
// array 8-byte aligned, so that a loaded model uses them where they lie in the file's
// image: see WeightTable), then a uint64 checksum of everything before it (FNV-1a's step
// over 8-byte words in four lanes).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/perceptron.h"

namespace ng::syntax {

inline constexpr uint32_t kSyntaxModelVersion = 4;  // 3 is read too: a greedy parser

// The 17 UPOS tags of Universal Dependencies, in this order.
inline constexpr int kUposCount = 17;
extern const char* const kUpos[kUposCount];
int upos_id(std::string_view tag);  // -1 when not a UPOS tag

// One sentence's analysis. Indexes are 0-based word positions; head -1 is the root.
struct Analysis {
  std::vector<uint8_t> upos;    // index into kUpos
  std::vector<int32_t> head;
  std::vector<uint16_t> label;  // index into SyntaxModel::labels()
  std::vector<uint8_t> fine;    // index into SyntaxModel::fine_tags()
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
  // The tree repair analyse() ends with: a root verb with no subject, after a comma that
  // closes a fronted phrase, takes as subject the first conjunct that the parser hung on a
  // word before the comma (model.cpp states the rule).
  void subject_after_comma(const std::vector<std::string_view>& words, Analysis& out) const;
  // Tags only: UPOS.
  void tag(const std::vector<std::string_view>& words, std::vector<uint8_t>& upos) const;
  // Tags only: fine tags (indexes into fine_tags()).
  void tag_fine(const std::vector<std::string_view>& words, std::vector<uint8_t>& fine) const;
  // Parses words whose fine tags are given.
  void parse(const std::vector<std::string_view>& words, const std::vector<uint8_t>& fine, Analysis& out) const;

  // Drops the weight rows whose weights all lie below `threshold` in magnitude (a
  // smaller, faster model; see models/README.md for the accuracy it costs).
  void prune(float threshold);
  // The same for the parser's tables only (`say`: the description says so).
  void prune_parser(float threshold, bool say = true);

  // The beam the parser decodes with: at most beam() items (1: greedy), and of those only
  // the ones within beam_margin() of the best (in the transition weights' units). The
  // setters change them, to measure others; REQUIRES: no thread is using the model.
  int beam() const { return beam_; }
  float beam_margin() const { return beam_margin_; }
  void set_beam(int width) { beam_ = width < 1 ? 1 : width; }
  void set_beam_margin(float margin) { beam_margin_ = margin > 0 ? margin : 1e30f; }

  const std::vector<std::string>& labels() const { return labels_; }
  const std::string& description() const { return description_; }
  // The fine tags' names ("VERB/VBN") and their UPOS (index into kUpos).
  const std::vector<std::string>& fine_tags() const { return fine_names_; }
  uint8_t upos_of(uint8_t fine) const { return fine_upos_[fine]; }
  size_t feature_rows() const { return tagger_.rows() + retagger_.rows() + actions_.rows() + arc_labels_.rows(); }

 private:
  friend class Trainer;
  // tag_fine() and parse() on the words the calling thread's scratch describes.
  void tag_described(const std::vector<std::string_view>& words, std::vector<uint8_t>& fine) const;
  void parse_described(size_t n, const std::vector<uint8_t>& fine, Analysis& out) const;
  std::string description_;
  std::vector<std::string> labels_;  // relation names with subtypes; labels_[root_label_] == "root"
  // per label: 1 for a subject (nsubj*, csubj*, expl); the nsubj and conj labels
  // (UINT16_MAX when the model has none), found once by index_labels()
  std::vector<uint8_t> label_flags_;
  uint16_t nsubj_label_ = UINT16_MAX, conj_label_ = UINT16_MAX, appos_label_ = UINT16_MAX;
  void index_labels();
  uint16_t root_label_ = 0;
  int beam_ = 1;
  float beam_margin_ = 1e30f;  // no limit
  std::vector<std::string> fine_names_;
  std::vector<uint8_t> fine_upos_;
  // retagger_ is the second pass (none: the first pass's tags stand).
  detail::WeightTable tagger_, retagger_, actions_, arc_labels_;
  detail::WordTable words_;
  // Names this tagger (tagger_, retagger_, words_ as they are): a new one whenever they are
  // set, shared by copies. A thread's cache of word scores holds it weakly, so that no other
  // tagger can take its address while the cache refers to it.
  std::shared_ptr<const char> tagger_id_;
};

}  // namespace ng::syntax
