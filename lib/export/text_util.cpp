#include "export/text_util.h"

#include <cstdint>
#include <cstring>

namespace ng::exporter {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0.
size_t utf8_length(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  unsigned char c1 = s[i + 1];
  if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
    return 0;  // overlong, surrogate, beyond U+10FFFF
  return n;
}

bool digits(std::string_view d, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i)
    if (d[i] < '0' || d[i] > '9') return false;
  return true;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    // Eight ASCII bytes at a time, the common case (every string of the graph's output is
    // checked before it is written).
    uint64_t block;
    if (i + 8 <= s.size() && (std::memcpy(&block, s.data() + i, 8), (block & 0x8080808080808080ULL) == 0)) {
      i += 8;
      continue;
    }
    size_t n = utf8_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t n = utf8_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

const char* date_datatype(std::string_view d) {
  if (d.size() == 10 && d[4] == '-' && d[7] == '-' && digits(d, 0, 4) && digits(d, 5, 7) && digits(d, 8, 10))
    return "xsd:date";
  if (d.size() == 7 && d[4] == '-' && digits(d, 0, 4) && digits(d, 5, 7)) return "xsd:gYearMonth";
  if (d.size() == 4 && digits(d, 0, 4)) return "xsd:gYear";
  return nullptr;
}

}  // namespace ng::exporter
