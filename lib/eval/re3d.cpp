#include "eval/re3d.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/error.h"
#include "core/io.h"

namespace ng::eval {
namespace {

// Byte offset of every UTF-16 code unit offset of `s` (and of its end).
std::vector<uint32_t> utf16_to_bytes(const std::string& s) {
  std::vector<uint32_t> out;
  out.reserve(s.size() + 1);
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    out.push_back(uint32_t(i));
    if (len == 4) out.push_back(uint32_t(i));  // a surrogate pair is two code units
    i += std::min(len, s.size() - i);
  }
  out.push_back(uint32_t(s.size()));
  return out;
}

// Calls f(line_number, object) for each JSON object line of a mongoexport file.
template <class F>
void for_each_object(const std::string& path, F f) {
  std::string all = core::read_file(path);
  long line_no = 0;
  for (size_t pos = 0; pos < all.size();) {
    size_t nl = all.find('\n', pos);
    size_t end = nl == std::string::npos ? all.size() : nl;
    ++line_no;
    std::string_view line(all.data() + pos, end - pos);
    pos = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
    if (d.HasParseError() || !d.IsObject()) throw core::Error(path, "not a JSON object", line_no);
    f(line_no, d);
  }
}

}  // namespace

void Re3dCounts::add(const Re3dCounts& o) {
  documents += o.documents;
  gold_pairs += o.gold_pairs;
  found_gold_pairs += o.found_gold_pairs;
  pred_pairs += o.pred_pairs;
  supported_pred_pairs += o.supported_pred_pairs;
}

std::vector<Re3dDocument> read_re3d(const std::string& dir) {
  std::vector<std::string> folders;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.is_directory() && std::filesystem::exists(entry.path() / "documents.json") &&
        std::filesystem::exists(entry.path() / "relations.json"))
      folders.push_back(entry.path().string());
  if (ec) throw core::Error(dir, "cannot list the folder: " + ec.message());
  if (folders.empty()) throw core::Error(dir, "no subfolder with documents.json and relations.json");
  std::sort(folders.begin(), folders.end());
  std::vector<Re3dDocument> out;
  for (const std::string& folder : folders) {
    std::map<std::string, size_t> by_id;
    std::vector<std::vector<uint32_t>> offsets;
    std::string docs = folder + "/documents.json", rels = folder + "/relations.json";
    for_each_object(docs, [&](long line, const rapidjson::Document& d) {
      if (!d.HasMember("_id") || !d["_id"].IsString() || !d.HasMember("text") || !d["text"].IsString())
        throw core::Error(docs, "a document needs _id and text", line);
      Re3dDocument r;
      r.id = d["_id"].GetString();
      r.source = std::filesystem::path(folder).filename().string();
      r.text.assign(d["text"].GetString(), d["text"].GetStringLength());
      by_id[r.id] = out.size();
      offsets.push_back(utf16_to_bytes(r.text));
      out.push_back(std::move(r));
    });
    size_t first = out.size() - by_id.size();
    std::vector<std::set<std::pair<std::pair<uint32_t, uint32_t>, std::pair<uint32_t, uint32_t>>>> seen(by_id.size());
    for_each_object(rels, [&](long line, const rapidjson::Document& d) {
      if (!d.HasMember("type") || !d["type"].IsString() || std::string(d["type"].GetString()) != "CommWith") return;
      for (const char* k : {"documentId", "sourceBegin", "sourceEnd", "targetBegin", "targetEnd"})
        if (!d.HasMember(k)) throw core::Error(rels, std::string("a relation needs ") + k, line);
      if (!d["documentId"].IsString()) throw core::Error(rels, "documentId is not a string", line);
      auto it = by_id.find(d["documentId"].GetString());
      if (it == by_id.end()) throw core::Error(rels, "a relation of an unknown document", line);
      const auto& map = offsets[it->second - first];
      auto at = [&](const char* k) {
        if (!d[k].IsInt() || d[k].GetInt() < 0 || size_t(d[k].GetInt()) >= map.size())
          throw core::Error(rels, std::string(k) + " out of range", line);
        return map[d[k].GetInt()];
      };
      std::pair<uint32_t, uint32_t> a{at("sourceBegin"), at("sourceEnd")}, b{at("targetBegin"), at("targetEnd")};
      if (a.first >= a.second || b.first >= b.second) throw core::Error(rels, "an empty span", line);
      if (b < a) std::swap(a, b);
      if (!seen[it->second - first].insert({a, b}).second) return;
      out[it->second].comm_with.push_back({core::Span{a.first, a.second}, core::Span{b.first, b.second}});
    });
  }
  return out;
}

Re3dCounts score_re3d(const Re3dDocument& d, const core::Document& doc) {
  Re3dCounts c;
  c.documents = 1;
  c.gold_pairs = d.comm_with.size();
  // every annotated span, and which of them a participant stands for
  std::vector<core::Span> spans;
  for (const auto& [a, b] : d.comm_with) spans.push_back(a), spans.push_back(b);
  auto stands_for = [&](const core::Argument& arg) {
    std::vector<bool> hit(spans.size(), false);
    for (size_t g = 0; g < spans.size(); ++g) {
      if (!arg.span.empty() && arg.span.overlaps(spans[g])) hit[g] = true;
      if (!hit[g] && arg.entity >= 0 && size_t(arg.entity) < doc.entities.size())
        for (uint32_t m : doc.entities[arg.entity].mentions)
          if (m < doc.mentions.size() && doc.mentions[m].span.overlaps(spans[g])) {
            hit[g] = true;
            break;
          }
    }
    return hit;
  };
  std::vector<bool> found(d.comm_with.size(), false);
  for (const auto& ev : doc.events) {
    if (ev.kind != core::EventKind::Meeting) continue;
    std::vector<std::vector<bool>> hits;
    for (const auto& p : ev.participants) hits.push_back(stands_for(p));
    for (size_t i = 0; i < ev.participants.size(); ++i)
      for (size_t j = i + 1; j < ev.participants.size(); ++j) {
        if (ev.participants[i].entity == ev.participants[j].entity) continue;
        ++c.pred_pairs;
        bool supported = false;
        for (size_t g = 0; g < d.comm_with.size(); ++g)
          if ((hits[i][2 * g] && hits[j][2 * g + 1]) || (hits[i][2 * g + 1] && hits[j][2 * g])) {
            supported = true;
            found[g] = true;
          }
        if (supported) ++c.supported_pred_pairs;
      }
  }
  c.found_gold_pairs = size_t(std::count(found.begin(), found.end(), true));
  return c;
}

}  // namespace ng::eval
