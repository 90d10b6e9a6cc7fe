// Fragments, merge and parallel extraction: build = extract then merge; merging is
// associative and order-free; --jobs N hands over what --jobs 1 does.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "core/error.h"
#include "core/resources.h"
#include "export/jsonld.h"
#include "graph/fragment.h"
#include "graph/graph.h"
#include "pipeline/extract.h"
#include "pipeline/pipeline.h"
#include "shared_data.h"

namespace fs = std::filesystem;
using namespace ng;

namespace {

// Articles whose merge depends on the order they are added in (their README says how).
const std::string kOrderSensitive = std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/data/merge_order";

struct Tmp {
  fs::path dir = fs::temp_directory_path() / ("ng_fragment_test_" + std::to_string(::getpid()));
  Tmp() { fs::create_directories(dir); }
  ~Tmp() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream((dir / name).string(), std::ios::binary) << text;
    return (dir / name).string();
  }
};

const pipeline::Pipeline& shared_pipeline() {
  static const pipeline::Pipeline pipe;
  return pipe;
}

std::shared_ptr<const graph::Knowledge> knowledge() {
  static auto k = std::make_shared<const graph::Knowledge>(
      graph::load_knowledge(core::resource_path("data/titles.tsv"), core::resource_path("data/gazetteer.tsv")));
  return k;
}

// The inputs of the tests: the order-sensitive articles, the samples and, when present,
// the dev corpus, in merge order.
std::vector<pipeline::Input> corpus() {
  std::vector<std::string> args{kOrderSensitive, std::string(NEWSGRAPH_SOURCE_DIR) + "/samples"};
  std::string shared = test::shared_dir("fragment tests on the dev corpus (the samples and literal articles still run)");
  if (!shared.empty()) args.push_back(shared + "/corpus/dev");
  return pipeline::article_inputs(args);
}

std::vector<std::string> extract_lines(const std::vector<pipeline::Input>& inputs, unsigned jobs) {
  std::vector<std::string> lines;
  pipeline::extract(shared_pipeline(), inputs, jobs, [&](pipeline::Extracted&& x) {
    for (const auto& f : x.fragments) lines.push_back(graph::to_json_line(f));
  });
  return lines;
}

std::string graph_of(const graph::FragmentSet& set) {
  graph::Graph g(knowledge());
  set.fold_into(g);
  return exporter::to_jsonld(g);
}

}  // namespace

TEST_CASE("a fragment reads back as the fragment that was written, and adds as its document does") {
  std::vector<pipeline::Input> inputs = corpus();
  graph::Graph by_doc(knowledge()), by_fragment(knowledge());
  size_t events = 0;
  for (const auto& in : inputs) {
    core::Document doc = shared_pipeline().run_file(in.path);
    std::string line = graph::to_json_line(graph::fragment_of(doc));
    graph::Fragment back = graph::parse_fragment(line);
    CHECK(graph::to_json_line(back) == line);
    events += back.events.size();
    by_doc.add(doc);
    by_fragment.add(back);
  }
  CHECK(events > 10);
  CHECK(exporter::to_jsonld(by_fragment) == exporter::to_jsonld(by_doc));
}

TEST_CASE("merge is associative and order-free: random groupings, orders and repeats give the build's bytes") {
  std::vector<pipeline::Input> inputs = corpus();
  std::vector<std::string> lines = extract_lines(inputs, 1);
  // The reference: what build does, each article added in merge order.
  graph::Graph built(knowledge());
  for (const auto& l : lines) built.add(graph::parse_fragment(l));
  const std::string expected = exporter::to_jsonld(built);
  // The property has teeth: adding in another order gives another graph.
  graph::Graph reversed(knowledge());
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) reversed.add(graph::parse_fragment(*it));
  REQUIRE(exporter::to_jsonld(reversed) != expected);

  std::mt19937 rng(20261206);
  for (int trial = 0; trial < 12; ++trial) {
    CAPTURE(trial);
    // Some fragments twice, all shuffled, cut into 1..6 groups; each group merged to a
    // fragment file; then files merged pairwise in random order until one is left.
    std::vector<std::string> items = lines;
    for (size_t i = 0; i < lines.size(); ++i)
      if (rng() % 5 == 0) items.push_back(lines[i]);
    std::shuffle(items.begin(), items.end(), rng);
    size_t groups = 1 + rng() % 6;
    std::vector<std::vector<std::string>> parts(groups);
    for (auto& item : items) parts[rng() % groups].push_back(item);
    std::vector<std::string> files;
    for (const auto& part : parts) {
      graph::FragmentSet set;
      for (const auto& l : part) set.insert(l);
      std::ostringstream os;
      set.write(os);
      files.push_back(os.str());
    }
    while (files.size() > 1) {
      size_t a = rng() % files.size();
      std::string first = files[a];
      files.erase(files.begin() + long(a));
      size_t b = rng() % files.size();
      std::string second = files[b];
      files.erase(files.begin() + long(b));
      graph::FragmentSet set;
      std::istringstream in1(second), in2(first);
      set.read(in1, "second");
      set.read(in2, "first");
      std::ostringstream os;
      set.write(os);
      files.push_back(os.str());
    }
    graph::FragmentSet all;
    std::istringstream in(files[0]);
    all.read(in, "all");
    CHECK(all.size() == lines.size());
    CHECK(graph_of(all) == expected);
  }
}

TEST_CASE("extraction on several threads hands over what one thread does, in input order") {
  std::vector<pipeline::Input> inputs = corpus();
  std::vector<std::string> one = extract_lines(inputs, 1);
  REQUIRE(one.size() == inputs.size());
  CHECK(extract_lines(inputs, 2) == one);
  CHECK(extract_lines(inputs, 3) == one);
}

TEST_CASE("a bad input stops parallel extraction after exactly the articles before it") {
  Tmp tmp;
  std::vector<std::string> args{kOrderSensitive, tmp.write("c-empty.txt", "")};
  std::vector<pipeline::Input> inputs = pipeline::article_inputs(args);
  for (unsigned jobs : {1u, 3u}) {
    CAPTURE(jobs);
    std::vector<std::string> ids;
    try {
      pipeline::extract(shared_pipeline(), inputs, jobs, [&](pipeline::Extracted&& x) {
        for (const auto& f : x.fragments) ids.push_back(f.id);
      });
      FAIL("no error for an empty article");
    } catch (const core::Error& e) {
      CHECK(std::string(e.what()).find("c-empty.txt") != std::string::npos);
    }
    CHECK(ids == std::vector<std::string>{"a-putin", "b-putin-xi"});
  }
  // A sink that throws stops the workers; the error is the sink's.
  size_t seen = 0;
  CHECK_THROWS_WITH(pipeline::extract(shared_pipeline(), pipeline::article_inputs({kOrderSensitive}), 2,
                                      [&](pipeline::Extracted&&) {
                                        if (++seen == 2) throw core::Error("sink full");
                                      }),
                    "sink full");
  CHECK(seen == 2);
}

TEST_CASE("inputs go in merge order whatever order the arguments come in") {
  Tmp tmp;
  std::string b = tmp.write("b.txt", "x"), a = tmp.write("a.txt", "y");
  fs::create_directories(tmp.dir / "sub");
  std::string a2 = tmp.write("sub/a.txt", "z");
  auto ids = [](const std::vector<pipeline::Input>& in) {
    std::vector<std::string> out;
    for (const auto& i : in) out.push_back(i.id + ":" + i.recorded_path);
    return out;
  };
  CHECK(ids(pipeline::article_inputs({b, tmp.dir.string() + "/sub", a})) == ids(pipeline::article_inputs({a, b, a2})));
  CHECK(ids(pipeline::article_inputs({b, a}))[0] == "a:" + a);
  CHECK(pipeline::article_inputs({"-"})[0].recorded_path == "<stdin>");
}

TEST_CASE("a line that is no fragment is an error naming its file and line") {
  graph::FragmentSet set;
  CHECK_THROWS_WITH(set.insert("{\"id\": 3}", "f.jsonl", 7), doctest::Contains("f.jsonl:7"));
  CHECK_THROWS_WITH(set.insert("not json", "f.jsonl", 8), doctest::Contains("f.jsonl:8"));
  graph::Fragment f;
  f.id = "x";
  f.entities.push_back({core::EntityType::Person, "Anna Alpha", {}, "", -1});
  graph::Fragment::Event ev;
  ev.participants.push_back({0, core::Role::Host});
  f.events.push_back(ev);
  std::string good = graph::to_json_line(f);
  set.insert(good, "f.jsonl", 9);
  std::string bad = good;
  bad.replace(bad.find("[0,\"host\"]"), 10, "[1,\"host\"]");  // no entity 1
  CHECK_THROWS_WITH(set.insert(bad, "f.jsonl", 10), doctest::Contains("f.jsonl:10"));
  bad = good;
  bad.replace(bad.find("\"host\""), 6, "\"boss\"");
  CHECK_THROWS_WITH(set.insert(bad, "f.jsonl", 11), doctest::Contains("boss"));
  CHECK(set.size() == 1);
}

TEST_CASE("a pipeline whose syntax model and recognizer load on threads of their own extracts what one loaded in turn does") {
  pipeline::Options parallel;
  parallel.load_in_parallel = true;
  const pipeline::Pipeline pipe(parallel);
  std::vector<pipeline::Input> inputs = pipeline::article_inputs({kOrderSensitive, std::string(NEWSGRAPH_SOURCE_DIR) + "/samples"});
  std::vector<std::string> lines;
  pipeline::extract(pipe, inputs, 2, [&](pipeline::Extracted&& x) {
    for (const auto& f : x.fragments) lines.push_back(graph::to_json_line(f));
  });
  REQUIRE(lines.size() == inputs.size());
  CHECK(lines == extract_lines(inputs, 1));

  // Its load errors reach the caller, each stage's alone, and the syntax model's first when
  // both fail, as when the stages load in turn.
  Tmp tmp;
  const std::string no_syntax = (tmp.dir / "no-syntax.model").string(), no_ner = (tmp.dir / "no-ner.model").string();
  for (bool in_parallel : {true, false}) {
    CAPTURE(in_parallel);
    pipeline::Options o;
    o.load_in_parallel = in_parallel;
    o.ner.model_path = no_ner;
    CHECK_THROWS_WITH_AS(pipeline::Pipeline{o}, doctest::Contains("no-ner.model"), core::Error);
    o.syntax.model_path = no_syntax;
    CHECK_THROWS_WITH_AS(pipeline::Pipeline{o}, doctest::Contains("no-syntax.model"), core::Error);
    o.ner.model_path.clear();
    CHECK_THROWS_WITH_AS(pipeline::Pipeline{o}, doctest::Contains("no-syntax.model"), core::Error);
  }
}
