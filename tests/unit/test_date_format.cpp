// Unit tests: dates as people read them (core/date_format.h).
#include <catch2/catch.hpp>

#include <string>

#include "core/date.h"
#include "core/date_format.h"

namespace histmap {
namespace {

DayNumber greg(int y, int m, int d) {
  return to_day_number(CivilDate{y, m, d}, Calendar::Gregorian);
}

DateRange parsed(const char* text) {
  const DateParseResult r = parse_edtf(text);
  INFO("value: " << text << ", error: " << r.error);
  REQUIRE(r.range.has_value());
  return *r.range;
}

}  // namespace

TEST_CASE("format_day: New Style", "[date_format]") {
  CHECK(format_day(greg(1917, 12, 18), DateDisplay::NewStyle) == "18 December 1917");
  CHECK(format_day(greg(1918, 5, 27), DateDisplay::NewStyle) == "27 May 1918");
  CHECK(format_day(greg(1918, 1, 1), DateDisplay::NewStyle) == "1 January 1918");
  CHECK(format_day(0, DateDisplay::NewStyle) == "1 January 1970");
}

TEST_CASE("format_day: Old Style", "[date_format]") {
  using Catch::Matchers::StartsWith;
  CHECK_THAT(format_day(greg(1917, 12, 18), DateDisplay::OldStyle), StartsWith("5 December 1917"));
  CHECK_THAT(format_day(greg(1918, 1, 1), DateDisplay::OldStyle), StartsWith("19 December 1917"));
  CHECK_THAT(format_day(greg(1917, 11, 7), DateDisplay::OldStyle), StartsWith("25 October 1917"));
  // Old Style is not the same text as New Style.
  CHECK(format_day(greg(1917, 12, 18), DateDisplay::OldStyle) !=
        format_day(greg(1917, 12, 18), DateDisplay::NewStyle));
}

TEST_CASE("format_day: both styles", "[date_format]") {
  SECTION("same month: Old Style day, New Style day in brackets") {
    CHECK(format_day(greg(1917, 12, 18), DateDisplay::Both) == "5 (18) December 1917");
    CHECK(format_day(kRussianCalendarSwitch, DateDisplay::Both) == "1 (14) February 1918");
  }
  SECTION("months differ within a year") {
    CHECK(format_day(greg(1917, 11, 7), DateDisplay::Both) == "25 October (7 November) 1917");
  }
  SECTION("years differ") {
    CHECK(format_day(greg(1918, 1, 1), DateDisplay::Both) == "19 December 1917 (1 January 1918)");
  }
  SECTION("in the 1800s the gap is 12 days") {
    CHECK(format_day(greg(1900, 1, 12), DateDisplay::Both) == "31 December 1899 (12 January 1900)");
  }
}

TEST_CASE("format_day: Auto switches to New Style on 14 February 1918", "[date_format]") {
  CHECK(format_day(kRussianCalendarSwitch, DateDisplay::Auto) == "14 February 1918");
  CHECK(format_day(kRussianCalendarSwitch + 100, DateDisplay::Auto) ==
        format_day(kRussianCalendarSwitch + 100, DateDisplay::NewStyle));
  CHECK(format_day(kRussianCalendarSwitch - 1, DateDisplay::Auto) ==
        "31 January (13 February) 1918");
  CHECK(format_day(greg(1917, 12, 18), DateDisplay::Auto) == "5 (18) December 1917");
  CHECK(format_day(greg(1918, 1, 1)) ==
        "19 December 1917 (1 January 1918)");  // Auto is the default
}

TEST_CASE("format_range at each precision", "[date_format]") {
  CHECK(format_range(parsed("1918-05-27")) == "27 May 1918");
  CHECK(format_range(parsed("1918-06")) == "June 1918");
  CHECK(format_range(parsed("1918-05-XX")) == "May 1918");
  CHECK(format_range(parsed("1918")) == "1918");
  CHECK(format_range(parsed("1918-21")) == "spring 1918");
  CHECK(format_range(parsed("1918-22")) == "summer 1918");
  CHECK(format_range(parsed("1918-23")) == "autumn 1918");
  CHECK(format_range(parsed("1918-24")) == "winter 1918");
}

TEST_CASE("format_range writes days in the chosen calendar display", "[date_format]") {
  CHECK(format_range(parsed("1917-12-18"), DateDisplay::Both) == "5 (18) December 1917");
  CHECK(format_range(parsed("1917-12-18/1917-12-26"), DateDisplay::Both) ==
        "5 (18) December 1917 – 13 (26) December 1917");
  // Month and season precision have no day to convert.
  CHECK(format_range(parsed("1918-06"), DateDisplay::Both) == "June 1918");
}

TEST_CASE("format_range marks approximate and uncertain dates", "[date_format]") {
  CHECK(format_range(parsed("1918~")) == "c. 1918");
  CHECK(format_range(parsed("1918-06?")) == "June 1918?");
  CHECK(format_range(parsed("1918-05-27%")) == "c. 27 May 1918?");
  CHECK(format_range(parsed("1918-22~")) == "c. summer 1918");
}

TEST_CASE("format_range of a hand-built range", "[date_format]") {
  DateRange r;
  r.earliest = greg(1919, 3, 1);
  r.latest = greg(1919, 3, 31);
  r.precision = Precision::Month;
  CHECK(format_range(r) == "March 1919");
  r.precision = Precision::Day;
  CHECK(format_range(r) == "1 March 1919");
}

TEST_CASE("format_range of open intervals shows the open end", "[date_format]") {
  const std::string s = format_range(parsed("1919-12/.."));
  CHECK(s.find("December 1919") != std::string::npos);
  CHECK(s.find("..") != std::string::npos);
  const std::string t = format_range(parsed("../1918-06"));
  CHECK(t.find("..") == 0);
}

// Regression: format_range once wrote a closed interval's end in ISO form
// ("25 May 1918 – 1918-05-27") while its start was written as people read dates.
TEST_CASE("format_range of a closed interval writes both ends alike", "[date_format]") {
  const std::string s = format_range(parsed("1918-05-25/1918-05-27"));
  INFO("formatted: " << s);
  CHECK(s.find("25 May 1918") != std::string::npos);
  CHECK(s.find("27 May 1918") != std::string::npos);
  CHECK(s.find("1918-05-27") == std::string::npos);
  CHECK(s == "25 May 1918 \u2013 27 May 1918");
}

TEST_CASE("format_iso is ISO 8601 in the Gregorian calendar", "[date_format]") {
  CHECK(format_iso(0) == "1970-01-01");
  CHECK(format_iso(-18847) == "1918-05-27");
  CHECK(format_iso(kRussianCalendarSwitch) == "1918-02-14");
  CHECK(format_iso(greg(1916, 2, 29)) == "1916-02-29");
  CHECK(format_iso(10957) == "2000-01-01");
  CHECK(format_iso(greg(5, 3, 9)) == "0005-03-09");
}

}  // namespace histmap

namespace histmap {

TEST_CASE("format_range keeps each end of an interval at its own precision", "[date_format]") {
  const DateParseResult r = parse_edtf("1918-06/1918-08");
  REQUIRE(r.range);
  CHECK(format_range(*r.range) == "June 1918 – August 1918");
  const DateParseResult y = parse_edtf("1918/1920");
  REQUIRE(y.range);
  CHECK(format_range(*y.range) == "1918 – 1920");
  const DateParseResult mixed = parse_edtf("1918-05-25/1918-06");
  REQUIRE(mixed.range);
  CHECK(format_range(*mixed.range) == "25 May 1918 – June 1918");
}

TEST_CASE("a month given in the Julian calendar is written as Old Style", "[date_format]") {
  // December 1917 O.S. runs from 14 December 1917 to 13 January 1918 N.S.: it cannot be
  // written as a New Style month.
  const DateParseResult r = parse_edtf("1917-12", Calendar::Julian);
  REQUIRE(r.range);
  CHECK(r.range->earliest == to_day_number({1917, 12, 14}));
  CHECK(format_range(*r.range) == "December 1917 O.S.");
  CHECK(format_range(*r.range, DateDisplay::Both) == "December 1917 O.S.");
  const DateParseResult d = parse_edtf("1917-12-05", Calendar::Julian);
  REQUIRE(d.range);
  CHECK(format_range(*d.range, DateDisplay::Both) == "5 (18) December 1917");
}

}  // namespace histmap
