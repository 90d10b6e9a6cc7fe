#include "ner/clusters.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "core/error.h"

namespace ng::ner {
namespace {

// x log x for counts, tabulated for small x.
class XLogX {
 public:
  explicit XLogX(size_t n) : table_(n) {
    for (size_t i = 1; i < n; ++i) table_[i] = static_cast<double>(i) * std::log(static_cast<double>(i));
  }
  double operator()(int64_t x) const {
    if (x <= 0) return 0.0;
    if (static_cast<size_t>(x) < table_.size()) return table_[x];
    return static_cast<double>(x) * std::log(static_cast<double>(x));
  }

 private:
  std::vector<double> table_;
};

struct Neighbour {
  uint32_t word;
  uint32_t count;
};

// One run of the exchange algorithm with K classes over words [0, V) whose bigram lists
// are `right` (w -> following words) and `left` (w -> preceding words).
std::vector<uint16_t> exchange(uint32_t V, uint32_t K, const std::vector<uint32_t>& freq,
                               const std::vector<std::vector<Neighbour>>& right,
                               const std::vector<std::vector<Neighbour>>& left, const std::vector<uint32_t>& self,
                               int iterations, const XLogX& f) {
  std::vector<uint16_t> cls(V);
  for (uint32_t w = 0; w < V; ++w) cls[w] = static_cast<uint16_t>(w % K);
  std::vector<int64_t> N(static_cast<size_t>(K) * K, 0), Nc(K, 0);
  for (uint32_t w = 0; w < V; ++w) {
    Nc[cls[w]] += freq[w];
    for (const auto& nb : right[w]) N[static_cast<size_t>(cls[w]) * K + cls[nb.word]] += nb.count;
    N[static_cast<size_t>(cls[w]) * K + cls[w]] += self[w];
  }
  std::vector<int64_t> R(K, 0), L(K, 0);
  std::vector<uint32_t> rt, lt;  // touched classes
  for (int it = 0; it < iterations; ++it) {
    uint32_t moved = 0;
    for (uint32_t w = 0; w < V; ++w) {
      rt.clear();
      lt.clear();
      for (const auto& nb : right[w]) {
        uint32_t c = cls[nb.word];
        if (!R[c]) rt.push_back(c);
        R[c] += nb.count;
      }
      for (const auto& nb : left[w]) {
        uint32_t c = cls[nb.word];
        if (!L[c]) lt.push_back(c);
        L[c] += nb.count;
      }
      const uint32_t a = cls[w];
      const int64_t nw = freq[w], ww = self[w];
      // Remove w from a.
      for (uint32_t c : rt) N[static_cast<size_t>(a) * K + c] -= R[c];
      for (uint32_t c : lt) N[static_cast<size_t>(c) * K + a] -= L[c];
      N[static_cast<size_t>(a) * K + a] -= ww;
      Nc[a] -= nw;
      // Gain of putting w into b.
      auto gain = [&](uint32_t b) {
        double g = 0;
        for (uint32_t c : rt) {
          if (c == b) continue;
          int64_t x = N[static_cast<size_t>(b) * K + c];
          g += f(x + R[c]) - f(x);
        }
        for (uint32_t c : lt) {
          if (c == b) continue;
          int64_t x = N[static_cast<size_t>(c) * K + b];
          g += f(x + L[c]) - f(x);
        }
        int64_t x = N[static_cast<size_t>(b) * K + b];
        g += f(x + R[b] + L[b] + ww) - f(x);
        g -= 2 * (f(Nc[b] + nw) - f(Nc[b]));
        return g;
      };
      uint32_t best = a;
      double best_gain = gain(a);
      for (uint32_t b = 0; b < K; ++b) {
        if (b == a) continue;
        double g = gain(b);
        if (g > best_gain + 1e-9) { best_gain = g; best = b; }
      }
      // Add w to best.
      for (uint32_t c : rt) if (c != best) N[static_cast<size_t>(best) * K + c] += R[c];
      for (uint32_t c : lt) if (c != best) N[static_cast<size_t>(c) * K + best] += L[c];
      N[static_cast<size_t>(best) * K + best] += R[best] + L[best] + ww;
      Nc[best] += nw;
      if (best != a) {
        ++moved;
        cls[w] = static_cast<uint16_t>(best);
      }
      for (uint32_t c : rt) R[c] = 0;
      for (uint32_t c : lt) L[c] = 0;
    }
    if (!moved) break;
  }
  return cls;
}

}  // namespace

WordClusters exchange_clusters(const std::vector<std::vector<std::string_view>>& sentences,
                               const ClusterOptions& options) {
  if (options.classes.empty() || options.classes.size() > 3)
    throw core::Error("word clusters: between 1 and 3 class counts expected");
  for (uint32_t k : options.classes)
    if (k < 2 || k > 1023) throw core::Error("word clusters: class counts must be within 2..1023");
  std::unordered_map<std::string_view, uint32_t> counts;
  for (const auto& s : sentences)
    for (auto w : s) ++counts[w];
  std::vector<std::pair<std::string_view, uint32_t>> vocab;
  for (auto& [w, c] : counts)
    if (c >= options.min_count) vocab.emplace_back(w, c);
  std::sort(vocab.begin(), vocab.end(),
            [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  const uint32_t V = static_cast<uint32_t>(vocab.size());
  std::unordered_map<std::string_view, uint32_t> id;
  id.reserve(V * 2);
  std::vector<uint32_t> freq(V);
  for (uint32_t i = 0; i < V; ++i) {
    id[vocab[i].first] = i;
    freq[i] = vocab[i].second;
  }
  // Bigrams between in-vocabulary words (pairs with a rare word are left out).
  std::unordered_map<uint64_t, uint32_t> bigrams;
  for (const auto& s : sentences) {
    uint32_t prev = UINT32_MAX;
    for (auto w : s) {
      auto it = id.find(w);
      uint32_t cur = it == id.end() ? UINT32_MAX : it->second;
      if (prev != UINT32_MAX && cur != UINT32_MAX) ++bigrams[static_cast<uint64_t>(prev) << 32 | cur];
      prev = cur;
    }
  }
  std::vector<std::pair<uint64_t, uint32_t>> sorted(bigrams.begin(), bigrams.end());
  std::sort(sorted.begin(), sorted.end());
  std::vector<std::vector<Neighbour>> right(V), left(V);
  std::vector<uint32_t> self(V, 0);
  for (auto& [k, c] : sorted) {
    uint32_t a = static_cast<uint32_t>(k >> 32), b = static_cast<uint32_t>(k);
    if (a == b) { self[a] += c; continue; }
    right[a].push_back({b, c});
    left[b].push_back({a, c});
  }
  XLogX f(1u << 20);
  std::vector<uint32_t> packed(V, 0);
  for (size_t g = 0; g < options.classes.size(); ++g) {
    auto cls = exchange(V, options.classes[g], freq, right, left, self, options.iterations, f);
    for (uint32_t w = 0; w < V; ++w) packed[w] |= static_cast<uint32_t>(cls[w] + 1) << (10 * g);
  }
  WordClusters out;
  for (uint32_t w = 0; w < V; ++w) out.add_classes(vocab[w].first, packed[w]);
  out.finish();
  return out;
}

}  // namespace ng::ner
