#include "core/calendar.h"

namespace ng::core {

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  Ymd r;
  r.d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  r.m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  r.y = static_cast<int>(yoe + era * 400 + (r.m <= 2));
  return r;
}

int weekday(int64_t z) {
  // 1970-01-01 was a Thursday (4).
  int64_t w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[(m - 1) % 12];
}

bool valid_date(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

bool parse_iso_date(std::string_view s, Ymd& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const int at[3] = {0, 5, 8}, len[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f)
    for (int i = at[f]; i < at[f] + len[f]; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v[f] = v[f] * 10 + (s[i] - '0');
    }
  if (!valid_date(v[0], v[1], v[2])) return false;
  out = {v[0], v[1], v[2]};
  return true;
}

bool parse_iso_period(std::string_view s, int64_t& first, int64_t& last) {
  auto digits = [&](size_t at, size_t n, int& v) {
    v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    return true;
  };
  int y = 0, m = 0;
  if (s.size() == 4 && digits(0, 4, y)) {
    first = days_from_civil(y, 1, 1), last = days_from_civil(y, 12, 31);
    return true;
  }
  if (s.size() == 7 && s[4] == '-' && digits(0, 4, y) && digits(5, 2, m) && m >= 1 && m <= 12) {
    first = days_from_civil(y, m, 1), last = days_from_civil(y, m, days_in_month(y, m));
    return true;
  }
  Ymd d;
  if (!parse_iso_date(s, d)) return false;
  first = last = days_from_civil(d.y, d.m, d.d);
  return true;
}

void iso_week(int64_t z, int& iso_year, int& week) {
  int64_t thursday = z - weekday(z) + 4;  // the week's Thursday decides its year
  Ymd t = civil_from_days(thursday);
  iso_year = t.y;
  week = static_cast<int>((thursday - days_from_civil(t.y, 1, 1)) / 7 + 1);
}

int64_t iso_week_monday(int iso_year, int week) {
  int64_t jan4 = days_from_civil(iso_year, 1, 4);
  return jan4 - (weekday(jan4) - 1) + 7 * (week - 1);
}

void add_months(int& y, int& m, int n) {
  int total = y * 12 + (m - 1) + n;
  y = total >= 0 ? total / 12 : -((-total + 11) / 12);
  m = total - y * 12 + 1;
}

int64_t easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return days_from_civil(y, month, day);
}

int64_t nth_weekday(int y, int m, int wd, int n) {
  if (n < 0) {
    int64_t last = days_from_civil(y, m, days_in_month(y, m));
    return last - ((weekday(last) - wd + 7) % 7);
  }
  int64_t first = days_from_civil(y, m, 1);
  return first + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
}

}  // namespace ng::core
