// JSON-LD and DOT exports: shape, determinism, round trip, and real clients (rdflib via
// the shared scorer, Graphviz's dot).
#include <doctest/doctest.h>

#include <cstring>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <rapidjson/document.h>

#include "core/error.h"
#include "core/io.h"
#include "export/dot.h"
#include "export/graphml.h"
#include "export/jsonld.h"
#include "export/neo4j.h"
#include "export/nquads.h"
#include "export/select.h"
#include "graph/graph.h"
#include "graph_fixture.h"

using namespace ng;

namespace {

graph::Graph seed_graph() {
  graph::Graph g;
  g.add(testing::seed_document());
  return g;
}

const rapidjson::Value* node_with_id(const rapidjson::Document& d, const std::string& id) {
  for (const auto& n : d["@graph"].GetArray())
    if (id == n["@id"].GetString()) return &n;
  return nullptr;
}

std::filesystem::path temp_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("newsgraph-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string run_capture(const std::string& cmd, int* status) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  *status = pclose(p);
  return out;
}

}  // namespace

TEST_CASE("JSON-LD: inline context, absolute ids, typed dates, links") {
  std::string text = exporter::to_jsonld(seed_graph());
  rapidjson::Document d;
  d.Parse(text.c_str());
  REQUIRE_FALSE(d.HasParseError());
  REQUIRE(d["@context"].IsObject());
  CHECK(std::string(d["@context"]["@vocab"].GetString()) == "http://schema.org/");
  CHECK(std::string(d["@context"]["attendee"]["@type"].GetString()) == "@id");
  for (const auto& n : d["@graph"].GetArray()) {
    CHECK(std::string(n["@id"].GetString()).rfind("https://newsgraph.example/id/", 0) == 0);
    CHECK(n.HasMember("@type"));
  }
  const std::string base = "https://newsgraph.example/id/";
  const auto* m = node_with_id(d, base + "meeting/2026-01-20/jared-kushner+kirill-dmitriev+steve-witkoff");
  REQUIRE(m);
  CHECK(std::string((*m)["@type"][1].GetString()) == "ng:Meeting");
  REQUIRE((*m)["attendee"].Size() == 3);
  CHECK(std::string((*m)["attendee"][0].GetString()) == base + "person/jared-kushner");
  CHECK(std::string((*m)["startDate"]["@value"].GetString()) == "2026-01-20");
  CHECK(std::string((*m)["startDate"]["@type"].GetString()) == "xsd:date");
  CHECK(std::string((*m)["location"].GetString()) == base + "place/davos");
  CHECK(std::string((*m)["ng:status"].GetString()) == "occurred");
  CHECK(std::string((*m)["ng:mode"].GetString()) == "in-person");
  CHECK(std::string((*m)["isBasedOn"].GetString()) == base + "article/seed");
  std::string ev_id = (*m)["ng:evidence"].GetString();
  const auto* ev = node_with_id(d, ev_id);
  REQUIRE(ev);
  CHECK(std::string((*ev)["text"].GetString()) == "Witkoff and Kushner held a meeting with Kirill Dmitriev in Davos");
  CHECK((*ev)["ng:begin"].GetUint() == 59);
  CHECK(std::string((*ev)["citation"].GetString()) == "www.reuters.com");
  const auto* p = node_with_id(d, base + "person/vladimir-putin");
  REQUIRE(p);
  CHECK(std::string((*p)["nationality"].GetString()) == base + "place/russia");
  CHECK(std::string((*p)["jobTitle"].GetString()) == "President");
  const auto* s = node_with_id(d, base + "statement/seed/2/steve-witkoff");
  REQUIRE(s);
  CHECK(std::string((*s)["@type"].GetString()) == "ng:Statement");
  CHECK(std::string((*s)["creator"].GetString()) == base + "person/steve-witkoff");
  CHECK(std::string((*s)["dateCreated"]["@value"].GetString()) == "2026-01-22");
}

TEST_CASE("JSON-LD: month and interval dates") {
  testing::DocBuilder b("dates", "A met B. C met D.\n");
  using T = core::EntityType;
  int a = b.entity(T::Person, "Anna Alpha"), bb = b.entity(T::Person, "Bert Beta");
  b.event(core::EventKind::Meeting, {a, bb}, "2026-01", "A met B", "met").date_basis = core::DateBasis::Publication;
  b.event(core::EventKind::Meeting, {a, bb}, "2021-08-27/2021-08-28", "C met D", "met");
  graph::Graph g;
  g.add(b.doc);
  std::string text = exporter::to_jsonld(g), compact;
  for (char c : text)
    if (c != ' ' && c != '\n') compact += c;
  // bounds as xsd:date for every store, and how the date was found
  CHECK(compact.find("\"ng:earliest\":{\"@value\":\"2026-01-01\",\"@type\":\"xsd:date\"},"
                     "\"ng:latest\":{\"@value\":\"2026-01-31\",\"@type\":\"xsd:date\"},\"ng:dateBasis\":\"publication\"") !=
        std::string::npos);
  CHECK(compact.find("\"ng:earliest\":{\"@value\":\"2021-08-27\",\"@type\":\"xsd:date\"},"
                     "\"ng:latest\":{\"@value\":\"2021-08-28\",\"@type\":\"xsd:date\"},\"ng:dateBasis\":\"stated\"") !=
        std::string::npos);
  CHECK(compact.find("\"ng:reportedDate\":\"2026-01\",\"ng:dateBasis\":\"publication\",\"ng:evidenceStrength\":\"inferred\"") !=
        std::string::npos);
  {
    graph::Graph back = exporter::read_jsonld(text, "dates.jsonld");
    auto month = back.find("meeting/2026-01/anna-alpha+bert-beta");
    REQUIRE(month);
    CHECK(graph::date_basis(back.node(*month)) == core::DateBasis::Publication);
    CHECK(exporter::to_jsonld(back) == text);
  }
  CHECK(compact.find("\"startDate\":{\"@value\":\"2026-01\",\"@type\":\"xsd:gYearMonth\"}") != std::string::npos);
  CHECK(compact.find("\"startDate\":{\"@value\":\"2021-08-27\",\"@type\":\"xsd:date\"},\"endDate\":{\"@value\":\"2021-08-28\"") != std::string::npos);
  graph::Graph back = exporter::read_jsonld(text, "dates.jsonld");
  auto m = back.find("meeting/2021-08-27--2021-08-28/anna-alpha+bert-beta");
  REQUIRE(m);
  CHECK(back.node(*m).date == "2021-08-27/2021-08-28");
}

TEST_CASE("JSON-LD round trip gives the same bytes, whatever the order articles came in") {
  graph::Graph g = seed_graph();
  testing::DocBuilder b("second", "Kirill Dmitriev met Steve Witkoff and Jared Kushner.\n", "2026-01-23");
  int d = b.entity(core::EntityType::Person, "Kirill Dmitriev");
  int w = b.entity(core::EntityType::Person, "Steve Witkoff");
  int k = b.entity(core::EntityType::Person, "Jared Kushner");
  b.event(core::EventKind::Meeting, {d, w, k}, "2026-01-20", "Kirill Dmitriev met Steve Witkoff and Jared Kushner", "met");
  g.add(b.doc);
  std::string first = exporter::to_jsonld(g);
  graph::Graph back = exporter::read_jsonld(first, "g.jsonld");
  CHECK(exporter::to_jsonld(back) == first);
  CHECK(back.size() == g.size());
  CHECK(boost::num_edges(back.adjacency()) == boost::num_edges(g.adjacency()));

  graph::Graph reversed;
  reversed.add(b.doc);
  reversed.add(testing::seed_document());
  CHECK(exporter::to_jsonld(reversed) == first);

  // Adding to the loaded graph works like adding to the original.
  CHECK_FALSE(back.add(testing::seed_document()));
  CHECK(exporter::to_jsonld(back) == first);
}

TEST_CASE("JSON-LD reader rejects what it did not write, naming the file") {
  auto message = [](std::string text) {
    try {
      exporter::read_jsonld(text, "bad.jsonld");
    } catch (const core::Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(message("{").rfind("bad.jsonld: not JSON", 0) == 0);
  CHECK(message("[]") == "bad.jsonld: not a JSON-LD object");
  CHECK(message("{\"@graph\": []}").rfind("bad.jsonld: no inline @context", 0) == 0);
  CHECK(message("{\"@context\": {\"ng\": \"https://newsgraph.example/vocab#\"}, \"@graph\": [{\"@id\": "
                "\"https://newsgraph.example/id/person/x\", \"@type\": \"Person\", \"subjectOf\": "
                "\"https://newsgraph.example/id/article/nope\"}]}") ==
        "bad.jsonld: link to unknown article https://newsgraph.example/id/article/nope");
  CHECK(message("{\"@context\": {\"ng\": \"https://newsgraph.example/vocab#\"}, \"@graph\": [{\"@id\": "
                "\"https://elsewhere.org/x\", \"@type\": \"Person\"}]}")
            .find("is not under https://newsgraph.example/id/") != std::string::npos);
}

TEST_CASE("JSON-LD: invalid UTF-8 in a name is repaired, never written raw") {
  testing::DocBuilder b("utf", "A met B.\n");
  b.entity(core::EntityType::Person, "Bad \xC3 Name");
  graph::Graph g;
  g.add(b.doc);
  std::string text = exporter::to_jsonld(g);
  CHECK(text.find("Bad \xEF\xBF\xBD Name") != std::string::npos);
}

TEST_CASE("DOT: shapes, labels, escaping, and dot renders it without a warning") {
  graph::Graph g = seed_graph();
  testing::DocBuilder b("esc", "Quote \"Q\" and back\\slash met Anna.\n");
  int q = b.entity(core::EntityType::Organization, "Quote \"Q\" and back\\slash");
  int a = b.entity(core::EntityType::Person, "Anna Alpha");
  b.event(core::EventKind::Meeting, {q, a}, "2026-02-02", "Quote \"Q\" and back\\slash met Anna", "met");
  g.add(b.doc);
  std::string dot = exporter::to_dot(g);
  CHECK(dot.rfind("graph newsgraph {", 0) == 0);
  CHECK(dot.find("charset=\"UTF-8\"") != std::string::npos);
  CHECK(dot.find("\"person/steve-witkoff\"\t[fillcolor=\"#cfe2ff\",\n\t\tlabel=\"Steve Witkoff\"") != std::string::npos);
  CHECK(dot.find("label=\"meeting\\n2026-01-22\\nMoscow\\n(planned)\"") != std::string::npos);
  CHECK(dot.find("label=\"Quote \\\"Q\\\" and back\\\\slash\"") != std::string::npos);
  CHECK(exporter::to_dot(g) == dot);

  std::string svg = exporter::render_dot(dot, "svg", "test");
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("Steve Witkoff") != std::string::npos);
  CHECK(svg.find("back\\slash") != std::string::npos);
  CHECK_THROWS_AS(exporter::render_dot(dot, "no-such-format", "test"), core::Error);
  CHECK_THROWS_AS(exporter::render_dot("graph {", "svg", "test"), core::Error);

  if (std::system("command -v dot >/dev/null 2>&1") != 0) {
    MESSAGE("skipped: Graphviz dot is not installed");
    return;
  }
  auto dir = temp_dir("dot");
  std::ofstream(dir / "g.dot") << dot;
  int status = 0;
  std::string err = run_capture("dot -Tsvg " + (dir / "g.dot").string() + " -o " + (dir / "g.svg").string() + " 2>&1", &status);
  CHECK(status == 0);
  CHECK(err == "");
  std::filesystem::remove_all(dir);
}

TEST_CASE("rdflib, through the shared scorer, reads the JSON-LD exactly") {
  const std::string scorer = "../shared/eval/graph_score.py";
  if (!std::filesystem::exists(scorer) || std::system("/usr/bin/python3 -c 'import rdflib' 2>/dev/null") != 0) {
    MESSAGE("skipped: ../shared/eval/graph_score.py or python3-rdflib is absent");
    return;
  }
  auto dir = temp_dir("score");
  std::filesystem::create_directories(dir / "gold");
  std::filesystem::create_directories(dir / "pred");
  std::ofstream(dir / "gold" / "seed.gold.json") << R"({"doc": "seed.txt", "dct": "2026-01-22",
 "entities": [
  {"type": "Person", "name": "Steve Witkoff", "aliases": ["Witkoff"]},
  {"type": "Person", "name": "Jared Kushner", "aliases": ["Kushner"]},
  {"type": "Person", "name": "Kirill Dmitriev", "aliases": ["Dmitriev"]},
  {"type": "Person", "name": "Vladimir Putin", "aliases": ["Putin"]},
  {"type": "Place", "name": "Russia", "aliases": []},
  {"type": "Place", "name": "Davos", "aliases": []},
  {"type": "Place", "name": "Moscow", "aliases": []}],
 "meetings": [
  {"participants": ["Steve Witkoff", "Jared Kushner", "Kirill Dmitriev"], "date": "2026-01-20", "place": "Davos", "status": "occurred", "mode": "in-person", "evidence": "held a meeting"},
  {"participants": ["Steve Witkoff", "Jared Kushner", "Vladimir Putin"], "date": "2026-01-22", "place": "Moscow", "status": "planned", "mode": "in-person", "evidence": "to meet"}],
 "statements": [{"speaker": "Steve Witkoff", "date": "2026-01-22", "evidence": "said"}],
 "travel": []})";
  std::ofstream(dir / "pred" / "seed.jsonld") << exporter::to_jsonld(seed_graph());
  int status = 0;
  std::string out = run_capture("/usr/bin/python3 " + scorer + " " + (dir / "gold").string() + " " + (dir / "pred").string() +
                                    " --json 2>&1",
                                &status);
  INFO(out);
  REQUIRE(status == 0);
  rapidjson::Document d;
  d.Parse(out.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["unloadable"].GetInt() == 0);
  for (const char* k : {"entities", "meeting_pairs", "meeting_pairs_dated", "statement_speakers", "statements_dated"}) {
    INFO(k);
    CHECK(d[k]["F1"].GetDouble() == 100.0);
  }
  CHECK(d["meeting_pairs"]["pred"].GetInt() == 5);
  std::filesystem::remove_all(dir);
}

TEST_CASE("golden: tests/data/fixture.jsonld is what the fixture articles become") {
  graph::Graph g;
  for (const auto& d : testing::fixture_documents()) g.add(d);
  std::string text = exporter::to_jsonld(g);
  const std::string path = "tests/data/fixture.jsonld";
  if (std::getenv("NEWSGRAPH_UPDATE_GOLDEN")) core::write_file_atomic(path, [&](std::ostream& os) { os << text; });
  CHECK(core::read_file(path) == text);
}

TEST_CASE("N-Quads, GraphML and Neo4j CSV carry the graph") {
  graph::Graph g;
  for (const auto& d : testing::fixture_documents()) g.add(d);
  std::string nq = exporter::to_nquads(g);
  const std::string m = "<https://newsgraph.example/id/meeting/2026-01-20/jared-kushner+kirill-dmitriev+steve-witkoff>";
  CHECK(nq.find(m + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://newsgraph.example/vocab#Meeting> .\n") !=
        std::string::npos);
  CHECK(nq.find(m + " <http://schema.org/startDate> \"2026-01-20\"^^<http://www.w3.org/2001/XMLSchema#date> .\n") !=
        std::string::npos);
  CHECK(nq.find(m + " <http://schema.org/attendee> <https://newsgraph.example/id/person/steve-witkoff> .\n") !=
        std::string::npos);
  CHECK(nq.find("\"Steve Witkoff said the talks were \\\"very positive\\\"\"") != std::string::npos);
  CHECK(nq.find("<https://newsgraph.example/vocab#begin> \"59\"^^<http://www.w3.org/2001/XMLSchema#integer>") !=
        std::string::npos);

  std::string gml = exporter::to_graphml(g);
  CHECK(gml.find("<node id=\"person/steve-witkoff\">\n      <data key=\"kind\">Person</data>") != std::string::npos);
  CHECK(gml.find("<data key=\"evidence\">Kirill Dmitriev met Steve Witkoff and Jared Kushner in Davos</data>") !=
        std::string::npos);
  CHECK(gml.find("the talks were &quot;very positive&quot;") != std::string::npos);

  auto files = exporter::to_neo4j(g);
  REQUIRE(files.size() == 6);
  CHECK(files[1].first == "entities.csv");
  CHECK(files[1].second.rfind("key:ID,:LABEL,name,aliases:string[],jobTitle,articleCount:int\n", 0) == 0);
  CHECK(files[1].second.find("\"person/vladimir-putin\",\"Person\",\"Vladimir Putin\",\"President Putin;President Vladimir Putin;Putin\",\"President\",\"2\"") !=
        std::string::npos);
  CHECK(files[2].second.find("\"meeting/2026-01/john-kushner+kirill-dmitriev\",\"Meeting\",\"2026-01\",\"\",\"\",\"occurred\",\"call\"") !=
        std::string::npos);
  CHECK(files[3].second.find("\"person/vladimir-putin\",\"meeting/2026-03-05/vladimir-putin+xi-jinping\",\"ATTENDED\",\"host\"") !=
        std::string::npos);
}

TEST_CASE("diagram: pairs aggregated with counts and dates; filters") {
  graph::Graph g;
  for (const auto& d : testing::fixture_documents()) g.add(d);
  std::string dot = exporter::to_diagram(g);
  CHECK(dot.find("\"person/jared-kushner\" -- \"person/steve-witkoff\"") != std::string::npos);
  CHECK(dot.find("label=\"2 meetings (1 held, 1 planned)\\n2026-01-20 \xE2\x80\x93 2026-01-22\"") != std::string::npos);
  CHECK(dot.find("cluster_legend") != std::string::npos);
  CHECK(dot.find("label=\"1 trip\\n2026-01-22\"") != std::string::npos);
  exporter::DiagramOptions o;
  o.around = *g.find("person/xi-jinping");
  o.depth = 1;
  std::string around = exporter::to_diagram(g, o);
  CHECK(around.find("Vladimir Putin") != std::string::npos);
  CHECK(around.find("Steve Witkoff") == std::string::npos);
  o.depth = 2;
  CHECK(exporter::to_diagram(g, o).find("Steve Witkoff") != std::string::npos);
  exporter::DiagramOptions dated;
  dated.from = "2026-03";
  std::string march = exporter::to_diagram(g, dated);
  CHECK(march.find("Xi Jinping") != std::string::npos);
  CHECK(march.find("Kirill Dmitriev") == std::string::npos);
  exporter::DiagramOptions few;
  few.max_nodes = 2;
  std::string small = exporter::to_diagram(g, few);
  CHECK(small.find("Steve Witkoff") != std::string::npos);  // most connected
  CHECK(small.find("Xi Jinping") == std::string::npos);
  CHECK(exporter::render_dot(dot, "svg", "t").find("2 meetings") != std::string::npos);
}

TEST_CASE("diagram of many disconnected pairs: left to right, near square, every edge label drawn") {
  graph::Graph g;
  auto name = [](const char* first, int i) { return std::string(first) + char('a' + i) + (i % 2 ? " Lee" : " Chan"); };
  std::string text;
  for (int i = 0; i < 12; ++i) text += name("Ann", i) + " met " + name("Bo", i) + ".\n";
  testing::DocBuilder b("many", text, "2026-02-01");
  for (int i = 0; i < 12; ++i) {
    int x = b.entity(core::EntityType::Person, name("Ann", i)), y = b.entity(core::EntityType::Person, name("Bo", i));
    b.event(core::EventKind::Meeting, {x, y}, "2026-01-" + std::to_string(10 + i), name("Ann", i) + " met " + name("Bo", i),
            "met");
  }
  g.add(b.doc);
  std::string dot = exporter::to_diagram(g);
  CHECK(dot.find("rankdir=LR") != std::string::npos);
  CHECK(dot.find("pack") == std::string::npos);  // Graphviz 2.43 drops labels of packed groups
  std::string svg = exporter::render_dot(dot, "svg", "t");
  for (int i = 0; i < 12; ++i)  // SVG writes "-" as "&#45;"
    CHECK(svg.find("2026&#45;01&#45;" + std::to_string(10 + i)) != std::string::npos);
  // width and height of the drawing: within a factor of 3 of each other
  auto attr = [&](const char* name) {
    size_t at = svg.find(std::string(name) + "=\"");
    return at == std::string::npos ? 0.0 : std::stod(svg.substr(at + std::strlen(name) + 2));
  };
  double w = attr("width"), h = attr("height");
  REQUIRE(w > 0);
  REQUIRE(h > 0);
  CHECK(w / h < 3);
  CHECK(h / w < 3);
}

TEST_CASE("diagram: planned dashed, cancelled crossed, inferred dates marked, isolated left out unless asked") {
  testing::DocBuilder b("styles",
                        "Anna Alpha will meet Bert Beta.\nCora Cee cancelled talks with Dan Dee.\nEve Eff met Fay Gee.\n"
                        "Hal Eye stayed home.\n",
                        "2026-02-01");
  int a = b.entity(core::EntityType::Person, "Anna Alpha"), bb = b.entity(core::EntityType::Person, "Bert Beta");
  int c = b.entity(core::EntityType::Person, "Cora Cee"), d = b.entity(core::EntityType::Person, "Dan Dee");
  int e = b.entity(core::EntityType::Person, "Eve Eff"), f = b.entity(core::EntityType::Person, "Fay Gee");
  b.entity(core::EntityType::Person, "Hal Eye");
  b.event(core::EventKind::Meeting, {a, bb}, "2026-02-03", "Anna Alpha will meet Bert Beta", "meet").status =
      core::Status::Planned;
  b.event(core::EventKind::Meeting, {c, d}, "2026-01-30", "Cora Cee cancelled talks with Dan Dee", "talks").status =
      core::Status::Cancelled;
  b.event(core::EventKind::Meeting, {e, f}, "2026-02-01", "Eve Eff met Fay Gee", "met").date_basis =
      core::DateBasis::Publication;
  graph::Graph g;
  g.add(b.doc);
  std::string dot = exporter::to_diagram(g);
  auto edge = [&](const char* x, const char* y) {
    size_t at = dot.find(std::string("\"person/") + x + "\" -- \"person/" + y + "\"");
    return at == std::string::npos ? std::string() : dot.substr(at, dot.find(';', at) - at);
  };
  CHECK(edge("anna-alpha", "bert-beta").find("style=dashed") != std::string::npos);
  std::string cancelled = edge("cora-cee", "dan-dee");
  CHECK(cancelled.find("color=\"#c0392b\"") != std::string::npos);
  CHECK(cancelled.find("label=\"\xE2\x9C\x95 1 meeting (1 cancelled)") != std::string::npos);
  std::string inferred = edge("eve-eff", "fay-gee");
  CHECK(inferred.find("2026-02-01 *\"") != std::string::npos);
  CHECK(inferred.find("style=") == std::string::npos);  // held: solid, the default
  CHECK(edge("anna-alpha", "bert-beta").find(" *\"") == std::string::npos);  // stated dates: no mark
  CHECK(dot.find("Hal Eye") == std::string::npos);
  exporter::DiagramOptions o;
  o.isolated = true;
  CHECK(exporter::to_diagram(g, o).find("Hal Eye") != std::string::npos);
}

TEST_CASE("select: the filters' part of the graph, for every format") {
  graph::Graph g;
  for (const auto& d : testing::fixture_documents()) g.add(d);
  // an ego network: Xi and whom he met, their meetings among them, and the place
  exporter::DiagramOptions around;
  around.around = *g.find("person/xi-jinping");
  graph::Graph ego = exporter::select(g, around);
  std::vector<std::string> keys;
  for (graph::Vertex v : ego.sorted_vertices()) keys.push_back(ego.node(v).key);
  CHECK(keys == std::vector<std::string>{"person/vladimir-putin", "person/xi-jinping", "place/moscow",
                                         "meeting/2026-03-05/vladimir-putin+xi-jinping"});
  REQUIRE(ego.articles().size() == 2);  // the fourth article reports the meeting; the seed names Putin
  CHECK(ego.articles()[0].id == "seed");
  CHECK(ego.articles()[1].id == "fourth");
  const graph::Node& m = ego.node(*ego.find("meeting/2026-03-05/vladimir-putin+xi-jinping"));
  REQUIRE(m.reports.size() == 1);
  CHECK(ego.articles()[m.reports[0].article].id == "fourth");
  CHECK(ego.node(graph::Vertex(m.place)).key == "place/moscow");
  CHECK(exporter::to_jsonld(exporter::read_jsonld(exporter::to_jsonld(ego), "ego")) == exporter::to_jsonld(ego));
  // a date range: only the events in it, and only their parties
  exporter::DiagramOptions dated;
  dated.from = "2026-03";
  graph::Graph march = exporter::select(g, dated);
  size_t events = 0;
  for (graph::Vertex v = 0; v < march.size(); ++v) events += graph::is_event(march.node(v).kind);
  CHECK(events == 1);
  CHECK(exporter::to_graphml(march).find("john-kushner") == std::string::npos);
}

TEST_CASE("the person-to-person projection in GraphML") {
  graph::Graph g;
  for (const auto& d : testing::fixture_documents()) g.add(d);
  std::string gml = exporter::to_people_graphml(g, exporter::relationships(g));
  CHECK(gml.find("<node id=\"place/moscow\">") == std::string::npos);
  CHECK(gml.find("<node id=\"person/steve-witkoff\">\n      <data key=\"name\">Steve Witkoff</data>") != std::string::npos);
  CHECK(gml.find("<edge source=\"person/jared-kushner\" target=\"person/steve-witkoff\">\n"
                 "      <data key=\"weight\">2</data>\n      <data key=\"held\">1</data>\n"
                 "      <data key=\"planned\">1</data>\n      <data key=\"cancelled\">0</data>\n"
                 "      <data key=\"first\">2026-01-20</data>\n      <data key=\"last\">2026-01-22</data>\n    </edge>") !=
        std::string::npos);
}
