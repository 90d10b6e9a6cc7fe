// Attendance read from the dependency tree: a person whose clause happens at a meeting
// ("At the summit, X said", "X told reporters at the end of the talks", "during the
// meeting X proposed") or a meeting noun's where-clause ("a summit where X and Y signed")
// took part in it. A definite bare noun ("the summit") is the latest such meeting of the
// article with that noun. At the end, each meeting's attendees join the meeting event its
// noun started, or, two or more of them with none, make one.
#include <algorithm>
#include <unordered_map>

#include "events/run.h"

namespace ng::events::detail {

using core::Dep;
using core::Upos;

void Run::attendance(uint32_t s) {
  if (kid_begin_.size() != doc_.tokens.size() + 1) return;
  static const std::vector<std::string> kAt{"at", "during"}, kOf{"of"}, kScene{"at", "on", "during"}, kTo{"to"};
  const auto& sen = doc_.sentences[s];
  for (size_t n = sen.first_token; n < sen.last_token; ++n) {
    if (!parsed(n) || syn(n).upos != Upos::NOUN || !has(n, kMeetNoun) || has(n, kTravelNoun) || ment_[n] >= 0) continue;
    std::vector<size_t> clauses;  // the verbs whose subjects attend
    const bool the = bare_definite(n);  // "the meeting": the one told before
    Dep d = syn(n).dep;
    int32_t h = syn(n).head;
    if (h >= 0 && (d == Dep::obl || d == Dep::nmod) && has_case(n, kAt) && verbal(syn(size_t(h)).upos)) {
      clauses.push_back(size_t(h));  // "At the summit, X said"
    } else if (h >= 0 && has(size_t(h), kSay) && (d == Dep::iobj || (d == Dep::obj && has_clause(size_t(h))))) {
      // "X told the summit that ...": one speaks to a meeting at it (the one spoken to, not
      // what is said: "X announced the summit" is no attendance)
      clauses.push_back(size_t(h));
    } else if (h >= 0 && d == Dep::obj && has(size_t(h), kLight | kAttend) && syn(size_t(h)).upos == Upos::VERB &&
               (the || (syn(size_t(h)).dep == Dep::advcl && !has_subject(size_t(h))))) {
      // "Opening the meeting, X said", "X chaired the talks": one who holds, opens or
      // attends a meeting told before, or does so in a participle adjunct, takes part
      clauses.push_back(size_t(h));
    } else if (h >= 0 && d == Dep::nmod && has_case(n, kTo) && has(size_t(h), kSayNoun)) {
      // "In a speech to the summit, X said": the speech's clause
      size_t o = size_t(h);
      int32_t oh = syn(o).head;
      if (oh >= 0 && (syn(o).dep == Dep::obl || syn(o).dep == Dep::obj) && verbal(syn(size_t(oh)).upos))
        clauses.push_back(size_t(oh));
    } else if (h >= 0 && d == Dep::nmod && has_case(n, kOf)) {
      // "at the opening of the summit", "on the sidelines of the talks"
      size_t o = size_t(h);
      int32_t oh = syn(o).head;
      if (oh >= 0 && (syn(o).dep == Dep::obl || syn(o).dep == Dep::nmod) && has_case(o, kScene) &&
          verbal(syn(size_t(oh)).upos))
        clauses.push_back(size_t(oh));
    }
    // "a summit where X and Y signed"
    for (uint32_t k = kid_begin_[n]; k < kid_begin_[n + 1]; ++k) {
      uint32_t r = kids_[k];
      if (syn(r).dep == Dep::acl_relcl && has_marker(r, Dep::advmod, "where")) clauses.push_back(r);
    }
    if (clauses.empty()) continue;
    std::string key = attendance_key(n);
    for (size_t v : clauses) attendees(v, Dep::nsubj, key, n, s, the ? kReachDefinite : 0);
  }
  attendance_elliptic(s);
  attendance_inverted(s);
}

// Whether verb v has a clause complement ("told the summit that ...").
bool Run::has_clause(size_t v) const {
  for (uint32_t k = kid_begin_[v]; k < kid_begin_[v + 1]; ++k) {
    Dep d = syn(kids_[k]).dep;
    if (d == Dep::ccomp || d == Dep::parataxis) return true;
  }
  return false;
}

std::string Run::attendance_key(size_t n) {
  // the key: the noun, and a name that modifies it ("the AU summit"); a bare noun is the
  // latest meeting of that noun
  std::string key(word(n));
  for (uint32_t k = kid_begin_[n]; k < kid_begin_[n + 1]; ++k) {
    uint32_t c = kids_[k];
    if ((syn(c).dep == Dep::compound || syn(c).dep == Dep::nmod_poss) && ment_[c] >= 0 && mention(c).entity >= 0) {
      key += '#' + std::to_string(mention(c).entity);
      break;
    }
  }
  if (key == word(n)) {
    auto it = latest_attended_.find(key);
    if (it != latest_attended_.end()) key = it->second;
  }
  latest_attended_[std::string(word(n))] = key;
  return key;
}

void Run::attendees(size_t v, Dep rel, const std::string& key, size_t n, uint32_t s, uint32_t reach) {
  std::vector<uint32_t> subjects;
  children_as(v, rel, subjects);
  // "Speaking at the summit, X said": a participle adjunct with no subject has its head's
  if (subjects.empty() && rel == Dep::nsubj && syn(v).dep == Dep::advcl && syn(v).head >= 0 &&
      verbal(syn(size_t(syn(v).head)).upos))
    children_as(size_t(syn(v).head), rel, subjects);
  Group who;
  for (uint32_t c : subjects) named_with_conjuncts(c, who);
  for (const Arg& a : who)
    if (a.entity >= 0 && type_of(a.entity) == EntityType::Person) attended_.push_back({key, n, s, a, reach});
}

// "The summit opened on Monday. A, B and C attended.", "A and B took part", "It was attended
// by A and B": a verb of attending (or one whose object is "part") that names no meeting and
// nothing else attended attends the meeting noun the sentence or the two before it told last.
void Run::attendance_elliptic(uint32_t s) {
  const auto& sen = doc_.sentences[s];
  for (size_t x = sen.first_token; x < sen.last_token; ++x) {
    if (!parsed(x) || !has(x, kAttend) || ment_[x] >= 0) continue;
    size_t v = x;  // the predicate: the verb, or the verb whose object is "part"
    if (syn(x).upos == Upos::NOUN) {
      if (syn(x).dep != Dep::obj || syn(x).head < 0) continue;
      v = size_t(syn(x).head);
    } else if (syn(x).upos != Upos::VERB) {
      continue;
    }
    // a meeting or anything else attended of its own: a meeting noun in any relation (the
    // frames read it), an object that is no pronoun ("attended school"), a common noun
    // oblique that is no time ("took part in the protest")
    bool other = false;
    size_t the = SIZE_MAX;  // "The meeting was attended by A": a bare definite subject
    for (uint32_t k = kid_begin_[v]; k < kid_begin_[v + 1] && !other; ++k) {
      uint32_t c = kids_[k];
      Dep d = syn(c).dep;
      bool timex = c < timex_.size() && timex_[c] >= 0;
      // (with no meeting told before, the frame reads it as a meeting of its own)
      if (d == Dep::nsubj_pass && has(c, kMeetNoun) && bare_definite(c) &&
          std::any_of(events_.begin(), events_.end(),
                      [&](const core::Event& ev) { return ev.kind == core::EventKind::Meeting && ev.sentence < s; })) {
        the = c;
        continue;
      }
      other = has(c, kMeetNoun) || (d == Dep::obj && c != x && syn(c).upos != Upos::PRON) ||
              ((d == Dep::obl || d == Dep::nmod) && syn(c).upos == Upos::NOUN && !timex);
    }
    if (other) continue;
    size_t n = the != SIZE_MAX ? the : meeting_noun_before(v, s);
    // no meeting noun: the latest meeting told, whatever word told it
    const uint32_t reach = n == SIZE_MAX ? kReachElliptic : n == the ? kReachDefinite : 0;
    if (n == SIZE_MAX) n = v;
    std::string key = n == v ? "#" + std::to_string(s) : attendance_key(n);
    attendees(v, Dep::nsubj, key, n, s, reach);
    attendees(v, Dep::obl_agent, key, n, s, reach);
  }
}

// "the meeting", "the talks": a meeting noun with "the" and no other modifier.
bool Run::bare_definite(size_t n) const {
  bool the = false;
  for (uint32_t k = kid_begin_[n]; k < kid_begin_[n + 1]; ++k) {
    uint32_t c = kids_[k];
    if (syn(c).dep == Dep::det && is(c, "the"))
      the = true;
    else if (syn(c).dep != Dep::punct)
      return false;
  }
  return the;
}

// The meeting noun told last before token t, in sentence s or the two before; SIZE_MAX: none.
size_t Run::meeting_noun_before(size_t t, uint32_t s) const {
  size_t lo = doc_.sentences[s >= 2 ? s - 2 : 0].first_token;
  for (size_t k = t; k-- > lo;)
    if (parsed(k) && syn(k).upos == Upos::NOUN && has(k, kMeetNoun) && !has(k, kTravelNoun | kContest) && ment_[k] < 0)
      return k;
  return SIZE_MAX;
}

// "Present at the meeting were A, B and C", "Also attending were A and B", "Participants in
// the talks included A and B": a clause that opens with a predicate of being at a meeting
// and names no one before its verb ("be", or one that lists members) has its subject after
// that verb, as English inverts a fronted predicate and its subject. Read from the words'
// tags, not the tree (parsers trained on little such text hang the names anywhere): the
// people named after the verb, up to the next verb, attend the meeting noun of the opening,
// else the one told last.
void Run::attendance_inverted(uint32_t s) {
  const auto& sen = doc_.sentences[s];
  const size_t b = doc_.clause_start(s);
  size_t pred = SIZE_MAX, verb = SIZE_MAX, n = SIZE_MAX;
  for (size_t t = b; t < sen.last_token && t < b + 12 && verb == SIZE_MAX; ++t) {
    if (!parsed(t) || ment_[t] >= 0) return;  // a name before the verb: no inversion
    if (syn(t).upos == Upos::AUX || has(t, kIncluded)) {
      verb = t;
    } else if (has(t, kPresent)) {
      if (pred == SIZE_MAX) pred = t;
    } else if (syn(t).upos == Upos::VERB) {
      return;  // a clause of another verb
    } else if (n == SIZE_MAX && syn(t).upos == Upos::NOUN && has(t, kMeetNoun) && !has(t, kTravelNoun | kContest)) {
      n = t;
    }
  }
  if (pred == SIZE_MAX || verb == SIZE_MAX) return;
  if (n == SIZE_MAX) n = meeting_noun_before(b, s);
  const bool latest = n == SIZE_MAX;  // "Also present were A and B": the latest meeting told
  if (latest) n = verb;
  const uint32_t reach = latest ? kReachElliptic : 0;
  std::vector<Arg> who;
  for (size_t t = verb + 1; t < sen.last_token; ++t) {
    if (parsed(t) && syn(t).upos == Upos::VERB) break;  // "Present policies were set by A": no inversion
    int32_t e = entity_at(t);
    if (e < 0) continue;
    if (type_of(e) == EntityType::Person) who.push_back(Arg{e, mention(t).span});
    t = mention(t).last_token - 1;
  }
  if (who.empty()) return;
  std::string key = latest ? "#" + std::to_string(s) : attendance_key(n);
  for (const Arg& a : who) attended_.push_back({key, n, s, a, reach});
}

void Run::fold_attendance() {
  // the attendances of each key, keys in order of first attendance
  std::unordered_map<std::string, size_t> group_of;
  std::vector<std::vector<size_t>> groups;
  for (size_t i = 0; i < attended_.size(); ++i) {
    auto [it, fresh] = group_of.emplace(attended_[i].key, groups.size());
    if (fresh) groups.emplace_back();
    groups[it->second].push_back(i);
  }
  // the meeting events by their lower-cased trigger word, in order
  std::unordered_map<std::string, std::vector<size_t>> by_trigger;
  std::string low;
  for (size_t e = 0; e < events_.size(); ++e)
    if (events_[e].kind == core::EventKind::Meeting) {
      lower_into(doc_.view(events_[e].trigger), low);
      by_trigger[low].push_back(e);
    }
  for (const auto& members : groups) {
    Group who;
    for (size_t j : members) add_unique(who, attended_[j].who);
    const Attended& first = attended_[members[0]];
    // the meeting event this noun started: a meeting whose trigger is the same noun, the
    // latest one at or before the first attendance
    core::Event* target = nullptr;
    if (auto it = by_trigger.find(std::string(word(first.noun))); it != by_trigger.end())
      for (size_t e : it->second)
        if (events_[e].sentence <= first.sentence) target = &events_[e];
    if (!target && first.reach)
      for (auto& ev : events_)
        if (ev.kind == core::EventKind::Meeting && ev.sentence <= first.sentence &&
            first.sentence - ev.sentence <= first.reach && (!target || ev.sentence >= target->sentence))
          target = &ev;
    if (first.reach && !target && !has(first.noun, kMeetNoun)) continue;  // no meeting told to attend
    if (target) {
      for (const auto& a : who)
        if (std::none_of(target->participants.begin(), target->participants.end(),
                         [&](const core::Argument& p) { return p.entity == a.entity; }))
          target->participants.push_back({a.entity, core::Role::Participant, a.span});
      continue;
    }
    if (who.size() < 2) continue;
    emit_meeting(first.sentence, first.noun, who, {}, false, false);
  }
}

}  // namespace ng::events::detail
