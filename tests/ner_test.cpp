// Entity tagger: model file errors, tagging with the committed model, title spans,
// speaker labels, CoNLL reading and conlleval-compatible scoring.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "core/error.h"
#include "core/io.h"
#include "ner/conll.h"
#include "ner/lexicon.h"
#include "ner/model.h"
#include "mention_format.h"
#include "ner/recognizer.h"
#include "ner/train.h"
#include "text/article.h"
#include "tokenize/tokenizer.h"

namespace {

using namespace ng;

const std::string kModel = std::string(NEWSGRAPH_SOURCE_DIR) + "/models/ner.model";

std::string temp_path(const char* name) { return std::string("/tmp/ng_ner_test_") + name; }

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

core::Document annotate(const ner::EntityRecognizer& r, const std::string& text) {
  core::Document doc = text::read_article("t", "t.txt", text);
  tokenize::tokenize(doc);
  r.annotate(doc);
  return doc;
}

using testing::mentions_of;

}  // namespace

TEST_CASE("a missing, foreign, truncated or wrong-version model file is an error naming the file") {
  CHECK_THROWS_WITH_AS(ner::TaggerModel::load("/nonexistent/ner.model"), doctest::Contains("/nonexistent/ner.model"),
                       core::Error);
  std::string junk = temp_path("junk.model");
  write_bytes(junk, "this is not a model file at all");
  CHECK_THROWS_WITH_AS(ner::TaggerModel::load(junk), doctest::Contains("bad magic"), core::Error);

  std::string bytes = core::read_file(kModel);
  std::string cut = temp_path("cut.model");
  write_bytes(cut, bytes.substr(0, bytes.size() / 2));
  CHECK_THROWS_WITH_AS(ner::TaggerModel::load(cut), doctest::Contains(cut.c_str()), core::Error);

  std::string other = bytes;
  other[8] = static_cast<char>(ner::kModelVersion + 1);
  std::string ver = temp_path("ver.model");
  write_bytes(ver, other);
  CHECK_THROWS_WITH_AS(ner::TaggerModel::load(ver), doctest::Contains("version"), core::Error);

  std::string flipped = bytes;
  flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x55);
  std::string bad = temp_path("flip.model");
  write_bytes(bad, flipped);
  CHECK_THROWS_WITH_AS(ner::TaggerModel::load(bad), doctest::Contains("checksum"), core::Error);

  ner::Options opt;
  opt.model_path = junk;
  CHECK_THROWS_AS(ner::EntityRecognizer{opt}, core::Error);
  for (const auto& p : {junk, cut, ver, bad}) std::remove(p.c_str());
}

TEST_CASE("the committed model finds people, places and organisations, titles outside the name") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Russian Foreign Minister Sergei Lavrov met German Chancellor Angela Merkel in Berlin on Monday.\n");
  CHECK(mentions_of(doc) ==
        "Misc:Russian;Person:Sergei Lavrov/Foreign Minister;Misc:German;Person:Angela Merkel/Chancellor;Place:Berlin;");
  doc = annotate(r, "As U.S. Special Envoy Steve Witkoff arrived in Moscow, President Putin said the United Nations would help.\n");
  CHECK(mentions_of(doc) ==
        "Place:U.S.;Person:Steve Witkoff/Special Envoy;Place:Moscow;Person:Putin/President;Organization:United Nations;");
  // Citation markers are skipped, and never part of a mention.
  doc = annotate(r, "Talks were held in Geneva [2]. Officials from NATO attended.\n");
  CHECK(mentions_of(doc) == "Place:Geneva;Organization:NATO;");
}

TEST_CASE("transcript speaker labels give a person with a title") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "PRESIDENT BIDEN: Thank you all for coming.\nSECRETARY BLINKEN: Thank you, Mr. President.\n");
  REQUIRE(doc.mentions.size() >= 2);
  CHECK(doc.view(doc.mentions[0].span) == "BIDEN");
  CHECK(doc.view(doc.mentions[0].title) == "PRESIDENT");
  CHECK(doc.mentions[0].type == core::EntityType::Person);
  CHECK(doc.view(doc.mentions[1].span) == "BLINKEN");
  CHECK(doc.view(doc.mentions[1].title) == "SECRETARY");
}

TEST_CASE("titles lexicon matches longest titles and modifiers before a name") {
  ner::TitleLexicon t;
  t.add("president", false);
  t.add("vice president", false);
  t.add("secretary of state", false);
  t.add("former", true);
  t.finish();
  std::vector<std::string> words = {"former", "Vice", "President", "Pence", "and", "Secretary", "of", "State", "Rubio"};
  std::vector<uint64_t> low;
  for (auto& w : words) low.push_back(ner::lower_hash(w));
  CHECK(t.match_before(low.data(), 0, 3) == 0);  // "former Vice President"
  CHECK(t.match_before(low.data(), 1, 3) == 1);  // the floor stops it
  CHECK(t.match_before(low.data(), 4, 8) == 5);  // "Secretary of State"
  CHECK(t.match_before(low.data(), 0, 1) == 1);  // a modifier alone is no title
  CHECK(t.match_at(low.data(), 5, 9) == 8);
  CHECK(t.match_at(low.data(), 3, 9) == 3);
}

TEST_CASE("CoNLL reading converts IOB1 to BILOU and scoring matches conlleval") {
  std::string path = temp_path("mini.conll");
  write_bytes(path,
              "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n"
              "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nParis NNP I-NP B-PER\n");
  auto f = ner::read_conll(path, true);
  REQUIRE(f->docs.size() == 1);
  const auto& d = f->docs[0];
  CHECK(d.doc.words.size() == 6);
  CHECK(d.doc.sentence_starts == std::vector<uint32_t>{0, 3});
  CHECK(d.gold == std::vector<ner::Tag>{ner::make_tag(ner::kOrg, ner::kU), 0, ner::make_tag(ner::kMisc, ner::kU),
                                        ner::make_tag(ner::kPer, ner::kB), ner::make_tag(ner::kPer, ner::kL),
                                        ner::make_tag(ner::kPer, ner::kU)});
  CHECK(ner::iob2(d.gold[3]) == "B-PER");
  CHECK(ner::iob2(d.gold[4]) == "I-PER");

  // Gold IOB1 against predicted IOB2: 4 gold chunks, 4 predicted, 2 correct.
  std::string scored = temp_path("scored.conll");
  write_bytes(scored,
              "EU x I-ORG B-ORG\nrejects x O O\nGerman x I-MISC B-LOC\n\n"
              "Peter x I-PER B-PER\nBlackburn x I-PER I-PER\nParis x B-PER I-PER\n");
  auto s = ner::score_conll_file(scored);
  CHECK(s.gold[ner::kPer] == 2);
  CHECK(s.predicted[ner::kPer] == 1);
  CHECK(s.correct[ner::kPer] == 0);
  CHECK(s.correct[ner::kOrg] == 1);
  CHECK(s.f1(ner::kOrg) == doctest::Approx(100.0));
  CHECK(s.f1() == doctest::Approx(100.0 * 2 * (1.0 / 3) * (1.0 / 4) / (1.0 / 3 + 1.0 / 4)));
  std::remove(path.c_str());
  std::remove(scored.c_str());
}

TEST_CASE("CoNLL documents run through the whole recognizer; Universal NER TSV is read") {
  std::string path = temp_path("rules.conll");
  write_bytes(path,
              "-DOCSTART- -X- O O\n\nForeign x x O\nMinister x x O\nAnna x x I-PER\nKowalska x x I-PER\n"
              "visited x x O\nOslo x x I-LOC\n. x x O\n\nShe x x O\nleft x x O\n. x x O\n");
  auto f = ner::read_conll(path, true);
  REQUIRE(f->docs.size() == 1);
  core::Document doc = ner::conll_document(f->docs[0].doc);
  CHECK(doc.text == "Foreign Minister Anna Kowalska visited Oslo .\nShe left .");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.tokens.size() == 10);
  CHECK(doc.tokens[7].line_start);
  CHECK(doc.tokens[6].kind == core::TokenKind::Punct);
  ner::EntityRecognizer r;
  r.annotate(doc);
  CHECK(mentions_of(doc) == "Person:Anna Kowalska/Foreign Minister;Place:Oslo;");
  std::vector<ner::Tag> tags;
  ner::mention_tags(doc, tags);
  ner::ChunkScore score;
  ner::score_bilou(f->docs[0].gold, tags, score);
  CHECK(score.f1() == doctest::Approx(100.0));
  ner::keep_types(tags, 1u << ner::kPer);
  CHECK(tags[5] == 0);
  CHECK(tags[2] == ner::make_tag(ner::kPer, ner::kB));

  std::string uner = temp_path("mini.iob2");
  write_bytes(uner,
              "# newdoc id = a\n# text = Ann met Bo Li .\n1\tAnn\tB-PER\t-\tx\n2\tmet\tO\t-\t-\n"
              "3\tBo\tB-PER\t-\tx\n4\tLi\tI-PER\t-\tx\n5\t.\tO\t-\t-\n\n# newdoc id = b\n1\tAcme\tB-ORG\t-\tx\n\n");
  auto u = ner::read_uner(uner);
  REQUIRE(u->docs.size() == 2);
  CHECK(u->docs[0].doc.words.size() == 5);
  CHECK(u->docs[0].gold == std::vector<ner::Tag>{ner::make_tag(ner::kPer, ner::kU), 0, ner::make_tag(ner::kPer, ner::kB),
                                                  ner::make_tag(ner::kPer, ner::kL), 0});
  CHECK(u->docs[1].gold == std::vector<ner::Tag>{ner::make_tag(ner::kOrg, ner::kU)});
  write_bytes(uner, "1\tAnn\tB-XYZ\t-\tx\n");
  CHECK_THROWS_WITH_AS(ner::read_uner(uner), doctest::Contains(":1"), core::Error);
  std::remove(path.c_str());
  std::remove(uner.c_str());
}

TEST_CASE("GMB CSV: titles leave people, a person chunk of title words alone is no entity") {
  std::string path = temp_path("mini_gmb.csv");
  // "Mr." tagged apart from a mistyped name and "Prime" apart from "Minister", as GMB does.
  write_bytes(path,
              "Sentence #,Word,POS,Tag\nSentence: 1,Mr.,NNP,B-per\n,Petrov,NNP,B-org\n,met,VBD,O\n"
              ",Prime,NNP,B-per\n,Minister,NNP,O\n,Anna,NNP,B-per\n,Berg,NNP,I-per\n,in,IN,O\n"
              ",Oslo,NNP,B-geo\n,.,.,O\nSentence: 2,President,NNP,B-per\n,Ivo,NNP,I-per\n"
              ",Marek,NNP,I-per\n,left,VBD,O\n");
  auto titles = ner::TitleLexicon::from_tsv(std::string(NEWSGRAPH_SOURCE_DIR) + "/data/titles.tsv");
  auto f = ner::read_gmb_csv(path, 20, &titles, nullptr);
  REQUIRE(f->docs.size() == 1);
  const ner::Tag B = ner::make_tag(ner::kPer, ner::kB), L = ner::make_tag(ner::kPer, ner::kL);
  CHECK(f->docs[0].gold == std::vector<ner::Tag>{0, ner::make_tag(ner::kOrg, ner::kU), 0, 0, 0, B, L, 0,
                                                  ner::make_tag(ner::kLoc, ner::kU), 0, 0, B, L, 0});
  std::remove(path.c_str());
}

TEST_CASE("training is deterministic and a saved model tags as the trained one") {
  std::string path = temp_path("train.conll");
  std::string text;
  for (int i = 0; i < 30; ++i)
    text += "-DOCSTART- -X- O O\n\nJohn x x I-PER\nSmith x x I-PER\nvisited x x O\nParis x x I-LOC\n. x x O\n\n"
            "Acme x x I-ORG\nCorp x x I-ORG\nhired x x O\nMary x x I-PER\n. x x O\n\n";
  write_bytes(path, text);
  auto f = ner::read_conll(path, true);
  std::vector<const ner::LabeledDoc*> docs;
  for (auto& d : f->docs) docs.push_back(&d);
  ner::TrainOptions opt;
  opt.epochs = 3;
  auto m1 = ner::train_tagger(docs, {}, {}, {}, opt, nullptr);
  auto m2 = ner::train_tagger(docs, {}, {}, {}, opt, nullptr);
  std::string a = temp_path("a.model"), b = temp_path("b.model");
  m1.save(a);
  m2.save(b);
  CHECK(core::read_file(a) == core::read_file(b));
  auto loaded = ner::TaggerModel::load(a);
  CHECK(ner::evaluate(loaded, docs).f1() == doctest::Approx(100.0));
  for (const auto& p : {path, a, b}) std::remove(p.c_str());
}

TEST_CASE("chunk rules: country names whole, function words outside names, titles with a domain") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "He met President Xi Jinping of the People's Republic of China (PRC) on Monday.\n");
  std::string m = mentions_of(doc);
  CHECK(m.find("Place:People's Republic of China;") != std::string::npos);
  CHECK(m.find("Person:Xi Jinping/President;") != std::string::npos);
  doc = annotate(r, "The statement was issued by the Office of the Spokesperson in Washington.\n");
  m = mentions_of(doc);
  CHECK(m.find("Organization:Office of the Spokesperson;") != std::string::npos);
  for (const auto& mention : doc.mentions) {
    std::string_view text = doc.view(mention.span);
    CHECK(text.substr(0, 3) != "of ");
    CHECK(text.back() != '.');
  }
}

TEST_CASE("laws, plans and summits are Misc; trailing titles leave the name; first names join the person") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Congress passed the Taiwan Relations Act before the NATO Summit in Madrid.\n");
  for (const auto& m : doc.mentions) {
    std::string_view text = doc.view(m.span);
    if (text.find("Act") != std::string_view::npos || text.find("Summit") != std::string_view::npos)
      CHECK(m.type == core::EntityType::Misc);
  }
  doc = annotate(r, "Officials of the Ministry of Defence met reporters.\n");
  CHECK(mentions_of(doc).find("Organization:Ministry of Defence;") != std::string::npos);
  doc = annotate(r, "He said the European Union High Representative would travel.\n");
  REQUIRE(doc.mentions.size() == 1);
  CHECK(doc.view(doc.mentions[0].span) == "European Union");
  doc = annotate(r, "Secretary of State Antony J. Blinken spoke.\n");
  REQUIRE(doc.mentions.size() == 1);
  CHECK(doc.view(doc.mentions[0].span) == "Antony J. Blinken");
  CHECK(doc.view(doc.mentions[0].title) == "Secretary of State");
}

TEST_CASE("titles with a domain before a name, patronymic and hyphenated names, first name + surname") {
  ner::EntityRecognizer r;
  auto doc = annotate(r,
                      "He met Minister of Energy Abdulaziz bin Salman Al Saud and Minister of Environment, Water, and "
                      "Agriculture Abdulrahman al-Fadhli in Riyadh.\n");
  std::string m = mentions_of(doc);
  CHECK(m.find("Person:Abdulaziz bin Salman Al Saud/Minister of Energy;") != std::string::npos);
  CHECK(m.find("Person:Abdulrahman al-Fadhli/Minister of Environment, Water, and Agriculture;") != std::string::npos);
  // A domain that ends in a comma is an apposition: the place stays a place.
  doc = annotate(r, "He met the Crown Prince of Abu Dhabi, Sheikh Mohamed bin Zayed bin Sultan Al Nahyan, on Monday.\n");
  m = mentions_of(doc);
  CHECK(m.find("Place:Abu Dhabi;") != std::string::npos);
  CHECK(m.find("Person:Mohamed bin Zayed bin Sultan Al Nahyan/") != std::string::npos);
  doc = annotate(r, "He also met Crown Prince Mohammed bin Salman on Monday.\n");
  CHECK(mentions_of(doc) == "Person:Mohammed bin Salman/Crown Prince;");
  doc = annotate(r, "Voters elected Leung Kwok-hung and Wong Pik-wan of the Democratic Party.\n");
  CHECK(mentions_of(doc) == "Person:Leung Kwok-hung;Person:Wong Pik-wan;Organization:Democratic Party;");
  doc = annotate(r, "The below is attributable to Spokesperson Ned Price:\n");
  CHECK(mentions_of(doc) == "Person:Ned Price/Spokesperson;");
  // An Arabic article joined to a name is part of it, not an edge word to strip.
  doc = annotate(r, "He said the group al-Qaida remained a threat.\n");
  CHECK(mentions_of(doc) == "Organization:al-Qaida;");
}

TEST_CASE("geographic features, hyphenated regions, institutions and capitalised common words") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Ships sailed in the South China Sea near the Korean Peninsula.\n");
  CHECK(mentions_of(doc) == "Place:South China Sea;Place:Korean Peninsula;");
  doc = annotate(r, "Officials discussed security in the Indo-Pacific.\n");
  CHECK(mentions_of(doc) == "Place:Indo-Pacific;");
  doc = annotate(r, "Girls, and women, attended with the African Union.\n");
  CHECK(mentions_of(doc) == "Organization:African Union;");
  // A common word after a title is a name ("xi" is a Greek letter).
  doc = annotate(r, "He spoke with President Xi on Monday.\n");
  CHECK(mentions_of(doc) == "Person:Xi/President;");
  // A country whose name ends in an institution's head stays a place.
  doc = annotate(r, "Talks with the Russian Federation resumed.\n");
  CHECK(mentions_of(doc) == "Place:Russian Federation;");
}

TEST_CASE("a common word in capitals is emphasis, not a name; a short one or a place's name may be") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Get your FREE download of MSN Explorer today.\nThe hotel serves FREE breakfast in Oslo.\n");
  CHECK(mentions_of(doc) == "Organization:MSN Explorer;Place:Oslo;");
  doc = annotate(r, "Officials from the US and the DAB met in Hong Kong.\n");
  CHECK(mentions_of(doc).find("DAB") != std::string::npos);
  CHECK(mentions_of(doc).find("Place:US;") != std::string::npos);
}

TEST_CASE("in poorly cased text a lower-case place name news never writes in lower case is a place") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "i went to kerala last year and loved it.\nwe stayed in san francisco too, reading by the bay was nice.\n");
  CHECK(mentions_of(doc) == "Place:kerala;Place:san francisco;");
  // Cased text writes its places in capitals: a lower-case word there is no name.
  doc = annotate(r, "He went to kerala last year and loved it.\nThey stayed in san francisco too.\n");
  CHECK(mentions_of(doc) == "");
}

TEST_CASE("groups of countries, Misc nouns, months, compass words, nationalities, bare titles") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Leaders met at the G7 and the G20 in Rome.\n");
  std::string m = mentions_of(doc);
  CHECK(m.find("Organization:G7;") != std::string::npos);
  CHECK(m.find("Organization:G20;") != std::string::npos);
  doc = annotate(r, "He warned about the presence of al-Qaida, ISIS-K, and other groups.\n");
  m = mentions_of(doc);
  CHECK(m.find("Organization:al-Qaida;") != std::string::npos);
  CHECK(m.find("Organization:ISIS-K;") != std::string::npos);
  doc = annotate(r, "It is the cornerstone of peace and stability in the Indo-Pacific. They agreed.\n");
  CHECK(mentions_of(doc) == "Place:Indo-Pacific;");
  doc = annotate(r, "Blinken will travel to Cambodia and Rwanda August 2-12.\n");
  CHECK(mentions_of(doc).find("Rwanda August") == std::string::npos);
  doc = annotate(r, "Rathke asked the governments of South East Asia not to turn away boats.\n");
  CHECK(mentions_of(doc).find("Place:South East Asia;") != std::string::npos);
  doc = annotate(r, "He spoke of Middle Eastern security at the meeting of the Foreign Ministers.\n");
  m = mentions_of(doc);
  CHECK(m.find("Place:Middle Eastern") == std::string::npos);
  CHECK(m.find("Foreign Ministers") == std::string::npos);
  doc = annotate(r, "The Universal Declaration of Human Rights was cited.\n");
  for (const auto& mention : doc.mentions) CHECK(mention.type == core::EntityType::Misc);
}

TEST_CASE("brackets end a name; systems and days are Misc; compass and feature words after a place") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Ahead of the 26th Conference of the Parties (COP26) in Glasgow, he spoke.\n");
  for (const auto& m : doc.mentions) CHECK(doc.view(m.span).find('(') == std::string_view::npos);
  doc = annotate(r, "The Emergency Management Information System was found on National Women's Day.\n");
  for (const auto& m : doc.mentions) CHECK(m.type == core::EntityType::Misc);
  doc = annotate(r, "He won in the New Territories West and in the Hong Kong Island constituency.\n");
  std::string m = mentions_of(doc);
  CHECK(m.find("Place:New Territories West;") != std::string::npos);
  CHECK(m.find("Place:Hong Kong Island;") != std::string::npos);
  doc = annotate(r, "He met Republic of Korea Minister of National Defense Shin Won-sik on July 28.\n");
  CHECK(mentions_of(doc).find("Person:Shin Won-sik/Minister of National Defense;") != std::string::npos);
}

TEST_CASE("institutions named by their building, parties by their members, initials across a split") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Talks were held in the Kremlin. The Kremlin said the talks went well.\n");
  CHECK(mentions_of(doc) == "Organization:Kremlin;Organization:Kremlin;");
  doc = annotate(r, "The leaders met at the White House on Monday.\n");
  CHECK(mentions_of(doc) == "Place:White House;");
  doc = annotate(r, "The coalition includes Republicans, Social Democrats and Liberals.\n");
  std::string m = mentions_of(doc);
  CHECK(m.find("Organization:Social Democrats;") != std::string::npos);
  doc = annotate(r, "It was signed by the Governments of Bahrain and Egypt.\n");
  CHECK(mentions_of(doc).find("Governments") == std::string::npos);
  doc = annotate(r, "Antony J. Blinken, Secretary of State\n");
  CHECK(mentions_of(doc).find("Person:Antony J. Blinken") != std::string::npos);
  // A title that starts inside an organisation's chunk leaves the organisation.
  doc = annotate(r, "Concerns with UN High Commissioner for Human Rights Michelle Bachelet grew.\n");
  m = mentions_of(doc);
  CHECK(m.find("Organization:UN;") != std::string::npos);
  CHECK(m.find("Person:Michelle Bachelet/") != std::string::npos);
}

TEST_CASE("common words modifying a noun after 'the'; a given name before a family name the article uses") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "He thanked the United States, especially for the Javelin missiles it sent.\n");
  CHECK(mentions_of(doc).find("Javelin") == std::string::npos);
  doc = annotate(r, "He recalled the Billion Futures Scholars Program and the Seeds for the Future program.\n");
  CHECK(mentions_of(doc).find("Future;") == std::string::npos);
  // The rule itself, on chunks the tagger typed as an organisation: "Leung" is a word of
  // the person "Leung Kwok-hung", so "Baggio Leung" is a person as well.
  doc = annotate(r, "Voters elected Leung Kwok-hung of LSD. Youngspiration's Baggio Leung also won.\n");
  CHECK(mentions_of(doc).find("Person:Baggio Leung;") != std::string::npos);
}

TEST_CASE("an honorific after a title's domain starts the name; an administration named by its people is none") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "They met Special Envoy for Climate Change Dr. Sultan Al Jaber in Abu Dhabi.\n");
  std::string m = mentions_of(doc);
  CHECK(m.find("Person:Sultan Al Jaber/Special Envoy for Climate Change Dr.;") != std::string::npos);
  CHECK(m.find("Climate Change;") == std::string::npos);
  doc = annotate(r, "Vice President Kamala Harris spoke for President Biden and the Biden-Harris Administration.\n");
  m = mentions_of(doc);
  CHECK(m.find("Administration") == std::string::npos);
  CHECK(m.find("Person:Kamala Harris/Vice President;") != std::string::npos);
}

TEST_CASE("an organisation naming an event is a mention; a building heading a title is an institution") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "As decided at the G7 Summit, leaders will meet at the NATO Summit in July.\n");
  std::string m = mentions_of(doc);
  CHECK(m.find("Organization:G7;") != std::string::npos);
  CHECK(m.find("Organization:NATO;") != std::string::npos);
  doc = annotate(r, "Guests included Deputy Assistant to the President and White House Social Secretary, Carlos Elizondo.\n");
  CHECK(mentions_of(doc).find("Organization:White House;") != std::string::npos);
}

TEST_CASE("a title before a word of a person's name makes that word the person") {
  ner::EntityRecognizer r;
  auto doc = annotate(r,
                      "Special Representative for Afghanistan Thomas West led the delegation. Special Representative "
                      "West made clear the links.\n");
  std::string m = mentions_of(doc);
  CHECK(m.find("Person:West/Special Representative;") != std::string::npos);
  CHECK(m.find("Place:West") == std::string::npos);
}

TEST_CASE("an unknown acronym in running text is an organisation; not in headlines in capitals") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "The doses go to Gavi for distribution by COVAX to many countries.\n");
  CHECK(mentions_of(doc).find("Organization:COVAX;") != std::string::npos);
  doc = annotate(r, "ZQXV PLANS NEW TALKS\n\nOfficials said little.\n");
  CHECK(mentions_of(doc).find("Organization:ZQXV;") == std::string::npos);
}

TEST_CASE("unknown names after a title, plural or not, and joined to them by 'and', are people") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Wu held a briefing in Beijing with Vice-Premiers Qiu Renwei and Hao Zhenlin, the two rivals.\n");
  std::string m = mentions_of(doc);
  CHECK(m.find("Person:Qiu Renwei") != std::string::npos);
  CHECK(m.find("Person:Hao Zhenlin") != std::string::npos);
  doc = annotate(r, "The delegation was received by Ministers Tarek Oumbali and Hamid Zerrouki of Algeria.\n");
  m = mentions_of(doc);
  CHECK(m.find("Person:Tarek Oumbali/Ministers;") != std::string::npos);
  CHECK(m.find("Person:Hamid Zerrouki;") != std::string::npos);
}

TEST_CASE("'<Name> of <Country>' is a person and a place; an organisation's envoys are not part of it") {
  ner::EntityRecognizer r;
  auto doc = annotate(r,
                      "Title: Readout of the Meeting of President Macron of France and Chancellor Scholz of Germany\n\n"
                      "The leaders met in Berlin.\n");
  std::string m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("Person:Macron") != std::string::npos);
  CHECK(m.find("Macron of France") == std::string::npos);
  CHECK(m.find("Place:France;") != std::string::npos);
  CHECK(m.find("Place:Germany;") != std::string::npos);
  CHECK(m.find("Meeting of") == std::string::npos);
  doc = annotate(r, "Title: U.S. Delegation Meeting with Taliban Representatives\n\nThe delegation met them in Doha.\n");
  m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("Representatives") == std::string::npos);
}

TEST_CASE("in a title, a name ends before a capitalised preposition or verb") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Title: PERU SAYS TALKS WITH BOLIVIA WENT WELL\n\nLIMA, March 3 - Peru said its talks went well.\n");
  std::string m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("SAYS") == std::string::npos);
  CHECK(m.find("Place:PERU;") != std::string::npos);
  CHECK(m.find("Place:BOLIVIA;") != std::string::npos);
  doc = annotate(r, "Title: MEXICO ON ALERT AFTER STORM\n\nMEXICO CITY, March 3 - Mexico is on alert.\n");
  m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("MEXICO ON") == std::string::npos);
  doc = annotate(r,
                 "Title: Envoy Kerry's Call with Russian President Vladimir Putin During Meetings in Moscow, Russia\n\n"
                 "The envoy spoke with him.\n");
  m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("Person:Vladimir Putin/President;") != std::string::npos);
  CHECK(m.find("During") == std::string::npos);
  CHECK(m.find("Place:Moscow;") != std::string::npos);
}

TEST_CASE("a heading's names take the types the body gives the same words") {
  ner::EntityRecognizer r;
  auto doc = annotate(r,
                      "Title: Prime Minister Narendra Modi Meets President Joe Biden at White House\n\n"
                      "WASHINGTON, June 22 - Indian Prime Minister Narendra Modi met U.S. President Joe Biden on "
                      "Thursday. Modi said the talks went well.\n");
  std::string m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("Person:Narendra Modi/Prime Minister;Person:Joe Biden/President;") == 0);
  doc = annotate(r, "Title: Joe Biden Urges Congress to Act\n\nPresident Joe Biden urged Congress to act on Monday.\n");
  m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("Person:Joe Biden;Organization:Congress;") == 0);
  doc = annotate(r, "Title: KALNINS SAYS TALKS WITH LATVIA WENT WELL\n\nRIGA, May 3 - Premier Andris Kalnins said the talks "
                    "went well.\n");
  m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("Person:KALNINS;") == 0);
}

TEST_CASE("a name ends before a title that starts inside it and runs on after it") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Title: Concerns with UN High Commissioner for Human Rights Visit to Peru\n\nThe UN High "
                         "Commissioner for Human Rights Ana Lopez visited Peru.\n");
  std::string m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("Organization:UN;") == 0);
  CHECK(m.find("UN High") == std::string::npos);
}

TEST_CASE("a modifier joined to a title by a hyphen is a title: 'Vice-Premier'") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "The reshuffle will take place this year, Vice-Premier Qian Hualin said on Saturday.\n");
  std::string m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("Person:Qian Hualin/Vice-Premier;") != std::string::npos);
}

TEST_CASE("groups of countries by number are organisations: 'Group of 77', 'G-77', 'Group of Seven'") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Ministers told officials from 30 countries in the Group of 77 that prices fell. "
                         "Delegates of the G-77 and the Group of Seven will attend.\n");
  std::string m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("Organization:Group of 77;") != std::string::npos);
  CHECK(m.find("Organization:G-77;") != std::string::npos);
  CHECK(m.find("Organization:Group of Seven;") != std::string::npos);
}

TEST_CASE("a company's legal suffix ends a name that takes the capitalised words before it") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "The minister was holding talks with representatives of Bradford Mercantile Trust Co., which "
                         "leads the banks, and with Chemical Fidelity Holdings Inc. on Tuesday.\n");
  std::string m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("Organization:Bradford Mercantile Trust Co.;") != std::string::npos);
  CHECK(m.find("Organization:Chemical Fidelity Holdings Inc.;") != std::string::npos);
}

TEST_CASE("a country's name the tagger missed in a list is a place; common words and first names are not") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "The statement was released by the Governments of the United States of America, Bahrain, "
                         "Egypt, Israel, and Morocco.\n");
  std::string m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("Place:Bahrain;") != std::string::npos);
  CHECK(m.find("Place:Morocco;") != std::string::npos);
}

TEST_CASE("the common-word tail of a name after 'of', 'for' or 'on' joins the name or is none of its own") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "The ministers opened the 9th Meeting of the Parties in Kigali.\n");
  CHECK(mentions_of(doc) == "Place:Kigali;");
  doc = annotate(r, "The envoy said the Pacific Alliance for Coastal Resilience would meet again.\n");
  CHECK(mentions_of(doc) == "Organization:Pacific Alliance for Coastal Resilience;");
  doc = annotate(r, "Leaders attended the Global Summit on Oceans in Lisbon.\n");
  CHECK(mentions_of(doc) == "Misc:Global Summit on Oceans;Place:Lisbon;");
  // After a person or a place, and ending in an institution's head, a name of its own.
  doc = annotate(r, "Omar Haddad of Green Future spoke. Ministers gathered in Nairobi for the Regional Forum.\n");
  CHECK(mentions_of(doc) == "Person:Omar Haddad;Organization:Green Future;Place:Nairobi;Organization:Regional Forum;");
}

TEST_CASE("a name that opens with a document word and 'of' is Misc: 'Treaty of X', 'Declaration of X'") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Both states signed the Treaty of Valmont in Geneva.\nThe Declaration of Principles was read aloud.\n");
  CHECK(mentions_of(doc) == "Misc:Treaty of Valmont;Place:Geneva;Misc:Declaration of Principles;");
}

TEST_CASE("a title and its domain read as a person ('Mayor of Dayton,') are the place it names, no person") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Guests included the Governor of Ohio, Mark Hale; and Mayor of Dayton, Ohio, Rosa Vega.\n");
  CHECK(mentions_of(doc) == "Place:Ohio;Person:Mark Hale;Place:Dayton;Place:Ohio;Person:Rosa Vega;");
}

TEST_CASE("a group noun alone ('the Delegation') names no organisation") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Title: Visit of the Trade Delegation to Peru\n\nThe Trade Delegation arrived in Lima. The Delegation said "
                         "it was pleased, and the Delegation's leader thanked the hosts.\n");
  CHECK(mentions_of(doc) == "Place:Peru;Place:Lima;");
}

TEST_CASE("a name ending in a first name and common words ends in no person: 'New York Stock Exchange'") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Shares rose on the New York Stock Exchange on Monday.\nThe New York Times reported it.\n");
  CHECK(mentions_of(doc) == "Organization:New York Stock Exchange;Organization:New York Times;");
}

TEST_CASE("a line of names is no Title Case heading: it needs two capitalised common words") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Anna Berg ( Norway ) beat Julia Lopes ( Brazil ) 6-3 6-4\nTalks resumed in Oslo on Monday.\n");
  CHECK(mentions_of(doc) == "Person:Anna Berg;Place:Norway;Person:Julia Lopes;Place:Brazil;Place:Oslo;");
}

TEST_CASE("a line of names is no Title Case heading: common words are more than half its capitalised words") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Results on Saturday.\nPostponed: Birmingham v Barnsley, Manchester City v Charlton\n");
  CHECK(mentions_of(doc) ==
        "Organization:Birmingham;Organization:Barnsley;Organization:Manchester City;Organization:Charlton;");
}

TEST_CASE("the Title header is a heading by its place, whatever share of its words are common words") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Title: President Trump Recaps Breakthroughs in Ukraine Peace Talks\n\n"
                         "President Trump spoke with President Putin on Monday.\n");
  CHECK(mentions_of(doc) == "Person:Trump/President;Place:Ukraine;Person:Trump/President;Person:Putin/President;");
}

TEST_CASE("a capitalised 'The' in mid-sentence is part of the name; at a sentence's start it is not") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "The second test was played at The Oval in London on Friday.\n");
  CHECK(mentions_of(doc) == "Place:The Oval;Place:London;");
}

TEST_CASE("a title word that ends a full name in the article is that person's surname: 'King said'") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Billie Jean King won the cup in Oslo. King said the team played well.\n");
  CHECK(mentions_of(doc) == "Person:Billie Jean King;Place:Oslo;Person:King;");
}

TEST_CASE("sentence-cased copy ('the U.S. Would be'): a capitalised word after a dotted abbreviation starts a sentence") {
  ner::EntityRecognizer r;
  auto doc = annotate(r,
                      "The U.S. Wants Japan to end import controls within three years, the spokesman said.\n"
                      "He said the U.S. Would be pleased with less, after recent U.S. Complaints.\n");
  CHECK(mentions_of(doc) == "Place:U.S.;Place:Japan;Place:U.S.;Place:U.S.;");
  // Where no function word is capitalised there, a capital after "U.S." may be a name's.
  auto named = annotate(r, "A report by the U.S. Agriculture Department came out on Monday.\n");
  CHECK(mentions_of(named) == "Organization:U.S. Agriculture Department;");
}

TEST_CASE("an acronym, a one-word title and a name read as one organisation are a person and the title") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Title: US Speaker Varga announces budget inquiry\n\nThe inquiry starts today.\n");
  CHECK(mentions_of(doc) == "Person:Varga/US Speaker;");
  // Without the acronym, or with an organisation word for a name, it stays one name.
  auto firm = annotate(r, "Shares of Harlow Industries rose after the Justice Department ruled.\n");
  CHECK(mentions_of(firm).find("Organization:Justice Department;") != std::string::npos);
}

TEST_CASE("heads of government titled in their own languages and ranks ('Taoiseach', 'First Minister') are titles") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Taoiseach Aoife Brennan met First Minister Rhys Evans in Dublin.\n");
  CHECK(mentions_of(doc) == "Person:Aoife Brennan/Taoiseach;Person:Rhys Evans/First Minister;Place:Dublin;");
}

TEST_CASE("a label without a title is a speaker only when it is a full name, not a form's field") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "DUE: 11/1/99\nAMT: 2,500,000\nANNA BERG: Thank you all for coming.\n");
  CHECK(mentions_of(doc) == "Person:ANNA BERG;");
}

TEST_CASE("a place joined to a participle by a hyphen is no family and given name: 'Hong Kong-based'") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "The deal was struck with a Hong Kong-based bank and a New York-listed fund.\n");
  CHECK(mentions_of(doc) == "Misc:Hong Kong-based;Misc:New York-listed;");
}

TEST_CASE("a person's one-word name that is a country and a first name stays a person: 'Jordan said'") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Ruth Jordan scored 40 points. \"We played well,\" Jordan said after the game.\n");
  CHECK(mentions_of(doc) == "Person:Ruth Jordan;Person:Jordan;");
}

TEST_CASE("an organisation's name runs on into no person the article names alone elsewhere") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Biology major at University of Westbrook Arlen Tahmina Rezai heard of the case. Rezai said she "
                         "was shocked.\n");
  CHECK(mentions_of(doc) == "Organization:University of Westbrook Arlen;Person:Tahmina Rezai;Person:Rezai;");
}

TEST_CASE("a place joined by a hyphen to an institution's name is part of it: 'the U.K.-Norway Energy Council'") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Officials praised the 2023 U.K.-Norway Energy Cooperation Council on trade.\n");
  CHECK(mentions_of(doc) == "Organization:U.K.-Norway Energy Cooperation Council;");
}

TEST_CASE("an acronym run into a word the article uses alone as a person's name is the organisation and the person") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Title: Statement from Secretary Dalby and NSC Tanager on Call with Ministers\n\n"
                         "National Security Advisor Tanager said the call went well.\n");
  std::string m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("NSC Tanager") == std::string::npos);
  CHECK(m.find("Person:Tanager;") != std::string::npos);
}

TEST_CASE("'<Name> of the <Country's long name>': the country's name may run on past the person's chunk") {
  ner::EntityRecognizer r;
  auto doc = annotate(r, "Title: Remarks by President Lorant of the State of Israel Before a Meeting\n\n"
                         "President Lorant spoke first.\n");
  std::string m = mentions_of(doc);
  CAPTURE(m);
  CHECK(m.find("of the State") == std::string::npos);
  CHECK(m.find("Person:Lorant/President;") != std::string::npos);
  CHECK(m.find("Place:State of Israel;") != std::string::npos);
}

// Every rule pass of the recognizer (EntityRecognizer::rule_pass_names(), run from the tables
// in recognizer.cpp) has an invented example whose mentions it makes: the example comes out as
// expected with all passes, and otherwise without this one.
TEST_CASE("every rule pass has an example that comes out otherwise without it") {
  struct Case {
    const char* pass;
    const char* text;
    const char* mentions;
  };
  const Case cases[] = {
      {"speaker_labels",
       "PRESIDENT BIDEN: Thank you all for coming.\nSECRETARY BLINKEN: Thank you, Mr. "
       "President.\n",
       "Person:BIDEN/PRESIDENT;Person:BLINKEN/SECRETARY;"},
      {"sentence_cased_copy",
       "The U.S. Wants Japan to end import controls within three years, the spokesman said.\nHe "
       "said the U.S. Would be pleased with less, after recent U.S. Complaints.\n",
       "Place:U.S.;Place:Japan;Place:U.S.;Place:U.S.;"},
      {"title_case_headings",
       "Title: Governor Tallis Praises Progress in Harbour Safety Talks\n\nGovernor Tallis spoke "
       "with Mayor Brennan on Monday.\n",
       "Person:Tallis/Governor;Person:Tallis/Governor;Person:Brennan/Mayor;"},
      {"speaker_label_people",
       "DUE: 11/1/99\nAMT: 2,500,000\nANNA BERG: Thank you all for coming.\n",
       "Person:ANNA BERG;"},
      {"head_of_organisations",
       "Office of the Press Secretary\nFor immediate release.\n",
       "Organization:Office of the Press Secretary;"},
      {"chunk_edges",
       "Rathke asked the governments of South East Asia not to turn away boats.\n",
       "Place:South East Asia;"},
      {"titles_with_domain",
       "He met Republic of Korea Minister of National Defense Shin Won-sik on July 28.\n",
       "Place:Republic of Korea;Person:Shin Won-sik/Minister of National Defense;"},
      {"patronymic_names",
       "He met the Crown Prince of Abu Dhabi, Sheikh Mohamed bin Zayed bin Sultan Al Nahyan, on "
       "Monday.\n",
       "Place:Abu Dhabi;Person:Mohamed bin Zayed bin Sultan Al Nahyan/Sheikh;"},
      {"hyphenated_given_names",
       "Protesters cheered as Tsang Wing-fai spoke.\n",
       "Person:Tsang Wing-fai;"},
      {"first_name_initial",
       "Ask Helen P. Varga.\n",
       "Person:Helen P. Varga;"},
      {"first_name_surname",
       "What follows is attributable to Spokesperson Ned Price:\n",
       "Person:Ned Price/Spokesperson;"},
      {"untagged_groups_countries_acronyms",
       "Leaders met at the G7 and the G20 in Rome.\n",
       "Organization:G7;Organization:G20;Place:Rome;"},
      {"geographic_features",
       "Ships sailed in the South China Sea near the Korean Peninsula.\n",
       "Place:South China Sea;Place:Korean Peninsula;"},
      {"titles_inside_chunks",
       "He met President Xi Jinping of the People's Republic of China (PRC) on Monday.\n",
       "Person:Xi Jinping/President;Place:People's Republic of China;Place:PRC;"},
      {"type_fixups",
       "Get your FREE download of MSN Explorer today.\nThe hotel serves FREE breakfast in "
       "Oslo.\n",
       "Organization:MSN Explorer;Place:Oslo;"},
      {"word_class_leftovers",
       "He warned about the presence of al-Qaida, ISIS-K, and other groups.\n",
       "Organization:al-Qaida;Organization:ISIS-K;"},
      {"party_plurals",
       "The coalition includes Republicans, Social Democrats and Liberals.\n",
       "Organization:Republicans;Organization:Social Democrats;"},
      {"building_institutions",
       "Talks were held in the Kremlin. The Kremlin said the talks went well.\n",
       "Organization:Kremlin;Organization:Kremlin;"},
      {"person_name_words",
       "Voters elected Leung Kwok-hung of LSD. Youngspiration's Baggio Leung also won.\n",
       "Person:Leung Kwok-hung;Organization:LSD;Person:Baggio Leung;"},
      {"event_organisations",
       "As decided at the G7 Summit, leaders will meet at the NATO Summit in July.\n",
       "Organization:G7;Organization:NATO;"},
      {"name_of_country",
       "Title: Summary of the Talks of President Ortega of Chile and Chancellor Brandt of Austria\n\n"
       "The leaders met in Vienna.\n",
       "Person:Ortega/President;Place:Chile;Person:Brandt/Chancellor;Place:Austria;Place:Vienna;"},
      {"common_word_tails",
       "The envoy said the Pacific Alliance for Coastal Resilience would meet again.\n",
       "Organization:Pacific Alliance for Coastal Resilience;"},
      {"person_run_into_name",
       "Biology major at University of Westbrook Arlen Tahmina Rezai heard of the case. Rezai "
       "said she was shocked.\n",
       "Organization:University of Westbrook Arlen;Person:Tahmina Rezai;Person:Rezai;"},
      {"hyphenated_bodies",
       "Officials praised the 2023 U.K.-Norway Energy Cooperation Council on trade.\n",
       "Organization:U.K.-Norway Energy Cooperation Council;"},
      {"legal_suffixes",
       "Analysts said Beltmore Hanover Trust Co. would cut jobs.\n",
       "Organization:Beltmore Hanover Trust Co.;"},
      {"heading_names",
       "Title: KALNINS SAYS TALKS WITH LATVIA WENT WELL\n\nRIGA, May 3 - Premier Andris Kalnins "
       "said the talks went well.\n",
       "Person:KALNINS;Place:RIGA;Person:Andris Kalnins/Premier;"},
      {"lower_case_places",
       "i went to kerala last year and loved it.\nwe stayed in san francisco too, reading by the "
       "bay was nice.\n",
       "Place:kerala;Place:san francisco;"},
      {"person_titles",
       "Russian Foreign Minister Sergei Lavrov met German Chancellor Angela Merkel in Berlin on "
       "Monday.\n",
       "Misc:Russian;Person:Sergei Lavrov/Foreign Minister;Misc:German;Person:Angela "
       "Merkel/Chancellor;Place:Berlin;"},
  };
  // With the pass removed from its table, its example comes out otherwise; skipping it by
  // name does the same without a rebuild.
  ner::EntityRecognizer all;
  for (const Case& c : cases) {
    CAPTURE(c.pass);
    CHECK(mentions_of(annotate(all, c.text)) == std::string(c.mentions));
    ner::Options without;
    without.skip_passes = {c.pass};
    CHECK(mentions_of(annotate(ner::EntityRecognizer{without}, c.text)) != std::string(c.mentions));
  }
  for (const std::string& name : ner::EntityRecognizer::rule_pass_names()) {
    CAPTURE(name);
    bool has_case = false;
    for (const Case& c : cases) has_case = has_case || name == c.pass;
    CHECK(has_case);  // a new pass needs its example here
  }
  ner::Options unknown;
  unknown.skip_passes = {"no_such_pass"};
  CHECK_THROWS_AS(ner::EntityRecognizer{unknown}, core::Error);
}

// The rules' word classes are data (data/rule_words.tsv): the file is read, a malformed
// row is an error naming the file, and a class left out changes what its rule does.
TEST_CASE("the rule passes' word classes come from data/rule_words.tsv") {
  const std::string text = "Analysts said Beltmore Hanover Trust Co. would cut jobs.\n";
  std::string rows = core::read_file(std::string(NEWSGRAPH_SOURCE_DIR) + "/data/rule_words.tsv");
  std::string without_suffixes;
  for (size_t at = 0; at < rows.size();) {
    size_t end = rows.find('\n', at);
    end = end == std::string::npos ? rows.size() : end + 1;
    std::string line = rows.substr(at, end - at);
    if (line.find("\tlegal_suffix") == std::string::npos) without_suffixes += line;
    at = end;
  }
  std::string path = temp_path("rule_words.tsv");
  write_bytes(path, without_suffixes);
  ner::Options opt;
  opt.rule_words_path = path;
  CHECK(mentions_of(annotate(ner::EntityRecognizer{}, text)) == "Organization:Beltmore Hanover Trust Co.;");
  CHECK(mentions_of(annotate(ner::EntityRecognizer{opt}, text)) != "Organization:Beltmore Hanover Trust Co.;");

  write_bytes(path, "# a header\nCouncil\tno_such_class\n");
  CHECK_THROWS_WITH_AS(ner::EntityRecognizer{opt}, doctest::Contains(path.c_str()), core::Error);
  write_bytes(path, "Of\torg_head\n");  // a head word has 4 to 12 letters, the first a capital
  CHECK_THROWS_WITH_AS(ner::EntityRecognizer{opt}, doctest::Contains("head word"), core::Error);
  write_bytes(path, "Council\n");
  CHECK_THROWS_AS(ner::EntityRecognizer{opt}, core::Error);
  std::remove(path.c_str());
}
