#include "ner/model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <ostream>

#include "core/error.h"
#include "core/io.h"
#include "core/binio.h"

namespace ng::ner {
namespace {

constexpr char kMagic[8] = {'N', 'G', 'N', 'E', 'R', 'M', 'O', 'D'};
constexpr uint32_t section_id(const char (&s)[5]) {
  return static_cast<uint32_t>(s[0]) | static_cast<uint32_t>(s[1]) << 8 | static_cast<uint32_t>(s[2]) << 16 |
         static_cast<uint32_t>(s[3]) << 24;
}
constexpr uint32_t kMeta = section_id("META"), kWeights = section_id("WGHT"), kGaz = section_id("GAZE"),
                   kClus = section_id("CLUS");

uint64_t fnv(std::string_view s) { return hash_bytes(s); }

inline uint32_t fingerprint(uint64_t key) { return static_cast<uint32_t>(key >> 32) | 1u; }

}  // namespace

void TypeHistory::reset(size_t words) {
  size_t cap = 16;
  while (cap < words * 2 && cap < 4096) cap <<= 1;
  slots_.assign(cap, Slot{});
  used_ = 0;
}

void TypeHistory::grow() {
  std::vector<Slot> slots(slots_.size() * 2);
  size_t mask = slots.size() - 1;
  for (const Slot& s : slots_) {
    if (!s.key) continue;
    size_t i = s.key & mask;
    while (slots[i].key) i = (i + 1) & mask;
    slots[i] = s;
  }
  slots_.swap(slots);
}

uint32_t TypeHistory::get(uint64_t word) const {
  size_t mask = slots_.size() - 1;
  for (size_t i = word & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.key == 0) return 0;
    if (s.key == word) {
      int best = -1, count = 0;
      for (int t = 0; t < kTypes; ++t)
        if (s.counts[t] > count) { count = s.counts[t]; best = t; }
      return best < 0 ? 0 : 1 + static_cast<uint32_t>(best);
    }
  }
}

void TypeHistory::add(uint64_t word, int type) {
  if (type < 0) return;
  if (word == 0) word = 1;
  if ((used_ + 1) * 2 > slots_.size()) grow();
  size_t mask = slots_.size() - 1;
  for (size_t i = word & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.key == 0) s.key = word, ++used_;
    if (s.key == word) {
      if (s.counts[type] < 0xFFFF) ++s.counts[type];
      return;
    }
  }
}

TaggerModel TaggerModel::from_weights(const std::vector<uint64_t>& keys, const std::vector<float>& weights, float prune,
                                      Gazetteer gazetteer, WordClusters clusters, std::string description) {
  TaggerModel m;
  float max_abs = 0;
  for (float w : weights) max_abs = std::max(max_abs, std::fabs(w));
  m.scale_ = max_abs > 0 ? 32000.0f / max_abs : 1.0f;
  std::vector<std::pair<uint64_t, size_t>> order;
  for (size_t r = 0; r < keys.size(); ++r) order.emplace_back(keys[r], r);
  std::sort(order.begin(), order.end());
  std::vector<uint64_t> kept;
  for (auto& [key, r] : order) {
    int16_t row[kTags];
    bool keep = false;
    for (int t = 0; t < kTags; ++t) {
      float q = std::round(weights[r * kTags + t] * m.scale_);
      row[t] = static_cast<int16_t>(std::max(-32767.0f, std::min(32767.0f, q)));
      if (std::fabs(weights[r * kTags + t]) > prune) keep = true;
    }
    if (!keep) continue;
    kept.push_back(key);
    m.weights_.insert(m.weights_.end(), row, row + kTags);
  }
  m.rows_ = kept.size();
  size_t cap = 16;
  while (cap < m.rows_ * 2) cap <<= 1;
  m.slots_.assign(cap, 0);
  for (size_t r = 0; r < kept.size(); ++r) {
    size_t mask = cap - 1;
    for (size_t i = kept[r] & mask;; i = (i + 1) & mask)
      if (!m.slots_[i]) { m.slots_[i] = static_cast<uint64_t>(fingerprint(kept[r])) << 32 | r; break; }
  }
  m.gazetteer_ = std::move(gazetteer);
  m.clusters_ = std::move(clusters);
  m.description_ = std::move(description);
  // Keep the keys for saving: stored in slot order is enough to rebuild, but saving needs
  // the full keys; recover them from the sorted `kept` list.
  m.keys_for_save_ = std::move(kept);
  return m;
}

void TaggerModel::score(const uint64_t* keys, int n, int32_t* scores) const {
  // Three passes so that the memory reads of all features overlap instead of waiting on
  // each other: prefetch every first slot, resolve slots to rows and prefetch the rows,
  // then add the rows.
  const size_t mask = slots_.size() - 1;
  const uint64_t* slots = slots_.data();
  for (int f = 0; f < n; ++f) __builtin_prefetch(slots + (keys[f] & mask));
  const int16_t* rows[kMaxFeatures];
  int found = 0;
  for (int f = 0; f < n; ++f) {
    const uint64_t key = keys[f];
    const uint32_t fp = fingerprint(key);
    for (size_t i = key & mask;; i = (i + 1) & mask) {
      uint64_t s = slots[i];
      if (!s) break;
      if (static_cast<uint32_t>(s >> 32) == fp) {
        rows[found] = &weights_[static_cast<size_t>(static_cast<uint32_t>(s)) * kTags];
        __builtin_prefetch(rows[found]);
        __builtin_prefetch(rows[found] + kTags - 1);
        ++found;
        break;
      }
    }
  }
  for (int r = 0; r < found; ++r)
    for (int t = 0; t < kTags; ++t) scores[t] += rows[r][t];
}

void TaggerModel::tag(const TaggerDoc& doc, std::vector<Tag>& tags, uint32_t part_words) const {
  tags.assign(doc.words.size(), 0);
  auto choose = [&](const uint64_t* keys, int n, Tag prev, uint32_t i, bool last) -> Tag {
    int32_t scores[kTags] = {0};
    if (!slots_.empty()) score(keys, n, scores);
    Tag best = 0;
    int32_t best_score = INT32_MIN;
    for (int t = 0; t < kTags; ++t) {
      Tag y = static_cast<Tag>(t);
      if (!tag_allowed(prev, y) || (last && tag_open(y))) continue;
      if (scores[t] > best_score) { best_score = scores[t]; best = y; }
    }
    tags[i] = best;
    return best;
  };
  // Sentences in parts: TokenInfo (128 bytes a word) is held for one part at a time, so
  // a long document costs a bounded multiple of its size. The document-wide facts are
  // gathered over every part first, so the tags are the same.
  const uint32_t sentences = static_cast<uint32_t>(doc.sentence_starts.size());
  std::vector<std::pair<uint32_t, uint32_t>> parts;  // sentence ranges
  for (uint32_t s = 0; s < sentences;) {
    uint32_t e = s + 1;
    while (e < sentences && doc.sentence_starts[e] - doc.sentence_starts[s] < part_words) ++e;
    parts.emplace_back(s, e);
    s = e;
  }
  std::vector<TokenInfo> info;
  TypeHistory history;
  history.reset(doc.words.size());
  if (parts.size() <= 1) {
    describe_tokens(doc, &gazetteer_, &clusters_, info);
    walk_sentences(doc, 0, sentences, info.data(), history, choose);
    return;
  }
  WordOccurrences seen;
  for (auto [b, e] : parts) gather_occurrences(doc, b, e, &gazetteer_, info, seen);
  for (auto [b, e] : parts) {
    WordOccurrences again;  // already in `seen`
    describe_sentences(doc, b, e, &gazetteer_, &clusters_, info, again);
    apply_occurrences(seen, info);
    walk_sentences(doc, b, e, info.data(), history, choose);
  }
}

void TaggerModel::save(const std::string& path) const {
  ByteWriter out;
  out.bytes().append(kMagic, 8);
  out.put<uint32_t>(kModelVersion);
  out.put<uint32_t>(4);
  auto section = [&](uint32_t id, const std::string& bytes) {
    out.put<uint32_t>(id);
    out.put<uint64_t>(bytes.size());
    out.bytes().append(bytes);
  };
  {
    ByteWriter w;
    w.put_string(description_);
    section(kMeta, w.bytes());
  }
  {
    ByteWriter w;
    w.put<uint32_t>(kTags);
    w.put<float>(scale_);
    w.put_vector(keys_for_save_);
    w.put_vector(weights_);
    section(kWeights, w.bytes());
  }
  {
    ByteWriter w;
    gazetteer_.save(w);
    section(kGaz, w.bytes());
  }
  {
    ByteWriter w;
    clusters_.save(w);
    section(kClus, w.bytes());
  }
  uint64_t sum = fnv(out.bytes());
  out.put<uint64_t>(sum);
  const std::string& bytes = out.bytes();
  core::write_file_atomic(path, [&](std::ostream& os) { os.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
}

TaggerModel TaggerModel::load(const std::string& path) {
  std::string bytes = core::read_file(path);
  if (bytes.size() < 8 + 4 + 4 + 8 || std::memcmp(bytes.data(), kMagic, 8) != 0)
    throw core::Error(path, "not a newsgraph entity model (bad magic header)");
  ByteReader head(std::string_view(bytes).substr(8), path);
  uint32_t version = head.get<uint32_t>();
  if (version != kModelVersion)
    throw core::Error(path, "entity model version " + std::to_string(version) + ", this newsgraph reads version " +
                                std::to_string(kModelVersion) + " (retrain with `newsgraph train-ner`)");
  uint64_t stored;
  std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
  std::string_view body(bytes.data(), bytes.size() - 8);
  if (fnv(body) != stored) throw core::Error(path, "bad model file: truncated or corrupt (checksum mismatch)");
  ByteReader r(body.substr(12), path);
  uint32_t count = r.get<uint32_t>();
  TaggerModel m;
  bool have_weights = false;
  for (uint32_t s = 0; s < count; ++s) {
    uint32_t id = r.get<uint32_t>();
    uint64_t len = r.get<uint64_t>();
    if (len > r.remaining()) r.fail("truncated section");
    std::string_view data(body.data() + (body.size() - r.remaining()), len);
    ByteReader sr(data, path);
    if (id == kMeta) {
      m.description_ = sr.get_string();
    } else if (id == kWeights) {
      if (sr.get<uint32_t>() != kTags) sr.fail("tag set differs");
      m.scale_ = sr.get<float>();
      m.keys_for_save_ = sr.get_vector<uint64_t>(1u << 28);
      m.weights_ = sr.get_vector<int16_t>(static_cast<uint64_t>(1u << 28) * kTags);
      if (m.weights_.size() != m.keys_for_save_.size() * kTags) sr.fail("weight rows do not match features");
      have_weights = true;
    } else if (id == kGaz) {
      m.gazetteer_ = Gazetteer::load(sr);
    } else if (id == kClus) {
      m.clusters_ = WordClusters::load(sr);
    }
    r.skip(len);
  }
  if (!have_weights) r.fail("no weights section");
  m.rows_ = m.keys_for_save_.size();
  size_t cap = 16;
  while (cap < m.rows_ * 2) cap <<= 1;
  m.slots_.assign(cap, 0);
  for (size_t row = 0; row < m.rows_; ++row) {
    uint64_t key = m.keys_for_save_[row];
    size_t mask = cap - 1;
    for (size_t i = key & mask;; i = (i + 1) & mask)
      if (!m.slots_[i]) { m.slots_[i] = static_cast<uint64_t>(fingerprint(key)) << 32 | row; break; }
  }
  return m;
}

}  // namespace ng::ner
