#pragma once
// Word lists the tagger and the title step use: gazetteer phrases (countries, cities,
// regions, demonyms, first names), word clusters, and titles. Phrases are matched as
// sequences of lower-cased tokens, hashed with phrase_hash(), so matching allocates
// nothing per token.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/binio.h"

namespace ng::ner {

using core::ByteReader;
using core::ByteWriter;

// Open-addressing map from non-zero 64-bit keys to 32-bit values; built once, then const.
class FlatMap {
 public:
  FlatMap() = default;
  // Builds from (key, value) pairs; a repeated key keeps the OR of its values.
  explicit FlatMap(const std::vector<std::pair<uint64_t, uint32_t>>& items);
  // The value for `key`, or `missing`.
  uint32_t find(uint64_t key, uint32_t missing = 0) const {
    if (keys_.empty()) return missing;
    size_t mask = keys_.size() - 1;
    for (size_t i = key & mask;; i = (i + 1) & mask) {
      if (keys_[i] == key) return values_[i];
      if (keys_[i] == 0) return missing;
    }
  }
  size_t size() const { return size_; }
  std::vector<std::pair<uint64_t, uint32_t>> items() const;  // sorted by key

 private:
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  size_t size_ = 0;
};

// Hash of `word` with ASCII letters lower-cased and U+2019 read as an apostrophe.
uint64_t lower_hash(std::string_view word);

// Hash of a token sequence given the lower_hash of each token, built incrementally:
// phrase_step(phrase_step(0, h1), h2) ...
inline uint64_t phrase_step(uint64_t phrase, uint64_t token_lower_hash) {
  uint64_t x = phrase * 0x9E3779B97F4A7C15ULL + token_lower_hash + 0x632BE59BD9B4E019ULL;
  x ^= x >> 31;
  x *= 0xD6E8FEB86659FD93ULL;
  x ^= x >> 32;
  return x ? x : 1;
}

// Hash of a phrase written with single spaces between tokens ("new york").
uint64_t phrase_hash(std::string_view phrase);

// Gazetteer categories; a TokenInfo::gazetteer value has bit c set when the token is
// inside a match of category c and bit 8 + c when it begins one.
enum GazetteerCategory : int {
  kGazCountry = 0,
  kGazCity = 1,
  kGazRegion = 2,
  kGazDemonym = 3,
  kGazFirstName = 4,
  kGazTitle = 5,
  kGazOrgWord = 6,
  kGazCategories = 7,
};
// "country" -> kGazCountry ...; -1 when unknown.
int gazetteer_category(std::string_view name);

class Gazetteer {
 public:
  Gazetteer() = default;
  // Adds a phrase (tokens separated by single spaces; case is ignored).
  void add(std::string_view phrase, int category);
  // Call after the last add().
  void finish();
  bool empty() const { return map_.size() == 0 && entries_.empty(); }
  size_t size() const { return map_.size(); }

  // Marks matches in the token run [begin, end): lower[k] is lower_hash of token k,
  // may_start[k] says whether a match may begin at k. ORs bits into out[k].
  void mark(const uint64_t* lower, const bool* may_start, uint32_t begin, uint32_t end, uint16_t* out) const;

  // The end of the longest phrase of one of the categories in `mask` that starts at
  // token `begin` (tokens before `end`), or `begin` when there is none.
  uint32_t longest(const uint64_t* lower, uint32_t begin, uint32_t end, uint32_t mask) const;

  // The categories (bit set) of the exact phrase, 0 if absent.
  uint32_t categories(uint64_t phrase) const { return map_.find(phrase) & 0x7F; }

  void save(ByteWriter& w) const;
  static Gazetteer load(ByteReader& r);

 private:
  static constexpr uint32_t kPrefixBit = 0x80;
  std::vector<std::pair<uint64_t, uint32_t>> entries_;  // before finish()
  FlatMap map_;
  uint32_t max_tokens_ = 0;
};

// Reads a list of words, one a line ('#' comments, first column if tab-separated).
// Throws core::Error naming the file if it cannot be read.
std::vector<std::string> read_word_list(const std::string& path);

// Reads a gazetteer TSV ("phrase<TAB>category[<TAB>...]", '#' comments) into `g`.
// Throws core::Error naming the file and line on a malformed line.
void read_gazetteer_tsv(const std::string& path, Gazetteer& g);

// Word -> its classes at up to three granularities (see clusters.h), packed as 10-bit
// fields, each 1 + class id (0 = none).
class WordClusters {
 public:
  WordClusters() = default;
  void add_classes(std::string_view word, uint32_t packed);
  void finish();
  bool empty() const { return map_.size() == 0 && entries_.empty(); }
  size_t size() const { return map_.size(); }
  // Packed classes of the word with this hash_bytes(), or 0.
  uint32_t classes(uint64_t word_hash) const { return map_.find(word_hash); }

  void save(ByteWriter& w) const;
  static WordClusters load(ByteReader& r);

 private:
  std::vector<std::pair<uint64_t, uint32_t>> entries_;
  FlatMap map_;
};

// Titles and roles that may stand before a name ("president", "special envoy",
// "secretary of state"), matched case-insensitively.
class TitleLexicon {
 public:
  TitleLexicon() = default;
  // Reads "phrase<TAB>kind" lines; kind is "title" or "modifier" (a word that may
  // precede a title: "former", "deputy"). Throws core::Error on a malformed line.
  static TitleLexicon from_tsv(const std::string& path);
  void add(std::string_view phrase, bool modifier);
  void finish();
  // The first token of the longest title (with preceding modifiers) that ends exactly
  // at token `end` (exclusive) and starts at or after `floor`, or `end` when none.
  uint32_t match_before(const uint64_t* lower, uint32_t floor, uint32_t end) const;
  // The end of the longest title starting at `begin` (before `limit`), or `begin`.
  uint32_t match_at(const uint64_t* lower, uint32_t begin, uint32_t limit) const;
  bool empty() const { return map_.size() == 0; }

 private:
  std::vector<std::pair<uint64_t, uint32_t>> entries_, forward_entries_;
  FlatMap map_;  // reversed-phrase hash -> 1 title, 2 modifier, 4 prefix of a reversed phrase
  FlatMap forward_;  // phrase hash -> 1 title, 4 prefix
  uint32_t max_tokens_ = 0;
};

}  // namespace ng::ner
