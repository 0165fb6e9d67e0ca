#include "core/date_format.h"

#include <cstdio>

namespace histmap {
namespace {

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

std::string civil(const CivilDate& d) {
  return std::to_string(d.day) + " " + kMonths[d.month - 1] + " " + std::to_string(d.year);
}

}  // namespace

std::string format_civil(const CivilDate& d) {
  return civil(d);
}

const char* month_name(int month) {
  return month >= 1 && month <= 12 ? kMonths[month - 1] : "";
}

std::string format_iso(DayNumber day) {
  const CivilDate d = from_day_number(day);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string format_day(DayNumber day, DateDisplay display) {
  if (display == DateDisplay::Auto) {
    display = day < kRussianCalendarSwitch ? DateDisplay::Both : DateDisplay::NewStyle;
  }
  const CivilDate ns = from_day_number(day, Calendar::Gregorian);
  const CivilDate os = from_day_number(day, Calendar::Julian);
  switch (display) {
    case DateDisplay::NewStyle:
      return civil(ns);
    case DateDisplay::OldStyle:
      return civil(os) + " O.S.";
    case DateDisplay::Both:
    case DateDisplay::Auto:
      break;
  }
  // Russian usage: "5 (18) December 1917"; "19 December 1917 (1 January 1918)" across months.
  if (os.year == ns.year && os.month == ns.month) {
    return std::to_string(os.day) + " (" + std::to_string(ns.day) + ") " + kMonths[ns.month - 1] +
           " " + std::to_string(ns.year);
  }
  if (os.year == ns.year) {
    return std::to_string(os.day) + " " + kMonths[os.month - 1] + " (" + std::to_string(ns.day) +
           " " + kMonths[ns.month - 1] + ") " + std::to_string(ns.year);
  }
  return civil(os) + " (" + civil(ns) + ")";
}

namespace {

// One end of a range at its precision. Months, seasons and years are written in the calendar
// they were given in ("December 1917 O.S."): they cannot be converted without becoming days.
std::string format_at(DayNumber day, Precision p, Calendar cal, DateDisplay display) {
  if (p == Precision::Day) return format_day(day, display);
  const CivilDate a = from_day_number(day, cal);
  const std::string os = cal == Calendar::Julian ? " O.S." : "";
  switch (p) {
    case Precision::Month:
      return std::string(kMonths[a.month - 1]) + " " + std::to_string(a.year) + os;
    case Precision::Season: {
      static const char* const kSeasons[] = {"spring", "summer", "autumn", "winter"};
      const int idx = a.month == 12 ? 3 : (a.month - 3) / 3;
      return std::string(kSeasons[idx]) + " " + std::to_string(a.year) + os;
    }
    case Precision::Year:
    case Precision::Day:
      break;
  }
  return std::to_string(a.year) + os;
}

}  // namespace

std::string format_range(const DateRange& r, DateDisplay display) {
  std::string s;
  if (!r.is_interval) {
    s = format_at(r.earliest, r.precision, r.calendar, display);
  } else {
    const std::string from =
        r.open_start ? std::string("..") : format_at(r.earliest, r.precision, r.calendar, display);
    const std::string to =
        r.open_end ? std::string("..") : format_at(r.latest, r.end_precision, r.calendar, display);
    s = from == to ? from : from + " – " + to;
  }
  if (r.approximate) s = "c. " + s;
  if (r.uncertain) s += "?";
  return s;
}

}  // namespace histmap
