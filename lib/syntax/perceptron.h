#pragma once
// Internal to lib/syntax: hashed feature keys, the averaged perceptron used in training,
// and the compact read-only weight table used in tagging and parsing.
#include <cstdint>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/binio.h"

namespace ng::syntax::detail {

// A 64-bit mix (splitmix64's finaliser): feature keys are hashes of a template number
// and the hashes of its values.
inline uint64_t mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}
inline uint64_t key(uint64_t tmpl, uint64_t a) { return mix(mix(tmpl) ^ a); }
inline uint64_t key(uint64_t tmpl, uint64_t a, uint64_t b) { return mix(key(tmpl, a) + b * 0x100000001b3ULL); }
inline uint64_t key(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c) { return mix(key(tmpl, a, b) + c * 0x2545f4914f6cdd1dULL); }

inline uint64_t hash_bytes(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return mix(h);
}

// Training weights: one row of `classes` floats per feature, averaged lazily (each row
// keeps the time it last changed). Deterministic: rows are created in update order.
class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int classes) : classes_(classes) {}
  int classes() const { return classes_; }

  // Adds the current weights of `keys` into scores[0..classes).
  void score(const uint64_t* keys, int n, float* scores) const {
    for (int i = 0; i < n; ++i) {
      auto it = index_.find(keys[i]);
      if (it == index_.end()) continue;
      const float* w = &weights_[size_t(it->second) * classes_];
      for (int c = 0; c < classes_; ++c) scores[c] += w[c];
    }
  }
  // Adds `delta` to class `cls` of every key's row.
  void update(const uint64_t* keys, int n, int cls, float delta) {
    for (int i = 0; i < n; ++i) {
      uint32_t row = row_of(keys[i]);
      size_t at = size_t(row) * classes_ + cls;
      totals_[at] += float(now_ - stamps_[at]) * weights_[at];
      stamps_[at] = now_;
      weights_[at] += delta;
    }
  }
  void tick() { ++now_; }

  // The averaged weights: keys and their rows (row r at [r*classes, (r+1)*classes)).
  void averaged(std::vector<uint64_t>& keys, std::vector<float>& rows) const {
    keys = keys_;
    rows.resize(weights_.size());
    const double t = double(now_ ? now_ : 1);
    for (size_t i = 0; i < weights_.size(); ++i)
      rows[i] = float((double(totals_[i]) + double(now_ - stamps_[i]) * weights_[i]) / t);
  }

 private:
  uint32_t row_of(uint64_t k) {
    auto [it, fresh] = index_.emplace(k, uint32_t(keys_.size()));
    if (fresh) {
      keys_.push_back(k);
      weights_.resize(weights_.size() + classes_, 0.0f);
      totals_.resize(totals_.size() + classes_, 0.0f);
      stamps_.resize(stamps_.size() + classes_, now_);
    }
    return it->second;
  }
  int classes_;
  uint64_t now_ = 0;
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<uint64_t> keys_;
  std::vector<float> weights_, totals_;
  std::vector<uint64_t> stamps_;
};

// What this object represents: averaged weights for inference, quantised to int16 per
// table, in an open-addressing table. Const after construction; safe on many threads.
class WeightTable {
 public:
  WeightTable() = default;
  // Keeps the rows with some weight of magnitude >= prune.
  WeightTable(int classes, const std::vector<uint64_t>& keys, const std::vector<float>& rows, float prune) : classes_(classes) {
    float max_abs = 0;
    for (float w : rows) max_abs = std::max(max_abs, w < 0 ? -w : w);
    scale_ = max_abs > 0 ? max_abs / 32000.0f : 1.0f;
    std::vector<size_t> kept;
    for (size_t r = 0; r < keys.size(); ++r) {
      bool keep = false;
      for (int c = 0; c < classes; ++c) keep |= std::abs(rows[r * classes + c]) >= prune;
      if (keep && keys[r] != 0) kept.push_back(r);
    }
    keys_.reserve(kept.size());
    weights_.reserve(kept.size() * classes);
    std::vector<std::pair<uint64_t, size_t>> order;
    for (size_t r : kept) order.emplace_back(keys[r], r);
    std::sort(order.begin(), order.end());
    for (auto& [k, r] : order) {
      keys_.push_back(k);
      for (int c = 0; c < classes; ++c) weights_.push_back(int16_t(std::lround(rows[r * classes + c] / scale_)));
    }
    build_slots();
  }

  int classes() const { return classes_; }
  size_t rows() const { return keys_.size(); }

  // The same table without the rows whose weights all lie below `prune` in magnitude.
  WeightTable pruned(float prune) const {
    WeightTable t;
    t.classes_ = classes_;
    t.scale_ = scale_;
    const int32_t limit = int32_t(prune / scale_);
    for (size_t r = 0; r < keys_.size(); ++r) {
      const int16_t* w = &weights_[r * size_t(classes_)];
      bool keep = false;
      for (int c = 0; c < classes_; ++c) keep |= std::abs(int32_t(w[c])) >= limit;
      if (!keep) continue;
      t.keys_.push_back(keys_[r]);
      t.weights_.insert(t.weights_.end(), w, w + classes_);
    }
    t.build_slots();
    return t;
  }

  // Adds the rows of `keys` into scores[0..classes) (integer units; see scale()).
  // The slots of all keys are fetched from memory together first: most lookups miss the
  // cache, and overlapping the misses is most of the speed.
  void score(const uint64_t* keys, int n, int32_t* scores) const {
    if (classes_ <= kInline) {
      for (int i = 0; i < n; ++i) __builtin_prefetch(&inline_[keys[i] & mask_]);
      for (int i = 0; i < n; ++i)
        for (size_t s = keys[i] & mask_; inline_[s].key != 0; s = (s + 1) & mask_)
          if (inline_[s].key == keys[i]) {
            for (int c = 0; c < classes_; ++c) scores[c] += inline_[s].w[c];
            break;
          }
      return;
    }
    for (int i = 0; i < n; ++i) __builtin_prefetch(&slots_[keys[i] & mask_]);
    int32_t rows[256];
    int found = 0;
    for (int i = 0; i < n && found < 256; ++i) {
      int32_t row = find(keys[i]);
      if (row < 0) continue;
      __builtin_prefetch(&weights_[size_t(row) * classes_]);
      rows[found++] = row;
    }
    for (int i = 0; i < found; ++i) {
      const int16_t* w = &weights_[size_t(rows[i]) * classes_];
      for (int c = 0; c < classes_; ++c) scores[c] += w[c];
    }
  }
  float scale() const { return scale_; }

  void save(core::ByteWriter& w) const {
    w.put<uint32_t>(uint32_t(classes_));
    w.put<float>(scale_);
    w.put_vector(keys_);
    w.put_vector(weights_);
  }
  static WeightTable load(core::ByteReader& r) {
    WeightTable t;
    t.classes_ = int(r.get<uint32_t>());
    if (t.classes_ <= 0 || t.classes_ > 4096) r.fail("implausible class count");
    t.scale_ = r.get<float>();
    t.keys_ = r.get_vector<uint64_t>(uint64_t(1) << 28);
    t.weights_ = r.get_vector<int16_t>(uint64_t(1) << 34);
    if (t.weights_.size() != t.keys_.size() * size_t(t.classes_)) r.fail("weight table size mismatch");
    t.build_slots();
    return t;
  }

 private:
  void build_slots() {
    size_t cap = 16;
    while (cap < keys_.size() * 2) cap <<= 1;
    mask_ = cap - 1;
    if (classes_ <= kInline) {
      inline_.assign(cap, Inline{0, {0, 0, 0, 0}});
      for (size_t r = 0; r < keys_.size(); ++r) {
        if (keys_[r] == 0) continue;
        size_t s = keys_[r] & mask_;
        while (inline_[s].key != 0) s = (s + 1) & mask_;
        inline_[s].key = keys_[r];
        for (int c = 0; c < classes_; ++c) inline_[s].w[c] = weights_[r * size_t(classes_) + size_t(c)];
      }
      return;
    }
    slots_.assign(cap, Slot{0, -1});
    for (size_t r = 0; r < keys_.size(); ++r) {
      size_t s = keys_[r] & mask_;
      while (slots_[s].row >= 0) s = (s + 1) & mask_;
      slots_[s] = Slot{keys_[r], int32_t(r)};
    }
  }
  int32_t find(uint64_t k) const {
    for (size_t s = k & mask_;; s = (s + 1) & mask_) {
      if (slots_[s].row < 0) return -1;
      if (slots_[s].key == k) return slots_[s].row;
    }
  }
  int classes_ = 1;
  float scale_ = 1.0f;
  std::vector<uint64_t> keys_;     // sorted
  std::vector<int16_t> weights_;   // rows() x classes
  struct Slot {
    uint64_t key;
    int32_t row;  // -1 = empty
  };
  // A table of at most kInline classes keeps its weights in the slot, so that a key
  // costs one memory access (key 0 marks an empty slot; no feature key is 0).
  static constexpr int kInline = 4;
  struct Inline {
    uint64_t key;
    int16_t w[kInline];
  };
  size_t mask_ = 0;
  std::vector<Slot> slots_;     // classes > kInline
  std::vector<Inline> inline_;  // classes <= kInline
};

// What is known of a word type, keyed by the hash_bytes() of the lower-cased word: its
// classes (see ner/clusters.h: the exchange algorithm at up to three granularities) in
// bits 0-29 as 10-bit fields, each 1 + class id (0 = none); the higher bits are free
// for more word knowledge. Const after construction.
class WordTable {
 public:
  WordTable() = default;
  explicit WordTable(std::vector<std::pair<uint64_t, uint64_t>> items) : items_(std::move(items)) {
    std::sort(items_.begin(), items_.end());
    build();
  }
  uint64_t find(uint64_t k) const {
    if (slots_.empty()) return 0;
    for (size_t s = k & mask_;; s = (s + 1) & mask_) {
      if (slots_[s].first == 0) return 0;
      if (slots_[s].first == k) return slots_[s].second;
    }
  }
  size_t size() const { return items_.size(); }
  void save(core::ByteWriter& w) const {
    std::vector<uint64_t> k;
    std::vector<uint64_t> v;
    for (auto& [a, b] : items_) k.push_back(a), v.push_back(b);
    w.put_vector(k);
    w.put_vector(v);
  }
  static WordTable load(core::ByteReader& r) {
    auto k = r.get_vector<uint64_t>(uint64_t(1) << 26);
    auto v = r.get_vector<uint64_t>(uint64_t(1) << 26);
    if (k.size() != v.size()) r.fail("cluster table size mismatch");
    std::vector<std::pair<uint64_t, uint64_t>> items;
    for (size_t i = 0; i < k.size(); ++i) items.emplace_back(k[i], v[i]);
    return WordTable(std::move(items));
  }

 private:
  void build() {
    size_t cap = 16;
    while (cap < items_.size() * 2) cap <<= 1;
    mask_ = cap - 1;
    slots_.assign(cap, {0, 0});
    for (auto& [k, v] : items_) {
      if (k == 0) continue;
      size_t s = k & mask_;
      while (slots_[s].first != 0) s = (s + 1) & mask_;
      slots_[s] = {k, v};
    }
  }
  std::vector<std::pair<uint64_t, uint64_t>> items_;  // sorted
  std::vector<std::pair<uint64_t, uint64_t>> slots_;
  size_t mask_ = 0;
};

}  // namespace ng::syntax::detail
