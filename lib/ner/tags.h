#pragma once
// The tag set of the entity tagger: BILOU over four types. Tag 0 is O; type t
// (kPer..kMisc) has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
#include <cstdint>
#include <string_view>

namespace ng::ner {

using Tag = uint8_t;
inline constexpr int kTypes = 4;
inline constexpr int kTags = 1 + 4 * kTypes;
enum : int { kPer = 0, kOrg = 1, kLoc = 2, kMisc = 3 };
enum : int { kB = 0, kI = 1, kL = 2, kU = 3 };

inline constexpr Tag make_tag(int type, int part) { return static_cast<Tag>(1 + 4 * type + part); }
inline constexpr int tag_type(Tag t) { return t == 0 ? -1 : (t - 1) / 4; }
inline constexpr int tag_part(Tag t) { return t == 0 ? -1 : (t - 1) % 4; }
// True when a chunk is open after `t` (B or I), so the next tag must be I or L of its type.
inline constexpr bool tag_open(Tag t) { return t != 0 && tag_part(t) <= kI; }

// True when `next` may follow `prev` in a well-formed BILOU sequence (prev 0 at a start).
inline constexpr bool tag_allowed(Tag prev, Tag next) {
  if (tag_open(prev)) return next != 0 && tag_type(next) == tag_type(prev) && (tag_part(next) == kI || tag_part(next) == kL);
  return next == 0 || tag_part(next) == kB || tag_part(next) == kU;
}

inline constexpr const char* kTypeNames[kTypes] = {"PER", "ORG", "LOC", "MISC"};

// "PER" -> kPer ...; -1 when unknown.
inline int type_from_name(std::string_view s) {
  for (int t = 0; t < kTypes; ++t)
    if (s == kTypeNames[t]) return t;
  return -1;
}

}  // namespace ng::ner
