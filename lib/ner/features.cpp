#include "ner/features.h"

#include <algorithm>
#include <memory>

namespace ng::ner {
namespace {

inline bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// A UTF-8 lead byte of a Latin-1 capital (U+00C0..U+00DE) or small letter.
inline char shape_class(std::string_view w, size_t i) {
  auto c = static_cast<unsigned char>(w[i]);
  if (is_upper(c)) return 'X';
  if (is_lower(c)) return 'x';
  if (is_digit(c)) return 'd';
  if (c >= 0x80) {
    if (c == 0xC3 && i + 1 < w.size()) {
      auto d = static_cast<unsigned char>(w[i + 1]);
      return d < 0x9F ? 'X' : 'x';
    }
    return c >= 0xC0 ? 'x' : 0;  // continuation bytes add nothing
  }
  return static_cast<char>(c);
}

// One multiply-xorshift mix of the template and values (a and b are already hashes or
// small numbers); a feature is looked up once per token, so this is on the hot path.
inline uint64_t feature_key(uint32_t templ, uint64_t a, uint64_t b = 0) {
  uint64_t x = (a + 0x9E3779B97F4A7C15ULL * (templ + 1)) ^ (b * 0xC2B2AE3D27D4EB4FULL);
  x ^= x >> 29;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 32;
  return x ? x : 1;
}

// lower_hash of a word without a 0xE2 byte (so without U+2019): ASCII capitals folded.
inline uint64_t ascii_lower_hash(std::string_view w) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : w) h = (h ^ (is_upper(c) ? static_cast<unsigned char>(c | 0x20) : c)) * 1099511628211ULL;
  return h;
}

constexpr uint32_t kSeenLower = 1, kSeenCapitalisedMid = 2;  // context bits start at bit 8

}  // namespace

void WordOccurrences::set(uint64_t key, uint32_t bits) {
  key = key ? key : 1;
  if ((used_ + 1) * 2 > keys_.size()) grow();
  size_t mask = keys_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (keys_[i] == key) { bits_[i] |= bits; return; }
    if (keys_[i] == 0) { keys_[i] = key; bits_[i] = bits; ++used_; return; }
  }
}

uint32_t WordOccurrences::get(uint64_t key) const {
  if (keys_.empty()) return 0;
  key = key ? key : 1;
  size_t mask = keys_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (keys_[i] == key) return bits_[i];
    if (keys_[i] == 0) return 0;
  }
}

void WordOccurrences::grow() {
  std::vector<uint64_t> keys(std::max<size_t>(64, keys_.size() * 2), 0);
  std::vector<uint32_t> bits(keys.size(), 0);
  size_t mask = keys.size() - 1;
  for (size_t j = 0; j < keys_.size(); ++j) {
    if (!keys_[j]) continue;
    size_t i = keys_[j] & mask;
    while (keys[i]) i = (i + 1) & mask;
    keys[i] = keys_[j], bits[i] = bits_[j];
  }
  keys_.swap(keys);
  bits_.swap(bits);
}

namespace {

// describe_sentences, or with `full` false only what `seen` needs (the words' lower-case
// hashes, case flags and gazetteer marks): shapes, affixes and word classes are left 0.
void describe(const TaggerDoc& doc, uint32_t first, uint32_t last, const Gazetteer* gazetteer,
              const WordClusters* clusters, std::vector<TokenInfo>& out, WordOccurrences& seen, bool full) {
  const uint32_t words = static_cast<uint32_t>(doc.words.size()), sentences = static_cast<uint32_t>(doc.sentence_starts.size());
  // Words [base, end): the sentences' words (all words when the document has no sentences).
  const uint32_t base = first == 0 ? 0 : doc.sentence_starts[first];
  const uint32_t end = last >= sentences ? words : doc.sentence_starts[last];
  auto sentence = [&](uint32_t s) {  // the sentence's words, relative to base
    uint32_t b = doc.sentence_starts[s], e = s + 1 < sentences ? doc.sentence_starts[s + 1] : words;
    return std::pair<uint32_t, uint32_t>(b - base, e - base);
  };
  const size_t n = end - base;
  out.assign(n, TokenInfo{});
  std::vector<uint64_t> lowers(n);
  std::vector<uint8_t> starts(n, 0);
  for (uint32_t s = first; s < last && s < sentences; ++s)
    if (doc.sentence_starts[s] >= base && doc.sentence_starts[s] < end) starts[doc.sentence_starts[s] - base] = 1;

  for (size_t t = 0; t < n; ++t) {
    std::string_view w = doc.words[base + t];
    TokenInfo& ti = out[t];
    ti.word = hash_bytes(w);
    uint64_t lower = 1469598103934665603ULL, shape = 1469598103934665603ULL, sshape = 1469598103934665603ULL;
    char last_class = 0;
    int shape_len = 0;
    bool any_upper = false, any_lower = false;
    bool apostrophe = false;  // a 0xE2 byte: lower_hash reads U+2019 as "'", so `lower` may differ from it
    for (size_t i = 0; i < w.size(); ++i) {
      auto c = static_cast<unsigned char>(w[i]);
      unsigned char lc = is_upper(c) ? static_cast<unsigned char>(c | 0x20) : c;
      lower = (lower ^ lc) * 1099511628211ULL;
      apostrophe = apostrophe || c == 0xE2;
      char k = shape_class(w, i);
      if (k == 'X') any_upper = true;
      if (k == 'x') any_lower = true;
      if (!full) continue;
      if (i < 4) ti.prefix[i] = lower;
      if (k == 'd') ti.flags |= kFlagHasDigit;
      if (c == '-') ti.flags |= kFlagHasHyphen;
      if (c == '.') ti.flags |= kFlagHasPeriod;
      if (k && shape_len < 8) { shape = (shape ^ static_cast<unsigned char>(k)) * 1099511628211ULL; ++shape_len; }
      if (k && k != last_class) { sshape = (sshape ^ static_cast<unsigned char>(k)) * 1099511628211ULL; last_class = k; }
    }
    ti.lower = lowers[t] = apostrophe ? lower_hash(w) : lower;
    if (full) {
      for (size_t i = w.size(); i < 4; ++i) ti.prefix[i] = ti.prefix[w.size() ? w.size() - 1 : 0];
      for (size_t k = 0; k < 4; ++k) {
        size_t len = std::min(w.size(), k + 1);
        ti.suffix[k] = (apostrophe ? lower_hash(w.substr(w.size() - len)) : ascii_lower_hash(w.substr(w.size() - len))) + k;
      }
      ti.shape = shape;
      ti.short_shape = sshape;
    }
    if (!w.empty() && shape_class(w, 0) == 'X') ti.flags |= kFlagCapitalised;
    if (any_upper && !any_lower) ti.flags |= kFlagAllCaps;
    if (starts[t]) ti.flags |= kFlagSentenceStart;
    if (any_lower && !any_upper) seen.set(ti.lower, kSeenLower);
    if ((ti.flags & kFlagCapitalised) && !starts[t] && any_lower) seen.set(ti.lower, kSeenCapitalisedMid);
    if (full && clusters && !clusters->empty()) {
      uint32_t packed = clusters->classes(ti.word);
      for (int k = 0; k < 3; ++k) {
        uint32_t id = (packed >> (10 * k)) & 1023u;
        if (id) ti.cluster[k] = mix64(static_cast<uint64_t>(k) << 16 | id) + 1;
      }
    }
  }
  // Sentence-level: headlines written in capitals.
  for (uint32_t s = first; s < last && s < sentences && full; ++s) {
    auto [b, e] = sentence(s);
    bool caps = false, lower_seen = false;
    for (uint32_t t = b; t < e && !lower_seen; ++t) {
      for (char c : doc.words[base + t]) {
        if (is_lower(static_cast<unsigned char>(c))) { lower_seen = true; break; }
        if (is_upper(static_cast<unsigned char>(c))) caps = true;
      }
    }
    if (caps && !lower_seen)
      for (uint32_t t = b; t < e; ++t) out[t].flags |= kFlagAllCapsSentence;
  }
  if (gazetteer && !gazetteer->empty()) {
    std::vector<uint16_t> marks(n, 0);
    std::unique_ptr<bool[]> may_start(new bool[n]);
    for (size_t t = 0; t < n; ++t) {
      auto c = doc.words[base + t].empty() ? 0 : static_cast<unsigned char>(doc.words[base + t][0]);
      may_start[t] = !is_lower(c) && !is_digit(c);
    }
    for (uint32_t s = first; s < last && s < sentences; ++s) {
      auto [b, e] = sentence(s);
      gazetteer->mark(lowers.data(), may_start.get(), b, e, marks.data());
    }
    for (size_t t = 0; t < n; ++t) out[t].gazetteer = marks[t];
  }
  // Context aggregated over the document: what the contexts of every occurrence of a
  // capitalised word (case-insensitively) say about it.
  static const uint64_t kIn = lower_hash("in"), kAt = lower_hash("at"), kThe = lower_hash("the"),
                        kPoss = lower_hash("'s"), kOf = lower_hash("of");
  for (uint32_t s = first; s < last && s < sentences; ++s) {
    auto [b, e] = sentence(s);
    for (uint32_t t = b; t < e; ++t) {
      const TokenInfo& ti = out[t];
      if (!(ti.flags & (kFlagCapitalised | kFlagAllCaps))) continue;
      uint16_t f = 0;
      const bool caps_prev = t > b && (out[t - 1].flags & (kFlagCapitalised | kFlagAllCaps));
      const bool caps_next = t + 1 < e && (out[t + 1].flags & (kFlagCapitalised | kFlagAllCaps));
      if (t > b) {
        const TokenInfo& p = out[t - 1];
        if (p.gazetteer & (1u << kGazTitle)) f |= kAggAfterTitle;
        if ((p.gazetteer & (1u << kGazFirstName)) && caps_prev) f |= kAggAfterFirstName;
        if (p.lower == kIn || p.lower == kAt) f |= kAggAfterInAt;
        if (p.lower == kThe) f |= kAggAfterThe;
        if (p.lower == kOf) f |= kAggAfterOf;
      }
      if (t + 1 < e && out[t + 1].lower == kPoss) f |= kAggBeforePossessive;
      if (caps_prev || caps_next) f |= kAggInRun;
      else if (!(ti.flags & kFlagSentenceStart)) f |= kAggAlone;
      seen.set(ti.lower, static_cast<uint32_t>(f) << 8);
    }
  }
}

}  // namespace

void describe_sentences(const TaggerDoc& doc, uint32_t first, uint32_t last, const Gazetteer* gazetteer,
                        const WordClusters* clusters, std::vector<TokenInfo>& out, WordOccurrences& seen) {
  describe(doc, first, last, gazetteer, clusters, out, seen, true);
}

void gather_occurrences(const TaggerDoc& doc, uint32_t first, uint32_t last, const Gazetteer* gazetteer,
                        std::vector<TokenInfo>& scratch, WordOccurrences& seen) {
  describe(doc, first, last, gazetteer, nullptr, scratch, seen, false);
}

void apply_occurrences(const WordOccurrences& seen, std::vector<TokenInfo>& info) {
  for (TokenInfo& ti : info) {
    if (!(ti.flags & (kFlagCapitalised | kFlagAllCaps))) continue;
    uint32_t bits = seen.get(ti.lower);
    if (bits & kSeenLower) ti.flags |= kFlagLowerSeenInDoc;
    if (bits & kSeenCapitalisedMid) ti.flags |= kFlagCapSeenInDoc;
    ti.context = static_cast<uint16_t>(bits >> 8);
  }
}

void describe_tokens(const TaggerDoc& doc, const Gazetteer* gazetteer, const WordClusters* clusters,
                     std::vector<TokenInfo>& out) {
  WordOccurrences seen;
  describe_sentences(doc, 0, static_cast<uint32_t>(doc.sentence_starts.size()), gazetteer, clusters, out, seen);
  apply_occurrences(seen, out);
}

// Template ids: stable numbers, part of the model's meaning (change => new model version).
enum : uint32_t {
  T_BIAS, T_WORD, T_LOWER, T_SHAPE, T_SSHAPE, T_PRE1, T_PRE2, T_PRE3, T_PRE4, T_SUF1, T_SUF2, T_SUF3, T_SUF4,
  T_LOWER_M1, T_LOWER_P1, T_LOWER_M2, T_LOWER_P2, T_SS_M1, T_SS_P1, T_SS_M1_0, T_SS_0_P1, T_LOW_M1_0, T_LOW_0_P1,
  T_PREV1, T_PREV12, T_PREV1_LOWER, T_PREV1_SS, T_FLAGS_SS, T_CAPS_LOWER, T_DOCCASE_SS, T_HISTORY, T_HISTORY_SS,
  T_GAZ, T_GAZ_M1, T_GAZ_P1, T_CLUSTER, T_CLUSTER_M1, T_CLUSTER_P1, T_WORD_M1, T_WORD_P1, T_SHAPE_M1_0_P1,
  T_PREV1_SUF3, T_LEN, T_PREV1_CLUSTER, T_AGG, T_AGG_BIT,
};

int features(const TokenInfo* tk, uint32_t begin, uint32_t end, uint32_t i, Tag prev1, Tag prev2, uint32_t history,
             uint64_t* out) {
  int n = 0;
  const TokenInfo& t = tk[i];
  static const TokenInfo kPad = [] {
    TokenInfo p;
    p.word = p.lower = p.shape = p.short_shape = 0x5eed;
    return p;
  }();
  static const TokenInfo kEnd = [] {
    TokenInfo p;
    p.word = p.lower = p.shape = p.short_shape = 0xe0d;
    return p;
  }();
  const TokenInfo& m1 = i > begin ? tk[i - 1] : kPad;
  const TokenInfo& m2 = i > begin + 1 ? tk[i - 2] : kPad;
  const TokenInfo& p1 = i + 1 < end ? tk[i + 1] : kEnd;
  const TokenInfo& p2 = i + 2 < end ? tk[i + 2] : kEnd;
  const uint32_t caps = t.flags & kFlagAllCapsSentence;

  out[n++] = feature_key(T_BIAS, 0);
  out[n++] = feature_key(T_WORD, t.word);
  out[n++] = feature_key(T_LOWER, t.lower);
  out[n++] = feature_key(T_SHAPE, t.shape);
  out[n++] = feature_key(T_SSHAPE, t.short_shape);
  for (int k = 0; k < 4; ++k) out[n++] = feature_key(T_PRE1 + k, t.prefix[k]);
  for (int k = 0; k < 4; ++k) out[n++] = feature_key(T_SUF1 + k, t.suffix[k]);
  out[n++] = feature_key(T_LOWER_M1, m1.lower);
  out[n++] = feature_key(T_LOWER_P1, p1.lower);
  out[n++] = feature_key(T_LOWER_M2, m2.lower);
  out[n++] = feature_key(T_LOWER_P2, p2.lower);
  out[n++] = feature_key(T_WORD_M1, m1.word);
  out[n++] = feature_key(T_WORD_P1, p1.word);
  out[n++] = feature_key(T_SS_M1, m1.short_shape);
  out[n++] = feature_key(T_SS_P1, p1.short_shape);
  out[n++] = feature_key(T_SS_M1_0, m1.short_shape, t.short_shape);
  out[n++] = feature_key(T_SS_0_P1, t.short_shape, p1.short_shape);
  out[n++] = feature_key(T_SHAPE_M1_0_P1, m1.short_shape, t.short_shape * 31 + p1.short_shape);
  out[n++] = feature_key(T_LOW_M1_0, m1.lower, t.lower);
  out[n++] = feature_key(T_LOW_0_P1, t.lower, p1.lower);
  out[n++] = feature_key(T_PREV1, prev1);
  out[n++] = feature_key(T_PREV12, prev1, prev2);
  out[n++] = feature_key(T_PREV1_LOWER, prev1, t.lower);
  out[n++] = feature_key(T_PREV1_SS, prev1, t.short_shape);
  out[n++] = feature_key(T_PREV1_SUF3, prev1, t.suffix[2]);
  out[n++] = feature_key(T_FLAGS_SS, t.flags & (kFlagSentenceStart | kFlagAllCapsSentence | kFlagHasDigit |
                                                kFlagHasHyphen | kFlagHasPeriod | kFlagAllCaps | kFlagLineStart),
                         t.short_shape);
  if (caps) out[n++] = feature_key(T_CAPS_LOWER, t.lower);
  out[n++] = feature_key(T_DOCCASE_SS, t.flags & (kFlagLowerSeenInDoc | kFlagCapSeenInDoc | kFlagSentenceStart),
                         t.short_shape);
  out[n++] = feature_key(T_HISTORY, history);
  out[n++] = feature_key(T_HISTORY_SS, history, t.short_shape);
  out[n++] = feature_key(T_LEN, std::min<uint64_t>(t.prefix[3] == t.prefix[2] ? 3 : 4, 4), caps);
  if (t.gazetteer) {
    for (int c = 0; c < kGazCategories; ++c) {
      uint32_t in = (t.gazetteer >> c) & 1, starts = (t.gazetteer >> (8 + c)) & 1;
      if (in) out[n++] = feature_key(T_GAZ, static_cast<uint64_t>(c * 2 + starts), caps);
    }
  }
  if (m1.gazetteer) out[n++] = feature_key(T_GAZ_M1, m1.gazetteer & 0x7F);
  if (p1.gazetteer) out[n++] = feature_key(T_GAZ_P1, p1.gazetteer & 0x7F);
  if (t.context) {
    out[n++] = feature_key(T_AGG, t.context);
    for (int b = 0; b < 8; ++b)
      if (t.context & (1u << b)) out[n++] = feature_key(T_AGG_BIT, static_cast<uint64_t>(b), caps);
  }
  for (int k = 0; k < 3; ++k)
    if (t.cluster[k]) out[n++] = feature_key(T_CLUSTER, t.cluster[k]);
  if (t.cluster[1]) out[n++] = feature_key(T_PREV1_CLUSTER, prev1, t.cluster[1]);
  for (int k = 0; k < 2; ++k) {
    if (m1.cluster[k]) out[n++] = feature_key(T_CLUSTER_M1, m1.cluster[k]);
    if (p1.cluster[k]) out[n++] = feature_key(T_CLUSTER_P1, p1.cluster[k]);
  }
  return n;
}

}  // namespace ng::ner
