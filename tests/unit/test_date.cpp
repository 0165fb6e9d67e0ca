// Unit tests: calendar arithmetic and EDTF parsing (core/date.h).
#include <catch2/catch.hpp>

#include <string>

#include "core/date.h"

namespace histmap {
namespace {

DayNumber greg(int y, int m, int d) {
  return to_day_number(CivilDate{y, m, d}, Calendar::Gregorian);
}
DayNumber jul(int y, int m, int d) {
  return to_day_number(CivilDate{y, m, d}, Calendar::Julian);
}

// Parses a value that must be valid and returns its range.
DateRange parse_ok(const std::string& text, Calendar cal = Calendar::Gregorian) {
  const DateParseResult r = parse_edtf(text, cal);
  INFO("value: '" << text << "', error: " << r.error);
  REQUIRE(r.range.has_value());
  CHECK(r.error.empty());
  return *r.range;
}

}  // namespace

TEST_CASE("day numbers count from 1970-01-01 in the Gregorian calendar", "[date]") {
  CHECK(greg(1970, 1, 1) == 0);
  CHECK(greg(1970, 1, 2) == 1);
  CHECK(greg(1969, 12, 31) == -1);
  CHECK(greg(2000, 1, 1) == 10957);
  CHECK(greg(1918, 5, 27) == -18847);
  CHECK(greg(1900, 1, 1) == -25567);
  CHECK(greg(1, 1, 1) == -719162);
  CHECK(greg(9999, 12, 31) == 2932896);
}

TEST_CASE("kRussianCalendarSwitch is 1918-02-14 New Style, 1918-02-01 Old Style", "[date]") {
  CHECK(greg(1918, 2, 14) == -18949);
  CHECK(greg(1918, 2, 14) == kRussianCalendarSwitch);
  CHECK(jul(1918, 2, 1) == kRussianCalendarSwitch);
  CHECK(from_day_number(kRussianCalendarSwitch, Calendar::Gregorian) == CivilDate{1918, 2, 14});
  CHECK(from_day_number(kRussianCalendarSwitch, Calendar::Julian) == CivilDate{1918, 2, 1});
  // The last Old Style day in Russia was 31 January (13 February) 1918.
  CHECK(jul(1918, 1, 31) == kRussianCalendarSwitch - 1);
  CHECK(from_day_number(kRussianCalendarSwitch - 1, Calendar::Gregorian) == CivilDate{1918, 2, 13});
}

TEST_CASE("Julian and Gregorian dates of the same day", "[date]") {
  SECTION("5 (18) December 1917") {
    CHECK(jul(1917, 12, 5) == greg(1917, 12, 18));
    CHECK(jul(1917, 12, 5) == -19007);
  }
  SECTION("the Julian calendar is 13 days behind from 1900 to 2099") {
    CHECK(jul(1917, 10, 25) == greg(1917, 11, 7));
    CHECK(jul(1918, 12, 19) == greg(1919, 1, 1));
    CHECK(jul(1900, 3, 1) == greg(1900, 3, 14));
    CHECK(jul(1950, 6, 1) - greg(1950, 6, 1) == 13);
    CHECK(jul(2000, 1, 1) - greg(2000, 1, 1) == 13);
    CHECK(jul(2099, 12, 31) - greg(2099, 12, 31) == 13);
  }
  SECTION("and 12 days behind in the 1800s") {
    CHECK(jul(1899, 12, 31) == greg(1900, 1, 12));
    CHECK(jul(1899, 12, 31) - greg(1899, 12, 31) == 12);
    CHECK(jul(1812, 8, 26) == greg(1812, 9, 7));  // Borodino
    CHECK(jul(1800, 3, 1) - greg(1800, 3, 1) == 12);
  }
  SECTION("1900 is a leap year only in the Julian calendar") {
    CHECK(is_leap_year(1900, Calendar::Julian));
    CHECK_FALSE(is_leap_year(1900, Calendar::Gregorian));
    CHECK(is_leap_year(2000, Calendar::Gregorian));
    CHECK(is_leap_year(1916, Calendar::Gregorian));
    CHECK_FALSE(is_leap_year(1918, Calendar::Julian));
    CHECK(days_in_month(1900, 2, Calendar::Julian) == 29);
    CHECK(days_in_month(1900, 2, Calendar::Gregorian) == 28);
    CHECK(is_valid(CivilDate{1900, 2, 29}, Calendar::Julian));
    CHECK_FALSE(is_valid(CivilDate{1900, 2, 29}, Calendar::Gregorian));
    // Julian 29 February 1900 is Gregorian 13 March 1900; the day after is 14 March.
    CHECK(jul(1900, 2, 29) == greg(1900, 3, 13));
    CHECK(jul(1900, 3, 1) == jul(1900, 2, 29) + 1);
    CHECK(from_day_number(greg(1900, 3, 13), Calendar::Julian) == CivilDate{1900, 2, 29});
  }
}

TEST_CASE("is_valid and days_in_month reject impossible dates", "[date]") {
  CHECK(days_in_month(1918, 2, Calendar::Gregorian) == 28);
  CHECK(days_in_month(1916, 2, Calendar::Gregorian) == 29);
  CHECK(days_in_month(1918, 4, Calendar::Gregorian) == 30);
  CHECK(days_in_month(1918, 12, Calendar::Gregorian) == 31);
  CHECK(days_in_month(1918, 13, Calendar::Gregorian) == 0);
  CHECK(days_in_month(1918, 0, Calendar::Gregorian) == 0);
  CHECK(is_valid(CivilDate{1918, 5, 27}, Calendar::Gregorian));
  CHECK_FALSE(is_valid(CivilDate{1918, 2, 29}, Calendar::Gregorian));
  CHECK_FALSE(is_valid(CivilDate{1918, 4, 31}, Calendar::Gregorian));
  CHECK_FALSE(is_valid(CivilDate{1918, 13, 1}, Calendar::Gregorian));
  CHECK_FALSE(is_valid(CivilDate{1918, 0, 1}, Calendar::Gregorian));
  CHECK_FALSE(is_valid(CivilDate{1918, 1, 0}, Calendar::Gregorian));
}

TEST_CASE("from_day_number inverts to_day_number in both calendars", "[date]") {
  const auto cal = GENERATE(Calendar::Gregorian, Calendar::Julian);
  // 1799-01-01 .. about 2101, every day: covers 1800 and 1900 (Julian-only leap years),
  // 2000 (Gregorian leap century) and 2100.
  const DayNumber from = greg(1799, 1, 1);
  const DayNumber to = greg(2101, 3, 1);
  CivilDate prev = from_day_number(from - 1, cal);
  int failures = 0;
  for (DayNumber n = from; n <= to; ++n) {
    const CivilDate d = from_day_number(n, cal);
    if (!is_valid(d, cal) || to_day_number(d, cal) != n) ++failures;
    // Consecutive day numbers are consecutive calendar days.
    const bool next_day = (d.year == prev.year && d.month == prev.month && d.day == prev.day + 1) ||
                          (d.day == 1 && d.month == prev.month + 1 && d.year == prev.year &&
                           prev.day == days_in_month(prev.year, prev.month, cal)) ||
                          (d.day == 1 && d.month == 1 && prev.month == 12 && prev.day == 31 &&
                           d.year == prev.year + 1);
    if (!next_day) ++failures;
    prev = d;
  }
  CHECK(failures == 0);
  // Spot checks far from 1970.
  CHECK(from_day_number(to_day_number(CivilDate{1, 1, 1}, cal), cal) == CivilDate{1, 1, 1});
  CHECK(from_day_number(to_day_number(CivilDate{1600, 2, 29}, cal), cal) == CivilDate{1600, 2, 29});
  CHECK(from_day_number(to_day_number(CivilDate{9999, 12, 31}, cal), cal) ==
        CivilDate{9999, 12, 31});
}

TEST_CASE("parse_edtf: a day", "[date][edtf]") {
  const DateRange r = parse_ok("1918-05-27");
  CHECK(r.earliest == -18847);
  CHECK(r.latest == -18847);
  CHECK(r.precision == Precision::Day);
  CHECK_FALSE(r.approximate);
  CHECK_FALSE(r.uncertain);
  CHECK_FALSE(r.is_interval);
  CHECK_FALSE(r.open_start);
  CHECK_FALSE(r.open_end);
}

TEST_CASE("parse_edtf: surrounding blanks are ignored", "[date][edtf]") {
  const DateRange r = parse_ok("  1918-05-27 ");
  CHECK(r.earliest == greg(1918, 5, 27));
}

TEST_CASE("parse_edtf: a month runs from its first to its last day", "[date][edtf]") {
  SECTION("June 1918") {
    const DateRange r = parse_ok("1918-06");
    CHECK(r.precision == Precision::Month);
    CHECK(r.earliest == greg(1918, 6, 1));
    CHECK(r.latest == greg(1918, 6, 30));
  }
  SECTION("February of a leap year") {
    const DateRange r = parse_ok("1916-02");
    CHECK(r.earliest == -19693);
    CHECK(r.latest == -19665);  // 29 February 1916
    CHECK(r.latest - r.earliest == 28);
  }
  SECTION("February of a common year") {
    const DateRange r = parse_ok("1918-02");
    CHECK(r.latest == greg(1918, 2, 28));
  }
  SECTION("December") {
    const DateRange r = parse_ok("1918-12");
    CHECK(r.earliest == greg(1918, 12, 1));
    CHECK(r.latest == greg(1918, 12, 31));
  }
}

TEST_CASE("parse_edtf: a year", "[date][edtf]") {
  const DateRange r = parse_ok("1918");
  CHECK(r.precision == Precision::Year);
  CHECK(r.earliest == greg(1918, 1, 1));
  CHECK(r.latest == greg(1918, 12, 31));
  CHECK(r.latest - r.earliest == 364);
}

TEST_CASE("parse_edtf: seasons 21..24", "[date][edtf]") {
  struct Case {
    const char* text;
    CivilDate first, last;
  };
  const Case c = GENERATE(Case{"1918-21", {1918, 3, 1}, {1918, 5, 31}},    // spring
                          Case{"1918-22", {1918, 6, 1}, {1918, 8, 31}},    // summer
                          Case{"1918-23", {1918, 9, 1}, {1918, 11, 30}},   // autumn
                          Case{"1918-24", {1918, 12, 1}, {1919, 2, 28}},   // winter, into 1919
                          Case{"1919-24", {1919, 12, 1}, {1920, 2, 29}});  // ... a leap February
  const DateRange r = parse_ok(c.text);
  CHECK(r.precision == Precision::Season);
  CHECK(r.earliest == to_day_number(c.first));
  CHECK(r.latest == to_day_number(c.last));
}

TEST_CASE("parse_edtf: winter 1918 runs from December 1918 to February 1919", "[date][edtf]") {
  const DateRange r = parse_ok("1918-24");
  CHECK(r.earliest == -18659);
  CHECK(r.latest == -18570);
  CHECK(from_day_number(r.latest) == CivilDate{1919, 2, 28});
}

TEST_CASE("parse_edtf: a season has no day", "[date][edtf]") {
  const DateParseResult r = parse_edtf("1918-22-01");
  CHECK_FALSE(r.range.has_value());
  CHECK_FALSE(r.error.empty());
}

TEST_CASE("parse_edtf: qualifiers", "[date][edtf]") {
  SECTION("~ is approximate") {
    const DateRange r = parse_ok("1918-05-27~");
    CHECK(r.approximate);
    CHECK_FALSE(r.uncertain);
    CHECK(r.earliest == greg(1918, 5, 27));
    CHECK(r.precision == Precision::Day);
  }
  SECTION("? is uncertain") {
    const DateRange r = parse_ok("1918-06?");
    CHECK_FALSE(r.approximate);
    CHECK(r.uncertain);
    CHECK(r.precision == Precision::Month);
    CHECK(r.latest == greg(1918, 6, 30));
  }
  SECTION("% is both") {
    const DateRange r = parse_ok("1918%");
    CHECK(r.approximate);
    CHECK(r.uncertain);
    CHECK(r.precision == Precision::Year);
  }
  SECTION("no qualifier is neither") {
    const DateRange r = parse_ok("1918");
    CHECK_FALSE(r.approximate);
    CHECK_FALSE(r.uncertain);
  }
}

TEST_CASE("parse_edtf: unspecified digits", "[date][edtf]") {
  SECTION("1918-XX is the year") {
    const DateRange r = parse_ok("1918-XX");
    CHECK(r.precision == Precision::Year);
    CHECK(r.earliest == greg(1918, 1, 1));
    CHECK(r.latest == greg(1918, 12, 31));
  }
  SECTION("1918-05-XX is the month") {
    const DateRange r = parse_ok("1918-05-XX");
    CHECK(r.precision == Precision::Month);
    CHECK(r.earliest == greg(1918, 5, 1));
    CHECK(r.latest == greg(1918, 5, 31));
  }
  SECTION("191X is the decade") {
    const DateRange r = parse_ok("191X");
    CHECK(r.precision == Precision::Year);
    CHECK(r.earliest == greg(1910, 1, 1));
    CHECK(r.latest == greg(1919, 12, 31));
  }
  SECTION("a day with an unspecified month is an error") {
    const DateParseResult r = parse_edtf("1918-XX-05");
    CHECK_FALSE(r.range.has_value());
    CHECK_FALSE(r.error.empty());
  }
}

TEST_CASE("parse_edtf: closed interval", "[date][edtf]") {
  const DateRange r = parse_ok("1918-05-25/1918-05-27");
  CHECK(r.is_interval);
  CHECK(r.earliest == greg(1918, 5, 25));
  CHECK(r.latest == greg(1918, 5, 27));
  CHECK_FALSE(r.open_start);
  CHECK_FALSE(r.open_end);
}

TEST_CASE("parse_edtf: interval of months spans both months", "[date][edtf]") {
  const DateRange r = parse_ok("1918-05/1918-06");
  CHECK(r.is_interval);
  CHECK(r.earliest == greg(1918, 5, 1));
  CHECK(r.latest == greg(1918, 6, 30));
}

TEST_CASE("parse_edtf: a one-day interval is valid", "[date][edtf]") {
  const DateRange r = parse_ok("1918-05-27/1918-05-27");
  CHECK(r.earliest == r.latest);
  CHECK(r.earliest == greg(1918, 5, 27));
}

TEST_CASE("parse_edtf: open intervals", "[date][edtf]") {
  SECTION("open start '..'") {
    const DateRange r = parse_ok("../1918-06");
    CHECK(r.is_interval);
    CHECK(r.open_start);
    CHECK_FALSE(r.open_end);
    CHECK(r.latest == greg(1918, 6, 30));
    CHECK(r.earliest < greg(1, 1, 1));
    CHECK(r.precision == Precision::Month);  // the precision of its one end
  }
  SECTION("open end '..'") {
    const DateRange r = parse_ok("1919-12/..");
    CHECK(r.is_interval);
    CHECK(r.open_end);
    CHECK_FALSE(r.open_start);
    CHECK(r.earliest == greg(1919, 12, 1));
    CHECK(r.latest > greg(9999, 12, 31));
    CHECK(r.precision == Precision::Month);
  }
  SECTION("an open start with a year end") {
    const DateRange r = parse_ok("../1918");
    CHECK(r.precision == Precision::Year);
    CHECK(r.latest == greg(1918, 12, 31));
  }
  SECTION("an empty end is open too") {
    const DateRange r = parse_ok("1919-12/");
    CHECK(r.open_end);
    CHECK(r.earliest == greg(1919, 12, 1));
    CHECK(r.latest > greg(9999, 12, 31));
  }
  SECTION("an empty start is open too") {
    const DateRange r = parse_ok("/1918-06");
    CHECK(r.open_start);
    CHECK(r.latest == greg(1918, 6, 30));
  }
}

TEST_CASE("parse_edtf: qualifiers inside intervals carry to the interval", "[date][edtf]") {
  const DateRange r = parse_ok("1918-05~/1918-06?");
  CHECK(r.is_interval);
  CHECK(r.approximate);
  CHECK(r.uncertain);
  CHECK(r.earliest == greg(1918, 5, 1));
  CHECK(r.latest == greg(1918, 6, 30));
}

TEST_CASE("parse_edtf: the Julian calendar reads figures as Old Style", "[date][edtf]") {
  SECTION("a day") {
    const DateRange r = parse_ok("1917-12-05", Calendar::Julian);
    CHECK(r.earliest == greg(1917, 12, 18));
    CHECK(r.latest == r.earliest);
  }
  SECTION("Russia's switch") {
    CHECK(parse_ok("1918-02-01", Calendar::Julian).earliest == kRussianCalendarSwitch);
  }
  SECTION("a month") {
    const DateRange r = parse_ok("1918-01", Calendar::Julian);
    CHECK(r.precision == Precision::Month);
    CHECK(r.earliest == greg(1918, 1, 14));
    CHECK(r.latest == greg(1918, 2, 13));
  }
  SECTION("29 February 1900 exists only in the Julian calendar") {
    const DateRange r = parse_ok("1900-02-29", Calendar::Julian);
    CHECK(r.earliest == greg(1900, 3, 13));
    const DateParseResult g = parse_edtf("1900-02-29", Calendar::Gregorian);
    CHECK_FALSE(g.range.has_value());
    CHECK(g.error.find("1900-02-29") != std::string::npos);
  }
  SECTION("February 1900 has 29 days in the Julian calendar") {
    const DateRange r = parse_ok("1900-02", Calendar::Julian);
    CHECK(r.latest - r.earliest == 28);
    const DateRange g = parse_ok("1900-02", Calendar::Gregorian);
    CHECK(g.latest - g.earliest == 27);
  }
  SECTION("an interval") {
    const DateRange r = parse_ok("1917-12-05/1918-01-31", Calendar::Julian);
    CHECK(r.earliest == greg(1917, 12, 18));
    CHECK(r.latest == kRussianCalendarSwitch - 1);
  }
}

TEST_CASE("parse_edtf: invalid values give no range and say why", "[date][edtf]") {
  struct Case {
    const char* text;
    bool mentions_value;
  };
  const Case c = GENERATE(Case{"1918-02-30", true}, Case{"1918-13", true}, Case{"1918-00-10", true},
                          Case{"abcd", true}, Case{"18-05-27", true}, Case{"1918-5-27", true},
                          Case{"1918-05-27-01", true}, Case{"1918-05-27/1918-05-01", true},
                          Case{"../..", true}, Case{"1918-04-31", true}, Case{"0000", true},
                          Case{"1918-05-2", true}, Case{"1918-05-27!", true}, Case{"1918-1X", true},
                          Case{"", false});
  const DateParseResult r = parse_edtf(c.text);
  INFO("value: '" << c.text << "', error: " << r.error);
  CHECK_FALSE(r.range.has_value());
  CHECK_FALSE(r.error.empty());
  if (c.mentions_value) CHECK(r.error.find(c.text) != std::string::npos);
}

TEST_CASE("parse_edtf: interval end before start is an error", "[date][edtf]") {
  const DateParseResult r = parse_edtf("1918-05-27/1918-05-01");
  CHECK_FALSE(r.range.has_value());
  CHECK(r.error.find("1918-05-27/1918-05-01") != std::string::npos);
}

TEST_CASE("parse_edtf: an invalid interval end names the bad part", "[date][edtf]") {
  const DateParseResult r = parse_edtf("1918-05-01/1918-02-30");
  CHECK_FALSE(r.range.has_value());
  CHECK(r.error.find("1918-02-30") != std::string::npos);
}

TEST_CASE("parse_edtf: a 1000-character value is rejected", "[date][edtf]") {
  const std::string long_value(1000, '1');
  const DateParseResult r = parse_edtf(long_value);
  CHECK_FALSE(r.range.has_value());
  CHECK_FALSE(r.error.empty());
  // The message stays short rather than echoing the whole value.
  CHECK(r.error.size() < 200);

  const std::string long_date = "1918-05-27" + std::string(990, ' ') + "x";
  const DateParseResult r2 = parse_edtf(long_date);
  CHECK_FALSE(r2.range.has_value());
  CHECK_FALSE(r2.error.empty());
}

}  // namespace histmap
