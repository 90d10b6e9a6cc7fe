#include "text/dateline.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

namespace ng::text {
namespace {

constexpr std::array<const char*, 12> kMonths = {"january", "february", "march", "april", "may", "june",
                                                 "july", "august", "september", "october", "november", "december"};

int month_of(std::string_view w) {
  std::string l;
  for (char c : w) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!l.empty() && l.back() == '.') l.pop_back();
  for (size_t m = 0; m < kMonths.size(); ++m) {
    std::string_view full = kMonths[m];
    if (l == full || (l.size() >= 3 && full.substr(0, l.size()) == l)) return static_cast<int>(m) + 1;
  }
  return 0;
}

bool is_weekday(std::string_view w) {
  static const char* days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::string l;
  for (char c : w) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* d : days)
    if (l == d) return true;
  return false;
}

// Splits a line into words of letters/digits, remembering offsets.
struct Word { size_t begin, end; };
std::vector<Word> words_of(std::string_view line) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && !std::isalnum(static_cast<unsigned char>(line[i])) && !(static_cast<unsigned char>(line[i]) & 0x80)) ++i;
    size_t b = i;
    while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || (static_cast<unsigned char>(line[i]) & 0x80) ||
                               (line[i] == '.' && i + 1 < line.size() && std::isalpha(static_cast<unsigned char>(line[i + 1])))))
      ++i;
    if (i > b) out.push_back({b, i});
  }
  return out;
}

bool all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string iso(int y, int m, int d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Finds "D Month YYYY", "Month D, YYYY" or "Month D" among the words; returns the
// index of the first date word, or -1.
int find_date(std::string_view line, const std::vector<Word>& w, int& y, int& m, int& d) {
  auto at = [&](size_t k) { return line.substr(w[k].begin, w[k].end - w[k].begin); };
  for (size_t k = 0; k < w.size(); ++k) {
    if (int mm = month_of(at(k)); mm && at(k).size() >= 3) {
      if (k + 1 < w.size() && all_digits(at(k + 1)) && at(k + 1).size() <= 2) {
        m = mm, d = std::stoi(std::string(at(k + 1)));
        y = (k + 2 < w.size() && all_digits(at(k + 2)) && at(k + 2).size() == 4) ? std::stoi(std::string(at(k + 2))) : 0;
        return static_cast<int>(k);
      }
      if (k > 0 && all_digits(at(k - 1)) && at(k - 1).size() <= 2) {
        m = mm, d = std::stoi(std::string(at(k - 1)));
        y = (k + 1 < w.size() && all_digits(at(k + 1)) && at(k + 1).size() == 4) ? std::stoi(std::string(at(k + 1))) : 0;
        return static_cast<int>(k - 1);
      }
    }
  }
  return -1;
}

}  // namespace

void find_dateline(core::Document& doc) {
  std::string_view text = doc.text;
  size_t pos = doc.body.begin;
  for (int line_no = 0; line_no < 3 && pos < doc.body.end; ++line_no) {
    size_t nl = text.find('\n', pos);
    size_t end = (nl == std::string_view::npos || nl > doc.body.end) ? doc.body.end : nl;
    std::string_view line = text.substr(pos, end - pos);
    // Only the start of a long line can be a dateline ("BONN, March 3 - ...").
    std::string_view head = line.substr(0, std::min<size_t>(line.size(), 80));
    std::vector<Word> w = words_of(head);
    int y = 0, m = 0, d = 0;
    int k = find_date(head, w, y, m, d);
    if (k >= 0 && k <= 4 && d >= 1 && d <= 31) {
      if (y == 0 && doc.published.size() >= 4 && all_digits(std::string_view(doc.published).substr(0, 4)))
        y = std::stoi(doc.published.substr(0, 4));
      size_t first = 0;
      // Place: leading words before a comma that are neither weekday nor date.
      size_t comma = head.find(',');
      if (comma != std::string_view::npos && comma > 0 && w[0].begin < comma) {
        std::string_view place = head.substr(w[0].begin, comma - w[0].begin);
        if (!is_weekday(place) && !month_of(place)) {
          std::string name;
          bool caps = true;
          for (char c : place)
            if (std::islower(static_cast<unsigned char>(c))) caps = false;
          bool up = true;
          for (char c : place) {
            if (caps && std::isalpha(static_cast<unsigned char>(c))) {
              name += up ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
              up = false;
            } else {
              name += c;
              if (c == ' ' || c == '-') up = true;
            }
          }
          doc.dateline_place = name;
          doc.dateline_place_span = {static_cast<uint32_t>(pos + w[0].begin), static_cast<uint32_t>(pos + comma)};
        }
      }
      (void)first;
      size_t dl_end = head.find(" - ");
      if (dl_end == std::string_view::npos) dl_end = head.size();
      doc.dateline = {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + dl_end)};
      if (doc.dct.empty() && y > 0) doc.dct = iso(y, m, d);
      return;
    }
    if (end >= doc.body.end) break;
    pos = end + 1;
  }
}

}  // namespace ng::text
