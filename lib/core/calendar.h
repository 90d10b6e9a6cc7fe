#pragma once
// Proleptic Gregorian calendar arithmetic, shared by the stages on day numbers (days since 1970-01-01).
// No time zones: a date is a civil day.
#include <cstdint>
#include <string_view>

namespace ng::core {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

// Day number of a civil date (any y, m 1..12, d 1..31; out-of-range d rolls over).
int64_t days_from_civil(int y, int m, int d);
Ymd civil_from_days(int64_t z);
// ISO weekday of a day number: 1 = Monday .. 7 = Sunday.
int weekday(int64_t z);
bool is_leap(int y);
int days_in_month(int y, int m);
bool valid_date(int y, int m, int d);
// Reads a calendar date written "YYYY-MM-DD" into `out`; false (out untouched) when `s`
// is not exactly that form or names no day.
bool parse_iso_date(std::string_view s, Ymd& out);
// The days an ISO date of year, month or day precision names ("2026": the year,
// "2026-02": the month, "2026-02-28": the day) as the day numbers of its first and last
// day; false (outputs untouched) when `s` is none of these forms or names no such date
// ("2026-02-30", "2026-13", "yesterday").
bool parse_iso_period(std::string_view s, int64_t& first, int64_t& last);
// ISO-8601 week of a day number: sets iso_year and week (1..53).
void iso_week(int64_t z, int& iso_year, int& week);
// Day number of the Monday of ISO week `week` of `iso_year`.
int64_t iso_week_monday(int iso_year, int week);
// Adds n months to (y, m), normalising the month into 1..12.
void add_months(int& y, int& m, int n);
// Easter Sunday (Gregorian) of year y.
int64_t easter(int y);
// The n-th (1-based; n = -1: last) given ISO weekday of month m of year y.
int64_t nth_weekday(int y, int m, int wd, int n);

}  // namespace ng::core
