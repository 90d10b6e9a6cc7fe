// Graph at scale: builds a graph of many articles, saves it, loads it back, and times
// queries. Prints figures (medians and 99th percentiles), asserts nothing.
//
// usage: bench_graph_scale [ARTICLES] [PIPELINE_ARTICLES] [CORPUS_DIR]
//   ARTICLES           annotated articles for the scale part (default 100000)
//   PIPELINE_ARTICLES  real articles run through the whole pipeline (default 2000), read
//                      from CORPUS_DIR (default ../shared/corpus/dev, else samples/) and
//                      replicated under new ids as often as needed
//
// The scale part makes annotated documents directly (the pipeline at that size would
// take minutes on two cores): people drawn from 8,000 first names of data/gazetteer.tsv
// and generated surnames, named in full, by surname alone or with an initial so that
// merging is exercised (and two people sharing a surname appear); places from the
// gazetteer's cities; 1-3 meetings, 1-3 statements and a trip per article, with evidence
// sentences. It reports articles/s and MB/s for building and for an incremental add
// (5% more articles into the loaded graph), the JSON-LD's and snapshot's sizes, save and
// load times (from the snapshot, median of 5; from the JSON-LD, once),
// peak memory, and the latency of `met` and `path`.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/io.h"
#include "core/resources.h"
#include "export/jsonld.h"
#include "export/saved.h"
#include "graph/graph.h"
#include "pipeline/pipeline.h"
#include "query/query.h"
#include "bench_util.h"

using namespace ng;
using bench::Clock;
using bench::seconds;

namespace {

std::vector<std::string> lines_of(const std::string& path, const char* category, size_t column = 0) {
  std::vector<std::string> out;
  std::string text = core::read_file(path);
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    size_t tab = line.find('\t');
    if (tab == std::string::npos || line[0] == '#') continue;
    size_t tab2 = line.find('\t', tab + 1);
    if (line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1) != category) continue;
    if (column == 0) out.push_back(line.substr(0, tab));
  }
  return out;
}

class Generator {
 public:
  Generator(std::vector<std::string> first, std::vector<std::string> cities) : first_(std::move(first)), cities_(std::move(cities)) {
    static const char* syllables[] = {"ka", "ro", "vin", "tel", "mar", "so", "len", "dra", "pol", "shu", "ber", "ni",
                                      "gar", "to", "vek", "lia", "mon", "ez", "rak", "du"};
    std::mt19937 rng(7);
    for (int i = 0; i < 6000; ++i) {
      std::string s;
      int n = 2 + int(rng() % 2);
      for (int k = 0; k < n; ++k) s += syllables[rng() % 20];
      s[0] = char(s[0] - 'a' + 'A');
      surnames_.push_back(s);
    }
    // 20,000 people; surnames repeat (about 3 people each), first names differ.
    for (int i = 0; i < 20000; ++i) people_.push_back({first_[rng() % first_.size()], surnames_[rng() % surnames_.size()]});
  }

  core::Document article(size_t i, std::mt19937& rng) const {
    core::Document doc;
    doc.id = "a" + std::to_string(i);
    doc.dct = "2025-" + two(1 + rng() % 12) + "-" + two(1 + rng() % 28);
    doc.source = "https://example.org/news/" + doc.id;
    doc.title = "Article " + doc.id;
    doc.sources = {"www.example.org", "www.example.net"};
    // A cluster of people per article: they tend to meet the same partners.
    size_t base = (rng() % 4000) * 5;
    int n_people = 3 + int(rng() % 4);
    std::vector<int> persons;
    std::string text;
    for (int k = 0; k < n_people; ++k) {
      const auto& [first, last] = people_[(base + rng() % 12) % people_.size()];
      core::Entity e;
      e.type = core::EntityType::Person;
      int form = int(rng() % 10);
      e.name = form < 7 ? first + " " + last : form < 9 ? last : first.substr(0, 1) + ". " + last;
      if (form < 7) e.aliases = {last};
      bool dup = false;
      for (const auto& old : doc.entities) dup = dup || old.name == e.name;
      if (dup) continue;
      persons.push_back(int(doc.entities.size()));
      doc.entities.push_back(e);
    }
    int place = int(doc.entities.size());
    core::Entity p;
    p.type = core::EntityType::Place;
    p.name = cities_[rng() % 300];
    doc.entities.push_back(p);
    auto sentence = [&](const std::string& s) {
      core::Sentence sent;
      sent.span = {uint32_t(text.size()), uint32_t(text.size() + s.size())};
      doc.sentences.push_back(sent);
      text += s + "\n";
      return doc.sentences.back().span;
    };
    sentence(doc.title);
    int meetings = 1 + int(rng() % 3);
    for (int m = 0; m < meetings && persons.size() >= 2; ++m) {
      core::Event ev;
      ev.kind = core::EventKind::Meeting;
      size_t a = rng() % persons.size(), b = (a + 1 + rng() % (persons.size() - 1)) % persons.size();
      ev.participants = {{persons[a], core::Role::Participant, {}}, {persons[b], core::Role::Participant, {}}};
      if (rng() % 4 == 0) ev.participants.push_back({persons[(b + 1) % persons.size()], core::Role::Participant, {}});
      ev.date = rng() % 5 == 0 ? doc.dct.substr(0, 7) : doc.dct;
      ev.place = place;
      ev.mode = rng() % 3 == 0 ? core::Mode::Call : core::Mode::InPerson;
      ev.status = rng() % 6 == 0 ? core::Status::Planned : core::Status::Occurred;
      ev.sentence = uint32_t(doc.sentences.size());
      ev.evidence = sentence(doc.entities[persons[a]].name + " met " + doc.entities[persons[b]].name + " in " + p.name +
                             " on " + doc.dct + " to discuss trade, security and the weather [1].");
      ev.trigger = {ev.evidence.begin + uint32_t(doc.entities[persons[a]].name.size()) + 1,
                    ev.evidence.begin + uint32_t(doc.entities[persons[a]].name.size()) + 4};
      ev.citations = {1};
      doc.events.push_back(ev);
    }
    int statements = 1 + int(rng() % 3);
    for (int s = 0; s < statements; ++s) {
      core::Event ev;
      ev.kind = core::EventKind::Statement;
      ev.participants = {{persons[rng() % persons.size()], core::Role::Speaker, {}}};
      ev.date = doc.dct;
      ev.sentence = uint32_t(doc.sentences.size());
      std::string who = doc.entities[ev.participants[0].entity].name;
      ev.evidence = sentence(who + " said the talks had been \"constructive and useful\" [2].");
      ev.content = {ev.evidence.begin + uint32_t(who.size()) + 6, ev.evidence.end - 5};
      ev.citations = {2};
      doc.events.push_back(ev);
    }
    {
      core::Event ev;
      ev.kind = core::EventKind::Travel;
      ev.participants = {{persons[0], core::Role::Traveller, {}}};
      ev.place = place;
      ev.date = doc.dct;
      ev.sentence = uint32_t(doc.sentences.size());
      ev.evidence = sentence(doc.entities[persons[0]].name + " will travel to " + p.name + ".");
      ev.status = core::Status::Planned;
      doc.events.push_back(ev);
    }
    doc.text = text;
    return doc;
  }

  const std::vector<std::pair<std::string, std::string>>& people() const { return people_; }

 private:
  static std::string two(unsigned n) { return (n < 10 ? "0" : "") + std::to_string(n); }
  std::vector<std::string> first_, cities_, surnames_;
  std::vector<std::pair<std::string, std::string>> people_;
};

}  // namespace

int main(int argc, char** argv) {
  size_t articles = argc > 1 ? std::stoul(argv[1]) : 100000;
  size_t pipeline_articles = argc > 2 ? std::stoul(argv[2]) : 2000;
  std::string corpus = argc > 3 ? argv[3] : "../shared/corpus/dev";
  if (!std::filesystem::is_directory(corpus)) corpus = core::resource_path("samples");
  auto knowledge = std::make_shared<const graph::Knowledge>(
      graph::load_knowledge(core::resource_path("data/titles.tsv"), core::resource_path("data/gazetteer.tsv"),
                            core::resource_path("data/name_identity.tsv")));

  // 1. The whole pipeline on real text, replicated under new ids.
  {
    std::vector<std::string> texts;
    for (const auto& e : std::filesystem::directory_iterator(corpus))
      if (e.path().extension() == ".txt") texts.push_back(core::read_file(e.path().string()));
    std::sort(texts.begin(), texts.end());
    pipeline::Pipeline pipe;
    graph::Graph g(knowledge);
    size_t bytes = 0;
    auto t0 = Clock::now();
    for (size_t i = 0; i < pipeline_articles && !texts.empty(); ++i) {
      const std::string& t = texts[i % texts.size()];
      bytes += t.size();
      g.add(pipe.run("r" + std::to_string(i), "r" + std::to_string(i) + ".txt", t));
    }
    double s = seconds(t0, Clock::now());
    std::printf("pipeline+graph build: %zu articles (%zu distinct texts from %s), %.1f MB in %.2f s: %.0f articles/s, %.2f MB/s; %zu vertices\n",
                pipeline_articles, texts.size(), corpus.c_str(), bytes / 1e6, s, pipeline_articles / s, bytes / 1e6 / s, g.size());
  }

  // 2. Scale: annotated articles straight into the graph.
  Generator gen(lines_of(core::resource_path("data/gazetteer.tsv"), "first_name"),
                lines_of(core::resource_path("data/gazetteer.tsv"), "city"));
  std::mt19937 rng(42);
  std::vector<core::Document> docs;
  docs.reserve(articles);
  size_t text_bytes = 0;
  for (size_t i = 0; i < articles; ++i) {
    docs.push_back(gen.article(i, rng));
    text_bytes += docs.back().text.size();
  }
  size_t extra = std::max<size_t>(1, articles / 20);
  std::vector<core::Document> more;
  for (size_t i = 0; i < extra; ++i) more.push_back(gen.article(articles + i, rng));

  graph::Graph g(knowledge);
  auto t0 = Clock::now();
  for (const auto& d : docs) g.add(d);
  double build_s = seconds(t0, Clock::now());
  size_t people = 0, meetings = 0;
  for (graph::Vertex v = 0; v < g.size(); ++v) {
    people += g.node(v).kind == graph::NodeKind::Person;
    meetings += g.node(v).kind == graph::NodeKind::Meeting;
  }
  std::printf("graph build: %zu articles (%.1f MB of evidence text) in %.2f s: %.0f articles/s, %.2f MB/s; %zu vertices, %zu edges, %zu people, %zu meetings\n",
              articles, text_bytes / 1e6, build_s, articles / build_s, text_bytes / 1e6 / build_s, g.size(),
              boost::num_edges(g.adjacency()), people, meetings);
  docs.clear();
  docs.shrink_to_fit();

  std::string path = (std::filesystem::temp_directory_path() / "newsgraph-bench-scale.jsonld").string();
  t0 = Clock::now();
  exporter::save_graph(g, path);
  double save_s = seconds(t0, Clock::now());
  size_t saved_size = std::filesystem::file_size(path), snap_size = std::filesystem::file_size(exporter::snapshot_path(path));
  std::printf("save: JSON-LD %.1f MB + snapshot %.1f MB in %.2f s\n", saved_size / 1e6, snap_size / 1e6, save_s);
  g = graph::Graph();

  graph::Graph loaded;
  if (!std::getenv("NEWSGRAPH_BENCH_NO_JSONLD")) bench::time_loads(path, 1, false, loaded);
  bench::time_loads(path, 5, true, loaded);

  loaded.set_knowledge(knowledge);
  t0 = Clock::now();
  for (const auto& d : more) loaded.add(d);
  double add_s = seconds(t0, Clock::now());
  size_t more_bytes = 0;
  for (const auto& d : more) more_bytes += d.text.size();
  std::printf("incremental add: %zu articles into the loaded graph in %.3f s: %.0f articles/s, %.2f MB/s\n", extra, add_s,
              extra / add_s, more_bytes / 1e6 / add_s);

  bench::query_latency(loaded);
  std::printf("peak memory: %.0f MB\n", bench::peak_mb());
  if (!std::getenv("NEWSGRAPH_BENCH_KEEP")) {
    std::filesystem::remove(path);
    std::filesystem::remove(exporter::snapshot_path(path));
  }
  return 0;
}
