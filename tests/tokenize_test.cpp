// tokenize: tokens and sentences with exact byte spans, on small literal texts.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "core/document.h"
#include "shared_data.h"
#include "span_format.h"
#include "text/article.h"
#include "tokenize/tokenizer.h"

namespace {

using ng::core::Document;
using ng::core::Span;
using ng::core::TokenKind;

Document tokenized(std::string text, Span body = {0, 0}) {
  Document doc;
  doc.text = std::move(text);
  doc.body = body.empty() ? Span{0, static_cast<uint32_t>(doc.text.size())} : body;
  ng::tokenize::tokenize(doc);
  return doc;
}

std::vector<std::string> token_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& t : doc.tokens) out.emplace_back(doc.view(t.span));
  return out;
}

std::vector<std::string> sentence_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.view(s.span));
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("words, punctuation and their exact byte spans") {
  Document doc = tokenized("Witkoff met Putin, twice.");
  REQUIRE(doc.tokens.size() == 6);
  CHECK(doc.tokens[0].span == Span{0, 7});
  CHECK(doc.tokens[1].span == Span{8, 11});
  CHECK(doc.tokens[2].span == Span{12, 17});
  CHECK(doc.tokens[3].span == Span{17, 18});
  CHECK(doc.tokens[4].span == Span{19, 24});
  CHECK(doc.tokens[5].span == Span{24, 25});
  CHECK(doc.tokens[3].kind == TokenKind::Punct);
  CHECK(doc.tokens[0].kind == TokenKind::Word);
  CHECK(doc.tokens[0].space_before);  // the start of the text counts as a break
  CHECK(doc.tokens[1].space_before);
  CHECK_FALSE(doc.tokens[3].space_before);
  CHECK(doc.tokens[0].line_start);
  CHECK_FALSE(doc.tokens[1].line_start);
}

TEST_CASE("spans index the whole text when the body starts after a header") {
  std::string text = "Title: T\n\nKerry called Lavrov.";
  Document doc = tokenized(text, Span{10, static_cast<uint32_t>(text.size())});
  CHECK(token_texts(doc) == Strings{"Kerry", "called", "Lavrov", "."});
  CHECK(doc.tokens[0].span == Span{10, 15});
  CHECK(doc.tokens.back().span == Span{29, 30});
  REQUIRE(doc.sentences.size() == 1);
  CHECK(doc.sentences[0].span == Span{10, 30});
}

TEST_CASE("the Title header is tokenized as its own sentence and paragraph ahead of the body") {
  std::string text = "Title: Readout of Kerry's Call with Lavrov\nSource: x\n\nKerry called Lavrov. They spoke.";
  Document doc;
  doc.text = text;
  doc.title = "Readout of Kerry's Call with Lavrov";
  doc.title_span = Span{7, 42};
  doc.body = Span{static_cast<uint32_t>(text.find("Kerry called")), static_cast<uint32_t>(text.size())};
  ng::tokenize::tokenize(doc);
  REQUIRE(doc.sentences.size() == 3);
  CHECK(sentence_texts(doc) == Strings{"Readout of Kerry's Call with Lavrov", "Kerry called Lavrov.", "They spoke."});
  CHECK(doc.sentences[0].paragraph == 0);
  CHECK(doc.sentences[1].paragraph == 1);
  CHECK(doc.tokens[doc.sentences[1].first_token].line_start);
}

TEST_CASE("abbreviations, initials and acronyms keep their periods") {
  CHECK(token_texts(tokenized("U.S. Special Envoy met Mr. Lavrov at 8 p.m. on Jan. 5.")) ==
        Strings{"U.S.", "Special", "Envoy", "met", "Mr.", "Lavrov", "at", "8", "p.m.", "on", "Jan.", "5", "."});
  CHECK(token_texts(tokenized("Joseph R. Biden, Jr. spoke.")) ==
        Strings{"Joseph", "R.", "Biden", ",", "Jr.", "spoke", "."});
  CHECK(token_texts(tokenized("Washington, D.C. is calm.")) == Strings{"Washington", ",", "D.C.", "is", "calm", "."});
  CHECK(token_texts(tokenized("the U.S.A. and the U.S.S.R. met")) ==
        Strings{"the", "U.S.A.", "and", "the", "U.S.S.R.", "met"});
  // initials after a hyphen: the last part of a hyphenated word, and no sentence ends there
  CHECK(token_texts(tokenized("the ROK-U.S. Alliance and the U.S.-Japan alliance")) ==
        Strings{"the", "ROK-U.S.", "Alliance", "and", "the", "U.S.", "-", "Japan", "alliance"});
  // A period between longer words is not an abbreviation's ("end.Next" typed without a space).
  CHECK(token_texts(tokenized("talks ended.Then")) == Strings{"talks", "ended", ".", "Then"});
}

TEST_CASE("numbers keep internal separators") {
  Document doc = tokenized("7,000 people, 3.5 percent, at 7:30 on 22 January 2026.");
  CHECK(token_texts(doc) == Strings{"7,000", "people", ",", "3.5", "percent", ",", "at", "7:30", "on", "22", "January",
                                    "2026", "."});
  CHECK(doc.tokens[0].kind == TokenKind::Number);
  CHECK(doc.tokens[3].kind == TokenKind::Number);
  CHECK(doc.tokens[7].kind == TokenKind::Number);
  CHECK(doc.tokens[10].kind == TokenKind::Word);
  CHECK(doc.tokens[11].kind == TokenKind::Number);
}

TEST_CASE("possessive 's is its own token, with straight or curly apostrophe") {
  Document doc = tokenized("Putin\xE2\x80\x99s aide and Russia's fund.");
  CHECK(token_texts(doc) == Strings{"Putin", "\xE2\x80\x99s", "aide", "and", "Russia", "'s", "fund", "."});
  CHECK(doc.tokens[1].span == Span{5, 9});
  CHECK_FALSE(doc.tokens[1].space_before);
}

TEST_CASE("internal apostrophes and hyphens stay inside words") {
  CHECK(token_texts(tokenized("O'Brien backed post-war, military-to-military talks.")) ==
        Strings{"O'Brien", "backed", "post-war", ",", "military-to-military", "talks", "."});
  CHECK(token_texts(tokenized("the leaders' meeting - a -5 swing")) ==
        Strings{"the", "leaders", "'", "meeting", "-", "a", "-", "5", "swing"});
}

TEST_CASE("multi-byte punctuation is punctuation and multi-byte letters are letters") {
  Document doc = tokenized("\xE2\x80\x9CWe\xE2\x80\x99re close\xE2\x80\x9D \xE2\x80\x94 Zelenskyy in Kyiv; Z\xC3\xBCrich\xE2\x80\xA6");
  CHECK(token_texts(doc) == Strings{"\xE2\x80\x9C", "We", "\xE2\x80\x99re", "close", "\xE2\x80\x9D", "\xE2\x80\x94",
                                    "Zelenskyy", "in", "Kyiv", ";", "Z\xC3\xBCrich", "\xE2\x80\xA6"});
  CHECK(doc.tokens[0].kind == TokenKind::Punct);
  CHECK(doc.tokens[5].kind == TokenKind::Punct);
}

TEST_CASE("no-break and other Unicode spaces separate tokens and are not tokens") {
  Document doc = tokenized("22\xC2\xA0January\xE2\x80\xAF" "2026");
  CHECK(token_texts(doc) == Strings{"22", "January", "2026"});
  CHECK(doc.tokens[1].span == Span{4, 11});
  CHECK(doc.tokens[1].space_before);
  // invisible direction marks, word joiners and a stray byte-order mark separate too
  doc = tokenized("Prime Minister\xE2\x80\x8E Haider al-Abadi\xE2\x80\x8F met\xE2\x81\xA0him\xEF\xBB\xBFtoday");
  CHECK(token_texts(doc) == Strings{"Prime", "Minister", "Haider", "al-Abadi", "met", "him", "today"});
}

TEST_CASE("sentences end at . ! ? before a capital, a digit or an opening quote") {
  Document doc = tokenized("They met. Talks went well! Was it enough? \"Yes,\" he said. 2026 will tell.");
  CHECK(sentence_texts(doc) ==
        Strings{"They met.", "Talks went well!", "Was it enough?", "\"Yes,\" he said.", "2026 will tell."});
  CHECK(doc.sentences[1].span == Span{10, 26});
  CHECK(doc.sentences[1].first_token == 3);
  CHECK(doc.sentences[1].last_token == 7);
  for (size_t s = 0; s < doc.sentences.size(); ++s)
    for (uint32_t k = doc.sentences[s].first_token; k < doc.sentences[s].last_token; ++k)
      CHECK(doc.tokens[k].sentence == s);
}

TEST_CASE("no sentence break after an abbreviation or before a lower-case word") {
  CHECK(sentence_texts(tokenized("Mr. Putin met Gen. Gerasimov at 8 p.m. Moscow time. It ended.")) ==
        Strings{"Mr. Putin met Gen. Gerasimov at 8 p.m. Moscow time.", "It ended."});
  CHECK(sentence_texts(tokenized("The U.S. delegation arrived. the rest stayed.")) ==
        Strings{"The U.S. delegation arrived. the rest stayed."});
}

TEST_CASE("initials that end a sentence: a sentence-opening word after them starts the next") {
  CHECK(sentence_texts(tokenized("The summit is in Washington, D.C. In each country, she will meet leaders.")) ==
        Strings{"The summit is in Washington, D.C.", "In each country, she will meet leaders."});
  CHECK(sentence_texts(tokenized("Talks with the U.S. The ministers agreed.")) ==
        Strings{"Talks with the U.S.", "The ministers agreed."});
  // a name or a lower-case word after the initials continues the sentence
  CHECK(sentence_texts(tokenized("The U.S. Senate met U.S. officials. It ended.")) ==
        Strings{"The U.S. Senate met U.S. officials.", "It ended."});
}

TEST_CASE("closing quotes and brackets stay with the sentence they close") {
  CHECK(sentence_texts(tokenized("He said \xE2\x80\x9Cit is done.\xE2\x80\x9D Then he left. (It was late.) Next.")) ==
        Strings{"He said \xE2\x80\x9Cit is done.\xE2\x80\x9D", "Then he left.", "(It was late.)", "Next."});
}

TEST_CASE("citation markers are single tokens recorded on their sentence") {
  Document doc = tokenized("Talks are set [2]. Kyiv agreed [1][7]. Done.[3] Next.");
  CHECK(token_texts(doc) == Strings{"Talks", "are", "set", "[2]", ".", "Kyiv", "agreed", "[1]", "[7]", ".", "Done", ".",
                                    "[3]", "Next", "."});
  CHECK(doc.tokens[3].kind == TokenKind::Citation);
  CHECK(doc.tokens[3].span == Span{14, 17});
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].citations == std::vector<int>{2});
  CHECK(doc.sentences[1].citations == std::vector<int>{1, 7});
  CHECK(doc.sentences[2].citations == std::vector<int>{3});
  CHECK(doc.view(doc.sentences[2].span) == "Done.[3]");
  CHECK(doc.sentences[3].citations.empty());
  // Brackets that are not citations are punctuation.
  CHECK(token_texts(tokenized("the [bilateral] meeting")) == Strings{"the", "[", "bilateral", "]", "meeting"});
}

TEST_CASE("a line break ends a sentence and starts a paragraph") {
  Document doc = tokenized("Narrowing the Gap\nThe meeting is today. It is late\n\nNew paragraph here.\n");
  CHECK(sentence_texts(doc) ==
        Strings{"Narrowing the Gap", "The meeting is today.", "It is late", "New paragraph here."});
  CHECK(doc.sentences[0].paragraph == 0);
  CHECK(doc.sentences[1].paragraph == 1);
  CHECK(doc.sentences[2].paragraph == 1);
  CHECK(doc.sentences[3].paragraph == 2);
  CHECK(doc.tokens[3].line_start);
  CHECK_FALSE(doc.tokens[4].line_start);
}

TEST_CASE("CRLF line ends and tabs are whitespace") {
  Document doc = tokenized("One line.\r\nTwo\tlines.\r\n");
  CHECK(token_texts(doc) == Strings{"One", "line", ".", "Two", "lines", "."});
  CHECK(sentence_texts(doc) == Strings{"One line.", "Two\tlines."});
}

TEST_CASE("empty and whitespace-only bodies give no tokens and no sentences") {
  CHECK(tokenized("").tokens.empty());
  Document doc = tokenized(" \n\t\n ");
  CHECK(doc.tokens.empty());
  CHECK(doc.sentences.empty());
}

TEST_CASE("every token is a non-empty whitespace-free range inside the body") {
  std::string text =
      "Header\n\nAs U.S. Special Envoy Steve Witkoff and Jared Kushner arrive in Moscow today, January 22, 2026, "
      "for high-stakes talks with President Putin [2]. Witkoff\xE2\x80\x99s seventh trip\xE2\x80\xA6 \xE2\x80\x9Cgot it "
      "down to one issue\xE2\x80\x9D [1][2]!\n";
  Document doc = tokenized(text, Span{8, static_cast<uint32_t>(text.size())});
  REQUIRE_FALSE(doc.tokens.empty());
  uint32_t prev_end = 8;
  for (const auto& t : doc.tokens) {
    CHECK(t.span.begin >= prev_end);
    CHECK(t.span.end > t.span.begin);
    CHECK(t.span.end <= text.size());
    for (char c : doc.view(t.span)) CHECK(c != ' ');
    prev_end = t.span.end;
  }
  // "…" ends a sentence too when an opening quote follows.
  CHECK(doc.sentences.size() == 3);
}

TEST_CASE("on every dev article, tokens cover the title's and the body's non-space bytes and sentences partition the tokens") {
  std::string shared = ng::test::shared_dir("tokenizer invariants on the dev corpus");
  if (shared.empty()) return;
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(shared + "/corpus/dev"))
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() > 10);
  for (const auto& file : files) {
    CAPTURE(file);
    Document doc = ng::text::load_article(file);
    ng::tokenize::tokenize(doc);
    std::string_view text = doc.text;
    // Bytes a token covers; what no token covers must be white space.
    std::vector<bool> covered(text.size(), false);
    // The title's tokens (when there is a title) come first, then the body's.
    REQUIRE(doc.title.empty() == doc.title_span.empty());
    CHECK(doc.view(doc.title_span) == doc.title);
    uint32_t prev_end = doc.title_span.empty() ? doc.body.begin : doc.title_span.begin;
    for (const auto& t : doc.tokens) {
      REQUIRE(t.span.begin >= prev_end);
      REQUIRE(t.span.end > t.span.begin);
      REQUIRE(t.span.end <= doc.body.end);
      if (t.span.begin < doc.body.begin) REQUIRE(t.span.end <= doc.title_span.end);
      for (uint32_t i = t.span.begin; i < t.span.end; ++i) covered[i] = true;
      prev_end = t.span.end;
    }
    if (!doc.title_span.empty()) {
      REQUIRE(!doc.sentences.empty());
      CHECK(doc.sentences[0].span.begin == doc.title_span.begin);
      for (const auto& sen : doc.sentences)
        CHECK((sen.span.begin < doc.body.begin) == (sen.paragraph == 0));  // the title is paragraph 0 alone
    }
    for (uint32_t i = doc.body.begin; i < doc.body.end;) {
      if (covered[i]) { ++i; continue; }
      auto c = static_cast<unsigned char>(text[i]);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') { ++i; continue; }
      // Unicode spaces: U+00A0, U+2000..U+200B, U+202F, U+3000.
      std::string_view rest = text.substr(i, 3);
      bool space = rest.substr(0, 2) == "\xC2\xA0" || rest == "\xE2\x80\xAF" || rest == "\xE3\x80\x80" ||
                   (rest.size() == 3 && rest.substr(0, 2) == "\xE2\x80" && static_cast<unsigned char>(rest[2]) <= 0x8B);
      CAPTURE(i);
      CAPTURE(std::string(text.substr(i, 12)));
      REQUIRE(space);
      i += rest.substr(0, 2) == "\xC2\xA0" ? 2 : 3;
    }
    uint32_t next = 0;
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      const auto& sen = doc.sentences[s];
      REQUIRE(sen.first_token == next);
      REQUIRE(sen.last_token > sen.first_token);
      REQUIRE(sen.span == Span{doc.tokens[sen.first_token].span.begin, doc.tokens[sen.last_token - 1].span.end});
      for (uint32_t k = sen.first_token; k < sen.last_token; ++k) REQUIRE(doc.tokens[k].sentence == s);
      next = sen.last_token;
    }
    REQUIRE(next == doc.tokens.size());
  }
}
