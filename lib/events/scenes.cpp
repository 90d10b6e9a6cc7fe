// Scenes: the place a paragraph has set for the meetings it goes on to tell.
#include "events/run.h"

#include <string>

#include "core/calendar.h"

namespace ng::events::detail {
namespace {

// True when `day` ("YYYY-MM-DD") is `ref` or the day before it.
bool same_or_day_before(const std::string& day, const std::string& ref) {
  core::Ymd a, b;
  if (!core::parse_iso_date(day, a) || !core::parse_iso_date(ref, b)) return false;
  int64_t gap = core::days_from_civil(b.y, b.m, b.d) - core::days_from_civil(a.y, a.m, a.d);
  return gap == 0 || gap == 1;
}

}  // namespace

int32_t Run::dateline_place_entity() const {
  if (doc_.dateline_place_span.empty()) return -1;
  for (const auto& m : doc_.mentions)
    if (m.entity >= 0 && m.span.overlaps(doc_.dateline_place_span) && type_of(m.entity) == EntityType::Place)
      return m.entity;
  auto it = place_by_name_.find(doc_.dateline_place);
  return it == place_by_name_.end() ? -1 : it->second;
}

void Run::scene_places() {
  const auto& sens = doc_.sentences;
  const int32_t dateline = dateline_place_entity();
  for (auto& ev : events_) {
    if (ev.kind != core::EventKind::Meeting || ev.place >= 0 || ev.mode == core::Mode::Call) continue;
    uint32_t s = ev.sentence;
    if (s >= sens.size() || ev.evidence.begin < doc_.body.begin) continue;
    uint32_t para = sens[s].paragraph;
    // a place the sentence before introduced as the scene: "... ran through Davos, where"
    if (s > 0 && sens[s - 1].paragraph == para) {
      const auto& prev = sens[s - 1];
      for (size_t t = prev.first_token; t < prev.last_token && ev.place < 0; ++t) {
        int32_t e = entity_at(t);
        if (e < 0 || type_of(e) != EntityType::Place) continue;
        size_t end = mention(t).last_token;
        if (end + 1 < prev.last_token && is(end, ",") && is(end + 1, "where")) {
          ev.place = e;
          ev.place_span = mention(t).span;
        }
        t = end - 1;
      }
    }
    if (ev.place < 0 && ev.status == core::Status::Occurred) {
      // where a participant had arrived earlier in the paragraph
      for (const auto& trip : events_) {
        if (trip.kind != core::EventKind::Travel || trip.place < 0 || trip.status != core::Status::Occurred ||
            trip.sentence >= s || sens[trip.sentence].paragraph != para)
          continue;
        bool shared = false;
        for (const auto& a : trip.participants)
          for (const auto& b : ev.participants) shared |= a.entity >= 0 && a.entity == b.entity;
        if (shared) {
          ev.place = trip.place;
          ev.place_span = trip.place_span;
        }
      }
    }
    // the dateline's place, where the sentence says "here", or for a meeting held the
    // day of the report or the day before
    if (ev.place < 0 && dateline >= 0) {
      bool here = false;
      for (size_t t = sens[s].first_token; t < sens[s].last_token && !here; ++t) here = is(t, "here");
      if (here || (ev.status == core::Status::Occurred && same_or_day_before(ev.date, doc_.dct))) {
        ev.place = dateline;
        ev.place_span = doc_.dateline_place_span;
      }
    }
  }
}

}  // namespace ng::events::detail
