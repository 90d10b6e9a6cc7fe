#pragma once
// A document's mentions as one line for exact assertions: "Type:name[/title];" each.
#include <string>

#include "core/document.h"

namespace ng::testing {

inline std::string mentions_of(const core::Document& doc) {
  std::string out;
  for (const auto& m : doc.mentions) {
    out += std::string(core::to_string(m.type)) + ":" + std::string(doc.view(m.span));
    if (!m.title.empty()) out += "/" + std::string(doc.view(m.title));
    out += ";";
  }
  return out;
}

}  // namespace ng::testing
