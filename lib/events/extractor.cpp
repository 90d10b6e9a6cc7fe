#include "events/extractor.h"

#include <algorithm>
#include <cstring>

#include "core/resources.h"
#include "events/lexicon.h"

namespace ng::events {
namespace {

using core::Document;
using core::EntityType;
using core::Span;

struct Arg {
  int32_t entity = -1;
  Span span;
};
using Group = std::vector<Arg>;

void add_unique(Group& g, const Arg& a) {
  if (a.entity < 0) return;
  for (const auto& x : g)
    if (x.entity == a.entity) return;
  g.push_back(a);
}

bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Lower-cases ASCII and maps the typographic apostrophe to "'", into `out`.
void lower_into(std::string_view s, std::string& out) {
  out.clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
      continue;
    }
    char c = s[i];
    out += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  }
}

// A date string from a timex value: a day, a month, a year, or "" when the value is
// not a calendar date (durations, weeks, unresolved "XXXX").
std::string calendar_date(const std::string& v, const std::string& dct) {
  if (v == "PRESENT_REF") return dct;
  auto digits = [&](size_t a, size_t b) {
    if (v.size() < b) return false;
    for (size_t i = a; i < b; ++i)
      if (v[i] < '0' || v[i] > '9') return false;
    return true;
  };
  if (!digits(0, 4)) return "";
  if (v.size() >= 10 && v[4] == '-' && digits(5, 7) && v[7] == '-' && digits(8, 10)) return v.substr(0, 10);
  if (v.size() >= 7 && v[4] == '-' && digits(5, 7)) return v.substr(0, 7);
  if (v.size() == 4) return v;
  return "";
}

// True when `date` (a day, a month or a year; an interval by its start) lies after the
// document date at its own precision.
bool after_dct(const std::string& date, const std::string& dct) {
  if (date.empty() || dct.size() != 10) return false;
  size_t n = std::min<size_t>(date.size(), 10);
  if (n != 10 && n != 7 && n != 4) return false;
  return date.compare(0, n, dct, 0, n) > 0;
}

class Run {
 public:
  Run(const Lexicon& lex, Document& doc) : lex_(lex), doc_(doc) {}
  void extract();

 private:
  const Lexicon& lex_;
  Document& doc_;
  std::vector<uint32_t> cls_;       // word classes per token
  std::vector<std::string> low_;    // lower-cased token text (small strings: no heap)
  std::vector<int32_t> ment_;       // mention covering the token, or -1
  std::vector<int32_t> timex_;      // timex covering the token, or -1
  std::vector<std::vector<std::string>> titles_;  // per entity: lower-case titles
  std::vector<int> mention_count_;
  std::vector<core::Event> events_;
  std::vector<bool> needs_date_;    // statements dated by fallback, filled at the end
  Group current_group_;             // the participants of the latest meeting
  Group prev_subject_;              // the subject of the latest sentence that had one
  int32_t turn_speaker_ = -1;       // transcript speaker of the current turn
  std::vector<std::string> para_date_;  // per paragraph: latest explicit date so far

  // tokens
  std::string_view word(size_t t) const { return low_[t]; }
  bool is(size_t t, const char* w) const { return t < low_.size() && low_[t] == w; }
  bool has(size_t t, uint32_t c) const { return t < cls_.size() && (cls_[t] & c); }
  bool cap(size_t t) const {
    std::string_view v = doc_.view(doc_.tokens[t].span);
    return !v.empty() && ascii_upper(v[0]);
  }
  bool punct(size_t t) const { return doc_.tokens[t].kind == core::TokenKind::Punct; }
  bool boundary(size_t t) const { return is(t, ".") || is(t, ";") || is(t, ":") || is(t, "?") || is(t, "!"); }
  // Adverbs, auxiliaries, dates and status words that may stand between a subject and its verb.
  bool aux_like(size_t p) const {
    return has(p, kAdverb) || has(p, kPlanned) || has(p, kCall) || timex_[p] >= 0 || is(p, "has") || is(p, "have") ||
           is(p, "had") || is(p, "is") || is(p, "are") || is(p, "was") || is(p, "were") || is(p, "be") || is(p, "been") ||
           is(p, "not") || is(p, "did") || is(p, "does") || is(p, "do") || is(p, "also") || is(p, "by") ||
           is(p, "agreed") || is(p, "going") || is(p, "likely") || is(p, "again") || is(p, "looking") ||
           is(p, "look") || is(p, "looks") || is(p, "'m") || is(p, "am") || is(p, "both") || is(p, "all") ||
           is(p, "each");
  }
  bool quote(size_t t) const {
    std::string_view v = doc_.view(doc_.tokens[t].span);
    return v == "\"" || v == "\xE2\x80\x9C" || v == "\xE2\x80\x9D" || v == "'" || v == "\xE2\x80\x98";
  }
  const core::Mention& mention(size_t t) const { return doc_.mentions[ment_[t]]; }
  int32_t entity_at(size_t t) const { return ment_[t] >= 0 ? mention(t).entity : -1; }
  EntityType type_of(int32_t e) const { return doc_.entities[e].type; }
  Span tok_span(size_t a, size_t b) const { return {doc_.tokens[a].span.begin, doc_.tokens[b - 1].span.end}; }

  // references
  bool starts_np(size_t t, size_t end) const;
  size_t reference(size_t t, size_t end, Group& out) const;
  size_t title_phrase(size_t t, size_t end, std::string& phrase) const;
  Group persons_with_title(const std::string& phrase, bool plural) const;
  Group first_person_subject(size_t b, size_t t) const;

  // noun phrases
  size_t np_right(size_t t, size_t end, Group& out) const;
  // parenthetical: look past a phrase set off by commas ("X, represented by Y, held")
  size_t np_left(size_t t, size_t begin, Group& out, bool parenthetical = false) const;
  static Group people_first(const Group& g, const Document& doc);

  // events
  size_t skip_right(size_t t, size_t end) const;
  void sentence(uint32_t s);
  void meeting_verb(uint32_t s, size_t t);
  void meeting_noun(uint32_t s, size_t t);
  void discuss(uint32_t s, size_t t);
  void statement(uint32_t s, size_t t, Group& speakers_out);
  void according_to(uint32_t s, size_t t, Group& speakers_out);
  void travel(uint32_t s, size_t t);
  void transcript_turn(uint32_t s);
  void special_lines(uint32_t s, Group& speakers_out);
  void emit_meeting(uint32_t s, size_t t, const Group& subj, const Group& obj, bool split, bool host);
  void conclude_meeting(uint32_t s, size_t t, Group subj, const Group& obj, size_t obj_end, bool alone_ok, bool host);
  void emit_statement(uint32_t s, size_t t, const Arg& speaker, size_t content_from);
  bool status_of(uint32_t s, size_t t, core::Status& st) const;
  std::pair<std::string, int32_t> date_near(uint32_t s, size_t t, size_t window) const;
  void place_of(uint32_t s, size_t t, core::Event& ev) const;
  void title_events();
  void finish();
  std::string first_body_date() const;

  Group sentence_speakers_;  // speakers of the current sentence
  mutable bool outer_ = false;  // np_left is looking past a parenthetical phrase
  mutable bool parenthetical_any_ = true;  // any phrase, or only relative clauses and appositions
};

// ---------------------------------------------------------------------------
// References: pronouns and definite descriptions.

bool Run::starts_np(size_t t, size_t end) const {
  if (t >= end) return false;
  if (ment_[t] >= 0) return true;
  if (cap(t) && !punct(t)) return true;
  return has(t, kNounPhrase);
}

// Collects the title words after "the" ("the Secretary", "the two leaders", "the
// Foreign Ministers"); returns the end token, or t when there is none.
size_t Run::title_phrase(size_t t, size_t end, std::string& phrase) const {
  phrase.clear();
  size_t i = t;
  while (i < end && ment_[i] < 0 && !punct(i) && (cap(i) || has(i, kNounPhrase)) && !is(i, "the") && !is(i, "a") &&
         !is(i, "an") && !is(i, "of")) {
    if (!(has(i, kPlural) && (is(i, "two") || is(i, "both"))) && !is(i, "u.s.") && !is(i, "his") && !is(i, "her") &&
        !is(i, "their") && !is(i, "its")) {
      if (!phrase.empty()) phrase += ' ';
      phrase += word(i);
    }
    ++i;
  }
  return i;
}

// Persons whose title is `phrase` ("secretary" fits "Secretary of State"; "president"
// does not fit "Vice President"); for a plural phrase, all of them.
Group Run::persons_with_title(const std::string& phrase, bool plural) const {
  std::string p = phrase;
  if (plural && p.size() > 1 && p.back() == 's') p.pop_back();
  Group out;
  int best = -1;
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    if (doc_.entities[e].type != EntityType::Person) continue;
    bool fits = false;
    for (const auto& t : titles_[e]) {
      if (t == p || t.compare(0, p.size() + 1, p + " ") == 0) fits = true;
      if (t.size() > p.size() && t.compare(t.size() - p.size(), p.size(), p) == 0 && t[t.size() - p.size() - 1] == ' ') {
        std::string before = t.substr(0, t.size() - p.size() - 1);
        size_t sp = before.rfind(' ');
        std::string last = sp == std::string::npos ? before : before.substr(sp + 1);
        if (last != "vice" && last != "deputy" && last != "former" && last != "assistant" && last != "under" &&
            last != "first")
          fits = true;
      }
    }
    if (!fits) continue;
    if (plural) {
      out.push_back({int32_t(e), {}});
    } else if (mention_count_[e] > best) {
      best = mention_count_[e];
      out = {{int32_t(e), {}}};
    }
  }
  return out;
}

// The first person mention in [b, t), with the persons coordinated with it.
Group Run::first_person_subject(size_t b, size_t t) const {
  for (size_t i = b; i < t; ++i) {
    if (is(i, "the")) {  // "the First Lady", "the Secretary"
      Group g;
      if (reference(i, t, g) > i && !g.empty() && type_of(g[0].entity) == EntityType::Person) return g;
    }
    int32_t e = entity_at(i);
    if (e >= 0 && i > b && (is(i - 1, "with") || is(i - 1, "to") || is(i - 1, "by") || is(i - 1, "for") ||
                            is(i - 1, "from") || is(i - 1, "on") || is(i - 1, "of"))) {
      i = mention(i).last_token - 1;
      continue;
    }
    if (e >= 0 && type_of(e) == EntityType::Person) {
      Group g;
      np_right(i, t, g);
      return people_first(g, doc_);
    }
  }
  return {};
}

// A pronoun or a definite description at t: fills `out` with what it refers to and
// returns the token after it, or t when there is none.
size_t Run::reference(size_t t, size_t end, Group& out) const {
  std::string_view w = word(t);
  Span sp = doc_.tokens[t].span;
  auto with_span = [&](Group g, Span s) {
    for (auto& a : g) a.span = s;
    return g;
  };
  if (w == "he" || w == "she" || w == "him" || w == "her" || w == "his") {
    // The subject of this sentence before t, else that of the sentence before.
    uint32_t s = doc_.tokens[t].sentence;
    Group g = first_person_subject(doc_.sentences[s].first_token, t);
    if (g.empty()) g = people_first(prev_subject_, doc_);
    if (!g.empty()) {
      out.push_back({g[0].entity, sp});
      return t + 1;
    }
    return t;
  }
  if (w == "i" || w == "me" || w == "my" || w == "we") {
    if (turn_speaker_ >= 0) {
      out.push_back({turn_speaker_, sp});
      return t + 1;
    }
    return t;
  }
  if (w == "they" || w == "them" || w == "their") {
    if (current_group_.size() >= 2) {
      Group g = with_span(current_group_, sp);
      out.insert(out.end(), g.begin(), g.end());
      return t + 1;
    }
    return t;
  }
  if (w == "both" && is(t + 1, "leaders")) {
    if (current_group_.size() >= 2) {
      Group g = with_span(current_group_, tok_span(t, t + 2));
      out.insert(out.end(), g.begin(), g.end());
      return t + 2;
    }
    return t;
  }
  if (w != "the" && cap(t) && ment_[t] < 0 && t > 0 && is(t - 1, "and")) {
    std::string phrase;
    size_t e = title_phrase(t, end, phrase);
    if (e > t && (e >= end || ment_[e] < 0) && !phrase.empty() && phrase.back() == 's') {
      Group g = persons_with_title(phrase, true);
      if (!g.empty()) {
        g = with_span(g, tok_span(t, e));
        out.insert(out.end(), g.begin(), g.end());
        return e;
      }
    }
    return t;
  }
  if (w != "the") return t;
  std::string phrase;
  size_t e = title_phrase(t + 1, end, phrase);
  if (e == t + 1 && !(is(t + 1, "two") || is(t + 1, "both"))) return t;
  if (e < end && ment_[e] >= 0) return t;  // "the Secretary of State Antony Blinken": a title
  if (e < end && (is(e, "'s") || is(e, "\xE2\x80\x99s")) && phrase.empty()) return t;
  Span s = tok_span(t, std::max(e, t + 2));
  bool plural = phrase.empty() || has(e - 1, kPlural) || (!phrase.empty() && phrase.back() == 's');
  Group g;
  if (phrase.empty() || phrase == "leaders" || phrase == "presidents" || phrase == "sides" || phrase == "envoys" ||
      phrase == "counterparts" || phrase == "ministers" || phrase == "two") {
    if (current_group_.size() >= 2) g = current_group_;
    if (g.empty() && phrase == "envoys") {}
    if (g.empty() && phrase != "leaders" && phrase != "sides" && phrase != "two" && !phrase.empty())
      g = persons_with_title(phrase, true);
  } else {
    g = persons_with_title(phrase, plural);
    if (g.empty() && has(e - 1, kPlural) && current_group_.size() >= 2) g = current_group_;
    if (g.empty() && !plural && has(e - 1, kNounPhrase)) {
      // "the Saudi leader" with no one so titled: the article's most mentioned person so far
      int best = 0;
      for (size_t en = 0; en < doc_.entities.size(); ++en) {
        if (doc_.entities[en].type != EntityType::Person) continue;
        int n = 0;
        for (uint32_t m : doc_.entities[en].mentions)
          if (m < doc_.mentions.size() && doc_.mentions[m].span.end <= sp.begin) ++n;
        if (n > best) {
          best = n;
          g = {{int32_t(en), {}}};
        }
      }
    }
  }
  if (g.empty()) return t;
  g = with_span(g, s);
  out.insert(out.end(), g.begin(), g.end());
  return std::max(e, t + 2);
}

// ---------------------------------------------------------------------------
// Noun phrases of participants.

// Persons if the group has any, else its organisations and places.
Group Run::people_first(const Group& g, const Document& doc) {
  Group persons, others;
  for (const auto& a : g) {
    if (a.entity < 0) continue;
    (doc.entities[a.entity].type == EntityType::Person ? persons : others).push_back(a);
  }
  return persons.empty() ? others : persons;
}

// A coordinated list of participants starting at t ("Japanese Foreign Minister Hayashi
// and Republic of Korea Foreign Minister Park", "senior Taliban representatives").
// Appends the raw entities (all types) and returns the token after the list.
size_t Run::np_right(size_t t, size_t end, Group& out) const {
  size_t i = t;
  bool any = false, seen_and = false, np_has = false;
  while (i < end) {
    if (ment_[i] >= 0) {
      const auto& m = mention(i);
      // "Xi Jinping of the People's Republic of China": after "of"/"to" a named party of
      // the same noun phrase is a modifier of its head, not a participant
      bool modifier = np_has && i > t && (is(i - 1, "of") || is(i - 1, "to") || (is(i - 1, "the") && i > t + 1 && is(i - 2, "of")));
      if (m.entity >= 0 && !modifier) add_unique(out, {m.entity, m.span});
      any = np_has = true;
      i = std::max<size_t>(m.last_token, i + 1);
      continue;
    }
    Group ref;
    if (size_t r = reference(i, end, ref); r > i) {
      for (const auto& a : ref) add_unique(out, a);
      any = np_has = true;
      i = r;
      continue;
    }
    std::string_view w = word(i);
    if (w == "," && (is(i + 1, "jr.") || is(i + 1, "sr.") || is(i + 1, "jr") || is(i + 1, "iii"))) { i += 2; continue; }
    if (w == "," && is(i + 1, "the") && i + 2 < end && !cap(i + 2)) break;  // ", the head of ...": an apposition
    if (w == "," && is(i + 1, "the")) {  // ", the Vice President conveyed": a new clause's subject
      Group g;
      if (reference(i + 1, end, g) > i + 1) break;
    }
    if (w == "," && is(i + 1, "and") && starts_np(i + 2, end)) { i += 2; seen_and = true; np_has = false; continue; }
    if (w == "including" && any && starts_np(i + 1, end)) { ++i; np_has = false; continue; }  // "officials including X"
    if (w == "for" && np_has == false && i + 1 < end && cap(i + 1)) { ++i; continue; }  // "Minister of State for Foreign Affairs X"
    if (w == "and" || w == "," || w == "&") {
      // after "and", a comma closes the list ("with A and B, C said ...")
      if (w == "," && seen_and) break;
      if (any && starts_np(i + 1, end)) {
        seen_and |= w != ",";
        np_has = false;
        ++i;
        continue;
      }
      break;
    }
    if (w == "as" && is(i + 1, "well") && is(i + 2, "as")) { i += 3; np_has = false; continue; }
    if (w == "'s" || w == "-" || w == "\xE2\x80\x93") { ++i; continue; }
    if (w == "(") {  // "(PRC)"
      size_t j = i + 1;
      while (j < end && j < i + 6 && !is(j, ")")) ++j;
      if (j < end && is(j, ")")) { i = j + 1; continue; }
      break;
    }
    if (w == "to" && i + 1 < end && ment_[i + 1] >= 0 && !np_has) {  // "ambassador to Moscow Salah Bassiouni"
      size_t after = mention(i + 1).last_token;
      if (after < end && (ment_[after] >= 0 || cap(after))) { i = after; continue; }
    }
    if ((cap(i) && !punct(i) && !quote(i)) || has(i, kNounPhrase) || doc_.tokens[i].kind == core::TokenKind::Number) {
      if (has(i, kMeetNoun) || has(i, kSay) || has(i, kMeetVerb)) break;
      ++i;
      continue;
    }
    // an adjective or noun before the phrase names anyone ("the newly elected President X")
    bool ing = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;  // "the visiting Polish leader"
    if (!any && i < t + 6 && !punct(i) && !quote(i) && !has(i, kMeetNoun | kSay | kLight) && (!has(i, kMeetVerb) || ing) &&
        !is(i, "to") &&
        !is(i, "in") && !is(i, "on") && !is(i, "at") && !is(i, "for") && !is(i, "about") && !is(i, "that")) {
      ++i;
      continue;
    }
    break;
  }
  return i;
}

// The participant list that ends right before t (skipping adverbs, auxiliaries, dates
// and status words); appends to `out` in text order; returns its first token (t when
// there is none).
size_t Run::np_left(size_t t, size_t begin, Group& out, bool parenthetical) const {
  size_t i = t;
  while (i > begin) {
    size_t p = i - 1;
    if (aux_like(p)) {
      if (ment_[p] >= 0) break;
      --i;
      continue;
    }
    break;
  }
  // "X, who met Y": the relative pronoun's antecedent
  if (i > begin + 1 && (is(i - 1, "who") || is(i - 1, "which")) && is(i - 2, ",")) {
    Group g;
    size_t st = np_left(i - 2, begin, g);
    if (!g.empty()) {
      for (const auto& a : g) add_unique(out, a);
      return st;
    }
  }
  // "X, represented by senior officials, held ...": a phrase set off by commas
  if (parenthetical && i > begin && is(i - 1, ",") && !outer_) {
    size_t k = i - 1;
    while (k > begin && k + 16 > i && !is(k - 1, ",") && !boundary(k - 1) && !quote(k - 1)) --k;
    // for a statement only a relative clause or an apposition ("X, which he visited, said")
    bool relative = is(k, "who") || is(k, "which") || is(k, "whose") || is(k, "the") || is(k, "a") || is(k, "an") ||
                    (has(k, kNounPhrase) && !cap(k));  // ", spokesman for the military,"
    if (k > begin && is(k - 1, ",") && (parenthetical_any_ || relative)) {
      Group inner;
      outer_ = true;
      size_t st_inner = np_left(i - 1, k, inner, false);
      outer_ = false;
      Group inner_people = people_first(inner, doc_);
      if (st_inner == k && !inner_people.empty() && type_of(inner_people[0].entity) == EntityType::Person) {
        for (const auto& a : inner) add_unique(out, a);
        return st_inner;
      }
      Group g;
      outer_ = true;
      size_t st = np_left(k - 1, begin, g, false);
      outer_ = false;
      if (!g.empty()) {
        for (const auto& a : g) add_unique(out, a);
        return st;
      }
    }
  }
  if (i > begin + 2 && (is(i - 1, "jr.") || is(i - 1, "sr.") || is(i - 1, "iii")) && is(i - 2, ",")) i -= 2;
  Group found;
  size_t start = i;
  bool seen_and = false, any = false;
  while (i > begin) {
    size_t p = i - 1;
    if (ment_[p] >= 0) {
      const auto& m = mention(p);
      if (m.entity >= 0) found.insert(found.begin(), {m.entity, m.span});
      any = true;
      i = std::min<size_t>(m.first_token, p);
      start = i;
      continue;
    }
    // A pronoun or description ending at p.
    Group ref;
    bool took = false;
    for (size_t k = p + 1; k-- > begin && k + 6 > p;) {
      Group g;
      if (reference(k, p + 1, g) == p + 1) {
        if (!any || seen_and) {
          found.insert(found.begin(), g.begin(), g.end());
          any = true;
          i = k;
          start = k;
          took = true;
        }
        break;
      }
      if (!(cap(k) || has(k, kNounPhrase) || is(k, "the"))) break;
    }
    if (took) continue;
    std::string_view w = word(p);
    if (w == "and" || w == "&") {
      if (!any) break;
      seen_and = true;
      --i;
      continue;
    }
    if (w == "," && any && (is(p + 1, "jr.") || is(p + 1, "sr.") || is(p + 1, "jr") || is(p + 1, "iii"))) { --i; continue; }
    if (w == ",") {
      if (!any || !seen_and) break;
      --i;
      continue;
    }
    if (w == "'s" && any) {  // "Ontario's Peterson": the possessor is a modifier
      --i;
      while (i > begin && (ment_[i - 1] >= 0 || cap(i - 1)) && !punct(i - 1)) {
        if (ment_[i - 1] >= 0) i = std::min<size_t>(mention(i - 1).first_token, i - 1);
        else --i;
      }
      start = i;
      continue;
    }
    if (w == "'s" || w == "-" || w == "\xE2\x80\x93" || w == "of" || w == "the") { --i; continue; }
    if (p > begin && is(p - 1, "-") && !punct(p)) { --i; continue; }  // "Soviet-led"
    if (w == ")") {  // "The European Community (EC) and"
      size_t k = p;
      while (k > begin && k + 6 > p && !is(k - 1, "(")) --k;
      if (k > begin && is(k - 1, "(")) {
        i = k - 1;
        continue;
      }
      break;
    }
    if ((cap(p) && !punct(p) && !quote(p)) || has(p, kNounPhrase)) {
      if (has(p, kMeetNoun) || has(p, kSay)) break;
      --i;
      continue;
    }
    break;
  }
  for (const auto& a : found) add_unique(out, a);
  return found.empty() ? t : start;
}

// ---------------------------------------------------------------------------
// Status, date, place.

// The status of the event at t from the words before it in its clause; false when the
// event only might happen ("hopes to meet").
bool Run::status_of(uint32_t s, size_t t, core::Status& st) const {
  const auto& sen = doc_.sentences[s];
  st = core::Status::Occurred;
  size_t b = sen.first_token, lim = t > b + 8 ? t - 8 : b;
  bool planned = false;
  for (size_t i = t; i-- > lim;) {
    if (is(i, ";") || (is(i, ",") && i + 1 < t && !has(i + 1, kPlanned))) break;
    if (has(i, kHedge)) return false;
    if (is(i, "to")) {
      // "to meet": planned after will/scheduled/agreed/is ..., occurred after "went"
      if (i > b && (has(i - 1, kPlanned) || is(i - 1, "is") || is(i - 1, "are") || is(i - 1, "agreed") ||
                    is(i - 1, "going") || is(i - 1, "likely") || is(i - 1, "was") || is(i - 1, "were")))
        planned = true;
      continue;
    }
    if (has(i, kPlanned) && !is(i, "later") && !is(i, "next")) planned = true;
    if (has(i, kCancelled) && (!is(i, "off") || (i > b && is(i - 1, "called")))) st = core::Status::Cancelled;
    if (has(i, kDenied)) st = core::Status::Denied;
    if ((is(i, "not") || is(i, "n't")) && i > b && (is(i - 1, "did") || is(i - 1, "does") || is(i - 1, "has")))
      st = core::Status::Denied;
  }
  for (size_t i = t + 1; i < sen.last_token && i < t + 4; ++i)
    if ((is(i, "off") && is(i - 1, "called")) || is(i, "postponed") || is(i, "cancelled") || is(i, "canceled"))
      st = core::Status::Cancelled;
  if (has(t, kMeetNoun)) {
    // "The meeting between X and Y is scheduled to take place", "talks will begin"
    for (size_t i = t + 1; i < sen.last_token && i < t + 14 && !is(i, ";"); ++i) {
      if (has(i, kHedge) && (is(i - 1, "is") || is(i - 1, "are") || is(i - 1, "could") || has(i, kHedge))) {
        if (is(i, "may") || is(i, "might") || is(i, "could")) return false;
      }
      if (is(i, "will") || ((is(i, "scheduled") || is(i, "expected") || is(i, "due") || is(i, "set") ||
                             is(i, "planned") || is(i, "likely")) &&
                            (is(i - 1, "is") || is(i - 1, "are") || is(i - 1, "was") || is(i - 1, "were")))) {
        planned = true;
        break;
      }
      if (has(i, kSay) || has(i, kMeetVerb)) break;
    }
  }
  if (st == core::Status::Occurred && planned) st = core::Status::Planned;
  return true;
}

// The date of the event at t: the nearest calendar timex of its clause within `window`
// tokens, joined with a following "-"/"to" timex into an interval.
std::pair<std::string, int32_t> Run::date_near(uint32_t s, size_t t, size_t window) const {
  const auto& sen = doc_.sentences[s];
  int32_t best = -1;
  size_t best_d = window + 1;
  for (size_t k = 0; k < doc_.timexes.size(); ++k) {
    const auto& x = doc_.timexes[k];
    if (x.sentence != s) continue;
    if (x.type != core::TimexType::Date && x.type != core::TimexType::Time) continue;
    if (calendar_date(x.value, doc_.dct).empty()) continue;
    size_t a = 0, b = 0;
    for (size_t i = sen.first_token; i < sen.last_token; ++i)
      if (timex_[i] == int32_t(k)) {
        if (!a) a = i + 1;
        b = i + 1;
      }
    if (!a) continue;
    --a;
    size_t d = t < a ? a - t : (t >= b ? t - b + 1 : 0);
    // a clause boundary between them
    size_t lo = std::min(t, a), hi = std::max(t, b);
    bool crossed = false;
    for (size_t i = lo; i < hi; ++i)
      if (is(i, ";") || quote(i)) crossed = true;
    if (crossed) d += 10;
    if (d < best_d) {
      best_d = d;
      best = int32_t(k);
    }
  }
  if (best < 0) return {"", -1};
  const auto& x = doc_.timexes[best];
  std::string d = calendar_date(x.value, doc_.dct);
  if (!x.end_value.empty()) {
    std::string e = calendar_date(x.end_value, doc_.dct);
    if (e.size() == 10 && d.size() == 10 && e > d) d += "/" + e;
  }
  return {d, best};
}

void Run::place_of(uint32_t s, size_t t, core::Event& ev) const {
  const auto& sen = doc_.sentences[s];
  int best = -1;
  size_t best_d = 1000;
  for (size_t i = sen.first_token + 1; i < sen.last_token; ++i) {
    int32_t e = entity_at(i);
    if (e < 0 || !(is(i - 1, "in") || is(i - 1, "at") || (is(i - 1, "the") && i > 1 && is(i - 2, "at")))) continue;
    if (type_of(e) == EntityType::Person) continue;
    if (type_of(e) == EntityType::Organization && !is(i - 1, "at") && !is(i - 2, "at")) continue;
    size_t d = i > t ? i - t : t - i;
    if (d < best_d) {
      best_d = d;
      best = int(i);
    }
  }
  if (best >= 0) {
    ev.place = entity_at(best);
    ev.place_span = mention(best).span;
  }
}

// ---------------------------------------------------------------------------
// Meetings.

size_t Run::skip_right(size_t t, size_t end) const {
  size_t j = t;
  while (j < end) {
    if (has(j, kAdverb) || has(j, kCall) || timex_[j] >= 0 || is(j, "by") || is(j, "via") || is(j, "over") ||
        (is(j, "on") && j + 1 < end && timex_[j + 1] >= 0) || (is(j, ",") && j + 1 < end && timex_[j + 1] >= 0) ||
        (is(j, ",") && j > t && timex_[j - 1] >= 0) || (is(j, "in") && is(j + 1, "person")) || is(j, "person") ||
        (is(j, "the") && has(j + 1, kCall)))
      ++j;
    else
      break;
  }
  return j;
}

void Run::emit_meeting(uint32_t s, size_t t, const Group& subj_raw, const Group& obj_raw, bool split, bool host) {
  Group subj = people_first(subj_raw, doc_), obj = people_first(obj_raw, doc_);
  core::Status st;
  if (!status_of(s, t, st)) return;
  auto make = [&](const Group& a, const Group& b) {
    Group all;
    for (const auto& x : a) add_unique(all, x);
    for (const auto& x : b) add_unique(all, x);
    if (all.size() < 2) return;
    core::Event ev;
    ev.kind = core::EventKind::Meeting;
    for (const auto& x : all) {
      core::Role r = core::Role::Participant;
      if (host) r = std::find_if(a.begin(), a.end(), [&](const Arg& y) { return y.entity == x.entity; }) != a.end()
                        ? core::Role::Host : core::Role::Guest;
      ev.participants.push_back({x.entity, r, x.span});
    }
    ev.status = st;
    bool call = false;
    const auto& sen = doc_.sentences[s];
    for (size_t i = (t > sen.first_token + 4 ? t - 4 : sen.first_token); i < sen.last_token && i < t + 6; ++i)
      if (has(i, kCall)) call = true;
    ev.mode = call ? core::Mode::Call : (has(t, kMeetWith) ? core::Mode::Unknown : core::Mode::InPerson);
    auto [d, tx] = date_near(s, t, 40);
    ev.date = d;
    ev.timex = tx;
    ev.sentence = s;
    ev.evidence = sen.span;
    ev.trigger = doc_.tokens[t].span;
    ev.citations = sen.citations;
    if (!sentence_speakers_.empty()) ev.claimed_by = sentence_speakers_[0].entity;
    place_of(s, t, ev);
    if (st == core::Status::Occurred && after_dct(ev.date, doc_.dct)) ev.status = core::Status::Planned;
    bool undated = ev.date.empty();
    // "they", "the two leaders" refer to a meeting told in a main clause, not to one
    // mentioned in passing ("as discussed by X and Y at the summit")
    bool main_clause = false;
    for (const auto& x : all)
      main_clause |= !x.span.empty() && x.span.begin < doc_.tokens[std::min<size_t>(sen.first_token + 4, sen.last_token - 1)].span.end;
    events_.push_back(std::move(ev));
    needs_date_.push_back(undated);
    if (main_clause) current_group_ = all;
  };
  if (split && obj.size() >= 2) {
    for (const auto& o : obj) make(subj, Group{o});
    Group all = subj;
    for (const auto& o : obj) add_unique(all, o);
    const auto& sen = doc_.sentences[s];
    bool main_clause = false;
    for (const auto& x : subj)
      main_clause |= !x.span.empty() && x.span.begin < doc_.tokens[std::min<size_t>(sen.first_token + 4, sen.last_token - 1)].span.end;
    if (all.size() >= 2 && main_clause) current_group_ = all;
  } else {
    make(subj, obj);
  }
}

// True when the sentence says the counterparts met together.
bool joint_cue(const Run&, const std::vector<std::string>& low, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i) {
    const std::string& w = low[i];
    if (w == "trilateral" || w == "jointly" || w == "together" || w == "multilateral" || w == "quadrilateral" ||
        w == "joint")
      return true;
  }
  return false;
}

void Run::meeting_verb(uint32_t s, size_t t) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  if (t > b && (is(t - 1, "the") || is(t - 1, "a") || is(t - 1, "'s") || is(t - 1, "his") || is(t - 1, "her") ||
                is(t - 1, "their")))
    return;  // a noun ("the visit")
  bool transitive = has(t, kMeetVerb) || is(t, "meeting");
  size_t j = skip_right(t + 1, e);
  Group obj;
  size_t obj_end = j;
  if (is(j, "with") || (has(t, kMeetWith) && is(j, "to"))) {
    obj_end = np_right(j + 1, e, obj);
  } else if (is(j, "by")) {
    return;  // "a dinner hosted by X": a passive
  } else if (transitive && j < e) {
    // a direct object must be a named party ("received President X", not "received support")
    size_t k = j;
    while (k < e && ment_[k] < 0 && !punct(k) && !quote(k) && k < j + 6 && !has(k, kMeetNoun | kSay)) ++k;
    Group ref;
    if ((k < e && ment_[k] >= 0) || reference(j, e, ref) > j) obj_end = np_right(j, e, obj);
    // a place is a trip, not a meeting
    // a place is a trip, not a meeting; only "met" takes an organisation as its object
    Group people = people_first(obj, doc_);
    bool met = is(t, "met") || is(t, "meet") || is(t, "meets");
    if (!people.empty() && (type_of(people[0].entity) == EntityType::Place ||
                            (!met && type_of(people[0].entity) != EntityType::Person)))
      obj.clear();
  }
  Group subj;
  np_left(t, b, subj, true);

  bool host = is(t, "hosted") || is(t, "host") || is(t, "hosts") || is(t, "hosting") || is(t, "received") ||
              is(t, "receives") || is(t, "welcomed");
  bool alone = is(t, "met") || is(t, "meet") || is(t, "meets") || has(t, kMeetWith);
  conclude_meeting(s, t, std::move(subj), obj, obj_end, alone, host);
}

void Run::meeting_noun(uint32_t s, size_t t) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  // A proper name ("the U.S.-ASEAN Ministerial Meeting") is a meeting only with a party.
  size_t j = skip_right(t + 1, e);
  // "a summit in Ottawa next month between X and Y", "talks on this with X"
  for (size_t k = j; k < e && k < j + 7 && !punct(k) && !quote(k) && !has(k, kSay | kMeetVerb | kLight | kMeetNoun); ++k)
    if (is(k, "between") || is(k, "with")) {
      if (k > j && is(k, "with") && ment_[k - 1] >= 0 && type_of(entity_at(k - 1)) == EntityType::Person) break;
      j = k;
      break;
    }
  Group obj, subj;
  if (is(j, "between") || is(j, "among") || (is(j, "of") && cap(t))) {
    Group all;
    np_right(j + 1, e, all);
    all = people_first(all, doc_);
    if (all.size() >= 2) emit_meeting(s, t, all, {}, false, false);
    return;
  }
  // "the U.S.-ASEAN Ministerial Meeting", "a Japan-Poland committee": the parties of a
  // hyphenated pair before the noun; a person subject stands for the first of them
  for (size_t k = t; k > b && k + 5 > t; --k) {
    size_t p = k - 1;
    if (ment_[p] < 0 || p < b + 2 || (!is(p - 1, "-") && !is(p - 1, "\xE2\x80\x93"))) continue;
    size_t q = p - 2;
    if (ment_[q] < 0) continue;
    int32_t a = entity_at(q), c = entity_at(p);
    if (a < 0 || c < 0 || a == c || type_of(a) == EntityType::Person || type_of(c) == EntityType::Person) break;
    Group who = first_person_subject(b, mention(q).first_token);
    Group parties{{a, mention(q).span}, {c, mention(p).span}};
    if (!who.empty()) emit_meeting(s, t, {who[0]}, {parties[1]}, false, false);
    else emit_meeting(s, t, {parties[0]}, {parties[1]}, false, false);
    return;
  }
  size_t obj_end = j;
  if (is(j, "with")) obj_end = np_right(j + 1, e, obj);
  // The subject: a possessor ("X's meeting"), the subject of a light verb ("X held
  // talks"), a sentence speaker, or the first person of the clause.
  size_t k = t;
  bool found_light = false;
  while (k > b && k + 8 > t) {
    size_t p = k - 1;
    if (is(p, "'s")) {
      np_left(p, b, subj);
      break;
    }
    if (is(p, "his") || is(p, "her") || is(p, "their")) {
      reference(p, p + 1, subj);
      break;
    }
    if (has(p, kLight)) {
      found_light = true;
      // "to continue discussions with": the main clause's subject
      if (p > b && is(p - 1, "to")) subj = first_person_subject(b, p);
      else np_left(p, b, subj, true);
      break;
    }
    if (ment_[p] >= 0 || boundary(p) || is(p, "with")) break;
    --k;
  }
  conclude_meeting(s, t, std::move(subj), obj, obj_end, found_light, false);  // "X and Y held talks"
}

// The subject of a meeting whose trigger gave none: the sentence's speaker, the first
// person of the clause, or the main clause's subject after a fronted phrase ("After a
// day of meetings with A, B and C, Clark told ..."). A subject group meets alone ("X and
// Y met") when `alone_ok`.
void Run::conclude_meeting(uint32_t s, size_t t, Group subj, const Group& obj, size_t obj_end, bool alone_ok, bool host) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  if (subj.empty() && !obj.empty()) subj = sentence_speakers_;
  if (subj.empty() && !obj.empty()) subj = first_person_subject(b, t);
  if (subj.empty() && !obj.empty() && turn_speaker_ >= 0) subj.push_back({turn_speaker_, {}});
  if (subj.empty() && !obj.empty() && obj_end < e && is(obj_end, ",")) subj = first_person_subject(obj_end + 1, e);
  // "the President's meeting with President X": a description that names a counterpart
  Group objp = people_first(obj, doc_);
  subj.erase(std::remove_if(subj.begin(), subj.end(),
                            [&](const Arg& a) {
                              return std::any_of(objp.begin(), objp.end(), [&](const Arg& o) { return o.entity == a.entity; });
                            }),
             subj.end());
  if (subj.empty() && objp.size() >= 2 && joint_cue(*this, low_, b, e)) {
    emit_meeting(s, t, objp, {}, false, false);
    return;
  }
  if (obj.empty()) {
    if (alone_ok && people_first(subj, doc_).size() >= 2) emit_meeting(s, t, subj, {}, false, false);
    return;
  }
  if (subj.empty()) return;
  emit_meeting(s, t, subj, obj, !joint_cue(*this, low_, b, e), host);
}

void Run::discuss(uint32_t s, size_t t) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  if (is(t + 1, "by")) {  // "as discussed by President Biden and President Xi"
    Group g;
    np_right(t + 2, e, g);
    g = people_first(g, doc_);
    if (g.size() >= 2) emit_meeting(s, t, g, {}, false, false);
    return;
  }
  size_t j = t + 1;
  while (j < e && j < t + 10 && !is(j, "with") && !boundary(j) && !quote(j)) ++j;
  if (!is(j, "with")) return;
  Group obj, subj;
  np_right(j + 1, e, obj);
  np_left(t, b, subj);
  if (subj.empty()) subj = sentence_speakers_;
  if (subj.empty() || obj.empty()) return;
  emit_meeting(s, t, subj, obj, !joint_cue(*this, low_, b, e), false);
}

// ---------------------------------------------------------------------------
// Statements.

void Run::emit_statement(uint32_t s, size_t t, const Arg& speaker, size_t content_from) {
  const auto& sen = doc_.sentences[s];
  core::Event ev;
  ev.kind = core::EventKind::Statement;
  ev.participants.push_back({speaker.entity, core::Role::Speaker, speaker.span});
  ev.sentence = s;
  ev.evidence = sen.span;
  ev.trigger = doc_.tokens[t].span;
  if (content_from < sen.last_token) ev.content = tok_span(content_from, sen.last_token);
  ev.citations = sen.citations;
  // The date: a timex next to the verb or the speaker, not one inside the words said.
  // The nearest one from just before the speaker ("Yesterday, X said") to just after the
  // verb ("said Saturday"); one before the speaker belongs to the words said.
  size_t lo = t > sen.first_token + 6 ? t - 6 : sen.first_token;
  std::pair<std::string, int32_t> best{"", -1};
  size_t best_d = 100;
  for (size_t i = lo; i < sen.last_token && i < t + 4; ++i)
    if (timex_[i] >= 0 && !quote(i)) {
      const auto& x = doc_.timexes[timex_[i]];
      if (!(x.type == core::TimexType::Date || x.type == core::TimexType::Time) || calendar_date(x.value, doc_.dct).empty())
        continue;
      if (!speaker.span.empty() && x.span.end <= speaker.span.begin && x.span.end + 4 < speaker.span.begin) continue;
      size_t d = i < t ? t - i : i - t;
      if (d < best_d) {
        best_d = d;
        best = date_near(s, i, 0);
      }
    }
  if (best.first.empty()) {
    // "Speaking last night, X said": a sentence-initial timex
    for (size_t i = sen.first_token; i < sen.last_token && i < sen.first_token + 4; ++i)
      if (timex_[i] >= 0) {
        best = date_near(s, i, 0);
        break;
      }
  }
  ev.date = best.first;
  ev.timex = best.second;
  for (const auto& x : events_)
    if (x.kind == ev.kind && x.sentence == s && x.participants[0].entity == speaker.entity && x.date == ev.date) return;
  events_.push_back(std::move(ev));
  needs_date_.push_back(best.first.empty());
}

void Run::statement(uint32_t s, size_t t, Group& speakers_out) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  if (t > b && (is(t - 1, "the") || is(t - 1, "a") || is(t - 1, "be") || is(t - 1, "been") || is(t - 1, "was") ||
                is(t - 1, "were") || is(t - 1, "is") || is(t - 1, "are") || is(t - 1, "being")))
    return;  // a noun, or a passive ("residents were warned")
  Group subj;
  bool ing = has(t, kSayIng);
  parenthetical_any_ = false;
  np_left(t, b, subj, !ing);
  parenthetical_any_ = true;
  if (!subj.empty()) {
    // "The U.S. official described": the head is a common noun; the speaker is unnamed
    size_t p = t;
    while (p > b && aux_like(p - 1) && ment_[p - 1] < 0) --p;
    Span last = subj.back().span;
    // ... but "A Foreign Ministry statement said", "an EC spokesman said" speak for the body named
    bool voice = is(p - 1, "statement") || is(p - 1, "spokesman") || is(p - 1, "spokeswoman") ||
                 is(p - 1, "spokesperson") || is(p - 1, "communique") || is(p - 1, "announcement");
    if (p > b && ment_[p - 1] < 0 && !cap(p - 1) && !punct(p - 1) && !quote(p - 1) &&
        doc_.tokens[p - 1].span.begin >= last.end && !voice)
      subj.clear();
  }
  if (subj.empty() && !ing) {
    // inverted: '"...," said X' / 'commented X' (not "told X": X is the listener)
    bool invertible = is(t, "said") || is(t, "says") || is(t, "added") || is(t, "noted") || is(t, "commented") ||
                      is(t, "explained") || is(t, "wrote") || is(t, "replied") || is(t, "remarked") ||
                      is(t, "declared") || is(t, "stated") || is(t, "recalled") || is(t, "observed");
    if (invertible && t > b && (is(t - 1, ",") || quote(t - 1))) np_right(t + 1, e, subj);
  }
  if (subj.empty() && ing) subj = first_person_subject(b, t);
  subj = people_first(subj, doc_);
  // a country or city speaks only with a plain verb of saying ("North Korea stated")
  bool plain = is(t, "said") || is(t, "says") || is(t, "stated") || is(t, "states") || is(t, "announced") ||
               is(t, "told") || is(t, "warned") || is(t, "confirmed") || is(t, "declared") || is(t, "denied") ||
               is(t, "claimed") || is(t, "insisted") || is(t, "demanded") || is(t, "expressed") || is(t, "criticised") ||
               is(t, "criticized") || is(t, "reiterated") || is(t, "agreed");
  if (!plain)
    subj.erase(std::remove_if(subj.begin(), subj.end(), [&](const Arg& a) { return type_of(a.entity) == EntityType::Place; }),
               subj.end());
  if (subj.empty()) return;
  size_t content = t + 1;
  if (is(content, "that")) ++content;
  for (const auto& a : subj) {
    emit_statement(s, t, a, content);
    add_unique(speakers_out, a);
  }
}

void Run::according_to(uint32_t s, size_t t, Group& speakers_out) {
  const auto& sen = doc_.sentences[s];
  Group g;
  size_t lim = t + 2;
  while (lim < sen.last_token && !is(lim, ",")) ++lim;  // "According to ABC News, Basya ..."
  np_right(t + 2, lim, g);
  g = people_first(g, doc_);
  for (const auto& a : g) {
    emit_statement(s, t, a, sen.first_token);
    add_unique(speakers_out, a);
  }
}

// "PRESIDENT BIDEN: ..." / "SECRETARY BLINKEN: ..." at a line start: the turn's speaker.
void Run::transcript_turn(uint32_t s) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  if (!doc_.tokens[b].line_start) return;
  size_t colon = b;
  while (colon < e && colon < b + 6 && !is(colon, ":")) ++colon;
  if (colon >= e || !is(colon, ":") || colon == b) return;
  for (size_t i = b; i < colon; ++i) {
    std::string_view v = doc_.view(doc_.tokens[i].span);
    for (char c : v)
      if (c >= 'a' && c <= 'z') return;  // a label is upper case
  }
  int32_t speaker = -1;
  for (size_t i = b; i < colon && speaker < 0; ++i)
    if (entity_at(i) >= 0 && type_of(entity_at(i)) == EntityType::Person) speaker = entity_at(i);
  if (speaker < 0) {
    // match the label against the names and aliases, case-insensitively
    std::string label, low;
    for (size_t i = b; i < colon; ++i) {
      if (!label.empty()) label += ' ';
      label += word(i);
    }
    for (size_t en = 0; en < doc_.entities.size() && speaker < 0; ++en) {
      if (doc_.entities[en].type != EntityType::Person) continue;
      std::vector<std::string> names{doc_.entities[en].name};
      names.insert(names.end(), doc_.entities[en].aliases.begin(), doc_.entities[en].aliases.end());
      for (const auto& n : names) {
        lower_into(n, low);
        if (low == label) speaker = int32_t(en);
        size_t sp = low.rfind(' ');
        std::string last = sp == std::string::npos ? low : low.substr(sp + 1);
        size_t lsp = label.rfind(' ');
        if (lsp != std::string::npos && label.substr(lsp + 1) == last && last.size() > 2 && !low.empty() &&
            sp != std::string::npos)
          speaker = int32_t(en);
      }
    }
  }
  turn_speaker_ = speaker;
  if (speaker < 0) return;
  emit_statement(s, colon, {speaker, tok_span(b, colon)}, colon + 1);
  needs_date_.back() = true;
}

// "The below is attributable to X", "X provided the following readout", a signature
// line "X, Department Spokesperson".
void Run::special_lines(uint32_t s, Group& speakers_out) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  for (size_t i = b; i + 1 < e; ++i) {
    if (is(i, "attributable") && is(i + 1, "to")) {
      Group g;
      np_right(i + 2, e, g);
      for (const auto& a : people_first(g, doc_)) {
        emit_statement(s, i, a, e);
        add_unique(speakers_out, a);
      }
    }
    if (is(i, "following") && (is(i + 1, "readout") || is(i + 1, "statement"))) {
      Group g = first_person_subject(b, i);
      for (const auto& a : g) {
        emit_statement(s, i, a, e);
        add_unique(speakers_out, a);
      }
    }
  }
  // A line that is only "Name, Title": a signature.
  if (doc_.tokens[b].line_start && ment_[b] >= 0 && entity_at(b) >= 0 && type_of(entity_at(b)) == EntityType::Person) {
    size_t k = mention(b).last_token;
    if (k < e && is(k, ",")) {
      bool title_only = k + 1 < e;
      for (size_t i = k + 1; i < e; ++i)
        if (!(cap(i) || is(i, "of") || is(i, "for") || is(i, "the") || is(i, "and"))) title_only = false;
      if (title_only && (s + 1 >= doc_.sentences.size() || doc_.sentences[s + 1].paragraph != sen.paragraph ||
                         doc_.tokens[doc_.sentences[s + 1].first_token].line_start)) {
        emit_statement(s, b, {entity_at(b), mention(b).span}, e);
        add_unique(speakers_out, {entity_at(b), mention(b).span});
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Trips.

void Run::travel(uint32_t s, size_t t) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  bool noun = has(t, kTravelNoun) && t > b &&
              (is(t - 1, "the") || is(t - 1, "a") || is(t - 1, "'s") || is(t - 1, "his") || is(t - 1, "her") ||
               is(t - 1, "their") || has(t - 1, kPlanned) || cap(t - 1) || doc_.tokens[t - 1].kind == core::TokenKind::Number ||
               is(t - 1, "-") || is(t - 1, "official") || is(t - 1, "state"));
  if (!noun && !has(t, kTravelVerb)) return;
  if ((is(t, "left") || is(t, "leave") || is(t, "leaves")) && !is(t + 1, "for")) return;
  size_t j = skip_right(t + 1, e);
  bool visit = is(t, "visit") || is(t, "visited") || is(t, "visits") || is(t, "visiting");
  if (is(j, "to") || is(j, "in") || is(j, "for") || is(j, "at")) ++j;
  else if (!visit) return;
  Group places;
  np_right(j, e, places);
  Group dest;
  for (const auto& a : places)
    if (type_of(a.entity) == EntityType::Place) dest.push_back(a);
  if (dest.empty()) return;
  Group who;
  if (noun) {
    size_t p = t - 1;
    while (p > b && p + 4 > t && !is(p, "'s") && !is(p, "his") && !is(p, "her") && !is(p, "their")) --p;
    if (is(p, "'s")) np_left(p, b, who);
    else if (is(p, "his") || is(p, "her") || is(p, "their")) reference(p, p + 1, who);
  } else {
    np_left(t, b, who);
    if (who.empty()) who = first_person_subject(b, t);
  }
  Group people;
  for (const auto& a : who)
    if (type_of(a.entity) == EntityType::Person) people.push_back(a);
  if (people.empty()) return;
  core::Status st;
  if (!status_of(s, t, st)) return;
  for (const auto& d : dest) {
    core::Event ev;
    ev.kind = core::EventKind::Travel;
    for (const auto& a : people) ev.participants.push_back({a.entity, core::Role::Traveller, a.span});
    ev.place = d.entity;
    ev.place_span = d.span;
    ev.status = st;
    auto [date, tx] = date_near(s, t, 40);
    ev.date = date;
    ev.timex = tx;
    ev.sentence = s;
    ev.evidence = sen.span;
    ev.trigger = doc_.tokens[t].span;
    ev.citations = sen.citations;
    if (st == core::Status::Occurred && after_dct(ev.date, doc_.dct)) ev.status = core::Status::Planned;
    events_.push_back(std::move(ev));
    needs_date_.push_back(false);
  }
}

// ---------------------------------------------------------------------------
// Titles: "Readout of X's Call with Y", "X and Y Before Their Meeting", "Joint
// Statement by A, B and C", "Meeting of A, B and C", "CLARK HOLDS TALKS WITH SHULTZ".

void Run::title_events() {
  if (doc_.title.empty()) return;
  size_t base = doc_.text.find(doc_.title);
  if (base == std::string::npos) return;
  std::string low;
  lower_into(doc_.title, low);
  // lower_into maps a 3-byte apostrophe to one byte: keep a byte map back to the title
  std::vector<uint32_t> back;
  for (size_t i = 0; i < doc_.title.size(); ++i) {
    back.push_back(uint32_t(i));
    if (doc_.title.compare(i, 3, "\xE2\x80\x99") == 0) i += 2;
  }
  back.push_back(uint32_t(doc_.title.size()));
  struct Hit {
    size_t pos, len;
    int32_t entity;
  };
  std::vector<Hit> hits;
  std::string n;
  auto word_char = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80; };
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    if (doc_.entities[e].type == EntityType::Misc) continue;
    std::vector<std::string> names{doc_.entities[e].name};
    names.insert(names.end(), doc_.entities[e].aliases.begin(), doc_.entities[e].aliases.end());
    if (doc_.entities[e].type == EntityType::Person) {
      // the surname alone ("President Macron" for Emmanuel Macron)
      std::string nm = doc_.entities[e].name;
      for (const char* suffix : {", Jr.", " Jr.", " III", " II"})
        if (nm.size() > std::strlen(suffix) && nm.compare(nm.size() - std::strlen(suffix), std::strlen(suffix), suffix) == 0)
          nm.erase(nm.size() - std::strlen(suffix));
      size_t sp = nm.rfind(' ');
      if (sp != std::string::npos) names.push_back(nm.substr(sp + 1));
    }
    for (const auto& nm : names) {
      lower_into(nm, n);
      if (n.size() < 3) continue;
      for (size_t p = low.find(n); p != std::string::npos; p = low.find(n, p + 1)) {
        if ((p > 0 && word_char(low[p - 1])) || (p + n.size() < low.size() && word_char(low[p + n.size()]) &&
                                                  low.compare(p + n.size(), 2, "'s") != 0))
          continue;
        hits.push_back({p, n.size(), int32_t(e)});
      }
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.pos != b.pos ? a.pos < b.pos : a.len > b.len; });
  std::vector<Hit> kept;
  for (const auto& h : hits)
    if (kept.empty() || h.pos >= kept.back().pos + kept.back().len) kept.push_back(h);
  auto group_in = [&](size_t from, size_t to) {
    Group g;
    for (const auto& h : kept)
      if (h.pos >= from && h.pos + h.len <= to) {
        // "President Xi Jinping of the People's Republic of China": a person's "of X" is a modifier
        if (type_of(h.entity) != EntityType::Person && h.pos >= 3 && low.compare(h.pos - 3, 3, "of ") == 0 && !g.empty())
          continue;
        if (type_of(h.entity) != EntityType::Person && h.pos >= 7 && low.compare(h.pos - 7, 7, "of the ") == 0 && !g.empty())
          continue;
        add_unique(g, {h.entity, Span{uint32_t(base + back[h.pos]), uint32_t(base + back[h.pos + h.len])}});
      }
    return people_first(g, doc_);
  };
  auto find_word = [&](const char* w, size_t from = 0) {
    size_t L = std::strlen(w);
    for (size_t p = low.find(w, from); p != std::string::npos; p = low.find(w, p + 1))
      if ((p == 0 || !word_char(low[p - 1])) && (p + L >= low.size() || !word_char(low[p + L]))) return p;
    return std::string::npos;
  };
  Span whole{uint32_t(base), uint32_t(base + doc_.title.size())};
  auto title_event = [&](core::EventKind kind, const Group& g, size_t trig, size_t trig_len) {
    core::Event ev;
    ev.kind = kind;
    for (const auto& a : g)
      ev.participants.push_back({a.entity, kind == core::EventKind::Statement ? core::Role::Speaker : core::Role::Participant, a.span});
    ev.evidence = whole;
    ev.trigger = {uint32_t(base + back[trig]), uint32_t(base + back[trig + trig_len])};
    ev.sentence = 0;
    ev.mode = core::Mode::InPerson;
    return ev;
  };
  size_t stmt = find_word("statement");
  if (stmt != std::string::npos) {
    size_t end = find_word("on", stmt);
    size_t reg = find_word("regarding", stmt);
    end = std::min(end == std::string::npos ? low.size() : end, reg == std::string::npos ? low.size() : reg);
    Group g = group_in(stmt, end);
    for (const auto& a : g) {
      events_.push_back(title_event(core::EventKind::Statement, {a}, stmt, 9));
      events_.back().date = doc_.dct;
      needs_date_.push_back(false);
    }
    return;
  }
  const char* triggers[] = {"meeting", "call", "meets", "met", "talks", "conversation", "visit", "summit", "discuss"};
  size_t trig = std::string::npos, trig_len = 0;
  for (const char* w : triggers) {
    size_t p = find_word(w);
    if (p < trig) {
      trig = p;
      trig_len = std::strlen(w);
    }
  }
  if (trig == std::string::npos) return;
  Group left, right;
  size_t of = find_word("of", trig);
  size_t with = find_word("with", trig);
  size_t before = find_word("before");
  bool joint = find_word("trilateral") != std::string::npos || find_word("joint") != std::string::npos;
  if (of == trig + trig_len + 1) {  // "Meeting of A, B, C, and D"
    Group g = group_in(of, low.size());
    if (g.size() >= 2) {
      events_.push_back(title_event(core::EventKind::Meeting, g, trig, trig_len));
      needs_date_.push_back(true);
      current_group_ = g;
    }
    return;
  }
  if (before != std::string::npos && before < trig) {  // "X and Y Before Their Meeting"
    size_t from = find_word("by");
    Group g = group_in(from == std::string::npos || from > before ? 0 : from, before);
    if (g.size() >= 2) {
      events_.push_back(title_event(core::EventKind::Meeting, g, trig, trig_len));
      events_.back().date = doc_.dct;
      needs_date_.push_back(false);
      current_group_ = g;
    }
    return;
  }
  left = group_in(0, trig);
  if (with != std::string::npos) right = group_in(with, low.size());
  if (trig_len == 5 && low.compare(trig, 5, "visit") == 0) return;  // a visit to a place: a trip
  if (left.empty() || right.empty()) return;
  std::vector<Group> meetings;
  if (joint || right.size() == 1) {
    Group g = left;
    for (const auto& a : right) add_unique(g, a);
    meetings.push_back(g);
  } else {
    for (const auto& a : right) {
      Group g = left;
      add_unique(g, a);
      meetings.push_back(g);
    }
  }
  for (const auto& g : meetings) {
    bool person = false;
    for (const auto& a : g) person |= type_of(a.entity) == EntityType::Person;
    if (g.size() < 2 || !person) continue;
    events_.push_back(title_event(core::EventKind::Meeting, g, trig, trig_len));
    if (low.compare(trig, 4, "call") == 0 || find_word("virtual") != std::string::npos ||
        find_word("phone") != std::string::npos)
      events_.back().mode = core::Mode::Call;
    needs_date_.push_back(true);
    current_group_ = g;
  }
}

// ---------------------------------------------------------------------------

void Run::sentence(uint32_t s) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  sentence_speakers_.clear();
  if (doc_.tokens[b].line_start) {
    size_t before = events_.size();
    transcript_turn(s);
    if (events_.size() > before) add_unique(sentence_speakers_, events_.back().participants[0].entity >= 0
                                                                    ? Arg{events_.back().participants[0].entity, {}}
                                                                    : Arg{});
  }
  special_lines(s, sentence_speakers_);
  // statements first: their speakers are the fallback subjects and the claimants of
  // meetings in the same sentence
  for (size_t t = b; t < e; ++t) {
    if (ment_[t] >= 0) continue;  // "United States" is no verb of saying
    if (has(t, kSay | kSayIng)) statement(s, t, sentence_speakers_);
    else if (is(t, "agreed") && (is(t + 1, ",") || is(t + 1, ":") || is(t + 1, "that") || quote(t + 1)))
      statement(s, t, sentence_speakers_);  // 'Getty agreed, "Things are ..."'

    if (is(t, "according") && is(t + 1, "to")) according_to(s, t, sentence_speakers_);
  }
  for (size_t t = b; t < e; ++t) {
    if (ment_[t] >= 0) continue;
    if (has(t, kMeetNoun)) meeting_noun(s, t);
    if (has(t, kMeetVerb | kMeetWith) && !(has(t, kMeetNoun) && t > b && is(t - 1, "'s"))) meeting_verb(s, t);
    else if (is(t, "meeting") && t > b && (is(t - 1, "of") || is(t - 1, "after") || is(t - 1, "before") ||
                                           is(t - 1, "while") || is(t - 1, "since") || is(t - 1, "by")))
      meeting_verb(s, t);  // "the opportunity of meeting President X"
    if (has(t, kDiscuss)) discuss(s, t);
    if (has(t, kTravelVerb | kTravelNoun)) travel(s, t);
  }
  Group subj;
  for (const auto& a : sentence_speakers_)
    if (type_of(a.entity) == EntityType::Person) subj.push_back(a);
  if (subj.empty()) subj = first_person_subject(b, e);
  if (!subj.empty()) prev_subject_ = subj;
  // the paragraph's reference date: its latest explicit calendar date so far
  for (size_t k = 0; k < doc_.timexes.size(); ++k)
    if (doc_.timexes[k].sentence == s && doc_.timexes[k].type == core::TimexType::Date) {
      std::string d = calendar_date(doc_.timexes[k].value, doc_.dct);
      if (d.size() == 10) para_date_[sen.paragraph] = d;
    }
}

// The first calendar date of the body's first paragraph, if it is not after the
// document date ("Yesterday, President X and King Y held a meeting").
std::string Run::first_body_date() const {
  for (const auto& x : doc_.timexes) {
    if (x.sentence >= doc_.sentences.size()) continue;
    if (doc_.sentences[x.sentence].paragraph > doc_.sentences[0].paragraph) break;
    std::string d = calendar_date(x.value, doc_.dct);
    if (d.size() == 10 && (doc_.dct.empty() || d <= doc_.dct)) return d;
  }
  return "";
}

void Run::finish() {
  // The lead date: the first dated meeting of the title or the first paragraph.
  std::string lead;
  for (size_t i = 0; i < events_.size(); ++i) {
    const auto& ev = events_[i];
    if (ev.kind != core::EventKind::Meeting || ev.date.empty()) continue;
    bool early = ev.evidence.begin < doc_.body.begin ||
                 (ev.sentence < doc_.sentences.size() && doc_.sentences[ev.sentence].paragraph <= 1);
    if (early && ev.status == core::Status::Occurred) lead = ev.date;
    break;
  }
  // Title meetings take the date of a body meeting that shares a participant.
  for (size_t i = 0; i < events_.size(); ++i) {
    auto& ev = events_[i];
    if (!needs_date_[i]) continue;
    if (ev.kind == core::EventKind::Meeting) {
      for (const auto& o : events_)
        if (&o != &ev && o.kind == core::EventKind::Meeting && !o.date.empty() && o.evidence.begin >= doc_.body.begin &&
            ev.evidence.begin < doc_.body.begin) {
          bool share = false;
          for (const auto& a : ev.participants)
            for (const auto& c : o.participants) share |= a.entity == c.entity;
          if (share) {
            ev.date = o.date;
            ev.timex = o.timex;
            break;
          }
        }
      // a body meeting: its paragraph's reference date, the lead date, the document date
      uint32_t para = ev.sentence < doc_.sentences.size() ? doc_.sentences[ev.sentence].paragraph : 0;
      bool title = ev.evidence.begin < doc_.body.begin;
      if (ev.date.empty() && !title && para < para_date_.size()) ev.date = para_date_[para];
      if (ev.date.empty() && title) ev.date = first_body_date();
      if (ev.date.empty()) ev.date = lead.empty() ? doc_.dct : lead;
    } else if (ev.kind == core::EventKind::Statement) {
      uint32_t para = ev.sentence < doc_.sentences.size() ? doc_.sentences[ev.sentence].paragraph : 0;
      bool in_lead_para = false;
      std::string pd = para < para_date_.size() ? para_date_[para] : "";
      (void)in_lead_para;
      ev.date = !lead.empty() ? lead : !pd.empty() ? pd : doc_.dct;
    }
  }
  // One meeting reported twice is one meeting: same participants, compatible dates.
  auto set_of = [](const core::Event& ev) {
    std::vector<int32_t> v;
    for (const auto& a : ev.participants) v.push_back(a.entity);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  };
  std::vector<bool> drop(events_.size(), false);
  for (size_t i = 0; i < events_.size(); ++i) {
    if (events_[i].kind != core::EventKind::Meeting || drop[i]) continue;
    auto si = set_of(events_[i]);
    for (size_t j = 0; j < events_.size(); ++j) {
      if (i == j || drop[j] || events_[j].kind != core::EventKind::Meeting) continue;
      auto sj = set_of(events_[j]);
      bool compatible = events_[i].date == events_[j].date || events_[j].date.empty();
      bool same_status = (events_[i].status == core::Status::Cancelled || events_[i].status == core::Status::Denied) ==
                         (events_[j].status == core::Status::Cancelled || events_[j].status == core::Status::Denied);
      if (!compatible || !same_status) continue;
      bool subset = std::includes(si.begin(), si.end(), sj.begin(), sj.end());
      // the same set reported again; or a title meeting that the body tells in full
      bool title = events_[j].evidence.begin < doc_.body.begin;
      if (subset && ((sj.size() == si.size() && (j > i || events_[j].date.empty())) ||
                     (sj.size() < si.size() && title)))
        drop[j] = true;
    }
  }
  std::vector<core::Event> out;
  for (size_t i = 0; i < events_.size(); ++i)
    if (!drop[i]) out.push_back(std::move(events_[i]));
  std::stable_sort(out.begin(), out.end(), [](const core::Event& a, const core::Event& b) {
    return a.evidence.begin != b.evidence.begin ? a.evidence.begin < b.evidence.begin : a.trigger.begin < b.trigger.begin;
  });
  doc_.events = std::move(out);
}

void Run::extract() {
  const size_t n = doc_.tokens.size();
  cls_.assign(n, 0);
  low_.resize(n);
  ment_.assign(n, -1);
  timex_.assign(n, -1);
  for (size_t t = 0; t < n; ++t) {
    lower_into(doc_.view(doc_.tokens[t].span), low_[t]);
    cls_[t] = lex_.classes(low_[t]);
  }
  for (size_t m = 0; m < doc_.mentions.size(); ++m) {
    const auto& mm = doc_.mentions[m];
    if (mm.entity < 0 || size_t(mm.entity) >= doc_.entities.size()) continue;
    for (size_t t = mm.first_token; t < mm.last_token && t < n; ++t) ment_[t] = int32_t(m);
  }
  {
    size_t t = 0;
    for (size_t k = 0; k < doc_.timexes.size(); ++k) {
      Span sp = doc_.timexes[k].span;
      while (t < n && doc_.tokens[t].span.end <= sp.begin) ++t;
      for (size_t u = t; u < n && doc_.tokens[u].span.begin < sp.end; ++u) timex_[u] = int32_t(k);
    }
  }
  titles_.assign(doc_.entities.size(), {});
  mention_count_.assign(doc_.entities.size(), 0);
  std::string buf;
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    if (!doc_.entities[e].job_title.empty()) {
      lower_into(doc_.entities[e].job_title, buf);
      titles_[e].push_back(buf);
    }
  }
  for (const auto& m : doc_.mentions) {
    if (m.entity < 0 || size_t(m.entity) >= doc_.entities.size()) continue;
    ++mention_count_[m.entity];
    if (!m.title.empty()) {
      lower_into(doc_.view(m.title), buf);
      auto& v = titles_[m.entity];
      if (std::find(v.begin(), v.end(), buf) == v.end()) v.push_back(buf);
    }
  }
  uint32_t paragraphs = 0;
  for (const auto& s : doc_.sentences) paragraphs = std::max(paragraphs, s.paragraph + 1);
  para_date_.assign(paragraphs, "");
  title_events();
  for (uint32_t s = 0; s < doc_.sentences.size(); ++s) sentence(s);
  finish();
}

}  // namespace

EventExtractor::EventExtractor(const Options& options)
    : lexicon_(std::make_unique<const Lexicon>(Lexicon::load(
          options.lexicon_path.empty() ? core::resource_path("data/events_lexicon.tsv") : options.lexicon_path))) {}

EventExtractor::~EventExtractor() = default;
EventExtractor::EventExtractor(EventExtractor&&) noexcept = default;
EventExtractor& EventExtractor::operator=(EventExtractor&&) noexcept = default;

void EventExtractor::annotate(core::Document& doc) const {
  Run run(*lexicon_, doc);
  run.extract();
}

}  // namespace ng::events
