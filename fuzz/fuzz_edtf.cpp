// Fuzz target: the core code that reads dates from user text. parse_edtf (EDTF) in both
// calendars, parse_dual_date and parse_date ("5 (18) December 1917"), and the formatting of
// whatever they return (format_range, format_day). Beyond "no crash, no UB", it traps when a
// property every parsed value must have is broken:
// - a result has either a range or an error, never both or neither;
// - a range does not end before it starts, and its ends are real days that convert to civil
//   dates and back (from_day_number / to_day_number) unchanged, in both calendars;
// - a date at day, month, season or year precision covers exactly that day, month ...;
// - plain "YYYY-MM-DD" parses exactly when it is a valid date, to that date;
// - a day-precision date reads back from format_iso, and a dual date from format_day(Both).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/date_format.h"
#include "core/dual_date.h"

using namespace histmap;

namespace {

// Traps with a message naming the broken property (libFuzzer reports the input).
void check(bool ok, const char* what, std::string_view text) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_edtf: property broken: %s (input '%.*s')\n", what,
               static_cast<int>(text.size()), text.data());
  std::abort();
}

constexpr DayNumber kOpenStart = -10'000'000;  // date.cpp's open interval ends
constexpr DayNumber kOpenEnd = 10'000'000;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// A day number is a real day: it converts to a valid civil date and back in both calendars.
void check_day(DayNumber n, std::string_view text) {
  for (Calendar cal : {Calendar::Gregorian, Calendar::Julian}) {
    const CivilDate c = from_day_number(n, cal);
    check(is_valid(c, cal), "from_day_number gives a valid civil date", text);
    check(to_day_number(c, cal) == n, "to_day_number(from_day_number(n)) == n", text);
  }
}

// The days a date at precision p starting at `first` covers end at `last`.
void check_precision(DayNumber first, DayNumber last, Precision p, Calendar cal,
                     std::string_view text) {
  const CivilDate a = from_day_number(first, cal);
  const CivilDate b = from_day_number(last, cal);
  switch (p) {
    case Precision::Day:
      check(first == last, "a day is one day", text);
      break;
    case Precision::Month:
      check(a.day == 1 && b.year == a.year && b.month == a.month &&
                b.day == days_in_month(b.year, b.month, cal),
            "a month runs from its first day to its last", text);
      break;
    case Precision::Season:
      check(a.day == 1 && a.month % 3 == 0 && b.day == days_in_month(b.year, b.month, cal) &&
                (b.month - a.month + 12) % 12 == 2,
            "a season is three whole months", text);
      break;
    case Precision::Year:
      check(a.month == 1 && a.day == 1 && b.month == 12 && b.day == 31 && b.year >= a.year,
            "a year (or decade) runs from 1 January to 31 December", text);
      break;
  }
}

void check_edtf(std::string_view text, Calendar cal) {
  const DateParseResult r = parse_edtf(text, cal);
  check(r.range.has_value() == r.error.empty(), "a range or an error, not both", text);
  const std::string_view t = trim(text);

  // Plain YYYY-MM-DD: parsed exactly when valid, to those figures.
  if (t.size() == 10 && t[4] == '-' && t[7] == '-' && is_digits(t.substr(0, 4)) &&
      is_digits(t.substr(5, 2)) && is_digits(t.substr(8, 2))) {
    const CivilDate c{to_int(t.substr(0, 4)), to_int(t.substr(5, 2)), to_int(t.substr(8, 2))};
    const bool valid = c.year >= 1 && is_valid(c, cal);
    check(r.range.has_value() == valid, "YYYY-MM-DD parses exactly when it is a valid date", t);
    if (valid) {
      check(r.range->earliest == r.range->latest && r.range->precision == Precision::Day,
            "YYYY-MM-DD is one day", t);
      check(from_day_number(r.range->earliest, cal) == c, "YYYY-MM-DD reads back", t);
    }
  }
  if (!r.range) return;

  const DateRange& d = *r.range;
  check(d.calendar == cal, "the range keeps its calendar", text);
  check(d.earliest <= d.latest, "a range does not end before it starts", text);
  check(d.is_interval || (!d.open_start && !d.open_end), "only an interval has open ends", text);
  check(!(d.open_start && d.open_end), "an interval has at least one end", text);
  check(d.open_start == (d.earliest == kOpenStart), "an open start is the open-start day", text);
  check(d.open_end == (d.latest == kOpenEnd), "an open end is the open-end day", text);
  const DayNumber min_day = to_day_number({1, 1, 1}, cal);
  const DayNumber max_day = to_day_number({10000, 12, 31}, cal);  // winter 9999 ends in 10000
  if (!d.open_start) {
    check(d.earliest >= min_day && d.earliest <= max_day, "start within years 1-9999", text);
    check_day(d.earliest, text);
  }
  if (!d.open_end) {
    check(d.latest >= min_day && d.latest <= max_day, "end within years 1-9999", text);
    check_day(d.latest, text);
  }
  if (!d.is_interval) {
    check_precision(d.earliest, d.latest, d.precision, cal, text);
    check(d.end_precision == d.precision, "a single date has one precision", text);
  }
  // A day reads back from its ISO form written in its own calendar.
  if (!d.is_interval && d.precision == Precision::Day) {
    const CivilDate c = from_day_number(d.earliest, cal);
    char iso[32];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", c.year, c.month, c.day);
    const DateParseResult again = parse_edtf(iso, cal);
    check(again.range && again.range->earliest == d.earliest, "a day reads back from ISO", text);
    if (cal == Calendar::Gregorian) {
      const DateParseResult iso_again = parse_edtf(format_iso(d.earliest));
      check(iso_again.range && iso_again.range->earliest == d.earliest,
            "a day reads back from format_iso", text);
    }
  }
  for (DateDisplay display :
       {DateDisplay::NewStyle, DateDisplay::OldStyle, DateDisplay::Both, DateDisplay::Auto})
    check(!format_range(d, display).empty(), "format_range writes something", text);
}

void check_dual(std::string_view text) {
  const DateParseResult r = parse_dual_date(text);
  check(r.range.has_value() == r.error.empty(), "dual: a range or an error, not both", text);
  check(!r.range || looks_like_dual_date(text), "dual: parsed text has brackets", text);
  const DateParseResult via = parse_date(text, Calendar::Julian);
  check(via.range.has_value() == via.error.empty(), "parse_date: a range or an error", text);
  if (!r.range) return;
  const DateRange& d = *r.range;
  check(d.earliest <= d.latest, "dual: a range does not end before it starts", text);
  check(d.precision == Precision::Day, "dual: days", text);
  check(d.is_interval || d.earliest == d.latest, "dual: a single date is one day", text);
  check(!d.open_start && !d.open_end, "dual: no open ends", text);
  check_day(d.earliest, text);
  check_day(d.latest, text);
  check(via.range && via.range->earliest == d.earliest && via.range->latest == d.latest,
        "parse_date reads a dual date as parse_dual_date does", text);
  // The way the atlas writes a day in both calendars reads back as that day. Years of four
  // digits only: the parser takes shorter numbers for days.
  for (DayNumber day : {d.earliest, d.latest}) {
    const CivilDate os = from_day_number(day, Calendar::Julian);
    const CivilDate ns = from_day_number(day, Calendar::Gregorian);
    if (os.year < 1000 || ns.year > 9999) continue;
    const std::string both = format_day(day, DateDisplay::Both);
    const DateParseResult again = parse_dual_date(both);
    if (!again.range || again.range->earliest != day) {
      std::fprintf(stderr, "fuzz_edtf: '%s' from format_day: %s\n", both.c_str(),
                   again.error.c_str());
    }
    check(again.range && again.range->earliest == day, "format_day(Both) reads back", text);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_edtf(text, Calendar::Gregorian);
  check_edtf(text, Calendar::Julian);
  check_dual(text);
  for (Calendar cal : {Calendar::Gregorian, Calendar::Julian}) {
    const DateParseResult r = parse_date(text, cal);
    if (r.range) (void)format_range(*r.range, DateDisplay::Auto);
  }
  // The first four bytes as a day number: any day converts to a civil date and back, and is
  // written without a crash.
  if (size >= 4) {
    std::uint32_t bits = 0;
    for (int i = 0; i < 4; ++i) bits = bits << 8 | data[i];
    const auto day = static_cast<DayNumber>(bits);
    check_day(day, text);
    (void)format_day(day, DateDisplay::Both);
    (void)format_iso(day);
  }
  return 0;
}
