// Hostile input to the library (issue 15): graph files that break the readers'
// assumptions, dates that name no day, UTF-16 articles, temporary files of killed
// writers and the lock that serialises `build --into`. The CLI side is
// tests/hostile_input_test.sh.
#include <doctest/doctest.h>

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/calendar.h"
#include "core/error.h"
#include "core/io.h"
#include "export/dot.h"
#include "export/jsonld.h"
#include "graph/graph.h"
#include "graph/snapshot.h"
#include "ner/model.h"
#include "text/article.h"

using namespace ng;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string hostile(const char* name) { return slurp(std::string("tests/data/hostile/") + name); }

// The message of the core::Error that reading `bytes` as JSON-LD throws ("" if none).
std::string jsonld_error(std::string bytes) {
  try {
    exporter::read_jsonld(std::move(bytes), "g.jsonld");
  } catch (const core::Error& e) {
    return e.what();
  }
  return "";
}

std::filesystem::path temp_dir(const char* what) {
  auto dir = std::filesystem::temp_directory_path() / ("newsgraph-robust-" + std::string(what) + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("a graph whose @type is not a string or a list of strings is an error, not a crash") {
  REQUIRE(jsonld_error(hostile("valid.jsonld")) == "");
  CHECK(jsonld_error(hostile("type-number.jsonld")) ==
        "g.jsonld: node meeting/2026-01-22/ann-lee+bo-chan: @type holds a non-string");
  CHECK(jsonld_error(hostile("type-true.jsonld")) ==
        "g.jsonld: node meeting/2026-01-22/ann-lee+bo-chan: @type is neither a string nor a list of strings");
  CHECK(jsonld_error(hostile("type-object.jsonld")) ==
        "g.jsonld: node meeting/2026-01-22/ann-lee+bo-chan: @type is neither a string nor a list of strings");
}

TEST_CASE("deeply nested JSON is a parse error, not a stack overflow") {
  std::string deep(200000, '[');
  CHECK(jsonld_error(deep).rfind("g.jsonld: not JSON: ", 0) == 0);
  std::string closed = std::string(100000, '[') + std::string(100000, ']');
  CHECK(jsonld_error(closed) == "g.jsonld: not a JSON-LD object");
}

TEST_CASE("an article key not under article/ and a meeting linked to itself are rejected by both readers") {
  CHECK(jsonld_error(hostile("article-key.jsonld")) == "g.jsonld: article key 'x' is not article/<id>");
  std::string self = "g.jsonld: node meeting/2026-01-22/ann-lee+bo-chan links to meeting/2026-01-22/ann-lee+bo-chan: "
                     "a link joins an event to a person, organization or place";
  CHECK(jsonld_error(hostile("self-attendee.jsonld")) == self);
  CHECK(jsonld_error(hostile("self-location.jsonld")).find("has place meeting/2026-01-22/ann-lee+bo-chan, which is no person") !=
        std::string::npos);

  // The snapshot of a graph with such an article key: made, but not loaded.
  graph::Graph g;
  graph::Article a;
  a.key = "x", a.id = "x", a.hash = "00000000000000aa";
  g.add_article(a);
  std::string snap = graph::to_snapshot(g, {});
  CHECK_THROWS_WITH_AS(graph::read_snapshot(snap, "g.ngbin"),
                       "g.ngbin: not a valid graph snapshot (article key 'x' is not article/<id>)", core::Error);
  graph::Graph ok;
  a.key = "article/x";
  ok.add_article(a);
  CHECK_NOTHROW(graph::read_snapshot(graph::to_snapshot(ok, {}), "g.ngbin"));
}

TEST_CASE("parse_iso_period: a year, a month or a day that exists, as its first and last day") {
  int64_t first = 0, last = 0;
  REQUIRE(core::parse_iso_period("2026", first, last));
  CHECK(first == core::days_from_civil(2026, 1, 1));
  CHECK(last == core::days_from_civil(2026, 12, 31));
  REQUIRE(core::parse_iso_period("2024-02", first, last));
  CHECK(last - first == 28);  // a leap year's February
  REQUIRE(core::parse_iso_period("2026-02-28", first, last));
  CHECK(first == last);
  for (const char* bad : {"2026-02-30", "2026-13", "2026-00", "2026-1", "yesterday", "", "20260", "2026-01-22x", "2026/01"})
    CHECK_MESSAGE(!core::parse_iso_period(bad, first, last), bad);
}

TEST_CASE("a UTF-16 article is named as UTF-16, with or without a byte-order mark") {
  for (const char* f : {"utf16.txt", "utf16-nobom.txt"}) {
    std::string bytes = hostile(f);
    CHECK_THROWS_WITH_AS(text::read_article("u", f, bytes),
                         (std::string(f) + ": UTF-16 text, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)").c_str(),
                         core::Error);
  }
  // Binary with NUL bytes everywhere stays binary.
  std::string binary = "ABC";
  binary += std::string(3, '\0') + "xyz" + std::string(5, '\0');
  CHECK_THROWS_WITH_AS(text::read_article("b", "b.txt", binary), doctest::Contains("binary file"), core::Error);
}

TEST_CASE("write_file_atomic removes temporary files of dead writers and keeps a live one's") {
  auto dir = temp_dir("atomic");
  std::string path = (dir / "g.jsonld").string();
  pid_t dead = 4194000;
  while (::kill(dead, 0) == 0 || errno != ESRCH) ++dead;
  std::ofstream(path + ".tmp." + std::to_string(dead)) << "partial";
  std::ofstream(path + ".tmp." + std::to_string(::getppid())) << "live";
  std::ofstream(path + ".tmpfile") << "not ours";
  core::write_file_atomic(path, [](std::ostream& os) { os << "new"; });
  CHECK(slurp(path) == "new");
  CHECK(!std::filesystem::exists(path + ".tmp." + std::to_string(dead)));
  CHECK(std::filesystem::exists(path + ".tmp." + std::to_string(::getppid())));
  CHECK(std::filesystem::exists(path + ".tmpfile"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("FileImage: a file's bytes on a 2 MB boundary, an empty file's none; a missing file or a folder is an error naming it") {
  auto dir = temp_dir("mapped");
  std::string path = (dir / "m.bin").string(), empty = (dir / "e.bin").string();
  std::string bytes(10000, 'x');
  bytes[4097] = '\0';
  std::ofstream(path, std::ios::binary) << bytes;
  std::ofstream(empty, std::ios::binary).flush();
  core::FileImage m(path);
  CHECK(m.bytes() == bytes);
  CHECK(reinterpret_cast<uintptr_t>(m.bytes().data()) % (2 << 20) == 0);
  CHECK(core::FileImage(empty).bytes().empty());
  CHECK_THROWS_WITH_AS(core::FileImage((dir / "none").string()), doctest::Contains("none"), core::Error);
  CHECK_THROWS_WITH_AS(core::FileImage(dir.string()), doctest::Contains("not a regular file"), core::Error);
  std::filesystem::remove_all(dir);
}

TEST_CASE("FileLock: a second holder waits, and gives up after its timeout") {
  auto dir = temp_dir("lock");
  std::string lock = (dir / "g.jsonld.lock").string();
  {
    core::FileLock held(lock);
    // flock is per open file: another open of the same file in this process contends.
    CHECK_THROWS_WITH_AS(core::FileLock(lock, 0.05), doctest::Contains("locked by another process"), core::Error);
  }
  CHECK_NOTHROW(core::FileLock(lock, 0));  // released with its holder
  std::filesystem::remove_all(dir);
}

TEST_CASE("render_dot many times in one process: each in its own Graphviz") {
  std::string dot = "graph { a -- b [label=\"x\"]; subgraph cluster_c { c -- d [label=\"y\"]; } }";
  for (int i = 0; i < 3; ++i) {
    std::string svg = exporter::render_dot(dot, "svg", "t");
    CHECK(svg.find("<svg") != std::string::npos);
  }
  CHECK_THROWS_WITH_AS(exporter::render_dot(dot, "no-such-format", "t"), "t: Graphviz cannot render format 'no-such-format'",
                       core::Error);
}

TEST_CASE("the NER tagger in parts gives the tags of the whole document at once") {
  // Memory: a long document is tagged a part of its sentences at a time; the document-wide
  // features (how a word occurs elsewhere, the types it was given before) must not change.
  auto model = ner::TaggerModel::load(std::string(NEWSGRAPH_SOURCE_DIR) + "/models/ner.model");
  std::string text = slurp("samples/000-seed-ukraine-talks.txt") + slurp("samples/039-kerry-putin-call.txt");
  ner::TaggerDoc doc;
  std::vector<std::string> words;
  for (size_t i = 0; i < text.size();) {
    size_t j = text.find_first_of(" \n", i);
    if (j == std::string::npos) j = text.size();
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  for (int copy = 0; copy < 3; ++copy)
    for (const auto& w : words) {
      if (doc.words.empty() || doc.words.back().back() == '.') doc.sentence_starts.push_back(uint32_t(doc.words.size()));
      doc.words.push_back(w);
    }
  REQUIRE(doc.sentence_starts.size() > 60);
  std::vector<ner::Tag> whole, parts;
  model.tag(doc, whole, 1u << 30);
  model.tag(doc, parts, 50);
  CHECK(whole == parts);
  CHECK(std::count(whole.begin(), whole.end(), ner::Tag(0)) < long(whole.size()) - 100);  // names were found
}
