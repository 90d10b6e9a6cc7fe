#pragma once
// Training the entity tagger: an averaged perceptron over the features of features.h,
// with greedy decoding on the model's own previous predictions (so training sees the
// histories that tagging will see). Deterministic: documents are shuffled each epoch
// with a fixed-seed generator; same data and options give the same model bytes.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ner/conll.h"
#include "ner/model.h"

namespace ng::ner {

struct TrainOptions {
  int epochs = 10;           // passes over the training documents
  uint64_t seed = 20030531;  // shuffle seed
  float prune = 0.0f;        // drop feature rows whose averaged weights all have |w| <= prune
  int runs = 1;              // independent runs (seeds seed, seed+1, ...) whose averaged weights are averaged
  std::string description;   // stored in the model ('META')
};

struct EpochReport {
  int run = 1;
  int epoch = 0;
  double train_accuracy = 0;  // token accuracy of the greedy predictions during the pass
  bool has_dev = false;
  ChunkScore dev;             // averaged model on the dev documents
  double seconds = 0;
};

// Trains on `train` (gold BILOU tags), reporting after each epoch (dev may be empty). With
// runs > 1, the model is the mean of the runs' averaged weights (the dev figure after a
// run's last epoch is that of the mean so far).
TaggerModel train_tagger(const std::vector<const LabeledDoc*>& train, const std::vector<const LabeledDoc*>& dev,
                         Gazetteer gazetteer, WordClusters clusters, const TrainOptions& options,
                         const std::function<void(const EpochReport&)>& report);

// Tags `docs` with `model` and scores them against their gold tags.
ChunkScore evaluate(const TaggerModel& model, const std::vector<const LabeledDoc*>& docs);

}  // namespace ng::ner
