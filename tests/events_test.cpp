// The event patterns on hand-built documents (tests/events_builder.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/error.h"
#include "events/extractor.h"
#include "events/lexicon.h"
#include "events_builder.h"
#include "tokenize/tokenizer.h"

using ng::core::Document;
using ng::core::EntityType;
using ng::core::EventKind;

using events_test::Builder;
using events_test::of_kind;
using events_test::who;
using events_test::speakers;

TEST_CASE("coordinated subject held a meeting with an object, dated by the clause's timex") {
  Builder b("On Tuesday, January 20, Witkoff and Kushner held a meeting with Kirill Dmitriev, the head of Russia's fund.");
  b.entity(EntityType::Person, "Steve Witkoff", {"Witkoff"});
  b.entity(EntityType::Person, "Jared Kushner", {"Kushner"});
  b.entity(EntityType::Person, "Kirill Dmitriev");
  b.entity(EntityType::Place, "Russia");
  b.timex("Tuesday, January 20", "2026-01-20");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == std::vector<std::string>{"Jared Kushner", "Kirill Dmitriev", "Steve Witkoff"});
  CHECK(m[0]->date == "2026-01-20");
  CHECK(m[0]->status == ng::core::Status::Occurred);
  CHECK(m[0]->mode == ng::core::Mode::InPerson);
}

TEST_CASE("a list of counterparts gives one meeting each unless they met together") {
  Builder b("Kerry met with Ann Lee, Bo Chan and Cy Diaz in Cairo. Kerry held a trilateral meeting with Ann Lee and Bo Chan.");
  b.entity(EntityType::Person, "John Kerry", {"Kerry"});
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  b.entity(EntityType::Person, "Cy Diaz");
  b.entity(EntityType::Place, "Cairo");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 4);
  CHECK(who(doc, *m[0]) == std::vector<std::string>{"Ann Lee", "John Kerry"});
  CHECK(doc.entities[m[0]->place].name == "Cairo");
  CHECK(who(doc, *m[3]) == std::vector<std::string>{"Ann Lee", "Bo Chan", "John Kerry"});
  // the number of parties said as a compound ("three-way", "four-party") says together too
  for (const char* joint : {"a three-way summit", "tripartite talks", "four-party talks"}) {
    CAPTURE(joint);
    Builder c(std::string("Kerry hosted Ann Lee and Bo Chan for ") + joint + " in Cairo.");
    c.entity(EntityType::Person, "John Kerry", {"Kerry"});
    c.entity(EntityType::Person, "Ann Lee");
    c.entity(EntityType::Person, "Bo Chan");
    c.entity(EntityType::Place, "Cairo");
    auto& d = c.run();
    auto j = of_kind(d, EventKind::Meeting);
    REQUIRE(j.size() == 1);
    CHECK(who(d, *j[0]) == std::vector<std::string>{"Ann Lee", "Bo Chan", "John Kerry"});
  }
}

TEST_CASE("status cues: scheduled is planned, hopes is no meeting, called off is cancelled") {
  Builder b("The meeting between Ann Lee and Bo Chan is scheduled for Friday. Cy Diaz hopes to meet Ann Lee. "
            "Bo Chan called off talks with Cy Diaz.");
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  b.entity(EntityType::Person, "Cy Diaz");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(m[0]->status == ng::core::Status::Planned);
  CHECK(who(doc, *m[1]) == std::vector<std::string>{"Bo Chan", "Cy Diaz"});
  CHECK(m[1]->status == ng::core::Status::Cancelled);
}

TEST_CASE("a readout title carries its participants into the body; statements take the meeting date") {
  Builder b("President Biden met virtually on November 15 with President Xi. The two leaders discussed trade. "
            "President Biden underscored the need for guardrails.\n\nHe noted the risks.",
            "2021-11-16", "Readout of President Biden\xE2\x80\x99s Virtual Meeting with President Xi Jinping");
  b.entity(EntityType::Person, "Joseph R. Biden", {"Biden"}, "President");
  b.entity(EntityType::Person, "Xi Jinping", {"Xi"}, "President");
  b.timex("November 15", "2021-11-15");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == std::vector<std::string>{"Joseph R. Biden", "Xi Jinping"});
  CHECK(m[0]->date == "2021-11-15");
  CHECK(m[0]->mode == ng::core::Mode::Call);
  auto s = of_kind(doc, EventKind::Statement);
  REQUIRE(s.size() == 2);
  for (auto* st : s) {
    CHECK(doc.entities[st->participants[0].entity].name == "Joseph R. Biden");
    CHECK(st->date == "2021-11-15");
  }
  CHECK(doc.view(s[1]->participants[0].span) == "He");
}

TEST_CASE("X said he met Y: a statement and a meeting that X claims") {
  Builder b("Ann Lee said he met Bo Chan yesterday.", "2026-01-22");
  int ann = b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  b.timex("yesterday", "2026-01-21");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  auto s = of_kind(doc, EventKind::Statement);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->participants[0].entity == ann);
  REQUIRE(m.size() == 1);
  CHECK(m[0]->claimed_by == ann);
  CHECK(m[0]->date == "2026-01-21");
}

TEST_CASE("organisations speak; inverted attribution; transcript turns") {
  Builder b("The deal is done, with the Kremlin confirming the meeting.\n\"It is late,\" said Ann Lee.\n"
            "PRESIDENT BIDEN: I am happy to have President Rivlin here.",
            "2026-01-22");
  b.entity(EntityType::Organization, "Kremlin");
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Biden", {"PRESIDENT BIDEN"});
  b.entity(EntityType::Person, "Rivlin");
  auto& doc = b.run();
  auto s = of_kind(doc, EventKind::Statement);
  CHECK(speakers(doc) == std::vector<std::string>{"Kremlin", "Ann Lee", "Biden"});
  for (auto* st : s) CHECK(st->date == "2026-01-22");
}

TEST_CASE("trips: will travel to a list of places; arrive in") {
  Builder b("Blinken will travel to Cambodia and Rwanda on August 2. Witkoff and Kushner arrive in Moscow today.",
            "2022-07-29");
  b.entity(EntityType::Person, "Antony Blinken", {"Blinken"});
  b.entity(EntityType::Place, "Cambodia");
  b.entity(EntityType::Place, "Rwanda");
  b.entity(EntityType::Person, "Steve Witkoff", {"Witkoff"});
  b.entity(EntityType::Person, "Jared Kushner", {"Kushner"});
  b.entity(EntityType::Place, "Moscow");
  b.timex("August 2", "2022-08-02");
  b.timex("today", "2022-07-29");
  auto& doc = b.run();
  auto t = of_kind(doc, EventKind::Travel);
  REQUIRE(t.size() == 3);
  CHECK(doc.entities[t[0]->place].name == "Cambodia");
  CHECK(t[0]->status == ng::core::Status::Planned);
  CHECK(t[0]->date == "2022-08-02");
  CHECK(doc.entities[t[1]->place].name == "Rwanda");
  CHECK(who(doc, *t[2]) == std::vector<std::string>{"Jared Kushner", "Steve Witkoff"});
  CHECK(t[2]->status == ng::core::Status::Occurred);
}

TEST_CASE("a malformed lexicon is an error naming the file and line") {
  ng::events::Options o;
  o.lexicon_path = "/nonexistent/lexicon.tsv";
  CHECK_THROWS_AS(ng::events::EventExtractor{o}, ng::core::Error);
}

TEST_CASE("the word lists the patterns read are lexicon classes, each loaded with its words") {
  using namespace ng::events;
  auto lex = Lexicon::load(NEWSGRAPH_SOURCE_DIR "/data/events_lexicon.tsv");
  const std::pair<const char*, WordClasses> samples[] = {
      {"commented", kSayInverted}, {"confirming", kSayPlain}, {"welcomed", kHostVerb}, {"meets", kMeetLemma},
      {"calling", kCallVerb},      {"fourth", kOrdinal},      {"teams", kDelegation},  {"headed", kLedBy},
      {"renewed", kAgain},         {"required", kNeeded},     {"leaves", kLeaveVerb},  {"leading", kLeadVerb},
      {"flew", kPastForm},         {"citing", kOpener}};
  for (const auto& sample : samples) {
    const char* word = sample.first;
    CAPTURE(word);
    CHECK((lex.classes(word) & sample.second) != 0);
  }
  // "told": its name after it is the listener, not the speaker
  CHECK((lex.classes("told") & kSayInverted) == 0);
}

TEST_CASE("a lexicon's count words give their numbers; a bad count names its file and line") {
  auto lex = ng::events::Lexicon::load(NEWSGRAPH_SOURCE_DIR "/data/events_lexicon.tsv");
  CHECK(lex.count("five") == 5);
  CHECK(lex.count("twelve") == 12);
  CHECK(lex.count("leaders") == 0);
  std::string path = (std::filesystem::temp_directory_path() / "events_test_bad_lexicon.tsv").string();
  for (const char* bad : {"five\tcount=\n", "five\tcount=x5\n", "five\tcount=0\n", "five\tcount=123456\n"}) {
    {
      std::ofstream f(path);
      f << "two\tcount=2\n" << bad;
    }
    try {
      ng::events::Lexicon::load(path);
      FAIL("no error for: " << bad);
    } catch (const ng::core::Error& e) {
      CHECK(std::string(e.what()).find(path + ":2") != std::string::npos);
    }
  }
  std::remove(path.c_str());
}

TEST_CASE("first names of one gender load; a bad line names its file and line") {
  ng::events::Lexicon lex;
  lex.load_genders(NEWSGRAPH_SOURCE_DIR "/data/first_names_gender.tsv");
  CHECK(lex.gender_of("margaret") == 'f');
  CHECK(lex.gender_of("john") == 'm');
  CHECK(lex.gender_of("xi") == 0);
  std::string path = (std::filesystem::temp_directory_path() / "events_test_bad_genders.tsv").string();
  for (const char* bad : {"ann\n", "ann\tfemme\n", "\tmale\n"}) {
    {
      std::ofstream f(path);
      f << "bo\tmale\n" << bad;
    }
    try {
      lex.load_genders(path);
      FAIL("no error for: " << bad);
    } catch (const ng::core::Error& e) {
      CHECK(std::string(e.what()).find(path + ":2") != std::string::npos);
    }
  }
  std::remove(path.c_str());
}
