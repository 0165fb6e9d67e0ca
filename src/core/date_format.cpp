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

std::string format_range(const DateRange& r, DateDisplay display) {
  const CivilDate a = from_day_number(r.earliest);
  std::string s;
  switch (r.precision) {
    case Precision::Day:
      s = format_day(r.earliest, display);
      break;
    case Precision::Month:
      s = std::string(kMonths[a.month - 1]) + " " + std::to_string(a.year);
      break;
    case Precision::Season: {
      static const char* const kSeasons[] = {"spring", "summer", "autumn", "winter"};
      const int idx = a.month == 12 ? 3 : (a.month - 3) / 3;
      s = std::string(kSeasons[idx]) + " " + std::to_string(a.year);
      break;
    }
    case Precision::Year:
      s = std::to_string(a.year);
      break;
  }
  if (r.is_interval) {
    const std::string from = r.open_start ? std::string("..") : s;
    const std::string to = r.open_end ? std::string("..") : format_day(r.latest, display);
    s = from + " – " + to;
  }
  if (r.approximate) s = "c. " + s;
  if (r.uncertain) s += "?";
  return s;
}

}  // namespace histmap
