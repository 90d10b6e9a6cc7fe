// The scorer: graph_score.py's matching rules on hand-made gold and predictions.
#include <doctest/doctest.h>

#include "core/error.h"
#include "eval/rams.h"
#include "eval/score.h"

#include <cstdio>

using ng::eval::Gold;
using ng::eval::Predicted;

namespace {

const char* kGold = R"({
 "dct": "2026-01-22",
 "entities": [
  {"type": "Person", "name": "Steve Witkoff", "aliases": ["Witkoff"]},
  {"type": "Person", "name": "Jared Kushner", "aliases": ["Kushner"]},
  {"type": "Person", "name": "Vladimir Putin", "aliases": ["Putin", "President Putin"]},
  {"type": "Organization", "name": "Kremlin", "aliases": ["the Kremlin"]},
  {"type": "Place", "name": "Moscow", "aliases": []}
 ],
 "meetings": [
  {"participants": ["Steve Witkoff", "Jared Kushner", "Vladimir Putin"], "date": "2026-01-22"},
  {"participants": ["Steve Witkoff", "Vladimir Putin"], "date": null},
  {"participants": ["Jared Kushner", "Vladimir Putin"], "date": "2026-01-27/2026-01-28"}
 ],
 "statements": [
  {"speaker": "Steve Witkoff", "date": "2026-01-22"},
  {"speaker": "Steve Witkoff", "date": null},
  {"speaker": "Kremlin", "date": "2026-01-22"}
 ],
 "travel": [{"who": ["Steve Witkoff", "Jared Kushner"], "to": "Moscow", "date": null}]
})";

}  // namespace

TEST_CASE("names normalise as graph_score.py's norm") {
  CHECK(ng::eval::normalize_name("  The  Kremlin ") == "kremlin");
  CHECK(ng::eval::normalize_name("Zelenskyy’s") == "zelenskyy's");
  CHECK(ng::eval::normalize_name("ÉMILE Zola") == "émile zola");
  CHECK(ng::eval::normalize_name("Theodore") == "theodore");
}

TEST_CASE("dates match days, interval days and a shared month") {
  CHECK(ng::eval::date_match("2026-01-22", "2026-01-22"));
  CHECK_FALSE(ng::eval::date_match("2026-01", "2026-01-22"));
  CHECK(ng::eval::date_match("2024-08-27", "2024-08-27/2024-08-28"));
  CHECK(ng::eval::date_match("2024-08", "2024-08-27/2024-08-28"));
  CHECK(ng::eval::date_match("2024-08-27/2024-08-28", "2024-08-27/2024-08-28"));
  CHECK_FALSE(ng::eval::date_match("2024-09", "2024-09-30/2024-10-02"));
  CHECK_FALSE(ng::eval::date_match("2024-08-29", "2024-08-27/2024-08-28"));
  CHECK(ng::eval::date_match("", ""));
}

TEST_CASE("a prediction is scored pair by pair, with undated gold instances unjudged") {
  Gold g = ng::eval::parse_gold(kGold, "t.gold.json");
  Predicted p;
  p.entities = {{"Person", {"Steve Witkoff", "Witkoff"}}, {"Person", {"Putin"}}, {"Organization", {"Moscow"}},
                {"Person", {"Dmitriev"}}};
  // Witkoff+Kushner+Putin on the right day; Witkoff+Putin on another day (the undated
  // gold instance may be it: not judged); Kushner+Putin dated by the interval's month.
  p.meetings = {{{{"Witkoff"}, {"Jared Kushner"}, {"President Putin"}}, "2026-01-22"},
                {{{"Steve Witkoff"}, {"Putin"}}, "2026-03-01"},
                {{{"Kushner"}, {"Putin"}}, "2026-01"},
                {{{"Kushner"}, {"Someone Else"}}, ""}};
  p.statements = {{{"the Kremlin"}, "2026-01-21"}, {{"Witkoff"}, ""}};
  p.trips = {{{{"Witkoff"}}, {"Moscow"}, ""}};
  auto s = ng::eval::score(g, p);
  using ng::eval::Metric;
  const auto& e = s.counts[ng::eval::kEntities];
  CHECK(e.gold == 5);
  CHECK(e.pred == 4);  // Moscow typed Organization does not match the Place
  CHECK(e.matched_pred == 2);
  CHECK(e.matched_gold == 2);
  const auto& m = s.counts[ng::eval::kMeetingPairs];
  CHECK(m.gold == 3);
  CHECK(m.pred == 4);
  CHECK(m.matched_gold == 3);
  CHECK(m.matched_pred == 3);
  const auto& md = s.counts[ng::eval::kMeetingPairsDated];
  // gold dated: (W,K,22) (W,P,22) (K,P,22) (K,P,27/28); predictions judged: (W,K,22)
  // (W,P,22) (K,P,22) (K,P,2026-01) (K,Someone,None); (W,P,03-01) is not judged.
  CHECK(md.gold == 4);
  CHECK(md.pred == 5);
  CHECK(md.matched_pred == 4);
  CHECK(md.matched_gold == 4);
  const auto& sd = s.counts[ng::eval::kStatementsDated];
  // (Kremlin, 01-21) is wrong; (Witkoff, None) has an undated gold instance: unjudged.
  CHECK(sd.gold == 2);
  CHECK(sd.pred == 1);
  CHECK(sd.matched_pred == 0);
  CHECK(s.counts[ng::eval::kStatementSpeakers].matched_gold == 2);
  CHECK(s.counts[ng::eval::kTrips].gold == 2);
  CHECK(s.counts[ng::eval::kTrips].matched_gold == 1);
  bool listed = false;
  for (const auto& line : s.errors) listed |= line == "meeting_pairs\tSPURIOUS\tJared Kushner + UNMATCHED:someone else";
  CHECK(listed);
}

TEST_CASE("a malformed gold file is an error naming the file") {
  CHECK_THROWS_WITH_AS(ng::eval::parse_gold("{\"entities\": []}", "x.gold.json"),
                       "x.gold.json: not a gold file: missing \"meetings\"", ng::core::Error);
  CHECK_THROWS_AS(ng::eval::parse_gold("{\n\"entities\": [,]}", "y.gold.json"), ng::core::Error);
}

TEST_CASE("RAMS examples become articles whose participant spans index the joined text") {
  std::string path = "/tmp/newsgraph_eval_test_rams.jsonlines";
  {
    std::FILE* f = std::fopen(path.c_str(), "w");
    REQUIRE(f);
    std::fputs(R"({"doc_key": "k1", "sentences": [["Ann", "Lee", "met"], ["Bo", "Chan", "."]], )"
               R"("evt_triggers": [[2, 2, [["contact.discussion.meet", 1.0]]]], )"
               R"("gold_evt_links": [[[2, 2], [0, 1], "evt034arg01participant"], [[2, 2], [3, 4], "evt034arg01participant"]]})"
               "\n"
               R"({"doc_key": "k2", "sentences": [["x"]], "evt_triggers": [[0, 0, [["life.die", 1.0]]]], "gold_evt_links": []})"
               "\n",
               f);
    std::fclose(f);
  }
  auto ex = ng::eval::read_rams(path, ".meet");
  REQUIRE(ex.size() == 1);
  CHECK(ex[0].text == "Ann Lee met\nBo Chan .");
  REQUIRE(ex[0].participants.size() == 2);
  CHECK(ex[0].text.substr(ex[0].participants[1].begin, ex[0].participants[1].size()) == "Bo Chan");
  CHECK(ex[0].text.substr(ex[0].trigger.begin, ex[0].trigger.size()) == "met");
  // a document whose one meeting joins the two annotated participants
  ng::core::Document doc;
  doc.text = ex[0].text;
  doc.sentences.push_back({{0, 11}, 0, 3, 0, {}});
  doc.entities.push_back({ng::core::EntityType::Person, "Ann Lee", {}, {}, "", -1});
  doc.entities.push_back({ng::core::EntityType::Person, "Bo Chan", {}, {}, "", -1});
  ng::core::Event ev;
  ev.participants = {{0, ng::core::Role::Participant, {0, 7}}, {1, ng::core::Role::Participant, {12, 19}}};
  doc.events.push_back(ev);
  auto c = ng::eval::score_rams(ex[0], doc);
  CHECK(c.gold_pairs == 1);
  CHECK(c.found_gold_pairs == 1);
  CHECK(c.pred_pairs == 1);
  CHECK(c.right_pred_pairs == 1);
  std::remove(path.c_str());
}
