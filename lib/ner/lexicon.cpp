#include "ner/lexicon.h"

#include <algorithm>

#include "core/error.h"
#include "core/io.h"
#include "ner/features.h"

namespace ng::ner {

FlatMap::FlatMap(const std::vector<std::pair<uint64_t, uint32_t>>& items) {
  size_t cap = 16;
  while (cap < items.size() * 2 + 2) cap <<= 1;
  keys_.assign(cap, 0);
  values_.assign(cap, 0);
  size_t mask = cap - 1;
  for (const auto& [key0, value] : items) {
    uint64_t key = key0 ? key0 : 1;
    for (size_t i = key & mask;; i = (i + 1) & mask) {
      if (keys_[i] == key) { values_[i] |= value; break; }
      if (keys_[i] == 0) { keys_[i] = key; values_[i] = value; ++size_; break; }
    }
  }
}

std::vector<std::pair<uint64_t, uint32_t>> FlatMap::items() const {
  std::vector<std::pair<uint64_t, uint32_t>> out;
  out.reserve(size_);
  for (size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i]) out.emplace_back(keys_[i], values_[i]);
  std::sort(out.begin(), out.end());
  return out;
}

uint64_t lower_hash(std::string_view word) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < word.size(); ++i) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c | 0x20);
    // The typographic apostrophe (U+2019) reads as "'": "People’s" = "People's".
    if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        static_cast<unsigned char>(word[i + 2]) == 0x99) {
      c = '\'';
      i += 2;
    }
    h = (h ^ c) * 1099511628211ULL;
  }
  return h;
}

uint64_t phrase_hash(std::string_view phrase) {
  uint64_t h = 0;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t j = phrase.find(' ', i);
    if (j == std::string_view::npos) j = phrase.size();
    if (j > i) h = phrase_step(h, lower_hash(phrase.substr(i, j - i)));
    i = j + 1;
  }
  return h;
}

int gazetteer_category(std::string_view name) {
  static constexpr const char* kNames[kGazCategories] = {"country", "city", "region", "demonym",
                                                         "first_name", "title", "org_word"};
  for (int c = 0; c < kGazCategories; ++c)
    if (name == kNames[c]) return c;
  return -1;
}

namespace {
uint32_t count_tokens(std::string_view phrase) {
  uint32_t n = 0;
  bool in = false;
  for (char c : phrase) {
    if (c == ' ') in = false;
    else if (!in) { in = true; ++n; }
  }
  return n;
}
}  // namespace

void Gazetteer::add(std::string_view phrase, int category) {
  uint64_t h = 0;
  uint32_t n = 0;
  size_t i = 0;
  uint32_t total = count_tokens(phrase);
  if (total == 0) return;
  while (i < phrase.size()) {
    size_t j = phrase.find(' ', i);
    if (j == std::string_view::npos) j = phrase.size();
    if (j > i) {
      h = phrase_step(h, lower_hash(phrase.substr(i, j - i)));
      ++n;
      entries_.emplace_back(h, n == total ? (1u << category) : kPrefixBit);
    }
    i = j + 1;
  }
  max_tokens_ = std::max(max_tokens_, total);
}

void Gazetteer::finish() {
  std::sort(entries_.begin(), entries_.end());
  map_ = FlatMap(entries_);
  entries_.clear();
  entries_.shrink_to_fit();
}

void Gazetteer::mark(const uint64_t* lower, const bool* may_start, uint32_t begin, uint32_t end, uint16_t* out) const {
  if (map_.size() == 0) return;
  for (uint32_t i = begin; i < end; ++i) {
    if (!may_start[i]) continue;
    uint64_t h = 0;
    uint32_t best_len = 0, best_cats = 0;
    for (uint32_t k = i; k < end && k - i < max_tokens_; ++k) {
      h = phrase_step(h, lower[k]);
      uint32_t v = map_.find(h);
      if (v & 0x7F) { best_len = k - i + 1; best_cats = v & 0x7F; }
      if (!(v & kPrefixBit)) break;
    }
    if (!best_len) continue;
    out[i] = static_cast<uint16_t>(out[i] | (best_cats << 8));
    for (uint32_t k = i; k < i + best_len; ++k) out[k] = static_cast<uint16_t>(out[k] | best_cats);
  }
}

uint32_t Gazetteer::longest(const uint64_t* lower, uint32_t begin, uint32_t end, uint32_t mask) const {
  uint64_t h = 0;
  uint32_t best = begin;
  for (uint32_t k = begin; k < end && k - begin < max_tokens_; ++k) {
    h = phrase_step(h, lower[k]);
    uint32_t v = map_.find(h);
    if (v & mask) best = k + 1;
    if (!(v & kPrefixBit)) break;
  }
  return best;
}

void Gazetteer::save(ByteWriter& w) const {
  w.put<uint32_t>(max_tokens_);
  auto items = map_.items();
  std::vector<uint64_t> keys;
  std::vector<uint8_t> values;
  for (auto& [k, v] : items) { keys.push_back(k); values.push_back(static_cast<uint8_t>(v)); }
  w.put_vector(keys);
  w.put_vector(values);
}

Gazetteer Gazetteer::load(ByteReader& r) {
  Gazetteer g;
  g.max_tokens_ = r.get<uint32_t>();
  auto keys = r.get_vector<uint64_t>(1u << 26);
  auto values = r.get_vector<uint8_t>(1u << 26);
  if (keys.size() != values.size()) r.fail("gazetteer arrays differ in length");
  std::vector<std::pair<uint64_t, uint32_t>> items(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) items[i] = {keys[i], values[i]};
  g.map_ = FlatMap(items);
  return g;
}

namespace {
// Calls fn(line_number, fields) for each non-empty, non-comment line of a TSV file.
template <class Fn>
void for_each_tsv_line(const std::string& path, Fn fn) {
  std::string text = core::read_file(path);
  size_t i = 0;
  long line = 0;
  std::vector<std::string_view> fields;
  while (i < text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    std::string_view l(text.data() + i, j - i);
    ++line;
    i = j + 1;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l.empty() || l[0] == '#') continue;
    fields.clear();
    size_t a = 0;
    while (true) {
      size_t b = l.find('\t', a);
      fields.push_back(l.substr(a, b == std::string_view::npos ? std::string_view::npos : b - a));
      if (b == std::string_view::npos) break;
      a = b + 1;
    }
    fn(line, fields);
  }
}
}  // namespace

std::vector<std::string> read_word_list(const std::string& path) {
  std::vector<std::string> words;
  for_each_tsv_line(path, [&](long, const std::vector<std::string_view>& f) {
    if (!f[0].empty()) words.emplace_back(f[0]);
  });
  return words;
}

void read_gazetteer_tsv(const std::string& path, Gazetteer& g) {
  for_each_tsv_line(path, [&](long line, const std::vector<std::string_view>& f) {
    if (f.size() < 2 || f[0].empty()) throw core::Error(path, "expected phrase<TAB>category", line);
    int c = gazetteer_category(f[1]);
    if (c < 0) throw core::Error(path, "unknown gazetteer category '" + std::string(f[1]) + "'", line);
    g.add(f[0], c);
  });
}

void WordClusters::add_classes(std::string_view word, uint32_t packed) {
  entries_.emplace_back(hash_bytes(word), packed);
}

void WordClusters::finish() {
  std::sort(entries_.begin(), entries_.end());
  entries_.erase(std::unique(entries_.begin(), entries_.end(),
                             [](const auto& a, const auto& b) { return a.first == b.first; }),
                 entries_.end());
  map_ = FlatMap(entries_);
  entries_.clear();
  entries_.shrink_to_fit();
}

void WordClusters::save(ByteWriter& w) const {
  auto items = map_.items();
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  for (auto& [k, v] : items) { keys.push_back(k); values.push_back(v); }
  w.put_vector(keys);
  w.put_vector(values);
}

WordClusters WordClusters::load(ByteReader& r) {
  WordClusters c;
  auto keys = r.get_vector<uint64_t>(1u << 26);
  auto values = r.get_vector<uint32_t>(1u << 26);
  if (keys.size() != values.size()) r.fail("cluster arrays differ in length");
  std::vector<std::pair<uint64_t, uint32_t>> items(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) items[i] = {keys[i], values[i]};
  c.map_ = FlatMap(items);
  return c;
}

TitleLexicon TitleLexicon::from_tsv(const std::string& path) {
  TitleLexicon t;
  std::vector<std::string> titles, modifiers;
  for_each_tsv_line(path, [&](long line, const std::vector<std::string_view>& f) {
    if (f.size() < 2 || f[0].empty() || (f[1] != "title" && f[1] != "modifier"))
      throw core::Error(path, "expected phrase<TAB>title|modifier", line);
    t.add(f[0], f[1] == "modifier");
    if (f[1] == "title") titles.emplace_back(f[0]);
    else if (f[0].find(' ') == std::string_view::npos && f[0].back() != '-') modifiers.emplace_back(f[0]);
  });
  // A one-word modifier joined to a title by a hyphen is one token of the same title
  // ("Vice-Premier", "Deputy-Director").
  for (const std::string& m : modifiers)
    for (const std::string& title : titles) t.add(m + "-" + title, false);
  t.finish();
  return t;
}

void TitleLexicon::add(std::string_view phrase, bool modifier) {
  std::vector<uint64_t> toks;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t j = phrase.find(' ', i);
    if (j == std::string_view::npos) j = phrase.size();
    if (j > i) toks.push_back(lower_hash(phrase.substr(i, j - i)));
    i = j + 1;
  }
  if (toks.empty()) return;
  uint64_t h = 0;
  for (size_t k = toks.size(); k-- > 0;) {
    h = phrase_step(h, toks[k]);
    entries_.emplace_back(h, k == 0 ? (modifier ? 2u : 1u) : 4u);
  }
  if (!modifier) {
    uint64_t f = 0;
    for (size_t k = 0; k < toks.size(); ++k) {
      f = phrase_step(f, toks[k]);
      forward_entries_.emplace_back(f, k + 1 == toks.size() ? 1u : 4u);
    }
  }
  max_tokens_ = std::max<uint32_t>(max_tokens_, static_cast<uint32_t>(toks.size()));
}

void TitleLexicon::finish() {
  map_ = FlatMap(entries_);
  forward_ = FlatMap(forward_entries_);
  entries_.clear();
  forward_entries_.clear();
}

uint32_t TitleLexicon::match_before(const uint64_t* lower, uint32_t floor, uint32_t end) const {
  uint32_t start = end;
  bool need_title = true;  // the phrase next to the name must be a title, not a modifier
  while (start > floor) {
    uint64_t h = 0;
    uint32_t best = start;
    for (uint32_t k = start; k > floor && start - k < max_tokens_; --k) {
      h = phrase_step(h, lower[k - 1]);
      uint32_t v = map_.find(h);
      if ((v & 1) || (!need_title && (v & 2))) best = k - 1;
      if (!(v & 4)) break;
    }
    if (best == start) break;
    start = best;
    need_title = false;
  }
  return start;
}

uint32_t TitleLexicon::match_at(const uint64_t* lower, uint32_t begin, uint32_t limit) const {
  uint64_t h = 0;
  uint32_t best = begin;
  for (uint32_t k = begin; k < limit && k - begin < max_tokens_; ++k) {
    h = phrase_step(h, lower[k]);
    uint32_t v = forward_.find(h);
    if (v & 1) best = k + 1;
    if (!(v & 4)) break;
  }
  return best;
}

}  // namespace ng::ner
