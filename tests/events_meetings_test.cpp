// Meeting patterns, dates and status on hand-built documents (see events_builder.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "events_builder.h"

using events_test::Builder;
using events_test::of_kind;
using events_test::who;
using ng::core::EntityType;
using ng::core::EventKind;
using ng::core::Status;
using Names = std::vector<std::string>;

TEST_CASE("in a run-on sentence a meeting takes the date and place of its own stretch") {
  // The same clause many times over with no sentence end: each meeting is dated by the
  // timex beside it, never by one far away, and its place is the nearest one.
  std::string body;
  for (int i = 0; i < 60; ++i) body += "on Monday Ann Lee met Bo Chan in Cairo and ";
  body += "on January 30 Ann Lee met Cy Diaz in Oslo";
  Builder b(body, "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  b.entity(EntityType::Place, "Cairo");
  b.entity(EntityType::Place, "Oslo");
  b.timex("January 30", "2026-01-30");
  auto& doc = b.run();
  REQUIRE(doc.sentences.size() == 1);
  auto m = of_kind(doc, EventKind::Meeting);
  // the repeated meeting is one meeting per date: those far from "January 30" take the
  // document date, the last few (within the clause window) take January 30
  REQUIRE(m.size() == 3);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(m[0]->date == "2026-01-22");
  CHECK(doc.entities[m[0]->place].name == "Cairo");
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(m[1]->date == "2026-01-30");
  CHECK(who(doc, *m[2]) == Names{"Ann Lee", "Cy Diaz"});
  CHECK(m[2]->date == "2026-01-30");
  CHECK(m[2]->status == Status::Planned);
  CHECK(doc.entities[m[2]->place].name == "Oslo");
}

TEST_CASE("a planned meeting: shared auxiliary, no 'since' date, the visit's day ahead of the document date") {
  Builder b("Ann Lee begins a state visit on Tuesday.\n"
            "Ann Lee will hold talks with Bo Chan and meet Cy Diaz during the visit, her first since she took office "
            "in June 1982.",
            "1987-03-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  b.timex("Tuesday", "1987-03-24");
  b.timex("June 1982", "1982-06");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Cy Diaz"});
  for (auto* ev : m) {
    CHECK(ev->status == Status::Planned);
    CHECK(ev->date == "1987-03-24");
  }
}

TEST_CASE("talks a journey is for are planned; 'the U.S. envoys' are the envoys, not the country") {
  Builder b("Special Envoy Ann Lee and Bo Chan arrive in Oslo today for talks with Cy Diaz. "
            "The meeting between the U.S. envoys and Cy Diaz is scheduled to take place tonight. "
            "Bo Chan flew to Rome for talks with Di Eng.",
            "2026-01-22");
  b.entity(EntityType::Person, "Ann Lee", {}, "Special Envoy");
  b.people({"Bo Chan", "Cy Diaz", "Di Eng"});
  b.entity(EntityType::Place, "United States", {"U.S."});
  b.entity(EntityType::Place, "Oslo");
  b.entity(EntityType::Place, "Rome");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan", "Cy Diaz"});
  CHECK(m[0]->status == Status::Planned);
  CHECK(who(doc, *m[1]) == Names{"Bo Chan", "Di Eng"});
  CHECK(m[1]->status == Status::Occurred);
}

TEST_CASE("'the president of the bank of X, Name' is the person the apposition names") {
  Builder b("Bank president Ann Lee met yesterday with the president of the bank of Mexico, Bo Chan.", "1987-04-24");
  b.entity(EntityType::Person, "Ann Lee", {}, "president");
  b.people({"Bo Chan"});
  b.entity(EntityType::Place, "Mexico");
  b.timex("yesterday", "1987-04-23");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(m[0]->date == "1987-04-23");
}
