#pragma once
// The entity tagger's model: hashed features -> one row of quantised weights per tag,
// plus the gazetteer and word clusters it was trained with (a model file is
// self-contained). Decoding is greedy left to right with BILOU constraints.
//
// File format (little-endian): "NGNERMOD", uint32 version (kModelVersion), uint32 section
// count, then sections {uint32 id, uint64 length, bytes}, then uint64 FNV-1a checksum of
// everything before it. Sections: 'META' description, 'WGHT' weights, 'GAZE' gazetteer,
// 'CLUS' clusters.
#include <cstdint>
#include <string>
#include <vector>

#include "ner/features.h"
#include "ner/lexicon.h"
#include "ner/tags.h"

namespace ng::ner {

// Version 2: document-context features (kAgg*) and exchange word classes. A model of
// another version was trained on other features and is refused.
inline constexpr uint32_t kModelVersion = 2;

// What this object represents: a trained tagger. Thread safety: const after
// construction; tag() may run on many threads at once.
class TaggerModel {
 public:
  TaggerModel() = default;
  // Reads a model file. Throws core::Error naming the file when it is missing,
  // truncated, corrupt or of another version.
  static TaggerModel load(const std::string& path);
  // Writes atomically. Same model, same bytes.
  void save(const std::string& path) const;

  // Builds the inference table from averaged weights (feature key -> kTags floats);
  // rows whose quantised weights are all within `prune` of zero are dropped.
  static TaggerModel from_weights(const std::vector<uint64_t>& keys, const std::vector<float>& weights, float prune,
                                  Gazetteer gazetteer, WordClusters clusters, std::string description);

  // Tags every word of `doc` (BILOU, well-formed per sentence).
  // Works through the sentences in parts of about `part_words` words (a long document
  // holds per-word features for one part at a time); the tags do not depend on it.
  void tag(const TaggerDoc& doc, std::vector<Tag>& tags, uint32_t part_words = 1u << 16) const;

  size_t features() const { return rows_; }
  const std::string& description() const { return description_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  const WordClusters& clusters() const { return clusters_; }

 private:
  // Adds the weight rows of `keys` into scores.
  void score(const uint64_t* keys, int n, int32_t* scores) const;

  std::vector<uint64_t> keys_for_save_;  // feature key of each row, sorted
  std::vector<uint64_t> slots_;   // (fingerprint << 32) | row, 0 = empty
  std::vector<int16_t> weights_;  // rows_ x kTags
  size_t rows_ = 0;
  float scale_ = 1.0f;
  Gazetteer gazetteer_;
  WordClusters clusters_;
  std::string description_;
};

// The per-document record of which entity type each word was given so far, feeding the
// history feature. Shared by training and tagging.
class TypeHistory {
 public:
  // Empties the record for a document of `words` words (the table grows as needed).
  void reset(size_t words);
  // 0 when the word has no history, else 1 + the type given most often.
  uint32_t get(uint64_t word) const;
  void add(uint64_t word, int type);

 private:
  struct Slot {
    uint64_t key = 0;
    uint16_t counts[kTypes] = {0, 0, 0, 0};
  };
  void grow();
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

// Greedy decoding of sentences [first, last) of `doc`: for each sentence, left to
// right, computes features, asks `choose(keys, n, prev1, position, last_of_sentence)
// -> Tag` (position counts words of the whole document), and records history. `info`
// holds the TokenInfo of those sentences' words, info[0] the first word of sentence
// `first`. Only capitalised words enter the history.
template <class Choose>
void walk_sentences(const TaggerDoc& doc, uint32_t first, uint32_t last, const TokenInfo* info, TypeHistory& history,
                    Choose choose) {
  uint64_t keys[kMaxFeatures];
  const uint32_t n = static_cast<uint32_t>(doc.words.size()), sentences = static_cast<uint32_t>(doc.sentence_starts.size());
  const uint32_t base = first == 0 ? 0 : doc.sentence_starts[first];
  for (uint32_t s = first; s < last && s < sentences; ++s) {
    uint32_t b = doc.sentence_starts[s];
    uint32_t e = s + 1 < sentences ? doc.sentence_starts[s + 1] : n;
    Tag p1 = 0, p2 = 0;
    for (uint32_t i = b; i < e; ++i) {
      const TokenInfo& t = info[i - base];
      bool tracked = t.flags & (kFlagCapitalised | kFlagAllCaps);
      uint32_t h = tracked ? history.get(t.lower) : 0;
      int k = features(info, b - base, e - base, i - base, p1, p2, h, keys);
      Tag y = choose(keys, k, p1, i, i + 1 == e);
      if (tracked) history.add(t.lower, tag_type(y));
      p2 = p1;
      p1 = y;
    }
  }
}

// Greedy decoding shared by training and tagging: walk_sentences over the whole
// document, with a fresh history.
template <class Choose>
void walk(const TaggerDoc& doc, const std::vector<TokenInfo>& info, TypeHistory& history, Choose choose) {
  history.reset(doc.words.size());
  walk_sentences(doc, 0, static_cast<uint32_t>(doc.sentence_starts.size()), info.data(), history, choose);
}

}  // namespace ng::ner
