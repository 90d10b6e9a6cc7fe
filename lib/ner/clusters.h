#pragma once
// Word classes derived from unlabelled text, for the tagger's cluster features: the
// exchange algorithm (Kneser & Ney 1993, Martin, Liermann & Ney 1998) moves each word to
// the class that most raises the likelihood of a class bigram model of the text. Run at
// several class counts (say 64, 256, 1024) it gives a coarse-to-fine description of each
// word, as the prefixes of Brown clusters do. Deterministic: words are initialised and
// visited in order of decreasing frequency (ties by bytes).
#include <cstdint>
#include <string_view>
#include <vector>

#include "ner/lexicon.h"

namespace ng::ner {

struct ClusterOptions {
  std::vector<uint32_t> classes = {64, 256, 1024};  // at most 3 granularities, each <= 1023
  uint32_t min_count = 3;                           // rarer words get no class
  int iterations = 6;                               // passes over the vocabulary per granularity
};

// Sentences of words (views must outlive the call). Returns the words' classes.
WordClusters exchange_clusters(const std::vector<std::vector<std::string_view>>& sentences,
                               const ClusterOptions& options);

}  // namespace ng::ner
