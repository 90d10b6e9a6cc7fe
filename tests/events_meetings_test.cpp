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
