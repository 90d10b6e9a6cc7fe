// Scenes: the place a paragraph has set for the meetings it goes on to tell.
#include "events/run.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

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
  // Per sentence, in one pass over the tokens: the place it introduces as a scene
  // ("X, where ...") and whether it says "here".
  std::vector<int32_t> scene(sens.size(), -1);
  std::vector<Span> scene_span(sens.size());
  std::vector<uint8_t> here(sens.size(), 0);
  for (uint32_t s = 0; s < sens.size(); ++s)
    for (size_t t = sens[s].first_token; t < sens[s].last_token; ++t) {
      if (is(t, "here")) here[s] = 1;
      int32_t e = entity_at(t);
      if (e < 0) continue;
      size_t end = std::max<size_t>(mention(t).last_token, t + 1);
      if (scene[s] < 0 && type_of(e) == EntityType::Place && end + 1 < sens[s].last_token && is(end, ",") &&
          is(end + 1, "where")) {
        scene[s] = e;
        scene_span[s] = mention(t).span;
      }
      t = end - 1;
    }
  // Events in sentence order; per paragraph, the latest place each person had arrived in.
  std::vector<size_t> order(events_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return events_[x].sentence < events_[y].sentence; });
  std::unordered_map<int32_t, size_t> arrived;  // entity -> its latest trip (events_ index)
  uint32_t para = UINT32_MAX;
  for (size_t k = 0; k < order.size();) {
    uint32_t s = events_[order[k]].sentence;
    size_t next = k;
    while (next < order.size() && events_[order[next]].sentence == s) ++next;
    if (s >= sens.size()) { k = next; continue; }
    if (sens[s].paragraph != para) arrived.clear(), para = sens[s].paragraph;
    for (size_t j = k; j < next; ++j) {
      core::Event& ev = events_[order[j]];
      if (ev.kind != core::EventKind::Meeting || ev.place >= 0 || ev.mode == core::Mode::Call ||
          ev.evidence.begin < doc_.body.begin)
        continue;
      // a place the sentence before introduced as the scene: "... ran through Davos, where"
      if (s > 0 && sens[s - 1].paragraph == para && scene[s - 1] >= 0) {
        ev.place = scene[s - 1];
        ev.place_span = scene_span[s - 1];
        continue;
      }
      // where a participant had arrived earlier in the paragraph
      if (ev.status == core::Status::Occurred) {
        size_t latest = SIZE_MAX;
        for (const auto& a : ev.participants) {
          auto it = a.entity >= 0 ? arrived.find(a.entity) : arrived.end();
          if (it != arrived.end() && (latest == SIZE_MAX || it->second > latest)) latest = it->second;
        }
        if (latest != SIZE_MAX) {
          ev.place = events_[latest].place;
          ev.place_span = events_[latest].place_span;
          continue;
        }
      }
      // the dateline's place, where the sentence says "here", or for a meeting held the
      // day of the report or the day before
      if (dateline >= 0 && (here[s] || (ev.status == core::Status::Occurred && same_or_day_before(ev.date, doc_.dct)))) {
        ev.place = dateline;
        ev.place_span = doc_.dateline_place_span;
      }
    }
    for (size_t j = k; j < next; ++j) {
      const core::Event& trip = events_[order[j]];
      if (trip.kind != core::EventKind::Travel || trip.place < 0 || trip.status != core::Status::Occurred) continue;
      for (const auto& a : trip.participants)
        if (a.entity >= 0) arrived[a.entity] = order[j];
    }
    k = next;
  }
}

}  // namespace ng::events::detail
