// Statement patterns on hand-built documents (tests/event_builder.h): who speaks, and when.
#include "events_builder.h"

using namespace events_test;

TEST_CASE("a passive verb of saying: the agent after 'by' speaks, dated by the timex after it") {
  Builder b("Talks resumed on a new offer announced by Mikhail Gorbachev last Saturday.", "1987-03-04");
  b.entity(EntityType::Person, "Mikhail Gorbachev");
  b.timex("last Saturday", "1987-02-28");
  auto& doc = b.run();
  auto s = of_kind(doc, EventKind::Statement);
  REQUIRE(s.size() == 1);
  CHECK(doc.entities[s[0]->participants[0].entity].name == "Mikhail Gorbachev");
  CHECK(s[0]->date == "1987-02-28");
  CHECK(doc.view(s[0]->trigger) == "announced");
}

TEST_CASE("a statement released by several governments: one statement per signatory") {
  Builder b("The text of the following statement was released by the Governments of Egypt, Israel, and Morocco.\n\n"
            "The idea was first proposed by Agriculture Minister Ann Lee.",
            "2022-06-27");
  b.entity(EntityType::Place, "Egypt");
  b.entity(EntityType::Place, "Israel");
  b.entity(EntityType::Place, "Morocco");
  b.entity(EntityType::Person, "Ann Lee");
  auto& doc = b.run();
  CHECK(speakers(doc) == std::vector<std::string>{"Egypt", "Israel", "Morocco", "Ann Lee"});
  for (auto* st : of_kind(doc, EventKind::Statement)) CHECK(st->date == "2022-06-27");
}

TEST_CASE("no speaker: a possessor after 'by', a text released without a statement noun, a passive") {
  Builder b("We share concerns raised by Iran's actions in the region. The photos were released by Egypt. "
            "Residents were warned by Ann Lee.",
            "2021-10-30");
  b.entity(EntityType::Place, "Iran");
  b.entity(EntityType::Place, "Egypt");
  b.entity(EntityType::Person, "Ann Lee");
  auto& doc = b.run();
  // "warned by Ann Lee": she warned them, a statement; the other two are not
  CHECK(speakers(doc) == std::vector<std::string>{"Ann Lee"});
}

TEST_CASE("sources close to X said: X is not the speaker; Y told him: Y is") {
  Builder b("Sources close to Deputy Prime Minister Arnaldo Forlani said Bettino Craxi told him he would resign.",
            "1987-02-27");
  b.entity(EntityType::Person, "Arnaldo Forlani");
  b.entity(EntityType::Person, "Bettino Craxi");
  auto& doc = b.run();
  CHECK(speakers(doc) == std::vector<std::string>{"Bettino Craxi"});
}

TEST_CASE("a pronoun after a closing quote is the previous speaker, not a name inside the quote") {
  Builder b("Margaret Thatcher said trade would grow. \"Mr Ryzhkov handed me a list,\" she told the meeting.",
            "1987-03-31");
  b.entity(EntityType::Person, "Margaret Thatcher");
  b.entity(EntityType::Person, "Nikolai Ryzhkov", {"Ryzhkov"});
  auto& doc = b.run();
  CHECK(speakers(doc) == std::vector<std::string>{"Margaret Thatcher", "Margaret Thatcher"});
  auto s = of_kind(doc, EventKind::Statement);
  REQUIRE(s.size() == 2);
  CHECK(doc.view(s[1]->participants[0].span) == "she");
}

TEST_CASE("a place speaks with a participle of a plain verb of saying, not with any verb") {
  Builder b("Readiness was signalled, with the Kremlin confirming the meeting. Moscow described the talks as useful.",
            "2026-01-22");
  b.entity(EntityType::Place, "Kremlin");
  b.entity(EntityType::Place, "Moscow");
  auto& doc = b.run();
  CHECK(speakers(doc) == std::vector<std::string>{"Kremlin"});
}

TEST_CASE("two-word verbs of saying: made clear, called for, called on X to") {
  Builder b("Special Representative West made clear the linkage between rights and ties.\n\n"
            "But he stressed that UMOA, which last month called for a new relationship with the IMF, was calm.\n\n"
            "Ann Lee called on Bo Chan to resign. Bo Chan called on Ann Lee in Paris.",
            "1987-03-30");
  b.entity(EntityType::Person, "Thomas West", {"West"}, "Special Representative");
  b.entity(EntityType::Organization, "UMOA");
  b.entity(EntityType::Organization, "IMF");
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  b.entity(EntityType::Place, "Paris");
  b.timex("last month", "1987-02");
  auto& doc = b.run();
  // "he stressed" is West again; "called on Ann Lee in Paris" is a visit
  CHECK(speakers(doc) == std::vector<std::string>{"Thomas West", "Thomas West", "UMOA", "Ann Lee"});
  auto s = of_kind(doc, EventKind::Statement);
  REQUIRE(s.size() == 4);
  CHECK(s[2]->date == "1987-02");
  CHECK(doc.view(s[2]->content).substr(0, 5) == "a new");
}

TEST_CASE("a joint statement issued after talks: the parties of the latest meeting speak") {
  Builder b("Ann Lee met Bo Chan on Monday. A joint statement issued after the talks said progress was made.",
            "2026-01-22");
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  b.timex("Monday", "2026-01-19");
  auto& doc = b.run();
  auto sp = speakers(doc);
  std::sort(sp.begin(), sp.end());
  CHECK(sp == std::vector<std::string>{"Ann Lee", "Bo Chan"});
}
