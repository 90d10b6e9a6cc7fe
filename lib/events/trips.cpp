// Trips.
#include "events/run.h"

#include <algorithm>
#include <cstring>

namespace ng::events::detail {

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

}  // namespace ng::events::detail
