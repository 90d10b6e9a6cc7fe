// text: reading an article's bytes into a Document (checks, header, body, Sources list).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/document.h"
#include "span_format.h"
#include "core/error.h"
#include "shared_data.h"
#include "text/article.h"
#include "text/formats.h"
#include "text/utf8.h"

namespace {

using ng::core::Document;
using ng::core::Error;
using ng::core::Span;
using ng::text::read_article;

Document read(const std::string& bytes) { return read_article("doc", "dir/doc.txt", bytes); }

// The message read_article throws for `bytes`, or "" when it accepts them.
std::string error_of(const std::string& bytes) {
  try {
    read_article("doc", "dir/bad.txt", bytes);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a header block gives the fields, the document date and where the body starts") {
  const std::string text =
      "Title: Secretary Blinken\xE2\x80\x99s Call\n"
      "Source: https://www.state.gov/call/\n"
      "Published: 2022-07-30\n"
      "License: public domain\n"
      "\n"
      "Blinken spoke by phone yesterday with Kuleba.\n";
  Document doc = read(text);
  CHECK(doc.id == "doc");
  CHECK(doc.path == "dir/doc.txt");
  CHECK(doc.text == text);
  CHECK(doc.title == "Secretary Blinken\xE2\x80\x99s Call");
  CHECK(doc.view(doc.title_span) == doc.title);  // the span indexes the text
  CHECK(doc.source == "https://www.state.gov/call/");
  CHECK(doc.published == "2022-07-30");
  CHECK(doc.license == "public domain");
  CHECK(doc.dct == "2022-07-30");
  CHECK(doc.body == Span{116, 161});
  CHECK(doc.view(doc.body) == "Blinken spoke by phone yesterday with Kuleba.");
  CHECK(doc.sources.empty());
}

TEST_CASE("header values are trimmed, CRLF lines accepted, a timestamp gives its date") {
  Document doc = read("Title:   Talks  \r\nPublished: 2021-11-16T09:30:00Z\r\n\r\n\r\nBody text.\r\n");
  CHECK(doc.title == "Talks");
  CHECK(doc.published == "2021-11-16T09:30:00Z");
  CHECK(doc.dct == "2021-11-16");
  CHECK(doc.view(doc.body) == "Body text.");
}

TEST_CASE("no header: the body is the whole text without surrounding blank lines") {
  Document doc = read("\n\nUkraine Peace Talks\nThey met today.\n\n");
  CHECK(doc.title.empty());
  CHECK(doc.published.empty());
  CHECK(doc.body == Span{2, 37});
  CHECK(doc.dct.empty());
}

TEST_CASE("Key: value lines are a header only when closed by a blank line and naming a known key") {
  // Not closed by a blank line: body text that happens to look like a header.
  Document a = read("Title: Talks\nThey met.\n");
  CHECK(a.title.empty());
  CHECK(a.body.begin == 0);
  // Closed, but no key articles use.
  Document b = read("Note: see below\n\nThey met.\n");
  CHECK(b.body.begin == 0);
  // A published value that is not an ISO date gives no document date.
  Document c = read("Published: yesterday\n\nThey met.\n");
  CHECK(c.published == "yesterday");
  CHECK(c.dct.empty());
}

TEST_CASE("a byte order mark is skipped") {
  Document doc = read("\xEF\xBB\xBFTitle: T\n\nBody.");
  CHECK(doc.title == "T");
  CHECK(doc.body == Span{13, 18});
  Document plain = read("\xEF\xBB\xBF" "Body.");
  CHECK(plain.body == Span{3, 8});
}

TEST_CASE("a trailing Sources list is read and cut from the body") {
  const std::string text =
      "They met today [2].\n"
      "Sources\n"
      "- www.reuters.com\n"
      "- www.nytimes.com\n";
  Document doc = read(text);
  CHECK(doc.sources == std::vector<std::string>{"www.reuters.com", "www.nytimes.com"});
  CHECK(doc.body == Span{0, 19});
  // Numbered and bracketed items, a "References:" heading and blank lines between items.
  Document numbered = read("Body.\nReferences:\n1. First source\n\n2) Second\n[3] Third\n");
  CHECK(numbered.sources == std::vector<std::string>{"First source", "Second", "Third"});
  CHECK(numbered.view(numbered.body) == "Body.");
}

TEST_CASE("a Sources line followed by prose is body text") {
  Document doc = read("Intro.\nSources\nclose to the talks said they met.\n");
  CHECK(doc.sources.empty());
  CHECK(doc.view(doc.body) == "Intro.\nSources\nclose to the talks said they met.");
  Document heading_only = read("Intro.\nSources\n");
  CHECK(heading_only.sources.empty());
  CHECK(heading_only.view(heading_only.body) == "Intro.\nSources");
}

TEST_CASE("bytes that are not an article are refused with the file and the line") {
  CHECK(error_of("") == "dir/bad.txt: empty article (no text)");
  CHECK(error_of(" \n\t\r\n") == "dir/bad.txt: empty article (no text)");
  CHECK(error_of(std::string("line one\nline\0two", 17)) ==
        "dir/bad.txt:2: binary file (contains NUL bytes), not a text article");
  CHECK(error_of("ok\nstill ok\nbad \xFF byte") == "dir/bad.txt:3: invalid UTF-8 at byte 16");
  CHECK(error_of("\x01\x02\x03\x04 text") == "dir/bad.txt: binary file (4 control bytes), not a text article");
  CHECK(error_of("Fine text.\n") == "");
  CHECK(error_of("Tab\tand form feed\f are text.") == "");
}

TEST_CASE("UTF-8 validation rejects overlong forms, surrogates, truncation and stray bytes") {
  using ng::text::find_invalid_utf8;
  constexpr size_t npos = std::string_view::npos;
  CHECK(find_invalid_utf8("plain ASCII") == npos);
  CHECK(find_invalid_utf8("Z\xC3\xBCrich \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x8C\x8D") == npos);
  CHECK(find_invalid_utf8("ab\xC0\xAF") == 2);          // overlong "/"
  CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0);        // overlong 3-byte
  CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);       // surrogate U+D800
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);    // above U+10FFFF
  CHECK(find_invalid_utf8("\xF0\x80\x80\x80") == 0);    // overlong 4-byte
  CHECK(find_invalid_utf8("abc\xE2\x80") == 3);         // truncated at the end
  CHECK(find_invalid_utf8("\x80") == 0);                // continuation byte alone
  CHECK(find_invalid_utf8("\xC3(") == 0);               // lead byte without continuation
  CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0);    // lead byte never valid
}

TEST_CASE("decode_utf8 returns the code point and its length") {
  int len = 0;
  CHECK(ng::text::decode_utf8("A", 0, len) == U'A');
  CHECK(len == 1);
  CHECK(ng::text::decode_utf8("x\xC3\xBC", 1, len) == U'\u00FC');
  CHECK(len == 2);
  CHECK(ng::text::decode_utf8("\xE2\x80\x99", 0, len) == U'\u2019');
  CHECK(len == 3);
  CHECK(ng::text::decode_utf8("\xF0\x9F\x8C\x8D", 0, len) == U'\U0001F30D');
  CHECK(len == 4);
}

TEST_CASE("article_id is the file name without directories and last extension") {
  using ng::text::article_id;
  CHECK(article_id("samples/000-seed-ukraine-talks.txt") == "000-seed-ukraine-talks");
  CHECK(article_id("/abs/dir/a.b.txt") == "a.b");
  CHECK(article_id("plain") == "plain");
  CHECK(article_id(".hidden") == ".hidden");
  CHECK(article_id("dir/") == "stdin");
}

TEST_CASE("load_article names a file it cannot open") {
  std::string message;
  try {
    ng::text::load_article("no/such/file.txt");
  } catch (const Error& e) {
    message = e.what();
  }
  CHECK(message.rfind("no/such/file.txt: cannot open", 0) == 0);
}

TEST_CASE("every dev article but the seed has its header read, and a body after it") {
  std::string shared = ng::test::shared_dir("article headers of the dev corpus");
  if (shared.empty()) return;
  size_t read = 0;
  for (const auto& entry : std::filesystem::directory_iterator(shared + "/corpus/dev")) {
    if (entry.path().extension() != ".txt") continue;
    std::string file = entry.path().string();
    CAPTURE(file);
    Document doc = ng::text::load_article(file);
    CHECK(doc.id == entry.path().stem().string());
    CHECK_FALSE(doc.body.empty());
    ++read;
    if (doc.id.rfind("000-seed", 0) == 0) {
      CHECK(doc.title.empty());
      CHECK(doc.body.begin == 0);
      CHECK(doc.sources.size() == 7);  // its closing "Sources" list, cut from the body
      CHECK(doc.text.compare(doc.body.end, 9, "\nSources\n") == 0);
      continue;
    }
    CHECK_FALSE(doc.title.empty());
    CHECK_FALSE(doc.source.empty());
    CHECK_FALSE(doc.license.empty());
    REQUIRE(doc.published.size() >= 10);
    CHECK(doc.dct == doc.published.substr(0, 10));
    CHECK(doc.text.compare(0, 7, "Title: ") == 0);
    CHECK(doc.text.compare(doc.body.begin - 2, 2, "\n\n") == 0);
  }
  CHECK(read > 10);
}

TEST_CASE("JSON Lines: one article a line, in the .txt form; errors name file and line") {
  std::string jsonl =
      "{\"id\":\"w1\",\"title\":\"Two\\nlines\",\"published\":\"2026-01-22\",\"url\":\"https://x.org/1\","
      "\"source\":\"Wire\",\"text\":\"Anna met Bo.\"}\n"
      "\n"
      "{\"text\":\"Cy met Di.\",\"source\":\"Wire\"}\n";
  auto a = ng::text::read_json_lines("feed.jsonl", jsonl);
  REQUIRE(a.size() == 2);
  CHECK(a[0].id == "w1");
  CHECK(a[0].path == "feed.jsonl:1");
  CHECK(a[0].text == "Title: Two lines\nSource: https://x.org/1\nPublished: 2026-01-22\n\nAnna met Bo.");
  CHECK(a[1].id == "feed-3");
  CHECK(a[1].text == "Source: Wire\n\nCy met Di.");
  auto doc = ng::text::read_article(a[0].id, a[0].path, a[0].text);
  CHECK(doc.title == "Two lines");
  CHECK(doc.dct == "2026-01-22");
  CHECK(doc.view(doc.body) == "Anna met Bo.");
  auto error = [&](const std::string& bytes) {
    try {
      ng::text::read_json_lines("feed.jsonl", bytes);
    } catch (const ng::core::Error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(error("{\"text\":\"ok\"}\n[1]\n") == "feed.jsonl:2: not a JSON object");
  CHECK(error("{\"title\":\"t\"}\n") == "feed.jsonl:1: no \"text\"");
  CHECK(error("{\"text\":3}\n") == "feed.jsonl:1: \"text\" is not a string");
  CHECK(error("{\"text\":\n").rfind("feed.jsonl:1: not a JSON object: ", 0) == 0);
}

TEST_CASE("HTML: the <p> text of <article>, title, date and source from the head") {
  std::string html =
      "<html><head><title>Site | Plain title</title>"
      "<meta property=\"og:title\" content=\"Blinken &amp; Kuleba\">"
      "<meta content='2022-09-08T10:00:00Z' property='article:published_time'>"
      "<link rel=\"canonical\" href=\"https://x.org/a\"></head><body><p>Menu</p>"
      "<article><h1>Head</h1><P class=\"lead\">KYIV &#8212; Antony Blinken met <b>Dmytro\n Kuleba</b>.</P>"
      "<p>He said &ldquo;more aid&rdquo; &#x41;.<p>Unclosed paragraph</article><p>Footer</p></body></html>";
  auto a = ng::text::read_html("pages/kyiv.html", html);
  CHECK(a.id == "kyiv");
  CHECK(a.text ==
        "Title: Blinken & Kuleba\nSource: https://x.org/a\nPublished: 2022-09-08T10:00:00Z\n\n"
        "KYIV \xE2\x80\x94 Antony Blinken met Dmytro Kuleba .\n\nHe said \xE2\x80\x9Cmore aid\xE2\x80\x9D A.\n\n"
        "Unclosed paragraph\n");
  auto doc = ng::text::read_article(a.id, a.path, a.text);
  CHECK(doc.dct == "2022-09-08");
  // no <article>: the page's paragraphs; no og:title: <title>; no paragraph: an error
  auto b = ng::text::read_html("b.htm", "<title>T &lt;1&gt;</title><p>One.</p><p>Two.</p>");
  CHECK(b.text == "Title: T <1>\n\nOne.\n\nTwo.\n");
  CHECK_THROWS_AS(ng::text::read_html("c.html", "<html><body><div>no paragraphs</div></body></html>"), ng::core::Error);
  CHECK(ng::text::input_kind("a/B.HTML") == ng::text::InputKind::Html);
  CHECK(ng::text::input_kind("x.jsonl") == ng::text::InputKind::JsonLines);
  CHECK(ng::text::input_kind("x.md") == ng::text::InputKind::Other);
}
