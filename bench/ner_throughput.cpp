// Entity tagger throughput on one core: tags eng.train's text (as CoNLL tokens, the way
// `newsgraph ner --conll` does) five times and prints the median tokens per second, by the
// thread's CPU time (a shared machine's other load does not count) and by wall clock,
// plus the model's size and feature count. Usage: bench_ner_throughput [CONLL_FILE] [MODEL]
#include <algorithm>
#include <chrono>
#include <ctime>
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
    std::vector<double> rates, cpu_rates;
    long checksum = 0;
    for (int run = 0; run < 5; ++run) {
      auto t0 = std::chrono::steady_clock::now();
      timespec c0, c1;
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
      for (const auto& d : file->docs) {
        model.tag(d.doc, tags);
        checksum += tags.empty() ? 0 : tags[tags.size() / 2];
      }
      double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
      double cpu = static_cast<double>(c1.tv_sec - c0.tv_sec) + 1e-9 * static_cast<double>(c1.tv_nsec - c0.tv_nsec);
      rates.push_back(tokens / s);
      cpu_rates.push_back(tokens / cpu);
    }
    std::sort(rates.begin(), rates.end());
    std::sort(cpu_rates.begin(), cpu_rates.end());
    std::ifstream m(model_path, std::ios::binary | std::ios::ate);
    std::printf("ner tagging: %ld tokens, %zu docs, one thread; median of 5: %.0f tokens/s of thread CPU time "
                "(min %.0f, max %.0f); %.0f tokens/s wall clock\n",
                tokens, file->docs.size(), cpu_rates[2], cpu_rates[0], cpu_rates[4], rates[2]);
    std::printf("model: %s, %lld bytes, %zu feature rows (checksum %ld)\n", model_path.c_str(),
                static_cast<long long>(m.tellg()), model.features(), checksum);
  } catch (const core::Error& e) {
    std::fprintf(stderr, "bench_ner_throughput: %s\n", e.what());
    return 1;
  }
  return 0;
}
