#include "eval/rams.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <set>

#include "core/error.h"
#include "core/io.h"

namespace ng::eval {

void RamsCounts::add(const RamsCounts& o) {
  examples += o.examples;
  gold_pairs += o.gold_pairs;
  found_gold_pairs += o.found_gold_pairs;
  pred_pairs += o.pred_pairs;
  right_pred_pairs += o.right_pred_pairs;
}

std::vector<RamsExample> read_rams(const std::string& path, const std::string& type_part) {
  std::string all = core::read_file(path);
  std::vector<RamsExample> out;
  long line_no = 0;
  for (size_t pos = 0; pos < all.size();) {
    size_t nl = all.find('\n', pos);
    std::string line = all.substr(pos, (nl == std::string::npos ? all.size() : nl) - pos);
    pos = nl == std::string::npos ? all.size() : nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(line.c_str(), line.size());
    if (d.HasParseError() || !d.IsObject() || !d.HasMember("sentences") || !d["sentences"].IsArray() ||
        !d.HasMember("evt_triggers") || !d["evt_triggers"].IsArray() || d["evt_triggers"].Empty())
      throw core::Error(path, "not a RAMS example (sentences, evt_triggers)", line_no);
    const auto& trig = d["evt_triggers"][0];
    if (!trig.IsArray() || trig.Size() < 3 || !trig[2].IsArray() || trig[2].Empty() || !trig[2][0].IsArray() ||
        !trig[2][0][0].IsString())
      throw core::Error(path, "malformed evt_triggers", line_no);
    std::string type = trig[2][0][0].GetString();
    if (type.find(type_part) == std::string::npos) continue;
    RamsExample ex;
    ex.id = d.HasMember("doc_key") && d["doc_key"].IsString() ? d["doc_key"].GetString() : "";
    ex.event_type = type;
    std::vector<core::Span> tok;  // byte span of every token
    for (const auto& s : d["sentences"].GetArray()) {
      if (!s.IsArray()) throw core::Error(path, "a sentence is not a token list", line_no);
      if (!ex.text.empty()) ex.text += '\n';
      bool first = true;
      for (const auto& t : s.GetArray()) {
        if (!t.IsString()) throw core::Error(path, "a token is not a string", line_no);
        if (!first) ex.text += ' ';
        first = false;
        uint32_t b = uint32_t(ex.text.size());
        ex.text += t.GetString();
        tok.push_back({b, uint32_t(ex.text.size())});
      }
    }
    auto span = [&](const rapidjson::Value& a, const rapidjson::Value& b) {
      if (!a.IsInt() || !b.IsInt() || a.GetInt() < 0 || b.GetInt() < a.GetInt() || size_t(b.GetInt()) >= tok.size())
        throw core::Error(path, "a token index out of range", line_no);
      return core::Span{tok[a.GetInt()].begin, tok[b.GetInt()].end};
    };
    ex.trigger = span(trig[0], trig[1]);
    if (d.HasMember("gold_evt_links") && d["gold_evt_links"].IsArray())
      for (const auto& link : d["gold_evt_links"].GetArray()) {
        if (!link.IsArray() || link.Size() < 3 || !link[1].IsArray() || link[1].Size() < 2 || !link[2].IsString())
          throw core::Error(path, "malformed gold_evt_links", line_no);
        std::string role = link[2].GetString();
        if (role.find("participant") == std::string::npos) continue;
        ex.participants.push_back(span(link[1][0], link[1][1]));
      }
    out.push_back(std::move(ex));
  }
  return out;
}

RamsCounts score_rams(const RamsExample& ex, const core::Document& doc) {
  RamsCounts c;
  c.examples = 1;
  // which annotated arguments does an event argument stand for?
  auto stands_for = [&](const core::Argument& a) {
    std::set<size_t> hits;
    for (size_t g = 0; g < ex.participants.size(); ++g) {
      bool hit = !a.span.empty() && a.span.overlaps(ex.participants[g]);
      if (!hit && a.entity >= 0 && size_t(a.entity) < doc.entities.size())
        for (uint32_t m : doc.entities[a.entity].mentions)
          if (m < doc.mentions.size() && doc.mentions[m].span.overlaps(ex.participants[g])) hit = true;
      if (hit) hits.insert(g);
    }
    return hits;
  };
  std::set<std::pair<size_t, size_t>> gold;
  for (size_t i = 0; i < ex.participants.size(); ++i)
    for (size_t j = i + 1; j < ex.participants.size(); ++j)
      if (!ex.participants[i].overlaps(ex.participants[j])) gold.insert({i, j});
  c.gold_pairs = gold.size();
  std::set<std::pair<size_t, size_t>> found;
  for (const auto& ev : doc.events) {
    if (ev.kind != core::EventKind::Meeting) continue;
    bool in_sentence = ev.sentence < doc.sentences.size() && doc.sentences[ev.sentence].span.overlaps(ex.trigger);
    for (size_t i = 0; i < ev.participants.size(); ++i)
      for (size_t j = i + 1; j < ev.participants.size(); ++j) {
        if (ev.participants[i].entity == ev.participants[j].entity) continue;
        auto a = stands_for(ev.participants[i]), b = stands_for(ev.participants[j]);
        bool right = false;
        for (size_t x : a)
          for (size_t y : b)
            if (x != y) {
              auto key = std::make_pair(std::min(x, y), std::max(x, y));
              if (gold.count(key)) {
                right = true;
                found.insert(key);
              }
            }
        if (in_sentence) {
          ++c.pred_pairs;
          if (right) ++c.right_pred_pairs;
        }
      }
  }
  c.found_gold_pairs = found.size();
  return c;
}

}  // namespace ng::eval
