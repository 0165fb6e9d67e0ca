// histmap core: historical dates.
// - Day numbers: whole days since 1970-01-01 in the proleptic Gregorian calendar (int32).
// - Conversion of Gregorian and Julian (Old Style) calendar dates to day numbers and back.
// - Parsing of the EDTF subset the data uses into an earliest/latest range of days:
//   YYYY, YYYY-MM, YYYY-MM-DD, seasons YYYY-21..24, unspecified digits (1918-XX, 1918-05-XX),
//   qualifiers ~ ? %, and intervals a/b with open ends (.. or empty).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace histmap {

using DayNumber = std::int32_t;

enum class Calendar { Gregorian, Julian };

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

bool is_leap_year(int year, Calendar cal);
int days_in_month(int year, int month, Calendar cal);
bool is_valid(const CivilDate& d, Calendar cal);

DayNumber to_day_number(const CivilDate& d, Calendar cal = Calendar::Gregorian);
CivilDate from_day_number(DayNumber n, Calendar cal = Calendar::Gregorian);

// Russia's switch: 1 (14) February 1918 was the first New Style day.
inline constexpr DayNumber kRussianCalendarSwitch = -18949;  // 1918-02-14, checked in tests

enum class Precision { Day, Month, Season, Year };

// One EDTF date or interval, resolved to the range of days it can mean.
struct DateRange {
  DayNumber earliest = 0;
  DayNumber latest = 0;
  Precision precision = Precision::Day;      // of the date, or of an interval's start
  Precision end_precision = Precision::Day;  // of an interval's end
  Calendar calendar = Calendar::Gregorian;   // the calendar the figures were written in
  bool approximate = false;                  // ~ or %
  bool uncertain = false;                    // ? or %
  bool open_start = false;                   // interval "../b"
  bool open_end = false;                     // interval "a/.."
  bool is_interval = false;
};

struct DateParseResult {
  std::optional<DateRange> range;
  std::string error;  // set when range is empty: what is wrong with the value
};

// Parses an EDTF value; the calendar says how to read its year-month-day figures.
DateParseResult parse_edtf(std::string_view text, Calendar cal = Calendar::Gregorian);

}  // namespace histmap
