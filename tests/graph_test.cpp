// The knowledge graph: vertices, merging across articles, reports and provenance.
#include <doctest/doctest.h>

#include <algorithm>

#include "graph/graph.h"
#include "graph_fixture.h"
#include "query/query.h"

using namespace ng;
using graph::NodeKind;

namespace {

size_t count_kind(const graph::Graph& g, NodeKind k) {
  size_t n = 0;
  for (graph::Vertex v = 0; v < g.size(); ++v) n += g.node(v).kind == k;
  return n;
}

std::vector<std::string> participant_names(const graph::Graph& g, graph::Vertex ev) {
  std::vector<std::string> out;
  for (auto v : query::participants(g, ev)) out.push_back(g.node(v).name);
  return out;
}

}  // namespace

TEST_CASE("name_slug folds case, spacing, dots, apostrophes and a leading 'the'") {
  CHECK(graph::name_slug("Steve Witkoff") == "steve-witkoff");
  CHECK(graph::name_slug("  the Kremlin") == "kremlin");
  CHECK(graph::name_slug("Antony J. Blinken") == "antony-j-blinken");
  CHECK(graph::name_slug("U.S. State Department") == "us-state-department");
  CHECK(graph::name_slug("O\xE2\x80\x99" "Brien") == "obrien");
  CHECK(graph::name_slug("Jean-Yves  Le_Drian") == "jean-yves-le-drian");
  CHECK(graph::name_slug("Zelensk\xC3\xBD") == "zelensk%C3%BD");
  CHECK(graph::name_slug("AT&T") == "at%26t");
  CHECK(graph::name_slug("Theodore") == "theodore");
}

TEST_CASE("a meeting of three is one vertex joined to all three") {
  graph::Graph g;
  REQUIRE(g.add(testing::seed_document()));
  CHECK(count_kind(g, NodeKind::Person) == 4);
  CHECK(count_kind(g, NodeKind::Place) == 3);
  CHECK(count_kind(g, NodeKind::Meeting) == 2);
  CHECK(count_kind(g, NodeKind::Statement) == 1);
  CHECK(count_kind(g, NodeKind::Travel) == 1);
  auto m = g.find("meeting/2026-01-20/jared-kushner+kirill-dmitriev+steve-witkoff");
  REQUIRE(m);
  CHECK(participant_names(g, *m) == std::vector<std::string>{"Jared Kushner", "Kirill Dmitriev", "Steve Witkoff"});
  const graph::Node& n = g.node(*m);
  CHECK(n.date == "2026-01-20");
  CHECK(n.mode == core::Mode::InPerson);
  CHECK(g.node(graph::Vertex(n.place)).name == "Davos");
  REQUIRE(n.reports.size() == 1);
  const graph::Report& r = n.reports[0];
  CHECK(r.text == "Witkoff and Kushner held a meeting with Kirill Dmitriev in Davos");
  CHECK(r.sentence == 1);
  CHECK(r.verb == "held a meeting");
  REQUIRE(r.citations.size() == 1);
  CHECK(r.citations[0].marker == 1);
  CHECK(r.citations[0].source == "www.reuters.com");
  CHECK(g.articles()[r.article].url == "https://example.org/seed");
}

TEST_CASE("entities keep names, aliases, job title and country") {
  graph::Graph g;
  g.add(testing::seed_document());
  auto p = g.find("person/vladimir-putin");
  REQUIRE(p);
  const graph::Node& n = g.node(*p);
  CHECK(n.name == "Vladimir Putin");
  CHECK(n.aliases == std::vector<std::string>{"President Vladimir Putin", "Putin"});
  CHECK(n.job_title == "President");
  REQUIRE(n.country >= 0);
  CHECK(g.node(graph::Vertex(n.country)).name == "Russia");
  auto s = g.find("statement/seed/2/steve-witkoff");
  REQUIRE(s);
  CHECK(g.node(*s).content == "the talks were \"very positive\"");
  CHECK(g.node(*s).date == "2026-01-22");
  auto t = g.find("travel/seed/3/jared-kushner+steve-witkoff");
  REQUIRE(t);
  CHECK(g.node(*t).status == core::Status::Planned);
  CHECK(g.node(graph::Vertex(g.node(*t).place)).name == "Moscow");
}

TEST_CASE("the same article twice changes nothing; another article merges by name") {
  graph::Graph g;
  REQUIRE(g.add(testing::seed_document()));
  size_t before = g.size(), edges = boost::num_edges(g.adjacency());
  CHECK_FALSE(g.add(testing::seed_document()));
  CHECK(g.size() == before);
  CHECK(boost::num_edges(g.adjacency()) == edges);
  CHECK(g.articles().size() == 1);

  testing::DocBuilder b("second", "Kirill Dmitriev met Steve Witkoff and Jared Kushner on 20 January.\n", "2026-01-23");
  int d = b.entity(core::EntityType::Person, "Kirill Dmitriev", {"Kirill A. Dmitriev"});
  int w = b.entity(core::EntityType::Person, "steve  witkoff");
  int k = b.entity(core::EntityType::Person, "Jared Kushner");
  auto& ev = b.event(core::EventKind::Meeting, {d, w, k}, "2026-01-20", "Kirill Dmitriev met Steve Witkoff and Jared Kushner", "met");
  ev.mode = core::Mode::Call;
  REQUIRE(g.add(b.doc));
  CHECK(g.size() == before);  // no new entity, and the meeting is the same one
  auto m = g.find("meeting/2026-01-20/jared-kushner+kirill-dmitriev+steve-witkoff");
  REQUIRE(m);
  const graph::Node& n = g.node(*m);
  CHECK(n.reports.size() == 2);
  CHECK(n.articles.size() == 2);
  auto dm = g.find("person/kirill-dmitriev");
  REQUIRE(dm);
  CHECK(g.node(*dm).aliases == std::vector<std::string>{"Dmitriev", "Kirill A. Dmitriev"});
  CHECK(g.node(*dm).articles.size() == 2);
  CHECK(g.node(*g.find("person/steve-witkoff")).aliases == std::vector<std::string>{"Witkoff", "steve  witkoff"});
  // One report says in person, one says call: a tie goes to the first in enum order.
  CHECK(n.mode == core::Mode::InPerson);
}

TEST_CASE("a different text under the same id is a different article") {
  graph::Graph g;
  g.add(testing::seed_document());
  core::Document other = testing::seed_document();
  other.text += "One more line.\n";
  REQUIRE(g.add(other));
  REQUIRE(g.articles().size() == 2);
  CHECK(g.articles()[0].key == "article/seed");
  CHECK(g.articles()[1].key == "article/seed-" + g.articles()[1].hash);
}

TEST_CASE("the best supported date, status and place win; every report is kept") {
  graph::Graph g;
  auto doc = [](std::string id, std::string date, core::Status st, std::string place) {
    testing::DocBuilder b(id, "A met B in " + place + ".\n", "2026-02-01");
    int a = b.entity(core::EntityType::Person, "Anna Alpha");
    int bb = b.entity(core::EntityType::Person, "Bert Beta");
    int p = b.entity(core::EntityType::Place, place);
    auto& ev = b.event(core::EventKind::Meeting, {a, bb}, date, "A met B", "met");
    ev.status = st;
    ev.place = p;
    return b.doc;
  };
  g.add(doc("x1", "2026-01-05", core::Status::Planned, "Paris"));
  g.add(doc("x2", "2026-01-05", core::Status::Occurred, "Rome"));
  g.add(doc("x3", "2026-01-05", core::Status::Occurred, "Rome"));
  auto m = g.find("meeting/2026-01-05/anna-alpha+bert-beta");
  REQUIRE(m);
  const graph::Node& n = g.node(*m);
  CHECK(n.reports.size() == 3);
  CHECK(n.status == core::Status::Occurred);
  CHECK(g.node(graph::Vertex(n.place)).name == "Rome");
}

TEST_CASE("undated meetings stay apart across articles; Misc entities are not vertices") {
  graph::Graph g;
  for (const char* id : {"u1", "u2"}) {
    testing::DocBuilder b(id, "Anna Alpha met Bert Beta at the Olympics.\n");
    int a = b.entity(core::EntityType::Person, "Anna Alpha");
    int bb = b.entity(core::EntityType::Person, "Bert Beta");
    b.entity(core::EntityType::Misc, "Olympics");
    b.event(core::EventKind::Meeting, {a, bb}, "", "Anna Alpha met Bert Beta", "met");
    g.add(b.doc);
  }
  CHECK(count_kind(g, NodeKind::Meeting) == 2);
  CHECK(g.size() == 4);
  CHECK(g.find("meeting/undated/u1/0/anna-alpha+bert-beta"));
}
