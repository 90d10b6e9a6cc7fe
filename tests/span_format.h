#pragma once
// Prints core::Span as "[begin,end)" in doctest's failure messages.
#include <doctest/doctest.h>

#include <string>

#include "core/span.h"

namespace doctest {
template <>
struct StringMaker<ng::core::Span> {
  static String convert(ng::core::Span s) {
    return ("[" + std::to_string(s.begin) + "," + std::to_string(s.end) + ")").c_str();
  }
};
}  // namespace doctest
