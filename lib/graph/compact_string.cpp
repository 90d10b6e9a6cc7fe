#include "graph/compact_string.h"

#include "core/error.h"

namespace ng::graph {

void CompactString::assign_new(std::string_view s) {
  if (s.size() <= kInline) {
    clear_inline();
    if (!s.empty()) std::memcpy(b_, s.data(), s.size());  // an empty view's data() may be null
    b_[kInline] = char(kInline - s.size());
    return;
  }
  if (s.size() >= 0xFFFFFFFFu) throw core::Error("graph: a string of 4 GB or more");
  char* p = new char[s.size() + 1];
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = 0;
  uint32_t n = uint32_t(s.size());
  std::memset(b_, 0, sizeof b_);
  std::memcpy(b_, &p, sizeof p);
  std::memcpy(b_ + 8, &n, 4);
  b_[kInline] = char(kHeap);
}

}  // namespace ng::graph
