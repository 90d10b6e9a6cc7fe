#include "text/dateline.h"

#include <array>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.h"

namespace ng::text {
namespace {

// How many non-blank lines at the top of the body may hold a dateline or place line.
constexpr int kMaxLines = 6;
// A place line is short: "Oval Office", "Berlin, Germany".
constexpr size_t kMaxPlaceLine = 48;

inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
inline char lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

// Month of a full name or a newspaper abbreviation ("Jan", "Sept."), else 0.
int month_of(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                               "july",    "august",   "september", "october", "november", "december"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3 || !is_upper(w[0])) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (iequals(w, kMonths[m])) return static_cast<int>(m) + 1;
    if (w.size() == 3 && iequals(w, kMonths[m].substr(0, 3))) return static_cast<int>(m) + 1;
    if (m == 8 && iequals(w, "sept")) return 9;
  }
  return 0;
}

// ISO weekday (1 = Monday) of a full or abbreviated weekday name, else 0.
int weekday_of(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3 || !is_upper(w[0])) return 0;
  for (size_t d = 0; d < kDays.size(); ++d)
    if (iequals(w, kDays[d]) || (w.size() == 3 && iequals(w, kDays[d].substr(0, 3)))) return static_cast<int>(d) + 1;
  return 0;
}

// Words of a line: runs of letters, digits, non-ASCII bytes, inner '.', '-', '\''.
struct Word {
  size_t begin, end;
};

std::vector<Word> words_of(std::string_view line) {
  std::vector<Word> out;
  size_t i = 0;
  auto word_char = [&](size_t k) { return is_alpha(line[k]) || is_digit(line[k]) || (static_cast<unsigned char>(line[k]) & 0x80); };
  while (i < line.size()) {
    while (i < line.size() && !word_char(i)) ++i;
    size_t b = i;
    while (i < line.size() && (word_char(i) || ((line[i] == '.' || line[i] == '-' || line[i] == '\'') && i + 1 < line.size() && word_char(i + 1))))
      ++i;
    if (i < line.size() && line[i] == '.' && i > b && i - b <= 5 && is_alpha(line[i - 1])) ++i;  // "Jan." "Sept."
    if (i > b) out.push_back({b, i});
  }
  return out;
}

int number_of(std::string_view w, size_t max_digits) {
  if (w.empty() || w.size() > max_digits) return -1;
  int v = 0;
  for (char c : w) {
    if (!is_digit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// A day of the month, "22" or "22nd".
int day_of(std::string_view w) {
  size_t n = 0;
  while (n < w.size() && is_digit(w[n])) ++n;
  if (n == 0 || n > 2) return -1;
  std::string_view suffix = w.substr(n);
  if (!(suffix.empty() || iequals(suffix, "st") || iequals(suffix, "nd") || iequals(suffix, "rd") || iequals(suffix, "th"))) return -1;
  int d = number_of(w.substr(0, n), 2);
  return d >= 1 && d <= 31 ? d : -1;
}

int year_of(std::string_view w) {
  int y = w.size() == 4 ? number_of(w, 4) : -1;
  return y >= 1000 && y <= 2999 ? y : -1;
}

bool valid(int y, int m, int d) { return core::valid_date(y, m, d); }
// ISO weekday of a civil date, 1 = Monday.
int weekday_of_date(int y, int m, int d) { return core::weekday(core::days_from_civil(y, m, d)); }

struct DateFound {
  size_t first = 0, last = 0;  // word indices of the date's first and last words
  int y = 0, m = 0, d = 0, weekday = 0;
  size_t weekday_word = 0;
};

// A date starting at word k: "[Weekday,] 22 January [2026]", "[Weekday,] January 22[, 2026]",
// "2026-01-22".
bool date_at(std::string_view line, const std::vector<Word>& w, size_t k, DateFound& f) {
  auto at = [&](size_t i) { return i < w.size() ? line.substr(w[i].begin, w[i].end - w[i].begin) : std::string_view(); };
  f = DateFound();
  f.first = k;
  if (int wd = weekday_of(at(k))) {
    f.weekday = wd;
    f.weekday_word = k;
    ++k;
  }
  std::string_view a = at(k);
  if (a.size() == 10 && a[4] == '-' && a[7] == '-') {
    f.y = number_of(a.substr(0, 4), 4), f.m = number_of(a.substr(5, 2), 2), f.d = number_of(a.substr(8, 2), 2);
    f.last = k;
    return f.y > 0 && valid(f.y, f.m, f.d);
  }
  if (int m = month_of(a)) {
    int d = day_of(at(k + 1));
    if (d < 0) return false;
    f.m = m, f.d = d, f.last = k + 1;
    if (int y = year_of(at(k + 2)); y > 0) f.y = y, f.last = k + 2;
    return true;
  }
  if (int d = day_of(a); d > 0) {
    size_t j = k + 1;
    if (iequals(at(j), "of")) ++j;
    int m = month_of(at(j));
    if (!m) return false;
    f.m = m, f.d = d, f.last = j;
    if (int y = year_of(at(j + 1)); y > 0) f.y = y, f.last = j + 1;
    return true;
  }
  return false;
}

std::string iso(int y, int m, int d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// "MOSCOW" -> "Moscow", "KNOKKE-HEIST" -> "Knokke-Heist"; mixed case stays as written.
std::string place_name(std::string_view s) {
  bool has_lower = false;
  for (char c : s) has_lower |= is_lower(c);
  if (has_lower) return std::string(s);
  std::string out;
  bool start = true;
  for (char c : s) {
    out += start ? c : lower(c);
    start = !is_alpha(c);
  }
  return out;
}

// Words that make a short capitalised line a person's role or an office, not a place.
bool role_word(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kRoles = {
      "spokesperson", "spokesman", "spokeswoman", "secretary", "minister", "president", "chancellor", "department",
      "press",        "advisor",   "adviser",     "director",  "ambassador", "envoy",  "senator",    "governor",
      "office",       "readout",   "statement",   "remarks",   "transcript", "briefing", "chairman", "representative"};
  for (auto r : kRoles)
    if (iequals(w, r)) return true;
  return false;
}

// Nouns that end the name of a site ("Oval Office", "Rose Garden", "East Room").
bool site_noun(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kSites = {"office", "room",   "garden", "house",  "hall",  "palace",
                                                              "building", "center", "centre", "chancellery", "residence", "headquarters"};
  for (auto s : kSites)
    if (iequals(w, s)) return true;
  return false;
}

// A short line naming a place: "Oval Office", "Berlin, Germany". Returns the place's
// extent within the line (the first comma part), or an empty range.
bool place_line(std::string_view line, size_t& pb, size_t& pe) {
  if (line.empty() || line.size() > kMaxPlaceLine) return false;
  char last = line.back();
  if (last == '.' || last == ':' || last == '?' || last == '!') return false;
  std::vector<Word> w = words_of(line);
  if (w.empty() || w.size() > 5) return false;
  int commas = 0;
  for (char c : line) {
    if (c == ',') ++commas;
    else if (!(is_alpha(c) || c == ' ' || c == '-' || c == '\'' || (static_cast<unsigned char>(c) & 0x80))) return false;
  }
  for (const Word& x : w) {
    std::string_view s = line.substr(x.begin, x.end - x.begin);
    if (!is_upper(s[0]) || role_word(s) || s.find('.') != std::string_view::npos) {
      // "Oval Office": a site noun may be an office
      if (!(site_noun(s) && is_upper(s[0]) && commas == 0)) return false;
    }
  }
  if (commas == 1) {
    size_t comma = line.find(',');
    pb = w.front().begin, pe = comma;
    return true;
  }
  if (commas == 0 && w.size() >= 2 && site_noun(line.substr(w.back().begin, w.back().end - w.back().begin))) {
    pb = w.front().begin, pe = w.back().end;
    return true;
  }
  return false;
}

}  // namespace

void find_dateline(core::Document& doc) {
  std::string_view text = doc.text;
  size_t pos = doc.body.begin;
  bool place_done = false;
  for (int line_no = 0; line_no < kMaxLines && pos < doc.body.end;) {
    size_t nl = text.find('\n', pos);
    size_t end = (nl == std::string_view::npos || nl > doc.body.end) ? doc.body.end : nl;
    std::string_view line = text.substr(pos, end - pos);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty()) {
      pos = end + 1;
      continue;
    }
    ++line_no;
    // Only the start of a long line can be a dateline ("BONN, March 3 - ...").
    std::string_view head = line.substr(0, std::min<size_t>(line.size(), 100));
    std::vector<Word> w = words_of(head);
    DateFound f;
    bool found = false;
    for (size_t k = 0; k < w.size() && k <= 6 && !found; ++k) found = date_at(head, w, k, f);
    // The words before the date must be a place list ("KNOKKE-HEIST, Belgium,"): capitalised,
    // separated by commas, without digits.
    if (found && f.first > 0) {
      std::string_view before = head.substr(0, w[f.first].begin);
      bool ok = before.find(',') != std::string_view::npos;
      for (size_t k = 0; k < f.first && ok; ++k) {
        std::string_view s = head.substr(w[k].begin, w[k].end - w[k].begin);
        ok = is_upper(s[0]) || iequals(s, "of") || iequals(s, "de");
        for (char c : s) ok = ok && !is_digit(c);
      }
      found = ok;
    }
    if (found) {
      if (f.first > 0) {
        size_t comma = head.find(',');
        std::string_view place = head.substr(w[0].begin, comma - w[0].begin);
        doc.dateline_place = place_name(place);
        doc.dateline_place_span = {static_cast<uint32_t>(pos + w[0].begin), static_cast<uint32_t>(pos + comma)};
      }
      size_t dl_end = w[f.last].end;
      // "(Reuters)" and a closing dash or period belong to the dateline.
      size_t k = dl_end;
      while (k < head.size() && head[k] == ' ') ++k;
      if (k < head.size() && head[k] == '(') {
        size_t close = head.find(')', k);
        if (close != std::string_view::npos && close - k < 30) dl_end = close + 1;
      }
      doc.dateline = {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + dl_end)};
      int y = f.y;
      if (y == 0 && doc.published.size() >= 4) y = number_of(std::string_view(doc.published).substr(0, 4), 4);
      if (y > 0 && valid(y, f.m, f.d)) {
        if (f.weekday && weekday_of_date(y, f.m, f.d) != f.weekday)
          doc.warnings.push_back(doc.path + ": the dateline's weekday contradicts its date " + iso(y, f.m, f.d) +
                                 "; the date is kept");
        if (doc.dct.empty()) {
          doc.dct = iso(y, f.m, f.d);
          doc.dct_basis = core::DateBasis::Dateline;
        }
      }
      return;
    }
    size_t pb = 0, pe = 0;
    if (!place_done && doc.dateline_place.empty() && place_line(line, pb, pe)) {
      doc.dateline_place = std::string(line.substr(pb, pe - pb));
      doc.dateline_place_span = {static_cast<uint32_t>(pos + pb), static_cast<uint32_t>(pos + pe)};
    }
    // Past the first long line, only a dateline at its start could still follow.
    if (line.size() > 120) place_done = true;
    if (end >= doc.body.end) break;
    pos = end + 1;
  }
}

}  // namespace ng::text
