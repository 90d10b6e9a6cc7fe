#include "ner/train.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <unordered_map>

namespace ng::ner {
namespace {

// Averaged perceptron weights with lazy averaging: avg = w - acc / steps.
class Weights {
 public:
  void score(const uint64_t* keys, int n, float* scores) const {
    for (int f = 0; f < n; ++f) {
      auto it = index_.find(keys[f]);
      if (it == index_.end()) continue;
      const float* w = &w_[static_cast<size_t>(it->second) * kTags];
      for (int t = 0; t < kTags; ++t) scores[t] += w[t];
    }
  }
  void update(const uint64_t* keys, int n, Tag gold, Tag guess, double step) {
    for (int f = 0; f < n; ++f) {
      auto [it, fresh] = index_.emplace(keys[f], static_cast<uint32_t>(keys_.size()));
      if (fresh) {
        keys_.push_back(keys[f]);
        w_.resize(w_.size() + kTags, 0.0f);
        acc_.resize(acc_.size() + kTags, 0.0);
      }
      size_t r = static_cast<size_t>(it->second) * kTags;
      w_[r + gold] += 1.0f;
      acc_[r + gold] += step;
      w_[r + guess] -= 1.0f;
      acc_[r + guess] -= step;
    }
  }
  // Averaged weights in row order, and the row keys.
  std::vector<float> averaged(double steps) const {
    std::vector<float> out(w_.size());
    for (size_t i = 0; i < w_.size(); ++i) out[i] = static_cast<float>(w_[i] - acc_[i] / steps);
    return out;
  }
  const std::vector<uint64_t>& keys() const { return keys_; }

 private:
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<uint64_t> keys_;
  std::vector<float> w_;
  std::vector<double> acc_;
};

}  // namespace

ChunkScore evaluate(const TaggerModel& model, const std::vector<const LabeledDoc*>& docs) {
  ChunkScore score;
  std::vector<Tag> tags;
  for (const LabeledDoc* d : docs) {
    model.tag(d->doc, tags);
    score_bilou(d->gold, tags, score);
  }
  return score;
}

TaggerModel train_tagger(const std::vector<const LabeledDoc*>& train, const std::vector<const LabeledDoc*>& dev,
                         Gazetteer gazetteer, WordClusters clusters, const TrainOptions& options,
                         const std::function<void(const EpochReport&)>& report) {
  std::vector<std::vector<TokenInfo>> info(train.size());
  for (size_t d = 0; d < train.size(); ++d) describe_tokens(train[d]->doc, &gazetteer, &clusters, info[d]);
  // The sum over runs of each run's averaged weights, by feature key.
  std::unordered_map<uint64_t, std::vector<float>> sum;
  const int runs = std::max(1, options.runs);
  TaggerModel model;
  for (int run = 0; run < runs; ++run) {
    Weights weights;
    double step = 1;
    std::mt19937_64 rng(options.seed + static_cast<uint64_t>(run));
    std::vector<size_t> order(train.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    TypeHistory history;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      auto t0 = std::chrono::steady_clock::now();
      // Fisher-Yates with our own draws: std::shuffle's algorithm is not specified.
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
      long right = 0, total = 0;
      for (size_t d : order) {
        const LabeledDoc& doc = *train[d];
        walk(doc.doc, info[d], history, [&](const uint64_t* keys, int n, Tag, uint32_t i, bool) -> Tag {
          float scores[kTags] = {0};
          weights.score(keys, n, scores);
          Tag guess = 0;
          for (int t = 1; t < kTags; ++t)
            if (scores[t] > scores[guess]) guess = static_cast<Tag>(t);
          Tag gold = doc.gold[i];
          if (guess != gold) weights.update(keys, n, gold, guess, step);
          else ++right;
          ++total;
          step += 1;
          return guess;
        });
      }
      const bool last = epoch == options.epochs;
      std::vector<float> averaged = weights.averaged(step);
      if (last) {
        const auto& keys = weights.keys();
        for (size_t r = 0; r < keys.size(); ++r) {
          auto& row = sum[keys[r]];
          if (row.empty()) row.assign(kTags, 0.0f);
          for (int t = 0; t < kTags; ++t) row[t] += averaged[r * kTags + t];
        }
      }
      EpochReport r;
      r.epoch = epoch;
      r.run = run + 1;
      r.train_accuracy = total ? 100.0 * right / total : 0;
      if (!dev.empty() || (last && run + 1 == runs)) {
        if (last && runs > 1) {
          // The model so far: the mean over the finished runs.
          std::vector<std::pair<uint64_t, const std::vector<float>*>> rows;
          for (const auto& [k, v] : sum) rows.emplace_back(k, &v);
          std::sort(rows.begin(), rows.end());
          std::vector<uint64_t> keys;
          std::vector<float> w;
          for (const auto& [k, v] : rows) {
            keys.push_back(k);
            for (float x : *v) w.push_back(x / static_cast<float>(run + 1));
          }
          model = TaggerModel::from_weights(keys, w, options.prune, gazetteer, clusters, options.description);
        } else {
          model = TaggerModel::from_weights(weights.keys(), averaged, options.prune, gazetteer, clusters,
                                            options.description);
        }
      }
      if (!dev.empty()) {
        r.has_dev = true;
        r.dev = evaluate(model, dev);
      }
      r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (report) report(r);
    }
  }
  return model;
}

}  // namespace ng::ner
