// Unit tests: dual Old Style (New Style) dates as the sources write them (core/dual_date.h).
#include <catch2/catch.hpp>

#include "core/dual_date.h"

namespace histmap {
namespace {

DayNumber greg(int y, int m, int d) {
  return to_day_number(CivilDate{y, m, d}, Calendar::Gregorian);
}

DateRange parsed(const char* text) {
  const DateParseResult r = parse_dual_date(text);
  INFO(text << ": " << r.error);
  REQUIRE(r.range);
  return *r.range;
}

TEST_CASE("a single dual date is stored as its New Style day", "[dual_date]") {
  const DateRange r = parsed("5 (18) December 1917");
  CHECK(r.earliest == greg(1917, 12, 18));
  CHECK(r.latest == greg(1917, 12, 18));
  CHECK_FALSE(r.is_interval);
  CHECK(r.precision == Precision::Day);
}

TEST_CASE("the forms the sources use all parse", "[dual_date]") {
  CHECK(parsed("June 11 (24), 1918").earliest == greg(1918, 6, 24));
  CHECK(parsed("June 17 (30), 1918").earliest == greg(1918, 6, 30));
  CHECK(parsed("October 25 (November 7), 1917").earliest == greg(1917, 11, 7));
  CHECK(parsed("November 26 (December 9), 1917").earliest == greg(1917, 12, 9));
  CHECK(parsed("6 (19) January 1918").earliest == greg(1918, 1, 19));
  CHECK(parsed("December 12 (25), 1917").earliest == greg(1917, 12, 25));
}

TEST_CASE("a dual range keeps both ends", "[dual_date]") {
  const DateRange kurultai = parsed("5-13 (18-26) December 1917");
  CHECK(kurultai.earliest == greg(1917, 12, 18));
  CHECK(kurultai.latest == greg(1917, 12, 26));
  CHECK(kurultai.is_interval);
  const DateRange elections = parsed("November 12-14 (25-27), 1917");
  CHECK(elections.earliest == greg(1917, 11, 25));
  CHECK(elections.latest == greg(1917, 11, 27));
  // The en dash of typeset text reads as a dash.
  CHECK(parsed("5\u201313 (18\u201326) December 1917").latest == greg(1917, 12, 26));
}

TEST_CASE("a dual date across the new year", "[dual_date]") {
  CHECK(parsed("December 20 (January 2), 1917").earliest == greg(1918, 1, 2));
}

TEST_CASE("figures that disagree are reported, not stored", "[dual_date]") {
  // 5 December OS is 18 December NS; 19 is a misprint the checker must catch.
  const DateParseResult r = parse_dual_date("5 (19) December 1917");
  CHECK_FALSE(r.range);
  CHECK_THAT(r.error, Catch::Contains("disagree") && Catch::Contains("18 December 1917"));
  // S4 read "June 11 (24)" as a range "11 to 24 June"; as a dual range it cannot hold.
  CHECK_FALSE(parse_dual_date("11-24 (24) June 1918").range);
}

TEST_CASE("malformed dual dates give a reason", "[dual_date]") {
  for (const char* bad : {"5 (18 December 1917", "5 (18) Decembre 1917", "(18) December 1917",
                          "5 (18) December", "31 (13) February 1918", "5 (18) (19) December 1917",
                          "5- (18-) December 1917", "5-13 (18) December 1917"}) {
    INFO(bad);
    const DateParseResult r = parse_dual_date(bad);
    CHECK_FALSE(r.range);
    CHECK_FALSE(r.error.empty());
  }
}

TEST_CASE("parse_date takes dual dates and EDTF alike", "[dual_date]") {
  CHECK(parse_date("5 (18) December 1917", Calendar::Gregorian).range->earliest ==
        greg(1917, 12, 18));
  // Plain EDTF keeps the feature's calendar: 5 December 1917 Julian is the 18th.
  CHECK(parse_date("1917-12-05", Calendar::Julian).range->earliest == greg(1917, 12, 18));
  CHECK(parse_date("1918-22", Calendar::Gregorian).range->precision == Precision::Season);
}

}  // namespace
}  // namespace histmap
