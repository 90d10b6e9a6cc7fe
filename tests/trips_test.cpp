// Trip patterns on hand-built documents (tests/events_builder.h): who goes where, when.
#include "events_builder.h"

using namespace events_test;

namespace {

// "who>place date status" per trip, in order.
std::vector<std::string> trips(const Document& doc) {
  std::vector<std::string> out;
  for (auto* t : of_kind(doc, EventKind::Travel)) {
    std::string s;
    for (const auto& n : who(doc, *t)) s += n + ",";
    s += ">" + doc.entities[t->place].name + " " + t->date + " " + ng::core::to_string(t->status);
    out.push_back(s);
  }
  return out;
}

// The trips the tree `spec` of the one sentence `body` gives, with the people Ann Lee and
// Bo Chan and the place Oslo.
std::vector<std::string> oslo_trips(const std::string& body, const std::string& spec) {
  Builder b(body, "2024-05-04");
  b.people({"Ann Lee", "Bo Chan"});
  b.entity(EntityType::Place, "Oslo");
  b.tree(0, spec);
  return trips(b.run());
}

}  // namespace

TEST_CASE("a travel verb after 'to' or a modal is a verb, not a noun") {
  Builder b("Baker was scheduled to visit Belgium this week. Ann Lee will visit Oslo. Bo Chan's visit to Rome ended.",
            "1987-10-19");
  b.entity(EntityType::Person, "James Baker", {"Baker"});
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  b.entity(EntityType::Place, "Belgium");
  b.entity(EntityType::Place, "Oslo");
  b.entity(EntityType::Place, "Rome");
  b.timex("this week", "1987-W43");
  auto& doc = b.run();
  // "this week": the days of that week, as the guidelines write a span of days
  CHECK(trips(doc) == std::vector<std::string>{"James Baker,>Belgium 1987-10-19/1987-10-25 planned", "Ann Lee,>Oslo  planned",
                                               "Bo Chan,>Rome  occurred"});
}

TEST_CASE("leading a delegation to a place is a trip; leading talks is not") {
  Builder b("Vice President Kamala Harris today led a Presidential Delegation to Abu Dhabi to offer condolences. "
            "Ann Lee led the talks to Oslo's satisfaction.",
            "2022-05-16");
  b.entity(EntityType::Person, "Kamala Harris", {}, "Vice President");
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Place, "Abu Dhabi");
  b.entity(EntityType::Place, "Oslo");
  b.timex("today", "2022-05-16");
  auto& doc = b.run();
  CHECK(trips(doc) == std::vector<std::string>{"Kamala Harris,>Abu Dhabi 2022-05-16 occurred"});
}

TEST_CASE("the place a relative clause hangs on: 'Norway, which he visited'") {
  Builder b("Rilwanu Lukman spoke. He said Norway, which he visited last month, had pledged cooperation.", "1987-06-19");
  b.entity(EntityType::Person, "Rilwanu Lukman");
  b.entity(EntityType::Place, "Norway");
  b.timex("last month", "1987-05");
  auto& doc = b.run();
  CHECK(trips(doc) == std::vector<std::string>{"Rilwanu Lukman,>Norway 1987-05 occurred"});
}

TEST_CASE("an itinerary: after a trip, 'In <place>, X ...' is a trip of X there") {
  Builder b("Secretary Blinken will travel to South Africa August 7-9.\n\n"
            "In Pretoria, he will lead the delegation to the dialogue.\n\n"
            "In Manila, the Philippines, on August 6, the Secretary will meet President Marcos.\n\n"
            "In Washington, President Marcos met Ann Lee.",
            "2022-07-29");
  b.entity(EntityType::Person, "Antony J. Blinken", {"Blinken"}, "Secretary");
  b.entity(EntityType::Person, "Ferdinand Marcos", {"Marcos"}, "President");
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Place, "South Africa");
  b.entity(EntityType::Place, "Pretoria");
  b.entity(EntityType::Place, "Manila");
  b.entity(EntityType::Place, "Philippines");
  b.entity(EntityType::Place, "Washington");
  b.timex("August 7-9", "2022-08-07", "2022-08-09");
  b.timex("August 6", "2022-08-06");
  auto& doc = b.run();
  // Marcos has made no trip: "In Washington, ..." is no trip of his
  CHECK(trips(doc) == std::vector<std::string>{"Antony J. Blinken,>South Africa 2022-08-07/2022-08-09 planned",
                                               "Antony J. Blinken,>Pretoria 2022-08-07/2022-08-09 planned",
                                               "Antony J. Blinken,>Manila 2022-08-06 planned"});
}

TEST_CASE("companions: 'X was joined by A; B; and C' after a trip of X") {
  Builder b("From September 30 to October 2, Jill Biden traveled to Mexico City.\n"
            "The First Lady was joined by Secretary Xavier Becerra; Senator Chris Coons; and Mayor Regina Romero.\n"
            "Ann Lee was joined by Bo Chan at dinner.",
            "2024-10-03");
  b.entity(EntityType::Person, "Jill Biden", {}, "First Lady");
  b.entity(EntityType::Person, "Xavier Becerra");
  b.entity(EntityType::Person, "Chris Coons");
  b.entity(EntityType::Person, "Regina Romero");
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  b.entity(EntityType::Place, "Mexico City");
  b.timex("September 30 to October 2", "2024-09-30", "2024-10-02");
  auto& doc = b.run();
  // Ann Lee made no trip: her company is no trip
  CHECK(trips(doc) ==
        std::vector<std::string>{"Jill Biden,>Mexico City 2024-09-30/2024-10-02 occurred",
                                 "Chris Coons,Regina Romero,Xavier Becerra,>Mexico City 2024-09-30/2024-10-02 occurred"});
}

TEST_CASE("tree trips: a travel noun's traveller and destination by relation") {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      // the possessor and the to-phrase, past a phrase between them
      {"The long-awaited and much-discussed visit of Bo Chan to Rome ended.", {"Bo Chan,>Rome  occurred"}},
      // the subject of the verb the noun is an adjunct of
      {"Bo Chan, the trade minister, spoke to farmers at the end of a visit to Rome.", {"Bo Chan,>Rome  occurred"}},
      // a place as possessor is no traveller
      {"Rome's visit to Oslo ended.", {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    for (bool parse : {false, true}) {
      Builder b(c.text, "1987-10-19");
      b.entity(EntityType::Person, "Bo Chan");
      b.entity(EntityType::Place, "Rome");
      b.entity(EntityType::Place, "Oslo");
      if (parse) b.parse();
      CHECK(trips(b.run()) == (parse ? c.expected : std::vector<std::string>{}));
    }
  }
}

TEST_CASE("landing in a place and returning to it are trips there") {
  Builder b("Ann Lee landed in Oslo on Monday. Bo Chan returned to Rome. Ivo Petrov returned to power.", "2026-03-04");
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  b.entity(EntityType::Person, "Ivo Petrov");
  b.entity(EntityType::Place, "Oslo");
  b.entity(EntityType::Place, "Rome");
  b.timex("Monday", "2026-03-02");
  auto got = trips(b.run());
  std::string all;
  for (const auto& g : got) all += g + "|";
  CAPTURE(all);
  CHECK(got == std::vector<std::string>{"Ann Lee,>Oslo 2026-03-02 occurred", "Bo Chan,>Rome  occurred"});
}

TEST_CASE("a verb of travel whose object is where: 'toured Kampala', not 'toured a factory'") {
  Builder b("Ann Lee toured Kampala on Monday. Bo Chan toured a factory.", "2026-03-04");
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  b.entity(EntityType::Place, "Kampala");
  b.timex("Monday", "2026-03-02");
  CHECK(trips(b.run()) == std::vector<std::string>{"Ann Lee,>Kampala 2026-03-02 occurred"});
}

TEST_CASE("'heads to', 'is heading to' a place is a trip; the heads of a body are no verb") {
  Builder b("Ann Lee heads to Oslo. Bo Chan is heading to Rome. The heads of state met in Oslo.", "2024-05-04");
  b.people({"Ann Lee", "Bo Chan"});
  b.entity(EntityType::Place, "Oslo");
  b.entity(EntityType::Place, "Rome");
  auto& doc = b.run();
  CHECK(trips(doc) == std::vector<std::string>{"Ann Lee,>Oslo  occurred", "Bo Chan,>Rome  occurred"});
}

TEST_CASE("tree: 'X is in Oslo for a state visit' is a trip of X to Oslo") {
  auto t = oslo_trips("Ann Lee is in Oslo for a state visit.",
                      "PROPN 5 nsubj | PROPN 1 flat | AUX 5 cop | ADP 5 case | PROPN 0 root | ADP 9 case | DET 9 det | "
                      "NOUN 9 compound | NOUN 5 nmod | PUNCT 5 punct");
  REQUIRE(t.size() == 1);
  CHECK(t[0].rfind("Ann Lee,>Oslo ", 0) == 0);
}

TEST_CASE("tree: 'X, in Oslo for a visit, said' is a trip of X to Oslo that took place") {
  auto t = oslo_trips(
      "Ann Lee, in Oslo for a visit, told reporters prices would rise.",
      "PROPN 10 nsubj | PROPN 1 flat | PUNCT 5 punct | ADP 5 case | PROPN 1 nmod | ADP 8 case | DET 8 det | "
      "NOUN 1 nmod | PUNCT 1 punct | VERB 0 root | NOUN 10 iobj | NOUN 14 nsubj | AUX 14 aux | VERB 10 ccomp | "
      "PUNCT 10 punct");
  REQUIRE(t.size() == 1);
  CHECK(t[0].rfind("Ann Lee,>Oslo ", 0) == 0);
  CHECK(t[0].find("occurred") != std::string::npos);
}

TEST_CASE("tree: a visit that an open complement makes is the subject's of the verb governing it") {
  // "X is scheduled to make a visit to Y": "make" has no subject of its own
  auto t = oslo_trips(
      "Ann Lee is scheduled to make an official visit to Oslo.",
      "PROPN 4 nsubj:pass | PROPN 1 flat | AUX 4 aux:pass | VERB 0 root | PART 6 mark | VERB 4 xcomp | DET 9 det | "
      "ADJ 9 amod | NOUN 6 obj | ADP 11 case | PROPN 9 nmod | PUNCT 4 punct");
  REQUIRE(t.size() == 1);
  CHECK(t[0].rfind("Ann Lee,>Oslo ", 0) == 0);
}

TEST_CASE("tree: a visit that is an adjunct of a clause, with no possessor before it, is the subject's trip") {
  // "During his visit to Oslo, A met B", "A, on a visit to Oslo, said"
  auto t = oslo_trips("During his visit to Oslo, Ann Lee met Bo Chan.",
                      "ADP 3 case | PRON 3 nmod:poss | NOUN 9 obl | ADP 5 case | PROPN 3 nmod | PUNCT 7 punct | "
                      "PROPN 9 nsubj | PROPN 7 flat | VERB 0 root | PROPN 9 obj | PROPN 10 flat | PUNCT 9 punct");
  REQUIRE(t.size() == 1);
  CHECK(t[0].rfind("Ann Lee,>Oslo ", 0) == 0);
  t = oslo_trips(
      "Ann Lee, on a visit to Oslo, said prices would rise.",
      "PROPN 10 nsubj | PROPN 1 flat | PUNCT 6 punct | ADP 6 case | DET 6 det | NOUN 10 obl | ADP 8 case | "
      "PROPN 6 nmod | PUNCT 6 punct | VERB 0 root | NOUN 13 nsubj | AUX 13 aux | VERB 10 ccomp | PUNCT 10 punct");
  REQUIRE(t.size() == 1);
  CHECK(t[0].rfind("Ann Lee,>Oslo ", 0) == 0);
}

TEST_CASE("'visiting X' under a dateline: a trip of X to the dateline city's country; not 'while visiting Oslo'") {
  auto run = [](const std::string& body) {
    Builder b(body, "1987-03-03");
    b.entity(EntityType::Place, "Japan");
    b.entity(EntityType::Place, "TOKYO");
    b.entity(EntityType::Place, "U.S.");
    b.entity(EntityType::Place, "Oslo");
    b.people({"Ann Lee", "Bo Chan"});
    b.doc.dateline_place = "Tokyo";
    b.doc.dateline_place_span = {0, 5};
    return trips(b.run());
  };
  CHECK(run("TOKYO - Japan should open its markets, visiting U.S. Under-Secretary Ann Lee told Bo Chan.") ==
        std::vector<std::string>{"Ann Lee,>Japan  occurred"});
  // a verb of visiting with its place: the trip is there, no one goes to Japan
  CHECK(run("TOKYO - Ann Lee, while visiting Oslo to advise Bo Chan, fell ill.") ==
        std::vector<std::string>{"Ann Lee,>Oslo  occurred"});
}
