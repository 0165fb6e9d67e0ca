// histmap core: dual Old Style (New Style) dates, entered as Russian sources write them.
// - "5 (18) December 1917", "5-13 (18-26) December 1917", "June 11 (24), 1918",
//   "October 25 (November 7), 1917", "November 12-14 (25-27), 1917".
// - The figures outside the brackets are Julian, those inside Gregorian; both are checked
//   against each other, so a mistyped date is reported instead of stored wrong.
// - parse_date() is what the data layer calls: a dual date, or else EDTF (date.h).
#pragma once

#include <string_view>

#include "core/date.h"

namespace histmap {

// Parses a dual date; the range is the New Style days. An error when the text has the
// bracketed form but the two calendars disagree or a figure is not a date.
DateParseResult parse_dual_date(std::string_view text);

// True when the text looks like a dual date (has a bracketed part), whether or not it is valid.
bool looks_like_dual_date(std::string_view text);

// A value of start/end/times: a dual date, or EDTF read in the given calendar.
DateParseResult parse_date(std::string_view text, Calendar cal);

}  // namespace histmap
