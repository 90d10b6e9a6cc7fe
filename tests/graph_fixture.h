#pragma once
// Hand-built annotated documents for the graph, export and query tests: the layers the
// pipeline would fill, written out so the tests do not depend on the extractors.
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace ng::testing {

class DocBuilder {
 public:
  DocBuilder(std::string id, std::string text, std::string dct = "") {
    doc.id = std::move(id);
    doc.path = doc.id + ".txt";
    doc.text = std::move(text);
    doc.dct = std::move(dct);
    doc.body = {0, uint32_t(doc.text.size())};
    // One sentence per line, enough for evidence spans.
    uint32_t start = 0;
    for (uint32_t i = 0; i <= doc.text.size(); ++i)
      if (i == doc.text.size() || doc.text[i] == '\n') {
        if (i > start) doc.sentences.push_back({{start, i}, 0, 0, uint32_t(doc.sentences.size()), {}});
        start = i + 1;
      }
  }

  // The span of the first occurrence of `needle` (must occur).
  core::Span span(std::string_view needle) const {
    size_t at = doc.text.find(needle);
    if (at == std::string::npos) return {};
    return {uint32_t(at), uint32_t(at + needle.size())};
  }

  uint32_t sentence_of(core::Span s) const {
    for (uint32_t i = 0; i < doc.sentences.size(); ++i)
      if (doc.sentences[i].span.contains(s)) return i;
    return 0;
  }

  int entity(core::EntityType type, std::string name, std::vector<std::string> aliases = {}, std::string job = "",
             int country = -1) {
    core::Entity e;
    e.type = type;
    e.name = std::move(name);
    e.aliases = std::move(aliases);
    e.job_title = std::move(job);
    e.country = country;
    doc.entities.push_back(std::move(e));
    return int(doc.entities.size() - 1);
  }

  core::Event& event(core::EventKind kind, std::vector<int> who, std::string date, std::string_view evidence,
                     std::string_view trigger, core::Role role = core::Role::Participant) {
    core::Event ev;
    ev.kind = kind;
    for (int w : who) ev.participants.push_back({w, role, {}});
    ev.date = std::move(date);
    if (!ev.date.empty()) ev.date_basis = core::DateBasis::Stated;  // as if its clause said it
    ev.evidence = span(evidence);
    ev.sentence = sentence_of(ev.evidence);
    ev.trigger = span(trigger);
    doc.events.push_back(ev);
    return doc.events.back();
  }

  core::Document doc;
};

// The seed-like article: a meeting of three in Davos, a statement, a planned trip.
inline core::Document seed_document() {
  DocBuilder b("seed",
               "Moscow, Thursday, 22 January 2026.\n"
               "On Tuesday, January 20, Witkoff and Kushner held a meeting with Kirill Dmitriev in Davos [1].\n"
               "Steve Witkoff said the talks were \"very positive\" [2].\n"
               "Witkoff and Jared Kushner will travel to Moscow to meet President Vladimir Putin [1][2].\n"
               "Sources\n- www.reuters.com\n- www.axios.com\n",
               "2026-01-22");
  b.doc.title = "Envoys meet";
  b.doc.source = "https://example.org/seed";
  b.doc.license = "CC BY 2.5";
  b.doc.sources = {"www.reuters.com", "www.axios.com"};
  using T = core::EntityType;
  int russia = b.entity(T::Place, "Russia");
  int witkoff = b.entity(T::Person, "Steve Witkoff", {"Witkoff"}, "Special Envoy");
  int kushner = b.entity(T::Person, "Jared Kushner", {"Kushner"});
  int dmitriev = b.entity(T::Person, "Kirill Dmitriev", {"Dmitriev"}, "", russia);
  int putin = b.entity(T::Person, "Vladimir Putin", {"President Vladimir Putin", "Putin"}, "President", russia);
  int davos = b.entity(T::Place, "Davos");
  int moscow = b.entity(T::Place, "Moscow");
  auto& m = b.event(core::EventKind::Meeting, {witkoff, kushner, dmitriev}, "2026-01-20",
                    "Witkoff and Kushner held a meeting with Kirill Dmitriev in Davos", "held a meeting");
  m.place = davos;
  m.mode = core::Mode::InPerson;
  m.citations = {1};
  auto& s = b.event(core::EventKind::Statement, {witkoff}, "2026-01-22", "Steve Witkoff said the talks were \"very positive\"",
                    "said", core::Role::Speaker);
  s.content = b.span("the talks were \"very positive\"");
  s.citations = {2};
  auto& t = b.event(core::EventKind::Travel, {witkoff, kushner}, "2026-01-22", "Witkoff and Jared Kushner will travel to Moscow",
                    "travel", core::Role::Traveller);
  t.place = moscow;
  t.status = core::Status::Planned;
  auto& p = b.event(core::EventKind::Meeting, {witkoff, kushner, putin}, "2026-01-22",
                    "Witkoff and Jared Kushner will travel to Moscow to meet President Vladimir Putin", "meet");
  p.place = moscow;
  p.status = core::Status::Planned;
  p.citations = {1, 2};
  return std::move(b.doc);
}

}  // namespace ng::testing

namespace ng::testing {

// Four articles: the seed; a second report of the Davos meeting (by phone, it says); a
// call between John Kushner (not Jared) and Dmitriev; a meeting of Putin and Xi Jinping.
inline std::vector<core::Document> fixture_documents() {
  std::vector<core::Document> docs{seed_document()};
  using T = core::EntityType;
  {
    DocBuilder b("second", "Published: 2026-01-23\n\nKirill Dmitriev met Steve Witkoff and Jared Kushner in Davos on Tuesday.\n",
                 "2026-01-23");
    int d = b.entity(T::Person, "Kirill Dmitriev", {"Kirill A. Dmitriev"});
    int w = b.entity(T::Person, "Steve Witkoff");
    int k = b.entity(T::Person, "Jared Kushner");
    int davos = b.entity(T::Place, "Davos");
    auto& ev = b.event(core::EventKind::Meeting, {d, w, k}, "2026-01-20", "Kirill Dmitriev met Steve Witkoff and Jared Kushner in Davos", "met");
    ev.mode = core::Mode::Call;
    ev.place = davos;
    docs.push_back(std::move(b.doc));
  }
  {
    DocBuilder b("third", "John Kushner met Kirill Dmitriev by phone in January.\nJohn Kushner said: \"It went well.\"\n",
                 "2026-02-01");
    int jk = b.entity(T::Person, "John Kushner");
    int d = b.entity(T::Person, "Kirill Dmitriev");
    auto& ev = b.event(core::EventKind::Meeting, {jk, d}, "2026-01", "John Kushner met Kirill Dmitriev by phone", "met");
    ev.mode = core::Mode::Call;
    auto& s = b.event(core::EventKind::Statement, {jk}, "2026-02-01", "John Kushner said: \"It went well.\"", "said",
                      core::Role::Speaker);
    s.content = b.span("It went well.");
    docs.push_back(std::move(b.doc));
  }
  {
    DocBuilder b("fourth", "President Putin hosted Xi Jinping in Moscow on 5 March 2026.\n", "2026-03-06");
    int russia = b.entity(T::Place, "Russia");
    int p = b.entity(T::Person, "Vladimir Putin", {"Putin", "President Putin"}, "President", russia);
    int x = b.entity(T::Person, "Xi Jinping", {"Xi"});
    int moscow = b.entity(T::Place, "Moscow");
    auto& ev = b.event(core::EventKind::Meeting, {p, x}, "2026-03-05", "President Putin hosted Xi Jinping in Moscow", "hosted");
    ev.participants[0].role = core::Role::Host;
    ev.place = moscow;
    ev.mode = core::Mode::InPerson;
    docs.push_back(std::move(b.doc));
  }
  return docs;
}

}  // namespace ng::testing
