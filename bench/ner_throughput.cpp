// Entity tagger throughput on one core: tags eng.train's text (as CoNLL tokens, the way
// `newsgraph ner --conll` does) five times and prints the median tokens per second, plus
// the model's size and feature count. Usage: bench_ner_throughput [CONLL_FILE] [MODEL]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <vector>

#include "core/error.h"
#include "core/resources.h"
#include "ner/conll.h"
#include "ner/model.h"

int main(int argc, char** argv) {
  using namespace ng;
  std::string data = argc > 1 ? argv[1] : core::resource_path("../shared/data/ner/conll2003/eng.train");
  std::string model_path = argc > 2 ? argv[2] : core::resource_path("models/ner.model");
  if (!std::ifstream(data).good()) {
    std::printf("skipped: %s not found\n", data.c_str());
    return 0;
  }
  try {
    auto file = ner::read_conll(data, false);
    auto model = ner::TaggerModel::load(model_path);
    long tokens = 0;
    for (const auto& d : file->docs) tokens += static_cast<long>(d.doc.words.size());
    std::vector<ner::Tag> tags;
    std::vector<double> rates;
    long checksum = 0;
    for (int run = 0; run < 5; ++run) {
      auto t0 = std::chrono::steady_clock::now();
      for (const auto& d : file->docs) {
        model.tag(d.doc, tags);
        checksum += tags.empty() ? 0 : tags[tags.size() / 2];
      }
      double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      rates.push_back(tokens / s);
    }
    std::sort(rates.begin(), rates.end());
    std::ifstream m(model_path, std::ios::binary | std::ios::ate);
    std::printf("ner tagging: %ld tokens, %zu docs; median of 5: %.0f tokens/s (min %.0f, max %.0f)\n", tokens,
                file->docs.size(), rates[2], rates[0], rates[4]);
    std::printf("model: %s, %lld bytes, %zu feature rows (checksum %ld)\n", model_path.c_str(),
                static_cast<long long>(m.tellg()), model.features(), checksum);
  } catch (const core::Error& e) {
    std::fprintf(stderr, "bench_ner_throughput: %s\n", e.what());
    return 1;
  }
  return 0;
}
