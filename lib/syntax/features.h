#pragma once
// Internal to lib/syntax: the features of the tagger and the parser, and the arc-eager
// transition system, shared by training and inference so that both see the same view.
#include <cstdint>
#include <string_view>
#include <vector>

#include "syntax/perceptron.h"

namespace ng::syntax::detail {

// Hashed descriptions of one word, computed once per sentence.
struct WordInfo {
  uint64_t form, lower, shape;
  uint64_t suffix[4];  // last 1..4 characters of the lower-cased form
  uint64_t prefix[3];  // first 1..3
  uint8_t flags;       // kCapital | kDigit | kHyphen | kAllCaps
  uint64_t cls[3];     // word classes, coarse to fine (a constant when unknown)
};
enum : uint8_t { kCapital = 1, kDigit = 2, kHyphen = 4, kAllCaps = 8 };

// Fills info[0..n) for the words; info[n] and info[n+1] are the sentence-end and
// sentence-start sentinels. `scratch` is reused between calls.
void describe_words(const std::vector<std::string_view>& words, const WordTable& known, std::vector<WordInfo>& info,
                    std::string& scratch);

// The most fine tags (UPOS refined by the treebank's tag) a model may have; tags are uint8.
inline constexpr int kMaxFineTags = 200;

// The tagger's features for word i given the tags already chosen for 0..i-1 and, in the
// second pass, the first pass's tags of all words (`first`; null in the first pass).
// Writes at most kMaxTaggerFeatures keys and returns their count.
inline constexpr int kMaxTaggerFeatures = 56;
int tagger_features(const std::vector<WordInfo>& info, size_t n, size_t i, const uint8_t* tags, const uint8_t* first,
                    uint64_t* out);

// The same features split for decoding (the same keys, in another order): those that
// depend on the word's own description alone (at most kMaxTaggerWordFeatures), which a
// decoder may score once per word type, and the rest.
inline constexpr int kMaxTaggerWordFeatures = 14;
int tagger_word_features(const WordInfo& w, uint64_t* out);
int tagger_context_features(const std::vector<WordInfo>& info, size_t n, size_t i, const uint8_t* tags, const uint8_t* first,
                            uint64_t* out);

// Arc-eager transitions; the label of an arc is chosen separately.
enum Action : uint8_t { kShift, kReduce, kLeft, kRight, kActions };

// A parser configuration over words 0..n-1 and the root n, which starts in the buffer's
// last place. Arrays are sized once per sentence.
struct Config {
  size_t n = 0;
  std::vector<int32_t> stack;
  int32_t b = 0;                    // the buffer is b..n
  std::vector<int32_t> head;        // -1 while none
  std::vector<uint16_t> label;
  std::vector<int32_t> lc1, lc2, rc1, rc2;  // nearest-to-edge children: leftmost, second leftmost, ...
  std::vector<uint8_t> nleft, nright;
  std::vector<uint64_t> lmask, rmask;       // sets of labels of left / right children (label % 64)
  std::vector<uint8_t> in_stack;

  void reset(size_t words);
  bool terminal() const { return stack.empty() && b == int32_t(n); }
  bool valid(Action a) const;
  // Applies `a`; for arcs, `lab` is the arc's label.
  void apply(Action a, uint16_t lab);
  int32_t s0() const { return stack.empty() ? -1 : stack.back(); }
  int32_t s1() const { return stack.size() < 2 ? -1 : stack[stack.size() - 2]; }
};

// The transition features of `c`. `tags` has n entries (the root's tag is implied).
inline constexpr int kMaxParserFeatures = 96;
int parser_features(const Config& c, const std::vector<WordInfo>& info, const uint8_t* tags, uint64_t* out);

// The same features split for decoding (the same keys, in another order; training keeps
// parser_features' order, which fixes the order of its float sums). A role's features
// depend on the one word that fills the role and on the sentence alone, so a decoder
// scores them once per word and role rather than once per transition:
// role_features(r, t) are role r's features when word t (-1: none, n: the root) fills it;
// config_features(c) are the rest; role_tokens(c) the words that fill the roles in c.
// The roles' keys and config_features' keys of c are parser_features' keys of c.
enum Role : uint8_t { kRoleS0, kRoleB0, kRoleS1, kRoleS0h, kRoleS0l, kRoleS0r, kRoleB0l, kRoleS0h2, kRoleS0l2, kRoleS0r2, kRoleB0l2, kRoles };
inline constexpr int kMaxRoleFeatures = 13;
int role_features(Role r, int32_t t, size_t n, const std::vector<WordInfo>& info, const uint8_t* tags, uint64_t* out);
void role_tokens(const Config& c, int32_t out[kRoles]);
int config_features(const Config& c, const std::vector<WordInfo>& info, const uint8_t* tags, uint64_t* out);

// The features for labelling the arc head -> dep about to be made in `c`.
inline constexpr int kMaxLabelFeatures = 40;
int label_features(const Config& c, const std::vector<WordInfo>& info, const uint8_t* tags, int32_t head, int32_t dep,
                   uint64_t* out);

// The dynamic oracle's cost of each action (Goldberg & Nivre 2012): how many gold arcs
// (gold_head over 0..n-1, n = root) become unreachable. Invalid actions cost 1000.
void action_costs(const Config& c, const std::vector<int32_t>& gold_head, const std::vector<std::vector<int32_t>>& gold_children,
                  int costs[kActions]);

}  // namespace ng::syntax::detail
