#include "ner/mention_passes.h"

#include <algorithm>
#include <map>

#include "core/error.h"
#include "core/io.h"
#include "ner/lexicon.h"

namespace ng::ner {
namespace {

using core::EntityType;

std::string lower(std::string_view w) {
  std::string out(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

bool capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// The state a pass works on: the document and, per token, the mention that holds it.
struct Work {
  core::Document& doc;
  const MentionLexicon& lex;
  std::vector<int> owner;  // token -> index into doc.mentions, or -1

  Work(core::Document& d, const MentionLexicon& l) : doc(d), lex(l) { index(); }
  void index() {
    owner.assign(doc.tokens.size(), -1);
    for (size_t i = 0; i < doc.mentions.size(); ++i)
      for (uint32_t t = doc.mentions[i].first_token; t < doc.mentions[i].last_token; ++t) owner[t] = int(i);
  }
  std::string_view word(uint32_t t) const { return doc.view(doc.tokens[t].span); }
  std::string low(uint32_t t) const { return lower(word(t)); }
  size_t size() const { return doc.tokens.size(); }
  bool same_sentence(uint32_t a, uint32_t b) const { return doc.tokens[a].sentence == doc.tokens[b].sentence; }
  // Sets the mention's tokens and span, and the owners of its tokens.
  void place(int i, uint32_t first, uint32_t last) {
    core::Mention& m = doc.mentions[i];
    for (uint32_t t = m.first_token; t < m.last_token; ++t)
      if (owner[t] == i) owner[t] = -1;
    m.first_token = first, m.last_token = last;
    m.span = {doc.tokens[first].span.begin, doc.tokens[last - 1].span.end};
    for (uint32_t t = first; t < last; ++t) owner[t] = i;
  }
  // Drops mention i (removed by tidy()).
  void drop(int i) {
    core::Mention& m = doc.mentions[i];
    for (uint32_t t = m.first_token; t < m.last_token; ++t)
      if (owner[t] == i) owner[t] = -1;
    m.last_token = m.first_token;
  }
  int add(uint32_t first, uint32_t last, EntityType type) {
    core::Mention m;
    m.type = type;
    doc.mentions.push_back(m);
    place(int(doc.mentions.size() - 1), first, last);
    return int(doc.mentions.size() - 1);
  }
  // The first token of mention m's title, or m.first_token when it has none.
  uint32_t title_start(const core::Mention& m) const {
    if (m.title.empty()) return m.first_token;
    uint32_t t = m.first_token;
    while (t > 0 && doc.tokens[t - 1].span.begin >= m.title.begin) --t;
    return t;
  }
};

// Removes dropped mentions and restores text order.
void tidy(core::Document& doc) {
  doc.mentions.erase(std::remove_if(doc.mentions.begin(), doc.mentions.end(),
                                    [](const core::Mention& m) { return m.last_token <= m.first_token; }),
                     doc.mentions.end());
  auto by_first = [](const core::Mention& a, const core::Mention& b) { return a.first_token < b.first_token; };
  // Most passes leave the order as it was: then stable_sort would only copy every mention.
  if (!std::is_sorted(doc.mentions.begin(), doc.mentions.end(), by_first))
    std::stable_sort(doc.mentions.begin(), doc.mentions.end(), by_first);
}

// Letters of an acronym ("GCC", "U.N.", "UNHCR"), lower case, or "".
std::string acronym_letters(std::string_view w) {
  std::string out;
  size_t upper = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') out += char(c | 0x20), ++upper;
    else if (c == '.' || c == '&') continue;
    else if (c >= 'a' && c <= 'z' && !out.empty()) out += c;
    else return "";
  }
  return out.size() >= 2 && upper * 2 >= out.size() + 1 ? out : "";
}

bool is_function_word(const std::string& w) {
  return w == "of" || w == "the" || w == "and" || w == "for" || w == "on" || w == "in" || w == "de" || w == "&";
}

// Initials of a mention's words, function words left out, each part of a hyphenated word.
std::string initials(const Work& w, const core::Mention& m) {
  std::string out;
  for (uint32_t t = m.first_token; t < m.last_token; ++t) {
    std::string lw = w.low(t);
    if (is_function_word(lw) || lw.empty() || lw[0] < 'a' || lw[0] > 'z') continue;
    out += lw[0];
    for (size_t i = 1; i + 1 < lw.size(); ++i)
      if (lw[i] == '-' && lw[i + 1] >= 'a' && lw[i + 1] <= 'z') out += lw[i + 1];
  }
  return out;
}

void name_acronyms(Work& w, const std::map<std::string_view, EntityType>& defined);

void acronym_definition(Work& w) {
  std::map<std::string_view, EntityType> defined;
  for (uint32_t t = 1; t + 2 < w.size(); ++t) {
    if (w.word(t) != "(" || w.word(t + 2) != ")") continue;
    std::string letters = acronym_letters(w.word(t + 1));
    int long_form = w.owner[t - 1];
    if (letters.empty() || long_form < 0 || w.doc.mentions[long_form].last_token != t) continue;
    core::Mention& m = w.doc.mentions[long_form];
    if (m.last_token - m.first_token < 2 || initials(w, m) != letters) continue;
    // One type for both: the long form's (a country's long name keeps "(PRC)" a place);
    // a long form read as Misc takes an organisation head's or the acronym's ("European
    // Monetary System (EMS)" with EMS an organisation).
    int acro_owner = w.owner[t + 1];
    EntityType acro_type = acro_owner >= 0 ? w.doc.mentions[acro_owner].type : EntityType::Misc;
    EntityType type = m.type;
    if (type == EntityType::Misc && w.lex.org_heads.count(w.low(m.last_token - 1))) type = EntityType::Organization;
    if (type == EntityType::Misc) type = acro_type;
    if (type == EntityType::Person || acro_type == EntityType::Person) continue;
    m.type = type;
    defined[w.word(t + 1)] = type;  // a later definition of the same acronym wins
  }
  name_acronyms(w, defined);
}

// The acronyms `defined` are names of their types wherever the article writes them: one pass
// over the tokens for all definitions, so that the work stays linear in the article's length.
void name_acronyms(Work& w, const std::map<std::string_view, EntityType>& defined) {
  if (defined.empty()) return;
  for (uint32_t u = 0; u < w.size(); ++u) {
    auto it = defined.find(w.word(u));
    if (it == defined.end()) continue;
    EntityType type = it->second;
    int o = w.owner[u];
    if (o < 0) {
      if (type != EntityType::Misc) w.add(u, u + 1, type);
    } else if (w.doc.mentions[o].first_token == u && w.doc.mentions[o].last_token == u + 1) {
      w.doc.mentions[o].type = type;
    }
  }
}

// "ISIS (Islamic State of Iraq and Syria)": an acronym, then its long form in brackets
// (capitalised words and function words whose initials are its letters): the long form is
// one name of the acronym's type, however the tagger cut it.
void acronym_long_forms(Work& w) {
  std::map<std::string_view, EntityType> defined;
  for (uint32_t t = 0; t + 3 < w.size(); ++t) {
    if (w.word(t + 1) != "(") continue;
    const int acro = w.owner[t];
    std::string letters = acronym_letters(w.word(t));
    if (acro < 0 || letters.empty() || w.doc.mentions[acro].first_token != t || w.doc.mentions[acro].last_token != t + 1 ||
        w.doc.mentions[acro].type == EntityType::Person)
      continue;
    uint32_t close = t + 2;
    while (close < w.size() && close - t < 16 && w.word(close) != ")" && w.same_sentence(t, close)) ++close;
    if (close >= w.size() || w.word(close) != ")" || close - (t + 2) < 2) continue;
    bool words = capitalised(w.word(t + 2)) && capitalised(w.word(close - 1));
    EntityType inner = EntityType::Misc;  // the first name's type inside the brackets
    for (uint32_t k = t + 2; k < close && words; ++k) {
      const int o = w.owner[k];
      words = (capitalised(w.word(k)) || is_function_word(w.low(k))) &&
              (o < 0 || (w.doc.mentions[o].first_token >= t + 2 && w.doc.mentions[o].last_token <= close &&
                         w.doc.mentions[o].type != EntityType::Person));
      if (words && o >= 0 && inner == EntityType::Misc) inner = w.doc.mentions[o].type;
    }
    core::Mention span;
    span.first_token = t + 2, span.last_token = close;
    if (!words || initials(w, span) != letters) continue;
    // The acronym's type; for an acronym read as Misc, its long form's ("ISIS" of "Islamic
    // State of Iraq and Syria" read as an organisation and a place) or its head's.
    EntityType type = w.doc.mentions[acro].type;
    if (type == EntityType::Misc) type = w.lex.org_heads.count(w.low(close - 1)) ? EntityType::Organization : inner;
    if (type == EntityType::Misc) continue;
    for (uint32_t k = t + 2; k < close; ++k)
      if (w.owner[k] >= 0) w.drop(w.owner[k]);
    w.add(t + 2, close, type);
    defined[w.word(t)] = type;
    t = close;
  }
  name_acronyms(w, defined);
}

bool particle(const Work& w, uint32_t t) { return w.lex.particles.count(w.low(t)) > 0; }

// "al-Amin", "Al-Mansour": a particle, a hyphen and a capitalised name in one token.
bool particle_word(const Work& w, uint32_t t) {
  std::string_view s = w.word(t);
  size_t d = s.find('-');
  return d != std::string_view::npos && d > 0 && d + 1 < s.size() && s[d + 1] >= 'A' && s[d + 1] <= 'Z' &&
         w.lex.particles.count(lower(s.substr(0, d)));
}

void particle_names(Work& w) {
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    core::Mention& m = w.doc.mentions[i];
    if (m.type != EntityType::Person || m.last_token <= m.first_token) continue;
    for (bool more = true; more;) {
      more = false;
      uint32_t j = m.last_token;
      if (j >= w.size() || !w.same_sentence(j, m.first_token)) break;
      uint32_t k = j;
      if (particle_word(w, j)) {
        k = j;  // the particle and the name in one token
      } else {
        while (k < w.size() && w.same_sentence(k, j) && w.owner[k] < 0 && particle(w, k)) ++k;
        if (k == j || k >= w.size() || !w.same_sentence(k, j) || !capitalised(w.word(k)) || particle(w, k)) break;
      }
      uint32_t end = k + 1;
      int o = w.owner[k];
      if (o >= 0) {
        // A one-word place after lower-case particles is a surname ("von Tessel").
        const core::Mention& next = w.doc.mentions[o];
        bool surname = next.last_token == k + 1 && k > j && !capitalised(w.word(j));
        if (next.first_token != k || (next.type == EntityType::Place && !surname) || !next.title.empty()) break;
        end = next.last_token;
        w.drop(o);
      }
      // The name may go on after the particle's name: "Mohamed El-Hassan Mohamed".
      if (end < w.size() && w.same_sentence(end, k)) {
        int after = w.owner[end];
        if (after >= 0 && after != int(i) && w.doc.mentions[after].first_token == end &&
            w.doc.mentions[after].type == EntityType::Person && w.doc.mentions[after].title.empty()) {
          uint32_t last = w.doc.mentions[after].last_token;
          w.drop(after);
          end = last;
        }
      }
      w.place(int(i), m.first_token, end);
      more = true;
    }
    // A lower-case particle right before the name: "said von der Leyen".
    if (!m.title.empty()) continue;
    uint32_t p = m.first_token;
    while (p > 0 && w.same_sentence(p - 1, m.first_token) && w.owner[p - 1] < 0 && !capitalised(w.word(p - 1)) &&
           particle(w, p - 1))
      --p;
    if (p < m.first_token && (p == 0 || !capitalised(w.word(p - 1)) || !w.same_sentence(p - 1, p)))
      w.place(int(i), p, m.last_token);
  }
}

// "the Strait of Hormuz", "Gulf of Oman": a geographic feature word, "of" and a name make
// one place, whether the tagger read it as one organisation or the feature and a place.
void feature_of_place(Work& w) {
  for (uint32_t t = 0; t + 2 < w.size(); ++t) {
    if (!capitalised(w.word(t)) || !w.lex.features.count(w.low(t)) || w.low(t + 1) != "of" ||
        !capitalised(w.word(t + 2)) || !w.same_sentence(t, t + 2))
      continue;
    int o = w.owner[t], p = w.owner[t + 2];
    if (o >= 0 && w.doc.mentions[o].first_token == t && w.doc.mentions[o].last_token > t + 2) {
      if (w.doc.mentions[o].title.empty()) w.doc.mentions[o].type = EntityType::Place;
    } else if (p >= 0 && w.doc.mentions[p].first_token == t + 2 && w.doc.mentions[p].type == EntityType::Place &&
               w.owner[t + 1] < 0 && (o < 0 || (w.doc.mentions[o].first_token == t && w.doc.mentions[o].last_token == t + 1))) {
      if (o >= 0) w.drop(o);
      w.place(p, t, w.doc.mentions[p].last_token);
    }
  }
}

void venue_heads(Work& w) {
  feature_of_place(w);
  for (core::Mention& m : w.doc.mentions) {
    if (m.type == EntityType::Place || m.last_token - m.first_token < 2) continue;
    std::string head = w.low(m.last_token - 1);
    if (m.last_token < w.size() && w.low(m.last_token) == "of") continue;  // "Palace of Westminster" runs on
    // A person's name may end in a feature word ("Michael Bay", "Ricki Lake"); a venue's not.
    if (w.lex.venues.count(head) || (w.lex.features.count(head) && m.type != EntityType::Person)) {
      m.type = EntityType::Place;
    } else if (w.lex.venue_names.count(head) && (m.type == EntityType::Person || m.type == EntityType::Misc)) {
      uint32_t b = w.title_start(m);
      if (b > 0 && w.low(b - 1) == "the") --b;
      if (b > 0 && w.same_sentence(b - 1, m.first_token) && w.lex.place_preps.count(w.low(b - 1))) m.type = EntityType::Place;
    }
  }
}

// The title of a person named right after an organisation that follows "of the" (or
// "at the"): the capitalised words before that ("Secretary" of "Secretary of the Harbour
// Council Ivo Marek"), or an empty span.
core::Span title_before(const Work& w, uint32_t org_first) {
  uint32_t b = org_first;
  if (b > 0 && w.low(b - 1) == "the") --b;
  if (b == 0 || (w.low(b - 1) != "of" && w.low(b - 1) != "at")) return {};
  --b;
  uint32_t a = b;
  while (a > 0 && w.same_sentence(a - 1, b) && w.owner[a - 1] < 0 && capitalised(w.word(a - 1))) --a;
  if (a == b) return {};
  return {w.doc.tokens[a].span.begin, w.doc.tokens[b - 1].span.end};
}

void title_organisation(Work& w) {
  size_t n = w.doc.mentions.size();
  for (size_t i = 0; i < n; ++i) {
    core::Mention& m = w.doc.mentions[i];
    if (m.type != EntityType::Person || m.title.empty()) continue;
    uint32_t ts = w.title_start(m), last = m.first_token - 1;
    if (last < ts || last >= m.first_token || !w.lex.org_heads.count(w.low(last))) continue;
    uint32_t s = last;
    while (s > ts && capitalised(w.word(s - 1))) --s;
    if (last - s + 1 < 2) continue;
    bool free = true;
    for (uint32_t t = s; t <= last; ++t) free = free && w.owner[t] < 0;
    if (!free) continue;
    // The title: the words before the organisation, without the "of the" that joins
    // them; when the recognizer left those words out, the capitalised ones before it.
    core::Span title;
    if (s == ts) {
      title = title_before(w, s);
    } else {
      uint32_t te = s;
      if (te > ts && w.low(te - 1) == "the") --te;
      if (te > ts && (w.low(te - 1) == "of" || w.low(te - 1) == "at")) --te;
      if (te > ts) title = {w.doc.tokens[ts].span.begin, w.doc.tokens[te - 1].span.end};
    }
    w.doc.mentions[i].title = title;
    w.add(s, last + 1, EntityType::Organization);
  }
}

// "talks between the Teamsters and General Motors": "between" relates two, so a name right
// after it that holds one "and" between capitalised words is two names of its type,
// unless the whole is a place or organisation the lexicons know ("Bosnia and
// Herzegovina", "Trinidad and Tobago").
void between_parties(Work& w) {
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    const core::Mention m = w.doc.mentions[i];
    if (m.last_token < m.first_token + 3 || !m.title.empty() || m.type == EntityType::Person) continue;
    uint32_t b = m.first_token;
    if (b > 0 && w.low(b - 1) == "the") --b;
    if (b == 0 || w.low(b - 1) != "between" || !w.same_sentence(b - 1, m.first_token)) continue;
    uint32_t and_at = 0;
    size_t ands = 0;
    for (uint32_t t = m.first_token + 1; t + 1 < m.last_token; ++t)
      if (w.low(t) == "and" || w.word(t) == "&") and_at = t, ++ands;
    if (ands != 1 || !capitalised(w.word(and_at - 1)) || !capitalised(w.word(and_at + 1))) continue;
    const std::string whole = lower(w.doc.view(m.span));
    if (w.lex.places.count(whole) || w.lex.known_organisations.count(whole)) continue;
    w.place(int(i), m.first_token, and_at);
    w.add(and_at + 1, m.last_token, m.type);
  }
}

// An organisation's name run on into a person's: a word that heads organisations, then two
// or three capitalised words the first of which is a given name ("Harbour Safety Council
// Ivan Petrov" is the council and Ivan Petrov, titled as the words before "of the" say).
void organisation_then_person(Work& w) {
  size_t n = w.doc.mentions.size();
  for (size_t i = 0; i < n; ++i) {
    const core::Mention m = w.doc.mentions[i];
    if (m.type != EntityType::Organization || m.last_token - m.first_token < 3) continue;
    for (uint32_t h = m.last_token - 3; h + 3 <= m.last_token && h >= m.first_token + 1; --h) {
      if (m.last_token - (h + 1) > 3) break;
      if (!w.lex.org_heads.count(w.low(h)) || !w.lex.first_names.count(w.low(h + 1))) continue;
      bool name = true;
      for (uint32_t t = h + 1; t < m.last_token; ++t)
        name = name && capitalised(w.word(t)) && !w.lex.org_heads.count(w.low(t));
      if (!name) break;
      w.place(int(i), m.first_token, h + 1);
      int p = w.add(h + 1, m.last_token, EntityType::Person);
      w.doc.mentions[p].title = title_before(w, m.first_token);
      break;
    }
  }
}

// Angle brackets as wire stories use them: around a stock ticker after a company's name
// ("Daihatsu Motor <DMOT.T>": capitals, digits and dots written without a space; no name
// of its own) or around a company's name ("<Nordvik Shipping Lines>": one organisation).
void bracketed_codes(Work& w) {
  constexpr uint32_t kMaxWords = 10;
  for (uint32_t t = 0; t + 2 < w.size(); ++t) {
    if (w.word(t) != "<") continue;
    uint32_t u = t + 1;
    // A ticker's dot may have ended the tokenizer's sentence ("<DMOT." "T>"): its words
    // are written without a space, so they count as the bracket's sentence.
    while (u < w.size() && u - t <= kMaxWords && w.word(u) != ">" && w.word(u) != "<" &&
           (w.same_sentence(t, u) || !w.doc.tokens[u].space_before))
      ++u;
    if (u >= w.size() || w.word(u) != ">" || u == t + 1) continue;
    bool ticker = true, name = capitalised(w.word(t + 1));
    for (uint32_t k = t + 1; k < u; ++k) {
      if (k > t + 1 && w.doc.tokens[k].space_before) ticker = false;
      for (char c : w.word(k)) {
        bool code = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
        if (!code) ticker = false;
      }
      std::string_view x = w.word(k);
      if (!capitalised(x) && !is_function_word(lower(x)) && !particle(w, k)) name = false;
    }
    if (!ticker && !name) continue;
    for (uint32_t k = t + 1; k < u; ++k) {
      int o = w.owner[k];
      if (o >= 0 && w.doc.mentions[o].first_token > t && w.doc.mentions[o].last_token <= u) w.drop(o);
    }
    bool clear = true;
    for (uint32_t k = t + 1; k < u; ++k) clear = clear && w.owner[k] < 0;
    if (!ticker && clear) w.add(t + 1, u, EntityType::Organization);
    t = u;
  }
}

// A signature or byline: a given name and a word that may be a family name (capitalised,
// not all capitals, and no common word, place, organisation head or venue), alone on their
// line, are a person even where the tagger read them as an organisation or a place.
void line_names(Work& w) {
  for (core::Mention& m : w.doc.mentions) {
    if ((m.type != EntityType::Organization && m.type != EntityType::Place) || m.last_token != m.first_token + 2 ||
        !m.title.empty())
      continue;
    uint32_t f = m.first_token, s = f + 1;
    if (!w.doc.tokens[f].line_start || (m.last_token < w.size() && !w.doc.tokens[m.last_token].line_start)) continue;
    auto name_like = [&](uint32_t t) {
      std::string_view x = w.word(t);
      bool lower_letter = std::any_of(x.begin(), x.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      std::string l = w.low(t);
      return capitalised(x) && lower_letter && !w.lex.common_words.count(l) && !w.lex.places.count(l) &&
             !w.lex.org_heads.count(l) && !w.lex.venues.count(l) && !w.lex.venue_names.count(l);
    };
    if (w.lex.first_names.count(w.low(f)) && name_like(f) && name_like(s)) m.type = EntityType::Person;
  }
}

// "08:28 AM", "11:36 PM ET": two capitals right after a clock time (hours, a colon,
// minutes) are its half of the day or its time zone, no name.
void clock_suffixes(Work& w) {
  auto clock = [&](uint32_t t) {
    std::string_view x = w.word(t);
    size_t colon = x.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || x.size() != colon + 3) return false;
    return std::all_of(x.begin(), x.end(), [](char c) { return c == ':' || (c >= '0' && c <= '9'); });
  };
  auto two_caps = [&](uint32_t t) {
    std::string_view x = w.word(t);
    return x.size() == 2 && x[0] >= 'A' && x[0] <= 'Z' && x[1] >= 'A' && x[1] <= 'Z';
  };
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    const core::Mention& m = w.doc.mentions[i];
    uint32_t f = m.first_token;
    if (f == 0 || !m.title.empty() || !clock(f - 1)) continue;
    bool codes = true;
    for (uint32_t t = f; t < m.last_token; ++t) codes = codes && two_caps(t);
    if (codes) w.drop(int(i));
  }
}

// Every mention without a title written as one of `names` gets `type`: what one mention's
// context tells of a name holds for the article's other mentions of it.
void retype_same_names(Work& w, const std::vector<std::string>& names, EntityType type) {
  if (names.empty()) return;
  for (core::Mention& m : w.doc.mentions)
    if (m.type != type && m.title.empty() && std::find(names.begin(), names.end(), w.doc.view(m.span)) != names.end())
      m.type = type;
}

// "Google, Inc.", "Nordvik Shipping AG": a name with a company's legal form after it
// (after a comma or not) is an organisation, the legal form part of it; and the article's
// other mentions written as that name alone ("Google can even survive") are the company
// too, whatever the tagger read them as.
void company_names(Work& w) {
  std::vector<std::string> names;  // the companies' names without the legal form, as written
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    const core::Mention& m = w.doc.mentions[i];
    if (m.last_token <= m.first_token || !m.title.empty()) continue;
    uint32_t end = m.last_token;  // the name's end, before any legal form inside the mention
    while (end > m.first_token + 1 && (w.lex.legal_forms.count(w.low(end - 1)) || w.word(end - 1) == ",")) --end;
    uint32_t last = m.last_token;  // the legal form's end, after one outside the mention
    if (end == m.last_token) {
      uint32_t f = last < w.size() && w.word(last) == "," ? last + 1 : last;
      if (f >= w.size() || !w.same_sentence(f, m.first_token) || w.owner[f] >= 0 ||
          !w.lex.legal_forms.count(w.low(f)) || !capitalised(w.word(f)))
        continue;
      last = f + 1;
    }
    if (!capitalised(w.word(m.first_token))) continue;
    w.doc.mentions[i].type = EntityType::Organization;
    if (last != m.last_token) w.place(int(i), m.first_token, last);
    const core::Span name{w.doc.tokens[m.first_token].span.begin, w.doc.tokens[end - 1].span.end};
    names.emplace_back(w.doc.view(name));
  }
  retype_same_names(w, names, EntityType::Organization);
}

// "AI", "POWs", "POTUS", "COP26": a mention that is only an abbreviation of a common noun
// is no name, and one of a document or an event is Misc (abbreviations.tsv). The letters
// are matched after a plural "s" or a number written onto them ("POWs", "COP26").
void common_abbreviations(Work& w) {
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    core::Mention& m = w.doc.mentions[i];
    if (m.last_token != m.first_token + 1 || !m.title.empty()) continue;
    std::string_view x = w.word(m.first_token);
    while (!x.empty() && x.back() >= '0' && x.back() <= '9') x.remove_suffix(1);
    if (x.size() > 2 && x.back() == 's') x.remove_suffix(1);
    if (x.size() < 2 || !std::all_of(x.begin(), x.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '&'; }))
      continue;
    auto it = w.lex.abbreviations.find(lower(x));
    if (it == w.lex.abbreviations.end()) continue;
    if (it->second) m.type = EntityType::Misc;
    else w.drop(int(i));
  }
}

// "Iranian airline Mahan Air", "the French group Jeumont-Schneider", "German firms
// including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens": a name right after a
// (lower-case, or sentence-initial) noun of a kind (class_nouns.tsv) is of that kind's type, and so is each name
// of a list after a plural one ("firms including", "companies such as", "banks like").
// A person's name that starts with a given name keeps its type ("the company Ada Lund
// founded"). The article's other mentions written as a retyped name take its new type.
void class_nouns(Work& w) {
  std::vector<std::string> names[2];  // retyped names: organisations, places
  std::vector<std::string> short_forms;  // their first words, of names of two words or more
  auto retype = [&](int o, EntityType type) {
    core::Mention& m = w.doc.mentions[o];
    if (!m.title.empty() || m.type == EntityType::Misc) return;
    if (m.type == EntityType::Person && w.lex.first_names.count(w.low(m.first_token))) return;
    m.type = type;
    names[type == EntityType::Place].emplace_back(w.doc.view(m.span));
    // A company's name is cut to its first word ("Mahan" for "Mahan Air"), where a
    // person's would be cut to the last: read as a surname, it is the company too.
    if (type == EntityType::Organization && m.last_token - m.first_token >= 2) short_forms.emplace_back(w.word(m.first_token));
  };
  for (uint32_t t = 0; t + 1 < w.size(); ++t) {
    // In lower case, or capitalised as a sentence's first word ("Firms including ...").
    if (w.owner[t] >= 0 || (capitalised(w.word(t)) && t > 0 && w.same_sentence(t - 1, t))) continue;
    auto it = w.lex.class_nouns.find(w.low(t));
    if (it == w.lex.class_nouns.end()) continue;
    const EntityType type = it->second;
    uint32_t u = t + 1;
    const bool plural = w.word(t).back() == 's';
    if (plural && u + 1 < w.size() && (w.word(u) == "including" || w.word(u) == "like")) ++u;
    else if (plural && u + 2 < w.size() && w.word(u) == "such" && w.word(u + 1) == "as") u += 2;
    int o = u < w.size() && w.same_sentence(t, u) ? w.owner[u] : -1;
    if (o < 0 || w.doc.mentions[o].first_token != u) continue;
    retype(o, type);
    // The rest of the list: names joined by commas and a last "and" or "or".
    for (uint32_t v = w.doc.mentions[o].last_token; plural && v < w.size();) {
      if (w.word(v) == ",") ++v;
      if (v < w.size() && (w.word(v) == "and" || w.word(v) == "or")) ++v;
      int next = v < w.size() && w.same_sentence(t, v) && v > w.doc.mentions[o].last_token ? w.owner[v] : -1;
      if (next < 0 || w.doc.mentions[next].first_token != v) break;
      retype(next, type);
      o = next;
      v = w.doc.mentions[o].last_token;
    }
  }
  retype_same_names(w, names[0], EntityType::Organization);
  retype_same_names(w, names[1], EntityType::Place);
  for (core::Mention& m : w.doc.mentions)
    if (m.type == EntityType::Person && m.title.empty() && m.last_token == m.first_token + 1 &&
        std::find(short_forms.begin(), short_forms.end(), w.word(m.first_token)) != short_forms.end())
      m.type = EntityType::Organization;
}

// "the Reagan Administration", "the Biden-Harris Administration": a leader's surname (or
// two, joined by a hyphen) before a noun for a government (government_nouns.tsv) names
// the government the leader heads, no organisation of its own: one surname is a person,
// the one word left of the mention; two joined are dropped (their people are named
// elsewhere in the article, or not at all). A place, a people or an organisation head
// before the noun ("the Afghan Government", "the Union Government") is not a surname.
void person_government(Work& w) {
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    core::Mention& m = w.doc.mentions[i];
    if (m.last_token != m.first_token + 2 || !m.title.empty() || m.type == EntityType::Place) continue;
    std::string noun = w.low(m.first_token + 1);
    for (const char* possessive : {"'s", "\xE2\x80\x99s"}) {  // "Administration's", "Administration’s"
      size_t k = noun.size() >= std::string(possessive).size() ? noun.size() - std::string(possessive).size() : 0;
      if (k > 0 && noun.compare(k, std::string::npos, possessive) == 0) noun.resize(k);
    }
    if (!w.lex.government_nouns.count(noun)) continue;
    std::string_view name = w.word(m.first_token);
    std::string l = lower(name);
    size_t hyphen = name.find('-');
    const bool pair = hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < name.size() &&
                      capitalised(name.substr(hyphen + 1));
    if (!capitalised(name) || (!pair && (w.lex.places.count(l) || w.lex.demonyms.count(l) || w.lex.org_heads.count(l) ||
                                         w.lex.common_words.count(l))))
      continue;
    if (pair) w.drop(int(i));
    else m.type = EntityType::Person, w.place(int(i), m.first_token, m.first_token + 1);
  }
}

// "Begin Text:", "End Text.": a line of two or three words and a colon or a full stop,
// read as a person, whose first word is no given name and whose last is a dictionary
// common word, labels a document's parts; no name.
void document_labels(Work& w) {
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    const core::Mention& m = w.doc.mentions[i];
    const uint32_t f = m.first_token, e = m.last_token;
    if (m.type != EntityType::Person || !m.title.empty() || e - f < 2 || e - f > 3 || !w.doc.tokens[f].line_start) continue;
    if (e >= w.size() || (w.word(e) != ":" && w.word(e) != ".") || (e + 1 < w.size() && !w.doc.tokens[e + 1].line_start))
      continue;
    if (!w.lex.first_names.count(w.low(f)) && w.lex.common_words.count(w.low(e - 1))) w.drop(int(i));
  }
}

// "the Administration", "Members" read as a person: one capitalised dictionary common
// word, no given name, that no longer person's name of the article ends in ("Waltz" of
// "Mike Waltz") and that no title names ("National Security Advisor Waltz"), is no person.
void common_word_people(Work& w) {
  // Last words of people's names of two words or more, or after a title ("Advisor Tanager").
  std::vector<std::string> surnames;
  for (const core::Mention& m : w.doc.mentions)
    if (m.type == EntityType::Person && (m.last_token - m.first_token >= 2 || !m.title.empty()))
      surnames.push_back(w.low(m.last_token - 1));
  std::sort(surnames.begin(), surnames.end());
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    const core::Mention& m = w.doc.mentions[i];
    if (m.type != EntityType::Person || !m.title.empty() || m.last_token != m.first_token + 1) continue;
    std::string l = w.low(m.first_token);
    if (w.lex.common_words.count(l) && !w.lex.first_names.count(l) && !std::binary_search(surnames.begin(), surnames.end(), l))
      w.drop(int(i));
  }
}

// "Haider al-Abadi ... Abadi said": news names a person in full once and by surname
// after that. A capitalised word the tagger left outside every name, written as the last
// word of a person's name of two words or more in the article, or as that word without a
// particle joined by a hyphen ("al-Abadi" -> "Abadi"), is a mention of a person; not a
// dictionary word ("Fish", "Rose": the sentence may use the word itself), nor a word
// beside another capitalised word (a longer name the tagger missed, "Abadi Street").
void surname_mentions(Work& w) {
  std::vector<std::string> surnames;
  for (const core::Mention& m : w.doc.mentions) {
    if (m.type != EntityType::Person || m.last_token - m.first_token < 2) continue;
    std::string_view last = w.word(m.last_token - 1);
    surnames.emplace_back(last);
    if (particle_word(w, m.last_token - 1)) surnames.emplace_back(last.substr(last.find('-') + 1));
  }
  if (surnames.empty()) return;
  std::sort(surnames.begin(), surnames.end());
  auto name_word = [&](uint32_t t) { return w.doc.tokens[t].kind == core::TokenKind::Word && capitalised(w.word(t)); };
  for (uint32_t t = 0; t < w.size(); ++t) {
    if (w.owner[t] >= 0 || !name_word(t) || !std::binary_search(surnames.begin(), surnames.end(), w.word(t))) continue;
    bool starts = t == 0 || !w.same_sentence(t - 1, t);
    if ((!starts && name_word(t - 1)) || (t + 1 < w.size() && w.same_sentence(t, t + 1) && name_word(t + 1))) continue;
    if (w.lex.common_words.count(w.low(t))) continue;
    w.add(t, t + 1, EntityType::Person);
  }
}

// The singular of a plural noun as English forms it ("Ministries" -> "ministry", "Parties"
// -> "party", "Governments" -> "government"), lower case; the word itself otherwise.
std::string singular(std::string_view word) {
  std::string l = lower(word);
  if (l.size() > 4 && l.compare(l.size() - 3, 3, "ies") == 0) return l.substr(0, l.size() - 3) + "y";
  if (l.size() > 3 && l.back() == 's' && l[l.size() - 2] != 's') l.pop_back();
  return l;
}

// "The Ministry said", "the Government will", "the Parties agreed", "Bank debt": one
// capitalised word that heads organisation names or names a government (org_words.tsv,
// government_nouns.tsv), singular or plural, and that the dictionary writes only in lower
// case (common_words.tsv: not "Senate", "Congress", "Parliament"), names no organisation
// of its own: it is a common noun capitalised by house style or a sentence's start. Where
// the article names an organisation that ends in the word ("the Supreme Council" ... "the
// Council"), it is that organisation's short form and stays for coreference.
void generic_heads(Work& w) {
  std::vector<std::string> heads;  // last words of the article's organisations of two words or more
  for (const core::Mention& m : w.doc.mentions)
    if (m.type == EntityType::Organization && m.last_token - m.first_token >= 2) heads.push_back(w.low(m.last_token - 1));
  std::sort(heads.begin(), heads.end());
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    const core::Mention& m = w.doc.mentions[i];
    if (m.type != EntityType::Organization || !m.title.empty() || m.last_token != m.first_token + 1) continue;
    std::string_view x = w.word(m.first_token);
    if (!capitalised(x) || std::none_of(x.begin(), x.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
    std::string l = lower(x), one = singular(x);
    bool head = w.lex.org_heads.count(one) || w.lex.government_nouns.count(one);
    if (head && w.lex.common_words.count(one) && !std::binary_search(heads.begin(), heads.end(), l) &&
        !std::binary_search(heads.begin(), heads.end(), one))
      w.drop(int(i));
  }
}

// "Madam Vice President", "Deputy Secretary" read as a person: title modifiers and a title
// (titles.tsv), or an address and a title, with no name after them (an address to the
// holder, a title whose name the tagger left out) are no name. A word that ends a longer
// person's name of the article is a surname there ("King" beside "Stephen King").
void title_people(Work& w) {
  // Words of address, titles and modifiers may lead ("Madam", "Vice"); a title ends it.
  auto title_only = [&](const core::Mention& m) {
    for (uint32_t s = m.first_token; s < m.last_token; ++s) {
      std::string phrase;
      for (uint32_t k = s; k < m.last_token; ++k) phrase += (k > s ? " " : "") + w.low(k);
      if (w.lex.titles.count(phrase)) return true;
      if (!w.lex.title_modifiers.count(w.low(s)) && !w.lex.titles.count(w.low(s))) return false;
    }
    return false;
  };
  std::vector<char> drop(w.doc.mentions.size(), 0);
  std::vector<std::string> surnames;  // last words of the article's real names of two words or more
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    const core::Mention& m = w.doc.mentions[i];
    if (m.type != EntityType::Person) continue;  // a title before it may hold the address: "Madam" + "Vice President"
    drop[i] = title_only(m);
    if (!drop[i] && m.last_token - m.first_token >= 2) surnames.push_back(w.low(m.last_token - 1));
  }
  std::sort(surnames.begin(), surnames.end());
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    const core::Mention& m = w.doc.mentions[i];
    if (drop[i] && !(m.last_token == m.first_token + 1 && std::binary_search(surnames.begin(), surnames.end(), w.low(m.first_token))))
      w.drop(int(i));
  }
}

// "Deputy State Department spokesman Mark Toner": a title's modifiers ("deputy", "former",
// titles.tsv) that the tagger put at the start of an organisation's or place's name belong
// to the title after it; the name starts after them.
void title_modifier_names(Work& w) {
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    const core::Mention& m = w.doc.mentions[i];
    if ((m.type != EntityType::Organization && m.type != EntityType::Place) || !m.title.empty()) continue;
    uint32_t f = m.first_token;
    while (f + 1 < m.last_token && w.lex.title_modifiers.count(w.low(f))) ++f;
    if (f > m.first_token && capitalised(w.word(f))) w.place(int(i), f, m.last_token);
  }
}

// "the Foreign Ministry of Iraq", "the Central Bank of Kolvik": an organisation whose name
// ends in a word that heads organisations (org_words.tsv), then "of" and a country, region
// or city of the gazetteer, is one name with the place (GUIDELINES: the fullest form the
// article gives); the place stays a name wherever else the article writes it.
void organisation_of_place(Work& w) {
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    const core::Mention& m = w.doc.mentions[i];
    const uint32_t e = m.last_token;
    if (m.type != EntityType::Organization || !m.title.empty() || e + 1 >= w.size() || w.low(e) != "of" ||
        !w.lex.org_heads.count(w.low(e - 1)) || !w.same_sentence(m.first_token, e + 1))
      continue;
    const int p = w.owner[e + 1];
    if (p < 0 || w.doc.mentions[p].first_token != e + 1 || w.doc.mentions[p].type != EntityType::Place ||
        !w.lex.places.count(lower(w.doc.view(w.doc.mentions[p].span))))
      continue;
    const uint32_t end = w.doc.mentions[p].last_token;
    w.drop(p);
    w.place(int(i), m.first_token, end);
  }
}

// "God bless you", "Almighty God", "Allah": a name made only of names of God (deities.tsv)
// names no human being (GUIDELINES), nor an organisation or place: no entity.
void deities(Work& w) {
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    const core::Mention& m = w.doc.mentions[i];
    if (m.type == EntityType::Misc || !m.title.empty()) continue;
    bool all = true;
    for (uint32_t t = m.first_token; t < m.last_token && all; ++t) all = w.lex.deities.count(w.low(t)) > 0;
    if (all) w.drop(int(i));
  }
}

// "the Louvre accord", "the Tarnov pact", "LOUVRE ACCORD": one word read as a person or an
// organisation right before a noun for an agreement (document_nouns.tsv, kind `document`)
// names the agreement, a document (Misc), not a party to it; an acronym in running text
// keeps its type ("the NATO treaty"). A country, region or city of the gazetteer before
// such a noun or one for an event ("the Venice summit", "the Minsk agreement", "the
// Geneva talks", kind `event`) is where it was made or held: a place.
void document_names(Work& w) {
  for (core::Mention& m : w.doc.mentions) {
    const uint32_t f = m.first_token, e = m.last_token;
    if (e != f + 1 || e >= w.size() || !m.title.empty() || !w.same_sentence(f, e) ||
        (m.type != EntityType::Person && m.type != EntityType::Organization) || w.owner[e] >= 0)
      continue;
    auto noun_kind = w.lex.document_nouns.find(w.low(e));
    if (noun_kind == w.lex.document_nouns.end()) continue;
    std::string_view name = w.word(f), noun = w.word(e);
    auto all_caps = [](std::string_view x) {
      return std::none_of(x.begin(), x.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    // The noun in lower case, or both in capitals (a heading's).
    bool heading = all_caps(name) && all_caps(noun);
    if (!capitalised(name) || (!heading && capitalised(noun))) continue;
    if (w.lex.places.count(w.low(f))) m.type = EntityType::Place;
    else if (noun_kind->second && (heading || !all_caps(name))) m.type = EntityType::Misc;
  }
}

// A title in capitals ("CANADA LEADERS FAIL TO SET PACT", "U.K. DEMANDS ..."): capitals say
// nothing of names there, so a name does not run on into the dictionary's common words
// after it ("CANADA LEADERS FAIL" is CANADA), and such words alone are no name ("CAR",
// "CENTRAL BANK WANTS": a title names what its article's text names, so a name of common
// words, "WHITE HOUSE", is found there too); and
// the whole name of a country, region or city is a place ("LISBON OFFICIAL SAYS") unless it
// is a word of a person's name in the article ("YAO SAYS ...", Yao Yilin).
void capitals_title(Work& w) {
  uint32_t end = 0;  // the title's tokens: those before the body
  while (end < w.size() && w.doc.tokens[end].span.begin < w.doc.body.begin) ++end;
  for (uint32_t t = 0; t < end; ++t)
    for (char c : w.word(t))
      if (c >= 'a' && c <= 'z') return;
  auto common = [&](uint32_t t) { return w.lex.common_words.count(w.low(t)) > 0; };
  std::vector<std::string> name_words;  // words of the body's people's names: "Yao" of "Yao Yilin"
  for (const core::Mention& m : w.doc.mentions)
    if (m.type == EntityType::Person && m.first_token >= end)
      for (uint32_t t = m.first_token; t < m.last_token; ++t) name_words.push_back(w.low(t));
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    core::Mention& m = w.doc.mentions[i];
    if (m.first_token >= end || !m.title.empty()) continue;
    // The name ends at its last word that is no common word; common words alone, or a
    // people's adjective left alone ("CHINESE FOREIGN MINISTRY"), are no name.
    uint32_t e = m.last_token;
    while (e > m.first_token && common(e - 1)) --e;
    if (e == m.first_token || (e == m.first_token + 1 && e < m.last_token && w.lex.demonyms.count(w.low(m.first_token)))) {
      w.drop(int(i));
      continue;
    }
    if (e != m.last_token) w.place(int(i), m.first_token, e);
    const core::Span name{w.doc.tokens[m.first_token].span.begin, w.doc.tokens[e - 1].span.end};
    const std::string l = lower(w.doc.view(name));
    if (m.type != EntityType::Misc && w.lex.places.count(l) && std::find(name_words.begin(), name_words.end(), l) == name_words.end())
      m.type = EntityType::Place;
  }
}

// "Muslim", "Uyghurs", "the Kurds": one word naming a people or a faith's followers
// (peoples.tsv), singular or plural, is no organisation, place or person but an adjective
// or a group (Misc, as nationality adjectives are). A given name ("Christian") is left
// alone: it may be a person's.
void peoples(Work& w) {
  for (core::Mention& m : w.doc.mentions) {
    if (m.last_token != m.first_token + 1 || !m.title.empty() || m.type == EntityType::Misc) continue;
    std::string l = w.low(m.first_token);
    if (w.lex.first_names.count(l)) continue;
    if (w.lex.peoples.count(l) || (l.size() > 3 && l.back() == 's' && w.lex.peoples.count(l.substr(0, l.size() - 1))))
      m.type = EntityType::Misc;
  }
}

// "the Great Lakes region", "the Baltic region": a place's name, or a proper adjective
// that is no nationality, right before a lower-case "region" names the region with it
// (GUIDELINES: the fullest form). Where the article also writes the name alone ("the
// Indo-Pacific"), or the gazetteer has it ("the Darfur region"), that is the name and the
// mention stays as it is.
void region_names(Work& w) {
  std::vector<std::string_view> names;
  for (const core::Mention& m : w.doc.mentions) names.push_back(w.doc.view(m.span));
  std::sort(names.begin(), names.end());
  for (size_t i = 0; i < w.doc.mentions.size(); ++i) {
    core::Mention& m = w.doc.mentions[i];
    const uint32_t f = m.first_token, e = m.last_token;
    if (e >= w.size() || w.word(e) != "region" || !w.same_sentence(f, e) || w.owner[e] >= 0 || !m.title.empty() ||
        (m.type != EntityType::Place && m.type != EntityType::Misc) || !capitalised(w.word(f)))
      continue;
    if (m.type == EntityType::Misc && (e - f != 1 || w.lex.demonyms.count(w.low(f)))) continue;
    if (w.lex.places.count(lower(w.doc.view(m.span)))) continue;  // "the Darfur region": Darfur
    auto same = std::equal_range(names.begin(), names.end(), w.doc.view(m.span));
    if (same.second - same.first > 1) continue;  // the name alone elsewhere in the article
    m.type = EntityType::Place;
    w.place(int(i), f, e + 1);
  }
}

// "Scandinavia", "Latin America", "the Eastern Mediterranean", "a free and open
// Indo-Pacific" read as an organisation or a person: a world region's name
// (world_regions.tsv) is a place; read as Misc, where it is a noun (not "Caribbean
// nations").
void world_regions(Work& w) {
  for (core::Mention& m : w.doc.mentions) {
    if (m.type == EntityType::Place || !m.title.empty() || !w.lex.world_regions.count(lower(w.doc.view(m.span)))) continue;
    if (m.type == EntityType::Misc && m.last_token < w.size() && w.same_sentence(m.first_token, m.last_token)) {
      std::string_view next = w.word(m.last_token);
      if (!next.empty() && next[0] >= 'a' && next[0] <= 'z') continue;  // an adjective before its noun
    }
    m.type = EntityType::Place;
  }
}

// "to the African Union", "the World Economic Forum", "APEC": the official long form of an
// intergovernmental organisation or its acronym, as name_identity.tsv lists them, names
// that organisation wherever the tagger typed it a place ("Union" also ends countries'
// names: "Soviet Union"), Misc or a person without a title. The long form matches in any
// case, the acronym only as written.
void known_organisations(Work& w) {
  for (core::Mention& m : w.doc.mentions) {
    if (m.type == EntityType::Organization || !m.title.empty()) continue;
    std::string_view name = w.doc.view(m.span);
    if (w.lex.known_organisations.count(std::string(name)) || w.lex.known_organisations.count(lower(name)))
      m.type = EntityType::Organization;
  }
}

struct Pass {
  const char* name;
  void (*run)(Work&);
};

// In order: acronyms first (they type long forms the later passes read), then names.
constexpr Pass kPasses[] = {
    {"acronym_definition", acronym_definition},
    {"acronym_long_forms", acronym_long_forms},
    {"common_abbreviations", common_abbreviations},
    {"particle_names", particle_names},
    {"venue_heads", venue_heads},
    {"title_organisation", title_organisation},
    {"organisation_then_person", organisation_then_person},
    {"between_parties", between_parties},
    {"bracketed_codes", bracketed_codes},
    {"line_names", line_names},
    {"clock_suffixes", clock_suffixes},
    {"class_nouns", class_nouns},
    {"person_government", person_government},
    {"document_labels", document_labels},
    {"common_word_people", common_word_people},
    {"generic_heads", generic_heads},
    {"title_people", title_people},
    {"title_modifier_names", title_modifier_names},
    {"deities", deities},
    {"organisation_of_place", organisation_of_place},
    {"document_names", document_names},
    {"capitals_title", capitals_title},
    {"peoples", peoples},
    {"world_regions", world_regions},
    {"region_names", region_names},
    {"company_names", company_names},
    {"known_organisations", known_organisations},
    {"surname_mentions", surname_mentions},
};

}  // namespace

MentionLexicon load_mention_lexicon(const std::string& name_identity_path, const std::string& venue_words_path,
                                    const std::string& org_words_path, const std::string& gazetteer_path,
                                    const std::string& common_words_path, const std::string& legal_forms_path,
                                    const std::string& abbreviations_path, const std::string& class_nouns_path,
                                    const std::string& government_nouns_path, const std::string& document_nouns_path,
                                    const std::string& peoples_path, const std::string& world_regions_path,
                                    const std::string& titles_path, const std::string& deities_path) {
  MentionLexicon lex;
  auto rows = [](const std::string& path, auto f) {
    core::for_each_tsv_row(path, [&](const std::vector<std::string>& cols, long line) {
      if (cols.size() < 2) throw core::Error(path, "expected two tab-separated columns", line);
      f(cols[0], cols[1], line);
    });
  };
  rows(name_identity_path, [&](const std::string& kind, const std::string& phrase, long) {
    if (kind == "particle" || kind == "particle_name") lex.particles.insert(lower(phrase));
  });
  core::for_each_tsv_row(name_identity_path, [&](const std::vector<std::string>& cols, long) {
    if (cols.size() < 3 || cols[0] != "acronym") return;
    lex.known_organisations.insert(cols[1]);  // as written: "AU", not "au"
    lex.known_organisations.insert(lower(cols[2]));
  });
  rows(venue_words_path, [&](const std::string& word, const std::string& kind, long line) {
    if (kind == "venue") lex.venues.insert(lower(word));
    else if (kind == "venue_name") lex.venue_names.insert(lower(word));
    else if (kind == "place_preposition") lex.place_preps.insert(lower(word));
    else if (kind == "feature") lex.features.insert(lower(word));
    else throw core::Error(venue_words_path, "kind must be venue, venue_name, place_preposition or feature", line);
  });
  for (const auto& w : read_word_list(org_words_path)) lex.org_heads.insert(lower(w));
  if (!gazetteer_path.empty())
    core::for_each_tsv_row(gazetteer_path, [&](const std::vector<std::string>& cols, long) {
      if (cols.size() < 2) return;
      if (cols[1] == "first_name") lex.first_names.insert(lower(cols[0]));
      else if (cols[1] == "demonym") lex.demonyms.insert(lower(cols[0]));
      else if (cols[1] == "country" || cols[1] == "region" || cols[1] == "city") lex.places.insert(lower(cols[0]));
    });
  if (!common_words_path.empty())
    for (const auto& w : read_word_list(common_words_path)) lex.common_words.insert(lower(w));
  if (!legal_forms_path.empty())
    for (const auto& w : read_word_list(legal_forms_path)) lex.legal_forms.insert(lower(w));
  if (!abbreviations_path.empty())
    rows(abbreviations_path, [&](const std::string& abbreviation, const std::string& kind, long line) {
      if (kind != "common" && kind != "misc") throw core::Error(abbreviations_path, "kind must be common or misc", line);
      lex.abbreviations[lower(abbreviation)] = kind == "misc";
    });
  if (!government_nouns_path.empty())
    for (const auto& w : read_word_list(government_nouns_path)) lex.government_nouns.insert(lower(w));
  if (!titles_path.empty())
    rows(titles_path, [&](const std::string& phrase, const std::string& kind, long line) {
      if (kind == "title") lex.titles.insert(lower(phrase));
      else if (kind == "modifier") lex.title_modifiers.insert(lower(phrase));
      else throw core::Error(titles_path, "kind must be title or modifier", line);
    });
  if (!deities_path.empty())
    for (const auto& w : read_word_list(deities_path)) lex.deities.insert(lower(w));
  if (!world_regions_path.empty())
    for (const auto& w : read_word_list(world_regions_path)) lex.world_regions.insert(lower(w));
  if (!peoples_path.empty())
    for (const auto& w : read_word_list(peoples_path)) lex.peoples.insert(lower(w));
  if (!document_nouns_path.empty())
    rows(document_nouns_path, [&](const std::string& noun, const std::string& kind, long line) {
      if (kind != "document" && kind != "event") throw core::Error(document_nouns_path, "kind must be document or event", line);
      lex.document_nouns[lower(noun)] = kind == "document";
    });
  if (!class_nouns_path.empty())
    rows(class_nouns_path, [&](const std::string& noun, const std::string& type, long line) {
      if (type == "Organization") lex.class_nouns[noun] = EntityType::Organization;
      else if (type == "Place") lex.class_nouns[noun] = EntityType::Place;
      else throw core::Error(class_nouns_path, "type must be Organization or Place", line);
    });
  return lex;
}

void run_mention_passes(core::Document& doc, const MentionLexicon& lex) {
  for (const Pass& p : kPasses) {
    Work w(doc, lex);
    p.run(w);
    tidy(doc);
  }
}

void run_mention_pass(const std::string& name, core::Document& doc, const MentionLexicon& lex) {
  for (const Pass& p : kPasses)
    if (name == p.name) {
      Work w(doc, lex);
      p.run(w);
      tidy(doc);
      return;
    }
  throw core::Error("ner: no mention pass named '" + name + "'");
}

}  // namespace ng::ner
