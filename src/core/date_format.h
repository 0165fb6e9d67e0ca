// histmap core: dates as people read them.
// New Style, Old Style, or both as Russian sources write them ("5 (18) December 1917").
#pragma once

#include <string>

#include "core/date.h"
#include "core/i18n.h"

namespace histmap {

enum class DateDisplay {
  NewStyle,
  OldStyle,
  Both,  // "5 (18) December 1917": Old Style first, New Style in brackets
  Auto,  // Both before Russia's switch on 1 (14) February 1918, New Style after
};

// In the language of `words` (English by default).
std::string format_day(DayNumber day, DateDisplay display = DateDisplay::Auto,
                       const DateWords& words = english_date_words());

// A date range at its own precision: "June 1918", "summer 1918", "c. 1918", "27 May 1918".
// Days are written as `display` says ("5 (18) December 1917" with Both).
std::string format_range(const DateRange& range, DateDisplay display = DateDisplay::NewStyle,
                         const DateWords& words = english_date_words());

// "18 December 1917": a calendar date as written, in whatever calendar it is.
std::string format_civil(const CivilDate& d);

// "January" ... "December" for 1..12.
const char* month_name(int month);

// ISO 8601 (proleptic Gregorian), for logs and file names.
std::string format_iso(DayNumber day);

}  // namespace histmap
