// Tagger and parser throughput on one core: analyses the words of a CoNLL-U file (EWT dev
// by default) five times and prints the median words per second by the thread's CPU
// time (a shared machine's other load does not count) and by wall clock, for tagging
// alone and for tagging and parsing together, plus the model's size.
// Usage: bench_syntax_throughput [CONLLU_FILE] [MODEL] [BEAM [MARGIN]] (decode with this beam
// width and margin instead of the model's own)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <vector>

#include "core/error.h"
#include "core/resources.h"
#include "syntax/conllu.h"
#include "syntax/model.h"

namespace {

double thread_cpu() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace ng;
  std::string data = argc > 1 ? argv[1] : core::resource_path("../shared/data/ud/en_ewt/en_ewt-ud-dev.conllu");
  std::string model_path = argc > 2 ? argv[2] : core::resource_path("models/syntax.model");
  if (!std::ifstream(data).good()) {
    std::printf("skipped: %s not found\n", data.c_str());
    return 0;
  }
  try {
    auto sentences = syntax::read_conllu(data);
    auto model = syntax::SyntaxModel::load(model_path);
    if (argc > 3) model.set_beam(std::atoi(argv[3]));
    if (argc > 4) model.set_beam_margin(float(std::atof(argv[4])));
    std::vector<std::vector<std::string_view>> words(sentences.size());
    long total = 0;
    for (size_t i = 0; i < sentences.size(); ++i) {
      for (const auto& w : sentences[i].words) words[i].push_back(w.form);
      total += long(words[i].size());
    }
    syntax::Analysis a;
    std::vector<uint8_t> tags;
    long checksum = 0;
    for (int mode = 0; mode < 2; ++mode) {
      std::vector<double> cpu_rates, wall_rates;
      for (int run = 0; run < 5; ++run) {
        auto w0 = std::chrono::steady_clock::now();
        double c0 = thread_cpu();
        for (const auto& s : words) {
          if (mode == 0) model.tag(s, tags), checksum += tags.empty() ? 0 : tags[0];
          else model.analyse(s, a), checksum += a.head.empty() ? 0 : a.head[0];
        }
        double cpu = thread_cpu() - c0;
        double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - w0).count();
        cpu_rates.push_back(total / cpu);
        wall_rates.push_back(total / wall);
      }
      std::sort(cpu_rates.begin(), cpu_rates.end());
      std::sort(wall_rates.begin(), wall_rates.end());
      std::printf("%-18s %ld words x 5 runs: median %.0f words/s thread CPU (min %.0f, max %.0f), %.0f words/s wall\n",
                  mode == 0 ? "tagger" : "tagger + parser", total, cpu_rates[2], cpu_rates[0], cpu_rates[4], wall_rates[2]);
    }
    std::ifstream f(model_path, std::ios::binary | std::ios::ate);
    std::printf("model %s: %lld bytes, %zu weight rows, beam %d margin %g (checksum %ld)\n", model_path.c_str(),
                (long long)f.tellg(), model.feature_rows(), model.beam(), double(model.beam_margin()), checksum);
  } catch (const core::Error& e) {
    std::fprintf(stderr, "bench_syntax_throughput: %s\n", e.what());
    return 1;
  }
  return 0;
}
