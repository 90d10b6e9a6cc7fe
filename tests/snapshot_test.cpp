// The binary snapshot beside a saved graph: it loads the same graph as the JSON-LD, its
// bytes do not depend on how the graph was made, and a truncated, corrupt, foreign or
// stale snapshot is never trusted (an Error from the reader; a fallback in load_graph).
#include <doctest/doctest.h>

#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/io.h"
#include "export/jsonld.h"
#include "export/saved.h"
#include "graph/graph.h"
#include "graph/snapshot.h"
#include "graph_fixture.h"
#include "query/query.h"

using namespace ng;

namespace {

graph::Graph fixture_graph(bool reversed = false) {
  auto docs = testing::fixture_documents();
  if (reversed) std::reverse(docs.begin(), docs.end());
  graph::Graph g;
  for (const auto& d : docs) g.add(d);
  return g;
}

// People "person/p0" ("Person Number 0") .. p<n-1>, nothing else.
graph::Graph many_people(size_t n) {
  graph::Graph g;
  std::vector<graph::Node> people(n);
  for (size_t i = 0; i < n; ++i) {
    people[i].key = "person/p" + std::to_string(i);
    people[i].name = "Person Number " + std::to_string(i);
  }
  g.add_nodes(std::move(people));
  return g;
}

std::filesystem::path temp_dir() {
  auto dir = std::filesystem::temp_directory_path() / ("newsgraph-snapshot-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

void write(const std::filesystem::path& p, const std::string& bytes) {
  core::write_file_atomic(p.string(), [&](std::ostream& os) { os.write(bytes.data(), std::streamsize(bytes.size())); });
}

}  // namespace

TEST_CASE("content_hash: streaming equals one call; any change shows") {
  std::string s(1000, 'x');
  for (size_t i = 0; i < s.size(); ++i) s[i] = char('a' + i * 7 % 26);
  uint64_t h = graph::content_hash(s);
  CHECK(h == graph::content_hash(s));
  std::string t = s;
  t[517] ^= 1;
  CHECK(graph::content_hash(t) != h);
  CHECK(graph::content_hash(s.substr(0, 999)) != h);
  auto dir = temp_dir();
  write(dir / "f", s);
  graph::SourceStamp st = graph::stamp_file((dir / "f").string());
  CHECK(st.size == 1000);
  CHECK(st.hash == h);
  std::filesystem::remove_all(dir);
}

TEST_CASE("ContentHasher: the hash of bytes given in pieces of any size is content_hash of them all") {
  std::string s(1000, 'x');
  for (size_t i = 0; i < s.size(); ++i) s[i] = char('a' + i * 7 % 26);
  for (size_t step : {1, 5, 31, 32, 33, 100, 999, 1000}) {
    graph::ContentHasher h;
    for (size_t at = 0; at < s.size(); at += step) h.update(std::string_view(s).substr(at, step));
    CHECK(h.stamp() == graph::SourceStamp{1000, graph::content_hash(s)});
  }
}

TEST_CASE("write_jsonld: to_jsonld's bytes in pieces of bounded size, whatever the graph's size") {
  graph::Graph g = many_people(5000);
  std::string joined;
  size_t pieces = 0, largest = 0;
  exporter::write_jsonld(g, [&](std::string_view piece) {
    joined.append(piece);
    ++pieces;
    largest = std::max(largest, piece.size());
  });
  CHECK(joined == exporter::to_jsonld(g));
  REQUIRE(joined.size() > 300000);
  CHECK(pieces > 4);
  CHECK(largest < 70000);  // 64 KiB and one node's line
}

TEST_CASE("snapshot: a graph of many strings (their offsets are written in pieces) loads back whole") {
  graph::Graph g = many_people(6000);
  for (graph::Vertex v = 0; v < g.size(); ++v)
    g.node(v).aliases = {"Number " + std::to_string(v), "P. Number"};  // the second, one string for all
  std::string jsonld = exporter::to_jsonld(g);
  graph::SourceStamp stamp{jsonld.size(), graph::content_hash(jsonld)};
  std::string snap = graph::to_snapshot(g, stamp);
  graph::Graph back = graph::read_snapshot(snap, "g.ngbin");
  CHECK(exporter::to_jsonld(back) == jsonld);
  CHECK(back.node(*back.find("person/p5999")).aliases == std::vector<graph::CompactString>{"Number 5999", "P. Number"});
  // 6000 keys, 6000 names, 6000 aliases and one shared alias, and "" for the empty fields
  uint64_t strings = 0;
  std::memcpy(&strings, snap.data() + 64, 8);
  CHECK(strings == 18002);
}

#ifdef __GLIBC__
TEST_CASE("SnapshotWriter: holds no records and no string table, only numbers per vertex and an index of names") {
  // 20,000 people with a name each. A writer that made its records first held 167 bytes
  // a node (the records, 64 bytes a node, and a table of all 40,000 strings); this one
  // keeps 12 bytes a vertex and its index of the 20,000 names (75 bytes a node).
  graph::Graph g = many_people(20000);
  auto in_use = [] {
    struct mallinfo2 m = mallinfo2();
    return double(m.uordblks + m.hblkhd);
  };
  double before = in_use();
  graph::SnapshotWriter writer(g);
  double per_node = (in_use() - before) / 20000;
  CHECK(per_node < 100);
  std::ostringstream out;
  writer.write({}, out);
  CHECK(out.str() == graph::to_snapshot(g, {}));
  CHECK(exporter::to_jsonld(graph::read_snapshot(out.str(), "g.ngbin")) == exporter::to_jsonld(g));
}
#endif

TEST_CASE("snapshot: same graph as the JSON-LD, same bytes whatever the article order") {
  graph::Graph g = fixture_graph();
  std::string jsonld = exporter::to_jsonld(g);
  graph::SourceStamp stamp{jsonld.size(), graph::content_hash(jsonld)};
  std::string snap = graph::to_snapshot(g, stamp);
  CHECK(graph::to_snapshot(fixture_graph(true), stamp) == snap);
  graph::Graph from_json = exporter::read_jsonld(jsonld, "g.jsonld");
  CHECK(graph::to_snapshot(from_json, stamp) == snap);

  graph::Graph back = graph::read_snapshot(snap, "g.ngbin");
  CHECK(exporter::to_jsonld(back) == jsonld);
  CHECK(back.size() == from_json.size());
  CHECK(boost::num_edges(back.adjacency()) == boost::num_edges(from_json.adjacency()));
  for (graph::Vertex v = 0; v < back.size(); ++v) CHECK(back.node(v).key == from_json.node(v).key);
  // Queries answer the same.
  query::Index a(from_json), b(back);
  auto putin_a = a.resolve("Putin"), putin_b = b.resolve("Putin");
  REQUIRE(putin_a.match);
  REQUIRE(putin_b.match);
  CHECK(query::render(query::met(back, *putin_b.match), query::Format::Csv) ==
        query::render(query::met(from_json, *putin_a.match), query::Format::Csv));
  auto k = b.resolve("Jared Kushner"), x = b.resolve("Xi Jinping");
  REQUIRE(k.match);
  REQUIRE(x.match);
  CHECK(query::render(query::path(back, *k.match, *x.match), query::Format::Csv) ==
        query::render(query::path(from_json, *a.resolve("Jared Kushner").match, *a.resolve("Xi Jinping").match),
                      query::Format::Csv));
  // A loaded snapshot takes new articles like the original graph.
  CHECK_FALSE(back.add(testing::seed_document()));
  back.set_knowledge(nullptr);
  testing::DocBuilder more("fifth", "Xi Jinping met John Kushner.\n", "2026-04-01");
  int xi = more.entity(core::EntityType::Person, "Xi Jinping");
  int jk = more.entity(core::EntityType::Person, "John Kushner");
  more.event(core::EventKind::Meeting, {xi, jk}, "2026-04-01", "Xi Jinping met John Kushner", "met");
  CHECK(back.add(more.doc));
  CHECK(g.add(more.doc));
  CHECK(exporter::to_jsonld(back) == exporter::to_jsonld(g));
}

TEST_CASE("SnapshotWriter: streams to_snapshot's bytes (checksum written last), and save_graph's snapshot loads") {
  graph::Graph g = fixture_graph();
  graph::SourceStamp stamp{1234, 5678};
  graph::SnapshotWriter writer(g);
  std::ostringstream out;
  writer.write(stamp, out);
  CHECK(out.str() == graph::to_snapshot(g, stamp));
  CHECK(writer.bytes(stamp) == out.str());
  auto dir = temp_dir();
  std::string path = (dir / "g.jsonld").string();
  exporter::save_graph(g, path);
  CHECK(graph::snapshot_source(exporter::snapshot_path(path)) == graph::stamp_file(path));
  exporter::LoadInfo info;
  graph::Graph back = exporter::load_graph(path, &info);
  CHECK(info.from_snapshot);
  CHECK(info.note.empty());
  CHECK(exporter::to_jsonld(back) == exporter::to_jsonld(g));
  std::filesystem::remove_all(dir);
}

TEST_CASE("snapshot: every truncation and many corruptions are errors naming the file, never a crash") {
  graph::Graph g = fixture_graph();
  std::string snap = graph::to_snapshot(g, {1, 2});
  for (size_t n = 0; n < snap.size(); n += (n < 128 ? 1 : 37)) {
    std::string cut = snap.substr(0, n);
    CHECK_THROWS_WITH_AS(graph::read_snapshot(cut, "cut.ngbin"), doctest::Contains("cut.ngbin"), core::Error);
  }
  for (size_t i = 0; i < snap.size(); i += 13) {
    std::string bad = snap;
    bad[i] = char(bad[i] ^ 0x5A);
    CHECK_THROWS_AS(graph::read_snapshot(bad, "bad.ngbin"), core::Error);
  }
  // Past the checksum (it is recomputed): the structure checks alone hold the line.
  // Every result is a graph or a core::Error; nothing else is thrown, nothing crashes.
  size_t errors = 0, graphs = 0;
  for (size_t i = 64; i < snap.size(); ++i)
    for (unsigned char x : {0x01, 0x80, 0xFF}) {
      std::string bad = snap;
      bad[i] = char(bad[i] ^ x);
      uint64_t sum = graph::content_hash(std::string_view(bad).substr(24));
      std::memcpy(&bad[16], &sum, 8);
      try {
        graph::read_snapshot(bad, "fuzz.ngbin");
        ++graphs;
      } catch (const core::Error&) {
        ++errors;
      }
    }
  CHECK(errors > 0);
  CHECK(graphs > 0);  // a changed letter in a name is still a graph
  CHECK_THROWS_WITH_AS(graph::read_snapshot(std::string(200, 'x'), "foreign"), doctest::Contains("no snapshot magic"),
                       core::Error);
  std::string trailing = snap + std::string(8, '\0');
  CHECK_THROWS_AS(graph::read_snapshot(trailing, "t.ngbin"), core::Error);
}

TEST_CASE("load_graph: uses a valid snapshot, ignores a stale or corrupt one") {
  auto dir = temp_dir();
  std::string path = (dir / "g.jsonld").string();
  graph::Graph g = fixture_graph();
  exporter::save_graph(g, path);
  REQUIRE(std::filesystem::exists(exporter::snapshot_path(path)));
  std::string jsonld = core::read_file(path);
  exporter::LoadInfo info;
  graph::Graph a = exporter::load_graph(path, &info);
  CHECK(info.from_snapshot);
  CHECK(info.note.empty());
  CHECK(exporter::to_jsonld(a) == jsonld);

  // Stale: the JSON-LD changed (same size, other bytes; then another size).
  std::string edited = jsonld;
  size_t at = edited.find("Davos");
  REQUIRE(at != std::string::npos);
  edited[at] = 'X';
  write(path, edited);
  graph::Graph b = exporter::load_graph(path, &info);
  CHECK_FALSE(info.from_snapshot);
  CHECK(info.note.find("stale") != std::string::npos);
  CHECK(exporter::to_jsonld(b) == exporter::to_jsonld(exporter::read_jsonld(edited, "e")));
  write(path, edited + "\n");
  exporter::load_graph(path, &info);
  CHECK_FALSE(info.from_snapshot);
  CHECK(info.note.find("stale") != std::string::npos);

  // Corrupt or truncated snapshot of the right JSON-LD: a note, and the JSON-LD.
  write(path, jsonld);
  std::string snap = core::read_file(exporter::snapshot_path(path));
  write(exporter::snapshot_path(path), snap.substr(0, snap.size() / 2));
  graph::Graph c = exporter::load_graph(path, &info);
  CHECK_FALSE(info.from_snapshot);
  CHECK(info.note.find("g.jsonld.ngbin") != std::string::npos);
  CHECK(exporter::to_jsonld(c) == jsonld);
  std::string flipped = snap;
  flipped[snap.size() - 20] ^= 1;
  write(exporter::snapshot_path(path), flipped);
  exporter::load_graph(path, &info);
  CHECK_FALSE(info.from_snapshot);
  CHECK(info.note.find("checksum") != std::string::npos);

  // refresh_snapshot makes it valid again; save without a snapshot removes it.
  exporter::refresh_snapshot(path);
  exporter::load_graph(path, &info);
  CHECK(info.from_snapshot);
  exporter::save_graph(g, path, false);
  CHECK_FALSE(std::filesystem::exists(exporter::snapshot_path(path)));
  std::filesystem::remove_all(dir);
}
