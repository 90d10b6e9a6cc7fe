// Cost of the events stage: per-stage time over a directory of articles (each stage run
// on every article in turn), median of 7 runs, and the events stage's share of the
// whole pipeline's time. Then its growth with document size: the articles concatenated
// into one document 1, 2, 4, 8 and 16 times over, the median events-stage time of 5
// runs per size and its time per KB (flat for a linear stage).
// usage: bench_events_cost [DIR]   (default ../shared/corpus/dev)
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/io.h"
#include "coref/resolver.h"
#include "events/extractor.h"
#include "ner/recognizer.h"
#include "temporal/tagger.h"
#include "text/article.h"
#include "tokenize/tokenizer.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  fs::path dir = argc > 1 ? argv[1] : "../shared/corpus/dev";
  if (!fs::exists(dir)) {
    std::printf("skipped: %s not found\n", dir.string().c_str());
    return 0;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> raw;
  size_t bytes = 0, events = 0;
  for (const auto& f : files) {
    raw.push_back(ng::core::read_file(f.string()));
    bytes += raw.back().size();
  }
  ng::ner::EntityRecognizer ner;
  ng::coref::EntityResolver coref;
  ng::temporal::TimeTagger temporal;
  ng::events::EventExtractor extractor;
  const char* names[] = {"read+tokenize", "ner", "coref", "temporal", "events"};
  constexpr int kStages = 5, kRuns = 7;
  std::array<std::vector<double>, kStages> times;
  std::vector<double> totals;
  for (int run = 0; run < kRuns; ++run) {
    std::array<double, kStages> t{};
    events = 0;
    for (size_t i = 0; i < files.size(); ++i) {
      auto t0 = Clock::now();
      ng::core::Document doc = ng::text::read_article(files[i].stem().string(), files[i].string(), raw[i]);
      ng::tokenize::tokenize(doc);
      auto t1 = Clock::now();
      ner.annotate(doc);
      auto t2 = Clock::now();
      coref.annotate(doc);
      auto t3 = Clock::now();
      temporal.annotate(doc);
      auto t4 = Clock::now();
      extractor.annotate(doc);
      auto t5 = Clock::now();
      events += doc.events.size();
      std::chrono::duration<double, std::milli> d[] = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4};
      for (int s = 0; s < kStages; ++s) t[s] += d[s].count();
    }
    double total = 0;
    for (int s = 0; s < kStages; ++s) {
      times[s].push_back(t[s]);
      total += t[s];
    }
    totals.push_back(total);
  }
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  double total = median(totals);
  std::printf("articles %zu, %.1f KB, %zu events; median of %d runs\n", files.size(), bytes / 1024.0, events, kRuns);
  for (int s = 0; s < kStages; ++s) {
    double m = median(times[s]);
    std::printf("%-14s %8.2f ms  %5.1f%%\n", names[s], m, 100 * m / total);
  }
  std::printf("%-14s %8.2f ms  (%.2f MB/s)\n", "pipeline", total, bytes / 1048576.0 / (total / 1000));

  std::string corpus;
  for (const auto& r : raw) corpus += r + "\n\n";
  std::printf("\n%8s %10s %12s %12s %12s %8s\n", "copies", "KB", "events ms", "events us/KB", "pipeline ms", "share");
  for (int copies : {1, 2, 4, 8, 16}) {
    std::string text;
    for (int c = 0; c < copies; ++c) text += corpus;
    std::vector<double> ev_t, all_t;
    for (int run = 0; run < 5; ++run) {
      auto t0 = Clock::now();
      ng::core::Document doc = ng::text::read_article("scale", "scale.txt", text);
      ng::tokenize::tokenize(doc);
      ner.annotate(doc);
      coref.annotate(doc);
      temporal.annotate(doc);
      auto t1 = Clock::now();
      extractor.annotate(doc);
      auto t2 = Clock::now();
      events = doc.events.size();
      ev_t.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
      all_t.push_back(std::chrono::duration<double, std::milli>(t2 - t0).count());
    }
    double kb = text.size() / 1024.0, e = median(ev_t), a = median(all_t);
    std::printf("%8d %10.1f %12.2f %12.2f %12.2f %7.1f%%  (%zu events)\n", copies, kb, e, 1000 * e / kb, a, 100 * e / a,
                events);
  }
  return 0;
}
