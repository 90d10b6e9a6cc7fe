// Queries: name resolution, met, and the table / JSON / CSV renderings.
#include <doctest/doctest.h>

#include "graph/graph.h"
#include "graph_fixture.h"
#include "query/query.h"

using namespace ng;

namespace {

graph::Graph two_article_graph() {
  graph::Graph g;
  g.add(testing::seed_document());
  testing::DocBuilder b("second", "John Kushner met Kirill Dmitriev by phone in January.\n", "2026-02-01");
  int jk = b.entity(core::EntityType::Person, "John Kushner");
  int d = b.entity(core::EntityType::Person, "Kirill Dmitriev");
  auto& ev = b.event(core::EventKind::Meeting, {jk, d}, "2026-01", "John Kushner met Kirill Dmitriev by phone", "met");
  ev.mode = core::Mode::Call;
  g.add(b.doc);
  return g;
}

}  // namespace

TEST_CASE("names resolve by any alias, case-insensitively, or by a unique word") {
  graph::Graph g = two_article_graph();
  query::Index index(g);
  auto key = [&](const char* name) {
    auto r = index.resolve(name);
    return r.match ? g.node(*r.match).key : std::string("none");
  };
  CHECK(key("Vladimir Putin") == "person/vladimir-putin");
  CHECK(key("president vladimir putin") == "person/vladimir-putin");
  CHECK(key("PUTIN") == "person/vladimir-putin");
  CHECK(key("Dmitriev") == "person/kirill-dmitriev");
  CHECK(key("kirill") == "person/kirill-dmitriev");
  CHECK(key("the davos") == "place/davos");
  CHECK(key("Nobody") == "none");
  auto r = index.resolve("Kushner");  // the alias of one, the surname of another
  CHECK(r.match);
  auto amb = index.resolve("kushner-x");
  CHECK_FALSE(amb.match);
  CHECK(query::explain(g, "kushner-x", amb) == "unknown name 'kushner-x'");
}

TEST_CASE("an ambiguous word lists its candidates") {
  graph::Graph g;
  testing::DocBuilder b("amb", "Anna Smith and Bob Smith.\n");
  b.entity(core::EntityType::Person, "Anna Smith");
  b.entity(core::EntityType::Person, "Bob Smith");
  g.add(b.doc);
  query::Index index(g);
  auto r = index.resolve("smith");
  CHECK_FALSE(r.match);
  CHECK(query::explain(g, "smith", r) == "ambiguous name 'smith'; it could be:\n  Anna Smith (Person)\n  Bob Smith (Person)");
}

TEST_CASE("date ranges compare on the common precision") {
  CHECK(graph::date_in_range("2026-01-22", "2026-01", "2026-01"));
  CHECK(graph::date_in_range("2026-01", "2026-01-10", "2026-01-20"));
  CHECK_FALSE(graph::date_in_range("2026-02-01", "", "2026-01-31"));
  CHECK(graph::date_in_range("2021-08-27/2021-08-28", "2021-08-28", ""));
  CHECK_FALSE(graph::date_in_range("2021-08-27/2021-08-28", "2021-08-29", ""));
  CHECK_FALSE(graph::date_in_range("", "2020", ""));
  CHECK(graph::date_in_range("", "", ""));
}

TEST_CASE("met: meetings by date with the others, place, sources and evidence") {
  graph::Graph g = two_article_graph();
  query::Index index(g);
  auto who = *index.resolve("Dmitriev").match;
  query::Table t = query::met(g, who);
  REQUIRE(t.rows.size() == 2);
  CHECK(query::render(t, query::Format::Table) ==
        "date        status    mode       with                          place  sources  evidence\n"
        "2026-01     occurred  call       John Kushner                  -      second   John Kushner met Kirill Dmitriev by phone\n"
        "2026-01-20  occurred  in-person  Jared Kushner, Steve Witkoff  Davos  seed     Witkoff and Kushner held a meeting with Kirill Dmitriev in Davos\n");
  CHECK(query::render(t, query::Format::Csv).find("2026-01-20,occurred,in-person,Jared Kushner; Steve Witkoff,Davos,seed,") !=
        std::string::npos);
  std::string json = query::render(t, query::Format::Json);
  CHECK(json.find("\"with\": [\"Jared Kushner\", \"Steve Witkoff\"]") != std::string::npos);

  query::MeetingFilter f;
  f.with = *index.resolve("Steve Witkoff").match;
  CHECK(query::met(g, who, f).rows.size() == 1);
  f = {};
  f.from = "2026-01-15";
  CHECK(query::met(g, who, f).rows.size() == 2);  // 2026-01 may fall after the 15th
  f.status = core::Status::Planned;
  CHECK(query::met(g, who, f).rows.empty());
  auto putin = *index.resolve("Putin").match;
  auto planned = query::met(g, putin);
  REQUIRE(planned.rows.size() == 1);
  CHECK(planned.rows[0][1] == std::vector<std::string>{"planned"});
  CHECK(planned.rows[0][4] == std::vector<std::string>{"Moscow"});
}

TEST_CASE("tables: CSV quoting and empty answers") {
  query::Table t;
  t.columns = {{"a"}, {"b", true}};
  CHECK(query::render(t, query::Format::Json) == "[]\n");
  CHECK(query::render(t, query::Format::Table) == "a  b\n");
  t.rows.push_back({{"x,\"y\""}, {"1", "2"}});
  CHECK(query::render(t, query::Format::Csv) == "a,b\r\n\"x,\"\"y\"\"\",1; 2\r\n");
}
