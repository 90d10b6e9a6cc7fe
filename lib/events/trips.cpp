// Trips.
#include "events/run.h"

#include <algorithm>
#include <cstring>

namespace ng::events::detail {

using core::Dep;
using core::Upos;

// ---------------------------------------------------------------------------
// Trips.

void Run::travel(uint32_t s, size_t t) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  // a verb after "to" or a modal ("to visit", "will visit"), else a noun after a determiner
  bool verb_slot = t > b && (is(t - 1, "to") || is(t - 1, "will") || is(t - 1, "would") || is(t - 1, "shall") ||
                             is(t - 1, "'ll") || is(t - 1, "may") || is(t - 1, "might") || is(t - 1, "could"));
  bool noun = has(t, kTravelNoun) && t > b && !verb_slot &&
              (is(t - 1, "the") || is(t - 1, "a") || is(t - 1, "'s") || is(t - 1, "his") || is(t - 1, "her") ||
               is(t - 1, "their") || has(t - 1, kPlanned) || cap(t - 1) || doc_.tokens[t - 1].kind == core::TokenKind::Number ||
               is(t - 1, "-") || is(t - 1, "official") || is(t - 1, "state"));
  if (!noun && !has(t, kTravelVerb)) return;
  if (has(t, kLeaveVerb) && !is(t + 1, "for")) return;
  size_t j = skip_right(t + 1, e);
  bool lead = has(t, kLeadVerb);
  if (lead) {
    // "led a Presidential Delegation to Abu Dhabi": the leader travels
    size_t k = j;
    while (k < e && k < j + 6 && !is(k, "delegation") && !is(k, "mission") && !punct(k) && ment_[k] < 0) ++k;
    if (k >= e || !(is(k, "delegation") || is(k, "mission")) || !is(k + 1, "to")) return;
    j = k + 1;
  }
  bool visit = has(t, kTravelObject);  // "visited Cairo", "toured Kampala": the object is where
  Group places;
  if (is(j, "to") || is(j, "in") || is(j, "for") || is(j, "at")) ++j;
  else if (!visit) return;
  np_right(j, e, places);
  if (places.empty() && visit && !noun) {
    // "Norway, which he visited two weeks ago": the place the relative clause hangs on
    Group subj;
    size_t st = np_left(t, b, subj);
    if (!subj.empty() && st >= b + 2 && is(st - 1, "which") && is(st - 2, ",")) np_left(st - 2, b, places);
  }
  Group dest;
  for (const auto& a : places) {
    if (type_of(a.entity) != EntityType::Place) continue;
    // "Mexico City, Mexico": the country after a city is where the city is
    if (!dest.empty()) {
      size_t k = size_t(std::partition_point(doc_.tokens.begin(), doc_.tokens.end(),
                                             [&](const core::Token& tk) { return tk.span.end <= a.span.begin; }) -
                        doc_.tokens.begin());
      const Arg& prev = dest.back();
      if (k > 0 && is(k - 1, ",") && doc_.tokens[k - 1].span.begin == prev.span.end) continue;
    }
    dest.push_back(a);
  }
  if (dest.empty()) return;
  Group who;
  if (noun) {
    size_t p = t - 1;
    while (p > b && p + 4 > t && !is(p, "'s") && !is(p, "his") && !is(p, "her") && !is(p, "their")) --p;
    if (is(p, "'s")) np_left(p, b, who);
    else if (is(p, "his") || is(p, "her") || is(p, "their")) reference(p, p + 1, who);
    // "During his visit to X, A met B", "A, on a visit to X, said": a visit that is an
    // adjunct of a clause, with no possessor or one that names no one before it, is the
    // clause subject's
    static const std::vector<std::string> kAdjunct{"during", "on", "after", "before", "in", "at"};
    if (who.empty() && !is(p, "'s") && parsed(t) && syn(t).dep == Dep::obl && syn(t).head >= 0 &&
        has_case(t, kAdjunct) && syn(size_t(syn(t).head)).upos == Upos::VERB) {
      std::vector<uint32_t> subjects;
      children_as(size_t(syn(t).head), Dep::nsubj, subjects);
      for (uint32_t c : subjects) named_with_conjuncts(c, who);
    }
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
  emit_trips(s, t, people, dest, st);
}

void Run::emit_trips(uint32_t s, size_t t, const Group& people, const Group& dest, core::Status st) {
  const auto& sen = doc_.sentences[s];
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

// The latest trip of `who` told before sentence s or in it, or nullptr.
static const core::Event* latest_trip(const std::vector<core::Event>& events, int32_t who) {
  for (size_t x = events.size(); x-- > 0;) {
    if (events[x].kind != core::EventKind::Travel) continue;
    for (const auto& a : events[x].participants)
      if (a.entity == who) return &events[x];
  }
  return nullptr;
}

void Run::itinerary(uint32_t s) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  auto push = [&](core::Event ev, size_t trigger) {
    ev.kind = core::EventKind::Travel;
    ev.sentence = s;
    ev.evidence = sen.span;
    ev.trigger = doc_.tokens[trigger].span;
    ev.citations = sen.citations;
    events_.push_back(std::move(ev));
    needs_date_.push_back(false);
  };
  // "The First Lady was joined by A; B; and C": the companions of a trip travel with it
  for (size_t t = b + 1; t + 1 < e; ++t) {
    if (!((is(t, "joined") || is(t, "accompanied")) && is(t + 1, "by"))) continue;
    Group subj;
    np_left(t, b, subj);
    subj = people_first(subj, doc_);
    if (subj.empty() || type_of(subj[0].entity) != EntityType::Person) break;
    const core::Event* trip = latest_trip(events_, subj[0].entity);
    if (!trip || trip->place < 0) break;
    core::Event base = *trip;  // copied: events_ grows below
    core::Event ev;
    ev.kind = core::EventKind::Travel;
    for (size_t k = t + 2; k < e && !has(k, kSay | kMeetVerb | kMeetWith | kTravelVerb); ++k) {
      if (ment_[k] < 0) continue;
      int32_t en = entity_at(k);
      if (type_of(en) == EntityType::Person && en != subj[0].entity) {
        bool seen = false;
        for (const auto& a : ev.participants) seen |= a.entity == en;
        if (!seen) ev.participants.push_back({en, core::Role::Traveller, mention(k).span});
      }
      k = mention(k).last_token - 1;
    }
    if (ev.participants.empty()) break;
    ev.place = base.place;
    ev.place_span = base.place_span;
    ev.date = base.date;
    ev.timex = base.timex;
    ev.status = base.status;
    push(std::move(ev), t);
    break;
  }
  size_t i = b;
  if (i + 1 < e && (is(i, "then") || is(i, "finally") || is(i, "next")) && is(i + 1, ",")) i += 2;
  if (!is(i, "in") || i + 1 >= e) return;
  // "In Manila, the Philippines, on August 6,": the first place; what follows it up to the
  // comma before the subject is where it lies and when
  size_t j = is(i + 1, "the") ? i + 2 : i + 1;
  if (j >= e || entity_at(j) < 0 || type_of(entity_at(j)) != EntityType::Place) return;
  const Arg dest{entity_at(j), mention(j).span};
  size_t k = mention(j).last_token;
  size_t guard = 0;
  while (k < e && guard++ < 12 && !boundary(k)) {
    if (is(k, ",")) {
      size_t n = k + 1;
      if (n < e && (ment_[n] < 0 || type_of(entity_at(n)) == EntityType::Person) && !(is(n, "on") || timex_[n] >= 0) &&
          !(ment_[n] >= 0 && type_of(entity_at(n)) == EntityType::Place) && !(is(n, "the") && ment_[n + 1] >= 0 &&
                                                                                 type_of(entity_at(n + 1)) == EntityType::Place))
        break;
    }
    ++k;
  }
  if (k >= e || !is(k, ",")) return;
  Group who;
  size_t v = np_right(k + 1, e, who);
  who = people_first(who, doc_);
  if (who.empty() || type_of(who[0].entity) != EntityType::Person || v >= e) return;
  // the subject's verb follows it (an auxiliary may stand between)
  size_t verb = v;
  while (verb < e && verb < v + 3 && aux_like(verb)) ++verb;
  if (verb >= e || punct(verb) || ment_[verb] >= 0) return;
  // only on an itinerary: the person has travelled earlier in the article
  const core::Event* trip = latest_trip(events_, who[0].entity);
  if (!trip) return;
  for (const auto& ev : events_)
    if (ev.kind == core::EventKind::Travel && ev.sentence == s && ev.place == dest.entity) return;
  core::Status st;
  if (!status_of(s, verb, st)) return;
  core::Event ev;
  ev.kind = core::EventKind::Travel;
  ev.participants.push_back({who[0].entity, core::Role::Traveller, who[0].span});
  ev.place = dest.entity;
  ev.place_span = dest.span;
  auto [date, tx] = date_near(s, i, 40);
  ev.date = date.empty() ? trip->date : date;
  ev.timex = date.empty() ? trip->timex : tx;
  ev.status = st;
  if (st == core::Status::Occurred && after_dct(ev.date, doc_.dct)) ev.status = core::Status::Planned;
  push(std::move(ev), i);
}

// "TOKYO, March 3 - ... visiting U.S. Under-Secretary Allen Wallis told ...": a person the
// word "visiting" introduces as a modifier (before the title and any demonym) under a
// dateline is on a trip to the dateline's country when the article names it, else to its
// city; not in a sentence that names another city or site.
void Run::visiting_trips(uint32_t s) {
  const auto& sen = doc_.sentences[s];
  bool visiting = false;
  for (size_t i = sen.first_token; i < sen.last_token && !visiting; ++i) visiting = is(i, "visiting");
  if (!visiting) return;
  const int32_t city = dateline_place_entity();
  if (city < 0) return;
  int32_t dest = city;
  if (!is_country(city)) {
    std::string low;
    lower_into(doc_.dateline_place, low);
    if (const std::string* name = lex_.country_of_city(low))
      if (auto it = place_by_name_.find(*name); it != place_by_name_.end()) dest = it->second;
  }
  // a sentence that names another city or site tells of somewhere else ("hours after he
  // met visiting minister X in the city of Oran")
  for (size_t k = sen.first_token; k < sen.last_token; ++k) {
    int32_t e = entity_at(k);
    if (e >= 0 && e != city && e != dest && type_of(e) == EntityType::Place && !is_country(e)) return;
  }
  for (size_t i = sen.first_token; i < sen.last_token; ++i) {
    if (!is(i, "visiting")) continue;
    // the person's name within a title's reach after it
    for (size_t k = i + 1; k < sen.last_token && k < i + 12; ++k) {
      if (punct(k) && !is(k, ".")) break;
      int32_t e = entity_at(k);
      if (e < 0) continue;
      if (type_of(e) == EntityType::Misc) continue;  // a demonym ("visiting Russian leader X")
      if (type_of(e) != EntityType::Person) {
        // a country in the title ("visiting U.S. Under-Secretary X"), not the place visited
        // ("while visiting Washington to advise X")
        size_t after = mention(k).last_token;
        if (type_of(e) == EntityType::Organization || after >= sen.last_token || !cap(after)) break;
        k = after - 1;
        continue;
      }
      if (e == dest) break;
      Group people{{e, mention(k).span}}, to{{dest, doc_.dateline_place_span}};
      emit_trips(s, i, people, to, core::Status::Occurred);
      break;
    }
  }
}

// Trips read from the tree, from travel nouns the surface patterns read no trip from: a travel
// noun's traveller is its possessor or its by/of-phrase ("Biden's visit to Seoul", "a visit
// by X"), else the subject of the verb it is the object of ("X began a state visit") or an
// adjunct of ("X said at the end of a visit here"); its destination is its to-phrase (or the
// verb's), else the dateline's place when the sentence says "here".
void Run::tree_trips(uint32_t s) {
  static const std::vector<std::string> kTo{"to"}, kByOf{"by", "of"}, kFor{"for"}, kIn{"in"};
  const auto& sen = doc_.sentences[s];
  if (kid_begin_.size() != doc_.tokens.size() + 1 || kids_.empty()) return;
  for (size_t t = sen.first_token; t < sen.last_token; ++t) {
    if (!parsed(t) || syn(t).upos != Upos::NOUN || !has(t, kTravelNoun) || ment_[t] >= 0) continue;
    bool known = false;  // a trip the surface patterns read from this noun
    for (size_t i = events_.size(); i-- > 0 && events_[i].sentence == s && !known;)
      known = events_[i].kind == core::EventKind::Travel && events_[i].trigger == doc_.tokens[t].span;
    if (known) continue;
    std::vector<uint32_t> who, to;
    for (uint32_t k = kid_begin_[t]; k < kid_begin_[t + 1]; ++k) {
      uint32_t c = kids_[k];
      if (syn(c).dep == Dep::nmod_poss || (syn(c).dep == Dep::nmod && has_case(c, kByOf))) who.push_back(c);
      if (syn(c).dep == Dep::nmod && has_case(c, kTo)) to.push_back(c);
    }
    size_t h = syn(t).head >= 0 ? size_t(syn(t).head) : t;
    if (h != t && syn(t).dep == Dep::obj && syn(h).upos == Upos::VERB) {
      if (who.empty()) children_as(h, Dep::nsubj, who);
      // "X is scheduled to make a visit to Y": an open complement's subject is its head's
      if (who.empty() && syn(h).dep == Dep::xcomp && syn(h).head >= 0 && verbal(syn(size_t(syn(h).head)).upos)) {
        children_as(size_t(syn(h).head), Dep::nsubj, who);
        children_as(size_t(syn(h).head), Dep::nsubj_pass, who);
      }
      for (uint32_t k = kid_begin_[h]; k < kid_begin_[h + 1]; ++k)
        if (syn(kids_[k]).dep == Dep::obl && has_case(kids_[k], kTo)) to.push_back(kids_[k]);
    }
    // "X is in Beijing for a state visit": the place a copula puts its subject in
    if (to.empty() && h != t && (syn(t).dep == Dep::nmod || syn(t).dep == Dep::obl) && has_case(t, kFor) &&
        entity_at(h) >= 0 && type_of(entity_at(h)) == EntityType::Place && copular(h)) {
      to.push_back(uint32_t(h));
      if (who.empty()) children_as(h, Dep::nsubj, who);
    }
    // ... and set off by commas after the name: "X, in Pakistan for a visit, said" (the visit
    // and the place modify the name, or the visit the place)
    bool there = false;  // the appositive "in X for a visit": the traveller is there
    if (to.empty() && who.empty() && h != t && syn(t).dep == Dep::nmod && has_case(t, kFor)) {
      size_t name = h;
      auto place_in = [&](size_t x) {
        return entity_at(x) >= 0 && type_of(entity_at(x)) == EntityType::Place && syn(x).dep == Dep::nmod &&
               has_case(x, kIn);
      };
      if (place_in(h) && syn(h).head >= 0) {
        to.push_back(uint32_t(h));
        name = size_t(syn(h).head);
      } else {
        for (uint32_t k = kid_begin_[h]; k < kid_begin_[h + 1] && to.empty(); ++k)
          if (place_in(kids_[k])) to.push_back(kids_[k]);
      }
      there = !to.empty() && entity_at(name) >= 0 && type_of(entity_at(name)) == EntityType::Person;
      if (there)
        who.push_back(uint32_t(name));
      else
        to.clear();
    }
    if (who.empty()) {
      // "X said at the end of a brief visit here": up the noun's phrase to its verb's subject
      size_t up = t;
      for (int steps = 0; steps < 3 && parsed(up) && syn(up).head >= 0 &&
                          (syn(up).dep == Dep::nmod || syn(up).dep == Dep::obl);
           ++steps) {
        up = size_t(syn(up).head);
        if (syn(up).upos == Upos::VERB) {
          children_as(up, Dep::nsubj, who);
          break;
        }
      }
    }
    Group people, dest;
    for (size_t i = 0; i < who.size(); ++i) {
      children_as(who[i], Dep::conj, who);  // "the visit of A and B"
      Arg a = named_by_tree(who[i]);          // "the minister, X,"
      if (a.entity >= 0 && type_of(a.entity) == EntityType::Person) add_unique(people, a);
    }
    for (size_t i = 0; i < to.size(); ++i) {
      children_as(to[i], Dep::conj, to);
      int32_t e = entity_at(to[i]);
      if (e >= 0 && type_of(e) == EntityType::Place) add_unique(dest, {e, mention(to[i]).span});
    }
    if (dest.empty() && !people.empty()) {
      bool here = false;
      for (size_t k = sen.first_token; k < sen.last_token && !here; ++k)
        here = is(k, "here") && syn(k).upos == Upos::ADV;
      int32_t dateline = here ? dateline_place_entity() : -1;
      if (dateline >= 0) dest.push_back({dateline, doc_.dateline_place_span});
    }
    if (people.empty() || dest.empty()) continue;
    core::Status st;
    if (!status_of(s, t, st)) continue;
    if (there && st == core::Status::Planned) st = core::Status::Occurred;
    emit_trips(s, t, people, dest, st);
  }
}

}  // namespace ng::events::detail
