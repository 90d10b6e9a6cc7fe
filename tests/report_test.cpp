// What a build tells its user: the progress line and the summary line.
#include <doctest/doctest.h>

#include "graph/graph.h"
#include "graph_fixture.h"
#include "pipeline/report.h"

using namespace ng;

TEST_CASE("summary line: articles, duplicates, the graph's counts, warnings, time, skipped files") {
  graph::Graph g;
  for (const auto& d : testing::fixture_documents()) g.add(d);
  pipeline::BuildStats s;
  s.articles = 4;
  s.duplicates = 2;
  s.warnings = 1;
  s.seconds = 12.34;
  CHECK(pipeline::summary_line(s, g) ==
        "read 6 articles (2 skipped as duplicates); graph: 9 entities, 4 meetings, 2 statements, 1 trip; 1 warning; 12 s");
  s.duplicates = 0;
  s.seconds = 0.25;
  s.skipped = {"a.md (why)", "b.pdf (why)", "c", "d", "e", "f"};
  CHECK(pipeline::summary_line(s, g) ==
        "read 4 articles; graph: 9 entities, 4 meetings, 2 statements, 1 trip; 1 warning; 0.2 s; "
        "skipped 6 files: a.md (why), b.pdf (why), c, d, e, ...");
}

TEST_CASE("progress: a bar for a terminal, a line otherwise") {
  CHECK(pipeline::progress_line(4000, 9400, 12.3, false) == "4000/9400 articles (42%), 12 s");
  CHECK(pipeline::progress_line(4000, 9400, 2.5, true) ==
        "[############..................]  42%  4000/9400 articles  2.5 s");
  CHECK(pipeline::progress_line(9400, 9400, 20, true).rfind("[##############################] 100%", 0) == 0);
  CHECK(pipeline::progress_line(7, 0, 1, false) == "7 articles, 1.0 s");
}
