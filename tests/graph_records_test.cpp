// The graph's compact records: CompactString in place and on the heap, OptionalGeo,
// and the sizes of Node and Report that a 1 GB input's graph depends on (issue 14: peak
// memory under 4 GB).
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "graph/graph.h"

using ng::graph::CompactString;

TEST_CASE("CompactString holds 15 bytes in place and more on the heap, terminated") {
  for (size_t n : {0, 1, 14, 15, 16, 17, 100, 5000}) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += char('a' + i % 26);
    CompactString c(s);
    CHECK(c.size() == n);
    CHECK(c == s);
    CHECK(std::string(c.c_str()) == s);  // NUL at the end
    CHECK(c.heap_bytes() == (n > 15 ? n + 1 : 0));
    CompactString copy(c), moved(std::move(copy));
    CHECK(moved == s);
    CHECK(copy.empty());  // a moved-from string is empty
    copy = moved;
    CHECK(copy == s);
    copy = copy;  // self-assignment keeps the bytes
    CHECK(copy == s);
    copy = copy.view().substr(n / 2);  // assigning a part of itself
    CHECK(copy == s.substr(n / 2));
  }
  CHECK(sizeof(CompactString) == 16);
}

TEST_CASE("CompactString from an empty view whose data is null (UBSan's nonnull check on memcpy)") {
  CompactString c(std::string_view{});
  CHECK(c.str().empty());
  c = std::string_view{};
  CHECK(c.str().empty());
}

TEST_CASE("CompactString compares, joins and prints as std::string does") {
  CompactString a("person/steve-witkoff"), b("person/kirill-dmitriev"), small("2026-01-22");
  CHECK(b < a);
  CHECK_FALSE(a < b);
  CHECK(a != b);
  CHECK(a == "person/steve-witkoff");
  CHECK(std::string("2026-01-22") == small);
  CHECK(small < std::string("2026-01-23"));
  CHECK(a + "/geo" == "person/steve-witkoff/geo");
  CHECK("<" + a + ">" == "<person/steve-witkoff>");
  CHECK(a.substr(a.find('/') + 1) == "steve-witkoff");
  CHECK(a.rfind('/') == 6);
  std::string as_string = small;
  CHECK(as_string == "2026-01-22");
  std::ostringstream out;
  out << a << ' ' << small;
  CHECK(out.str() == "person/steve-witkoff 2026-01-22");
  std::vector<CompactString> v{a, b, small};
  std::sort(v.begin(), v.end());
  CHECK(v[0] == "2026-01-22");
  CHECK(v[2] == "person/steve-witkoff");
  a.clear();
  CHECK(a.empty());
  CHECK(a == "");
}

TEST_CASE("OptionalGeo reads as an optional and copies its coordinates") {
  ng::graph::OptionalGeo none, g(ng::graph::Geo{46.8, 9.8});
  CHECK_FALSE(none);
  CHECK_FALSE(none.has_value());
  REQUIRE(g);
  CHECK(g->latitude == 46.8);
  ng::graph::OptionalGeo copy = g;
  g.reset();
  CHECK_FALSE(g);
  REQUIRE(copy);
  CHECK((*copy).longitude == 9.8);
  CHECK(sizeof(ng::graph::OptionalGeo) == 8);
}

// The graph of a 1 GB input holds some 5 million nodes and 3 million reports: each byte
// of these records is some 5 MB of its peak memory.
TEST_CASE("Node and Report stay compact") {
  CHECK(sizeof(ng::graph::Node) <= 176);
  CHECK(sizeof(ng::graph::Report) <= 96);
}

TEST_CASE("KeyedLists: each key's vertices in the order added, once, and nothing under other keys") {
  ng::graph::KeyedLists index;
  auto list = [&](std::string_view key) {
    std::vector<uint32_t> out;
    for (uint32_t v : index.find(key)) out.push_back(v);
    return out;
  };
  CHECK(index.find("biden").empty());
  index.add("biden", 7);
  index.add("person/a-name-longer-than-fifteen-bytes", 3);
  index.add("biden", 2);
  index.add("biden", 7);  // already there
  index.add("biden", 9);
  CHECK(list("biden") == std::vector<uint32_t>{7, 2, 9});
  CHECK(list("person/a-name-longer-than-fifteen-bytes") == std::vector<uint32_t>{3});
  CHECK(list("bide").empty());
  CHECK(index.keys() == 2);
  // Many keys: every list intact after the table and the arrays have grown.
  for (uint32_t i = 0; i < 20000; ++i) index.add("k" + std::to_string(i % 5000), i);
  CHECK(index.keys() == 5002);
  CHECK(list("k4999") == std::vector<uint32_t>{4999, 9999, 14999, 19999});
  CHECK(list("biden") == std::vector<uint32_t>{7, 2, 9});
}
