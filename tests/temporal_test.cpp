// The time tagger on small documents built from string literals.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/error.h"
#include "core/calendar.h"
#include "temporal/tagger.h"
#include "temporal/timeml.h"
#include "tokenize/tokenizer.h"

using ng::core::Document;
using ng::core::Timex;
using ng::core::TimexType;

namespace {

// A tokenized document of `text` with document date `dct`, not yet tagged.
Document tokenized(const std::string& text, const std::string& dct) {
  Document doc;
  doc.text = text;
  doc.body = {0, static_cast<uint32_t>(text.size())};
  doc.dct = dct;
  ng::tokenize::tokenize(doc);
  return doc;
}

Document tag(const std::string& text, const std::string& dct) {
  Document doc = tokenized(text, dct);
  ng::temporal::TimeTagger().annotate(doc);
  return doc;
}

// "text=value" for every timex, in order.
std::vector<std::string> values(const std::string& text, const std::string& dct) {
  Document doc = tag(text, dct);
  std::vector<std::string> out;
  for (const auto& t : doc.timexes) out.push_back(std::string(doc.view(t.span)) + "=" + t.value);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("calendar arithmetic") {
  using namespace ng::core;
  CHECK(days_from_civil(1970, 1, 1) == 0);
  CHECK(weekday(days_from_civil(2026, 1, 22)) == 4);  // a Thursday
  Ymd r = civil_from_days(days_from_civil(2024, 2, 29) + 1);
  CHECK((r.y == 2024 && r.m == 3 && r.d == 1));
  int y, w;
  iso_week(days_from_civil(2021, 1, 3), y, w);
  CHECK((y == 2020 && w == 53));
  iso_week(days_from_civil(2026, 1, 22), y, w);
  CHECK((y == 2026 && w == 4));
  CHECK(civil_from_days(easter(2024)).m == 3);
  CHECK(civil_from_days(easter(2024)).d == 31);
  CHECK(civil_from_days(nth_weekday(1999, 11, 4, 4)).d == 25);  // Thanksgiving 1999
  Ymd d;
  CHECK(parse_iso_date("2024-02-29", d));
  CHECK((d.y == 2024 && d.m == 2 && d.d == 29));
  CHECK_FALSE(parse_iso_date("2023-02-29", d));
  CHECK_FALSE(parse_iso_date("2024-2-29", d));
  CHECK_FALSE(parse_iso_date("2024-02-2x", d));
}

TEST_CASE("absolute dates") {
  CHECK(values("They met on 22 January 2026 in Moscow.", "2026-01-22") == V{"22 January 2026=2026-01-22"});
  CHECK(values("It was signed Jan. 27, 2017, in Paris.", "2026-01-22") == V{"Jan. 27, 2017=2017-01-27"});
  CHECK(values("Filed on 2026-01-22.", "") == V{"2026-01-22=2026-01-22"});
  CHECK(values("Prices rose in the 1990s.", "2026-01-22") == V{"the 1990s=199"});
  CHECK(values("Sales fell in July 1997.", "1998-01-01") == V{"July 1997=1997-07"});
}

TEST_CASE("relative dates resolve against the document date") {
  const std::string dct = "2026-01-22";  // a Thursday
  CHECK(values("The talks ended today.", dct) == V{"today=2026-01-22"});
  CHECK(values("He arrived yesterday.", dct) == V{"yesterday=2026-01-21"});
  CHECK(values("The envoy met Putin on Tuesday.", dct) == V{"Tuesday=2026-01-20"});
  CHECK(values("They met on Tuesday, January 20.", dct) == V{"Tuesday, January 20=2026-01-20"});
  CHECK(values("Officials met last week.", dct) == V{"last week=2026-W03"});
  CHECK(values("Talks resume next month.", dct) == V{"next month=2026-02"});
  CHECK(values("Trade grew this year.", dct) == V{"this year=2026"});
  CHECK(values("He said so earlier this week.", dct) == V{"earlier this week=2026-W04"});
  CHECK(values("The deal collapsed two days ago.", dct) == V{"two days ago=2026-01-20"});
}

TEST_CASE("a bare weekday follows the tense of its clause") {
  const std::string dct = "2026-01-22";  // Thursday
  CHECK(values("They met on Monday.", dct) == V{"Monday=2026-01-19"});
  CHECK(values("They will meet on Monday.", dct) == V{"Monday=2026-01-26"});
  CHECK(values("The meeting is scheduled for Monday.", dct) == V{"Monday=2026-01-26"});
  CHECK(values("Talks are expected to resume on Saturday.", dct) == V{"Saturday=2026-01-24"});
  // a fronted weekday takes the tense of the main clause after its comma
  CHECK(values("On Monday, the two envoys are to travel to Oslo.", dct) == V{"Monday=2026-01-26"});
  CHECK(values("On Monday, the two envoys will travel to Oslo.", dct) == V{"Monday=2026-01-26"});
  CHECK(values("On Monday, the two envoys travelled to Oslo.", dct) == V{"Monday=2026-01-19"});
  CHECK(values("On Monday, the government planned to pay the claims.", dct) == V{"Monday=2026-01-19"});
}

TEST_CASE("a bare month keeps month precision") {
  CHECK(values("A summit is planned in March.", "2026-01-22") == V{"March=2026-03"});
  CHECK(values("They met in November.", "2026-01-22") == V{"November=2025-11"});
  CHECK(values("They will meet in January.", "2025-11-02") == V{"January=2026-01"});
}

TEST_CASE("unresolved values without a document date") {
  CHECK(values("They met on Tuesday.", "") == V{"Tuesday=XXXX-WXX-2"});
  CHECK(values("They met yesterday.", "") == V{"yesterday=XXXX-XX-XX"});
  CHECK(values("They met on January 20.", "") == V{"January 20=XXXX-01-20"});
}

TEST_CASE("times, durations, sets and reference values") {
  const std::string dct = "2026-01-22";
  CHECK(values("They will speak after 7 or 8 p.m. Moscow time today.", dct) ==
        V{"7=2026-01-22T19:00", "8 p.m. Moscow time=2026-01-22T20:00", "today=2026-01-22"});
  CHECK(values("At 4:14 P.M. EDT on Friday, he spoke.", "2008-08-15") ==
        V{"4:14 P.M. EDT=2008-08-15T16:14", "Friday=2008-08-15"});
  Document d = tag("The war lasted a month.", dct);
  REQUIRE(d.timexes.size() == 1);
  CHECK(d.timexes[0].type == TimexType::Duration);
  CHECK(d.timexes[0].value == "P1M");
  CHECK(values("Growth slowed over the past decade.", dct) == V{"the past decade=P10Y"});
  d = tag("They meet every Monday.", dct);
  REQUIRE(d.timexes.size() == 1);
  CHECK(d.timexes[0].type == TimexType::Set);
  CHECK(d.timexes[0].value == "XXXX-WXX-1");
  CHECK(values("Prices are now higher than recently.", dct) == V{"now=PRESENT_REF", "recently=PAST_REF"});
}

TEST_CASE("a span of days and a weekday that contradicts its date") {
  Document d = tag("The summit is on August 27-28.", "2008-08-15");
  REQUIRE(d.timexes.size() == 1);
  CHECK(d.timexes[0].value == "2008-08-27");
  CHECK(d.timexes[0].end_value == "2008-08-28");
  d = tag("Moscow, Wednesday, 22 January 2026.", "");
  REQUIRE(d.timexes.size() == 1);
  CHECK(d.timexes[0].value == "2026-01-22");
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].find("contradicts") != std::string::npos);
}

TEST_CASE("TimeML in and out keeps the text") {
  const std::string tml =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-08\" "
      "functionInDocument=\"CREATION_TIME\">19980808</TIMEX3></DCT>\n<TEXT>\nThe <EVENT eid=\"e1\">blast</EVENT> on "
      "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3> killed 80.\n</TEXT>\n</TimeML>\n";
  auto t = ng::temporal::read_timeml(tml, "x.tml");
  CHECK(t.dct == "1998-08-08");
  CHECK(t.text == "\nThe blast on Friday killed 80.\n");
  REQUIRE(t.timexes.size() == 1);
  CHECK(t.text.substr(t.timexes[0].begin, t.timexes[0].end - t.timexes[0].begin) == "Friday");
  Document doc = ng::temporal::to_document(t, "x.tml");
  ng::tokenize::tokenize(doc);
  ng::temporal::TimeTagger().annotate(doc);
  std::string out = ng::temporal::write_timeml(t, doc.timexes);
  CHECK(out.find("on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3> killed") != std::string::npos);
  auto back = ng::temporal::read_timeml(out, "y.tml");
  CHECK(back.text == t.text);
  ng::temporal::TimexScore s;
  ng::temporal::score_timexes(t.text, t.timexes, back.timexes, s, nullptr);
  CHECK(s.value_f1() == doctest::Approx(100.0));
  CHECK_THROWS_AS(ng::temporal::read_timeml("<TimeML>no text</TimeML>", "bad.tml"), ng::core::Error);
}

TEST_CASE("financial periods and the year before them") {
  const std::string dct = "1989-10-26";
  CHECK(values("Profit rose in the third quarter from $2 million a year ago.", dct) ==
        V{"the third quarter=1989-Q3", "a year ago=1988-Q3"});
  CHECK(values("Net fell in the first half of 1989.", dct) == V{"the first half of 1989=1989-H1"});
  CHECK(values("This year's third quarter was weak.", dct) == V{"This year's third quarter=1989-Q3"});
  CHECK(values("The company expects to report results for the fourth quarter.", "1990-02-01") ==
        V{"the fourth quarter=1989-Q4"});
}

TEST_CASE("anchored and approximate expressions") {
  const std::string dct = "2026-01-22";
  CHECK(values("They met on January 12. The next day they signed.", dct) == V{"January 12=2026-01-12", "The next day=2026-01-13"});
  CHECK(values("He left a week or so ago.", dct) == V{"a week or so ago=2026-W03"});
  CHECK(values("It happened in July last year.", dct) == V{"July last year=2025-07"});
  CHECK(values("Prices rose in the nineties.", dct) == V{"the nineties=199"});
}

TEST_CASE("names and ages are not times") {
  const std::string dct = "2026-01-22";
  CHECK(values("Mr. Smith, 52 years old, spoke on ABC's This Week program.", dct).empty());
  CHECK(values("A second group joined. He appeared on 60 Minutes.", dct).empty());
  CHECK(values("Jan Kavan spoke. Officials may meet.", dct).empty());
  CHECK(values("It cut its quarterly dividend and plans daily flights.", dct).empty());
}

TEST_CASE("ranges of days expose their last day") {
  Document d = tag("From September 30 \xE2\x80\x93 October 2, she traveled. They met between March 5 and March 9.", "2024-10-03");
  REQUIRE(d.timexes.size() == 4);
  CHECK(d.timexes[0].end_value == "2024-10-02");
  CHECK(d.timexes[1].end_value.empty());
  CHECK(d.timexes[2].end_value == "2024-03-09");
  d = tag("They met on June 29 and 30 and on Monday and Wednesday.", "2022-07-01");
  REQUIRE(d.timexes.size() == 4);
  CHECK(d.timexes[0].value == "2022-06-29");
  CHECK(d.timexes[0].end_value == "2022-06-30");
  CHECK(d.view(d.timexes[1].span) == "30");
  CHECK(d.timexes[1].value == "2022-06-30");
  CHECK(d.timexes[2].end_value.empty());
}

TEST_CASE("without tense cues a weekday is the latest one not after the document date") {
  Document doc = tokenized("They will meet on Monday.", "2026-01-22");
  ng::temporal::Options opt;
  opt.tense_aware = false;
  ng::temporal::TimeTagger(opt).annotate(doc);
  REQUIRE(doc.timexes.size() == 1);
  CHECK(doc.timexes[0].value == "2026-01-19");
  CHECK(values("Officials said the talks ended Friday night and resumed at 9 a.m. Monday.", "2026-01-22") ==
        V{"Friday night=2026-01-16", "9 a.m. Monday=2026-01-19T09:00"});
}

TEST_CASE("anchors reach back a bounded distance") {
  const std::string dct = "2026-01-22";
  // the latest date of this paragraph or the one before, else the document date
  CHECK(values("They met on January 12.\nThe next day they signed.", dct) == V{"January 12=2026-01-12", "The next day=2026-01-13"});
  CHECK(values("They met on January 12.\nNothing.\nStill nothing.\nThe next day they signed.", dct) ==
        V{"January 12=2026-01-12", "The next day=2026-01-23"});
  // a clock time takes the day of an earlier sentence of its paragraph only
  CHECK(values("They met on January 12. Talks began at 9 a.m.", dct) == V{"January 12=2026-01-12", "9 a.m.=2026-01-12T09:00"});
  CHECK(values("They met on January 12.\nTalks began at 9 a.m.", dct) == V{"January 12=2026-01-12", "9 a.m.=2026-01-22T09:00"});
  // a year before the quarter of this sentence or the one before, else the dct's year
  CHECK(values("Profit rose in the third quarter. It was $2 million a year ago.", "1989-10-26") ==
        V{"the third quarter=1989-Q3", "a year ago=1988-Q3"});
  CHECK(values("Profit rose in the third quarter. Sales fell. Costs rose. It was $2 million a year ago.", "1989-10-26") ==
        V{"the third quarter=1989-Q3", "a year ago=1988"});
}

TEST_CASE("clause cues and reporting periods") {
  // a clock time and the weekday after it are one TIME
  CHECK(values("He was seized at 10 p.m. Wednesday, police said.", "1998-02-13") == V{"10 p.m. Wednesday=1998-02-11T22:00"});
  // "as early as", "set to": the day ahead; "set ... as" is a past tense
  CHECK(values("He could come as early as Tuesday.", "2000-04-03") == V{"Tuesday=2000-04-04"});
  CHECK(values("The talks, set to resume Monday, were delayed.", "1998-03-22") == V{"Monday=1998-03-23"});
  CHECK(values("The court ruled and set Friday as the deadline.", "2000-01-15") == V{"Friday=2000-01-14"});
  // a year named by its end is a length; "for the year" alone is the dct's year
  CHECK(values("It earned $2 million in the year ended March 31.", "1989-10-31") == V{"the year=P1Y", "March 31=1989-03-31"});
  CHECK(values("Shares hit a high for the year in June.", "1989-10-30") == V{"the year=1989", "June=1989-06"});
  // with no quarter named nearby, the year-ago quarter is the one before the latest reported
  CHECK(values("In the year-earlier quarter, the credit was $3 million.", "1989-10-27") == V{"the year-earlier quarter=1988-Q3"});
}

TEST_CASE("year end, prospects and possessive weekdays") {
  CHECK(values("The plan cuts 6,000 jobs by year end.", "1989-10-26") == V{"year end=1989"});
  CHECK(values("Rules should be in place by year's end.", "1989-10-26") == V{"year's end=1989"});
  CHECK(values("It matters to the future of our peoples.", "1998-02-13").empty());
  CHECK(values("They worry about the future.", "1998-02-13") == V{"the future=FUTURE_REF"});
  // the clause's "would" does not move the ruling into the future
  CHECK(values("They said they would fight Wednesday's ruling.", "2000-01-07") == V{"Wednesday=2000-01-05"});
}

TEST_CASE("present tense of scheduled events and weekdays relative to another day") {
  CHECK(values("He and Arafat meet separately Monday with Albright.", "1998-05-01") == V{"Monday=1998-05-04"});
  CHECK(values("They did not meet Monday.", "1998-05-01") == V{"Monday=1998-04-27"});
  CHECK(values("The vote Monday was close.", "1998-05-01") == V{"Monday=1998-04-27"});
  CHECK(values("Talks began on Thursday, May 7. Stocks fell from the previous Friday.", "1998-05-08") ==
        V{"Thursday, May 7=1998-05-07", "the previous Friday=1998-05-01"});
  CHECK(values("It took a charge in the 1988 second quarter.", "1989-11-02") == V{"the 1988 second quarter=1988-Q2"});
}

TEST_CASE("ranges of months") {
  Document d = tag("Sales rose in October-December. The plan covers Nov. - Feb. 2026.", "2025-12-10");
  REQUIRE(d.timexes.size() == 3);
  CHECK(d.view(d.timexes[0].span) == "October-December");
  CHECK(d.timexes[0].value == "2025-10");
  CHECK(d.timexes[0].end_value == "2025-12");
  CHECK(d.timexes[1].value == "2025-11");
  CHECK(d.timexes[1].end_value == "2026-02");
  CHECK(d.timexes[2].value == "2026-02");
  d = tag("It ran December-February 2026.", "2026-03-01");
  REQUIRE(d.timexes.size() == 1);
  CHECK(d.timexes[0].value == "2025-12");
  CHECK(d.timexes[0].end_value == "2026-02");
}

TEST_CASE("a long run of digits after 'mid-' or 'early-' is no year (and overflows nothing)") {
  // found by the dates fuzz target: 77 fives after "early-" overflowed an int under UBSan
  CHECK(values("Sales fell in early-" + std::string(77, '5') + " and rose in mid-1998.", "1999-01-01").back() ==
        "mid-1998=1998");
  CHECK(values("It was early-" + std::string(12, '9') + ".", "1999-01-01").empty());
}

TEST_CASE("a scheduling verb's form that the tree makes a noun with a determiner is no tense cue") {
  // "made a surprise visit to Kyiv on Wednesday": "visit" is a noun ("a ... visit")
  const Document doc = tokenized("Lee made a surprise visit to Kyiv on Wednesday.", "2024-05-04");
  auto run = [&](bool parsed) {
    Document d = doc;
    if (parsed) {
      d.syntax.assign(d.tokens.size(), ng::core::TokenSyntax{});
      d.syntax[2] = {ng::core::Upos::DET, ng::core::Dep::det, 4};        // a -> visit
      d.syntax[3] = {ng::core::Upos::NOUN, ng::core::Dep::compound, 4};  // surprise -> visit
      d.syntax[4] = {ng::core::Upos::NOUN, ng::core::Dep::obj, 1};       // visit
    }
    ng::temporal::TimeTagger().annotate(d);
    REQUIRE(d.timexes.size() == 1);
    return d.timexes[0].value;
  };
  CHECK(run(true) == "2024-05-01");   // the past Wednesday, as "made" says
  CHECK(run(false) == "2024-05-08");  // unparsed, "visit" reads as a scheduled present
}
