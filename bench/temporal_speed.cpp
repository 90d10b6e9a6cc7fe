// Speed of the time tagger: MB/s of text through tokenize + tag, and through the
// tagger alone, median of 7 runs over a directory of TimeML documents (the <TEXT> of
// each) or of plain-text articles, or over one file. Then its growth: all the texts
// joined into one document, once and four times over, tagged alone; a linear tagger
// spends the same time per MB on both.
// usage: bench_temporal_speed [DIR|FILE]   (default ../shared/data/temporal/TBAQ-cleaned)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/io.h"
#include "temporal/tagger.h"
#include "temporal/timeml.h"
#include "tokenize/tokenizer.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  fs::path dir = argc > 1 ? argv[1] : "../shared/data/temporal/TBAQ-cleaned";
  if (!fs::exists(dir)) {
    std::printf("skipped: %s not found\n", dir.string().c_str());
    return 0;
  }
  std::vector<ng::core::Document> docs;
  size_t bytes = 0;
  std::vector<fs::path> files;
  if (fs::is_regular_file(dir)) files.push_back(dir);
  else
    for (const auto& e : fs::recursive_directory_iterator(dir))
      if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::string name = path.filename().string();
    std::string raw = ng::core::read_file(path.string());
    ng::core::Document doc;
    if (name.size() > 4 && name.substr(name.size() - 4) == ".tml") {
      doc = ng::temporal::to_document(ng::temporal::read_timeml(raw, path.string()), path.string());
    } else if (name.size() > 4 && name.substr(name.size() - 4) == ".txt") {
      doc.text = raw;
      doc.body = {0, static_cast<uint32_t>(raw.size())};
    } else {
      continue;
    }
    bytes += doc.text.size();
    docs.push_back(std::move(doc));
  }
  ng::temporal::TimeTagger tagger;
  auto median_seconds = [&](bool tokenize_each_run) {
    std::vector<double> runs;
    for (int r = 0; r < 7; ++r) {
      std::vector<ng::core::Document> work = docs;
      if (!tokenize_each_run)
        for (auto& d : work) ng::tokenize::tokenize(d);
      auto t0 = Clock::now();
      size_t found = 0;
      for (auto& d : work) {
        if (tokenize_each_run) ng::tokenize::tokenize(d);
        tagger.annotate(d);
        found += d.timexes.size();
      }
      runs.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
      if (found == 0 && !docs.empty()) std::printf("warning: no timexes found\n");
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
  };
  double tag_only = median_seconds(false), with_tokens = median_seconds(true);
  double mb = bytes / 1e6;
  std::printf("documents: %zu  text: %.2f MB\n", docs.size(), mb);
  std::printf("tagger alone:        %.1f MB/s (median of 7: %.1f ms)\n", mb / tag_only, 1e3 * tag_only);
  std::printf("tokenize + tagger:   %.1f MB/s (median of 7: %.1f ms)\n", mb / with_tokens, 1e3 * with_tokens);

  // Growth: one document of every text (paragraphs apart), x1 and x4.
  auto joined = [&](int copies) {
    ng::core::Document d;
    d.dct = docs.empty() ? "" : docs.front().dct;
    for (int c = 0; c < copies; ++c)
      for (const auto& x : docs) {
        d.text.append(x.text, x.body.begin, x.body.end - x.body.begin);
        d.text += "\n\n";
      }
    d.body = {0, static_cast<uint32_t>(d.text.size())};
    ng::tokenize::tokenize(d);
    return d;
  };
  double per_mb[2];
  for (int r = 0; r < 2; ++r) {
    ng::core::Document big = joined(r == 0 ? 1 : 4);
    std::vector<double> runs;
    for (int k = 0; k < 5; ++k) {
      ng::core::Document work = big;
      auto t0 = Clock::now();
      tagger.annotate(work);
      runs.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
    }
    std::sort(runs.begin(), runs.end());
    double mbs = big.text.size() / 1e6;
    per_mb[r] = 1e3 * runs[runs.size() / 2] / mbs;
    std::printf("one document x%d:     %.2f MB, tagger alone %.1f ms (median of 5), %.1f ms/MB\n", r == 0 ? 1 : 4, mbs,
                1e3 * runs[runs.size() / 2], per_mb[r]);
  }
  std::printf("growth (ms/MB x4 / x1): %.2f (1.00 = linear)\n", per_mb[1] / per_mb[0]);
  return 0;
}
