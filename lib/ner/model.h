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
  void tag(const TaggerDoc& doc, std::vector<Tag>& tags) const;

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
  void reset(size_t words);
  // 0 when the word has no history, else 1 + the type given most often.
  uint32_t get(uint64_t word) const;
  void add(uint64_t word, int type);

 private:
  struct Slot {
    uint64_t key = 0;
    uint16_t counts[kTypes] = {0, 0, 0, 0};
  };
  std::vector<Slot> slots_;
};

// Greedy decoding shared by training and tagging: for each sentence, left to right,
// computes features, asks `choose(keys, n, prev1, position) -> Tag`, and records history.
// Only capitalised words enter the history.
template <class Choose>
void walk(const TaggerDoc& doc, const std::vector<TokenInfo>& info, TypeHistory& history, Choose choose) {
  uint64_t keys[kMaxFeatures];
  const uint32_t n = static_cast<uint32_t>(doc.words.size());
  history.reset(n);
  for (size_t s = 0; s < doc.sentence_starts.size(); ++s) {
    uint32_t b = doc.sentence_starts[s];
    uint32_t e = s + 1 < doc.sentence_starts.size() ? doc.sentence_starts[s + 1] : n;
    Tag p1 = 0, p2 = 0;
    for (uint32_t i = b; i < e; ++i) {
      const TokenInfo& t = info[i];
      bool tracked = t.flags & (kFlagCapitalised | kFlagAllCaps);
      uint32_t h = tracked ? history.get(t.lower) : 0;
      int k = features(info.data(), b, e, i, p1, p2, h, keys);
      Tag y = choose(keys, k, p1, i, i + 1 == e);
      if (tracked) history.add(t.lower, tag_type(y));
      p2 = p1;
      p1 = y;
    }
  }
}

}  // namespace ng::ner
