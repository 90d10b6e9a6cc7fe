#include "events/lexicon.h"

#include <utility>

#include "core/error.h"
#include "core/io.h"

namespace ng::events {
namespace {

// Splits `line` at tabs into at most `max` fields; returns how many it filled.
size_t split_tabs(std::string_view line, std::string_view* f, size_t max) {
  size_t n = 0;
  for (size_t pos = 0; n < max && pos <= line.size(); ++n) {
    size_t tab = line.find('\t', pos);
    f[n] = line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos);
    pos = tab == std::string_view::npos ? line.size() + 1 : tab + 1;
  }
  return n;
}

const std::pair<const char*, WordClass> kClassNames[] = {
    {"meet_v", kMeetVerb},
    {"meet_with", kMeetWith},
    {"meet_n", kMeetNoun},
    {"light", kLight},
    {"discuss", kDiscuss},
    {"say", kSay},
    {"say_ing", kSayIng},
    {"travel_v", kTravelVerb},
    {"travel_n", kTravelNoun},
    {"planned", kPlanned},
    {"cancelled", kCancelled},
    {"denied", kDenied},
    {"hedge", kHedge},
    {"call", kCall},
    {"np", kNounPhrase},
    {"plural", kPlural},
    {"adv", kAdverb},
    {"say_clause", kSayClause},
    {"attend_in", kAttendIn},
    {"say_n", kSayNoun},
    {"say_light", kSayLight},
    {"attend", kAttend},
    {"side", kSide},
    {"side_mod", kSideMod},
    {"voice", kVoice},
    {"contest", kContest},
    {"lesser_rank", kLesserRank},
    {"counterpart", kCounterpart},
    {"present", kPresent},
    {"included", kIncluded},
    {"together", kTogether},
    {"together_v", kTogetherVerb},
    {"joint", kJoint},
    {"travel_obj", kTravelObject},
    {"companion", kCompanion},
    {"say_inv", kSayInverted},
    {"say_plain", kSayPlain},
    {"host_v", kHostVerb},
    {"meet_lemma", kMeetLemma},
    {"call_v", kCallVerb},
    {"ordinal", kOrdinal},
    {"delegation", kDelegation},
    {"led_by", kLedBy},
    {"again", kAgain},
    {"needed", kNeeded},
    {"leave_v", kLeaveVerb},
    {"lead_v", kLeadVerb},
    {"past", kPastForm},
    {"opener", kOpener},
    {"involve", kInvolve},
    {"outlet", kOutlet},
    {"org_kind", kOrgKind},
    {"country_kind", kCountryKind},
    {"place_kind", kPlaceKind},
};

// Calls f(line, line_no) for each line of `text` that is neither empty nor a '#' comment,
// without its line break.
template <class F>
void for_each_line(const std::string& text, F f) {
  long line_no = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    std::string_view line(text.data() + pos, (nl == std::string::npos ? text.size() : nl) - pos);
    pos = nl == std::string::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    f(line, line_no);
  }
}

}  // namespace

Lexicon Lexicon::load(const std::string& path) {
  std::string text = core::read_file(path);
  Lexicon lex;
  for_each_line(text, [&](std::string_view line, long line_no) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) throw core::Error(path, "expected word<TAB>classes", line_no);
    WordClasses classes = 0;
    std::string_view rest = line.substr(tab + 1);
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view name = rest.substr(0, comma);
      bool known = false;
      for (const auto& [n, c] : kClassNames)
        if (name == n) {
          classes |= c;
          known = true;
        }
      if (name.substr(0, 6) == "count=") {
        std::string_view digits = name.substr(6);
        int n = 0;
        for (char c : digits) n = (c >= '0' && c <= '9') ? n * 10 + (c - '0') : -1;
        if (digits.empty() || digits.size() > 4 || n <= 0)
          throw core::Error(path, "expected count=N with N a positive number", line_no);
        lex.counts_[std::string(line.substr(0, tab))] = n;
        known = true;
      }
      if (!known) throw core::Error(path, "unknown word class '" + std::string(name) + "'", line_no);
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    lex.add(line.substr(0, tab), classes);
  });
  return lex;
}

void Lexicon::add(std::string_view word, WordClasses classes) { table_[std::string(word)] |= classes; }

void Lexicon::load_demonyms(const std::string& path) {
  std::string text = core::read_file(path);
  std::string low;
  for_each_line(text, [&](std::string_view line, long line_no) {
    size_t a = line.find('\t'), b = a == std::string_view::npos ? a : line.find('\t', a + 1);
    if (a == std::string_view::npos || b == std::string_view::npos || a == 0 || b + 1 >= line.size())
      throw core::Error(path, "expected country<TAB>kind<TAB>form", line_no);
    low.clear();
    for (char c : line.substr(b + 1)) low += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    if (line.substr(a + 1, b - a - 1) == "demonym")
      add_demonym(low, std::string(line.substr(0, a)));
    else
      country_names_.insert(low);
  });
}

void Lexicon::add_demonym(std::string_view lower_demonym, std::string country) {
  demonyms_.emplace(std::string(lower_demonym), std::move(country));  // the first country listed keeps a shared form
}

const std::string* Lexicon::country_of(std::string_view lower_demonym) const {
  auto it = demonyms_.find(std::string(lower_demonym));
  return it == demonyms_.end() ? nullptr : &it->second;
}

bool Lexicon::is_country_name(std::string_view lower_name) const {
  return country_names_.count(std::string(lower_name)) > 0;
}

Frames Frames::load(const std::string& path) {
  std::string text = core::read_file(path);
  Frames out;
  for_each_line(text, [&](std::string_view line, long line_no) {
    std::string_view f[4];
    size_t n = split_tabs(line, f, 4);
    if (n < 4) throw core::Error(path, "expected class<TAB>relation<TAB>case<TAB>side", line_no);
    FrameRow row;
    for (const auto& [name, c] : kClassNames)
      if (f[0] == name) row.trigger_class = c;
    if (!(row.trigger_class & (kMeetVerb | kMeetWith | kMeetNoun | kLight)))
      throw core::Error(path, "unknown trigger class '" + std::string(f[0]) + "'", line_no);
    row.relation = core::dep_from(f[1]);
    if (row.relation == core::Dep::dep && f[1] != "dep")
      throw core::Error(path, "unknown relation '" + std::string(f[1]) + "'", line_no);
    for (std::string_view rest = f[2]; f[2] != "-" && !rest.empty();) {
      size_t bar = rest.find('|');
      row.cases.emplace_back(rest.substr(0, bar));
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
    if (f[3] != "a" && f[3] != "b") throw core::Error(path, "side must be a or b", line_no);
    row.subject_side = f[3] == "a";
    out.rows_.push_back(std::move(row));
  });
  return out;
}

void Lexicon::load_frames(const std::string& path) { frames_ = Frames::load(path); }

void Lexicon::load_city_countries(const std::string& path) {
  std::string text = core::read_file(path);
  std::string low;
  for_each_line(text, [&](std::string_view line, long line_no) {
    std::string_view f[6];
    size_t n = split_tabs(line, f, 6);
    if (n < 2 || f[0].empty()) throw core::Error(path, "expected phrase<TAB>category", line_no);
    if (f[1] == "country" && n >= 3 && !f[2].empty()) {
      country_by_code_.emplace(std::string(f[2]), std::string(f[0]));  // the first name listed
    } else if (f[1] == "city") {
      if (n < 6 || f[2].empty())
        throw core::Error(path, "expected city<TAB>CC<TAB>lat<TAB>lon<TAB>population", line_no);
      long population = 0;
      for (char c : f[5]) population = (c >= '0' && c <= '9') ? population * 10 + (c - '0') : population;
      low.clear();
      for (char c : f[0]) low += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
      auto& slot = city_code_[low];
      if (slot.first.empty() || population > slot.second) slot = {std::string(f[2]), population};
    }
  });
}

const std::string* Lexicon::country_of_city(std::string_view lower_city) const {
  auto it = city_code_.find(std::string(lower_city));
  if (it == city_code_.end()) return nullptr;
  auto c = country_by_code_.find(it->second.first);
  return c == country_by_code_.end() ? nullptr : &c->second;
}

void Lexicon::load_genders(const std::string& path) {
  std::string text = core::read_file(path);
  for_each_line(text, [&](std::string_view line, long line_no) {
    size_t tab = line.find('\t');
    std::string_view g = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    if (tab == 0 || (g != "female" && g != "male")) throw core::Error(path, "expected name<TAB>female|male", line_no);
    genders_[std::string(line.substr(0, tab))] = g == "female" ? 'f' : 'm';
  });
}

char Lexicon::gender_of(std::string_view lower_first_name) const {
  auto it = genders_.find(std::string(lower_first_name));
  return it == genders_.end() ? 0 : it->second;
}

int Lexicon::count(std::string_view lower_word) const {
  auto it = counts_.find(std::string(lower_word));
  return it == counts_.end() ? 0 : it->second;
}

WordClasses Lexicon::classes(std::string_view lower_word) const {
  // A short word is looked up through a stack buffer-sized string (small-string
  // optimisation): no heap allocation for ordinary words.
  auto it = table_.find(std::string(lower_word));
  return it == table_.end() ? 0 : it->second;
}

}  // namespace ng::events
