#pragma once
// Small text helpers shared by the exporters.
#include <string>
#include <string_view>

namespace ng::exporter {

bool is_valid_utf8(std::string_view s);
// `s` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string repair_utf8(std::string_view s);

// The XML Schema datatype of an ISO date by its precision: "xsd:date" (YYYY-MM-DD),
// "xsd:gYearMonth" (YYYY-MM), "xsd:gYear" (YYYY); nullptr for anything else.
const char* date_datatype(std::string_view d);

}  // namespace ng::exporter
