#pragma once
#include <cstdint>
#include <string_view>

namespace ng::core {

// A half-open byte range [begin, end) into Document::text. Every token, mention,
// time expression and event argument carries one, so output can cite its source.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  constexpr uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return end <= begin; }
  constexpr bool contains(Span o) const { return begin <= o.begin && o.end <= end; }
  constexpr bool overlaps(Span o) const { return begin < o.end && o.begin < end; }
  friend constexpr bool operator==(Span a, Span b) { return a.begin == b.begin && a.end == b.end; }
  friend constexpr bool operator!=(Span a, Span b) { return !(a == b); }
  friend constexpr bool operator<(Span a, Span b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  }
};

inline std::string_view slice(std::string_view text, Span s) {
  return s.end <= text.size() && s.begin <= s.end ? text.substr(s.begin, s.size()) : std::string_view();
}

}  // namespace ng::core
