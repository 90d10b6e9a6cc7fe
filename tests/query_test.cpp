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
    return r.match ? g.node(*r.match).key.str() : std::string("none");
  };
  CHECK(key("Vladimir Putin") == "person/vladimir-putin");
  CHECK(key("president vladimir putin") == "person/vladimir-putin");
  CHECK(key("PUTIN") == "person/vladimir-putin");
  CHECK(key("Dmitriev") == "person/kirill-dmitriev");
  CHECK(key("kirill") == "person/kirill-dmitriev");
  CHECK(key("the davos") == "place/davos");
  CHECK(key("Nobody") == "none");
  CHECK(key("Kushner") == "person/jared-kushner");  // the alias of one wins over the surname of another
  CHECK(key("jared") == "person/jared-kushner");
  auto amb = index.resolve("kushner-x");
  CHECK_FALSE(amb.match);
  CHECK(query::explain(g, "kushner-x", amb) ==
        "unknown name 'kushner-x'; did you mean:\n  Jared Kushner (Person; articles seed)\n  John Kushner (Person; articles second)");
}

namespace {
struct Named {
  core::EntityType type;
  std::string name;
  std::vector<std::string> aliases;
};

// A graph of one article `id` naming `entities`.
graph::Graph one_article(const std::string& id, const std::vector<Named>& entities) {
  graph::Graph g;
  testing::DocBuilder b(id, "Names.\n", "2026-01-01");
  for (const auto& e : entities) b.entity(e.type, e.name, e.aliases);
  g.add(b.doc);
  return g;
}

// The canonical name of the entity `name` resolves to, or "none".
std::string resolved(const graph::Graph& g, const char* name) {
  auto r = query::Index(g).resolve(name);
  return r.match ? g.node(*r.match).name.str() : std::string("none");
}
}  // namespace

TEST_CASE("an exact alias of one person wins over surname matches and bodies named after a person") {
  graph::Graph g = one_article("a1", {{core::EntityType::Person, "Joseph R. Quill", {"President Quill", "Quill"}},
                                      {core::EntityType::Person, "Jill Quill", {}},
                                      {core::EntityType::Organization, "Quill-Marsh Administration", {}}});
  CHECK(resolved(g, "Quill") == "Joseph R. Quill");
}

TEST_CASE("a word alone names the one person whose surname it is, before a body with the word") {
  graph::Graph g = one_article("b1", {{core::EntityType::Person, "Ann Tarrow", {}},
                                      {core::EntityType::Organization, "Tarrow Foundation", {}}});
  CHECK(resolved(g, "tarrow") == "Ann Tarrow");
  CHECK(resolved(g, "foundation") == "Tarrow Foundation");  // no person: the body
}

TEST_CASE("a name that matches nothing suggests names a letter or two away") {
  graph::Graph g = one_article("c1", {{core::EntityType::Person, "Volodar Brenskyy", {}}});
  query::Index index(g);
  auto r = index.resolve("Brensky");
  CHECK_FALSE(r.match);
  CHECK(r.candidates.empty());
  CHECK(query::explain(g, "Brensky", r) == "unknown name 'Brensky'; did you mean:\n  Volodar Brenskyy (Person; articles c1)");
  CHECK(query::explain(g, "Xyzzy", index.resolve("Xyzzy")) == "unknown name 'Xyzzy'");
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
  CHECK(query::explain(g, "smith", r) ==
        "ambiguous name 'smith'; did you mean one of:\n  Anna Smith (Person; articles amb)\n  Bob Smith (Person; articles amb)");
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
        "date        basis   status    mode       strength  with                          place  sources  disputed  evidence\n"
        "2026-01     stated  occurred  call       inferred  John Kushner                  -      second   -         John Kushner met Kirill Dmitriev by phone\n"
        "2026-01-20  stated  occurred  in-person  inferred  Jared Kushner, Steve Witkoff  Davos  seed     -         Witkoff and Kushner held a meeting with Kirill Dmitriev in Davos\n");
  CHECK(query::render(t, query::Format::Csv)
            .find("2026-01-20,stated,occurred,in-person,inferred,Jared Kushner; Steve Witkoff,Davos,seed,,") != std::string::npos);
  // a terminal's width: each line cut, an ellipsis where it was
  std::string narrow = query::render(t, query::Format::Table, 40);
  CHECK(narrow.substr(0, narrow.find('\n')) == "date        basis   status    mode     \xE2\x80\xA6");  // 39 + 1
  CHECK(query::render(t, query::Format::Table, 0) == query::render(t, query::Format::Table));
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
  CHECK(planned.rows[0][2] == std::vector<std::string>{"planned"});
  CHECK(planned.rows[0][6] == std::vector<std::string>{"Moscow"});
}

TEST_CASE("met: one meeting from several articles keeps the versions they disagree on") {
  graph::Graph g;
  auto doc = [](std::string id, std::string date, core::Status status, const char* place, core::Mode mode) {
    // each article its own text (the same text twice would be one article)
    testing::DocBuilder b(id, "Anna Alpha met Bert Beta in " + std::string(place) + " (" + id + ").\n", "2026-02-01");
    int a = b.entity(core::EntityType::Person, "Anna Alpha");
    int bb = b.entity(core::EntityType::Person, "Bert Beta");
    int p = b.entity(core::EntityType::Place, place);
    auto& ev = b.event(core::EventKind::Meeting, {a, bb}, date, "Anna Alpha met Bert Beta", "met");
    ev.status = status, ev.place = p, ev.mode = mode;
    return b.doc;
  };
  g.add(doc("a", "2026-01-22", core::Status::Occurred, "Geneva", core::Mode::InPerson));
  g.add(doc("b", "2026-01", core::Status::Planned, "Geneva", core::Mode::Unknown));
  g.add(doc("c", "2026-01-22", core::Status::Occurred, "Vienna", core::Mode::Call));
  g.add(doc("d", "2026-01-22", core::Status::Occurred, "Geneva", core::Mode::InPerson));
  query::Index index(g);
  auto t = query::met(g, *index.resolve("Anna Alpha").match);
  REQUIRE(t.rows.size() == 1);  // one meeting, all four sources
  CHECK(t.rows[0][0] == std::vector<std::string>{"2026-01-22"});
  CHECK(t.rows[0][1] == std::vector<std::string>{"stated"});
  CHECK(t.rows[0][2] == std::vector<std::string>{"occurred"});
  CHECK(t.rows[0][3] == std::vector<std::string>{"in-person"});
  CHECK(t.rows[0][6] == std::vector<std::string>{"Geneva"});
  CHECK(t.rows[0][7] == std::vector<std::string>{"a", "b", "c", "d"});
  CHECK(t.rows[0][8] == std::vector<std::string>{"mode call (c)", "place Vienna (c)", "status planned (b)"});
}

TEST_CASE("tables: CSV quoting and empty answers") {
  query::Table t;
  t.columns = {{"a"}, {"b", true}};
  CHECK(query::render(t, query::Format::Json) == "[]\n");
  CHECK(query::render(t, query::Format::Table) == "a  b\n");
  t.rows.push_back({{"x,\"y\""}, {"1", "2"}});
  CHECK(query::render(t, query::Format::Csv) == "a,b\r\n\"x,\"\"y\"\"\",1; 2\r\n");
}

TEST_CASE("said, timeline, contacts, path and who on the fixture graph") {
  graph::Graph g;
  for (const auto& d : testing::fixture_documents()) g.add(d);
  query::Index index(g);
  auto v = [&](const char* name) { return *index.resolve(name).match; };
  auto said = query::said(g, v("John Kushner"));
  REQUIRE(said.rows.size() == 1);
  CHECK(said.rows[0][0] == std::vector<std::string>{"2026-02-01"});
  CHECK(said.rows[0][1] == std::vector<std::string>{"stated"});
  CHECK(said.rows[0][2] == std::vector<std::string>{"It went well."});
  CHECK(query::said(g, v("John Kushner"), "2026-03").rows.empty());

  auto tl = query::timeline(g, v("Witkoff"));
  REQUIRE(tl.rows.size() == 4);
  CHECK(tl.rows[0][2] == std::vector<std::string>{"meeting"});
  CHECK(tl.rows[3][2] == std::vector<std::string>{"travel"});

  auto c = query::contacts(g, v("Witkoff"));
  REQUIRE(c.rows.size() == 3);
  CHECK(c.rows[0] == std::vector<std::vector<std::string>>{{"Jared Kushner"}, {"Person"}, {"2"}, {"2026-01-20"}, {"2026-01-22"}});

  auto p = query::path(g, v("Xi"), v("John Kushner"));
  REQUIRE(p.rows.size() == 4);
  CHECK(p.rows[0][1] == std::vector<std::string>{"Xi Jinping"});
  CHECK(p.rows[0][2] == std::vector<std::string>{"Vladimir Putin"});
  CHECK(p.rows[3][2] == std::vector<std::string>{"John Kushner"});
  CHECK(query::shortest_path(g, v("Xi"), v("Xi")).empty());
  CHECK(query::path(g, v("Xi"), v("Davos")).rows.empty());  // a place attends no meeting here

  auto w = query::who(g);
  CHECK(w.rows[0][0] == std::vector<std::string>{"Steve Witkoff"});
  CHECK(w.rows[0][2] == std::vector<std::string>{"2"});
  auto places = query::who(g, {graph::NodeKind::Place});
  CHECK(places.rows.size() == 3);
}

TEST_CASE("path: as short as a plain breadth-first search finds, a valid chain") {
  // 40 people and up to 70 two- and three-person meetings among them; two more apart.
  graph::Graph g;
  std::vector<std::string> names;
  for (int i = 0; i < 40; ++i) names.push_back("Person" + std::string(1, char('A' + i % 26)) + " Name" + std::to_string(i));
  uint32_t seed = 12345;
  auto rnd = [&](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % n;
  };
  for (int m = 0; m < 70; ++m) {
    std::string text = "Meeting " + std::to_string(m) + ".\n";
    testing::DocBuilder b("m" + std::to_string(m), text, "2026-01-01");
    int x = int(rnd(40)), y = int(rnd(40)), z = rnd(3) == 0 ? int(rnd(40)) : -1;
    if (x == y) continue;
    std::vector<int> who{b.entity(core::EntityType::Person, names[x]), b.entity(core::EntityType::Person, names[y])};
    if (z >= 0 && z != x && z != y) who.push_back(b.entity(core::EntityType::Person, names[z]));
    b.event(core::EventKind::Meeting, who, "2026-01-" + std::string(m % 28 < 9 ? "0" : "") + std::to_string(m % 28 + 1),
            "Meeting " + std::to_string(m), "Meeting");
    g.add(b.doc);
  }
  {
    testing::DocBuilder b("apart", "Loner One met Loner Two.\n", "2026-02-01");
    int x = b.entity(core::EntityType::Person, "Loner One"), y = b.entity(core::EntityType::Person, "Loner Two");
    b.event(core::EventKind::Meeting, {x, y}, "2026-02-01", "Loner One met Loner Two", "met");
    g.add(b.doc);
  }
  std::vector<graph::Vertex> people;
  for (graph::Vertex v = 0; v < g.size(); ++v)
    if (g.node(v).kind == graph::NodeKind::Person) people.push_back(v);
  // Oracle: plain BFS distances over the same steps.
  auto bfs = [&](graph::Vertex from) {
    std::vector<int> d(g.size(), -1);
    std::vector<graph::Vertex> q{from};
    d[from] = 0;
    for (size_t i = 0; i < q.size(); ++i)
      for (auto [e, end] = boost::out_edges(q[i], g.adjacency()); e != end; ++e) {
        graph::Vertex w = boost::target(*e, g.adjacency());
        bool step = g.node(q[i]).kind == graph::NodeKind::Meeting ? graph::is_entity(g.node(w).kind)
                                                                  : g.node(w).kind == graph::NodeKind::Meeting;
        if (step && g.adjacency()[*e].relation == graph::Relation::Participant && d[w] < 0) d[w] = d[q[i]] + 1, q.push_back(w);
      }
    return d;
  };
  query::PathFinder finder(g);
  size_t joined = 0, apart = 0;
  for (graph::Vertex a : people) {
    auto d = bfs(a);
    for (graph::Vertex b : people) {
      auto p = finder.shortest_path(a, b);
      if (a == b || d[b] < 0) {
        CHECK(p.empty());
        apart += a != b;
        continue;
      }
      ++joined;
      REQUIRE(p.size() == size_t(d[b]) + 1);
      CHECK(p.front() == a);
      CHECK(p.back() == b);
      for (size_t i = 0; i + 1 < p.size(); ++i) {
        bool linked = false;
        for (auto [e, end] = boost::out_edges(p[i], g.adjacency()); e != end; ++e) linked = linked || boost::target(*e, g.adjacency()) == p[i + 1];
        CHECK(linked);
        CHECK((g.node(p[i]).kind == graph::NodeKind::Meeting) == (i % 2 == 1));
      }
      CHECK(p == query::shortest_path(g, a, b));  // a fresh finder agrees with a reused one
    }
  }
  CHECK(joined > 100);
  CHECK(apart > 0);
}

TEST_CASE("--stated-only keeps the events whose own sentence gives the date") {
  graph::Graph g;
  auto doc = [](std::string id, std::string date, core::DateBasis basis) {
    testing::DocBuilder b(id, "Anna Alpha met Bert Beta (" + id + ").\nAnna Alpha said: \"Fine.\" (" + id + ")\n", "2026-02-01");
    int a = b.entity(core::EntityType::Person, "Anna Alpha");
    int bb = b.entity(core::EntityType::Person, "Bert Beta");
    b.event(core::EventKind::Meeting, {a, bb}, date, "Anna Alpha met Bert Beta", "met").date_basis = basis;
    b.event(core::EventKind::Statement, {a}, date, "Anna Alpha said", "said", core::Role::Speaker).date_basis = basis;
    return b.doc;
  };
  g.add(doc("a", "2026-01-05", core::DateBasis::Stated));
  g.add(doc("b", "2026-01-12", core::DateBasis::Sentence));
  g.add(doc("c", "2026-02-01", core::DateBasis::Publication));
  query::Index index(g);
  auto anna = *index.resolve("Anna Alpha").match;
  query::MeetingFilter f;
  auto all = query::met(g, anna, f);
  REQUIRE(all.rows.size() == 3);
  CHECK(all.rows[2][1] == std::vector<std::string>{"publication"});
  f.stated_only = true;
  auto stated = query::met(g, anna, f);
  REQUIRE(stated.rows.size() == 2);
  CHECK(stated.rows[0][1] == std::vector<std::string>{"stated"});
  CHECK(stated.rows[1][1] == std::vector<std::string>{"sentence"});
  CHECK(query::said(g, anna, "", "", true).rows.size() == 2);
  CHECK(query::said(g, anna).rows.size() == 3);
  CHECK(query::timeline(g, anna, true).rows.size() == 4);
  CHECK(query::timeline(g, anna).rows.size() == 6);
}

TEST_CASE("JSON gives counts as numbers") {
  graph::Graph g;
  for (const auto& d : testing::fixture_documents()) g.add(d);
  query::Index index(g);
  std::string json = query::render(query::contacts(g, *index.resolve("Witkoff").match), query::Format::Json);
  CHECK(json.find("\"meetings\": 2,") != std::string::npos);
  CHECK(json.find("\"meetings\": \"") == std::string::npos);
  std::string who = query::render(query::who(g), query::Format::Json);
  CHECK(who.find("\"statements\": \"") == std::string::npos);
  CHECK(who.find("\"articles\": 1") != std::string::npos);
  query::Table t;
  t.columns = {{"n", false, true}};
  t.rows = {{{"007"}}, {{"-3"}}, {{"x"}}};
  CHECK(query::render(t, query::Format::Json) == "[\n {\"n\": \"007\"},\n {\"n\": -3},\n {\"n\": \"x\"}\n]\n");
}
