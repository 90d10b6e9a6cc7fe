// Meeting dates on hand-built documents (see events_builder.h): which time expression
// dates which meeting, lists of dates, and sessions that continue a reported meeting.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "events/run.h"
#include "events_builder.h"

using events_test::Builder;
using events_test::of_kind;
using events_test::who;
using ng::core::EntityType;
using ng::core::EventKind;
using ng::core::Status;
using Names = std::vector<std::string>;

namespace {

std::vector<std::string> dates(const std::vector<const ng::core::Event*>& m) {
  std::vector<std::string> out;
  for (const auto* ev : m) out.push_back(ev->date);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a time after one meeting's phrase dates that meeting, not the next one") {
  Builder b(
      "Ann Lee met Bo Chan on Monday and held talks with Cy Diaz on Tuesday. "
      "The talks followed an earlier round with Di Eng here last September and the first direct talks "
      "between Ann Lee and Ed Fox in January.",
      "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng", "Ed Fox"});
  b.timex("Monday", "2026-01-19");
  b.timex("Tuesday", "2026-01-20");
  b.timex("last September", "2025-09");
  b.timex("January", "2026-01");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 3);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(m[0]->date == "2026-01-19");
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Cy Diaz"});
  CHECK(m[1]->date == "2026-01-20");
  CHECK(who(doc, *m[2]) == Names{"Ann Lee", "Ed Fox"});
  CHECK(m[2]->date == "2026-01");
}

TEST_CASE("a time in a relative clause before the event, closed by a comma, dates that clause, not the event") {
  // "who spoke to Bo Chan on Wednesday" tells its own time; the visit takes Friday's
  Builder b("Ann Lee, who spoke to Bo Chan on Wednesday, will visit Cairo on Friday.", "2026-01-22");
  b.people({"Ann Lee", "Bo Chan"});
  b.entity(EntityType::Place, "Cairo");
  b.timex("Wednesday", "2026-01-21");
  b.timex("Friday", "2026-01-23");
  b.tree(0,
         "PROPN 12 nsubj | PROPN 1 flat | PUNCT 5 punct | PRON 5 nsubj | VERB 1 acl:relcl | ADP 7 case | "
         "PROPN 5 obl | PROPN 7 flat | ADP 10 case | PROPN 5 obl | PUNCT 5 punct | AUX 13 aux | VERB 0 root | "
         "PROPN 13 obj | ADP 16 case | PROPN 13 obl | PUNCT 13 punct");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(m[0]->date == "2026-01-21");
  auto trips = of_kind(doc, EventKind::Travel);
  REQUIRE(trips.size() == 1);
  CHECK(trips[0]->date == "2026-01-23");
}

TEST_CASE("a time in a fronted phrase about the summit dates the meeting at it") {
  Builder b("On the margins of the summit in Bali on November 14, Ann Lee met Bo Chan to discuss the 2028 elections.",
            "2026-11-15");
  b.people({"Ann Lee", "Bo Chan"});
  b.entity(EntityType::Place, "Bali");
  b.timex("November 14", "2026-11-14");
  b.timex("2028", "2028");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(m[0]->date == "2026-11-14");
}

TEST_CASE("a time that opens its own clause dates the meeting after it") {
  Builder b("Ann Lee met Bo Chan in Oslo, and on Friday she held talks with Cy Diaz in Bergen last year.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  b.timex("Friday", "2026-01-16");
  b.timex("last year", "2025");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Cy Diaz"});
  CHECK(m[1]->date == "2026-01-16");
}

TEST_CASE("a meeting on a list of dates is one meeting on each of them") {
  // the tagger gives "March 3 and 4" as a span on its first day and the second day alone
  Builder b("On March 3 and 4, Ann Lee held talks with Bo Chan in Oslo.", "2026-03-05");
  b.people({"Ann Lee", "Bo Chan"});
  b.timex("March 3", "2026-03-03", "2026-03-04");
  b.timex("4", "2026-03-04");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(dates(m) == Names{"2026-03-03", "2026-03-04"});
  for (auto* ev : m) CHECK(who(doc, *ev) == Names{"Ann Lee", "Bo Chan"});
}

TEST_CASE("months in a list, and what is not a list: a span, an apposition") {
  SUBCASE("months") {
    Builder b("Ann Lee will meet Bo Chan in May, in July and in October.", "2026-01-22");
    b.people({"Ann Lee", "Bo Chan"});
    b.timex("May", "2026-05");
    b.timex("July", "2026-07");
    b.timex("October", "2026-10");
    auto& doc = b.run();
    auto m = of_kind(doc, EventKind::Meeting);
    REQUIRE(m.size() == 3);
    CHECK(dates(m) == Names{"2026-05", "2026-07", "2026-10"});
    for (auto* ev : m) CHECK(ev->status == Status::Planned);
  }
  SUBCASE("a span between two days") {
    Builder b("Ann Lee held talks with Bo Chan between March 3 and 5.", "2026-03-06");
    b.people({"Ann Lee", "Bo Chan"});
    b.timex("March 3", "2026-03-03", "2026-03-05");
    b.timex("5", "2026-03-05");
    auto& doc = b.run();
    auto m = of_kind(doc, EventKind::Meeting);
    REQUIRE(m.size() == 1);
    CHECK(m[0]->date == "2026-03-03/2026-03-05");
  }
  SUBCASE("a date that opens a clause of its own") {
    Builder b("Ann Lee met Bo Chan in March and in June signed a treaty.", "2026-07-01");
    b.people({"Ann Lee", "Bo Chan"});
    b.timex("March", "2026-03");
    b.timex("June", "2026-06");
    auto& doc = b.run();
    auto m = of_kind(doc, EventKind::Meeting);
    REQUIRE(m.size() == 1);
    CHECK(m[0]->date == "2026-03");
  }
  SUBCASE("an apposition") {
    Builder b("Ann Lee met Bo Chan on Tuesday, March 3, in Oslo.", "2026-03-06");
    b.people({"Ann Lee", "Bo Chan"});
    b.timex("Tuesday", "2026-03-03");
    b.timex("March 3", "2026-03-03");
    auto& doc = b.run();
    auto m = of_kind(doc, EventKind::Meeting);
    REQUIRE(m.size() == 1);
    CHECK(m[0]->date == "2026-03-03");
  }
}

TEST_CASE("'further discussions' on a list of months: sessions of the meeting told last") {
  Builder b(
      "Ann Lee held talks with Bo Chan and Cy Diaz, the two premiers. "
      "After five hours of talks, Lee said further discussions would be held in June and September.",
      "2026-03-12");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  b.timex("June", "2026-06");
  b.timex("September", "2026-09");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  std::vector<const ng::core::Event*> later;
  for (auto* ev : m)
    if (ev->sentence == 1) later.push_back(ev);
  REQUIRE(later.size() == 2);
  CHECK(dates(later) == Names{"2026-06", "2026-09"});
  for (auto* ev : later) CHECK(who(doc, *ev) == Names{"Ann Lee", "Bo Chan", "Cy Diaz"});
}

TEST_CASE("'the next Forum meeting': a session of the latest meeting when no main clause told one") {
  Builder b(
      "Further to the summit held in March, the governments of Avalon, Brill and Corvia held the first "
      "meeting of the Harbour Forum in Dorne on June 2. The meeting went well.\n\n"
      "We look forward to the next Harbour Forum Ministerial meeting later this year.",
      "2026-06-02");
  b.entity(EntityType::Place, "Avalon");
  b.entity(EntityType::Place, "Brill");
  b.entity(EntityType::Place, "Corvia");
  b.entity(EntityType::Place, "Dorne");
  b.entity(EntityType::Organization, "Harbour Forum");
  b.timex("March", "2026-03");
  b.timex("June 2", "2026-06-02");
  b.timex("later this year", "2026");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(m[1]->date == "2026");
  CHECK(m[1]->status == Status::Planned);
  CHECK(who(doc, *m[1]) == Names{"Avalon", "Brill", "Corvia"});
}

TEST_CASE("'the next round of talks' is a session too") {
  Builder b("Ann Lee and Bo Chan met in Oslo on Monday. The next round of talks will be held in Bergen on March 5.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan"});
  b.timex("Monday", "2026-01-19");
  b.timex("March 5", "2026-03-05");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(m[1]->date == "2026-03-05");
  CHECK(m[1]->status == Status::Planned);
}

TEST_CASE("not a session: none held or set, a trip, a counterpart of its own, an outsider's meeting") {
  Builder b(
      "Ann Lee met Bo Chan on Monday. Lee said no further talks were planned. "
      "Lee will make another visit in May. Lee wants further talks with the rebels. "
      "Cy Diaz said the next meeting is in June.",
      "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  b.timex("Monday", "2026-01-19");
  b.timex("May", "2026-05");
  b.timex("June", "2026-06");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(m[0]->date == "2026-01-19");
}

TEST_CASE("not a session: talks called for or needed") {
  for (const char* later : {"Bo Chan called for fresh talks in April.", "Further talks are needed in April."}) {
    Builder b(std::string("Ann Lee met Bo Chan on Monday. ") + later, "2026-01-22");
    b.people({"Ann Lee", "Bo Chan"});
    b.timex("Monday", "2026-01-19");
    b.timex("April", "2026-04");
    auto& doc = b.run();
    std::string sentence = later;
    CAPTURE(sentence);
    CHECK(of_kind(doc, EventKind::Meeting).size() == 1);
  }
}

TEST_CASE("a session the group's reporter announces; not one a party outside the group holds") {
  Builder b(
      "Ann Lee met Bo Chan in Oslo on Monday. Norpress said further talks would be held in April. "
      "Avalon will host the next summit in 2027. In Avalon, officials said another meeting was set for June.",
      "2026-01-22");
  b.people({"Ann Lee", "Bo Chan"});
  b.entity(EntityType::Organization, "Norpress");
  b.entity(EntityType::Place, "Avalon");
  b.entity(EntityType::Place, "Oslo");
  b.timex("Monday", "2026-01-19");
  b.timex("April", "2026-04");
  b.timex("2027", "2027");
  b.timex("June", "2026-06");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 3);
  CHECK(dates(m) == Names{"2026-01-19", "2026-04", "2026-06"});
  for (auto* ev : m) CHECK(who(doc, *ev) == Names{"Ann Lee", "Bo Chan"});
}

TEST_CASE("a meeting on a tour told earlier takes the dates of the trip its sentence tells") {
  Builder b(
      "Ann Lee traveled to Avalon and Brill on March 3-6 to discuss trade.\n\n"
      "In Avalon, Lee met Bo Chan, the prime minister.\n\n"
      "Cy Diaz met Di Eng.",
      "2026-03-10");
  b.entity(EntityType::Person, "Ann Lee", {"Lee"});
  b.people({"Bo Chan", "Cy Diaz", "Di Eng"});
  b.entity(EntityType::Place, "Avalon");
  b.entity(EntityType::Place, "Brill");
  b.timex("March 3-6", "2026-03-03", "2026-03-06");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(m[0]->date == "2026-03-03/2026-03-06");
  CHECK(m[1]->date == "2026-03-10");  // no trip of theirs: the document date
}

// The date basis: where each meeting's date came from.
TEST_CASE("date basis: the clause's own date, the paragraph's, the document date's source") {
  using ng::core::DateBasis;
  Builder b(
      "Ann Lee met Bo Chan on Monday in the capital.\n"
      "On Tuesday the envoys arrived. Ann Lee later met Cy Diaz.\n"
      "Ann Lee also held talks with Di Eng.",
      "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng"});
  b.timex("Monday", "2026-01-19");
  b.timex("Tuesday", "2026-01-20");
  b.doc.dct_basis = DateBasis::Dateline;
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 3);
  CHECK(m[0]->date == "2026-01-19");
  CHECK(m[0]->date_basis == DateBasis::Stated);
  CHECK(m[1]->date == "2026-01-20");
  CHECK(m[1]->date_basis == DateBasis::Paragraph);
  // no date in its paragraph or lead: the dateline's date, and it says so
  CHECK(who(doc, *m[2]) == Names{"Ann Lee", "Di Eng"});
  CHECK(m[2]->date_basis == DateBasis::Article);  // the lead meeting's date (Monday's)
  CHECK(m[2]->date == "2026-01-19");
}

TEST_CASE("date basis: with no date in the text, the document date and where it came from") {
  using ng::core::DateBasis;
  for (DateBasis source : {DateBasis::Dateline, DateBasis::Publication}) {
    Builder b("Ann Lee held talks with Bo Chan.", "2021-06-23");
    b.people({"Ann Lee", "Bo Chan"});
    b.doc.dct_basis = source;
    auto& doc = b.run();
    auto m = of_kind(doc, EventKind::Meeting);
    REQUIRE(m.size() == 1);
    CHECK(m[0]->date == "2021-06-23");
    CHECK(m[0]->date_basis == source);
    CHECK_FALSE(ng::core::date_from_text(m[0]->date_basis));
  }
}

TEST_CASE("a week dates an event as the interval of its days, Monday to Sunday") {
  Builder b("Ann Lee met Bo Chan last week. Ann Lee said last week that prices would rise.", "1987-03-31");
  b.people({"Ann Lee", "Bo Chan"});
  b.timex("last week", "1987-W13");
  size_t second = b.doc.text.find("last week", b.doc.text.find("last week") + 1);
  ng::core::Timex x = b.doc.timexes[0];
  x.span = {uint32_t(second), uint32_t(second + 9)};
  x.sentence = 1;
  b.doc.timexes.push_back(x);
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  auto s = of_kind(doc, EventKind::Statement);
  REQUIRE(m.size() == 1);
  REQUIRE(s.size() == 1);
  CHECK(m[0]->date == "1987-03-23/1987-03-29");
  CHECK(s[0]->date == "1987-03-23/1987-03-29");
  // a week number outside 1..53 is no date
  CHECK(ng::events::detail::calendar_date("1987-W54", "1987-03-31").empty());
  CHECK(ng::events::detail::calendar_date("2026-W01", "2026-01-02") == "2025-12-29/2026-01-04");
}

TEST_CASE("a dateline's date is the scene's, not a time of the clause after it") {
  // the dateline's date and "in May" stand as far from "met": the clause's own wins
  Builder b("LONDON, May 4 - Ann Lee met Bo Chan in April.", "2024-05-04");
  b.people({"Ann Lee", "Bo Chan"});
  b.doc.dateline = {b.doc.body.begin, b.doc.body.begin + uint32_t(std::string("LONDON, May 4").size())};
  b.timex("May 4", "2024-05-04");
  b.timex("April", "2024-04");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(m[0]->date == "2024-04");
}
