#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ng::text {

// Offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are ill-formed), or npos if all is valid.
size_t find_invalid_utf8(std::string_view s);

// Decodes the code point at s[i] (which must be valid UTF-8); sets `len` to its size.
char32_t decode_utf8(std::string_view s, size_t i, int& len);

}  // namespace ng::text
