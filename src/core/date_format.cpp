#include "core/date_format.h"

#include <cstdio>

namespace histmap {
namespace {

std::string day_number(int n, const DateWords& w) {
  return fill_named(w.day_number, {{"n", std::to_string(n)}});
}

std::string civil(const CivilDate& d, const DateWords& w) {
  return fill_named(w.day, {{"d", day_number(d.day, w)},
                            {"M", w.months_of[d.month - 1]},
                            {"y", std::to_string(d.year)}});
}

}  // namespace

std::string format_civil(const CivilDate& d) {
  return civil(d, english_date_words());
}

const char* month_name(int month) {
  return month >= 1 && month <= 12 ? english_date_words().months[month - 1].c_str() : "";
}

std::string format_iso(DayNumber day) {
  const CivilDate d = from_day_number(day);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string format_day(DayNumber day, DateDisplay display, const DateWords& w) {
  if (display == DateDisplay::Auto) {
    display = day < kRussianCalendarSwitch ? DateDisplay::Both : DateDisplay::NewStyle;
  }
  const CivilDate ns = from_day_number(day, Calendar::Gregorian);
  const CivilDate os = from_day_number(day, Calendar::Julian);
  switch (display) {
    case DateDisplay::NewStyle:
      return civil(ns, w);
    case DateDisplay::OldStyle:
      return civil(os, w) + w.old_style;
    case DateDisplay::Both:
    case DateDisplay::Auto:
      break;
  }
  // Russian usage: "5 (18) December 1917"; "19 December 1917 (1 January 1918)" across months.
  if (os.year == ns.year && os.month == ns.month) {
    const std::string days =
        fill_named(w.both_days, {{"os", std::to_string(os.day)}, {"ns", std::to_string(ns.day)}});
    return fill_named(
        w.day, {{"d", days}, {"M", w.months_of[ns.month - 1]}, {"y", std::to_string(ns.year)}});
  }
  // "19 January (1 February) 1918" where the year ends the pattern, as in English and Russian.
  const std::string_view year_last = " {y}";
  if (os.year == ns.year && w.day.size() > year_last.size() &&
      w.day.compare(w.day.size() - year_last.size(), year_last.size(), year_last) == 0) {
    const std::string head = w.day.substr(0, w.day.size() - year_last.size());
    const auto part = [&](const CivilDate& c) {
      return fill_named(head, {{"d", day_number(c.day, w)}, {"M", w.months_of[c.month - 1]}});
    };
    return part(os) + " (" + part(ns) + ") " + std::to_string(ns.year);
  }
  return civil(os, w) + " (" + civil(ns, w) + ")";
}

namespace {

// One end of a range at its precision. Months, seasons and years are written in the calendar
// they were given in ("December 1917 O.S."): they cannot be converted without becoming days.
std::string format_at(DayNumber day, Precision p, Calendar cal, DateDisplay display,
                      const DateWords& w) {
  if (p == Precision::Day) return format_day(day, display, w);
  const CivilDate a = from_day_number(day, cal);
  const std::string os = cal == Calendar::Julian ? w.old_style : "";
  const std::string year = std::to_string(a.year);
  switch (p) {
    case Precision::Month:
      return fill_named(w.month, {{"M", w.months[a.month - 1]}, {"y", year}}) + os;
    case Precision::Season: {
      const int idx = a.month == 12 || a.month < 3 ? 3 : (a.month - 3) / 3;
      return fill_named(w.season, {{"S", w.seasons[idx]}, {"y", year}}) + os;
    }
    case Precision::Year:
    case Precision::Day:
      break;
  }
  return year + os;
}

}  // namespace

std::string format_range(const DateRange& r, DateDisplay display, const DateWords& w) {
  std::string s;
  if (!r.is_interval) {
    s = format_at(r.earliest, r.precision, r.calendar, display, w);
  } else {
    const std::string from = r.open_start
                                 ? std::string("..")
                                 : format_at(r.earliest, r.precision, r.calendar, display, w);
    const std::string to = r.open_end
                               ? std::string("..")
                               : format_at(r.latest, r.end_precision, r.calendar, display, w);
    s = from == to ? from : from + " – " + to;
  }
  if (r.approximate) s = fill_named(w.circa, {{"x", s}});
  if (r.uncertain) s += "?";
  return s;
}

}  // namespace histmap
