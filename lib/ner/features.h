#pragma once
// Feature extraction for the entity tagger, shared by training and tagging so that
// CoNLL tokens and Document tokens are seen through exactly the same code.
//
// A feature is a 64-bit hash of (template, values). Token-level hashes are computed
// once per token into TokenInfo (no allocation per token: lower-casing and shapes
// are hashed from stack buffers); features() then combines them for one position.
#include <cstdint>
#include <string_view>
#include <vector>

#include "ner/lexicon.h"
#include "ner/tags.h"

namespace ng::ner {

// One document as the tagger sees it: words (citation markers already removed) and
// sentence boundaries. Sentence k is [sentence_starts[k], sentence_starts[k+1]) with an
// implied final boundary at words.size().
struct TaggerDoc {
  std::vector<std::string_view> words;
  std::vector<uint32_t> sentence_starts;
};

// Per-token facts, computed once per document.
struct TokenInfo {
  uint64_t word = 0, lower = 0, shape = 0, short_shape = 0;
  uint64_t prefix[4] = {0, 0, 0, 0}, suffix[4] = {0, 0, 0, 0};
  uint64_t cluster[3] = {0, 0, 0};  // word classes, coarse to fine (see clusters.h); 0 = none; 0 = none
  uint32_t flags = 0;               // kFlag* bits
  uint16_t gazetteer = 0;           // Gazetteer match bits (see lexicon.h)
  uint16_t context = 0;             // kAgg* bits: contexts of this word's occurrences in the document
};

enum : uint32_t {
  kFlagSentenceStart = 1u << 0,
  kFlagAllCapsSentence = 1u << 1,  // every letter of the sentence is upper-case (headline)
  kFlagCapitalised = 1u << 2,
  kFlagAllCaps = 1u << 3,
  kFlagHasDigit = 1u << 4,
  kFlagHasHyphen = 1u << 5,
  kFlagHasPeriod = 1u << 6,
  kFlagLowerSeenInDoc = 1u << 7,   // a capitalised word whose lower-case form also occurs in the document
  kFlagCapSeenInDoc = 1u << 8,     // the word occurs capitalised away from a sentence start
  kFlagLineStart = 1u << 9,
};

// Contexts in which a capitalised word occurs somewhere in the document (matched
// case-insensitively, so a headline in capitals shares its words' body contexts).
enum : uint16_t {
  kAggAfterTitle = 1u << 0,        // "President X", "Mr. X"
  kAggAfterFirstName = 1u << 1,    // "John X": X is a surname
  kAggAfterInAt = 1u << 2,         // "in X", "at X"
  kAggAfterThe = 1u << 3,          // "the X"
  kAggBeforePossessive = 1u << 4,  // "X's"
  kAggInRun = 1u << 5,             // next to another capitalised word
  kAggAlone = 1u << 6,             // alone, away from a sentence start
  kAggAfterOf = 1u << 7,           // "of X"
};

// Hash of a byte string (FNV-1a 64).
inline uint64_t hash_bytes(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return h;
}

inline uint64_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

// Computes TokenInfo for every word of `doc`. `clusters` and `gazetteer` may be null.
void describe_tokens(const TaggerDoc& doc, const Gazetteer* gazetteer, const WordClusters* clusters,
                     std::vector<TokenInfo>& out);

// How each word (by lower-case hash) occurs across a document, gathered sentence by
// sentence: the document-wide part of TokenInfo (kFlag*SeenInDoc, `context`). A table
// that grows with the distinct words, not with the document's length.
class WordOccurrences {
 public:
  void set(uint64_t key, uint32_t bits);
  uint32_t get(uint64_t key) const;

 private:
  void grow();
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> bits_;
  size_t used_ = 0;
};

// describe_tokens in parts, so that a long document needs TokenInfo for a part at a
// time: describe_sentences fills `out` for the words of sentences [first, last) (out[0]
// is the first word of sentence `first`; all words when `doc` has no sentences) but
// their document-wide facts, which it records in `seen`; apply_occurrences adds those
// to `out` once `seen` has seen every sentence. Together, over all sentences, they give
// what describe_tokens gives.
void describe_sentences(const TaggerDoc& doc, uint32_t first, uint32_t last, const Gazetteer* gazetteer,
                        const WordClusters* clusters, std::vector<TokenInfo>& out, WordOccurrences& seen);
void apply_occurrences(const WordOccurrences& seen, std::vector<TokenInfo>& out);
// What describe_sentences records in `seen`, alone, at about a third of its cost (a first
// pass over a long document); `scratch` is overwritten with partial TokenInfo.
void gather_occurrences(const TaggerDoc& doc, uint32_t first, uint32_t last, const Gazetteer* gazetteer,
                        std::vector<TokenInfo>& scratch, WordOccurrences& seen);

// Maximum number of features features() writes.
inline constexpr int kMaxFeatures = 64;

// Features of position i of the sentence [begin, end) given the two previous tags and the
// document-level history (the entity type most often predicted so far for this word,
// 0 = none, 1 + type otherwise). Writes at most kMaxFeatures keys to `out`; returns the count.
int features(const TokenInfo* tokens, uint32_t begin, uint32_t end, uint32_t i, Tag prev1, Tag prev2,
             uint32_t history, uint64_t* out);

}  // namespace ng::ner
