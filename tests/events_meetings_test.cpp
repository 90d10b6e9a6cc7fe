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

TEST_CASE("'the province premiers' are the people titled premier, and they meet as one body") {
  Builder b("Ann Lee said he held discussions with the Canadian province premiers. "
            "Alberta Premier Bo Chan agreed. Ontario Premier Cy Diaz and Premier Di Eng said more.",
            "1987-03-12");
  b.people({"Ann Lee"});
  b.entity(EntityType::Person, "Bo Chan", {}, "Premier");
  b.entity(EntityType::Person, "Cy Diaz", {}, "Premier");
  b.entity(EntityType::Person, "Di Eng", {}, "Premier");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng"});
}

TEST_CASE("a relative clause after the meeting tells its own time") {
  Builder b("Ann Lee held talks with Bo Chan, who arrived in Oslo yesterday.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  b.timex("yesterday", "2026-01-21");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(m[0]->date == "2026-01-22");
}

TEST_CASE("passives, future talks, and an object two verbs share") {
  Builder b("Ann Lee spoke at a reception hosted by Bo Chan. "
            "Ann Lee said her bank would join future credit talks with Cy Diaz. "
            "At the dinner Ann Lee met with and congratulated Di Eng.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng"});
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Di Eng"});
}

TEST_CASE("'senior Rwandan government officials' are Rwanda's side when no one there is named") {
  Builder b("Ann Lee will travel to Rwanda. There she will meet with senior Rwandan government officials.",
            "2022-07-29");
  b.people({"Ann Lee"});
  b.entity(EntityType::Place, "Rwanda");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Rwanda"});
  CHECK(doc.view(m[0]->participants[1].span) == "Rwandan government officials");
}

TEST_CASE("a readout's officials are its meeting's people; 'contacted X's foreign minister' is X's side") {
  Builder b("Ann Lee met today with Bo Chan in Tokyo. The officials also welcomed the Trilateral Meeting with "
            "Minister Chan and Minister Cy Diaz on July 28.\n\nDi Eng contacted Thailand's foreign minister.",
            "2024-07-29");
  b.people({"Ann Lee", "Cy Diaz", "Di Eng"});
  b.entity(EntityType::Person, "Bo Chan", {"Chan"});
  b.entity(EntityType::Place, "Tokyo");
  b.entity(EntityType::Place, "Thailand");
  b.timex("July 28", "2024-07-28");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 3);
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Bo Chan", "Cy Diaz"});
  CHECK(m[1]->date == "2024-07-28");
  CHECK(who(doc, *m[2]) == Names{"Di Eng", "Thailand"});
}

TEST_CASE("'the President of X' is the person so titled; 'We, <titles>, met' is one meeting of them all") {
  Builder b("We, the President of Norland, Chancellor of Southia, and Prime Minister of the Eastern Isles, met in "
            "Vienna today. President Di Eng spoke. Di Eng met the President of Norland.",
            "2026-01-22");
  b.entity(EntityType::Person, "Ann Lee", {}, "President of Norland");
  b.entity(EntityType::Person, "Bo Chan", {}, "Chancellor of Southia");
  b.entity(EntityType::Person, "Cy Diaz", {}, "Prime Minister of the Eastern Isles and the Southern Reef");
  b.entity(EntityType::Person, "Di Eng", {}, "President");
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  b.entity(EntityType::Place, "Eastern Isles");
  b.entity(EntityType::Place, "Vienna");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan", "Cy Diaz"});
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Di Eng"});
}

TEST_CASE("', as well as' goes on with a list of counterparts; a title before the apposition's name") {
  Builder b("In Norland, Ann Lee met with the Crown Prince of Norland, Sheikh Bo Chan, as well as top officials "
            "including Foreign Minister Cy Diaz, and Minister of Trade Di Eng. Crown Prince Ed Fox was away. "
            "Ed Fox spoke.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng"});
  b.entity(EntityType::Person, "Ed Fox", {}, "Crown Prince");
  b.entity(EntityType::Place, "Norland");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 3);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Cy Diaz"});
  CHECK(who(doc, *m[2]) == Names{"Ann Lee", "Di Eng"});
}

TEST_CASE("a passive meeting verb with its agent: 'A and B were joined ... by C', 'A was received by B'") {
  Builder b("Ann Lee and Bo Chan were joined for the signing of the accords by Cy Diaz. "
            "Di Eng was received by Ed Fox at the palace.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng", "Ed Fox"});
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan", "Cy Diaz"});
  CHECK(who(doc, *m[1]) == Names{"Di Eng", "Ed Fox"});
  REQUIRE(m[1]->participants.size() == 2);
  for (const auto& p : m[1]->participants)
    CHECK(p.role == (doc.entities[p.entity].name == "Ed Fox" ? ng::core::Role::Host : ng::core::Role::Guest));
}

TEST_CASE("a delegation 'headed by X' is X; a delegation is no person") {
  Builder b("Ann Lee spoke. Ann Lee held a two-hour meeting at the embassy with the Norlandic team on "
            "long-range missiles headed by Bo Chan. Cy Diaz met the Southian team.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
}

TEST_CASE("'the leaders of A, B and C' are A, B and C, not the people of the meeting before") {
  Builder b("Ann Lee and Bo Chan met in Oslo on Monday. "
            "Cy Diaz held consultations with the leaders of Norland and Southia on Tuesday.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  b.entity(EntityType::Place, "Oslo");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 3);
  CHECK(who(doc, *m[1]) == Names{"Cy Diaz", "Norland"});
  CHECK(who(doc, *m[2]) == Names{"Cy Diaz", "Southia"});
}

TEST_CASE("'Ministers of X, including A, B and C, met': the members the subject lists meet together") {
  Builder b("Finance ministers of the Group of Nine, including Ann Lee, Bo Chan and Cy Diaz, met in Oslo.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  b.entity(EntityType::Organization, "Group of Nine");
  b.entity(EntityType::Place, "Oslo");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan", "Cy Diaz"});
}

TEST_CASE("'an exchange of views between X and Y' and 'exchanged views with' are meetings; ', and they' ends the list") {
  Builder b("Ed Fox and Fay Gu met on Monday. "
            "There was an exchange of views between Ann Lee and Bo Chan, and they welcome it. "
            "Cy Diaz exchanged views with Di Eng.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng", "Ed Fox", "Fay Gu"});
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 3);
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(who(doc, *m[2]) == Names{"Cy Diaz", "Di Eng"});
}

TEST_CASE("a meeting that should have been allowed did not happen") {
  Builder b("Ann Lee should have been allowed meetings with Bo Chan.", "2026-01-22");
  b.people({"Ann Lee", "Bo Chan"});
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("a joint body of a hyphenated pair of parties that will discuss something is a meeting of the two") {
  Builder b("Ann Lee said a joint Norland-Southia trade commission would discuss tariffs next month. "
            "A Westia-Eastia panel discussed it too.",
            "2026-01-22");
  // one name over each pair, as a tagger may give
  b.entity(EntityType::Place, "Norland-Southia");
  b.entity(EntityType::Organization, "Westia-Eastia");
  b.people({"Ann Lee"});
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  b.entity(EntityType::Organization, "Westia Bank", {"Westia"});
  b.entity(EntityType::Organization, "Eastia");
  b.timex("next month", "2026-02");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[0]) == Names{"Norland", "Southia"});
  CHECK(m[0]->status == Status::Planned);
  CHECK(m[0]->date == "2026-02");
  CHECK(who(doc, *m[1]) == Names{"Eastia", "Westia Bank"});
}

TEST_CASE("the 'we' of a joint statement are its signatories: 'We look forward to the next meeting'") {
  Builder b("The text of the following statement was released by the Governments of Norland and Southia.\n\n"
            "We look forward to the next Ministerial meeting later this year.",
            "2022-06-27");
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  b.timex("later this year", "2022");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Norland", "Southia"});
  CHECK(m[0]->status == Status::Planned);
  CHECK(m[0]->date == "2022");
  // one government's statement has no such group
  Builder one("The text of the following statement was released by Westia.\n\nWe look forward to the next meeting.",
              "2022-06-27");
  one.entity(EntityType::Place, "Westia");
  CHECK(of_kind(one.run(), EventKind::Meeting).empty());
}

TEST_CASE("'the 10 premiers'; ', X said' ends a fronted list; 'further discussions' are a sequel by the same people") {
  Builder b("After five hours of meetings with the 10 premiers on Monday, Ann Lee said the talks went well. "
            "She said further discussions would be held in June.\n\n"
            "Alberta Premier Bo Chan and Ontario Premier Cy Diaz agreed.",
            "1987-03-12");
  b.people({"Ann Lee"});
  b.entity(EntityType::Person, "Bo Chan", {}, "Premier");
  b.entity(EntityType::Person, "Cy Diaz", {}, "Premier");
  b.timex("Monday", "1987-03-09");
  b.timex("June", "1987-06");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan", "Cy Diaz"});
  CHECK(m[0]->status == Status::Occurred);
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Bo Chan", "Cy Diaz"});
  CHECK(m[1]->status == Status::Planned);
  CHECK(m[1]->date == "1987-06");
}

TEST_CASE("'attended a meeting of X'; 'a meeting of X ministers, including A and B'") {
  Builder b("Ann Lee and Bo Chan attended a meeting of Group of Nine finance ministers on Friday. "
            "A meeting of Group of Nine trade ministers, including Cy Diaz and Di Eng, ended on Saturday.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng"});
  b.entity(EntityType::Organization, "Group of Nine");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(who(doc, *m[1]) == Names{"Cy Diaz", "Di Eng"});
}

TEST_CASE("'her counterparts from A and B' are A's and B's sides; 'support ranging from X' is no one") {
  Builder b("Ann Lee held talks with her counterparts from Norland and Southia. "
            "Cy Diaz received support online ranging from Di Eng to Ed Fox.",
            "2026-01-22");
  b.people({"Ann Lee", "Cy Diaz", "Di Eng", "Ed Fox"});
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Norland"});
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Southia"});
}

TEST_CASE("a list after an opening description is the subject: 'Leaders of X, A, B and C, met'") {
  Builder b("Ann Lee and Bo Chan met in Oslo. Ann Lee spoke.\n\n"
            "Leaders of the Pact, Cy Diaz, Di Eng and Ed Fox, met in Rome. "
            "The foreign ministers of Norland and Southia, Fay Gu and Gil Ho, held talks in Rome.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng", "Ed Fox", "Fay Gu", "Gil Ho"});
  b.entity(EntityType::Organization, "Pact");
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  b.entity(EntityType::Place, "Oslo");
  b.entity(EntityType::Place, "Rome");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 3);
  CHECK(who(doc, *m[1]) == Names{"Cy Diaz", "Di Eng", "Ed Fox"});
  CHECK(who(doc, *m[2]) == Names{"Fay Gu", "Gil Ho"});
}

TEST_CASE("after a dateline: 'May' is a date, not a hedge; 'agreed on Friday to hold talks'; 'the two countries'") {
  Builder b("OSLO, May 2 - Norland and Southia agreed on Friday to hold talks on their border.\n"
            "Talks between the two countries will begin in Oslo on Monday, officials said.",
            "1987-05-02");
  b.doc.dateline = {b.doc.body.begin, uint32_t(b.doc.body.begin + std::string("OSLO, May 2").size())};
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  b.entity(EntityType::Place, "Oslo", {"OSLO"});
  b.timex("May 2", "1987-05-02");
  b.timex("Friday", "1987-05-01");
  b.timex("Monday", "1987-05-04");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[0]) == Names{"Norland", "Southia"});
  CHECK(m[0]->status == Status::Planned);
  CHECK(who(doc, *m[1]) == Names{"Norland", "Southia"});
  CHECK(m[1]->status == Status::Planned);
}

TEST_CASE("coordinated demonyms or place names before a word for officials are the countries' sides") {
  Builder b("The Norwegian and Danish delegations met in Oslo on Monday. "
            "Ann Lee met Iceland and Finland officials on Tuesday. "
            "Bo Chan \"is consulting with Norwegian officials,\" Iceland said.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan"});
  b.entity(EntityType::Place, "Norway");
  b.entity(EntityType::Place, "Denmark");
  b.entity(EntityType::Place, "Iceland");
  b.entity(EntityType::Place, "Finland");
  b.entity(EntityType::Place, "Oslo");
  b.timex("Monday", "2026-01-19");
  b.timex("Tuesday", "2026-01-20");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 4);
  CHECK(who(doc, *m[0]) == Names{"Denmark", "Norway"});
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Iceland"});
  CHECK(who(doc, *m[2]) == Names{"Ann Lee", "Finland"});
  CHECK(who(doc, *m[3]) == Names{"Bo Chan", "Norway"});  // the subject before the quote, not the speaker
}

TEST_CASE("'the Deputy Secretary' no one bears is not the article's Secretary") {
  Builder b("Secretary Ann Lee spoke in Oslo. The Deputy Secretary also met separately with Bo Chan.", "2026-01-22");
  b.entity(EntityType::Person, "Ann Lee", {}, "Secretary");
  b.people({"Bo Chan"});
  b.entity(EntityType::Place, "Oslo");
  CHECK(of_kind(b.run(), EventKind::Meeting).empty());
}

TEST_CASE("players who meet in a sports contest hold no meeting") {
  for (const char* text : {"Ann Lee will meet Bo Chan in the semifinal on Friday.",
                           "Ann Lee met Bo Chan in the first round of the tournament."}) {
    CAPTURE(text);
    Builder b(text, "2026-01-22");
    b.people({"Ann Lee", "Bo Chan"});
    CHECK(of_kind(b.run(), EventKind::Meeting).empty());
  }
  Builder b("Ann Lee will meet Bo Chan on Friday.", "2026-01-22");
  b.people({"Ann Lee", "Bo Chan"});
  CHECK(of_kind(b.run(), EventKind::Meeting).size() == 1);
}

TEST_CASE("a meeting someone arranged between others is planned") {
  Builder b("Ann Lee said she arranged a meeting between Bo Chan and Cy Diaz. Di Eng met Bo Chan.", "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng"});
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[0]) == Names{"Bo Chan", "Cy Diaz"});
  CHECK(m[0]->status == Status::Planned);
  CHECK(m[1]->status == Status::Occurred);
}

TEST_CASE("'we' in the text of a statement released by A, B and C are its issuers; a meeting to be held is planned") {
  Builder b("The text of the following statement was released by the Governments of Aland, Borduria and Carpania. "
            "We look forward to the next ministerial meeting later this year, to be preceded by a further meeting "
            "to be held in Oslo.",
            "2026-01-22");
  b.entity(EntityType::Place, "Aland");
  b.entity(EntityType::Place, "Borduria");
  b.entity(EntityType::Place, "Carpania");
  b.entity(EntityType::Place, "Oslo");
  b.timex("later this year", "2026");
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Statement).size() == 3);
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() >= 1);
  for (const auto* ev : m) {
    CHECK(who(doc, *ev) == Names{"Aland", "Borduria", "Carpania"});
    CHECK(ev->status == Status::Planned);
  }
}

TEST_CASE("a meeting 'to be held' is planned") {
  Builder b("A meeting between Ann Lee and Bo Chan to be held in Oslo was announced on Monday.", "2026-01-22");
  b.people({"Ann Lee", "Bo Chan"});
  b.entity(EntityType::Place, "Oslo");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(m[0]->status == Status::Planned);
}

TEST_CASE("a meeting with no place of its own takes its paragraph's scene") {
  Builder b("The road to Oslo ran through Bergen, where the groundwork was laid. On Tuesday, Ann Lee held a meeting "
            "with Bo Chan.\n\nCy Diaz arrived in Rome on Monday. On Tuesday Cy Diaz met Di Eng.\n\n"
            "Di Eng met Ann Lee.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng"});
  b.entity(EntityType::Place, "Oslo");
  b.entity(EntityType::Place, "Bergen");
  b.entity(EntityType::Place, "Rome");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 3);
  REQUIRE(m[0]->place >= 0);
  CHECK(doc.entities[m[0]->place].name == "Bergen");
  REQUIRE(m[1]->place >= 0);
  CHECK(doc.entities[m[1]->place].name == "Rome");
  CHECK(m[2]->place < 0);  // a new paragraph sets no scene
}

TEST_CASE("a meeting's place: a fronted 'In the X,'; the dateline's for a meeting here or of the report's day") {
  Builder b("OSLO, March 3 - Ann Lee met Bo Chan today. Cy Diaz said talks with Di Eng began here last year. "
            "Ann Lee met Di Eng in 1985.\n\n"
            "In the Kingdom of Norland, Ann Lee met Cy Diaz.",
            "1987-03-03");
  b.doc.dateline_place = "Oslo";
  b.doc.dateline_place_span = {0, 4};
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng"});
  b.entity(EntityType::Place, "Oslo", {"OSLO"});
  b.entity(EntityType::Place, "Kingdom of Norland");
  b.timex("today", "1987-03-03");
  b.timex("last year", "1986");
  b.timex("1985", "1985");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 4);
  auto place = [&](const ng::core::Event* ev) { return ev->place >= 0 ? doc.entities[ev->place].name : std::string("-"); };
  CHECK(place(m[0]) == "Oslo");    // held the day of the report
  CHECK(place(m[1]) == "Oslo");    // "here"
  CHECK(place(m[2]) == "-");       // long before the report, not "here"
  CHECK(place(m[3]) == "Kingdom of Norland");
}

TEST_CASE("an organisation that names the meeting is no venue: 'at the G7 summit in Cornwall'") {
  Builder b("Ann Lee met Bo Chan at the G7 summit in Cornwall. Cy Diaz met Di Eng at the Kremlin.", "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng"});
  b.entity(EntityType::Organization, "G7");
  b.entity(EntityType::Organization, "Kremlin");
  b.entity(EntityType::Place, "Cornwall");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  REQUIRE(m[0]->place >= 0);
  CHECK(doc.entities[m[0]->place].name == "Cornwall");
  REQUIRE(m[1]->place >= 0);
  CHECK(doc.entities[m[1]->place].name == "Kremlin");
}

TEST_CASE("'the U.S.-ASEN Ministerial Meeting' when the tagger leaves the second party inside the event's name") {
  Builder b("Ann Lee will travel to Oslo to take part in the U.S.-ASEN Ministerial Meeting. ASEN welcomed it.",
            "2026-01-22");
  b.people({"Ann Lee"});
  b.entity(EntityType::Place, "United States", {"U.S."});
  b.entity(EntityType::Organization, "ASEN");
  b.entity(EntityType::Place, "Oslo");
  // the tagger read "ASEN Ministerial Meeting" as one name of no entity
  size_t in_name = b.doc.text.find("ASEN Ministerial");
  auto& ms = b.doc.mentions;
  ms.erase(std::remove_if(ms.begin(), ms.end(), [&](const auto& m) { return m.span.begin == in_name; }), ms.end());
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"ASEN", "Ann Lee"});
  CHECK(m[0]->status == Status::Planned);
}

// ---------------------------------------------------------------------------
// Precision outside the dev corpus: modifiers, appositions, titles and senses of "call"
// that are no participants.

TEST_CASE("a title 'Meeting of X' lists its members up to a preposition: a place after 'in' is none") {
  Builder b("Officials gathered on Monday.", "2026-01-22",
            "Meeting of the Core Group of the Northern Alliance to Defeat Piracy in Norland");
  b.entity(EntityType::Organization, "Core Group");
  b.entity(EntityType::Organization, "Northern Alliance");
  b.entity(EntityType::Organization, "Defeat Piracy");
  b.entity(EntityType::Place, "Norland");
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("a person at a hyphenated pair's summit stands for his own country's side; coordinated and of no known "
          "country, for none") {
  Builder b("President Bo Chan spoke at the Norland-Southia Summit. Ann Lee and her aides spoke at the "
            "Norland-Southia Summit.",
            "2026-01-22");
  b.entity(EntityType::Organization, "Norland-Southia");  // one name over the pair, as a tagger may give
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  b.entity(EntityType::Person, "Bo Chan", {}, "President");
  b.people({"Ann Lee"});
  b.doc.entities[3].country = 2;  // Bo Chan is of Southia
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Bo Chan", "Norland"});
}

TEST_CASE("'X, commander, Y Command met Z': the person of the apposition; a place before an organisation modifies it") {
  Builder b("Norland Army General Ann Lee, commander, Norland Central Command recently met with Southia Air Force "
            "civilian employees.",
            "2026-01-22");
  b.entity(EntityType::Organization, "Norland Army");
  b.entity(EntityType::Person, "Ann Lee", {}, "General");
  b.entity(EntityType::Organization, "Central Command");
  b.entity(EntityType::Organization, "Southia Air Force");
  b.entity(EntityType::Place, "Norland");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Southia Air Force"});
}

TEST_CASE("a meeting inside reported speech with an unnamed subject of its own is not the speaker's") {
  Builder b("Ann Lee said the bankers \"are consulting with Bo Chan.\" Prosecutors called Cy Diaz, who testified.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("'the Ministers of Foreign Affairs of X': the portfolio between a title and 'of X' is no party") {
  Builder b("Bilateral meetings will take place between senior officials of the Union and representatives of the "
            "Ministers of Foreign Affairs of Norland.",
            "2026-01-22");
  b.entity(EntityType::Organization, "Union");
  b.entity(EntityType::Organization, "Foreign Affairs");
  b.entity(EntityType::Place, "Norland");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Norland", "Union"});
}

TEST_CASE("'called X a liar', 'called X unfit', 'called X's decision', 'call on X to': no phone calls") {
  Builder b("Ann Lee called Bo Chan a liar. Ann Lee called Bo Chan unfit for office. Ann Lee called Bo Chan's "
            "decision wrong. Ann Lee made a call on Bo Chan to resign. Ann Lee called Bo Chan on Monday.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan"});
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(doc.sentences[m[0]->sentence].span.begin == doc.text.find("Ann Lee called Bo Chan on"));
}

TEST_CASE("a person's lawyers are not the person; 'hosted a fundraiser for X' does not meet X") {
  Builder b("Talks between the Justice Ministry and Ann Lee's lawyers were underway. Bo Chan hosted a fundraiser for "
            "Cy Diaz at his home.",
            "2026-01-22");
  b.entity(EntityType::Organization, "Justice Ministry");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("what a body possesses is not the body: 'a visit with the Society's celebrations' meets no one") {
  Builder b("Ann Lee timed her visit to coincide with the Norland Society's celebrations.", "2026-01-22");
  b.entity(EntityType::Organization, "Norland Society");
  b.people({"Ann Lee"});
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("a meeting someone tried, is willing or would like to hold only might happen") {
  Builder b("Ann Lee tried to meet with Bo Chan. Ann Lee is willing to talk to Bo Chan. Cy Diaz said she would like "
            "to discuss the matter with Bo Chan.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("'a network host X' is a title, not a verb") {
  Builder b("Norland Radio host Ann Lee asked Bo Chan about it.", "2026-01-22");
  b.entity(EntityType::Organization, "Norland Radio");
  b.people({"Ann Lee", "Bo Chan"});
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("an object pronoun is not its verb's subject") {
  Builder b("Ann Lee said Norland Army Chief of Staff Bo Chan contacted him and asked for help.", "2026-01-22");
  b.entity(EntityType::Organization, "Norland Army");
  b.entity(EntityType::Person, "Bo Chan", {}, "Chief of Staff");
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("a call word under the trigger in the tree makes a call, however far; a call takes no trip's place") {
  Builder b("Ann Lee, who spoke to President Bo Chan by telephone on Monday, will visit Cairo on Friday.",
            "2026-01-22");
  b.people({"Ann Lee"});
  b.entity(EntityType::Person, "Bo Chan", {}, "President");
  b.entity(EntityType::Place, "Cairo");
  b.tree(0,
         "PROPN 16 nsubj | PROPN 1 flat | PUNCT 5 punct | PRON 5 nsubj | VERB 1 acl:relcl | ADP 8 case | "
         "PROPN 8 compound | PROPN 5 obl | PROPN 8 flat | ADP 11 case | NOUN 5 obl | ADP 13 case | PROPN 5 obl | "
         "PUNCT 5 punct | AUX 16 aux | VERB 0 root | PROPN 16 obj | ADP 19 case | PROPN 16 obl | PUNCT 16 punct");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(m[0]->mode == ng::core::Mode::Call);
  CHECK(m[0]->place < 0);
}

TEST_CASE("an object pronoun that would be its verb's subject is the person the sentence before was about") {
  // given names of no known gender: the pronoun's gender tells nothing here
  Builder b("Zorvan Pellik arrived in Cairo on Monday.\nKestu Marrow met him at the airport.", "2026-01-22");
  b.people({"Zorvan Pellik", "Kestu Marrow"});
  b.entity(EntityType::Place, "Cairo");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Kestu Marrow", "Zorvan Pellik"});
  // ... of the pronoun's gender: Ann is no "him"
  Builder c("Ann Lee arrived in Cairo on Monday.\nBo Chan met him at the airport.", "2026-01-22");
  c.people({"Ann Lee", "Bo Chan"});
  c.entity(EntityType::Place, "Cairo");
  CHECK(of_kind(c.run(), EventKind::Meeting).empty());
}

TEST_CASE("'during a Norland visit he met ...': a determiner before a name makes 'visit' a noun") {
  Builder b("Ann Lee said that during a Norland visit he met with \"very senior police\".", "2026-01-22");
  b.people({"Ann Lee"});
  b.entity(EntityType::Place, "Norland");
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("talks that someone supports are not held") {
  Builder b("Norland supports direct talks between Southia and Eastia.", "2026-01-22");
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  b.entity(EntityType::Place, "Eastia");
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("'the king' is not the most mentioned person when his own title is another rank") {
  Builder b("President Ann Lee spoke. Ann Lee left. Later the king met Bo Chan in Oslo.", "2026-01-22");
  b.entity(EntityType::Person, "Ann Lee", {}, "President");
  b.people({"Bo Chan"});
  b.entity(EntityType::Place, "Oslo");
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("talks that were cut off are cancelled; a meeting someone can't be bothered to hold is none") {
  Builder b("Norland and Southia have cut off formal dialogue. Ann Lee can't be bothered to meet with Bo Chan.",
            "2026-01-22");
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  b.people({"Ann Lee", "Bo Chan"});
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Norland", "Southia"});
  CHECK(m[0]->status == Status::Cancelled);
}

TEST_CASE("', the X news agency reported' after a list of counterparts ends it") {
  Builder b("Ann Lee left for Oslo for talks with Norland, the Southia news agency reported.", "2026-01-22");
  b.people({"Ann Lee"});
  b.entity(EntityType::Place, "Oslo");
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Norland"});
}

TEST_CASE("'the Foreign Secretary' may be a person titled only 'Mr'; unresolved, it is no cue for the speaker") {
  for (const char* job : {"Mr", "President"}) {
    Builder b("Ann Lee arrived. A Home Office spokesman said: \"The Foreign Secretary met Bo Chan today.\"",
              "2026-01-22");
    b.entity(EntityType::Person, "Ann Lee", {}, job);
    b.people({"Bo Chan"});
    b.entity(EntityType::Organization, "Home Office");
    auto& doc = b.run();
    auto m = of_kind(doc, EventKind::Meeting);
    if (std::string(job) == "Mr") {
      REQUIRE(m.size() == 1);
      CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
    } else {
      CHECK(m.empty());
    }
  }
}

TEST_CASE("'the X special envoy to Y, Name' is the person the apposition names, not X") {
  Builder b("Ann Lee held talks with the Norland special envoy to Southia, Bo Chan, in Oslo.", "2026-01-22");
  b.people({"Ann Lee", "Bo Chan"});
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  b.entity(EntityType::Place, "Oslo");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
}

TEST_CASE("a letter inviting people to meet someone is no meeting") {
  Builder b("The campaign released a letter inviting Ann Lee to meet with Bo Chan.", "2026-01-22");
  b.people({"Ann Lee", "Bo Chan"});
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("a place after a preposition before 'to meet' is no subject; the clause's person is") {
  Builder b("Ann Lee flew to Oslo on Monday to meet his Southian counterpart. Bo Chan is still waiting in Oslo to "
            "meet Cy Diaz.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  b.entity(EntityType::Place, "Oslo");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Bo Chan", "Cy Diaz"});
}

TEST_CASE("'meet' in a sports contest is a game, not talks") {
  Builder b("Ann Lee meets Bo Chan in the first round. Norland City met Southia United in a cup match.", "2026-01-22");
  b.people({"Ann Lee", "Bo Chan"});
  b.entity(EntityType::Organization, "Norland City");
  b.entity(EntityType::Organization, "Southia United");
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("talks the clause's person travels for, reported by a speaker after it, are that person's") {
  Builder b("Ann Lee will visit Norland on Sunday for talks with Bo Chan, the ministry of Southia said.", "2026-01-22");
  b.people({"Ann Lee", "Bo Chan"});
  b.entity(EntityType::Place, "Norland");
  b.entity(EntityType::Place, "Southia");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
}

TEST_CASE("talks there is only a possibility of are not held") {
  Builder b("Ann Lee said there was some possibility of further talks with Norland.", "2026-01-22");
  b.people({"Ann Lee"});
  b.entity(EntityType::Place, "Norland");
  auto& doc = b.run();
  CHECK(of_kind(doc, EventKind::Meeting).empty());
}

TEST_CASE("'the first leader to meet X': an infinitive takes the clause's subject; 'radio host X' is a title") {
  Builder b("Ann Lee will be the first leader to meet Bo Chan. Bo Chan said talk radio host Cy Diaz argued otherwise.",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
}

TEST_CASE("a description in apposition to a named person is that person: 'X, the Secretary of State, contacted Y'") {
  Builder b("Cy Diaz said the boats had left. Cy Diaz spoke again. The ministry said Ann Lee, the Secretary of State, "
            "contacted Norland's foreign minister. Bo Chan, the department spokesperson, said, \"We urge calm.\"",
            "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  b.entity(EntityType::Place, "Norland");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Norland"});
  bool chan = false;
  for (const auto* st : of_kind(doc, EventKind::Statement))
    if (st->sentence == 3) chan = who(doc, *st) == Names{"Bo Chan"};
  CHECK(chan);
}

TEST_CASE("an adverb between subject and verb: 'The two leaders last met in May'") {
  Builder b("Ann Lee and Bo Chan will meet in Lima next week. The two leaders last met in May.", "2024-05-04");
  b.people({"Ann Lee", "Bo Chan"});
  b.timex("next week", "2024-W19");
  b.timex("May.", "2024-05");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[1]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(m[1]->status == Status::Occurred);
  CHECK(m[1]->date == "2024-05");
}

TEST_CASE("'consulted X' and 'sat down with X' are meetings") {
  Builder b("Ann Lee consulted Bo Chan on Monday. Cy Diaz sat down with Bo Chan in Lima.", "2026-01-22");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  b.entity(EntityType::Place, "Lima");
  auto& doc = b.parse().run();
  auto m = of_kind(doc, EventKind::Meeting);
  std::vector<Names> got;
  std::string found;
  for (auto* x : m) {
    got.push_back(who(doc, *x));
    for (const auto& n : got.back()) found += n + ",";
    found += ";";
  }
  CAPTURE(found);
  CHECK(got == std::vector<Names>{{"Ann Lee", "Bo Chan"}, {"Bo Chan", "Cy Diaz"}});
}

TEST_CASE("a meeting told twice keeps the place its later report states") {
  // The first report has no place, the second one: one meeting, in Tokyo, whose evidence is
  // the sentence that says so. The meeting of other people told after keeps its own (no) place.
  Builder b("Ann Lee and Bo Chan held talks. Ann Lee met Bo Chan in Tokyo. Bo Chan later held talks with Cy Diaz.",
            "2024-07-29");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  b.entity(EntityType::Place, "Tokyo");
  b.parse();
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 2);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
  REQUIRE(m[0]->place >= 0);
  CHECK(doc.entities[m[0]->place].name == "Tokyo");
  CHECK(doc.view(m[0]->evidence) == "Ann Lee met Bo Chan in Tokyo.");
  CHECK(who(doc, *m[1]) == Names{"Bo Chan", "Cy Diaz"});
  CHECK(m[1]->place < 0);
}

TEST_CASE("parties coordinated as the subject of 'discussed' with a telephone cue held a call") {
  Builder b("Ann Lee and Bo Chan discussed trade by phone. Ann Lee and Cy Diaz discussed trade.", "2024-07-29");
  b.people({"Ann Lee", "Bo Chan", "Cy Diaz"});
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Ann Lee", "Bo Chan"});
  CHECK(m[0]->mode == ng::core::Mode::Call);
}

TEST_CASE("'X and his delegation': a possessor's own delegation adds no one to the counterparts") {
  // "his" read as the subject made the subject his own counterpart (and left the
  // subject's country to meet both)
  Builder b("U.S. Secretary of State John Lee met Bo Chan and his delegation on Tuesday.", "2024-07-29");
  b.entity(EntityType::Place, "United States", {"U.S."});
  b.entity(EntityType::Person, "John Lee", {}, "Secretary of State");
  b.people({"Bo Chan"});
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 1);
  CHECK(who(doc, *m[0]) == Names{"Bo Chan", "John Lee"});
}
