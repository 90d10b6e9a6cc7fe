#pragma once
// Internal to lib/syntax: hashed feature keys, the averaged perceptron used in training,
// and the compact read-only weight table used in tagging and parsing.
#include <cstdint>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
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
// table, in an open-addressing table. A row keeps only its non-zero weights (as (class,
// weight) entries): a word's row has weights for the few tags or labels it was confused
// with, so a table of many classes stays small and a key costs two memory accesses, not
// one per class. Const after construction; safe on many threads.
// Saved as its final arrays (the hash slots, the sparse rows' entries, the dense rows),
// so that loading from a model file (read whole) uses them where they lie: no copy, no
// rebuilding, only a check that every slot points inside the arrays.
class WeightTable {
 public:
  WeightTable() = default;
  // Keeps the rows with some weight of magnitude >= prune.
  WeightTable(int classes, const std::vector<uint64_t>& keys, const std::vector<float>& rows, float prune) : classes_(classes) {
    float max_abs = 0;
    for (float w : rows) max_abs = std::max(max_abs, w < 0 ? -w : w);
    scale_ = max_abs > 0 ? max_abs / 32000.0f : 1.0f;
    std::vector<std::pair<uint64_t, size_t>> order;
    for (size_t r = 0; r < keys.size(); ++r) {
      bool keep = false;
      for (int c = 0; c < classes; ++c) keep |= std::abs(rows[r * classes + c]) >= prune;
      if (keep && keys[r] != 0) order.emplace_back(keys[r], r);
    }
    std::sort(order.begin(), order.end());
    Rows out;
    for (auto& [k, r] : order) {
      out.keys.push_back(k);
      for (int c = 0; c < classes; ++c)
        if (int16_t w = int16_t(std::lround(rows[r * classes + c] / scale_)); w != 0) out.classes.push_back(uint16_t(c)), out.weights.push_back(w);
      out.starts.push_back(uint32_t(out.weights.size()));
    }
    build(out);
  }

  int classes() const { return classes_; }
  size_t rows() const { return rows_; }

  // The same table without the rows whose weights all lie below `prune` in magnitude.
  WeightTable pruned(float prune) const {
    WeightTable t;
    t.classes_ = classes_;
    t.scale_ = scale_;
    const int32_t limit = int32_t(prune / scale_);
    const Rows in = sorted_rows();
    Rows out;
    for (size_t r = 0; r < in.keys.size(); ++r) {
      bool keep = false;
      for (uint32_t e = in.starts[r]; e < in.starts[r + 1]; ++e) keep |= std::abs(int32_t(in.weights[e])) >= limit;
      if (!keep) continue;
      out.keys.push_back(in.keys[r]);
      out.classes.insert(out.classes.end(), in.classes.begin() + in.starts[r], in.classes.begin() + in.starts[r + 1]);
      out.weights.insert(out.weights.end(), in.weights.begin() + in.starts[r], in.weights.begin() + in.starts[r + 1]);
      out.starts.push_back(uint32_t(out.weights.size()));
    }
    t.build(out);
    return t;
  }

  // Adds the rows of `keys` into scores[0..classes) (integer units; see scale()).
  // The slots of all keys are fetched from memory together first: most lookups miss the
  // cache, and overlapping the misses is most of the speed. The sums are of integers, so
  // the order in which rows are added does not change them.
  void score(const uint64_t* keys, int n, int32_t* scores) const {
    const size_t mask = mask_;
    if (classes_ <= kInline) {
      for (int i = 0; i < n; ++i) __builtin_prefetch(&inline_[keys[i] & mask]);
      // The four int16 weights of a slot, offset by 32768 to be unsigned, are added as two
      // uint64 of two 32-bit lanes each (weights 0 and 2, 1 and 3): a lane holds the sum of
      // up to 65536 rows without carrying into the next.
      uint64_t even = 0, odd = 0;
      uint32_t found = 0;
      for (int i = 0; i < n; ++i)
        for (size_t s = keys[i] & mask; inline_[s].key != 0; s = (s + 1) & mask)
          if (inline_[s].key == keys[i]) {
            uint64_t w;
            std::memcpy(&w, inline_[s].w, sizeof w);
            w ^= 0x8000800080008000ULL;
            even += w & 0x0000FFFF0000FFFFULL;
            odd += (w >> 16) & 0x0000FFFF0000FFFFULL;
            ++found;
            break;
          }
      const uint32_t offset = 32768u * found;
      const uint32_t sums[kInline] = {uint32_t(even), uint32_t(odd), uint32_t(even >> 32), uint32_t(odd >> 32)};
      for (int c = 0; c < classes_; ++c) scores[c] += int32_t(sums[c] - offset);
      return;
    }
    for (int i = 0; i < n; ++i) __builtin_prefetch(&slots_[keys[i] & mask]);
    const Slot* found[256];
    int count = 0;
    for (int i = 0; i < n && count < 256; ++i) {
      const Slot* slot = find(keys[i]);
      if (!slot) continue;
      __builtin_prefetch(slot->count == kDense ? static_cast<const void*>(&dense_[slot->start]) : &entries_[slot->start]);
      found[count++] = slot;
    }
    const int classes = classes_;
    int32_t* __restrict out = scores;
    for (int i = 0; i < count; ++i) {
      if (found[i]->count == kDense) {
        const int16_t* __restrict w = &dense_[found[i]->start];
        for (int c = 0; c < classes; ++c) out[c] += w[c];
      } else {
        const Entry* __restrict e = &entries_[found[i]->start];
        for (uint32_t k = 0, end = found[i]->count; k < end; ++k) out[e[k].cls] += e[k].w;
      }
    }
  }
  float scale() const { return scale_; }
  // Starts fetching the slots of `keys` from memory, so that a score() of them soon after
  // waits less: a decoder that knows several key sets of one step overlaps their misses.
  void prefetch(const uint64_t* keys, int n) const {
    for (int i = 0; i < n; ++i)
      __builtin_prefetch(classes_ <= kInline ? static_cast<const void*>(&inline_[keys[i] & mask_])
                                             : &slots_[keys[i] & mask_]);
  }

  // Writes the table's arrays (ByteWriter::put_array); the same table, the same bytes.
  void save(core::ByteWriter& w) const {
    w.put<uint32_t>(uint32_t(classes_));
    w.put<float>(scale_);
    w.put<uint64_t>(rows_);
    w.put_array(inline_, inline_count_);
    w.put_array(slots_, slot_count_);
    w.put_array(entries_, entry_count_);
    w.put_array(dense_, dense_count_);
  }
  // Reads a table written by save(), using its arrays in place (ByteReader::view_array):
  // `keep` holds the bytes for as long as the table or a copy of it lives (null: the
  // caller keeps them). Throws core::Error (ByteReader::fail) for a table whose slots
  // or entries point outside its arrays, or that has no empty slot.
  static WeightTable load(core::ByteReader& r, std::shared_ptr<const void> keep) {
    WeightTable t;
    t.classes_ = int(r.get<uint32_t>());
    if (t.classes_ <= 0 || t.classes_ > 4096) r.fail("implausible class count");
    t.scale_ = r.get<float>();
    t.rows_ = size_t(r.get<uint64_t>());
    t.inline_ = r.view_array<Inline>(uint64_t(1) << 32, t.inline_count_);
    t.slots_ = r.view_array<Slot>(uint64_t(1) << 32, t.slot_count_);
    t.entries_ = r.view_array<Entry>(uint64_t(1) << 32, t.entry_count_);
    t.dense_ = r.view_array<int16_t>(uint64_t(1) << 32, t.dense_count_);
    const bool small = t.classes_ <= kInline;
    const size_t cap = small ? t.inline_count_ : t.slot_count_;
    if ((small ? t.slot_count_ + t.entry_count_ + t.dense_count_ : t.inline_count_) != 0 || cap < 16 || (cap & (cap - 1)) != 0)
      r.fail("weight table of the wrong shape");
    t.mask_ = cap - 1;
    size_t used = 0;
    if (small) {
      for (size_t s = 0; s < cap; ++s) used += t.inline_[s].key != 0;
    } else {
      for (size_t s = 0; s < cap; ++s) {
        const Slot& slot = t.slots_[s];
        if (slot.key == 0) continue;
        ++used;
        const uint64_t end = uint64_t(slot.start) + (slot.count == kDense ? uint64_t(t.classes_) : slot.count);
        if (end > (slot.count == kDense ? t.dense_count_ : t.entry_count_)) r.fail("weight table row out of range");
      }
      for (size_t e = 0; e < t.entry_count_; ++e)
        if (t.entries_[e].cls >= t.classes_) r.fail("weight for a class out of range");
    }
    if (used != t.rows_ || used >= cap) r.fail("weight table size mismatch");
    t.keep_ = std::move(keep);
    return t;
  }

 private:
  // Rows as built or pruned: sorted distinct non-zero keys; row r's entries are
  // [starts[r], starts[r + 1]) of `classes` and `weights` (weights never 0).
  struct Rows {
    std::vector<uint64_t> keys;
    std::vector<uint32_t> starts{0};
    std::vector<uint16_t> classes;
    std::vector<int16_t> weights;
  };
  // The table keeps only its slots and their weights; the rows are gathered again from
  // them for pruning.
  Rows sorted_rows() const {
    std::vector<std::pair<uint64_t, size_t>> order;  // key, slot
    if (classes_ <= kInline) {
      for (size_t s = 0; s < inline_count_; ++s)
        if (inline_[s].key != 0) order.emplace_back(inline_[s].key, s);
    } else {
      for (size_t s = 0; s < slot_count_; ++s)
        if (slots_[s].key != 0) order.emplace_back(slots_[s].key, s);
    }
    std::sort(order.begin(), order.end());
    Rows rows;
    auto add = [&](int c, int16_t w) {
      if (w != 0) rows.classes.push_back(uint16_t(c)), rows.weights.push_back(w);
    };
    for (auto& [k, s] : order) {
      rows.keys.push_back(k);
      if (classes_ <= kInline) {
        for (int c = 0; c < classes_; ++c) add(c, inline_[s].w[c]);
      } else if (slots_[s].count == kDense) {
        for (int c = 0; c < classes_; ++c) add(c, dense_[slots_[s].start + uint32_t(c)]);
      } else {
        for (uint32_t e = slots_[s].start; e < slots_[s].start + slots_[s].count; ++e) add(entries_[e].cls, entries_[e].w);
      }
      rows.starts.push_back(uint32_t(rows.weights.size()));
    }
    return rows;
  }

  void build(const Rows& rows) {
    rows_ = rows.keys.size();
    size_t cap = 16;
    while (cap < rows_ * 2) cap <<= 1;
    mask_ = cap - 1;
    auto own = std::make_shared<Arrays>();
    if (classes_ <= kInline) {
      own->inline_slots.assign(cap, Inline{0, {0, 0, 0, 0}});
      for (size_t r = 0; r < rows_; ++r) {
        size_t s = rows.keys[r] & mask_;
        while (own->inline_slots[s].key != 0) s = (s + 1) & mask_;
        own->inline_slots[s].key = rows.keys[r];
        for (uint32_t e = rows.starts[r]; e < rows.starts[r + 1]; ++e) own->inline_slots[s].w[rows.classes[e]] = rows.weights[e];
      }
    } else {
      // A row with weights for at least half the classes is kept whole (added with vector
      // instructions, and no larger than its entries would be).
      own->slots.assign(cap, Slot{0, 0, 0});
      for (size_t r = 0; r < rows_; ++r) {
        size_t s = rows.keys[r] & mask_;
        while (own->slots[s].key != 0) s = (s + 1) & mask_;
        const uint32_t count = rows.starts[r + 1] - rows.starts[r];
        if (2 * count >= uint32_t(classes_)) {
          own->slots[s] = Slot{rows.keys[r], uint32_t(own->dense.size()), kDense};
          own->dense.resize(own->dense.size() + size_t(classes_), 0);
          for (uint32_t e = rows.starts[r]; e < rows.starts[r + 1]; ++e) own->dense[own->slots[s].start + rows.classes[e]] = rows.weights[e];
        } else {
          own->slots[s] = Slot{rows.keys[r], uint32_t(own->entries.size()), count};
          for (uint32_t e = rows.starts[r]; e < rows.starts[r + 1]; ++e) own->entries.push_back(Entry{rows.classes[e], rows.weights[e]});
        }
      }
    }
    inline_ = own->inline_slots.data(), inline_count_ = own->inline_slots.size();
    slots_ = own->slots.data(), slot_count_ = own->slots.size();
    entries_ = own->entries.data(), entry_count_ = own->entries.size();
    dense_ = own->dense.data(), dense_count_ = own->dense.size();
    keep_ = std::move(own);
  }
  static constexpr uint32_t kDense = 0xFFFFFFFF;
  struct Slot {
    uint64_t key;  // 0 = empty (no feature key is 0)
    uint32_t start, count;  // the row's entries, or (count kDense) its weights in dense_
  };
  const Slot* find(uint64_t k) const {
    for (size_t s = k & mask_;; s = (s + 1) & mask_) {
      if (slots_[s].key == 0) return nullptr;
      if (slots_[s].key == k) return &slots_[s];
    }
  }
  int classes_ = 1;
  float scale_ = 1.0f;
  size_t rows_ = 0;
  struct Entry {
    uint16_t cls;
    int16_t w;
  };
  // A table of at most kInline classes keeps its weights in the slot, so that a key
  // costs one memory access.
  static constexpr int kInline = 4;
  struct Inline {
    uint64_t key;
    int16_t w[kInline];
  };
  static_assert(sizeof(Slot) == 16 && sizeof(Entry) == 4 && sizeof(Inline) == 16, "saved arrays have no padding bytes");
  // The arrays of a table built here (a loaded table's lie in its model file).
  struct Arrays {
    std::vector<Slot> slots;
    std::vector<Entry> entries;
    std::vector<int16_t> dense;
    std::vector<Inline> inline_slots;
  };
  size_t mask_ = 0;
  const Slot* slots_ = nullptr;      // classes > kInline
  const Entry* entries_ = nullptr;   // classes > kInline: the entries of the sparse rows
  const int16_t* dense_ = nullptr;   // classes > kInline: the dense rows, classes_ weights each
  const Inline* inline_ = nullptr;   // classes <= kInline
  size_t slot_count_ = 0, entry_count_ = 0, dense_count_ = 0, inline_count_ = 0;
  std::shared_ptr<const void> keep_;  // what holds the arrays: Arrays, or a model file's mapping
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
  // A hash of the whole table (the same items, the same digest).
  uint64_t digest() const {
    uint64_t h = 0;
    for (auto& [a, b] : items_) h = mix(h ^ mix(a + b * 0x9e3779b97f4a7c15ULL));
    return h;
  }
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
