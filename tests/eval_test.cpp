// The scorer: graph_score.py's matching rules on hand-made gold and predictions.
#include <doctest/doctest.h>

#include "core/error.h"
#include "eval/rams.h"
#include "eval/re3d.h"
#include "eval/score.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

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

TEST_CASE("whole meetings match one to one: a meeting given as three costs precision") {
  Gold g = ng::eval::parse_gold(R"({"entities": [
    {"type": "Person", "name": "Ann Lee"}, {"type": "Person", "name": "Bo Chan"},
    {"type": "Person", "name": "Cy Diaz"}, {"type": "Person", "name": "Di Eko"}],
    "meetings": [{"participants": ["Ann Lee", "Bo Chan", "Cy Diaz"], "date": "2026-01-05"},
                 {"participants": ["Ann Lee", "Di Eko"], "date": null}],
    "statements": []})", "w.gold.json");
  Predicted p;
  p.meetings = {{{{"Ann Lee"}, {"Bo Chan"}}, "2026-01-05"},
                {{{"Ann Lee"}, {"Bo Chan"}, {"Cy Diaz"}}, "2026-01-05"},
                {{{"Bo Chan"}, {"Cy Diaz"}}, "2026-01-06"},
                {{{"Ann Lee"}, {"Di Eko"}}, "2026-02-01"}};
  auto s = ng::eval::score(g, p);
  const auto& m = s.counts[ng::eval::kMeetings];
  // The three-person prediction takes the gold meeting (Jaccard 1); the two smaller ones
  // find it taken; Ann Lee + Di Eko matches the undated one.
  CHECK(m.gold == 2);
  CHECK(m.pred == 4);
  CHECK(m.matched_gold == 2);
  CHECK(m.matched_pred == 2);
  const auto& md = s.counts[ng::eval::kMeetingsDated];
  // Only the dated gold meeting counts; Ann Lee + Di Eko overlaps the undated one and
  // matches no dated one, so it is not judged.
  CHECK(md.gold == 1);
  CHECK(md.pred == 3);
  CHECK(md.matched_gold == 1);
  bool listed = false;
  for (const auto& line : s.errors) listed |= line == "meetings\tSPURIOUS\t(Bo Chan + Cy Diaz, 2026-01-06)";
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

TEST_CASE("re3d CommWith relations: UTF-16 offsets become byte spans; meeting pairs are scored against them") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "newsgraph_eval_test_re3d";
  fs::remove_all(dir);
  fs::create_directories(dir / "Source A");
  {
    // "\u2019" is one UTF-16 unit and three bytes: offsets after it move by two
    std::ofstream docs(dir / "Source A" / "documents.json");
    docs << R"({ "_id" : "D1", "title" : "t", "text" : "Ann\u2019s aide: Ann Lee met Bo Chan and Cy Diaz." })" << "\n";
    std::ofstream rels(dir / "Source A" / "relations.json");
    rels << R"({ "_id" : "r1", "sourceBegin" : 12, "sourceEnd" : 19, "targetBegin" : 24, "targetEnd" : 31, "type" : "CommWith", "documentId" : "D1" })"
         << "\n"
         << R"({ "_id" : "r2", "sourceBegin" : 24, "sourceEnd" : 31, "targetBegin" : 12, "targetEnd" : 19, "type" : "CommWith", "documentId" : "D1" })"
         << "\n"
         << R"({ "_id" : "r3", "sourceBegin" : 12, "sourceEnd" : 19, "targetBegin" : 36, "targetEnd" : 43, "type" : "CoLocated", "documentId" : "D1" })"
         << "\n";
  }
  auto docs = ng::eval::read_re3d(dir.string());
  REQUIRE(docs.size() == 1);
  const auto& d = docs[0];
  CHECK(d.source == "Source A");
  REQUIRE(d.comm_with.size() == 1);  // the reversed repeat is one pair; CoLocated is no CommWith
  CHECK(d.text.substr(d.comm_with[0].first.begin, d.comm_with[0].first.size()) == "Ann Lee");
  CHECK(d.text.substr(d.comm_with[0].second.begin, d.comm_with[0].second.size()) == "Bo Chan");
  // one meeting of all three: the Lee-Chan pair is supported, the other two are not
  ng::core::Document doc;
  doc.text = d.text;
  auto at = [&](const char* name) {
    uint32_t b = uint32_t(d.text.find(name));
    return ng::core::Span{b, uint32_t(b + std::strlen(name))};
  };
  ng::core::Event ev;
  ev.participants = {{0, ng::core::Role::Participant, at("Ann Lee")},
                     {1, ng::core::Role::Participant, at("Bo Chan")},
                     {2, ng::core::Role::Participant, at("Cy Diaz")}};
  for (const char* n : {"Ann Lee", "Bo Chan", "Cy Diaz"})
    doc.entities.push_back({ng::core::EntityType::Person, n, {}, {}, "", -1});
  doc.events.push_back(ev);
  auto c = ng::eval::score_re3d(d, doc);
  CHECK(c.gold_pairs == 1);
  CHECK(c.found_gold_pairs == 1);
  CHECK(c.pred_pairs == 3);
  CHECK(c.supported_pred_pairs == 1);
  // a folder without the files is an error naming it
  CHECK_THROWS_AS(ng::eval::read_re3d((dir / "Source A").string()), ng::core::Error);
  fs::remove_all(dir);
}
