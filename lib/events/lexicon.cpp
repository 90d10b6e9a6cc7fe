#include "events/lexicon.h"

#include <utility>

#include "core/error.h"
#include "core/io.h"

namespace ng::events {
namespace {

const std::pair<const char*, WordClass> kClassNames[] = {
    {"meet_v", kMeetVerb},       {"meet_with", kMeetWith}, {"meet_n", kMeetNoun},   {"light", kLight},
    {"discuss", kDiscuss},       {"say", kSay},            {"say_ing", kSayIng},    {"travel_v", kTravelVerb},
    {"travel_n", kTravelNoun},   {"planned", kPlanned},    {"cancelled", kCancelled}, {"denied", kDenied},
    {"hedge", kHedge},           {"call", kCall},          {"np", kNounPhrase},     {"plural", kPlural},
    {"adv", kAdverb},
};

}  // namespace

Lexicon Lexicon::load(const std::string& path) {
  std::string text = core::read_file(path);
  Lexicon lex;
  long line_no = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    std::string_view line(text.data() + pos, (nl == std::string::npos ? text.size() : nl) - pos);
    pos = nl == std::string::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) throw core::Error(path, "expected word<TAB>classes", line_no);
    uint32_t classes = 0;
    std::string_view rest = line.substr(tab + 1);
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view name = rest.substr(0, comma);
      bool known = false;
      for (const auto& [n, c] : kClassNames)
        if (name == n) { classes |= c; known = true; }
      if (!known) throw core::Error(path, "unknown word class '" + std::string(name) + "'", line_no);
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    lex.add(line.substr(0, tab), classes);
  }
  return lex;
}

void Lexicon::add(std::string_view word, uint32_t classes) { table_[std::string(word)] |= classes; }

uint32_t Lexicon::classes(std::string_view lower_word) const {
  // A short word is looked up through a stack buffer-sized string (small-string
  // optimisation): no heap allocation for ordinary words.
  auto it = table_.find(std::string(lower_word));
  return it == table_.end() ? 0 : it->second;
}

}  // namespace ng::events
