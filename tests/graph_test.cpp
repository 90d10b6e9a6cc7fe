// The knowledge graph: vertices, merging across articles, reports and provenance.
#include "graph/graph.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "core/resources.h"
#include "export/jsonld.h"
#include "graph/snapshot.h"
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
  CHECK(n.aliases == std::vector<graph::CompactString>{"President Vladimir Putin", "Putin"});
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
  CHECK(g.node(*dm).aliases == std::vector<graph::CompactString>{"Dmitriev", "Kirill A. Dmitriev"});
  CHECK(g.node(*dm).articles.size() == 2);
  CHECK(g.node(*g.find("person/steve-witkoff")).aliases ==
        std::vector<graph::CompactString>{"Witkoff", "steve  witkoff"});
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
    testing::DocBuilder b(id, "A met B in " + place + " (" + id + ").\n", "2026-02-01");
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
    testing::DocBuilder b(id, "Anna Alpha met Bert Beta at the Olympics (" + std::string(id) + ").\n");
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

namespace {

core::Document people_doc(const std::string& id, std::vector<std::pair<std::string, std::vector<std::string>>> people,
                           std::string job = "") {
  std::string text = "Names in " + id + ".\n";  // a text of its own: the same text twice is one article
  testing::DocBuilder b(id, text, "2026-01-01");
  for (auto& [name, aliases] : people) b.entity(core::EntityType::Person, name, aliases, job);
  return std::move(b.doc);
}

std::shared_ptr<const graph::Knowledge> titles_knowledge() {
  auto k = std::make_shared<graph::Knowledge>();
  k->titles = {"secretary", "president", "secretary-of-state"};
  k->particles = {"de", "von", "der", "bin"};
  k->particle_names = {"al", "van"};
  k->acronyms["nato"] = {"north-atlantic-treaty-organization"};
  k->long_forms["north-atlantic-treaty-organization"] = {"nato"};
  k->places["davos"] = {46.8027, 9.8360};
  return k;
}

std::vector<std::string> person_names(const graph::Graph& g) {
  std::vector<std::string> out;
  for (graph::Vertex v = 0; v < g.size(); ++v)
    if (g.node(v).kind == NodeKind::Person) out.push_back(g.node(v).name);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("merging: a surname and a full name are one person; the fuller name wins") {
  graph::Graph g(titles_knowledge());
  g.add(people_doc("a", {{"Putin", {"President Putin"}}}));
  g.add(people_doc("b", {{"Vladimir Putin", {}}}));
  REQUIRE(person_names(g) == std::vector<std::string>{"Vladimir Putin"});
  const graph::Node& n = g.node(*g.find("person/putin"));  // the first key stays
  CHECK(n.aliases == std::vector<graph::CompactString>{"President Putin", "Putin"});
  CHECK(n.articles.size() == 2);
}

TEST_CASE("merging: Blinken, Antony J. Blinken, Secretary Blinken, A. Blinken") {
  graph::Graph g(titles_knowledge());
  g.add(people_doc("a", {{"Antony J. Blinken", {"Blinken"}}}));
  g.add(people_doc("b", {{"Secretary Blinken", {}}}));
  g.add(people_doc("c", {{"Blinken", {}}}));
  g.add(people_doc("d", {{"A. Blinken", {}}, {"Antony Blinken", {}}}));
  REQUIRE(person_names(g) == std::vector<std::string>{"Antony J. Blinken"});
  const graph::Node& n = g.node(*g.find("person/antony-j-blinken"));
  CHECK(n.aliases == std::vector<graph::CompactString>{"A. Blinken", "Antony Blinken", "Blinken", "Secretary Blinken"});
  CHECK(n.articles.size() == 4);
}

TEST_CASE("merging: different first names stay apart; a bare surname follows its context") {
  graph::Graph g(titles_knowledge());
  g.add(people_doc("a", {{"Jared Kushner", {}}, {"Steve Witkoff", {}}}));
  g.add(people_doc("b", {{"John Kushner", {}}, {"Anna Alpha", {}}}));
  CHECK(person_names(g) == std::vector<std::string>{"Anna Alpha", "Jared Kushner", "John Kushner", "Steve Witkoff"});
  g.add(people_doc("c", {{"Kushner", {}}, {"Steve Witkoff", {}}}));
  CHECK(g.node(*g.find("person/jared-kushner")).articles.size() == 2);
  CHECK(g.node(*g.find("person/john-kushner")).articles.size() == 1);
  g.add(people_doc("d", {{"Kushner", {}}, {"Anna Alpha", {}}}));
  CHECK(g.node(*g.find("person/john-kushner")).articles.size() == 2);
  g.add(people_doc("e", {{"Kushner", {}}}));  // no context: neither
  CHECK(person_names(g).size() == 5);
  CHECK(g.find("person/kushner"));
}

TEST_CASE("merging: spellings of one surname meet only under the same first name") {
  graph::Graph g(titles_knowledge());
  g.add(people_doc("a", {{"Olena Petrenkoo", {}}}));
  g.add(people_doc("b", {{"Olena Petrenko", {}}}));
  g.add(people_doc("c", {{"Ivan Petrenko", {}}}));
  g.add(people_doc("d", {{"Taras Shevchenkiy", {}}, {"Taras Shevchenky", {}}}));
  CHECK(person_names(g) == std::vector<std::string>{"Ivan Petrenko", "Olena Petrenkoo", "Taras Shevchenkiy"});
  CHECK(g.node(*g.find("person/olena-petrenkoo")).articles.size() == 2);
}

TEST_CASE("merging: a family name written first joins the full name only where the article's company agrees") {
  graph::Graph g(titles_knowledge());
  g.add(people_doc("a", {{"Wen Liqun", {"President Wen Liqun"}}, {"Anna Alpha", {}}}));
  g.add(people_doc("b", {{"Wen", {"President Wen"}}, {"Anna Alpha", {}}}));  // beside Anna Alpha again
  g.add(people_doc("c", {{"Wen", {}}, {"Bert Beta", {}}}));                  // no shared company
  CHECK(person_names(g) == std::vector<std::string>{"Anna Alpha", "Bert Beta", "Wen", "Wen Liqun"});
  CHECK(g.node(*g.find("person/wen-liqun")).articles.size() == 2);
  graph::Graph h(titles_knowledge());  // the bare name first, the full name after
  h.add(people_doc("a", {{"Wen", {}}, {"Anna Alpha", {}}}));
  h.add(people_doc("b", {{"Wen Liqun", {}}, {"Anna Alpha", {}}}));
  CHECK(person_names(h) == std::vector<std::string>{"Anna Alpha", "Wen Liqun"});
}

TEST_CASE("merging: a short form of a first name is that name ('Joe' and 'Joseph'), not another; a particle is no first name") {
  graph::Graph g(titles_knowledge());
  g.add(people_doc("a", {{"Joseph R. Quill", {}}}));
  g.add(people_doc("b", {{"Joe Quill", {}}}));
  g.add(people_doc("c", {{"Jill Quill", {}}}));
  g.add(people_doc("d", {{"Tony Marden", {}}, {"Anthony Marden", {}}}));
  CHECK(person_names(g) == std::vector<std::string>{"Jill Quill", "Joseph R. Quill", "Tony Marden"});  // one Marden
  g.add(people_doc("e", {{"De Vallo", {}}}));  // a surname's particle is no first name
  g.add(people_doc("f", {{"Arno De Vallo", {}}}));
  CHECK(person_names(g) == std::vector<std::string>{"Arno De Vallo", "Jill Quill", "Joseph R. Quill", "Tony Marden"});
  CHECK(g.node(*g.find("person/joseph-r-quill")).articles.size() == 2);
}

TEST_CASE("merging: organisations by alias and a known acronym table; places get coordinates") {
  graph::Graph g(titles_knowledge());
  testing::DocBuilder a("a", "NATO met in Davos.\n");
  a.entity(core::EntityType::Organization, "North Atlantic Treaty Organization");
  a.entity(core::EntityType::Organization, "World Economic Forum", {"WEF"});
  a.entity(core::EntityType::Place, "Davos");
  g.add(a.doc);
  testing::DocBuilder b("b", "NATO and the WEF.\n");
  b.entity(core::EntityType::Organization, "NATO");
  b.entity(core::EntityType::Organization, "WEF");
  b.entity(core::EntityType::Organization, "the World Economic Forum");
  g.add(b.doc);
  size_t orgs = 0;
  for (graph::Vertex v = 0; v < g.size(); ++v) orgs += g.node(v).kind == NodeKind::Organization;
  CHECK(orgs == 2);
  REQUIRE(g.find("organization/north-atlantic-treaty-organization"));
  CHECK(g.node(*g.find("organization/north-atlantic-treaty-organization")).aliases ==
        std::vector<graph::CompactString>{"NATO"});
  CHECK(g.node(*g.find("organization/world-economic-forum")).aliases ==
        std::vector<graph::CompactString>{"WEF", "the World Economic Forum"});
  // Initials alone, without the table or an article that uses both, are no evidence.
  testing::DocBuilder c("c", "The EC and Environment Canada.\n");
  c.entity(core::EntityType::Organization, "Environment Canada");
  g.add(c.doc);
  testing::DocBuilder d("d", "The EC.\n");
  d.entity(core::EntityType::Organization, "EC");
  g.add(d.doc);
  CHECK(g.node(*g.find("organization/ec")).articles.size() == 1);
  auto davos = g.node(*g.find("place/davos"));
  REQUIRE(davos.geo);
  CHECK(davos.geo->latitude == doctest::Approx(46.8027));
}

TEST_CASE("merging: meetings on compatible dates are one meeting with every report") {
  graph::Graph g;
  auto doc = [](std::string id, std::string date) {
    testing::DocBuilder b(id, "Anna Alpha met Bert Beta (" + id + ").\n", "2026-02-01");
    int a = b.entity(core::EntityType::Person, "Anna Alpha");
    int bb = b.entity(core::EntityType::Person, "Bert Beta");
    b.event(core::EventKind::Meeting, {a, bb}, date, "Anna Alpha met Bert Beta", "met");
    return b.doc;
  };
  g.add(doc("m1", "2026-01"));
  g.add(doc("m2", "2026-01-22"));
  g.add(doc("m3", "2026-01-22"));
  g.add(doc("m4", "2026-01-25"));
  g.add(doc("m5", "2026-01-24/2026-01-26"));
  CHECK(count_kind(g, NodeKind::Meeting) == 2);
  const graph::Node& m = g.node(*g.find("meeting/2026-01/anna-alpha+bert-beta"));
  CHECK(m.reports.size() == 3);
  CHECK(m.date == "2026-01-22");  // best supported: two reports say so
  const graph::Node& later = g.node(*g.find("meeting/2026-01-25/anna-alpha+bert-beta"));
  CHECK(later.reports.size() == 2);
}

TEST_CASE("merging: one article's meeting held and its next one planned stay two meetings") {
  graph::Graph g;
  testing::DocBuilder b("n1",
                        "Anna Alpha met Bert Beta on June 2.\nThey look forward to the next meeting later this year.\n",
                        "2026-06-02");
  int a = b.entity(core::EntityType::Person, "Anna Alpha");
  int bb = b.entity(core::EntityType::Person, "Bert Beta");
  b.event(core::EventKind::Meeting, {a, bb}, "2026-06-02", "Anna Alpha met Bert Beta on June 2", "met");
  b.event(core::EventKind::Meeting, {a, bb}, "2026", "the next meeting later this year", "meeting").status =
      core::Status::Planned;
  g.add(b.doc);
  CHECK(count_kind(g, NodeKind::Meeting) == 2);
  // another article's plan for that day is the meeting held
  testing::DocBuilder c("n2", "Anna Alpha will meet Bert Beta on June 2.\n", "2026-05-30");
  int a2 = c.entity(core::EntityType::Person, "Anna Alpha");
  int b2 = c.entity(core::EntityType::Person, "Bert Beta");
  c.event(core::EventKind::Meeting, {a2, b2}, "2026-06-02", "Anna Alpha will meet Bert Beta on June 2", "meet").status =
      core::Status::Planned;
  g.add(c.doc);
  CHECK(count_kind(g, NodeKind::Meeting) == 2);
  CHECK(g.node(*g.find("meeting/2026-06-02/anna-alpha+bert-beta")).reports.size() == 2);
}

TEST_CASE("names with 'Jr.' and commas") {
  graph::Graph g;
  g.add(people_doc("a", {{"Joseph R. Biden, Jr.", {}}}));
  g.add(people_doc("b", {{"Joseph Biden", {}}}));
  CHECK(person_names(g) == std::vector<std::string>{"Joseph R. Biden, Jr."});
}

TEST_CASE("the committed gazetteer places a city where most people of that name live") {
  graph::Knowledge k = graph::load_knowledge(core::resource_path("data/titles.tsv"), core::resource_path("data/gazetteer.tsv"));
  REQUIRE(k.places.count("washington"));  // "Washington, D.C." outnumbers Washington, England
  CHECK(k.places["washington"].longitude == doctest::Approx(-77.0364));
  REQUIRE(k.places.count("moscow"));
  CHECK(k.places["moscow"].latitude == doctest::Approx(55.7522));
}

TEST_CASE("the same text under another file name is a duplicate: skipped, nothing changes") {
  graph::Graph g;
  REQUIRE(g.add(testing::seed_document()));
  size_t before = g.size(), edges = boost::num_edges(g.adjacency());
  core::Document copy = testing::seed_document();
  copy.id = "seed-copy";
  copy.path = "elsewhere/seed-copy.txt";
  CHECK_FALSE(g.add(copy));
  CHECK(g.size() == before);
  CHECK(boost::num_edges(g.adjacency()) == edges);
  CHECK(g.articles().size() == 1);
  for (graph::Vertex v = 0; v < g.size(); ++v) CHECK(g.node(v).reports.size() <= 1);
}

TEST_CASE("date_bounds: the first and last day a date may fall on") {
  using P = std::pair<std::string, std::string>;
  CHECK(graph::date_bounds("2026-01-22") == P{"2026-01-22", "2026-01-22"});
  CHECK(graph::date_bounds("2026-01") == P{"2026-01-01", "2026-01-31"});
  CHECK(graph::date_bounds("2024-02") == P{"2024-02-01", "2024-02-29"});
  CHECK(graph::date_bounds("2023") == P{"2023-01-01", "2023-12-31"});
  CHECK(graph::date_bounds("2026-01-27/2026-01-28") == P{"2026-01-27", "2026-01-28"});
  CHECK(graph::date_bounds("2025-11/2026-02") == P{"2025-11-01", "2026-02-28"});
  CHECK(graph::date_bounds("") == P{"", ""});
  CHECK(graph::date_bounds("2026-13") == P{"", ""});
  CHECK(graph::date_bounds("2026-02-30") == P{"", ""});
  CHECK(graph::date_bounds("2026-W03") == P{"", ""});
  CHECK(graph::date_bounds("2026-02/2026-01") == P{"", ""});
}

TEST_CASE("an event's date basis and evidence strength come from its reports") {
  graph::Graph g;
  auto doc = [](std::string id, core::DateBasis basis, bool named, int claimed) {
    testing::DocBuilder b(id, "Anna Alpha met Bert Beta on Monday (" + id + ").\n", "2026-02-01");
    int a = b.entity(core::EntityType::Person, "Anna Alpha");
    int c = b.entity(core::EntityType::Person, "Bert Beta");
    auto& ev = b.event(core::EventKind::Meeting, {a, c}, "2026-01-26", "Anna Alpha met Bert Beta on Monday", "met");
    ev.date_basis = basis;
    ev.claimed_by = claimed;
    if (named) {
      ev.participants[0].span = b.span("Anna Alpha");
      ev.participants[1].span = b.span("Bert Beta");
      for (int e : {a, c}) {
        core::Mention m;
        m.span = b.span(b.doc.entities[e].name);
        m.entity = e;
        m.type = core::EntityType::Person;
        b.doc.mentions.push_back(m);
      }
    }
    return b.doc;
  };
  // a participant not named in the sentence: inferred
  g.add(doc("a", core::DateBasis::Publication, false, -1));
  auto m = g.find("meeting/2026-01-26/anna-alpha+bert-beta");
  REQUIRE(m);
  CHECK(graph::strength(g.node(*m)) == graph::Strength::Inferred);
  CHECK(graph::date_basis(g.node(*m)) == core::DateBasis::Publication);
  // a second article names both and states the date: direct, and the most direct basis wins
  g.add(doc("b", core::DateBasis::Stated, true, -1));
  CHECK(graph::strength(g.node(*m)) == graph::Strength::Direct);
  CHECK(graph::date_basis(g.node(*m)) == core::DateBasis::Stated);
  // a third that reports someone's claim of it: two articles name it, corroborated
  g.add(doc("c", core::DateBasis::Sentence, true, 0));
  CHECK(g.node(*m).reports.back().strength == graph::Strength::Attributed);
  CHECK(graph::strength(g.node(*m)) == graph::Strength::Corroborated);
  CHECK(graph::to_string(graph::Strength::Corroborated) == std::string("corroborated"));
}

TEST_CASE("holds_text: the graph says which texts it holds, whatever their name") {
  graph::Graph g;
  core::Document seed = testing::seed_document();
  CHECK_FALSE(g.holds_text(seed.text));
  REQUIRE(g.add(seed));
  CHECK(g.holds_text(seed.text));
  CHECK_FALSE(g.holds_text(seed.text + " "));
}

TEST_CASE("nodes stay where they are while the graph grows, and copies keep them all") {
  graph::Graph g;
  REQUIRE(g.add(testing::seed_document()));
  const graph::Node* first = &g.node(0);
  const std::string first_key = first->key;
  size_t before = g.size();
  for (int i = 0; i < 10000; ++i) {
    graph::Node n;
    n.key = "person/p" + std::to_string(i);
    n.name = "Person Number " + std::to_string(i);
    g.add_node(std::move(n));
  }
  std::vector<graph::Node> more(5000);
  for (size_t i = 0; i < more.size(); ++i) more[i].key = "place/q" + std::to_string(i);
  CHECK(g.add_nodes(std::move(more)) == before + 10000);
  CHECK(&g.node(0) == first);  // never moved: growing adds a block
  CHECK(g.node(0).key == first_key);
  REQUIRE(g.size() == before + 15000);
  graph::Graph copy(g);
  CHECK(copy.node(*copy.find("person/p9999")).name == "Person Number 9999");
  CHECK(copy.node(before + 14999).key == "place/q4999");
  CHECK(&copy.node(0) != first);
  CHECK(copy.node(0).key == first_key);
}

TEST_CASE("release_merge_indexes: articles added after it merge as they would have") {
  auto fill = [](bool release) {
    graph::Graph g(titles_knowledge());
    g.add(people_doc("a", {{"Jared Kushner", {}}, {"Steve Witkoff", {}}}));
    g.add(people_doc("b", {{"John Kushner", {}}, {"Anna Alpha", {}}}));
    if (release) g.release_merge_indexes();
    g.add(people_doc("c", {{"Kushner", {}}, {"Steve Witkoff", {}}}));
    g.add(people_doc("d", {{"Secretary Alpha", {}}}));
    return g;
  };
  graph::Graph kept = fill(false), released = fill(true);
  CHECK(person_names(released) == std::vector<std::string>{"Anna Alpha", "Jared Kushner", "John Kushner", "Steve Witkoff"});
  CHECK(released.node(*released.find("person/jared-kushner")).articles.size() == 2);
  CHECK(released.node(*released.find("person/anna-alpha")).articles.size() == 2);
  CHECK(person_names(released) == person_names(kept));
}

TEST_CASE("SharedText: copies and parts share the bytes; a part not found is a text of its own") {
  graph::SharedText t("Anna Berg said the talks were useful.");
  graph::SharedText copy = t;
  CHECK(copy == "Anna Berg said the talks were useful.");
  CHECK(copy.view().data() == t.view().data());
  graph::SharedText part = t.find_part("the talks");
  CHECK(part == "the talks");
  CHECK(part.view().data() == t.view().data() + 15);
  graph::SharedText other = t.find_part("not in it");
  CHECK(other == "not in it");
  CHECK(other.view().data() != t.view().data() + 15);
  t = graph::SharedText();  // the copy and the part keep the bytes
  CHECK(t.empty());
  CHECK(copy.size() == 37);
  CHECK(part == "the talks");
  CHECK(graph::SharedText("").empty());
  CHECK(graph::SharedText().view().empty());
}

TEST_CASE("reports of one sentence hold its text once; a statement's content is a part of it, also when loaded") {
  using T = core::EntityType;
  const std::string sentence = "Anna Berg met Carl Dahl in Oslo and said the talks were useful.";
  testing::DocBuilder b("shared", sentence + "\n", "2026-05-02");
  int anna = b.entity(T::Person, "Anna Berg");
  int carl = b.entity(T::Person, "Carl Dahl");
  b.event(core::EventKind::Meeting, {anna, carl}, "2026-05-02", sentence, "met");
  auto& s = b.event(core::EventKind::Statement, {anna}, "2026-05-02", sentence, "said", core::Role::Speaker);
  s.content = b.span("the talks were useful");
  graph::Graph built;
  REQUIRE(built.add(b.doc));
  graph::Graph from_json = exporter::read_jsonld(exporter::to_jsonld(built), "g.jsonld");
  graph::Graph from_snapshot = graph::read_snapshot(graph::to_snapshot(built, {}), "g.ngbin");
  for (const graph::Graph* g : {&built, &from_json, &from_snapshot}) {
    const graph::Node *meeting = nullptr, *statement = nullptr;
    for (graph::Vertex v = 0; v < g->size(); ++v) {
      if (g->node(v).kind == NodeKind::Meeting) meeting = &g->node(v);
      if (g->node(v).kind == NodeKind::Statement) statement = &g->node(v);
    }
    REQUIRE(meeting);
    REQUIRE(statement);
    REQUIRE(meeting->reports.size() == 1);
    REQUIRE(statement->reports.size() == 1);
    std::string_view a = meeting->reports[0].text.view(), t = statement->reports[0].text.view();
    CHECK(a == sentence);
    CHECK(a.data() == t.data());
    std::string_view content = statement->content.view();
    CHECK(content == "the talks were useful");
    CHECK(content.data() == t.data() + t.find("the talks"));
  }
}

TEST_CASE("HashIndex: up to three in four slots taken, every value found, equal hashes kept apart") {
  graph::HashIndex index;
  for (uint32_t i = 0; i < 3000; ++i) index.insert(uint64_t(i % 1000) * 0x9E3779B97F4A7C15ull, i);  // three values a hash
  CHECK(index.size() == 3000);
  CHECK(index.slots() * 3 >= index.size() * 4);  // at most three in four taken
  CHECK(index.slots() <= 6000);                  // sized to that, not to a power of two
  for (uint32_t i = 0; i < 3000; ++i) {
    auto found = index.find(uint64_t(i % 1000) * 0x9E3779B97F4A7C15ull, [&](uint32_t v) { return v == i; });
    REQUIRE(found);
    CHECK(*found == i);
  }
  CHECK_FALSE(index.find(uint64_t(1000) * 0x9E3779B97F4A7C15ull, [](uint32_t) { return true; }));
  graph::HashIndex reserved;
  reserved.reserve(3000);
  CHECK(reserved.slots() == 4000);  // a power of two would be 4096; a table kept half full 8192
  graph::HashIndex big;
  big.reserve(100000);
  CHECK(big.slots() == 133334);  // 262144 as a power of two
}
