#pragma once
// What a long build tells its user: a progress line while it runs and a one-line
// summary at the end. The text only; the caller decides where and when to print it.
#include <cstddef>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace ng::pipeline {

struct BuildStats {
  size_t articles = 0;    // articles read and added
  size_t duplicates = 0;  // articles whose text the graph already held (not added)
  size_t warnings = 0;    // warnings the articles raised
  std::vector<std::string> skipped;  // input files not read, each "path (why)"
  double seconds = 0;
};

// "read 47 articles (2 skipped as duplicates); graph: 512 entities, 120 meetings, 300
// statements, 40 trips; 3 warnings; 1.2 s" (the parts that are zero left out where
// they say nothing: duplicates, skipped files), then ", skipped FILES: a (why), b (why)"
// naming at most 5 of the files skipped.
std::string summary_line(const BuildStats& stats, const graph::Graph& g);

// Progress of `done` of `total` articles after `seconds`: with `bar` a 30-column bar
// for a terminal ("[#########.....]  43%  4000/9400 articles  12 s"), else a plain line
// ("4000/9400 articles (43%), 12 s"). `total` 0 gives the count alone.
std::string progress_line(size_t done, size_t total, double seconds, bool bar);

}  // namespace ng::pipeline
