// Meetings read from the dependency tree: a trigger's frame (data/event_frames.tsv) names
// the dependents that fill each side; a few named passes, each a general fact about
// English clauses, widen or resolve the fillers. Runs after the surface patterns of the
// sentence and adds only meetings they missed.
#include <algorithm>
#include <cstring>

#include "core/error.h"
#include "events/run.h"

namespace ng::events::detail {

using core::Dep;
using core::Upos;

namespace {

// The passes in the order they run: structural ones first (they add fillers of other
// clauses), then the widening ones: apposition (a description's name), the parties and
// countries a description names, conjuncts (of every filler so far). The widening passes
// run again while they add fillers, so that each applies to what the others found ("We,
// the leaders of A and B": a conjunct that is a description of parties).
struct TreePass {
  const char* name;
  void (Run::*apply)(TreeFrame&) const;
  bool widening;
};
const TreePass kTreePasses[] = {
    {"light_verb", &Run::pass_light_verb, false},
    {"adjunct_noun", &Run::pass_adjunct_noun, false},
    {"control", &Run::pass_control, false},
    {"relative_clause", &Run::pass_relative_clause, false},
    {"shared_subject", &Run::pass_shared_subject, false},
    {"verbless_root", &Run::pass_verbless_root, false},
    {"companions", &Run::pass_companions, false},
    {"displaced_with", &Run::pass_displaced_with, false},
    {"involving", &Run::pass_involving, false},
    {"hyphen_pair", &Run::pass_hyphen_pair, false},
    {"apposition", &Run::pass_apposition, true},
    {"parties_of", &Run::pass_parties_of, true},
    {"demonym_sides", &Run::pass_demonym_sides, true},
    {"its_people", &Run::pass_its_people, true},
    {"conjuncts", &Run::pass_conjuncts, true},
    {"collective", &Run::pass_collective, false},
    {"definite_title", &Run::pass_definite_title, false},
    {"definite_kind", &Run::pass_definite_kind, false},
    {"counterpart", &Run::pass_counterpart, false},
};

// Drops the repeated fillers of a side (the first stays, with its object flag).
void unique_fillers(std::vector<uint32_t>& side, std::vector<bool>* obj) {
  size_t out = 0;
  for (size_t i = 0; i < side.size(); ++i) {
    if (std::find(side.begin(), side.begin() + out, side[i]) != side.begin() + out) continue;
    if (obj) (*obj)[out] = (*obj)[i];
    side[out++] = side[i];
  }
  side.resize(out);
  if (obj) obj->resize(out);
}

}  // namespace

void Run::build_tree_index() {
  const size_t n = doc_.tokens.size();
  kid_begin_.assign(n + 1, 0);
  kids_.clear();
  if (doc_.syntax.size() != n) return;
  for (size_t t = 0; t < n; ++t)
    if (doc_.syntax[t].head >= 0 && size_t(doc_.syntax[t].head) < n) ++kid_begin_[doc_.syntax[t].head + 1];
  for (size_t t = 0; t < n; ++t) kid_begin_[t + 1] += kid_begin_[t];
  kids_.resize(kid_begin_[n]);
  std::vector<uint32_t> fill(kid_begin_.begin(), kid_begin_.end() - 1);
  for (size_t t = 0; t < n; ++t)
    if (doc_.syntax[t].head >= 0 && size_t(doc_.syntax[t].head) < n) kids_[fill[doc_.syntax[t].head]++] = uint32_t(t);
}

bool Run::comes_together(size_t t) const {
  if (!has(t, kTogetherVerb) || syn(t).upos != Upos::VERB) return false;
  for (uint32_t i = kid_begin_[t]; i < kid_begin_[t + 1]; ++i)
    if (has(kids_[i], kTogether)) return true;
  return false;
}

WordClasses Run::frame_classes(size_t t) const {
  Upos u = syn(t).upos;
  if (u == Upos::VERB) {
    if (comes_together(t)) return kMeetVerb;  // "came together", "brought together A and B"
    WordClasses c = cls_[t] & (kMeetVerb | kMeetWith);
    return c ? c : (has(t, kMeetNoun) ? WordClasses(kMeetVerb) : 0);  // "after meeting X": the gerund is the verb
  }
  if (u == Upos::NOUN || u == Upos::PROPN) return cls_[t] & kMeetNoun;
  return 0;
}

void Run::children_as(size_t v, Dep d, std::vector<uint32_t>& out) const {
  for (uint32_t i = kid_begin_[v]; i < kid_begin_[v + 1]; ++i)
    if (syn(kids_[i]).dep == d) out.push_back(kids_[i]);
}

bool Run::copular(size_t h) const {
  for (uint32_t i = kid_begin_[h]; i < kid_begin_[h + 1]; ++i)
    if (syn(kids_[i]).dep == Dep::cop) return true;
  return false;
}

bool Run::has_marker(size_t v, Dep d, const char* w) const {
  for (uint32_t i = kid_begin_[v]; i < kid_begin_[v + 1]; ++i)
    if (syn(kids_[i]).dep == d && low_[kids_[i]] == w) return true;
  return false;
}

Run::TimexRole Run::timex_under(size_t k, size_t t) const {
  if (!parsed(t) || k >= timex_first_.size() || timex_first_[k] == UINT32_MAX) return TimexRole::None;
  size_t a = timex_first_[k], b = timex_last_[k];
  size_t h = span_head(a, b);  // the timex's head
  if (!parsed(h)) return TimexRole::None;
  // up the tree to t; the edge into t tells the role
  size_t node = h;
  for (int steps = 0; steps < 64 && syn(node).head >= 0; ++steps) {
    size_t up = size_t(syn(node).head);
    if (up == t) {
      Dep d = syn(node).dep;
      if (d == Dep::ccomp || d == Dep::parataxis || d == Dep::csubj || d == Dep::dep)
        return TimexRole::Content;
      return TimexRole::Adjunct;
    }
    node = up;
  }
  return TimexRole::None;
}

bool Run::negated(size_t t) const {
  if (!parsed(t) || kid_begin_.size() != doc_.tokens.size() + 1) return false;
  for (uint32_t i = kid_begin_[t]; i < kid_begin_[t + 1]; ++i) {
    uint32_t c = kids_[i];
    if (syn(c).dep == Dep::advmod && (low_[c] == "not" || low_[c] == "n't" || low_[c] == "never")) return true;
  }
  return false;
}

bool Run::has_subject(size_t t) const {
  if (!parsed(t) || kid_begin_.size() != doc_.tokens.size() + 1) return false;
  for (uint32_t i = kid_begin_[t]; i < kid_begin_[t + 1]; ++i) {
    Dep d = syn(kids_[i]).dep;
    if (d == Dep::nsubj || d == Dep::nsubj_pass || d == Dep::csubj || d == Dep::expl) return true;
  }
  return false;
}

bool Run::has_case(size_t f, const std::vector<std::string>& cases) const {
  if (cases.empty()) return true;
  for (uint32_t i = kid_begin_[f]; i < kid_begin_[f + 1]; ++i)
    if (syn(kids_[i]).dep == Dep::case_ && std::find(cases.begin(), cases.end(), low_[kids_[i]]) != cases.end())
      return true;
  return false;
}

void Run::frame_fillers(size_t v, WordClasses classes, TreeFrame& f) const {
  for (uint32_t i = kid_begin_[v]; i < kid_begin_[v + 1]; ++i) {
    uint32_t c = kids_[i];
    for (const auto& row : lex_.frames().rows()) {
      if (!(row.trigger_class & classes) || syn(c).dep != row.relation || !has_case(c, row.cases)) continue;
      if (row.subject_side) {
        f.a.push_back(c);
      } else {
        f.b.push_back(c);
        // the objects of "brought together" are the ones who meet, places too
        f.from_obj_b.push_back(row.relation == Dep::obj && !comes_together(v));
      }
      break;
    }
  }
}

// "A held talks with B", "A had a meeting with B", "the summit was attended by A", "A
// participated in the talks": a meeting noun that is the object of a light verb (or follows
// "in" after a verb of taking part) takes the verb's subject, agent and with-phrase; the
// verb is the clause's.
void Run::pass_light_verb(TreeFrame& f) const {
  static const std::vector<std::string> kIn{"in"};
  size_t t = f.trigger;
  if (!(frame_classes(t) & kMeetNoun) || syn(t).head < 0) return;
  size_t h = size_t(syn(t).head);
  if (syn(h).upos != Upos::VERB) return;
  // "held talks", "attended the summit", "the summit was attended by"; "participated in the talks"
  bool light = (syn(t).dep == Dep::obj || syn(t).dep == Dep::nsubj_pass) && has(h, kLight);
  bool in = syn(t).dep == Dep::obl && has(h, kAttendIn) && has_case(t, kIn);
  if (!light && !in) return;
  f.verb = h;
  frame_fillers(h, kLight, f);
}

// "After talks with B, A said", "At their meeting in Oslo, A and B agreed", "A told B during
// a phone call", "A arrived for talks with B": a meeting noun that is an adjunct of a verb
// of no meeting (its oblique with in/at/during/after/following; with "for" after a verb of
// going, or of going along with someone: "A joined B for talks") is the verb's: the verb's
// subject and with-phrase take part (a participle's, its head's subject), and so does the
// one told ("told B during a call") when the noun names no one else.
// The parser may hang such a phrase on the verb's own object or oblique ("agreed to a
// swap at talks in Istanbul"): a meeting noun with at/during/after/following that modifies
// a noun which is the verb's object or oblique is the verb's adjunct too.
void Run::pass_adjunct_noun(TreeFrame& f) const {
  static const std::vector<std::string> kWhen{"in", "at", "during", "after", "following"};
  static const std::vector<std::string> kWhenLow{"at", "during", "after", "following"};
  static const std::vector<std::string> kFor{"for"};
  size_t t = f.trigger;
  if (f.verb != t || !(frame_classes(t) & kMeetNoun) || syn(t).head < 0) return;
  size_t h = size_t(syn(t).head);
  if (syn(t).dep == Dep::nmod && has_case(t, kWhenLow) && syn(h).upos == Upos::NOUN &&
      (syn(h).dep == Dep::obl || syn(h).dep == Dep::obj) && syn(h).head >= 0)
    h = size_t(syn(h).head);
  else if (syn(t).dep != Dep::obl)
    return;
  // "A joined B in Paris for talks": a verb of going along whose purpose is the meeting
  // has its subject and its object at it, the object on the subject's side where the
  // meeting names its own other side ("A accompanied B to Paris for talks with C")
  if (syn(t).dep == Dep::obl && has_case(t, kFor) && has(h, kCompanion) && syn(h).upos == Upos::VERB) {
    f.verb = h;
    children_as(h, Dep::nsubj, f.a);
    if (!f.b.empty()) {
      children_as(h, Dep::obj, f.a);
    } else {
      children_as(h, Dep::obj, f.b);
      f.from_obj_b.resize(f.b.size(), true);
    }
    return;
  }
  if (!verbal(syn(h).upos) || frame_classes(h) || has(h, kLight | kAttendIn)) return;
  if (!has_case(t, kWhen) && !(has(h, kTravelVerb) && has_case(t, kFor))) return;
  f.verb = h;
  frame_fillers(h, kLight, f);  // its subject, and a with-phrase the parser may hang on it
  if (f.a.empty() && syn(h).dep == Dep::advcl && syn(h).head >= 0 && verbal(syn(size_t(syn(h).head)).upos))
    children_as(size_t(syn(h).head), Dep::nsubj, f.a);  // "Speaking after talks with B, A said"
  if (f.b.empty() && has(h, kSay)) {
    children_as(h, Dep::iobj, f.b);
    children_as(h, Dep::obj, f.b);
    f.from_obj_b.resize(f.b.size(), false);
  }
}

// "A agreed to meet B", "A is expected to hold talks with B": a verb with no subject of its
// own, an open complement ("to" + verb) of another, has that verb's subject.
void Run::pass_control(TreeFrame& f) const {
  size_t v = f.verb;
  if (!f.a.empty() || syn(v).head < 0 || !has_marker(v, Dep::mark, "to")) return;
  if (syn(v).dep != Dep::xcomp && syn(v).dep != Dep::dep && syn(v).dep != Dep::ccomp && syn(v).dep != Dep::advcl)
    return;
  size_t h = size_t(syn(v).head);
  if (!verbal(syn(h).upos)) return;
  children_as(h, Dep::nsubj, f.a);
  children_as(h, Dep::nsubj_pass, f.a);
}

// "A, who met B on Monday, said": a relative clause's verb has the noun it modifies as its
// subject (the relative pronoun names no one).
void Run::pass_relative_clause(TreeFrame& f) const {
  size_t v = f.verb;
  if (syn(v).dep != Dep::acl_relcl || syn(v).head < 0) return;
  f.a.push_back(uint32_t(syn(v).head));
}

// "A arrived in Cairo and met B": a coordinated verb with no subject shares the first's.
void Run::pass_shared_subject(TreeFrame& f) const {
  size_t v = f.verb;
  if (!f.a.empty() || syn(v).dep != Dep::conj || syn(v).head < 0) return;
  size_t h = size_t(syn(v).head);
  if (!verbal(syn(h).upos)) return;
  children_as(h, Dep::nsubj, f.a);
}

// A sentence has a predicate: where the parser made a finite-looking verb a clause that
// modifies a noun of the sentence's root noun phrase, and nothing verbal heads the
// sentence, the verb is the predicate and the root noun phrase its subject.
size_t Run::verbless_subject(size_t v) const {
  if (syn(v).dep != Dep::acl || syn(v).upos != Upos::VERB || has_subject(v)) return SIZE_MAX;
  size_t r = v;
  for (int steps = 0; steps < 16 && syn(r).head >= 0; ++steps) {
    r = size_t(syn(r).head);
    Upos u = syn(r).upos;
    if (u != Upos::NOUN && u != Upos::PROPN && u != Upos::PRON) return SIZE_MAX;
  }
  return syn(r).head < 0 && r < v ? r : SIZE_MAX;
}

void Run::pass_verbless_root(TreeFrame& f) const {
  if (!f.a.empty()) return;
  if (size_t r = verbless_subject(f.verb); r != SIZE_MAX) f.a.push_back(uint32_t(r));
}

// "A, accompanied by B and C, met D", "A met D, joined by B": the agents of a participle
// of going along (data: companion) that modifies a filler, or the verb with no subject of
// its own, are on that filler's side (the subject's, for the verb).
void Run::pass_companions(TreeFrame& f) const {
  auto agents_of = [&](size_t x, std::vector<uint32_t>& side, std::vector<bool>* obj, bool from_obj, bool of_verb) {
    for (uint32_t k = kid_begin_[x]; k < kid_begin_[x + 1]; ++k) {
      uint32_t p = kids_[k];
      Dep d = syn(p).dep;
      bool attached = of_verb ? (d == Dep::advcl || d == Dep::conj) : (d == Dep::acl || d == Dep::appos);
      if (!attached || !has(p, kCompanion) || syn(p).upos != Upos::VERB || has_subject(p)) continue;
      for (uint32_t j = kid_begin_[p]; j < kid_begin_[p + 1]; ++j)
        if (syn(kids_[j]).dep == Dep::obl_agent) {
          side.push_back(kids_[j]);
          if (obj) obj->push_back(from_obj);
        }
    }
  };
  for (size_t i = 0, n = f.a.size(); i < n; ++i) agents_of(f.a[i], f.a, nullptr, false, false);
  for (size_t i = 0, n = f.b.size(); i < n; ++i) agents_of(f.b[i], f.b, &f.from_obj_b, f.from_obj_b[i], false);
  if (!f.a.empty()) agents_of(f.verb, f.a, nullptr, false, true);
}

// "talks involving A, B and C", "a meeting including A and B", "the talks, which involved A
// and B": a participle or relative clause modifying a meeting noun names the meeting's
// parties as its object (countries too: they are met, not gone to).
void Run::pass_involving(TreeFrame& f) const {
  const size_t n = f.trigger;
  if (syn(n).upos != Upos::NOUN && syn(n).upos != Upos::PROPN) return;
  for (uint32_t k = kid_begin_[n]; k < kid_begin_[n + 1]; ++k) {
    uint32_t p = kids_[k];
    if ((syn(p).dep != Dep::acl && syn(p).dep != Dep::acl_relcl) || !has(p, kInvolve) || syn(p).upos != Upos::VERB)
      continue;
    for (uint32_t j = kid_begin_[p]; j < kid_begin_[p + 1]; ++j)
      if (syn(kids_[j]).dep == Dep::obj) {
        f.b.push_back(kids_[j]);
        f.from_obj_b.push_back(false);
      }
  }
}

// "Israel-Hamas talks", "the Trump-Putin summit": a modifier of a meeting noun made of
// names joined by hyphens, each of a party or person the article names, gives the meeting
// one side per name (each stands in by its first mention in the article).
void Run::pass_hyphen_pair(TreeFrame& f) const {
  const size_t n = f.trigger;
  if (syn(n).upos != Upos::NOUN || !has(n, kMeetNoun)) return;
  for (uint32_t k = kid_begin_[n]; k < kid_begin_[n + 1]; ++k) {
    uint32_t c = kids_[k];
    if (c > n || (syn(c).dep != Dep::compound && syn(c).dep != Dep::amod)) continue;
    std::string_view text = doc_.view(doc_.tokens[c].span);
    int32_t named[4];
    size_t count = 0, from = 0;
    for (size_t i = 0; i <= text.size() && count < 4; ++i) {
      if (i < text.size() && text[i] != '-') continue;
      std::string part(text.substr(from, i - from));
      from = i + 1;
      int32_t e = -1;
      if (auto it = party_by_name_.find(part); it != party_by_name_.end())
        e = it->second;
      else if (auto jt = person_by_name_.find(part); jt != person_by_name_.end())
        e = jt->second;
      else
        e = person_by_surname(part);
      if (e < 0 || std::find(named, named + count, e) != named + count) return;
      named[count++] = e;
    }
    if (count < 2 || from <= text.size()) continue;
    for (size_t i = 0; i < count; ++i) {
      int64_t m = mention_in(named[i], 0, UINT32_MAX);
      if (m < 0) return;
      (i == 0 ? f.a : f.b).push_back(uint32_t(m));
      if (i > 0) f.from_obj_b.push_back(false);
      f.stand_in.push_back({uint32_t(m), doc_.tokens[c].span});
    }
  }
}

int32_t Run::person_by_surname(std::string_view surname) const {
  int32_t found = -1;
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    const std::string& name = doc_.entities[e].name;
    if (doc_.entities[e].type != EntityType::Person || name.size() <= surname.size() + 1) continue;
    if (name.compare(name.size() - surname.size(), surname.size(), surname) != 0 ||
        name[name.size() - surname.size() - 1] != ' ')
      continue;
    if (found >= 0) return -1;
    found = int32_t(e);
  }
  return found;
}

// "A met in Kyiv on Thursday with B", "A held talks in Cairo with B": a time or a place
// has no companion, so a with-phrase the parser hangs on the verb's time or place oblique
// (or on the meeting noun's: "hosted talks in Jeddah with A and B") is the event's own.
void Run::pass_displaced_with(TreeFrame& f) const {
  static const std::vector<std::string> kWith{"with"};
  auto withs_of = [&](size_t c) {  // the with-phrases hung on c
    for (uint32_t k = kid_begin_[c]; k < kid_begin_[c + 1]; ++k) {
      uint32_t d = kids_[k];
      if (syn(d).dep != Dep::nmod || ment_[d] < 0 || !has_case(d, kWith)) continue;
      f.b.push_back(d);
      f.from_obj_b.push_back(false);
    }
  };
  auto place = [&](size_t c) { return entity_at(c) >= 0 && type_of(entity_at(c)) == EntityType::Place; };
  auto take = [&](size_t h, Dep rel) {  // h's time and place dependents of relation rel
    for (uint32_t i = kid_begin_[h]; i < kid_begin_[h + 1]; ++i) {
      uint32_t c = kids_[i];
      if (syn(c).dep == rel && ((c < timex_.size() && timex_[c] >= 0) || place(c))) withs_of(c);
    }
  };
  size_t v = f.verb;
  if ((frame_classes(v) & (kMeetVerb | kMeetWith)) || has(v, kLight)) take(v, Dep::obl);
  const size_t t = f.trigger;
  if (!(frame_classes(t) & kMeetNoun)) return;
  take(t, Dep::nmod);
  // "The talks will be in Riyadh with A and B": the meeting noun is the subject of a
  // copular place, and the with-phrase hangs on the place
  if (syn(t).dep == Dep::nsubj && syn(t).head >= 0 && copular(size_t(syn(t).head)) && place(size_t(syn(t).head)))
    withs_of(size_t(syn(t).head));
}

// "her Ugandan counterpart Paul Okello", "the Secretary, Antony Blinken": a filler that is
// no name stands for the name in apposition to it (or a person's name compounded with it).
void Run::pass_apposition(TreeFrame& f) const {
  static const std::vector<std::string> kOf{"of"};
  auto widen = [&](std::vector<uint32_t>& side, std::vector<bool>* obj) {
    for (size_t i = 0, n = side.size(); i < n; ++i) {
      uint32_t x = side[i];
      if (ment_[x] >= 0) continue;
      for (uint32_t k = kid_begin_[x]; k < kid_begin_[x + 1]; ++k) {
        uint32_t c = kids_[k];
        Dep d = syn(c).dep;
        // a compound names the filler only when it is a person ("counterpart Paul Okello"),
        // not a modifier ("their G-7 colleagues")
        if (ment_[c] >= 0 && (d == Dep::appos || d == Dep::flat ||
                              (d == Dep::compound && type_of(mention(c).entity) == EntityType::Person))) {
          side.push_back(c);
          if (obj) obj->push_back((*obj)[i]);
          break;
        }
      }
      // "his Brazilian counterpart Fernando Henrique Cardoso": a person's name right after
      // the description's head, nothing between them, is its apposition, whatever the
      // parser hung the name on (it may read it as the subject of the next verb)
      if (has(x, kNounPhrase) && syn(x).upos == Upos::NOUN && x + 1 < doc_.tokens.size() &&
          doc_.tokens[x + 1].sentence == doc_.tokens[x].sentence && ment_[x + 1] >= 0 &&
          mention(x + 1).first_token == x + 1 && entity_at(x + 1) >= 0 &&
          type_of(entity_at(x + 1)) == EntityType::Person && syn(x + 1).head != int32_t(x)) {
        side.push_back(x + 1);
        if (obj) obj->push_back((*obj)[i]);
        continue;
      }
      // "chairman of the Russian liberal democratic party Vladimir Zhirinovsky": a person's
      // name that the parser hung on the description's of-phrase, which names no person
      // itself, is the description's holder
      if (syn(x).upos == Upos::NOUN)
        for (uint32_t k = kid_begin_[x]; k < kid_begin_[x + 1]; ++k) {
          uint32_t n = kids_[k];
          if (syn(n).dep != Dep::nmod || ment_[n] >= 0 || has(n, kNounPhrase | kPlural) || !has_case(n, kOf)) continue;
          for (uint32_t j = kid_begin_[n]; j < kid_begin_[n + 1]; ++j) {
            uint32_t c = kids_[j];
            if (syn(c).dep == Dep::appos && c > n && ment_[c] >= 0 && mention(c).first_token == c &&
                entity_at(c) >= 0 && type_of(entity_at(c)) == EntityType::Person) {
              side.push_back(c);
              if (obj) obj->push_back((*obj)[i]);
              break;
            }
          }
        }
      // "his counterparts: President A of X and Prime Minister B of Y": a colon after a
      // plural description opens its apposition, wherever the parser hangs the names
      if (!has(x, kPlural | kNounPhrase) || syn(x).upos != Upos::NOUN || !is(x + 1, ":")) continue;
      uint32_t s = doc_.tokens[x].sentence;
      for (size_t k = x + 2; k < doc_.sentences[s].last_token && k < x + 8 && !punct(k); ++k)
        if (ment_[k] >= 0) {
          side.push_back(uint32_t(k));
          if (obj) obj->push_back((*obj)[i]);
          break;
        }
    }
  };
  widen(f.a, nullptr);
  widen(f.b, &f.from_obj_b);
}

// "the foreign ministers of A, B and C", "officials from A": a description of people that
// names no one stands for the countries or organisations its of/from-phrase names (their
// conjuncts follow in the next pass).
void Run::pass_parties_of(TreeFrame& f) const {
  static const std::vector<std::string> kOfFrom{"of", "from"};
  auto widen = [&](std::vector<uint32_t>& side, std::vector<bool>* obj) {
    for (size_t i = 0, n = side.size(); i < n; ++i) {
      uint32_t x = side[i];
      if (ment_[x] >= 0 || syn(x).upos != Upos::NOUN || !has(x, kPlural | kNounPhrase)) continue;
      for (uint32_t k = kid_begin_[x]; k < kid_begin_[x + 1]; ++k) {
        uint32_t c = kids_[k];
        if (syn(c).dep != Dep::nmod || ment_[c] < 0 || mention(c).entity < 0 || !has_case(c, kOfFrom)) continue;
        if (type_of(mention(c).entity) == EntityType::Person) continue;  // "the wife of X" is not X
        side.push_back(c);
        if (obj) obj->push_back(false);  // a party met through its people, no place gone to
      }
    }
  };
  widen(f.a, nullptr);
  widen(f.b, &f.from_obj_b);
}

int32_t Run::demonym_country(size_t t, bool tagged) const {
  if ((!tagged && entity_at(t) >= 0) || !cap(t) || punct(t)) return -1;
  const std::string* name = lex_.country_of(word(t));
  if (!name) return -1;
  // "West German", "North Korean": a capitalised word before the demonym, with the
  // country's name after it, names a place the article knows ("West Germany")
  if (t > 0 && cap(t - 1) && entity_at(t - 1) < 0 && !punct(t - 1) &&
      doc_.tokens[t - 1].sentence == doc_.tokens[t].sentence) {
    std::string whole(doc_.view(doc_.tokens[t - 1].span));
    whole += ' ';
    whole += *name;
    if (auto it = place_by_name_.find(whole); it != place_by_name_.end()) return it->second;
  }
  auto it = place_by_name_.find(*name);
  return it == place_by_name_.end() ? -1 : it->second;
}

// "French and Soviet trade ministers", "the Ukrainian and American teams": a description of
// people that names no one stands for the countries its demonyms name (when the article
// names those countries); the demonyms' conjuncts follow in the next pass.
void Run::pass_demonym_sides(TreeFrame& f) const {
  auto widen = [&](std::vector<uint32_t>& side, std::vector<bool>* obj) {
    for (size_t i = 0, n = side.size(); i < n; ++i) {
      uint32_t x = side[i];
      if (entity_at(x) >= 0 || syn(x).upos != Upos::NOUN || !has(x, kPlural | kNounPhrase)) continue;
      // the modifiers before the head, and theirs ("Russian deputy foreign ministers",
      // parsed with "Russian" modifying "deputy")
      uint32_t stack[8];
      size_t top = 0;
      stack[top++] = x;
      while (top > 0) {
        uint32_t h = stack[--top];
        for (uint32_t k = kid_begin_[h]; k < kid_begin_[h + 1]; ++k) {
          uint32_t c = kids_[k];
          if (c > x || (syn(c).dep != Dep::amod && syn(c).dep != Dep::compound)) continue;
          if (demonym_country(c) >= 0) {
            side.push_back(c);
            if (obj) obj->push_back((*obj)[i]);
          } else if (ment_[c] < 0 && top < 8) {
            stack[top++] = c;
          }
        }
      }
    }
  };
  widen(f.a, nullptr);
  widen(f.b, &f.from_obj_b);
}

// "Ukraine said its delegation met Russian negotiators": a word for a party's people
// ("delegation", "negotiators") whose possessor is "its" stands for the organisation or
// country that is the subject of a clause above it in the tree, else the latest one named
// before it in its sentence or the one before.
void Run::pass_its_people(TreeFrame& f) const {
  auto party = [&](int32_t e) { return e >= 0 && (type_of(e) == EntityType::Organization || is_country(e)); };
  auto widen = [&](std::vector<uint32_t>& side, std::vector<bool>* obj) {
    for (size_t i = 0, n = side.size(); i < n; ++i) {
      uint32_t x = side[i];
      if (ment_[x] >= 0 || syn(x).upos != Upos::NOUN || !has(x, kSide)) continue;
      uint32_t its = UINT32_MAX;
      for (uint32_t k = kid_begin_[x]; k < kid_begin_[x + 1]; ++k)
        if (syn(kids_[k]).dep == Dep::nmod_poss && is(kids_[k], "its")) its = kids_[k];
      if (its == UINT32_MAX) continue;
      int64_t found = -1;
      int32_t h = syn(x).head;
      for (int up = 0; h >= 0 && found < 0 && up < 8; ++up, h = syn(size_t(h)).head)
        for (uint32_t k = kid_begin_[h]; k < kid_begin_[h + 1]; ++k) {
          uint32_t c = kids_[k];
          if (c < its && syn(c).dep == Dep::nsubj && party(entity_at(c))) found = mention(c).first_token;
        }
      if (found < 0) {
        int64_t org = latest_of_kind(its, false), country = latest_of_kind(its, true);
        int64_t m = std::max(org, country);
        if (m >= 0 && doc_.tokens[doc_.mentions[size_t(m)].first_token].sentence + 1 >= doc_.tokens[its].sentence)
          found = doc_.mentions[size_t(m)].first_token;
      }
      if (found < 0) continue;
      side.push_back(uint32_t(found));
      if (obj) obj->push_back((*obj)[i]);
      f.stand_in.push_back({uint32_t(found), tok_span(its, x + 1)});
    }
  };
  widen(f.a, nullptr);
  widen(f.b, &f.from_obj_b);
}

// "A, B and C": every conjunct of a filler is a filler. A name of several words is one
// node: the conjuncts of any of its words count ("the Republic of Cyprus, Hellenic
// Republic and Greece", where the parser may hang the next conjunct on an inner word), and
// in a list of names (one with a conjunct) an apposed name is one more item.
void Run::pass_conjuncts(TreeFrame& f) const {
  auto widen = [&](std::vector<uint32_t>& side, std::vector<bool>* obj) {
    for (size_t i = 0; i < side.size() && side.size() < kMaxGroup; ++i) {
      uint32_t x = side[i];
      size_t a = x, b = x + 1;
      if (ment_[x] >= 0) a = mention(x).first_token, b = mention(x).last_token;
      size_t before = side.size();
      for (size_t w = a; w < b; ++w)
        for (uint32_t k = kid_begin_[w]; k < kid_begin_[w + 1]; ++k) {
          uint32_t c = kids_[k];
          if (c >= a && c < b) continue;
          if (syn(c).dep == Dep::conj && !says_next(c)) side.push_back(c);
        }
      if (side.size() > before && ment_[x] >= 0 && type_of(mention(x).entity) != EntityType::Person)
        for (size_t w = a; w < b; ++w)
          for (uint32_t k = kid_begin_[w]; k < kid_begin_[w + 1]; ++k) {
            uint32_t c = kids_[k];
            if (syn(c).dep == Dep::appos && ment_[c] >= 0 && mention(c).entity >= 0 &&
                type_of(mention(c).entity) != EntityType::Person)
              side.push_back(c);
          }
      // "met A, B and C", parsed as A with the apposition "B and C": one person's name is
      // never an apposition of another person's, so inside a list (either name has a
      // conjunct) it is the list's next item
      if (ment_[x] >= 0 && type_of(mention(x).entity) == EntityType::Person) {
        auto coordinated = [&](size_t from, size_t to) {
          for (size_t w = from; w < to; ++w)
            for (uint32_t k = kid_begin_[w]; k < kid_begin_[w + 1]; ++k)
              if (syn(kids_[k]).dep == Dep::conj && (kids_[k] < from || kids_[k] >= to)) return true;
          return false;
        };
        bool listed = coordinated(a, b);
        for (size_t w = a; w < b; ++w)
          for (uint32_t k = kid_begin_[w]; k < kid_begin_[w + 1]; ++k) {
            uint32_t c = kids_[k];
            if ((c >= a && c < b) || syn(c).dep != Dep::appos || ment_[c] < 0) continue;
            const auto& m = mention(c);
            if (m.entity != mention(x).entity && type_of(m.entity) == EntityType::Person &&
                (listed || coordinated(m.first_token, m.last_token)))
              side.push_back(c);
          }
      }
      // "met A, B and central bank governor C": a phrase that opens with a coordinating
      // conjunction is a conjunct, wherever the parser hangs it (here: beside A)
      if (ment_[x] >= 0 && syn(x).head >= 0) {
        size_t h = size_t(syn(x).head);
        EntityType type = type_of(mention(x).entity);
        for (uint32_t k = kid_begin_[h]; k < kid_begin_[h + 1]; ++k) {
          uint32_t c = kids_[k];
          if (c <= x || (x < h) != (c < h)) continue;  // after A, on A's side of the head
          if (ment_[c] < 0 || type_of(mention(c).entity) != type || syn(c).dep == Dep::conj) continue;
          size_t left = c;  // the phrase's first token
          while (kid_begin_[left] < kid_begin_[left + 1] && kids_[kid_begin_[left]] < left)
            left = kids_[kid_begin_[left]];
          if (syn(left).dep == Dep::cc) side.push_back(c);
        }
      }
      // "President A of X and Prime Minister B of Y": the parser may hang B on A's place;
      // a coordination joins like with like, so a person there is A's conjunct
      if (ment_[x] >= 0 && type_of(mention(x).entity) == EntityType::Person)
        for (size_t w = a; w < b; ++w)
          for (uint32_t k = kid_begin_[w]; k < kid_begin_[w + 1]; ++k) {
            uint32_t c = kids_[k];
            if (c >= a && c < b) continue;
            if (syn(c).dep != Dep::nmod || ment_[c] < 0 || type_of(mention(c).entity) == EntityType::Person) continue;
            const auto& m = mention(c);
            for (size_t v = m.first_token; v < m.last_token; ++v)
              for (uint32_t j = kid_begin_[v]; j < kid_begin_[v + 1]; ++j) {
                uint32_t d = kids_[j];
                if (syn(d).dep == Dep::conj && ment_[d] >= 0 && type_of(mention(d).entity) == EntityType::Person)
                  side.push_back(d);
              }
          }
      if (obj) obj->resize(side.size(), (*obj)[i]);
    }
  };
  widen(f.a, nullptr);
  widen(f.b, &f.from_obj_b);
}

int Run::count_at(size_t t) const {
  if (t >= low_.size()) return 0;
  if (doc_.tokens[t].kind == core::TokenKind::Number) {
    int n = 0;
    for (char c : word(t)) {
      if (c < '0' || c > '9' || n > 1000) return 0;
      n = n * 10 + (c - '0');
    }
    return n;
  }
  return lex_.count(word(t));
}

int Run::count_of(size_t noun) const {
  if (syn(noun).upos == Upos::NUM) return count_at(noun);  // "the five"
  for (uint32_t k = kid_begin_[noun]; k < kid_begin_[noun + 1]; ++k)
    if (syn(kids_[k]).dep == Dep::nummod) return count_at(kids_[k]);
  return 0;
}

// Whether the name at t opens its clause's subject: the tree makes its head nsubj, or, in
// an unparsed sentence, it opens the sentence.
bool Run::subject_at(size_t t) const {
  if (ment_[t] < 0) return false;
  size_t first = mention(t).first_token;
  if (!parsed(first)) return first == doc_.sentences[doc_.tokens[first].sentence].first_token;
  size_t h = span_head(first, mention(t).last_token);
  return parsed(h) && (syn(h).dep == Dep::nsubj || syn(h).dep == Dep::nsubj_pass);
}

std::vector<uint32_t> Run::list_of(size_t n, uint32_t s, bool* with_parties) const {
  // the sentence and the two around it, the next first; for n = 0 only its neighbours
  const uint32_t order[] = {s, s + 1, s - 1, s + 2, s - 2};
  for (size_t q = n ? 0 : 1, stop = n ? 5 : 3; q < stop; ++q) {
    const uint32_t si = order[q];
    if (si >= doc_.sentences.size()) continue;  // (s - 1 wraps around at 0)
    const auto& sen = doc_.sentences[si];
    for (size_t i = sen.first_token; i < sen.last_token;) {
      int32_t e = entity_at(i);
      if (e < 0) {
        ++i;
        continue;
      }
      // a run of names of one type, joined by ",", "and", ", and" (each may take "the")
      EntityType type = type_of(e);
      std::vector<uint32_t> run;
      std::vector<int32_t> seen;
      size_t k = i, parties = 0;
      while (true) {
        int32_t x = entity_at(k);
        if (x < 0 || type_of(x) != type) break;
        if (std::find(seen.begin(), seen.end(), x) == seen.end()) {
          seen.push_back(x);
          run.push_back(uint32_t(k));
        }
        k = mention(k).last_token;
        // a person with the party he stands for: "A of Kenya, B of Uganda", "A (Kenya)"
        if (type == EntityType::Person && k + 1 < sen.last_token) {
          size_t p = k + (is(k, "of") || is(k, "from") || is(k, "(") ? 1 : 0);
          if (p > k && is(p, "the")) ++p;
          if (p > k && p < sen.last_token && entity_at(p) >= 0 && type_of(entity_at(p)) == EntityType::Place) {
            k = mention(p).last_token;
            if (is(k, ")")) ++k;
            ++parties;
          }
        }
        size_t j = k;
        if (is(j, ",")) ++j;
        if (is(j, "and")) ++j;
        if (j == k) break;
        if (is(j, "the")) ++j;
        if (j >= sen.last_token || entity_at(j) < 0) break;
        k = j;
      }
      if (run.size() == n || (!n && run.size() >= 2 && subject_at(run[0]))) {
        if (with_parties) *with_parties = parties >= run.size();
        return run;
      }
      if (!n) break;  // only the sentence's first run
      i = std::max(k, i + 1);
    }
  }
  return {};
}

// "Deputy energy ministers of the five member states ended a meeting", "a meeting of farm
// ministers", "The two ministers met B": the subject's side that is only a collective
// description (whatever the other side names) is the members the article lists nearby: a
// list of as many names as the description counts ("the five member states": five places
// named in a list), else the people near it who bear its title ("ministers": Agriculture
// Minister A, Farm Minister B).
void Run::pass_collective(TreeFrame& f) const {
  auto named = [&](uint32_t x) { return entity_at(x) >= 0 || demonym_country(x) >= 0; };
  if (std::any_of(f.a.begin(), f.a.end(), named)) return;
  const uint32_t s = doc_.tokens[f.trigger].sentence;
  for (size_t i = 0, n = f.a.size(); i < n; ++i) {
    uint32_t x = f.a[i];
    if (syn(x).upos != Upos::NOUN && syn(x).upos != Upos::NUM) continue;
    // the count of the description, or of the body of its of/from phrase
    int count = count_of(x);
    size_t counted = x;
    for (uint32_t k = kid_begin_[x]; !count && k < kid_begin_[x + 1]; ++k) {
      uint32_t c = kids_[k];
      static const std::vector<std::string> kOfFrom{"of", "from"};
      if (syn(c).dep == Dep::nmod && syn(c).upos == Upos::NOUN && has_case(c, kOfFrom)) count = count_of(counted = c);
    }
    std::vector<uint32_t> members;
    if (count >= 2) {
      // a word for people counts people ("the three leaders"); another word, parties
      // ... or the people who stand for as many parties ("A of Kenya, B of Uganda")
      bool parties = false;
      members = list_of(size_t(count), s, &parties);
      bool people = has(counted, kPlural | kSide);
      if (!members.empty() && (type_of(entity_at(members[0])) == EntityType::Person) != people && !parties)
        members.clear();
    } else if (syn(x).upos == Upos::NOUN && has(x, kPlural)) {
      // the title: the description's head with its compound modifiers ("farm ministers")
      std::string phrase;
      for (uint32_t k = kid_begin_[x]; k < kid_begin_[x + 1]; ++k)
        if (syn(kids_[k]).dep == Dep::compound && kids_[k] + 1 == x && ment_[kids_[k]] < 0)
          phrase = std::string(word(kids_[k])) + ' ';
      phrase += word(x);
      uint32_t lo = s >= 2 ? s - 2 : 0, hi = s + 2;
      for (const auto& a : persons_with_title(phrase, true))
        if (int64_t m = mention_in(a.entity, lo, hi); m >= 0) members.push_back(uint32_t(m));
      if (members.size() < 2) members.clear();
      // or the names the sentence after or before gives as its subject: "The ministers met
      // in Tokyo. A of Kenya, B of Uganda and C of Tanzania discussed trade."
      if (members.empty()) members = list_of(0, s);
    }
    // members that already met in a meeting told before: the description refers back to
    // that group, whose meeting this most often is again
    if (!members.empty()) {
      std::vector<int32_t> set;
      for (uint32_t m : members) set.push_back(entity_at(m));
      std::sort(set.begin(), set.end());
      for (const auto& ev : events_) {
        if (ev.kind != core::EventKind::Meeting) continue;
        std::vector<int32_t> had;
        for (const auto& p : ev.participants) had.push_back(p.entity);
        std::sort(had.begin(), had.end());
        if (std::includes(had.begin(), had.end(), set.begin(), set.end())) {
          members.clear();
          break;
        }
      }
    }
    for (uint32_t m : members) {
      f.a.push_back(m);
      f.stand_in.push_back({m, doc_.tokens[x].span});
    }
  }
}

// "The minister, who held talks with X, said": a singular description with "the" that
// names no one is the person the article titles so (its most mentioned bearer), as the
// surface patterns read "the minister" (Run::reference).
void Run::pass_definite_title(TreeFrame& f) const {
  auto widen = [&](std::vector<uint32_t>& side, std::vector<bool>* obj) {
    for (size_t i = 0, n = side.size(); i < n; ++i) {
      uint32_t x = side[i];
      if (ment_[x] >= 0 || syn(x).upos != Upos::NOUN || has(x, kPlural)) continue;
      bool the = false, named = false;
      std::string phrase;
      for (uint32_t k = kid_begin_[x]; k < kid_begin_[x + 1]; ++k) {
        uint32_t c = kids_[k];
        the |= syn(c).dep == Dep::det && is(c, "the");
        named |= ment_[c] >= 0;  // "the minister, X" or "the French minister": the name says who
        if (syn(c).dep == Dep::compound && c + 1 == x) phrase = std::string(word(c)) + ' ';
      }
      if (!the || named) continue;
      phrase += word(x);
      Group g = persons_with_title(phrase, false);
      if (g.empty()) continue;
      int64_t m = mention_in(g[0].entity, 0, UINT32_MAX);
      if (m < 0) continue;
      side.push_back(uint32_t(m));
      if (obj) obj->push_back((*obj)[i]);
      f.stand_in.push_back({uint32_t(m), doc_.tokens[x].span});
    }
  };
  widen(f.a, nullptr);
  widen(f.b, &f.from_obj_b);
}

// "Hamas ... The group held talks with Egypt": a singular description with "the" headed by
// a noun for a kind of organisation or state, naming no one itself, is the latest such body
// the article names just before it (Run::latest_of_kind), unless it is already a party.
void Run::pass_definite_kind(TreeFrame& f) const {
  auto party = [&](int32_t e) {
    for (const auto* side : {&f.a, &f.b})
      for (uint32_t y : *side)
        if (entity_at(y) == e) return true;
    return false;
  };
  auto widen = [&](std::vector<uint32_t>& side, std::vector<bool>* obj) {
    for (size_t i = 0, n = side.size(); i < n; ++i) {
      uint32_t x = side[i];
      if (ment_[x] >= 0 || syn(x).upos != Upos::NOUN || !has(x, kOrgKind | kCountryKind)) continue;
      bool the = false, named = false;
      for (uint32_t k = kid_begin_[x]; k < kid_begin_[x + 1]; ++k) {
        uint32_t c = kids_[k];
        the |= syn(c).dep == Dep::det && is(c, "the");
        named |= ment_[c] >= 0;  // "the company Boeing", "the group of Hamas leaders"
      }
      if (!the || named) continue;
      int64_t m = latest_of_kind(x, has(x, kCountryKind));
      if (m < 0 || party(doc_.mentions[size_t(m)].entity)) continue;
      uint32_t y = doc_.mentions[size_t(m)].first_token;
      side.push_back(y);
      if (obj) obj->push_back((*obj)[i]);
      f.stand_in.push_back({y, doc_.tokens[x].span});
    }
  };
  widen(f.a, nullptr);
  widen(f.b, &f.from_obj_b);
}

// "A met his Ugandan counterpart": a counterpart that no name follows, with the demonym (or
// name) of a country, is the one person of that country the article names; none where it
// names several or none.
void Run::pass_counterpart(TreeFrame& f) const {
  auto widen = [&](std::vector<uint32_t>& side, std::vector<bool>* obj) {
    for (size_t i = 0, n = side.size(); i < n; ++i) {
      uint32_t x = side[i];
      if (ment_[x] >= 0 || syn(x).upos != Upos::NOUN || !has(x, kCounterpart)) continue;
      std::vector<std::pair<uint32_t, int32_t>> countries;  // (token, country)
      bool named = false;
      auto country_at = [&](uint32_t c) {
        int32_t e = entity_at(c) >= 0 ? entity_at(c) : demonym_country(c);
        if (e >= 0 && is_country(e)) countries.push_back({c, e});
      };
      for (uint32_t k = kid_begin_[x]; k < kid_begin_[x + 1]; ++k) {
        uint32_t c = kids_[k];
        Dep d = syn(c).dep;
        bool person = entity_at(c) >= 0 && type_of(entity_at(c)) == EntityType::Person;
        named |= d == Dep::appos || d == Dep::flat || (d == Dep::compound && person);  // the apposition pass's
        if (d != Dep::amod && d != Dep::compound && d != Dep::nmod) continue;
        country_at(c);
        // "his Ugandan and Tanzanian counterparts": the demonym's conjuncts
        for (uint32_t j = kid_begin_[c]; j < kid_begin_[c + 1]; ++j)
          if (syn(kids_[j]).dep == Dep::conj) country_at(kids_[j]);
      }
      if (named) continue;
      for (auto [token, country] : countries) {
        int32_t person = -1;
        bool several = false;
        for (size_t e = 0; e < doc_.entities.size() && !several; ++e)
          if (doc_.entities[e].type == EntityType::Person && doc_.entities[e].country == country) {
            several = person >= 0;
            person = int32_t(e);
          }
        if (person < 0 || several) continue;
        int64_t m = mention_in(person, 0, UINT32_MAX);
        if (m < 0) continue;
        side.push_back(uint32_t(m));
        if (obj) obj->push_back((*obj)[i]);
        f.stand_in.push_back({uint32_t(m), doc_.tokens[x].span});
        // the country's demonym no longer stands for its side: its person does
        for (size_t j = 0; j < side.size(); ++j)
          if (side[j] == token) {
            side.erase(side.begin() + long(j));
            if (obj) obj->erase(obj->begin() + long(j));
            if (j < i) --i;
            if (j < n) --n;
            break;
          }
      }
    }
  };
  widen(f.a, nullptr);
  widen(f.b, &f.from_obj_b);
}

Group Run::frame_side(const std::vector<uint32_t>& fillers, const std::vector<bool>* from_obj, bool travel) const {
  Group g;
  for (size_t i = 0; i < fillers.size(); ++i) {
    uint32_t x = fillers[i];
    // a name marked possessive is the determiner of what follows it, whatever the parser
    // made it ("called X's conduct a breach": X is not called)
    if (possessive(x)) continue;
    int32_t e = entity_at(x);
    if (e < 0 && (e = demonym_country(x)) >= 0) {  // a demonym stands for its country
      add_unique(g, Arg{e, doc_.tokens[x].span});
      continue;
    }
    if (e < 0) continue;
    // an object is met, not gone to: "visited Cairo", "visited the plant" are trips
    if (from_obj && (*from_obj)[i] && (type_of(e) == EntityType::Place || (travel && type_of(e) != EntityType::Person)))
      continue;
    add_unique(g, Arg{e, mention(x).span});
  }
  return g;
}

// Whether the body or place named at c is followed by its own verb of saying: "talks
// between A and B, the Norland Post reported" ("the Norland Post" a conjunct of A to the
// parser) is no list item but the subject of a clause. (A person so placed may be one: in
// "Speaking after talks with A, B said", B took part, whatever the parser joined him to.)
bool Run::says_next(size_t c) const {
  if (ment_[c] < 0 || mention(c).entity < 0 || type_of(mention(c).entity) == EntityType::Person) return false;
  size_t v = mention(c).last_token;
  while (v < doc_.tokens.size() && aux_like(v) && ment_[v] < 0) ++v;
  return v < doc_.tokens.size() && has(v, kSay) && parsed(v) && syn(v).upos == Upos::VERB;
}

// Whether x is a possessor: the tree gives it a case child "'s" ("X's"; low_ writes a
// curly apostrophe straight), or x lies in a name that the clitic follows. The clitic
// closes the whole noun phrase, whatever the parser attached it to: in "the Government
// of Iraq's decision" the possessor is the Government of Iraq, not the decision's object.
bool Run::possessive(size_t x) const {
  for (uint32_t k = kid_begin_[x]; k < kid_begin_[x + 1]; ++k)
    if (syn(kids_[k]).dep == Dep::case_ && kids_[k] > x && is(kids_[k], "'s")) return true;
  if (ment_[x] < 0) return false;
  size_t after = mention(x).last_token;
  return after < doc_.tokens.size() && doc_.tokens[after].sentence == doc_.tokens[x].sentence &&
         (is(after, "'s") || is(after, "'"));
}

// The meeting at t is known: a meeting of sentence s has its trigger, or all its people.
bool Run::known_meeting(uint32_t s, size_t t, const Group& a, const Group& b) const {
  for (size_t i = events_.size(); i-- > 0;) {
    const auto& ev = events_[i];
    if (ev.sentence != s) break;
    if (ev.kind != core::EventKind::Meeting) continue;
    if (ev.trigger == doc_.tokens[t].span) return true;
    size_t shared = 0, total = 0;
    for (const auto* g : {&a, &b})
      for (const auto& x : *g) {
        ++total;
        for (const auto& p : ev.participants) shared += p.entity == x.entity;
      }
    if (shared == total) return true;
  }
  return false;
}

// The sentence's surface patterns told the meeting at t with fewer of the people the tree
// finds ("A and B met in Kyiv with C" as a meeting of A and B): the one meeting of that
// trigger, all of whose participants the tree has, takes the rest. True when it did.
bool Run::widen_known_meeting(uint32_t s, size_t t, const Group& a, const Group& b) {
  core::Event* known = nullptr;
  for (size_t i = events_.size(); i-- > 0;) {
    auto& ev = events_[i];
    if (ev.sentence != s) break;
    if (ev.kind != core::EventKind::Meeting || ev.trigger != doc_.tokens[t].span) continue;
    if (known) return false;  // split into several: leave them
    known = &ev;
  }
  if (!known) return false;
  Group all;  // as emit_meeting gathers them: a side's people before its parties
  for (const auto& g : {people_first(a, doc_), people_first(b, doc_)})
    for (const auto& x : g) add_unique(all, x);
  if (all.size() <= known->participants.size()) return false;
  for (const auto& p : known->participants)
    if (p.role != core::Role::Participant ||
        std::none_of(all.begin(), all.end(), [&](const Arg& x) { return x.entity == p.entity; }))
      return false;
  for (const auto& x : all)
    if (std::none_of(known->participants.begin(), known->participants.end(),
                     [&](const core::Argument& p) { return p.entity == x.entity; }))
      known->participants.push_back({x.entity, core::Role::Participant, x.span});
  return true;
}

void Run::tree_meetings(uint32_t s) {
  const auto& sen = doc_.sentences[s];
  if (kid_begin_.size() != doc_.tokens.size() + 1 || kids_.empty()) return;
  for (size_t t = sen.first_token; t < sen.last_token; ++t) {
    if (ment_[t] >= 0 || !parsed(t)) continue;
    WordClasses classes = frame_classes(t);
    if (!classes) continue;
    // "A and B will meet on Friday after winning their matches": "meet" of a contest is a
    // game, as the surface patterns read it
    if (has(t, kMeetLemma) && contest(sen.first_token, sen.last_token)) continue;
    // "called X a liar", "called X's conduct a breach": a verb of calling with two
    // objects, or an object and its complement, names; it does not phone
    if (has(t, kCallVerb) && syn(t).upos == Upos::VERB) {
      size_t objects = 0;
      for (uint32_t k = kid_begin_[t]; k < kid_begin_[t + 1]; ++k)
        objects += syn(kids_[k]).dep == Dep::obj || syn(kids_[k]).dep == Dep::xcomp;
      if (objects >= 2) continue;
    }
    TreeFrame f;
    f.trigger = f.verb = t;
    frame_fillers(t, classes, f);
    for (const auto& p : kTreePasses)
      if (!lex_.frames().skips(p.name)) (this->*p.apply)(f);
    unique_fillers(f.a, nullptr);
    unique_fillers(f.b, &f.from_obj_b);
    for (int round = 0; round < 3 && f.a.size() + f.b.size() < kMaxGroup; ++round) {
      size_t before = f.a.size() + f.b.size();
      for (const auto& p : kTreePasses)
        if (p.widening && !lex_.frames().skips(p.name)) (this->*p.apply)(f);
      unique_fillers(f.a, nullptr);
      unique_fillers(f.b, &f.from_obj_b);
      if (f.a.size() + f.b.size() == before) break;
    }
    Group a = frame_side(f.a, nullptr, false), b = frame_side(f.b, &f.from_obj_b, has(t, kTravelVerb));
    // members a collective description stands for are named here by that description
    for (auto& x : a)
      for (const auto& [token, span] : f.stand_in)
        if (entity_at(token) == x.entity) x.span = span;
    // "A and B welcomed the launch": an object that names no one makes the verb no
    // meeting of its subjects
    bool object = std::find(f.from_obj_b.begin(), f.from_obj_b.end(), true) != f.from_obj_b.end();
    if (a.size() + b.size() < 2 || (object && b.empty())) continue;
    // a list of counterparts of one side meets that side one by one, unless the sentence
    // says they met together ("a trilateral meeting with A and B", "met jointly")
    const auto& sen = doc_.sentences[s];
    bool split = !a.empty() && b.size() >= 2 && !joint_in(sen.first_token, sen.last_token);
    if (known_meeting(s, t, a, b)) {
      if (!split) widen_known_meeting(s, t, a, b);
      continue;
    }
    emit_meeting(s, t, a, b, split, false);
  }
}

}  // namespace ng::events::detail

namespace ng::events {

const std::vector<std::string>& Frames::pass_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const auto& p : detail::kTreePasses) v.emplace_back(p.name);
    return v;
  }();
  return names;
}

void Frames::skip_pass(const std::string& name) {
  const auto& n = pass_names();
  if (std::find(n.begin(), n.end(), name) == n.end()) throw core::Error("unknown tree pass '" + name + "'");
  skipped_.push_back(name);
}

bool Frames::skips(const std::string& name) const {
  return std::find(skipped_.begin(), skipped_.end(), name) != skipped_.end();
}

}  // namespace ng::events
