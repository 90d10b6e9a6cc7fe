// Identity across articles: every should-merge and must-not-merge case of
// tests/data/merge_cases.txt holds on a graph built with the committed name data.
#include <doctest/doctest.h>

#include <map>
#include <sstream>

#include "core/io.h"
#include "core/resources.h"
#include "graph/graph.h"
#include "graph_fixture.h"

using namespace ng;

namespace {

struct Case {
  std::string name;
  long line = 0;
  std::vector<std::string> order;                           // article ids, first appearance
  std::map<std::string, std::string> dates;                 // article -> date
  std::map<std::string, std::vector<core::Entity>> entities;  // article -> entities
  std::vector<std::pair<bool, std::vector<std::string>>> expect;  // (same?, ARTICLE:NAME refs)
};

std::string trim(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  return s;
}

// Splits "A | B | C" on " | ".
std::vector<std::string> split_bar(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t bar = s.find(" | ", start);
    out.push_back(trim(s.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
    if (bar == std::string::npos) return out;
    start = bar + 3;
  }
}

std::vector<Case> read_cases(const std::string& path) {
  std::vector<Case> cases;
  std::istringstream in(core::read_file(path));
  std::string line;
  long no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::string first;
    words >> first;
    if (first == "case") {
      cases.push_back({});
      cases.back().name = trim(line.substr(5));
      cases.back().line = no;
      continue;
    }
    REQUIRE_MESSAGE(!cases.empty(), path << ":" << no << ": an entity before any case");
    Case& c = cases.back();
    if (first == "same" || first == "apart") {
      std::vector<std::string> refs;
      // ARTICLE:NAME refs: a new ref starts at a word holding ':'.
      std::string word;
      while (words >> word) {
        if (word.find(':') != std::string::npos) refs.push_back(word);
        else {
          REQUIRE_MESSAGE(!refs.empty(), path << ":" << no << ": expected ARTICLE:NAME");
          refs.back() += " " + word;
        }
      }
      REQUIRE_MESSAGE(refs.size() >= 2, path << ":" << no << ": an expectation needs two names");
      c.expect.push_back({first == "same", refs});
      continue;
    }
    std::string date, type;
    words >> date >> type;
    std::string rest;
    std::getline(words, rest);
    core::Entity e;
    if (type == "Person") e.type = core::EntityType::Person;
    else if (type == "Organization") e.type = core::EntityType::Organization;
    else if (type == "Place") e.type = core::EntityType::Place;
    else FAIL(path << ":" << no << ": unknown type '" << type << "'");
    size_t at = rest.find(" @ ");
    if (at != std::string::npos) e.job_title = trim(rest.substr(at + 3)), rest = rest.substr(0, at);
    std::vector<std::string> names = split_bar(rest);
    e.name = names[0];
    e.aliases.assign(names.begin() + 1, names.end());
    if (!c.dates.count(first)) c.order.push_back(first);
    c.dates[first] = date;
    c.entities[first].push_back(std::move(e));
  }
  return cases;
}

std::shared_ptr<const graph::Knowledge> committed_knowledge() {
  return std::make_shared<const graph::Knowledge>(graph::load_knowledge(
      core::resource_path("data/titles.tsv"), "", core::resource_path("data/name_identity.tsv")));
}

// The vertex `ref` (ARTICLE:NAME) became: the entity of that article whose name or alias
// is NAME, found in the graph by the article's membership and the name.
std::optional<graph::Vertex> vertex_of(const graph::Graph& g, const std::string& ref) {
  std::string article = ref.substr(0, ref.find(':')), name = ref.substr(ref.find(':') + 1);
  std::optional<graph::Vertex> found;
  for (graph::Vertex v = 0; v < g.size(); ++v) {
    const graph::Node& n = g.node(v);
    if (!graph::is_entity(n.kind)) continue;
    bool in_article = false;
    for (uint32_t a : n.articles) in_article = in_article || g.articles()[a].id == article;
    bool named = n.name == name || std::find(n.aliases.begin(), n.aliases.end(), name) != n.aliases.end();
    if (in_article && named) found = v;
  }
  return found;
}

}  // namespace

TEST_CASE("merge cases: every should-merge group is one node, every must-not-merge pair two") {
  auto knowledge = committed_knowledge();
  std::vector<Case> cases = read_cases(core::resource_path("tests/data/merge_cases.txt"));
  REQUIRE(cases.size() >= 20);
  int same = 0, apart = 0;
  for (const Case& c : cases) {
    graph::Graph g(knowledge);
    for (const std::string& article : c.order) {
      // each article its own text: a text the graph holds is skipped as a duplicate
      testing::DocBuilder b(article, "Names in " + article + ".\n", c.dates.at(article));
      for (const core::Entity& e : c.entities.at(article)) b.entity(e.type, e.name, e.aliases, e.job_title);
      g.add(b.doc);
    }
    for (const auto& expectation : c.expect) {
      // named copies, not structured bindings: clang 14 cannot capture those in doctest's lambdas
      const bool together = expectation.first;
      const auto& refs = expectation.second;
      (together ? same : apart)++;
      std::vector<graph::Vertex> vs;
      for (const auto& ref : refs) {
        auto v = vertex_of(g, ref);
        REQUIRE_MESSAGE(v, "case '" << c.name << "' (line " << c.line << "): no node for " << ref);
        vs.push_back(*v);
      }
      for (size_t i = 0; i < vs.size(); ++i)
        for (size_t j = i + 1; j < vs.size(); ++j)
          CHECK_MESSAGE((vs[i] == vs[j]) == together, "case '" << c.name << "' (line " << c.line << "): " << refs[i]
                                                                << std::string(together ? " split from " : " merged with ")
                                                                << refs[j]);
    }
  }
  CHECK(same >= 8);
  CHECK(apart >= 10);
}
