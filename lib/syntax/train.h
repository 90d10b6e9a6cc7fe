#pragma once
// Training the tagger and the parser of model.h from CoNLL-U treebanks. Deterministic:
// the same data and options give the same model bytes.
#include <iosfwd>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/model.h"

namespace ng::syntax {

struct TrainOptions {
  int tagger_epochs = 10;
  int parser_epochs = 15;
  size_t fine_tag_min_count = 30;  // (UPOS, XPOS) pairs seen fewer times tag as their UPOS's commonest pair
  int tagger_passes = 2;       // 2: a second pass sees the first pass's tags to the right
  int folds = 4;               // jackknifing: the parser trains on tags predicted by taggers that did not see the sentence
  int explore_after = 1;       // epochs of following the oracle before following the model's own choices
  double explore_p = 0.9;      // then the model's choice is followed with this probability
  // 1: greedy parsing, trained with the dynamic oracle and exploration. More: a beam of
  // this width, its transition weights trained globally on whole gold transition sequences
  // with the max-violation update (beam.h); the arc labeller still learns arc by arc.
  int beam = 1;
  float prune = 0.0f;          // weight rows with no weight of at least this magnitude are dropped
  uint64_t seed = 1;
  // Word classes for the features: (lower-cased word, classes packed as in ner/lexicon.h's
  // WordClusters: 10-bit fields, each 1 + class id). May be empty.
  std::vector<std::pair<std::string, uint32_t>> clusters;
  // Training the parser alone: the tagger (both passes), its fine tags and its word classes
  // are taken from this model (not owned; null: all are trained here, from `clusters`).
  // The parser still trains on jackknifed tags, from taggers trained with those classes.
  const SyntaxModel* tagger_from = nullptr;
  // A file that keeps the jackknifed tags between training runs: read when it was written
  // for the same treebank, tag set, word classes and tagger options, else (re)written.
  // "" = none. The model is the same with it or without it.
  std::string jackknife_cache;
};

// Trains on `train`; reports progress (and, when `dev` is non-empty, UPOS/UAS/LAS on it
// after each parser epoch) to `log` if not null. Sentences whose HEAD or UPOS columns
// are not filled are skipped.
SyntaxModel train_syntax(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                         const TrainOptions& options, const std::string& description, std::ostream* log);

// UPOS accuracy, UAS and LAS (universal relation, before ':') in percent, punctuation
// counted, as ud_score.py computes them.
struct ParseScore {
  size_t words = 0, upos = 0, uas = 0, las = 0;
  double upos_pct() const { return words ? 100.0 * upos / words : 0; }
  double uas_pct() const { return words ? 100.0 * uas / words : 0; }
  double las_pct() const { return words ? 100.0 * las / words : 0; }
};
void add_score(ParseScore& s, const std::vector<ConlluWord>& gold, const std::vector<ConlluWord>& pred);

// The model's analysis of `s` as CoNLL-U words (1-based heads, 0 the root).
std::vector<ConlluWord> analyse_words(const SyntaxModel& m, const ConlluSentence& s);

}  // namespace ng::syntax
