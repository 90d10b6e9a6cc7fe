// The dateline reader on small articles built from string literals.
#include <doctest/doctest.h>

#include <string>

#include "text/article.h"

using ng::core::Document;

namespace {
Document read(const std::string& text) { return ng::text::read_article("t", "t.txt", text); }
}  // namespace

TEST_CASE("place, weekday, day month year") {
  Document d = read("Ukraine Peace Talks Narrow to Single Issue\nMoscow, Thursday, 22 January 2026.\nThe envoys arrive today.\n");
  CHECK(d.dct == "2026-01-22");
  CHECK(d.dateline_place == "Moscow");
  CHECK(d.view(d.dateline_place_span) == "Moscow");
  CHECK(d.view(d.dateline) == "Moscow, Thursday, 22 January 2026");
  CHECK(d.warnings.empty());
}

TEST_CASE("agency datelines take the year of the Published header") {
  Document d = read("Title: X\nPublished: 1987-03-03\n\nWASHINGTON, March 3 (Reuters) - The talks began.\n");
  CHECK(d.dct == "1987-03-03");
  CHECK(d.dateline_place == "Washington");
  CHECK(d.view(d.dateline) == "WASHINGTON, March 3 (Reuters)");
  d = read("Title: X\nPublished: 1987-04-05\n\nKNOKKE-HEIST, Belgium, April 5 - Ministers agreed.\n");
  CHECK(d.dateline_place == "Knokke-Heist");
  // Without a year anywhere the dateline gives no document date.
  d = read("BONN, March 3 - The talks began.\n");
  CHECK(d.dct.empty());
  CHECK(d.dateline_place == "Bonn");
}

TEST_CASE("date lines without a place") {
  Document d = read("Friday, August 15, 2008\nA document was found on a street.\n");
  CHECK(d.dct == "2008-08-15");
  CHECK(d.dateline_place.empty());
  d = read("March 22, 2013\nThe minister spoke.\n");
  CHECK(d.dct == "2013-03-22");
  d = read("2026-01-22\nThe minister spoke.\n");
  CHECK(d.dct == "2026-01-22");
}

TEST_CASE("the Published header wins over the dateline") {
  Document d = read("Title: X\nPublished: 2026-01-23\n\nMoscow, Thursday, 22 January 2026.\nText.\n");
  CHECK(d.dct == "2026-01-23");
  CHECK(d.dateline_place == "Moscow");
}

TEST_CASE("a contradicting weekday warns and the date is kept") {
  Document d = read("Moscow, Friday, 22 January 2026.\nText.\n");
  CHECK(d.dct == "2026-01-22");
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].find("contradicts") != std::string::npos);
}

TEST_CASE("place lines") {
  Document d = read("Title: X\nPublished: 2021-06-28\n\nOval Office\n\n4:14 P.M. EDT\n\nPRESIDENT BIDEN: Well, I am happy.\n");
  CHECK(d.dateline_place == "Oval Office");
  d = read("Title: X\nPublished: 2021-06-23\n\nAntony J. Blinken, Secretary of State\n\nBerlin, Germany\n\nCHANCELLOR: Welcome.\n");
  CHECK(d.dateline_place == "Berlin");
  d = read("Title: X\nPublished: 2022-07-29\n\nNed Price, Department Spokesperson\n\nThe Secretary will travel.\n");
  CHECK(d.dateline_place.empty());
  d = read("Title: X\nPublished: 2022-07-29\n\nOffice of the Spokesperson\n\nThe Secretary will travel.\n");
  CHECK(d.dateline_place.empty());
}

TEST_CASE("a sentence that starts with a date is not a dateline") {
  Document d = read("Title: X\nPublished: 2026-01-22\n\nOn Tuesday, January 20, they met.\n");
  CHECK(d.dateline.empty());
  d = read("Title: X\nPublished: 2024-10-03\n\nFrom September 30 - October 2, she traveled.\n");
  CHECK(d.dateline.empty());
}
