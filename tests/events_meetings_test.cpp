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
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  b.entity(EntityType::Person, "Cy Diaz");
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
