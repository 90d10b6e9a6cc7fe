// Alias merging inside an article, on documents whose mentions are set by hand, so the
// rules are tested apart from the tagger.
#include <doctest/doctest.h>

#include <string>

#include "coref/resolver.h"
#include "text/article.h"
#include "tokenize/tokenizer.h"

namespace {

using namespace ng;
using core::EntityType;

// Marks the first occurrence at or after `from` of `name` as a mention of `type`, with the
// optional title right before it. Returns the end offset.
struct Builder {
  core::Document doc;
  explicit Builder(const std::string& text) {
    doc = text::read_article("t", "t.txt", text);
    tokenize::tokenize(doc);
  }
  size_t add(const std::string& name, EntityType type, size_t from = 0, const std::string& title = "") {
    size_t at = doc.text.find(name, from);
    REQUIRE(at != std::string::npos);
    core::Mention m;
    m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())};
    m.type = type;
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      if (doc.tokens[t].span.begin == m.span.begin) m.first_token = t;
      if (doc.tokens[t].span.end == m.span.end) m.last_token = t + 1;
    }
    if (!title.empty()) {
      size_t tb = doc.text.rfind(title, at);
      REQUIRE(tb != std::string::npos);
      m.title = {static_cast<uint32_t>(tb), static_cast<uint32_t>(tb + title.size())};
    }
    doc.mentions.push_back(m);
    return at + name.size();
  }
};

std::string aliases(const core::Entity& e) {
  std::string s;
  for (const auto& a : e.aliases) s += a + "|";
  return s;
}

}  // namespace

TEST_CASE("surname, full name and title + name are one person named without the title") {
  Builder b("U.S. Special Envoy Steve Witkoff met Putin. Witkoff said President Vladimir Putin agreed. Witkoff's plan.\n");
  size_t p = b.add("U.S.", EntityType::Place);
  p = b.add("Steve Witkoff", EntityType::Person, p, "Special Envoy");
  p = b.add("Putin", EntityType::Person, p);
  p = b.add("Witkoff", EntityType::Person, p);
  p = b.add("Vladimir Putin", EntityType::Person, p, "President");
  p = b.add("Witkoff", EntityType::Person, p);
  coref::EntityResolver r;
  r.annotate(b.doc);
  auto& E = b.doc.entities;
  REQUIRE(E.size() == 3);
  CHECK(E[0].name == "United States");
  CHECK(aliases(E[0]) == "U.S.|");
  CHECK(E[1].name == "Steve Witkoff");
  CHECK(aliases(E[1]) == "Special Envoy Steve Witkoff|Witkoff|");
  CHECK(E[1].job_title == "Special Envoy");
  CHECK(E[1].country == 0);
  CHECK(E[1].mentions.size() == 3);
  CHECK(E[2].name == "Vladimir Putin");
  CHECK(aliases(E[2]) == "President Vladimir Putin|Putin|");
  CHECK(E[2].job_title == "President");
  CHECK(b.doc.mentions[2].entity == 2);
}

TEST_CASE("acronyms with their expansion, 'the Kremlin', speaker labels") {
  Builder b("Leaders of the Caribbean Community (CARICOM) met. CARICOM said the Kremlin agreed; Kremlin aides and the WEF.\n"
            "The World Economic Forum opened.\nPRESIDENT BIDEN: Hello.\nJoe Biden left.\n");
  size_t p = b.add("Caribbean Community", EntityType::Organization);
  p = b.add("CARICOM", EntityType::Organization, p);
  p = b.add("CARICOM", EntityType::Organization, p);
  p = b.add("Kremlin", EntityType::Organization, p);
  p = b.add("Kremlin", EntityType::Organization, p);
  p = b.add("WEF", EntityType::Organization, p);
  p = b.add("World Economic Forum", EntityType::Organization, p);
  p = b.add("BIDEN", EntityType::Person, p, "PRESIDENT");
  p = b.add("Joe Biden", EntityType::Person, p);
  coref::EntityResolver r;
  r.annotate(b.doc);
  auto& E = b.doc.entities;
  REQUIRE(E.size() == 4);
  CHECK(E[0].name == "Caribbean Community");
  CHECK(aliases(E[0]) == "CARICOM|the Caribbean Community|");
  CHECK(E[1].name == "Kremlin");
  CHECK(aliases(E[1]) == "the Kremlin|");
  CHECK(E[2].name == "World Economic Forum");
  CHECK(aliases(E[2]) == "WEF|the WEF|the World Economic Forum|");
  CHECK(E[3].name == "Joe Biden");
  CHECK(aliases(E[3]) == "BIDEN|PRESIDENT BIDEN|");
  CHECK(E[3].job_title == "PRESIDENT");
}

TEST_CASE("an apposition with a country's possessive or nationality links the person to it") {
  Builder b("Ann Lee, Kenya's envoy, met Bo Chan, Kenyan adviser, and Cy Diaz, Kenya envoy. Kenya agreed.\n");
  size_t p = b.add("Ann Lee", EntityType::Person);
  p = b.add("Kenya", EntityType::Place, p);
  p = b.add("Bo Chan", EntityType::Person, p);
  p = b.add("Kenyan", EntityType::Misc, p);
  p = b.add("Cy Diaz", EntityType::Person, p);
  p = b.add("Kenya", EntityType::Place, p);
  p = b.add("Kenya", EntityType::Place, p);
  coref::EntityResolver r;
  r.annotate(b.doc);
  auto& E = b.doc.entities;
  REQUIRE(E.size() == 4);
  CHECK(E[0].name == "Ann Lee");
  CHECK(E[1].name == "Kenya");
  CHECK(E[0].country == 1);  // "Kenya's envoy"
  CHECK(E[2].name == "Bo Chan");
  CHECK(E[2].country == 1);  // "Kenyan adviser"
  CHECK(E[3].name == "Cy Diaz");
  CHECK(E[3].country == -1);  // "Kenya envoy": no possessive, no nationality
}

TEST_CASE("a nationality before a title links the person to a country the article names") {
  Builder b("Ukrainian President Volodymyr Zelensky visited Ukraine. Russian Foreign Minister Sergei Lavrov stayed.\n");
  size_t p = b.add("Ukrainian", EntityType::Misc);
  p = b.add("Volodymyr Zelensky", EntityType::Person, p, "President");
  p = b.add("Ukraine", EntityType::Place, p);
  p = b.add("Russian", EntityType::Misc, p);
  p = b.add("Sergei Lavrov", EntityType::Person, p, "Foreign Minister");
  coref::EntityResolver r;
  r.annotate(b.doc);
  auto& E = b.doc.entities;
  REQUIRE(E.size() == 3);  // nationality adjectives are not entities
  CHECK(E[0].name == "Volodymyr Zelensky");
  CHECK(E[0].country == 1);
  CHECK(E[1].name == "Ukraine");
  CHECK(E[2].name == "Sergei Lavrov");
  CHECK(E[2].country == -1);  // Russia is not named in the article
  CHECK(b.doc.mentions[0].entity == -1);
}

TEST_CASE("a one-word organisation or Misc mention that is a named person's surname is that person") {
  Builder b("Donald Trump spoke. The Trump administration agreed.\n");
  size_t p = b.add("Donald Trump", EntityType::Person);
  p = b.add("Trump", EntityType::Misc, p);
  coref::EntityResolver r;
  r.annotate(b.doc);
  REQUIRE(b.doc.entities.size() == 1);
  CHECK(b.doc.entities[0].name == "Donald Trump");
  CHECK(b.doc.entities[0].mentions.size() == 2);
  CHECK(b.doc.mentions[1].type == EntityType::Person);
}

TEST_CASE("a one-word organisation mention that is a named person's family name written first is that person") {
  Builder b("Vice-Premier Wen Ruolan spoke. Critics say Wen is the likely successor.\n");
  size_t p = b.add("Wen Ruolan", EntityType::Person);
  p = b.add("Wen", EntityType::Organization, p);
  coref::EntityResolver r;
  r.annotate(b.doc);
  REQUIRE(b.doc.entities.size() == 1);
  CHECK(b.doc.entities[0].name == "Wen Ruolan");
  CHECK(b.doc.mentions[1].type == EntityType::Person);
}

TEST_CASE("a surname with a particle and a hyphen is also the surname without it; a place so written is the person") {
  Builder b("Tariq Nabil al-Hamdani met Omar Haddad. Hamdani said al-Hamdani and Tariq Hamdani agreed. Haddad left.\n");
  size_t p = b.add("Tariq Nabil al-Hamdani", EntityType::Person);
  p = b.add("Omar Haddad", EntityType::Person, p);
  p = b.add("Hamdani", EntityType::Person, p);
  p = b.add("al-Hamdani", EntityType::Place, p);
  p = b.add("Tariq Hamdani", EntityType::Person, p);
  p = b.add("Haddad", EntityType::Place, p);  // no particle: a place may share a surname
  coref::EntityResolver r;
  r.annotate(b.doc);
  REQUIRE(b.doc.entities.size() == 3);
  CHECK(b.doc.entities[0].name == "Tariq Nabil al-Hamdani");
  CHECK(b.doc.entities[0].mentions.size() == 4);
  CHECK(aliases(b.doc.entities[0]) == "Hamdani|Tariq Hamdani|al-Hamdani|");
  CHECK(b.doc.mentions[3].type == EntityType::Person);
  CHECK(b.doc.entities[2].type == EntityType::Place);
}

TEST_CASE("a group of countries by number is one organisation however written") {
  Builder b("The Group of 77 met. The G-77 agreed, and G77 members left.\n");
  size_t p = b.add("Group of 77", EntityType::Organization);
  p = b.add("G-77", EntityType::Organization, p);
  b.add("G77", EntityType::Organization, p);
  coref::EntityResolver r;
  r.annotate(b.doc);
  REQUIRE(b.doc.entities.size() == 1);
  CHECK(b.doc.entities[0].name == "Group of 77");
}

TEST_CASE("a country's official name, common name and acronym are one place") {
  Builder b("He met Xi of the People's Republic of China (PRC). The PRC and China agreed. Chinese officials left.\n");
  size_t p = b.add("People's Republic of China", EntityType::Place);
  p = b.add("PRC", EntityType::Organization, p);
  p = b.add("PRC", EntityType::Organization, p);
  p = b.add("China", EntityType::Place, p);
  coref::EntityResolver r;
  r.annotate(b.doc);
  auto& E = b.doc.entities;
  REQUIRE(E.size() == 1);
  CHECK(E[0].type == EntityType::Place);  // two Organization mentions of the acronym are outvoted by the country
  CHECK(E[0].name == "People's Republic of China");
  CHECK(aliases(E[0]) == "China|PRC|the PRC|the People's Republic of China|");
}

TEST_CASE("a large document: every surname joins its own person among thousands") {
  // 3000 people with distinct surnames, each named in full and then by surname; the
  // indexed resolver must give 3000 entities of two mentions each.
  std::string text;
  std::vector<std::string> first, last;
  for (int i = 0; i < 3000; ++i) {
    std::string a = "Fa", c = "La";
    for (int x = i; x; x /= 26) a += static_cast<char>('a' + x % 26), c += static_cast<char>('a' + x % 26);
    first.push_back(a);
    last.push_back(c);
    text += a + " " + c + " spoke and " + c + " left.\n";
  }
  Builder b(text);
  size_t p = 0;
  for (int i = 0; i < 3000; ++i) {
    p = b.add(first[i] + " " + last[i], EntityType::Person, p);
    p = b.add(last[i], EntityType::Person, p);
  }
  coref::EntityResolver r;
  r.annotate(b.doc);
  auto& E = b.doc.entities;
  REQUIRE(E.size() == 3000);
  bool all_pairs = true;
  for (size_t i = 0; i < E.size(); ++i)
    all_pairs = all_pairs && E[i].mentions.size() == 2 && E[i].name == first[i] + " " + last[i] &&
                E[i].aliases.size() == 1 && E[i].aliases[0] == last[i];
  CHECK(all_pairs);
}
