// The recognizer's named mention passes (lib/ner/mention_passes.h), each on invented
// sentences with hand-placed mentions, so a pass is tested apart from the tagger; and
// the whole recognizer on the same shapes.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/error.h"
#include "core/resources.h"
#include "ner/mention_passes.h"
#include "mention_format.h"
#include "ner/recognizer.h"
#include "text/article.h"
#include "tokenize/tokenizer.h"

using namespace ng;

namespace {

const ner::MentionLexicon& lexicon() {
  static const ner::MentionLexicon lex = ner::load_mention_lexicon(core::resource_path("data/name_identity.tsv"),
                                                                   core::resource_path("data/venue_words.tsv"),
                                                                   core::resource_path("data/org_words.tsv"),
                                                                   core::resource_path("data/gazetteer.tsv"),
                                                                   core::resource_path("data/common_words.tsv"),
                                                                   core::resource_path("data/legal_forms.tsv"),
                                                                   core::resource_path("data/abbreviations.tsv"),
                                                                   core::resource_path("data/class_nouns.tsv"),
                                                                   core::resource_path("data/government_nouns.tsv"),
                                                                   core::resource_path("data/document_nouns.tsv"),
                                                                   core::resource_path("data/peoples.tsv"),
                                                                   core::resource_path("data/world_regions.tsv"),
                                                                   core::resource_path("data/titles.tsv"),
                                                                   core::resource_path("data/deities.tsv"));
  return lex;
}

core::Document tokenized(const std::string& text) {
  core::Document doc = text::read_article("t", "t.txt", text);
  tokenize::tokenize(doc);
  return doc;
}

// Marks the tokens of the first occurrence of `name` (after `title`, when given) as a
// mention; `name` must start and end on token edges.
void mark(core::Document& doc, const std::string& name, core::EntityType type, const std::string& title = "") {
  size_t at = doc.text.find(title.empty() ? name : title + " " + name);
  REQUIRE(at != std::string::npos);
  uint32_t begin = uint32_t(at + (title.empty() ? 0 : title.size() + 1)), end = uint32_t(begin + name.size());
  core::Mention m;
  m.type = type;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.tokens[t].span.begin == begin) m.first_token = t;
    if (doc.tokens[t].span.end == end) m.last_token = t + 1;
  }
  REQUIRE(m.last_token > m.first_token);
  m.span = {begin, end};
  if (!title.empty()) m.title = {uint32_t(at), uint32_t(at + title.size())};
  doc.mentions.push_back(m);
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const core::Mention& a, const core::Mention& b) { return a.first_token < b.first_token; });
}

using testing::mentions_of;

}  // namespace

namespace {
struct Mark {
  std::string name;
  core::EntityType type;
  std::string title;
};

// The mentions after pass `pass` on `text` with the mentions `marks`.
std::string after(const char* pass, const std::string& text, const std::vector<Mark>& marks) {
  core::Document doc = tokenized(text);
  for (const Mark& m : marks) mark(doc, m.name, m.type, m.title);
  ner::run_mention_pass(pass, doc, lexicon());
  return mentions_of(doc);
}

using T = core::EntityType;
}  // namespace

TEST_CASE("acronym_definition: a long form and its bracketed initials are one type; the acronym is a name everywhere") {
  CHECK(after("acronym_definition", "Ministers of the Coastal Fisheries Board (CFB) met. The CFB said so.\n",
              {{"Coastal Fisheries Board", T::Misc, ""}, {"CFB", T::Place, ""}}) ==
        "Organization:Coastal Fisheries Board;Organization:CFB;Organization:CFB;");
  CHECK(after("acronym_definition", "The Coastal Fisheries Board (CAB) met.\n",  // not its initials
              {{"Coastal Fisheries Board", T::Misc, ""}}) == "Misc:Coastal Fisheries Board;");
  // A long form read as Misc takes the acronym's type ("Nordic Payment System (NPS)"); a
  // place's long name keeps its type ("Federal Republic of Norland (FRN)").
  CHECK(after("acronym_definition", "The Nordic Payment System (NPS) and the Federal Republic of Norland (FRN) met.\n",
              {{"Nordic Payment System", T::Misc, ""}, {"NPS", T::Organization, ""},
               {"Federal Republic of Norland", T::Place, ""}, {"FRN", T::Organization, ""}}) ==
        "Organization:Nordic Payment System;Organization:NPS;Place:Federal Republic of Norland;Place:FRN;");
}

TEST_CASE("particle_names: a person's name runs on through particles to the name after them") {
  CHECK(after("particle_names", "Ilse von der Brucken met Tariq Nabil Al-Hamdani and Abu Salim al-Rawi.\n",
              {{"Ilse", T::Person, ""}, {"Brucken", T::Person, ""}, {"Tariq Nabil", T::Person, ""},
               {"Abu Salim", T::Person, ""}}) ==
        "Person:Ilse von der Brucken;Person:Tariq Nabil Al-Hamdani;Person:Abu Salim al-Rawi;");
  CHECK(after("particle_names", "His father Salim El-Nour Haddad spoke.\n", {{"Salim", T::Person, ""}, {"Haddad", T::Person, ""}}) ==
        "Person:Salim El-Nour Haddad;");
  CHECK(after("particle_names", "The speech by von der Brucken was short; Smith in Paris spoke to Ada von Tessel.\n",
              {{"Brucken", T::Person, ""}, {"Smith", T::Person, ""}, {"Paris", T::Place, ""},
               {"Ada", T::Person, ""}, {"Tessel", T::Place, ""}}) ==
        "Person:von der Brucken;Person:Smith;Place:Paris;Person:Ada von Tessel;");  // "in" is no particle
}

TEST_CASE("venue_heads: venue words make places; surname-like ones only after a preposition of place") {
  CHECK(after("venue_heads",
              "They dined at the Riverside Hotel, walked the Old Bazaar and met at Marlow House; Anna House spoke.\n",
              {{"Riverside Hotel", T::Organization, ""}, {"Old Bazaar", T::Misc, ""}, {"Marlow House", T::Person, ""},
               {"Anna House", T::Person, ""}}) ==
        "Place:Riverside Hotel;Place:Old Bazaar;Place:Marlow House;Person:Anna House;");
}

TEST_CASE("title_organisation: an organisation at the end of a title is a mention of its own") {
  CHECK(after("title_organisation", "Secretary of the Harbour Safety Council Ivo Marek met Director Lena Ost.\n",
              {{"Ivo Marek", T::Person, "Harbour Safety Council"}, {"Lena Ost", T::Person, "Director"}}) ==
        "Organization:Harbour Safety Council;Person:Ivo Marek/Secretary;Person:Lena Ost/Director;");
  CHECK(after("title_organisation", "Chief Executive of the Tidewater Relief Council Mara Lind spoke.\n",
              {{"Mara Lind", T::Person, "Chief Executive of the Tidewater Relief Council"}}) ==
        "Organization:Tidewater Relief Council;Person:Mara Lind/Chief Executive;");
}

TEST_CASE("organisation_then_person: an organisation run on into a given name and a surname is the two") {
  const ner::MentionLexicon& lex = lexicon();
  REQUIRE(lex.first_names.count("ivan"));
  CHECK(after("organisation_then_person", "Secretary of the Harbour Safety Council Ivan Petrov said so.\n",
              {{"Harbour Safety Council Ivan Petrov", T::Organization, ""}}) ==
        "Organization:Harbour Safety Council;Person:Ivan Petrov/Secretary;");
  CHECK(after("organisation_then_person", "The Harbour Council Tower Group said so.\n",  // no given name
              {{"Harbour Council Tower Group", T::Organization, ""}}) == "Organization:Harbour Council Tower Group;");
}

TEST_CASE("between_parties: a name after 'between' holding one 'and' is two, unless the whole is known") {
  CHECK(after("between_parties", "Talks between the Harbour Pilots and Nordvik Shipping resumed.\n",
              {{"Harbour Pilots and Nordvik Shipping", T::Organization, ""}}) ==
        "Organization:Harbour Pilots;Organization:Nordvik Shipping;");
  // a country's name with "and" in it (the gazetteer's)
  CHECK(after("between_parties", "Flights between Trinidad and Tobago and Peru resumed.\n",
              {{"Trinidad and Tobago", T::Place, ""}, {"Peru", T::Place, ""}}) ==
        "Place:Trinidad and Tobago;Place:Peru;");
  // not after "between"
  CHECK(after("between_parties", "The Harbour Pilots and Nordvik Shipping Group said so.\n",
              {{"Harbour Pilots and Nordvik Shipping Group", T::Organization, ""}}) ==
        "Organization:Harbour Pilots and Nordvik Shipping Group;");
}

TEST_CASE("bracketed_codes: a ticker in angle brackets is no name; a name in them is an organisation") {
  CHECK(after("bracketed_codes", "Nordvik Motor <NDVK.F> bought a stake in <Solberg Ship Works> and Tarn <T.N>.\n",
              {{"Nordvik Motor", T::Organization, ""}, {"NDVK.F", T::Place, ""}, {"Solberg", T::Person, ""},
               {"Tarn", T::Organization, ""}, {"T.N", T::Person, ""}}) ==
        "Organization:Nordvik Motor;Organization:Solberg Ship Works;Organization:Tarn;");
  CHECK(after("bracketed_codes", "If a < b and c > d, Ada Lund wins.\n", {{"Ada Lund", T::Person, ""}}) ==
        "Person:Ada Lund;");
}

TEST_CASE("mention passes: an unknown pass name is an error") {
  auto doc = tokenized("Nothing.\n");
  CHECK_THROWS_AS(ner::run_mention_pass("no_such_pass", doc, lexicon()), core::Error);
}

TEST_CASE("the whole recognizer on the passes' shapes") {
  ner::EntityRecognizer r;
  core::Document doc = tokenized(
      "Leaders of the Coastal Fisheries Board (CFB) met on Monday.\n"
      "Secretary of the National Maritime Council Ivan Petrov arrived at the Riverside Hotel.\n"
      "He met Helen von der Brucken and Sarah von Tessel.\n");
  r.annotate(doc);
  CHECK(mentions_of(doc) ==
        "Organization:Coastal Fisheries Board;Organization:CFB;Organization:National Maritime Council;"
        "Person:Ivan Petrov/Secretary;Place:Riverside Hotel;Person:Helen von der Brucken;Person:Sarah von Tessel;");
}

TEST_CASE("line_names: a given name and a family name alone on a line are a person, whatever the tagger read") {
  CHECK(after("line_names", "Please see the attached draft.\nRegards,\nMarta Vellinger\n",
              {{"Marta Vellinger", T::Organization, ""}}) == "Person:Marta Vellinger;");
  // Not in running text, not with a common word, place or organisation head second.
  CHECK(after("line_names", "Marta Vellinger said so.\n", {{"Marta Vellinger", T::Organization, ""}}) ==
        "Organization:Marta Vellinger;");
  CHECK(after("line_names", "Photos:\nJordan Valley\nVictoria Oslo\nMarta Council\n",
              {{"Jordan Valley", T::Place, ""}, {"Victoria Oslo", T::Place, ""}, {"Marta Council", T::Organization, ""}}) ==
        "Place:Jordan Valley;Place:Victoria Oslo;Organization:Marta Council;");
}

TEST_CASE("clock_suffixes: two capitals after a clock time are its half of the day or zone, no name") {
  CHECK(after("clock_suffixes", "Sent 08/10/2000 08:28 AM to the office in Oslo.\n",
              {{"AM", T::Place, ""}, {"Oslo", T::Place, ""}}) == "Place:Oslo;");
  CHECK(after("clock_suffixes", "At 10:30 Moscow time the US envoy and 3 UN staff left.\n",
              {{"Moscow", T::Place, ""}, {"US", T::Place, ""}, {"UN", T::Organization, ""}}) ==
        "Place:Moscow;Place:US;Organization:UN;");
}

TEST_CASE("company_names: a name with a legal form is a company, and so is that name alone in the article") {
  // The legal form outside the mention, after a comma: the mention takes it in.
  core::Document doc = tokenized("Tarnwick can survive, said Ada Lund of Tarnwick, Inc. in Oslo. Tarnwick Labs won.\n");
  mark(doc, "Tarnwick", T::Person);
  mark(doc, "Ada Lund", T::Person);
  mark(doc, "Oslo", T::Place);
  mark(doc, "Tarnwick Labs", T::Person);
  core::Mention second = doc.mentions[0];  // the "Tarnwick" of "Tarnwick, Inc."
  size_t at = doc.text.find("Tarnwick, Inc.");
  for (uint32_t t = 0; t < doc.tokens.size(); ++t)
    if (doc.tokens[t].span.begin == at) second.first_token = t, second.last_token = t + 1;
  second.span = {uint32_t(at), uint32_t(at + 8)};
  doc.mentions.push_back(second);
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const core::Mention& a, const core::Mention& b) { return a.first_token < b.first_token; });
  ner::run_mention_pass("company_names", doc, lexicon());
  CHECK(mentions_of(doc) ==
        "Organization:Tarnwick;Person:Ada Lund;Organization:Tarnwick, Inc.;Place:Oslo;Person:Tarnwick Labs;");
  // The legal form inside the mention; without a legal form nothing changes.
  CHECK(after("company_names", "Kolvik said on Monday that Kolvik AG will grow.\n",
              {{"Kolvik", T::Place, ""}, {"Kolvik AG", T::Person, ""}}) == "Organization:Kolvik;Organization:Kolvik AG;");
  CHECK(after("company_names", "Kolvik said on Monday that Kolvik Labs will grow.\n",
              {{"Kolvik", T::Person, ""}, {"Kolvik Labs", T::Person, ""}}) == "Person:Kolvik;Person:Kolvik Labs;");
  // A legal form in lower case is a word, not a legal form.
  CHECK(after("company_names", "Kolvik, limited in scope, grew.\n", {{"Kolvik", T::Person, ""}}) ==
        "Person:Kolvik;");
}

TEST_CASE("venue_heads: a geographic feature word ends a place, or starts one before 'of'") {
  CHECK(after("venue_heads", "Ships left the Strait of Tarnov for the Kolvik Sea.\n",
              {{"Strait of Tarnov", T::Organization, ""}, {"Kolvik Sea", T::Organization, ""}}) ==
        "Place:Strait of Tarnov;Place:Kolvik Sea;");
  CHECK(after("venue_heads", "Ships left the Gulf of Oman on Monday.\n", {{"Gulf", T::Place, ""}, {"Oman", T::Place, ""}}) ==
        "Place:Gulf of Oman;");
  // Not before an organisation, nor in lower case.
  CHECK(after("venue_heads", "The Gulf of Tarnov Council and the gulf of Oman met.\n",
              {{"Gulf", T::Place, ""}, {"Tarnov Council", T::Organization, ""}, {"Oman", T::Place, ""}}) ==
        "Place:Gulf;Organization:Tarnov Council;Place:Oman;");
}

TEST_CASE("venue_heads: a person's name that ends in a feature word stays a person") {
  CHECK(after("venue_heads", "The film by Ada Bay opened.\n", {{"Ada Bay", T::Person, ""}}) == "Person:Ada Bay;");
}

TEST_CASE("common_abbreviations: an abbreviation of a common noun is no name, of a document or event Misc") {
  CHECK(after("common_abbreviations", "Kolvik said AI and the POWs matter, as COP29 and the JCPOA do.\n",
              {{"Kolvik", T::Person, ""}, {"AI", T::Organization, ""}, {"POWs", T::Place, ""}, {"COP29", T::Place, ""},
               {"JCPOA", T::Organization, ""}}) == "Person:Kolvik;Misc:COP29;Misc:JCPOA;");
  // Only in capitals, and only alone: a longer name keeps its words.
  CHECK(after("common_abbreviations", "Ok, said Kolvik AI Labs and NATO.\n",
              {{"Ok", T::Person, ""}, {"Kolvik AI Labs", T::Organization, ""}, {"NATO", T::Organization, ""}}) ==
        "Person:Ok;Organization:Kolvik AI Labs;Organization:NATO;");
}

TEST_CASE("class_nouns: a name after a noun of a kind, or in a list after a plural one, is of that kind") {
  CHECK(after("class_nouns", "The Tarnish airline Kolvik Air flew. Kolvik has grown, and Kolvik Air too.\n",
              {{"Tarnish", T::Misc, ""}, {"Kolvik Air", T::Person, ""}, {"Kolvik", T::Person, ""},
               {"Kolvik Air", T::Place, ""}}) ==
        "Misc:Tarnish;Organization:Kolvik Air;Organization:Kolvik;Organization:Kolvik Air;");
  CHECK(after("class_nouns", "Firms including Vellinger Bahn, Tarnov, and Ostmark quit.\n",
              {{"Vellinger Bahn", T::Person, ""}, {"Tarnov", T::Place, ""}, {"Ostmark", T::Organization, ""}}) ==
        "Organization:Vellinger Bahn;Organization:Tarnov;Organization:Ostmark;");
  // A capitalised noun inside a sentence is a name's word, no noun of a kind.
  CHECK(after("class_nouns", "They met Kolvik Group Tarnov.\n", {{"Tarnov", T::Person, ""}}) == "Person:Tarnov;");
  CHECK(after("class_nouns", "Two German firms including Vellinger Bahn, Tarnov, and Ostmark quit.\n",
              {{"Vellinger Bahn", T::Person, ""}, {"Tarnov", T::Place, ""}, {"Ostmark", T::Organization, ""}}) ==
        "Organization:Vellinger Bahn;Organization:Tarnov;Organization:Ostmark;");
  // A person with a given name stays a person; a singular noun takes no list; a title stays.
  CHECK(after("class_nouns", "The company Anna Berg founded hired Tarnov and Ostmark.\n",
              {{"Anna Berg", T::Person, ""}, {"Tarnov", T::Person, ""}, {"Ostmark", T::Place, ""}}) ==
        "Person:Anna Berg;Person:Tarnov;Place:Ostmark;");
  CHECK(after("class_nouns", "The group Kolvik and Tarnov met.\n", {{"Kolvik", T::Person, ""}, {"Tarnov", T::Person, ""}}) ==
        "Organization:Kolvik;Person:Tarnov;");
}

TEST_CASE("person_government: a surname before a noun for a government is the person; two joined are no name") {
  CHECK(after("person_government", "He said the Tarnow Administration wants more, as the Lund-Berg Administration’s aides did.\n",
              {{"Tarnow Administration", T::Organization, ""}, {"Lund-Berg Administration", T::Organization, ""}}) ==
        "Person:Tarnow;");
  CHECK(after("person_government", "The Tarnow government's plan and the Afghan Government and the Tarnow Council met.\n",
              {{"Tarnow government", T::Organization, ""}, {"Afghan Government", T::Organization, ""},
               {"Tarnow Council", T::Organization, ""}}) ==
        "Person:Tarnow;Organization:Afghan Government;Organization:Tarnow Council;");
}

TEST_CASE("document_labels: a two-word line with a colon read as a person, ending in a common word, is no name") {
  CHECK(after("document_labels", "The statement follows.\nBegin Text:\nWe met.\nAnna Text:\nEnd Text. More words.\n",
              {{"Begin Text", T::Person, ""}, {"Anna Text", T::Person, ""}, {"End Text", T::Person, ""}}) ==
        "Person:Anna Text;Person:End Text;");
}

TEST_CASE("surname_mentions: a word left untagged that is a named person's surname is a mention of the person") {
  CHECK(after("surname_mentions",
              "Tariq al-Hamdani met Ilse Brucken. Hamdani and Brucken spoke, Brucken Street was shut.\n",
              {{"Tariq al-Hamdani", T::Person, ""}, {"Ilse Brucken", T::Person, ""}}) ==
        "Person:Tariq al-Hamdani;Person:Ilse Brucken;Person:Hamdani;Person:Brucken;");
  // a dictionary word may be the word itself; a lone surname names no one to repeat
  CHECK(after("surname_mentions", "Ada Fish spoke. Fish prices rose. Nabil said Hamdani left.\n",
              {{"Ada Fish", T::Person, ""}, {"Nabil", T::Person, ""}}) == "Person:Ada Fish;Person:Nabil;");
}

TEST_CASE("common_word_people: a lone common word read as a person is no name, unless a person's name ends in it") {
  CHECK(after("common_word_people", "The Administration said Waltz met Mike Waltz and Hope.\n",
              {{"Administration", T::Person, ""}, {"Waltz", T::Person, ""}, {"Mike Waltz", T::Person, ""},
               {"Hope", T::Person, ""}}) == "Person:Waltz;Person:Mike Waltz;Person:Hope;");
  // A title before the word elsewhere makes it a person's name.
  CHECK(after("common_word_people", "Waltz said so, Advisor Waltz added.\n",
              {{"Waltz", T::Person, ""}, {"Waltz", T::Person, "Advisor"}}) == "Person:Waltz;Person:Waltz/Advisor;");
  // Only people: an organisation or a place keeps its name.
  CHECK(after("common_word_people", "The Administration said so.\n", {{"Administration", T::Organization, ""}}) ==
        "Organization:Administration;");
}

TEST_CASE("document_names: one word before a noun for an agreement names the document") {
  CHECK(after("document_names", "KOLVIK ACCORD HOLDS\nThey kept the Kolvik accord and the Tarnow pact.\n",
              {{"KOLVIK", T::Organization, ""}, {"Kolvik", T::Organization, ""}, {"Tarnow", T::Person, ""}}) ==
        "Misc:KOLVIK;Misc:Kolvik;Misc:Tarnow;");
  // A place, an acronym in running text, a capitalised noun (a name's word) and a longer
  // name keep their type.
  CHECK(after("document_names", "They kept the Oslo accords, the NATO treaty, Kolvik Agreement and the Tarnow Bank pact.\n",
              {{"Oslo", T::Place, ""}, {"NATO", T::Organization, ""}, {"Kolvik", T::Organization, ""},
               {"Tarnow Bank", T::Organization, ""}}) ==
        "Place:Oslo;Organization:NATO;Organization:Kolvik;Organization:Tarnow Bank;");
  // A gazetteer place before a noun for an agreement or an event is where it was made or held.
  CHECK(after("document_names", "Before the Oslo summit, the NATO summit and the Kolvik talks, the Lisbon pact held.\n",
              {{"Oslo", T::Organization, ""}, {"NATO", T::Organization, ""}, {"Kolvik", T::Organization, ""},
               {"Lisbon", T::Person, ""}}) ==
        "Place:Oslo;Organization:NATO;Organization:Kolvik;Place:Lisbon;");
}

TEST_CASE("the whole recognizer: a place's name before 'Pact' names a document (misc_words.tsv)") {
  ner::EntityRecognizer r;
  core::Document doc = tokenized("Officials released details of the Macao Pact on Friday.\n");
  r.annotate(doc);
  CHECK(mentions_of(doc) == "Misc:Macao Pact;");
}

TEST_CASE("the whole recognizer: memoranda, frameworks, wars and weeks are Misc (misc_words.tsv)") {
  ner::EntityRecognizer r;
  core::Document doc = tokenized(
      "The Memorandum of Understanding was signed. He spoke at the opening of Harvest Remembrance Week, "
      "which marks the Tarnovian War.\n");
  r.annotate(doc);
  for (const core::Mention& m : doc.mentions) {
    INFO(std::string(doc.view(m.span)));
    CHECK(m.type == core::EntityType::Misc);
  }
  CHECK(!doc.mentions.empty());
}

TEST_CASE("capitals_title: in a title in capitals a name stops before common words; a gazetteer place is a place") {
  CHECK(after("capitals_title", "Title: CANADA LEADERS FAIL ON CAR DEAL, LISBON SAYS, YAO TOO\n\nYao Lin spoke.\n",
              {{"CANADA LEADERS FAIL", T::Organization, ""}, {"CAR", T::Organization, ""}, {"LISBON", T::Organization, ""},
               {"YAO", T::Organization, ""}, {"Yao Lin", T::Person, ""}}) ==
        "Place:CANADA;Place:LISBON;Organization:YAO;Person:Yao Lin;");
  CHECK(after("capitals_title", "Title: CENTRAL BANK WANTS TALKS, CHINESE FOREIGN MINISTRY SAYS\n\nText.\n",
              {{"CENTRAL BANK WANTS", T::Organization, ""}, {"CHINESE FOREIGN MINISTRY", T::Organization, ""}}) == "");
  // A title in mixed case, and the body, keep their names.
  CHECK(after("capitals_title", "Title: Canada Leaders Fail\n\nLISBON LEADERS FAIL.\n",
              {{"Canada Leaders Fail", T::Organization, ""}, {"LISBON LEADERS FAIL", T::Organization, ""}}) ==
        "Organization:Canada Leaders Fail;Organization:LISBON LEADERS FAIL;");
}

TEST_CASE("peoples: one word naming a people or a faith's followers is Misc; a given name is left alone") {
  CHECK(after("peoples", "Muslim leaders and Kurds met Christian and the Kurdish Workers Council.\n",
              {{"Muslim", T::Organization, ""}, {"Kurds", T::Place, ""}, {"Christian", T::Person, ""},
               {"Kurdish Workers Council", T::Organization, ""}}) ==
        "Misc:Muslim;Misc:Kurds;Person:Christian;Organization:Kurdish Workers Council;");
}

TEST_CASE("region_names: a place or proper adjective before 'region' names the region, unless written alone too") {
  CHECK(after("region_names", "Peace in the Kolvik Lakes region and the Tarnic region.\n",
              {{"Kolvik Lakes", T::Place, ""}, {"Tarnic", T::Misc, ""}}) ==
        "Place:Kolvik Lakes region;Place:Tarnic region;");
  // The name alone elsewhere: "Tarnow" of "Tarnow said" is the name of "the Tarnow region".
  core::Document doc = tokenized("Tarnow said the Tarnow region is calm.\n");
  mark(doc, "Tarnow", T::Place);
  core::Mention second = doc.mentions[0];
  second.first_token = 3, second.last_token = 4;
  second.span = doc.tokens[3].span;
  REQUIRE(doc.view(second.span) == "Tarnow");
  doc.mentions.push_back(second);
  ner::run_mention_pass("region_names", doc, lexicon());
  CHECK(mentions_of(doc) == "Place:Tarnow;Place:Tarnow;");
  // A gazetteer place, a nationality's adjective and an organisation keep their mention.
  CHECK(after("region_names", "Peace in the Oslo region.\n", {{"Oslo", T::Place, ""}}) == "Place:Oslo;");
  CHECK(after("region_names", "The Swedish region and the Kolvik Council region met.\n",
              {{"Swedish", T::Misc, ""}, {"Kolvik Council", T::Organization, ""}}) ==
        "Misc:Swedish;Organization:Kolvik Council;");
}

TEST_CASE("world_regions: a world region's name is a place; as Misc only where it is a noun") {
  CHECK(after("world_regions", "Ships from Scandinavia and Latin America sailed the Eastern Mediterranean to the Caribbean.\n",
              {{"Scandinavia", T::Organization, ""}, {"Latin America", T::Person, ""}, {"Eastern Mediterranean", T::Organization, ""},
               {"Caribbean", T::Misc, ""}}) ==
        "Place:Scandinavia;Place:Latin America;Place:Eastern Mediterranean;Place:Caribbean;");
  CHECK(after("world_regions", "Caribbean nations and the Kolvik Pacific Line met.\n",
              {{"Caribbean", T::Misc, ""}, {"Kolvik Pacific Line", T::Organization, ""}}) ==
        "Misc:Caribbean;Organization:Kolvik Pacific Line;");
}

TEST_CASE("known_organisations: an intergovernmental organisation's long form or acronym is an organisation") {
  CHECK(after("known_organisations", "Doses went to the African Union and the AU envoy, not to the Soviet Union.\n",
              {{"African Union", T::Place, ""}, {"AU", T::Place, ""}, {"Soviet Union", T::Place, ""}}) ==
        "Organization:African Union;Organization:AU;Place:Soviet Union;");
  CHECK(after("known_organisations", "He spoke at the World Economic Forum; Au Lund spoke too.\n",
              {{"World Economic Forum", T::Misc, ""}, {"Au Lund", T::Person, ""}}) ==
        "Organization:World Economic Forum;Person:Au Lund;");
}

TEST_CASE("generic_heads: a capitalised common noun that heads organisations is no name alone") {
  CHECK(after("generic_heads", "The Ministry said the Government and the Parties agreed; Bank debt rose.\n",
              {{"Ministry", T::Organization, ""}, {"Government", T::Organization, ""}, {"Parties", T::Organization, ""},
               {"Bank", T::Organization, ""}}) == "");
  // A short form of the article's organisation, a proper noun, capitals and two words stay.
  CHECK(after("generic_heads", "The Harbour Safety Council met. The Council and the Senate said the ARMY Fund grew.\n",
              {{"Harbour Safety Council", T::Organization, ""}, {"Council", T::Organization, ""},
               {"Senate", T::Organization, ""}, {"ARMY Fund", T::Organization, ""}}) ==
        "Organization:Harbour Safety Council;Organization:Council;Organization:Senate;Organization:ARMY Fund;");
}

TEST_CASE("title_people: a person's name of title words only is no name") {
  CHECK(after("title_people", "Thank you, Madam Vice President. Deputy Secretary of State spoke; Stephen King and King met Vice Lund.\n",
              {{"Madam Vice President", T::Person, ""}, {"Deputy Secretary of State", T::Person, ""},
               {"Stephen King", T::Person, ""}, {"King", T::Person, ""}, {"Vice Lund", T::Person, ""}}) ==
        "Person:Stephen King;Person:King;Person:Vice Lund;");
  CHECK(after("title_people", "The King spoke. Thank you, Madam Vice President.\n",
              {{"King", T::Person, ""}, {"Vice President", T::Person, "Madam"}}) == "");
  // A title-only name is no longer name that protects a word of it.
  CHECK(after("title_people", "The President spoke. Madam Vice President, thank you.\n",
              {{"President", T::Person, ""}, {"Vice President", T::Person, "Madam"}}) == "");
}

TEST_CASE("title_modifier_names: a title's modifier does not start an organisation's or place's name") {
  CHECK(after("title_modifier_names", "Deputy State Department spokesman Ivo Lund and Former Kolvik Bank said so; Acting spoke.\n",
              {{"Deputy State Department", T::Organization, ""}, {"Ivo Lund", T::Person, "spokesman"},
               {"Former Kolvik Bank", T::Organization, ""}, {"Acting", T::Organization, ""}}) ==
        "Organization:State Department;Person:Ivo Lund/spokesman;Organization:Kolvik Bank;Organization:Acting;");
}

TEST_CASE("deities: a name of God only is no entity") {
  CHECK(after("deities", "God bless you, and may Almighty God and Allah keep Godfrey Lund.\n",
              {{"God", T::Person, ""}, {"Almighty God", T::Person, ""}, {"Allah", T::Organization, ""},
               {"Godfrey Lund", T::Person, ""}}) == "Person:Godfrey Lund;");
}

TEST_CASE("acronym_long_forms: an acronym's long form in brackets after it is one name of its type") {
  CHECK(after("acronym_long_forms", "Fighters of the KLFT (Kolvik Liberation Front of Tarn) fled; AB (Ada Berg) and NF (Nordic Loan Fund) spoke.\n",
              {{"KLFT", T::Organization, ""}, {"Kolvik Liberation Front", T::Organization, ""}, {"Tarn", T::Place, ""},
               {"AB", T::Organization, ""}, {"Ada Berg", T::Person, ""}, {"NF", T::Organization, ""},
               {"Nordic Loan Fund", T::Place, ""}}) ==
        "Organization:KLFT;Organization:Kolvik Liberation Front of Tarn;Organization:AB;Person:Ada Berg;"
        "Organization:NF;Place:Nordic Loan Fund;");
  // An acronym read as Misc takes the long form's first name's type, here and elsewhere.
  CHECK(after("acronym_long_forms", "The KSTO (Kolvik State of Tarn and Oslo) fled. KSTO fighters stayed.\n",
              {{"KSTO", T::Misc, ""}, {"Kolvik State of Tarn", T::Organization, ""}, {"Oslo", T::Place, ""}}) ==
        "Organization:KSTO;Organization:Kolvik State of Tarn and Oslo;Organization:KSTO;");
}

TEST_CASE("organisation_of_place: an organisation's head, 'of' and a gazetteer place are one name") {
  CHECK(after("organisation_of_place", "The Foreign Ministry of Norway, the Kolvik Group of Oslo and Tarn Ministry of Tarnvik spoke.\n",
              {{"Foreign Ministry", T::Organization, ""}, {"Norway", T::Place, ""}, {"Kolvik Group", T::Organization, ""},
               {"Oslo", T::Place, ""}, {"Tarn Ministry", T::Organization, ""}, {"Tarnvik", T::Place, ""}}) ==
        "Organization:Foreign Ministry of Norway;Organization:Kolvik Group of Oslo;Organization:Tarn Ministry;Place:Tarnvik;");
}
