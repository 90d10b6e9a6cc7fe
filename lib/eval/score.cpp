#include "eval/score.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/error.h"
#include "core/io.h"

namespace ng::eval {
namespace {

// Lower-cases ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals, the
// scripts of the names newsgraph meets; other code points are kept.
void append_lower(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return;
  }
  if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F))
    cp += 32;
  else if (cp >= 0x400 && cp <= 0x40F)
    cp += 80;
  else if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x138 && cp != 0x149 && cp != 0x17F) {
    bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if (odd_upper ? (cp % 2 == 1) : (cp % 2 == 0)) cp += 1;
  }
  if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

bool is_space(uint32_t cp) {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F) || cp == 0x85 || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

// Decodes the code point at s[i] (valid UTF-8 assumed; a stray byte is taken alone).
uint32_t decode(const std::string& s, size_t& i) {
  unsigned char c = s[i++];
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  uint32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
  for (int k = 0; k < extra && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

// One scored item: a key (entity "Type\tname", a sorted pair "a\tb", a speaker) and,
// for dated metrics, a date (nullopt is JSON null).
struct Item {
  std::string key;
  std::optional<std::string> date;
  friend bool operator<(const Item& a, const Item& b) { return a.key != b.key ? a.key < b.key : a.date < b.date; }
  friend bool operator==(const Item& a, const Item& b) { return a.key == b.key && a.date == b.date; }
};

bool opt_date_match(const std::optional<std::string>& p, const std::optional<std::string>& g) {
  if (!p || !g) return p == g;
  return date_match(*p, *g);
}

bool item_match(const Item& p, const Item& g, bool dated) {
  return dated ? p.key == g.key && opt_date_match(p.date, g.date) : p == g;
}

// graph_score.py's normdate: an ISO value longer than a day is cut to the day.
std::optional<std::string> normdate(const std::string& d) {
  if (d.empty()) return std::nullopt;
  if (d.size() > 10 && d[4] == '-') return d.substr(0, 10);
  return d;
}

std::string pair_key(const std::string& a, const std::string& b) { return a < b ? a + "\t" + b : b + "\t" + a; }

std::string show(const Item& it) {
  std::string k = it.key;
  for (size_t p; (p = k.find('\t')) != std::string::npos;) k.replace(p, 1, " + ");
  return it.date ? "(" + k + ", " + *it.date + ")" : k;
}

class Resolver {
 public:
  explicit Resolver(const Gold& gold) {
    for (const auto& e : gold.entities) {
      table_.emplace(normalize_name(e.name), std::make_pair(e.type, e.name));
      for (const auto& a : e.aliases) table_.emplace(normalize_name(a), std::make_pair(e.type, e.name));
    }
  }
  // The gold name of the first candidate that the gold knows, else "UNMATCHED:<first>".
  std::string operator()(const std::vector<std::string>& cands) const {
    for (const auto& c : cands)
      if (auto it = table_.find(normalize_name(c)); it != table_.end()) return it->second.second;
    return "UNMATCHED:" + (cands.empty() ? std::string("?") : normalize_name(cands[0]));
  }
  const std::pair<std::string, std::string>* find(const std::string& name) const {
    auto it = table_.find(normalize_name(name));
    return it == table_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, std::pair<std::string, std::string>> table_;  // first entity wins, as setdefault
};

void add_metric(ArticleScore& out, Metric m, const std::set<Item>& gold, const std::set<Item>& pred, bool dated) {
  Counts& c = out.counts[m];
  c.gold += gold.size();
  c.pred += pred.size();
  std::vector<std::string> missed, spurious;
  for (const auto& g : gold) {
    bool hit = std::any_of(pred.begin(), pred.end(), [&](const Item& p) { return item_match(p, g, dated); });
    if (hit) ++c.matched_gold; else missed.push_back(show(g));
  }
  for (const auto& p : pred) {
    bool hit = std::any_of(gold.begin(), gold.end(), [&](const Item& g) { return item_match(p, g, dated); });
    if (hit) ++c.matched_pred; else spurious.push_back(show(p));
  }
  std::sort(missed.begin(), missed.end());
  std::sort(spurious.begin(), spurious.end());
  for (const auto& x : missed) out.errors.push_back(std::string(metric_name(m)) + "\tMISSED\t" + x);
  for (const auto& x : spurious) out.errors.push_back(std::string(metric_name(m)) + "\tSPURIOUS\t" + x);
}

// Drops dated predictions that cannot be judged: their key has an undated gold
// instance and they match none of the dated ones.
std::set<Item> judged(const std::set<Item>& pred, const std::set<Item>& gold_dated, const std::set<std::string>& undated) {
  std::set<Item> out;
  for (const auto& x : pred) {
    bool any_dated = std::any_of(gold_dated.begin(), gold_dated.end(),
                                 [&](const Item& g) { return x.key == g.key && opt_date_match(x.date, g.date); });
    if (!(undated.count(x.key) && !any_dated)) out.insert(x);
  }
  return out;
}

template <class F>
void each_pair(std::vector<std::string> names, F f) {
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  for (size_t i = 0; i < names.size(); ++i)
    for (size_t j = i + 1; j < names.size(); ++j) f(pair_key(names[i], names[j]));
}

// A whole meeting for kMeetings: its participants' gold names (sorted, unique) and date.
struct WholeMeeting {
  std::vector<std::string> people;
  std::string date;  // "" when none
};

size_t overlap(const WholeMeeting& a, const WholeMeeting& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.people.size() && j < b.people.size();) {
    int c = a.people[i].compare(b.people[j]);
    if (c == 0) ++n, ++i, ++j; else if (c < 0) ++i; else ++j;
  }
  return n;
}

std::string show(const WholeMeeting& m) {
  std::string out;
  for (const auto& p : m.people) out += (out.empty() ? "" : " + ") + p;
  return "(" + out + ", " + (m.date.empty() ? "null" : m.date) + ")";
}

// graph_score.py's match_meetings, with its counts and errors added to `out`.
void add_meetings(ArticleScore& out, Metric m, const std::vector<WholeMeeting>& gold,
                  const std::vector<WholeMeeting>& pred, bool dated) {
  auto ok = [&](const WholeMeeting& p, const WholeMeeting& g) {
    return overlap(p, g) >= 2 && (!dated || date_match(p.date, g.date));
  };
  std::vector<size_t> gold_j, judged;
  for (size_t i = 0; i < gold.size(); ++i)
    if (!dated || !gold[i].date.empty()) gold_j.push_back(i);
  for (size_t j = 0; j < pred.size(); ++j) {
    bool keep = !dated || std::any_of(gold_j.begin(), gold_j.end(), [&](size_t i) { return ok(pred[j], gold[i]); }) ||
                std::none_of(gold.begin(), gold.end(), [&](const WholeMeeting& g) { return g.date.empty() && overlap(pred[j], g) >= 2; });
    if (keep) judged.push_back(j);
  }
  struct Cand { double jaccard; size_t i, j; };
  std::vector<Cand> cand;
  for (size_t i : gold_j)
    for (size_t j : judged)
      if (ok(pred[j], gold[i])) {
        size_t inter = overlap(pred[j], gold[i]);
        cand.push_back({double(inter) / double(pred[j].people.size() + gold[i].people.size() - inter), i, j});
      }
  std::sort(cand.begin(), cand.end(), [](const Cand& a, const Cand& b) {
    if (a.jaccard != b.jaccard) return a.jaccard > b.jaccard;
    return a.i != b.i ? a.i < b.i : a.j < b.j;
  });
  std::vector<bool> mg(gold.size()), mp(pred.size());
  size_t matched = 0;
  for (const auto& c : cand)
    if (!mg[c.i] && !mp[c.j]) mg[c.i] = mp[c.j] = true, ++matched;
  Counts& k = out.counts[m];
  k.gold += gold_j.size();
  k.pred += judged.size();
  k.matched_gold += matched;
  k.matched_pred += matched;
  for (size_t i : gold_j)
    if (!mg[i]) out.errors.push_back(std::string(metric_name(m)) + "\tMISSED\t" + show(gold[i]));
  for (size_t j : judged)
    if (!mp[j]) out.errors.push_back(std::string(metric_name(m)) + "\tSPURIOUS\t" + show(pred[j]));
}

WholeMeeting whole(std::vector<std::string> people, std::string date) {
  std::sort(people.begin(), people.end());
  people.erase(std::unique(people.begin(), people.end()), people.end());
  return {std::move(people), std::move(date)};
}

const rapidjson::Value& member(const rapidjson::Value& v, const char* name, const std::string& path) {
  if (!v.IsObject() || !v.HasMember(name)) throw core::Error(path, std::string("not a gold file: missing \"") + name + "\"");
  return v[name];
}

std::string str_or_null(const rapidjson::Value& v, const char* name, const std::string& path) {
  if (!v.IsObject() || !v.HasMember(name) || v[name].IsNull()) return "";
  if (!v[name].IsString()) throw core::Error(path, std::string("not a gold file: \"") + name + "\" is not a string");
  return v[name].GetString();
}

std::vector<std::string> strings(const rapidjson::Value& v, const char* name, const std::string& path) {
  std::vector<std::string> out;
  if (!v.IsObject() || !v.HasMember(name) || v[name].IsNull()) return out;
  if (!v[name].IsArray()) throw core::Error(path, std::string("not a gold file: \"") + name + "\" is not a list");
  for (const auto& s : v[name].GetArray()) {
    if (!s.IsString()) throw core::Error(path, std::string("not a gold file: \"") + name + "\" holds a non-string");
    out.push_back(s.GetString());
  }
  return out;
}

const rapidjson::Value::ConstArray array(const rapidjson::Value& v, const char* name, const std::string& path) {
  const auto& a = member(v, name, path);
  if (!a.IsArray()) throw core::Error(path, std::string("not a gold file: \"") + name + "\" is not a list");
  return a.GetArray();
}

}  // namespace

std::string normalize_name(const std::string& name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (size_t i = 0; i < name.size();) {
    uint32_t cp = decode(name, i);
    if (is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (cp == 0x2019) cp = '\'';
    append_lower(out, cp);
  }
  if (out.compare(0, 4, "the ") == 0) out.erase(0, 4);
  return out;
}

bool date_match(const std::string& p, const std::string& g) {
  if (p.empty() || g.empty()) return p == g;
  size_t slash = g.find('/');
  if (slash == std::string::npos) return p == g;
  std::string a = g.substr(0, slash), b = g.substr(slash + 1);
  return p == g || (p.size() == 10 && a <= p && p <= b) || (p == a.substr(0, 7) && a.substr(0, 7) == b.substr(0, 7));
}

const char* metric_name(Metric m) {
  switch (m) {
    case kEntities: return "entities";
    case kMeetingPairs: return "meeting_pairs";
    case kMeetingPairsDated: return "meeting_pairs_dated";
    case kStatementSpeakers: return "statement_speakers";
    case kStatementsDated: return "statements_dated";
    case kMeetings: return "meetings";
    case kMeetingsDated: return "meetings_dated";
    case kTrips: return "trips";
    case kMetricCount: break;
  }
  return "?";
}

void Counts::add(const Counts& o) {
  matched_pred += o.matched_pred;
  pred += o.pred;
  matched_gold += o.matched_gold;
  gold += o.gold;
}

double Counts::f1() const {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

Gold parse_gold(const std::string& json, const std::string& path) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag>(json.c_str(), json.size());
  if (d.HasParseError()) {
    long line = 1 + std::count(json.begin(), json.begin() + std::min(json.size(), d.GetErrorOffset()), '\n');
    throw core::Error(path, std::string("invalid JSON: ") + rapidjson::GetParseError_En(d.GetParseError()), line);
  }
  Gold g;
  for (const auto& e : array(d, "entities", path)) {
    Gold::Entity ge{str_or_null(e, "type", path), str_or_null(e, "name", path), strings(e, "aliases", path)};
    if (ge.type.empty() || ge.name.empty()) throw core::Error(path, "not a gold file: an entity without type or name");
    g.entities.push_back(std::move(ge));
  }
  for (const auto& m : array(d, "meetings", path)) {
    member(m, "participants", path);
    g.meetings.push_back({strings(m, "participants", path), str_or_null(m, "date", path)});
  }
  for (const auto& s : array(d, "statements", path)) {
    member(s, "speaker", path);
    g.statements.push_back({str_or_null(s, "speaker", path), str_or_null(s, "date", path)});
  }
  if (d.HasMember("travel"))
    for (const auto& t : array(d, "travel", path))
      g.trips.push_back({strings(t, "who", path), str_or_null(t, "to", path), str_or_null(t, "date", path)});
  return g;
}

Gold read_gold(const std::string& path) { return parse_gold(core::read_file(path), path); }

Predicted predicted_from(const core::Document& doc) {
  Predicted p;
  auto names = [&](int32_t e) {
    std::vector<std::string> n{doc.entities[e].name};
    n.insert(n.end(), doc.entities[e].aliases.begin(), doc.entities[e].aliases.end());
    return n;
  };
  auto node = [&](int32_t e) {
    return e >= 0 && size_t(e) < doc.entities.size() && doc.entities[e].type != core::EntityType::Misc;
  };
  for (size_t i = 0; i < doc.entities.size(); ++i)
    if (node(int32_t(i))) p.entities.push_back({core::to_string(doc.entities[i].type), names(int32_t(i))});
  for (const auto& ev : doc.events) {
    std::vector<int32_t> ids;
    for (const auto& a : ev.participants)
      if (node(a.entity) && std::find(ids.begin(), ids.end(), a.entity) == ids.end()) ids.push_back(a.entity);
    switch (ev.kind) {
      case core::EventKind::Meeting: {
        Predicted::Meeting m{{}, ev.date};
        for (int32_t e : ids) m.participants.push_back(names(e));
        p.meetings.push_back(std::move(m));
        break;
      }
      case core::EventKind::Statement:
        if (!ids.empty()) p.statements.push_back({names(ids[0]), ev.date});
        break;
      case core::EventKind::Travel: {
        if (!node(ev.place)) break;
        Predicted::Trip t{{}, names(ev.place), ev.date};
        for (int32_t e : ids) t.who.push_back(names(e));
        p.trips.push_back(std::move(t));
        break;
      }
    }
  }
  return p;
}

ArticleScore score(const Gold& gold, const Predicted& pred) {
  Resolver r(gold);
  ArticleScore out;

  std::set<Item> ge, gm, gmd, gs, gsd, gt, pe, pm, pmd, ps, psd, pt;
  std::set<std::string> gm_undated, gs_undated;
  for (const auto& e : gold.entities) ge.insert({e.type + "\t" + e.name, std::nullopt});
  for (const auto& m : gold.meetings)
    each_pair(m.participants, [&](const std::string& k) {
      gm.insert({k, std::nullopt});
      if (!m.date.empty()) gmd.insert({k, m.date}); else gm_undated.insert(k);
    });
  for (const auto& s : gold.statements) {
    gs.insert({s.speaker, std::nullopt});
    if (!s.date.empty()) gsd.insert({s.speaker, s.date}); else gs_undated.insert(s.speaker);
  }
  for (const auto& t : gold.trips)
    for (const auto& w : t.who) gt.insert({w + "\t" + t.to, std::nullopt});

  for (const auto& e : pred.entities) {
    std::string key;
    for (const auto& n : e.names)
      if (const auto* hit = r.find(n); hit && hit->first == e.type) {
        key = hit->first + "\t" + hit->second;
        break;
      }
    if (key.empty()) key = e.type + "\tUNMATCHED:" + (e.names.empty() ? std::string("?") : normalize_name(e.names[0]));
    pe.insert({key, std::nullopt});
  }
  for (const auto& m : pred.meetings) {
    std::vector<std::string> names;
    for (const auto& part : m.participants) names.push_back(r(part));
    each_pair(names, [&](const std::string& k) {
      pm.insert({k, std::nullopt});
      pmd.insert({k, normdate(m.date)});
    });
  }
  for (const auto& s : pred.statements) {
    std::string sp = r(s.speaker);
    ps.insert({sp, std::nullopt});
    psd.insert({sp, normdate(s.date)});
  }
  for (const auto& t : pred.trips) {
    std::string to = r(t.to);
    for (const auto& w : t.who) pt.insert({r(w) + "\t" + to, std::nullopt});
  }

  add_metric(out, kEntities, ge, pe, false);
  add_metric(out, kMeetingPairs, gm, pm, false);
  add_metric(out, kMeetingPairsDated, gmd, judged(pmd, gmd, gm_undated), true);
  add_metric(out, kStatementSpeakers, gs, ps, false);
  add_metric(out, kStatementsDated, gsd, judged(psd, gsd, gs_undated), true);
  std::vector<WholeMeeting> gold_meetings, pred_meetings;
  for (const auto& m : gold.meetings) gold_meetings.push_back(whole(m.participants, m.date));
  for (const auto& m : pred.meetings) {
    std::vector<std::string> names;
    for (const auto& part : m.participants) names.push_back(r(part));
    pred_meetings.push_back(whole(std::move(names), normdate(m.date).value_or("")));
  }
  add_meetings(out, kMeetings, gold_meetings, pred_meetings, false);
  add_meetings(out, kMeetingsDated, gold_meetings, pred_meetings, true);
  add_metric(out, kTrips, gt, pt, false);
  return out;
}

}  // namespace ng::eval
