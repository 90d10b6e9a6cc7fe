#include "coref/resolver.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/error.h"
#include "core/io.h"
#include "core/resources.h"

namespace ng::coref {
namespace {

using core::EntityType;

// Lower-cases ASCII and folds the typographic apostrophe, for comparing names.
std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x99 || static_cast<unsigned char>(s[i + 2]) == 0x98)) {
      out += '\'';
      i += 2;
      continue;
    }
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  return out;
}

// The key of a group of countries named by its number: "G-77", "G77", "Group-77" and
// "Group of 77" are all "group of 77" (`key` is folded).
std::string group_key(const std::string& key) {
  size_t d = 0;
  if (key.size() > 1 && key[0] == 'g' && key[1] >= '0' && key[1] <= '9') d = 1;
  else if (key.rfind("g-", 0) == 0) d = 2;
  else if (key.rfind("group-", 0) == 0) d = 6;
  else if (key.rfind("group of ", 0) == 0) d = 9;
  else return key;
  if (d >= key.size()) return key;
  for (size_t i = d; i < key.size(); ++i)
    if (key[i] < '0' || key[i] > '9') return key;
  return "group of " + key.substr(d);
}

bool is_possessive(std::string_view w) {
  return w == "'s" || w == "'" || w == "\xE2\x80\x99s" || w == "\xE2\x80\x99" || w == "'S" || w == "\xE2\x80\x99S";
}

bool all_caps(std::string_view s) {
  bool upper = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') upper = true;
  }
  return upper;
}

// Letters of an acronym ("U.N." -> "un", "WEF" -> "wef"), or "" when `w` is not one.
std::string acronym_letters(std::string_view w) {
  std::string out;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c | 0x20);
    else if (c == '.' || c == '&') continue;
    else if (c >= 'a' && c <= 'z' && !out.empty()) out += c;  // "ASEANs" no; "UNHCR" yes
    else return "";
  }
  if (out.size() < 2) return "";
  size_t upper = 0;
  for (char c : w) upper += c >= 'A' && c <= 'Z';
  return upper * 2 >= out.size() + 1 ? out : "";
}

// Initials of a multi-word name, skipping function words ("World Economic Forum" -> "wef").
std::string initials(const std::vector<std::string>& folded_tokens) {
  if (folded_tokens.size() < 2) return "";
  std::string out;
  for (const auto& t : folded_tokens) {
    if (t == "of" || t == "the" || t == "and" || t == "for" || t == "&" || t == "on" || t == "in" || t == "de") continue;
    if (t.empty() || !((t[0] >= 'a' && t[0] <= 'z'))) continue;
    out += t[0];
    // Hyphenated words contribute each part ("Non-Proliferation" -> "np").
    for (size_t i = 1; i + 1 < t.size(); ++i)
      if (t[i] == '-' && t[i + 1] >= 'a' && t[i + 1] <= 'z') out += t[i + 1];
  }
  return out.size() >= 2 ? out : "";
}

struct MentionInfo {
  uint32_t index = 0;                // into doc.mentions
  std::string surface;               // the name as written, possessive removed
  std::string key;                   // folded surface
  std::vector<std::string> tokens;   // folded tokens
  bool caps = false;
  std::string title;                 // title text, may be empty
  bool after_the = false;            // preceded by "the"
  int32_t entity = -1;
};

struct Group {
  std::vector<size_t> members;       // into infos
  std::vector<std::string> keys;     // folded names
  std::vector<std::string> longest;  // folded tokens of the longest name
  uint32_t first_position = UINT32_MAX;
  std::set<uint32_t> positions;      // of the members' mentions
  bool has_person = false;           // some member is a Person mention
  bool country = false;              // some member is a country's name or short form
};

}  // namespace

struct EntityResolver::Impl {
  std::unordered_map<std::string, std::string> demonym;  // folded demonym -> country name
  std::unordered_map<std::string, std::string> short_form;  // folded short form -> country name
  std::unordered_map<std::string, std::string> country_name;  // folded name, official name or short form -> country
  std::unordered_set<std::string> particles;                  // folded: "al", "bin", "von"

  // A folded surname written with a particle and a hyphen ("al-assad"), without its
  // particle ("assad"); "" for any other word.
  std::string bare_surname(const std::string& w) const {
    size_t d = w.find('-');
    if (d == std::string::npos || d == 0 || d + 1 >= w.size() || !particles.count(w.substr(0, d))) return "";
    return w.substr(d + 1);
  }
};

EntityResolver::EntityResolver(const Options& options) : impl_(std::make_unique<Impl>()) {
  std::string path = options.countries_path.empty() ? core::resource_path("data/countries.tsv") : options.countries_path;
  std::string text = core::read_file(path);
  size_t i = 0;
  long line = 0;
  while (i < text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    std::string_view l(text.data() + i, j - i);
    i = j + 1;
    ++line;
    if (l.empty() || l[0] == '#') continue;
    size_t a = l.find('\t'), b = a == std::string_view::npos ? a : l.find('\t', a + 1);
    if (b == std::string_view::npos) throw core::Error(path, "expected country<TAB>kind<TAB>form", line);
    std::string country(l.substr(0, a));
    std::string_view kind = l.substr(a + 1, b - a - 1), form = l.substr(b + 1);
    if (kind == "demonym") impl_->demonym.emplace(fold(form), country);
    else if (kind == "short") impl_->short_form.emplace(fold(form), country);
    else if (kind != "name") throw core::Error(path, "kind must be name, demonym or short", line);
    if (kind != "demonym") impl_->country_name.emplace(fold(form), country);
  }
  std::string names =
      options.name_identity_path.empty() ? core::resource_path("data/name_identity.tsv") : options.name_identity_path;
  core::for_each_tsv_row(names, [&](const std::vector<std::string>& cols, long) {
    if (cols.size() >= 2 && (cols[0] == "particle" || cols[0] == "particle_name"))
      impl_->particles.insert(fold(cols[1]));
  });
}
EntityResolver::~EntityResolver() = default;
EntityResolver::EntityResolver(EntityResolver&&) noexcept = default;
EntityResolver& EntityResolver::operator=(EntityResolver&&) noexcept = default;

void EntityResolver::annotate(core::Document& doc) const {
  doc.entities.clear();
  // A one-word organisation or Misc mention that is the surname of a person named in full
  // in the article is that person ("the Trump administration" after "Donald Trump"), and
  // so is the first word of such a name, the family name where it comes first ("Li" after
  // "Li Peng").
  {
    std::vector<std::string> surnames, particle_surnames;  // "al-assad" and "assad" in both
    for (const auto& m : doc.mentions)
      if (m.type == EntityType::Person && m.last_token - m.first_token >= 2) {
        std::string last = fold(doc.view(doc.tokens[m.last_token - 1].span));
        if (std::string bare = impl_->bare_surname(last); !bare.empty()) {
          particle_surnames.push_back(last);
          particle_surnames.push_back(bare);
          surnames.push_back(std::move(bare));
        }
        surnames.push_back(std::move(last));
        surnames.push_back(fold(doc.view(doc.tokens[m.first_token].span)));
      }
    std::sort(surnames.begin(), surnames.end());
    std::sort(particle_surnames.begin(), particle_surnames.end());
    for (auto& m : doc.mentions) {
      if (m.last_token - m.first_token != 1) continue;
      bool other = m.type == EntityType::Organization || m.type == EntityType::Misc;
      const auto& list = other ? surnames : particle_surnames;
      if ((other || m.type == EntityType::Place) &&
          std::binary_search(list.begin(), list.end(), fold(doc.view(m.span))))
        m.type = EntityType::Person;
    }
  }
  std::vector<MentionInfo> infos;
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
    core::Mention& mention = doc.mentions[m];
    mention.entity = -1;
    if (mention.type == EntityType::Misc) continue;
    MentionInfo info;
    info.index = m;
    uint32_t last = mention.last_token;
    while (last > mention.first_token + 1 && is_possessive(doc.view(doc.tokens[last - 1].span))) --last;
    core::Span name{doc.tokens[mention.first_token].span.begin, doc.tokens[last - 1].span.end};
    info.surface = std::string(doc.view(name));
    info.key = fold(info.surface);
    if (mention.type == EntityType::Organization) info.key = group_key(info.key);
    for (uint32_t t = mention.first_token; t < last; ++t) {
      if (doc.tokens[t].kind == core::TokenKind::Citation) continue;
      info.tokens.push_back(fold(doc.view(doc.tokens[t].span)));
    }
    info.caps = all_caps(info.surface);
    info.title = std::string(doc.view(mention.title));
    if (mention.first_token > 0) {
      uint32_t before = mention.title.empty() ? mention.first_token : mention.first_token;
      if (!mention.title.empty())
        while (before > 0 && doc.tokens[before - 1].span.begin >= mention.title.begin) --before;
      info.after_the = before > 0 && fold(doc.view(doc.tokens[before - 1].span)) == "the";
    }
    infos.push_back(std::move(info));
  }

  // Longest names first, so short forms find the full names they abbreviate.
  std::vector<size_t> order(infos.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return infos[a].tokens.size() > infos[b].tokens.size(); });

  // Mentions join groups through indexes (name key, first and last token of a group's
  // longest name, initials, country), so each mention looks only at the groups that could
  // match it: near-linear in the number of mentions, not quadratic.
  std::vector<Group> groups;
  std::unordered_map<std::string, int> by_key;                   // folded name -> group
  std::unordered_map<std::string, std::vector<int>> by_first;    // first token of the longest name -> groups
  std::unordered_map<std::string, std::vector<int>> by_last;     // last token of the longest name -> groups
  std::unordered_map<std::string, std::vector<int>> by_initials; // initials of the longest name -> groups
  std::unordered_map<std::string, int> by_country;               // canonical country -> group
  std::unordered_map<uint32_t, size_t> info_by_last_token;       // mention's last token -> info
  std::vector<int> group_of(infos.size(), -1);
  for (size_t i = 0; i < infos.size(); ++i) info_by_last_token.emplace(doc.mentions[infos[i].index].last_token, i);
  auto position = [&](size_t info) { return doc.mentions[infos[info].index].span.begin; };
  auto type_of = [&](size_t info) { return doc.mentions[infos[info].index].type; };
  auto country_of = [&](const MentionInfo& mi) -> const std::string* {
    auto it = impl_->country_name.find(mi.key);
    return it == impl_->country_name.end() ? nullptr : &it->second;
  };
  std::vector<int> candidates;
  for (size_t idx : order) {
    const MentionInfo& mi = infos[idx];
    const EntityType type = type_of(idx);
    const uint32_t pos = position(idx);
    std::string acro = mi.tokens.size() == 1 ? acronym_letters(mi.surface) : "";
    const std::string* country = type == EntityType::Person ? nullptr : country_of(mi);
    int target = -1;
    auto key_hit = by_key.find(mi.key);
    if (key_hit != by_key.end()) {
      target = key_hit->second;
    } else {
      candidates.clear();
      auto add_all = [&](const std::unordered_map<std::string, std::vector<int>>& index, const std::string& k) {
        auto it = index.find(k);
        if (it != index.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
      };
      if (type == EntityType::Person && !mi.tokens.empty()) {
        add_all(by_last, mi.tokens.back());
        if (mi.tokens.size() == 1) add_all(by_first, mi.tokens.front());
      }
      if (!acro.empty() && type != EntityType::Person) add_all(by_initials, acro);
      if (country) {
        auto it = by_country.find(*country);
        if (it != by_country.end()) candidates.push_back(it->second);
      }
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
      int weak = -1;
      uint32_t weak_pos = 0;
      bool weak_from_before = false;
      for (int g : candidates) {
        const Group& G = groups[g];
        bool match = false;
        const auto& full = G.longest;
        if (type == EntityType::Person && G.has_person && full.size() > mi.tokens.size()) {
          bool last = mi.tokens.back() == full.back() || mi.tokens.back() == impl_->bare_surname(full.back());
          if (mi.tokens.size() == 1)
            match = last || mi.tokens[0] == full.front();
          else
            match = mi.tokens.front() == full.front() && last;
        }
        if (!match && !acro.empty() && type != EntityType::Person && !G.has_person) match = acro == initials(full);
        if (!match && country && G.country) {
          auto it = by_country.find(*country);
          match = it != by_country.end() && it->second == g;
        }
        if (!match) continue;
        // Prefer the entity mentioned last before this mention.
        auto after = G.positions.lower_bound(pos);
        bool before = after != G.positions.begin();
        uint32_t best_before = before ? *std::prev(after) : 0;
        if (weak < 0 || (before && (!weak_from_before || best_before > weak_pos))) {
          weak = g;
          weak_pos = best_before;
          weak_from_before = before;
        }
      }
      target = weak;
    }
    // An acronym in parentheses right after a name: "Caribbean Community (CARICOM)".
    if (target < 0 && !acro.empty()) {
      uint32_t ft = doc.mentions[mi.index].first_token;
      if (ft >= 2 && doc.view(doc.tokens[ft - 1].span) == "(") {
        auto it = info_by_last_token.find(ft - 1);
        if (it != info_by_last_token.end()) target = group_of[it->second];
      }
    }
    if (target < 0) {
      groups.push_back(Group{});
      target = static_cast<int>(groups.size() - 1);
      groups.back().longest = mi.tokens;
      if (!mi.tokens.empty()) {
        by_first[mi.tokens.front()].push_back(target);
        by_last[mi.tokens.back()].push_back(target);
        if (std::string bare = impl_->bare_surname(mi.tokens.back()); !bare.empty()) by_last[bare].push_back(target);
      }
      std::string ini = initials(mi.tokens);
      if (!ini.empty()) by_initials[ini].push_back(target);
    }
    Group& G = groups[target];
    G.members.push_back(idx);
    group_of[idx] = target;
    if (by_key.emplace(mi.key, target).second) G.keys.push_back(mi.key);
    // Mentions come longest first, so the first member's name stays the longest.
    G.first_position = std::min(G.first_position, pos);
    G.positions.insert(pos);
    G.has_person = G.has_person || type == EntityType::Person;
    if (country) {
      G.country = true;
      by_country.emplace(*country, target);
    }
  }
  std::stable_sort(groups.begin(), groups.end(),
                   [](const Group& a, const Group& b) { return a.first_position < b.first_position; });

  for (size_t g = 0; g < groups.size(); ++g) {
    Group& G = groups[g];
    std::sort(G.members.begin(), G.members.end(), [&](size_t a, size_t b) { return infos[a].index < infos[b].index; });
    core::Entity e;
    // Type: majority of the mentions; a tie goes to the type of the longest mention.
    int votes[4] = {0, 0, 0, 0};
    size_t longest = G.members.front();
    for (size_t m : G.members) {
      ++votes[static_cast<int>(type_of(m))];
      if (infos[m].tokens.size() > infos[longest].tokens.size()) longest = m;
    }
    int best = static_cast<int>(type_of(longest));
    for (int t = 0; t < 3; ++t)
      if (votes[t] > votes[best]) best = t;
    e.type = static_cast<EntityType>(best);
    // A country's name, official name or short form makes the entity a place, whatever
    // the acronym's mentions were typed ("People's Republic of China" ... "PRC").
    if (G.country && e.type != EntityType::Person) e.type = EntityType::Place;
    // Name: the fullest form, mixed case before capitals, then the first written.
    size_t name = G.members.front();
    auto better = [&](size_t a, size_t b) {
      const auto &A = infos[a], &B = infos[b];
      if (A.caps != B.caps) return !A.caps;
      if (A.tokens.size() != B.tokens.size()) return A.tokens.size() > B.tokens.size();
      return A.surface.size() > B.surface.size();
    };
    for (size_t m : G.members)
      if (better(m, name)) name = m;
    e.name = infos[name].surface;
    // A country written only in a short form takes its full name ("U.S." -> "United States").
    if (e.type == EntityType::Place) {
      auto it = impl_->short_form.find(infos[name].key);
      if (it != impl_->short_form.end()) e.name = it->second;
    }
    std::vector<std::string> aliases;
    for (size_t m : G.members) {
      const MentionInfo& mi = infos[m];
      aliases.push_back(mi.surface);
      if (!mi.title.empty()) aliases.push_back(mi.title + " " + mi.surface);
      if (mi.after_the && e.type != EntityType::Person) aliases.push_back("the " + mi.surface);
      doc.mentions[mi.index].entity = static_cast<int32_t>(g);
      e.mentions.push_back(mi.index);
      if (e.job_title.empty() && !mi.title.empty()) e.job_title = mi.title;
    }
    std::sort(aliases.begin(), aliases.end());
    aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
    aliases.erase(std::remove(aliases.begin(), aliases.end(), e.name), aliases.end());
    e.aliases = std::move(aliases);
    doc.entities.push_back(std::move(e));
  }

  // Person -> country: the mention right before the title (or the name) is a Place of
  // this article, or a nationality whose country this article names.
  std::unordered_map<std::string, int32_t> place_by_name;  // folded name or alias -> first such place
  for (size_t g = 0; g < doc.entities.size(); ++g) {
    const auto& e = doc.entities[g];
    if (e.type != EntityType::Place) continue;
    place_by_name.emplace(fold(e.name), static_cast<int32_t>(g));
    for (const auto& a : e.aliases) place_by_name.emplace(fold(a), static_cast<int32_t>(g));
  }
  auto find_country = [&](const std::string& country_name) -> int32_t {
    auto it = place_by_name.find(fold(country_name));
    return it == place_by_name.end() ? -1 : it->second;
  };
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const core::Mention& m = doc.mentions[i];
    if (m.entity < 0 || doc.entities[m.entity].type != EntityType::Person || doc.entities[m.entity].country >= 0) continue;
    if (m.title.empty() || i == 0) continue;
    const core::Mention& prev = doc.mentions[i - 1];
    // Adjacent: only spaces between the previous mention and the title.
    if (prev.span.end > m.title.begin) continue;
    std::string_view gap = std::string_view(doc.text).substr(prev.span.end, m.title.begin - prev.span.end);
    if (gap.find_first_not_of(" ") != std::string_view::npos) continue;
    int32_t country = -1;
    if (prev.type == EntityType::Place && prev.entity >= 0) {
      country = prev.entity;
    } else if (prev.type == EntityType::Misc) {
      auto it = impl_->demonym.find(fold(doc.view(prev.span)));
      if (it != impl_->demonym.end()) country = find_country(it->second);
    }
    if (country >= 0) doc.entities[m.entity].country = country;
  }
  // ... or the mention right after the name, in an apposition that describes him: "X, the
  // UAE's Minister of State" (a Place with a possessive), "X, Kenya's envoy", "X, the
  // Kenyan envoy" (a nationality).
  for (size_t i = 0; i + 1 < doc.mentions.size(); ++i) {
    const core::Mention& m = doc.mentions[i];
    if (m.entity < 0 || doc.entities[m.entity].type != EntityType::Person || doc.entities[m.entity].country >= 0)
      continue;
    const core::Mention& next = doc.mentions[i + 1];
    if (next.span.begin < m.span.end) continue;
    std::string_view gap = std::string_view(doc.text).substr(m.span.end, next.span.begin - m.span.end);
    if (gap != ", " && gap != ", the ") continue;
    int32_t country = -1;
    if (next.type == EntityType::Place && next.entity >= 0) {
      std::string_view after = std::string_view(doc.text).substr(next.span.end, 4);
      if (after.substr(0, 2) == "'s" || after.substr(0, 4) == "\xE2\x80\x99s") country = next.entity;
    } else if (next.type == EntityType::Misc) {
      auto it = impl_->demonym.find(fold(doc.view(next.span)));
      if (it != impl_->demonym.end()) country = find_country(it->second);
    }
    if (country >= 0) doc.entities[m.entity].country = country;
  }
}

}  // namespace ng::coref
