// Statement patterns on hand-built documents (tests/events_builder.h): who speaks, and when.
#include <initializer_list>

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

TEST_CASE("a name after a quote with a long description set off by commas speaks; a name inside it does not") {
  Builder b(
      "\"We oppose the sale,\" Ann Lee, Norland steel union Secretary General and member of opposition party "
      "Radical Front, told reporters.",
      "2026-01-22");
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Organization, "Radical Front");
  CHECK(speakers(b.run()) == std::vector<std::string>{"Ann Lee"});
  // the name that opens the clause speaks, not one inside the description
  Builder c("\"We oppose the sale,\" Ann Lee, the aide of Bo Chan, told reporters.", "2026-01-22");
  c.people({"Ann Lee", "Bo Chan"});
  CHECK(speakers(c.run()) == std::vector<std::string>{"Ann Lee"});
}

TEST_CASE("'the princess said': a title ending in -ss is no plural") {
  Builder b("Princess Ann Lee arrived in Oslo on Monday.\nThe princess said prices would rise.", "2026-01-22");
  b.entity(EntityType::Person, "Ann Lee", {}, "Princess");
  b.entity(EntityType::Place, "Oslo");
  CHECK(speakers(b.run()) == std::vector<std::string>{"Ann Lee"});
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

TEST_CASE("a pronoun agrees in gender with the person it refers to") {
  Builder b("Ann Lee met Bo Chan on Monday. She said trade would grow. He told reporters prices would fall.",
            "2026-03-03");
  b.people({"Ann Lee", "Bo Chan"});
  auto& doc = b.run();
  // "She": the subject before; "He": not Ann Lee (a woman's first name) but the man named before
  CHECK(speakers(doc) == std::vector<std::string>{"Ann Lee", "Bo Chan"});
}

TEST_CASE("'It said': the organisation or country that spoke just before, else the one the sentence before opened with") {
  {
    Builder b("The Norwegian Farmers Union held its congress in Oslo. It said prices would rise.", "2026-03-03");
    b.entity(EntityType::Organization, "Norwegian Farmers Union");
    b.entity(EntityType::Place, "Oslo");
    CHECK(speakers(b.run()) == std::vector<std::string>{"Norwegian Farmers Union"});
  }
  {
    Builder b("Tanjug said the talks began. The World Bank sent a team. It said prices would rise.", "2026-03-03");
    b.entity(EntityType::Organization, "Tanjug");
    b.entity(EntityType::Organization, "World Bank");
    CHECK(speakers(b.run()) == std::vector<std::string>{"Tanjug", "Tanjug"});
  }
  {  // a person is no "it"
    Builder b("Ann Lee held a congress in Oslo. It said prices would rise.", "2026-03-03");
    b.people({"Ann Lee"});
    CHECK(speakers(b.run()).empty());
  }
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

TEST_CASE("an undated statement takes no date from the words said; the paragraph's earlier date counts") {
  Builder b("Ann Lee told reporters that the territory would be returned on December 20, 1999.\n\n"
            "Bo Chan arrived on Monday. Bo Chan said later that the vote would be held on May 5.",
            "1987-03-23");
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  b.timex("December 20, 1999", "1999-12-20");
  b.timex("Monday", "1987-03-16");
  b.timex("May 5", "1987-05-05");
  auto& doc = b.run();
  auto s = of_kind(doc, EventKind::Statement);
  REQUIRE(s.size() == 2);
  CHECK(s[0]->date == "1987-03-23");
  CHECK(s[1]->date == "1987-03-16");
}

TEST_CASE("a quote runs on across sentences and into a paragraph that reopens it") {
  Builder b("On Monday, Ann Lee told reporters: \"It is a complete document. We want precision.\n\n"
            "\"We don't want any ambiguities.\"\n\n"
            "The draft is long. \"Nobody reads it,\" one aide joked.",
            "1987-03-04");
  b.entity(EntityType::Person, "Ann Lee");
  b.timex("Monday", "1987-03-02");
  auto& doc = b.run();
  auto s = of_kind(doc, EventKind::Statement);
  // the opening sentence, the one after it, the reopened paragraph; not the unattributed quote
  REQUIRE(s.size() == 3);
  CHECK(doc.view(s[1]->evidence) == "We want precision.");
  CHECK(doc.view(s[2]->evidence) == "\"We don't want any ambiguities.\"");
  for (auto* st : s) {
    CHECK(doc.entities[st->participants[0].entity].name == "Ann Lee");
    CHECK(st->date == "1987-03-02");
  }
}

TEST_CASE("a phrase set off by commas before the verb; a voice's source after 'according to'") {
  Builder b("A spokesman for the Kremlin, Dmitry Peskov, said the talks were useful.\n\n"
            "Joe Biden, speaking to reporters in Bali, said ties matter.\n\n"
            "Ann Lee, in remarks at the White House, said ties matter.\n\n"
            "The talks were useful, according to a statement from the Foreign Ministry.\n\n"
            "Bo Chan, the envoy's rival, said nothing new.",
            "2026-01-22");
  b.entity(EntityType::Person, "Dmitry Peskov");
  b.entity(EntityType::Person, "Joe Biden");
  b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  b.entity(EntityType::Organization, "Kremlin");
  b.entity(EntityType::Organization, "White House");
  b.entity(EntityType::Organization, "Foreign Ministry");
  b.entity(EntityType::Place, "Bali");
  auto& doc = b.run();
  CHECK(speakers(doc) ==
        std::vector<std::string>{"Dmitry Peskov", "Joe Biden", "Ann Lee", "Foreign Ministry", "Bo Chan"});
}

TEST_CASE("transcript turns: a name label, a title label, and a question that is nobody's") {
  Builder b("Remarks by Joe Biden and Fumio Kishida before their meeting\n"
            "THE PRESIDENT: Welcome, Mr. Prime Minister.\n"
            "PRIME MINISTER KISHIDA: Thank you.\n"
            "Q: Will you meet again?\n",
            "2023-01-13");
  b.entity(EntityType::Person, "Joe Biden", {}, "President");
  b.entity(EntityType::Person, "Fumio Kishida", {}, "Prime Minister");
  auto& doc = b.run();
  CHECK(speakers(doc) == std::vector<std::string>{"Joe Biden", "Fumio Kishida"});
}

TEST_CASE("'states' after a preposition or determiner is a noun") {
  Builder b("The EC had a deficit with East European states last year. Ann Lee states her case.", "1987-03-20");
  b.entity(EntityType::Place, "East European");
  b.entity(EntityType::Person, "Ann Lee");
  auto& doc = b.run();
  CHECK(speakers(doc) == std::vector<std::string>{"Ann Lee"});
}

TEST_CASE("an undated statement of a readout takes the day its lead paragraph names") {
  Builder b("Office of the Spokesperson\n\n"
            "On June 29 and 30, Special Representative Ann Lee led talks with officials in Doha.\n\n"
            "The United States expressed condolences for the loss of life.\n\n"
            "Special Representative Lee made clear the linkage.",
            "2022-07-01");
  b.entity(EntityType::Person, "Ann Lee", {"Lee"}, "Special Representative");
  b.entity(EntityType::Place, "United States");
  b.entity(EntityType::Place, "Doha");
  b.timex("June 29", "2022-06-29");
  b.timex("30", "2022-06-30");
  auto& doc = b.run();
  CHECK(speakers(doc) == std::vector<std::string>{"United States", "Ann Lee"});
  for (auto* st : of_kind(doc, EventKind::Statement)) CHECK(st->date == "2022-06-29");
}

TEST_CASE("'They reaffirmed' after meetings told behind a fronted phrase: the people who met") {
  Builder b("In Cairo, Special Envoy Ann Lee met with Bo Chan and Cy Diaz. They reaffirmed their commitment.\n\n"
            "The weather was fine. Later on, they said nothing.",
            "2021-06-16");
  b.entity(EntityType::Person, "Ann Lee", {}, "Special Envoy");
  b.entity(EntityType::Person, "Bo Chan");
  b.entity(EntityType::Person, "Cy Diaz");
  b.entity(EntityType::Place, "Cairo");
  auto& doc = b.run();
  auto sp = speakers(doc);
  std::sort(sp.begin(), sp.end());
  CHECK(sp == std::vector<std::string>{"Ann Lee", "Bo Chan", "Cy Diaz"});
}

TEST_CASE("says who: a meeting reported by a statement records its claimant") {
  Builder b("According to Ann Lee, Bo Chan met Cy Diaz on Monday.\n\n"
            "\"I met Ann Lee in Oslo,\" Cy Diaz said.\n\n"
            "Bo Chan met Ann Lee.",
            "2026-01-22");
  int ann = b.entity(EntityType::Person, "Ann Lee");
  b.entity(EntityType::Person, "Bo Chan");
  int cy = b.entity(EntityType::Person, "Cy Diaz");
  b.entity(EntityType::Place, "Oslo");
  b.timex("Monday", "2026-01-19");
  auto& doc = b.run();
  auto m = of_kind(doc, EventKind::Meeting);
  REQUIRE(m.size() == 3);
  CHECK(who(doc, *m[0]) == std::vector<std::string>{"Bo Chan", "Cy Diaz"});
  CHECK(m[0]->claimed_by == ann);
  CHECK(who(doc, *m[1]) == std::vector<std::string>{"Ann Lee", "Cy Diaz"});
  CHECK(m[1]->claimed_by == cy);
  CHECK(m[2]->claimed_by == -1);
  CHECK(speakers(doc) == std::vector<std::string>{"Ann Lee", "Cy Diaz"});
}

TEST_CASE("an undated statement of a wire story takes the day its lead names, not the dateline's") {
  Builder b("OSLO, March 30 - Ann Lee said on Saturday that talks would resume.\n"
            "Lee said later that the date was not set.",
            "1987-03-30");
  b.doc.dateline = {0, uint32_t(std::string("OSLO, March 30").size())};
  b.entity(EntityType::Person, "Ann Lee", {"Lee"});
  b.timex("March 30", "1987-03-30");
  b.timex("Saturday", "1987-03-28");
  auto& doc = b.run();
  auto st = of_kind(doc, EventKind::Statement);
  REQUIRE(st.size() == 2);
  CHECK(st[0]->date == "1987-03-28");
  CHECK(st[1]->date == "1987-03-28");
}

namespace {
// Each case's sentence, with Norwegian Farmers Union, Anna Berg and `place` as entities:
// the surface patterns find no speaker, and the parsed sentence finds the expected ones.
template <size_t N>
void tree_only_speakers(const std::pair<const char*, std::vector<std::string>> (&cases)[N], const char* place) {
  for (const auto& item : cases) {
    std::string sentence = item.first;
    CAPTURE(sentence);
    for (bool parse : {false, true}) {
      Builder b(item.first, "2026-03-02");
      b.entity(EntityType::Organization, "Norwegian Farmers Union");
      b.entity(EntityType::Person, "Anna Berg");
      b.entity(EntityType::Place, place);
      if (parse) b.parse();
      auto got = speakers(b.run());
      std::sort(got.begin(), got.end());
      std::string found;
      for (const auto& g : got) found += g + ";";
      CAPTURE(found);
      CHECK(got == (parse ? item.second : std::vector<std::string>{}));
    }
  }
}
}  // namespace

TEST_CASE("tree statements: the subject of a verb of saying speaks, however much stands between") {
  // Each sentence: what the surface patterns miss and the tree finds.
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"Anna Berg, 54, who leads the union that represents most of the country's 40,000 dairy farmers and has fought "
       "the plan since it was first proposed, told the assembly that prices would rise.",
       {"Anna Berg"}},
      {"Norwegian Farmers Union on Monday, citing two sources familiar with the matter, said prices would rise.",
       {"Norwegian Farmers Union"}},
      {"Both Anna Berg and the Norwegian Farmers Union have repeatedly insisted that prices would rise.",
       {"Anna Berg", "Norwegian Farmers Union"}},
      {"Anna Berg last week again stressed that prices would rise.", {"Anna Berg"}},
      // no speaker: a passive, a participle, a city
      {"Farmers were told by the ministry that prices would rise.", {}},
      {"Oslo, which hosts the union's headquarters and most of its staff, on Monday announced that prices would rise.", {}},
  };
  tree_only_speakers(cases, "Oslo");
}

namespace {
// Each case's sentence, parsed, with Anna Berg, Norway, Oslo and the organisations `orgs`
// as entities: the expected speakers, sorted.
template <size_t N>
void parsed_speakers(const std::pair<const char*, std::vector<std::string>> (&cases)[N],
                     std::initializer_list<const char*> orgs = {}) {
  for (const auto& item : cases) {
    std::string sentence = item.first;
    CAPTURE(sentence);
    Builder b(item.first, "2026-03-02");
    b.entity(EntityType::Person, "Anna Berg");
    b.entity(EntityType::Place, "Norway");
    b.entity(EntityType::Place, "Oslo");
    for (const char* org : orgs) b.entity(EntityType::Organization, org);
    b.parse();
    auto got = speakers(b.run());
    std::sort(got.begin(), got.end());
    std::string found;
    for (const auto& g : got) found += g + ";";
    CAPTURE(found);
    CHECK(got == item.second);
  }
}
}  // namespace

TEST_CASE("tree statements: a passive's agent speaks; a negated verb, or a clause-only verb without a clause, does not") {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      // the agent of a passive verb of saying, with the verb far from its subject
      {"Responsibility for the blockade of the main northern highway was later claimed by Anna Berg.", {"Anna Berg"}},
      // a verb that reports speech only with a clause: with one, and without
      {"Anna Berg has repeatedly maintained that prices would rise.", {"Anna Berg"}},
      {"Anna Berg has repeatedly maintained a policy of silence on prices.", {}},
      // negation: nothing was said
      {"Anna Berg has not announced any plans to leave.", {}},
      {"Anna Berg never said that prices would rise.", {}},
      // a country speaks (its government); a city does not
      {"Norway on Monday stressed that prices would rise.", {"Norway"}},
      {"Oslo on Monday stressed that prices would rise.", {}},
  };
  parsed_speakers(cases);
}

TEST_CASE("tree statements: the issuer of a statement speaks, and the body a description speaks for") {
  // Each sentence: what the surface patterns miss and the tree finds (or rightly does not).
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"The Norwegian Farmers Union issued a statement condemning the plan.", {"Norwegian Farmers Union"}},
      {"Anna Berg and Norway signed a joint declaration on Monday.", {"Anna Berg", "Norway"}},
      {"Officials at the Norwegian Farmers Union on Monday stressed that prices would rise.",
       {"Norwegian Farmers Union"}},
      // one who speaks for another speaks for a person too: "X's office", "the office of X"
      {"Anna Berg's office on Monday stressed that prices would rise.", {"Anna Berg"}},
      {"The office of Anna Berg on Monday stressed that prices would rise.", {"Anna Berg"}},
      // a word for a party's people or government, after the party's demonym; other
      // people of the country do not speak for it
      {"The Norwegian government on Monday stressed that prices would rise.", {"Norway"}},
      {"Norwegian farmers on Monday stressed that prices would rise.", {}},
      // other things said, and the verbs that issue them
      {"Anna Berg sent a letter to the council.", {"Anna Berg"}},
      {"Anna Berg delivered a speech on Monday.", {"Anna Berg"}},
      {"Anna Berg sent troops to the border.", {}},
      // no speaker: a negated issuing, a statement noun as no object, a person's relative
      {"Anna Berg did not issue a statement on the plan.", {}},
      {"Anna Berg read the statement in full.", {}},
      {"The wife of Anna Berg on Monday stressed that prices would rise.", {}},
  };
  tree_only_speakers(cases, "Norway");
}

TEST_CASE("tree statements: every conjunct of a speaker speaks, conjuncts of conjuncts too") {
  // the parser may chain a list: "Sweden" a conjunct of "Peru", "Peru" of "Chile"
  Builder b("Norway, Chile, Peru and Sweden issued a joint statement.", "2026-03-02");
  for (const char* p : {"Norway", "Chile", "Peru", "Sweden"}) b.entity(EntityType::Place, p);
  b.tree(0,
         "PROPN 8 nsubj | PUNCT 3 punct | PROPN 1 conj | PUNCT 5 punct | PROPN 3 conj | CCONJ 7 cc | PROPN 5 conj | "
         "VERB 0 root | DET 11 det | ADJ 11 amod | NOUN 8 obj | PUNCT 8 punct");
  auto got = speakers(b.run());
  std::sort(got.begin(), got.end());
  CHECK(got == std::vector<std::string>{"Chile", "Norway", "Peru", "Sweden"});
}

TEST_CASE("tree statements: a time inside what is said does not date the saying") {
  auto date_of = [](const char* text, const char* spec) {
    Builder b(text, "2026-03-09");
    b.entity(EntityType::Person, "Anna Berg");
    b.timex("Saturday", "2026-03-07");
    b.tree(0, spec);
    auto st = of_kind(b.run(), EventKind::Statement);
    REQUIRE(st.size() == 1);
    return st[0]->date;
  };
  // the subject of the complement: what was said, not when
  CHECK(date_of("Anna Berg said Saturday's talks were useful.",
                "PROPN 3 nsubj | PROPN 1 flat | VERB 0 root | PROPN 6 nmod:poss | PART 4 case | NOUN 8 nsubj | "
                "AUX 8 cop | ADJ 3 ccomp | PUNCT 3 punct") == "2026-03-09");
  // a modifier of the verb of saying: when it was said
  CHECK(date_of("Anna Berg said on Saturday that talks were useful.",
                "PROPN 3 nsubj | PROPN 1 flat | VERB 0 root | ADP 5 case | PROPN 3 obl | SCONJ 9 mark | NOUN 9 nsubj | "
                "AUX 9 cop | ADJ 3 ccomp | PUNCT 3 punct") == "2026-03-07");
  // a modifier of the statement noun that modifies the verb, however far from the verb
  CHECK(
      date_of("Anna Berg said in a long statement on Saturday that talks were useful.",
              "PROPN 3 nsubj | PROPN 1 flat | VERB 0 root | ADP 7 case | DET 7 det | ADJ 7 amod | NOUN 3 obl | "
              "ADP 9 case | PROPN 7 nmod | SCONJ 13 mark | NOUN 13 nsubj | AUX 13 cop | ADJ 3 ccomp | PUNCT 3 punct") ==
      "2026-03-07");
}

TEST_CASE("tree statements: a conjunct verb shares its subject; a complement with its own subject is a clause") {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      // "X met Y and reaffirmed ...": the subject of the first verb speaks
      {"Anna Berg met the farmers on Monday and reaffirmed her support for the plan.", {"Anna Berg"}},
      // ... but not where the conjunct has a subject of its own
      {"Anna Berg met the farmers on Monday and they reaffirmed their support for the plan.", {}},
      // a clause-only verb whose complement has its own subject, however labelled
      {"A union spokeswoman, Anna Berg, indicated Norway was disappointed.", {"Anna Berg"}},
      // a statement noun after "according to", with its author after "by" or "from"
      {"Prices will rise, according to a letter on Monday from Anna Berg.", {"Anna Berg"}},
      // what one alleges or claims is said, with a clause or without one
      {"Anna Berg has alleged foreign involvement.", {"Anna Berg"}},
      {"Norway claims foreign involvement.", {"Norway"}},
      // a naming verb reports the words it quotes, and only those
      {"Anna Berg called it \"a non-starter\".", {"Anna Berg"}},
      {"Anna Berg called it a disaster.", {}},
  };
  parsed_speakers(cases);
}

TEST_CASE("a country's clipped name as its adjective speaks for it: 'the Saudi government said'") {
  Builder b("Saudi Arabia closed the border. The Saudi government said the attack came from the north.", "2026-03-02");
  b.entity(EntityType::Place, "Saudi Arabia");
  b.parse();
  CHECK(speakers(b.run()) == std::vector<std::string>{"Saudi Arabia"});
}

TEST_CASE("an age set off by commas after the name: 'X, 54, said'") {
  Builder b("\"Prices will rise,\" Anna Berg, 54, said. The fund, 12, said nothing.", "2026-03-02");
  b.entity(EntityType::Person, "Anna Berg");
  CHECK(speakers(b.run()) == std::vector<std::string>{"Anna Berg"});
}

TEST_CASE("'the statement said' is no person: not the article's most mentioned one") {
  Builder b("Anna Berg said prices would rise. Farmers will pay more, the statement said.", "2026-03-02");
  b.entity(EntityType::Person, "Anna Berg");
  CHECK(speakers(b.run()) == std::vector<std::string>{"Anna Berg"});
}

TEST_CASE("tree statements: a say noun's named modifier, a participle's clause subject, a that-less clause") {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      // what is said, with its author as a compound modifier
      {"A Norwegian Farmers Union commentary on Monday stressed that prices would rise.", {"Norwegian Farmers Union"}},
      // "X did Y, saying ...": the participle adds a saying to its clause's subject
      {"Norway blocked the plan at the council in Oslo, saying the plan did not protect farmers.", {"Norway"}},
      // a noun phrase parsed as the object, with a finite verb right after it: the subject
      // of a clause without "that"
      {"Anna Berg has repeatedly maintained an inquiry is what the council is already doing.", {"Anna Berg"}},
      {"Anna Berg has repeatedly maintained a policy of silence.", {}},
  };
  tree_only_speakers(cases, "Norway");
}

TEST_CASE("the sentences parsed for events include those with only a participle of saying") {
  Builder b("Norway blocked the plan, saying it was unfair. Prices rose.", "2026-03-02");
  auto which = ng::events::EventExtractor(ng::events::Options{}).event_sentences(b.doc);
  REQUIRE(which.size() == 2);
  CHECK(which[0] == 1);
  CHECK(which[1] == 0);
}

TEST_CASE("tree statements: verbs of saying that speak only with a clause") {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"Anna Berg joked that the talks had failed.", {"Anna Berg"}},
      {"Anna Berg speculated that prices would rise.", {"Anna Berg"}},
      {"Anna Berg posted that prices would rise.", {"Anna Berg"}},
      {"Anna Berg boasted that prices would rise.", {"Anna Berg"}},
      // without a clause, no speech
      {"Anna Berg posted a photo of the harbour.", {}},
  };
  parsed_speakers(cases);
}

TEST_CASE(
    "a news outlet speaks as what it is ('the Interfax agency said'); a body set off by a participle phrase speaks") {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"The Interfax agency said prices would rise.", {"Interfax"}},
      {"The official Interfax news agency reported that prices would rise.", {"Interfax"}},
      {"An Interfax photographer said prices would rise.", {}},
      {"The Farmers Union, led by Anna Berg, said prices would rise.", {"Farmers Union"}},
  };
  parsed_speakers(cases, {"Interfax", "Farmers Union"});
}

TEST_CASE(
    "a time adjunct of the verb of saying dates it however far after the object; one in the words said does not") {
  // the one statement's date, with "Tuesday" valued `tuesday`
  auto date_of = [](const char* sentence, const char* tuesday) {
    Builder b(sentence, "2026-03-02");
    b.entity(EntityType::Person, "Anna Berg");
    b.timex("Tuesday", tuesday);
    b.parse();
    auto s = of_kind(b.run(), EventKind::Statement);
    REQUIRE(s.size() == 1);
    return s[0]->date;
  };
  CHECK(date_of("Anna Berg announced a new chief executive for the union on Tuesday.", "2026-02-24") == "2026-02-24");
  CHECK(date_of("Anna Berg said the new talks with the union would start on Tuesday.", "2026-03-03") == "2026-03-02");
}
