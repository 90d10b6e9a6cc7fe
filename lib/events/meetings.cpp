// Meetings: verbs, nouns, titles.
#include "events/run.h"

#include <algorithm>
#include <cstring>

namespace ng::events::detail {
namespace {

// True when the group is one plural description ("the province premiers", "the two
// leaders"): its people meet as one body, not one by one.
bool one_description(const Group& g) {
  if (g.size() < 2 || g[0].span.empty()) return false;
  for (const auto& a : g)
    if (!(a.span == g[0].span)) return false;
  return true;
}

}  // namespace

// ---------------------------------------------------------------------------
// Meetings.

// "a Japan-Poland committee", "the IMF-World Bank team": two named parties (no person)
// joined by a hyphen within the 4 tokens before t. Sets `parties` to them and returns
// the first token of the pair, or t when there is none.
size_t Run::hyphen_pair(size_t t, size_t b, Group& parties) const {
  for (size_t k = t; k > b && k + 5 > t; --k) {
    size_t p = k - 1;
    if (ment_[p] < 0) {
      // "the U.S.-ASEAN Ministerial Meeting" with "ASEAN" left inside a longer name: a word
      // that is a party's name, after a hyphen and a party
      if (!cap(p) || p < b + 2 || !is(p - 1, "-") || ment_[p - 2] < 0) continue;
      auto it = party_by_name_.find(std::string(doc_.view(doc_.tokens[p].span)));
      int32_t a = entity_at(p - 2);
      if (it == party_by_name_.end() || a < 0 || a == it->second || type_of(a) == EntityType::Person) return t;
      parties = {{a, mention(p - 2).span}, {it->second, doc_.tokens[p].span}};
      return mention(p - 2).first_token;
    }
    const auto& m = mention(p);
    // one mention over the pair ("Japan-Poland"): its two sides name known parties
    std::string_view text = doc_.view(m.span);
    for (size_t h = text.find('-'); h != std::string_view::npos && h > 0; h = text.find('-', h + 1)) {
      auto a = party_by_name_.find(std::string(text.substr(0, h)));
      auto c = party_by_name_.find(std::string(text.substr(h + 1)));
      if (a == party_by_name_.end() || c == party_by_name_.end() || a->second == c->second) continue;
      uint32_t mid = m.span.begin + uint32_t(h);
      parties = {{a->second, {m.span.begin, mid}}, {c->second, {mid + 1, m.span.end}}};
      return m.first_token;
    }
    size_t pf = m.first_token;
    if (pf < b + 2 || (!is(pf - 1, "-") && !is(pf - 1, "\xE2\x80\x93"))) continue;
    size_t q = pf - 2;
    if (ment_[q] < 0) continue;
    int32_t a = entity_at(q), c = entity_at(p);
    if (a < 0 || c < 0 || a == c || type_of(a) == EntityType::Person || type_of(c) == EntityType::Person) return t;
    parties = {{a, mention(q).span}, {c, mention(p).span}};
    return mention(q).first_token;
  }
  return t;
}

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
    if (all.cut || a.cut || b.cut || subj.cut || obj.cut) {
      std::string w = doc_.path + ": byte " + std::to_string(doc_.tokens[t].span.begin) + ": a meeting names more than " +
                      std::to_string(kMaxGroup) + " participants; only the first " + std::to_string(kMaxGroup) + " are kept";
      if (doc_.warnings.empty() || doc_.warnings.back() != w) doc_.warnings.push_back(std::move(w));
    }
    core::Event ev;
    ev.kind = core::EventKind::Meeting;
    for (const auto& x : all) {
      core::Role r = core::Role::Participant;
      if (host) r = std::find_if(a.begin(), a.end(), [&](const Arg& y) { return y.entity == x.entity; }) != a.end()
                        ? core::Role::Host : core::Role::Guest;
      ev.participants.push_back({x.entity, r, x.span});
    }
    ev.status = st;
    // a call word beside the trigger, or further on under it in the tree ("spoke to
    // President X by telephone")
    bool call = false;
    const auto& sen = doc_.sentences[s];
    auto under_trigger = [&](size_t i) {
      if (!parsed(i) || !parsed(t)) return false;
      size_t h = i;
      for (int steps = 0; steps < 3 && syn(h).head >= 0; ++steps)
        if ((h = size_t(syn(h).head)) == t) return true;
      return false;
    };
    for (size_t i = (t > sen.first_token + 4 ? t - 4 : sen.first_token); i < sen.last_token && i < t + 16; ++i)
      if (has(i, kCall) && (i < t + 6 || under_trigger(i))) call = true;
    ev.mode = call ? core::Mode::Call : (has(t, kMeetWith) ? core::Mode::Unknown : core::Mode::InPerson);
    auto [d, tx] = date_near(s, t, 40, st == core::Status::Planned);
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
      main_clause |= !x.span.empty() && x.span.begin < doc_.tokens[std::min<size_t>(doc_.clause_start(s) + 4, sen.last_token - 1)].span.end;
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
      main_clause |= !x.span.empty() && x.span.begin < doc_.tokens[std::min<size_t>(doc_.clause_start(s) + 4, sen.last_token - 1)].span.end;
    if (all.size() >= 2 && main_clause) current_group_ = all;
  } else {
    make(subj, obj);
  }
}

void Run::meeting_verb(uint32_t s, size_t t) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  if (t > b && (is(t - 1, "the") || is(t - 1, "a") || is(t - 1, "'s") || is(t - 1, "his") || is(t - 1, "her") ||
                is(t - 1, "their")))
    return;  // a noun ("the visit")
  // "during a Chicago visit": a word that is also a noun, after an indefinite or
  // possessive determiner and a name, is that noun ("the" may be the name's own: "the
  // Kremlin calls")
  if (has(t, kMeetNoun) && t > b + 1 && ment_[t - 1] >= 0 && mention(t - 1).first_token > b) {
    size_t d = mention(t - 1).first_token - 1;
    if (is(d, "a") || is(d, "an") || is(d, "his") || is(d, "her") || is(d, "their")) return;
  }
  bool transitive = has(t, kMeetVerb) || is(t, "meeting");
  bool host = has(t, kHostVerb);
  // "A and B were joined for the signing by C", "A was received by B": a passive with
  // its agent; A and B meet C together, and the agent of "received" is the host
  if (t > b && (has(t, kMeetVerb) || is(t, "joined")) &&
      (is(t - 1, "was") || is(t - 1, "were") || is(t - 1, "been") || is(t - 1, "being") || is(t - 1, "be") ||
       is(t - 1, "is") || is(t - 1, "are"))) {
    for (size_t k = t + 1; k < e && k < t + 16; ++k) {
      if (boundary(k) || is(k, ",") || quote(k) || has(k, kSay | kMeetVerb | kMeetWith | kLight)) break;
      if (!is(k, "by") || has(k + 1, kCall) || (is(k + 1, "the") && has(k + 2, kCall))) continue;
      Group agent, subj;
      np_right(k + 1, e, agent);
      np_left(t - 1, b, subj, true);
      Group agent_people = people_first(agent, doc_), subj_people = people_first(subj, doc_);
      if (!agent_people.empty() && !subj_people.empty() && type_of(subj_people[0].entity) != EntityType::Place &&
          type_of(agent_people[0].entity) != EntityType::Place)
        emit_meeting(s, t, agent, subj, false, host);
      return;
    }
  }
  if (is(t + 1, "by") && !has(t + 2, kCall) && !is(t + 2, "the")) return;  // "a reception hosted by X": a passive
  // "Fox host Bill", "radio host Bill": a bare "host" after a name or a modifier and before
  // a person's name is his title (a verb "host" follows a subject, "to" or an auxiliary)
  if (is(t, "host") && t > b && entity_at(t + 1) >= 0 && type_of(entity_at(t + 1)) == EntityType::Person &&
      (ment_[t - 1] >= 0 || (!cap(t - 1) && !punct(t - 1) && !aux_like(t - 1) && !has(t - 1, kHedge) &&
                             !is(t - 1, "to") && !is(t - 1, "and") && !is(t - 1, "or") && !is(t - 1, "they") &&
                             !is(t - 1, "we") && !is(t - 1, "i") && !is(t - 1, "you") && !is(t - 1, "would") &&
                             !is(t - 1, "can") && !is(t - 1, "must"))))
    return;
  // "Agassi meets Alami in the first round", "Juventus meet United ... the return match":
  // "meet" of a contest is a game, not talks
  if (has(t, kMeetLemma) && contest(b, e)) return;
  // "call on/upon X to ...": an appeal, not a call
  const bool call_verb = has(t, kCallVerb);
  if (call_verb && appeal(t)) return;
  size_t j = skip_right(t + 1, e);
  Group obj;
  size_t obj_end = j;
  if (is(j, "with") || (has(t, kMeetWith) && is(j, "to"))) {
    // "met with and congratulated President X": the object both verbs share
    size_t from = j + 1;
    if (is(from, "and") && from + 2 < e && !cap(from + 1) && ment_[from + 1] < 0) from += 2;
    obj_end = np_right(from, e, obj);
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
    bool met = has(t, kMeetLemma);
    // ... unless an unnamed official of it is the object ("contacted Thailand's foreign minister")
    bool official = ment_[j] >= 0 && is(mention(j).last_token, "'s") && has(mention(j).last_token + 1, kNounPhrase) &&
                    !is(mention(j).last_token + 1, "the") && ment_[mention(j).last_token + 1] < 0;
    official |= obj_end > j && has(obj_end - 1, kSide);  // "met Iceland and Finland officials"
    if (!people.empty() && !official &&
        (type_of(people[0].entity) == EntityType::Place || (!met && type_of(people[0].entity) != EntityType::Person)))
      obj.clear();
    // "called X's decision wrong": the object is a thing the name possesses
    if (!official && ment_[j] >= 0 && is(mention(j).last_token, "'s")) obj.clear();
    // "called X a liar", "called X unfit": a complement after the object names, it does not phone
    if (call_verb && !obj.empty() && obj_end < e && naming_complement(obj_end)) obj.clear();
  }
  Group subj;
  np_left(t, b, subj, true);
  // "X contacted him": an object pronoun is never the subject of its own verb. When it
  // resolves to the subject, "him" or "her" is the person the sentence before was about
  // ("A arrived in Ankara. B met him at the airport": A), if that is another person of
  // the pronoun's gender; else who it is is not known.
  if (j + 1 == obj_end && (is(j, "him") || is(j, "her") || is(j, "them")))
    for (const auto& o : obj)
      if (std::any_of(subj.begin(), subj.end(), [&](const Arg& a) { return a.entity == o.entity; })) {
        const char want = is(j, "her") ? 'f' : 'm';
        Group other;
        for (const Arg& p : people_first(prev_subject_, doc_))
          if (!is(j, "them") && type_of(p.entity) == EntityType::Person && other.empty() &&
              (gender_[p.entity] == 0 || gender_[p.entity] == want) &&
              std::none_of(subj.begin(), subj.end(), [&](const Arg& a) { return a.entity == p.entity; }))
            other.push_back({p.entity, doc_.tokens[j].span});
        if (other.empty()) return;
        obj = std::move(other);
        break;
      }
  // "Prosecutors called X", 'Lee said the bankers "are consulting with X"': a verb whose
  // clause has an unnamed subject of its own takes no speaker or earlier person for it
  if (subj.empty() && unnamed_subject(t, b)) return;

  bool alone = has(t, kMeetLemma) || has(t, kMeetWith);
  conclude_meeting(s, t, std::move(subj), obj, obj_end, alone, host);
}

bool Run::contest(size_t b, size_t e) const {
  for (size_t k = b; k < e; ++k) {
    if (has(k, kContest)) return true;
    // "the first round", "the second round" (not "a round of talks")
    if ((is(k, "round") || is(k, "rounds")) && k > b && !is(k + 1, "of") && has(k - 1, kOrdinal)) return true;
  }
  return false;
}

bool Run::appeal(size_t t) const {
  return (is(t + 1, "on") && timex_[t + 2] < 0) || is(t + 1, "upon") || is(t + 1, "for");
}

bool Run::naming_complement(size_t k) const {
  if (is(k, "a") || is(k, "an") || is(k, "the") || quote(k)) return true;
  if (punct(k) || cap(k) || ment_[k] >= 0 || timex_[k] >= 0 || has(k, kAdverb | kCall | kPlanned)) return false;
  static const char* const kNotComplement[] = {"to", "on", "in", "at", "from", "about", "over", "with", "and", "but",
                                               "or", "after", "before", "during", "while", "when", "as", "by", "via",
                                               "for", "regarding", "late", "early", "again", "back", "twice", "last",
                                               "this", "that", "who", "which", "shortly", "personally", "directly",
                                               "himself", "herself", "themselves", "he", "she", "they", "we", "i"};
  for (const char* w : kNotComplement)
    if (is(k, w)) return false;
  return true;
}

bool Run::unnamed_subject(size_t t, size_t b) const {
  size_t p = t;
  while (p > b && (aux_like(p - 1) || quote(p - 1)) && ment_[p - 1] < 0 && !is(p - 1, "to")) --p;
  // "the first leader to meet X": an infinitive takes its subject from the clause around it
  if (p > b && is(p - 1, "to")) return false;
  if (p == b) return false;
  size_t w = p - 1;
  if (punct(w) || quote(w) || ment_[w] >= 0 || timex_[w] >= 0) return false;
  if (cap(w) && w != b) {
    // "The Foreign Secretary met X" where no one bears the title: a description of its own
    size_t d = w;
    while (d > b && cap(d) && ment_[d] < 0 && !punct(d) && !is(d, "the")) --d;
    return has(w, kNounPhrase) && is(d, "the");
  }
  std::string_view v = word(w);
  // a title or a word for a group ("the president", "officials"), not a determiner or modifier
  static const char* const kNotHead[] = {"the", "a", "an", "of", "two", "three", "four", "both", "all", "his", "her",
                                         "their", "its", "senior", "top", "other", "foreign", "vice", "deputy",
                                         "special", "bin", "bint", "ibn", "al", "el", "de", "van", "von", "der", "da",
                                         "di", "du", "la", "le"};
  if (has(w, kNounPhrase | kPlural))
    return std::none_of(std::begin(kNotHead), std::end(kNotHead), [&](const char* x) { return v == x; });
  // a plural noun ("prosecutors", "bankers")
  static const char* const kNotPlural[] = {"has", "was", "does", "this", "thus", "his", "its", "yes", "always",
                                           "perhaps", "whereas", "unless", "across", "plus", "afterwards", "towards",
                                           "besides", "sometimes", "nevertheless", "ours", "yours", "hers", "theirs",
                                           "news", "less", "years", "days", "weeks", "months", "hours", "times"};
  if (v.size() <= 3 || v.back() != 's' || v[v.size() - 2] == 's' || v[v.size() - 2] == '\'' || has(w, ~WordClasses{0}))
    return false;
  return std::none_of(std::begin(kNotPlural), std::end(kNotPlural), [&](const char* x) { return v == x; });
}

// "the U.S.-ASEAN Ministerial Meeting": the parties of a hyphenated pair in the tokens
// before `from`. A person subject stands for the side of his own country and meets the
// other. Of no known country, a person who is the whole subject stands for the first
// side (a side's own text names itself first: "the UK-France Summit" in a British
// release); one coordinated with another ("the Prime Minister and President X") or of
// neither side gives no meeting, as which side he is on is not told. True when there is
// a pair.
bool Run::pair_meeting(uint32_t s, size_t t, size_t from) {
  size_t b = doc_.sentences[s].first_token;
  Group parties;
  size_t q = hyphen_pair(from, b, parties);
  if (q >= from) return false;
  Group who = first_person_subject(b, q);
  if (who.empty()) {
    emit_meeting(s, t, {parties[0]}, {parties[1]}, false, false);
    return true;
  }
  int32_t country = doc_.entities[who[0].entity].country;
  if (country < 0 && who.size() == 1 && !who[0].span.empty()) {
    size_t f = doc_.tokens.size(), l = 0;  // the person's tokens
    for (size_t k = b; k < q; ++k)
      if (who[0].span.contains(doc_.tokens[k].span)) f = std::min(f, k), l = k + 1;
    while (f < q && f > b && cap(f - 1) && ment_[f - 1] < 0 && !punct(f - 1)) --f;  // his title
    bool coordinated = (f < q && f > b && (is(f - 1, "and") || is(f - 1, "&"))) || (l > 0 && (is(l, "and") || is(l, "&")));
    if (!coordinated) country = parties[0].entity;
  }
  if (country >= 0 && country == parties[0].entity) emit_meeting(s, t, {who[0]}, {parties[1]}, false, false);
  else if (country >= 0 && country == parties[1].entity) emit_meeting(s, t, {who[0]}, {parties[0]}, false, false);
  return true;
}

void Run::meeting_noun(uint32_t s, size_t t) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  // A proper name ("the U.S.-ASEAN Ministerial Meeting") is a meeting only with a party.
  if ((is(t, "call") || is(t, "calls")) && appeal(t)) return;  // "a call on X to resign"
  size_t j = skip_right(t + 1, e);
  // "a summit in Ottawa next month between X and Y", "talks on this with X"
  for (size_t k = j; k < e && k < j + 7 && !punct(k) && !quote(k) && !has(k, kSay | kMeetVerb | kLight | kMeetNoun); ++k)
    if (is(k, "between") || is(k, "with")) {
      if (k > j && is(k, "with") && ment_[k - 1] >= 0 && type_of(entity_at(k - 1)) == EntityType::Person) break;
      j = k;
      break;
    }
  Group obj, subj;
  // "a meeting of G7 finance ministers, including A and B": of two or more named
  // parties; else a lower-case noun goes on to look for its subject ("A and B attended
  // a meeting of the council")
  if (is(j, "between") || is(j, "among") || is(j, "of")) {
    Group all;
    np_right(j + 1, e, all);
    all = people_first(all, doc_);
    if (all.size() >= 2) {
      emit_meeting(s, t, all, {}, false, false);
      return;
    }
    if (!is(j, "of") || cap(t)) return;
  }
  if (pair_meeting(s, t, t)) return;
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
      // ("Egypt and Sudan agreed to hold talks": its parties when it names no person)
      if (p > b && is(p - 1, "to")) {
        subj = first_person_subject(b, p);
        if (subj.empty()) np_left(p - 1, b, subj, true);
      }
      else np_left(p, b, subj, true);
      break;
    }
    if (ment_[p] >= 0 || boundary(p) || is(p, "with")) break;
    --k;
  }
  // "We look forward to the next ministerial meeting": the clause's "we" meet
  if (subj.empty() && obj.empty() && is(b, "we") && reference(b, b + 1, subj) > b) found_light = true;
  conclude_meeting(s, t, std::move(subj), obj, obj_end, found_light, false);  // "X and Y held talks"
}

// Whether the tree gives the clause of the meeting noun or verb at t a subject that is
// none of `who`: the nearest head above t (t itself first) with a nominal subject, whose
// subject's phrase names none of them and is neither a pronoun (which may be one of them)
// nor the phrase of t itself.
bool Run::other_clause_subject(size_t t, const Group& who) const {
  if (!parsed(t)) return false;
  for (size_t x = t, from = t, steps = 0; steps < 16; ++steps) {
    for (uint32_t k = kid_begin_[x]; k < kid_begin_[x + 1]; ++k) {
      uint32_t c = kids_[k];
      if (syn(c).dep != core::Dep::nsubj && syn(c).dep != core::Dep::nsubj_pass) continue;
      // the meeting's own phrase is the subject ("The A discussions with B will focus on")
      if (c == from || syn(c).upos == core::Upos::PRON) return false;
      // a ";" or a quote between them closes the subject's clause (a semicolon joins
      // independent clauses): the tree's link across it is no evidence
      if (barrier_prefix_[std::max<size_t>(c, t)] > barrier_prefix_[std::min<size_t>(c, t)]) return false;
      // one of them is named in the subject's phrase: the subject is theirs
      for (const Arg& w : who) {
        for (size_t y = token_at(w.span.begin), up = 0; y < doc_.tokens.size() && parsed(y) && up < 16; ++up) {
          if (y == c) return false;
          if (syn(y).head < 0) break;
          y = size_t(syn(y).head);
        }
      }
      return true;
    }
    if (syn(x).head < 0) return false;
    from = x;
    x = size_t(syn(x).head);
  }
  return false;
}

// The subject of a meeting whose trigger gave none: the sentence's speaker, the first
// person of the clause, or the main clause's subject after a fronted phrase ("After a
// day of meetings with A, B and C, Clark told ..."). A subject group meets alone ("X and
// Y met") when `alone_ok`.
void Run::conclude_meeting(uint32_t s, size_t t, Group subj, const Group& obj, size_t obj_end, bool alone_ok, bool host) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  // "X will visit Y for talks with Z, the ministry said": a speaker told after the
  // meeting reports it; the clause's own person holds it
  bool reported_after = !sentence_speakers_.empty() && !sentence_speakers_[0].span.empty() &&
                        sentence_speakers_[0].span.begin >= doc_.tokens[t].span.end;
  // the first person of the clause, unless the tree gives the trigger's clause a subject
  // of its own that is someone else ("X gave no details of why the negotiator considered
  // the time right for talks with Y": the negotiator, not X)
  auto first_person = [&](size_t from, size_t to) {
    Group g = first_person_subject(from, to);
    if (!g.empty() && other_clause_subject(t, g)) g.clear();
    return g;
  };
  if (subj.empty() && !obj.empty() && reported_after) subj = first_person(b, t);
  if (subj.empty() && !obj.empty()) subj = sentence_speakers_;
  if (subj.empty() && !obj.empty()) subj = first_person(b, t);
  if (subj.empty() && !obj.empty() && turn_speaker_ >= 0) subj.push_back({turn_speaker_, {}});
  if (subj.empty() && !obj.empty() && obj_end < e && is(obj_end, ",")) subj = first_person_subject(obj_end + 1, e);
  // "the President's meeting with President X": a description that names a counterpart
  Group objp = people_first(obj, doc_);
  auto drop_counterparts = [&] {
    subj.erase(std::remove_if(subj.begin(), subj.end(),
                              [&](const Arg& a) {
                                return std::any_of(objp.begin(), objp.end(), [&](const Arg& o) { return o.entity == a.entity; });
                              }),
               subj.end());
  };
  drop_counterparts();
  // "The officials also welcomed the Trilateral Meeting with A and B": a readout's
  // officials are the people of its current meeting
  if (subj.empty() && !obj.empty() && is(b, "the") && is(b + 1, "officials") && current_group_.size() >= 2) {
    subj = people_first(current_group_, doc_);
    drop_counterparts();
  }
  if (subj.empty() && objp.size() >= 2 && joint_in(b, e)) {
    emit_meeting(s, t, objp, {}, false, false);
    return;
  }
  if (obj.empty()) {
    if (alone_ok && people_first(subj, doc_).size() >= 2) emit_meeting(s, t, subj, {}, false, false);
    return;
  }
  if (subj.empty()) return;
  emit_meeting(s, t, subj, obj, !joint_in(b, e) && !one_description(people_first(obj, doc_)), host);
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
  if (!is(j, "with")) {
    // "A and B discussed trade by phone": parties coordinated as the subject who discuss
    // over the telephone or a video link talk together
    bool call = false;
    for (size_t k = t + 1; k < e && k < t + 16 && !is(k, ";") && !quote(k) && !call; ++k) call = has(k, kCall);
    if (call) {
      Group subj;
      np_left(t, b, subj);
      if (people_first(subj, doc_).size() >= 2) {
        emit_meeting(s, t, subj, {}, false, false);
        return;
      }
    }
    // "a joint Japan-Poland committee will discuss ...": the body of a hyphenated pair
    // of parties meets
    size_t k = t;
    while (k > b && aux_like(k - 1) && ment_[k - 1] < 0) --k;
    Group parties;
    if (hyphen_pair(k, b, parties) < k) emit_meeting(s, t, parties, {}, false, false);
    return;
  }
  Group obj, subj;
  np_right(j + 1, e, obj);
  np_left(t, b, subj);
  if (subj.empty()) subj = sentence_speakers_;
  if (subj.empty() || obj.empty()) return;
  emit_meeting(s, t, subj, obj, !joint_in(b, e), false);
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
        Span sp{uint32_t(base + back[h.pos]), uint32_t(base + back[h.pos + h.len])};
        // "U.S. Envoys Meet Putin": a country before a plural title stands for the people so titled
        if (type_of(h.entity) != EntityType::Person && h.pos + h.len + 1 < low.size() && low[h.pos + h.len] == ' ') {
          size_t w = h.pos + h.len + 1, we = low.find(' ', w);
          std::string next = low.substr(w, we == std::string::npos ? std::string::npos : we - w);
          Group people = (lex_.classes(next) & kPlural) ? people_titled(next) : Group{};
          if (!people.empty()) {
            for (const auto& a : people) add_unique(g, {a.entity, sp});
            continue;
          }
        }
        add_unique(g, {h.entity, sp});
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
    if (g.size() >= 2) we_group_ = g;  // "Joint Statement by A, B and C": the "we" of the body
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
    // the list ends at a preposition outside a name: "Meeting of the X Group of the Y
    // Coalition to Counter Z in Germany" is a meeting of the X Group alone, and neither the
    // body after "to" nor the place after "in" is a member
    size_t cut = low.size();
    for (const char* w : {"in", "at", "on", "to", "for", "with", "during", "after", "before", "ahead", "over"})
      for (size_t p = find_word(w, of + 3); p != std::string::npos && p < cut; p = find_word(w, p + 1)) {
        bool in_name = std::any_of(kept.begin(), kept.end(), [&](const Hit& h) { return p >= h.pos && p < h.pos + h.len; });
        if (!in_name) {
          cut = p;
          break;
        }
      }
    Group g = group_in(of, cut);
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

}  // namespace ng::events::detail
