// Unit tests: the timeline's model (core/timeline.h): marks, jumps between events, weekly
// density, calendar steps and the zoomable window.
#include <catch2/catch.hpp>

#include "core/timeline.h"

namespace histmap {
namespace {

DayNumber day(int y, int m, int d) {
  return to_day_number(CivilDate{y, m, d});
}

DateRange parsed(const char* s) {
  const DateParseResult r = parse_edtf(s);
  REQUIRE(r.range);
  return *r.range;
}

Feature dated(const std::string& id, Kind kind, const char* start) {
  Feature f;
  f.id = id;
  f.kind = kind;
  f.start = parsed(start);
  f.parts.push_back({GeoPoint{}});
  return f;
}

Atlas marks_atlas() {
  Atlas a;
  a.features.push_back(dated("chelyabinsk", Kind::Event, "1918-05-27"));
  a.features.push_back(dated("congress", Kind::Event, "1918-05-16/1918-05-20"));
  a.features.push_back(dated("regiment", Kind::Unit, "1918-06"));
  a.features.push_back(dated("front", Kind::Unit, "1918-11-18/.."));
  a.features.push_back(dated("station", Kind::Station, "1918-01-01"));  // not a happening
  Feature m;
  m.id = "mission";
  m.kind = Kind::Mission;
  m.times = {day(1918, 3, 8), day(1918, 3, 15)};
  a.features.push_back(m);
  return a;
}

}  // namespace

TEST_CASE("timeline_marks: dated happenings, sorted, with their kind and range", "[timeline]") {
  const Atlas a = marks_atlas();
  const auto marks = timeline_marks(a);
  REQUIRE(marks.size() == 5);
  CHECK(a.features[marks[0].feature].id == "mission");
  CHECK(marks[0].kind == MarkKind::Mission);
  CHECK(marks[0].day == day(1918, 3, 8));
  CHECK(a.features[marks[1].feature].id == "congress");
  CHECK(marks[1].last == day(1918, 5, 20));
  CHECK(marks[2].kind == MarkKind::Event);
  CHECK(marks[3].kind == MarkKind::UnitFormed);
  CHECK(marks[3].day == day(1918, 6, 1));
  CHECK(marks[3].last == day(1918, 6, 30));
  // "From 18 November 1918 on" is a day, not a range to the end of time.
  CHECK(marks[4].day == day(1918, 11, 18));
  CHECK(marks[4].last == day(1918, 11, 18));
}

TEST_CASE("next and previous event are strictly after and before t", "[timeline]") {
  const auto marks = timeline_marks(marks_atlas());
  CHECK(next_mark_day(marks, day(1918, 5, 16)) == day(1918, 5, 27));
  CHECK(next_mark_day(marks, day(1918, 5, 16) - 0.5) == day(1918, 5, 16));
  CHECK(prev_mark_day(marks, day(1918, 5, 27)) == day(1918, 5, 16));
  CHECK(prev_mark_day(marks, day(1918, 5, 27) + 0.5) == day(1918, 5, 27));
  CHECK_FALSE(prev_mark_day(marks, day(1918, 3, 8)).has_value());
  CHECK_FALSE(next_mark_day(marks, day(1918, 11, 18)).has_value());
}

TEST_CASE("weekly_density counts marks per 7-day bin", "[timeline]") {
  const auto marks = timeline_marks(marks_atlas());
  const DayNumber first = day(1918, 5, 14);
  const auto bins = weekly_density(marks, first, day(1918, 6, 10));
  REQUIRE(bins.size() == 4);  // 28 days: 14-20, 21-27, 28 May-3 June, 4-10 June
  CHECK(bins[0] == 1);        // the congress
  CHECK(bins[1] == 1);        // Chelyabinsk on the 27th
  CHECK(bins[2] == 1);        // the regiment (June)
  CHECK(bins[3] == 0);
  CHECK(weekly_density(marks, first, first - 1).empty());
}

TEST_CASE("step_day moves by days, weeks and calendar months", "[timeline]") {
  CHECK(step_day(day(1918, 5, 27) + 0.6, StepUnit::Day, 1) == day(1918, 5, 28));
  CHECK(step_day(day(1918, 5, 27), StepUnit::Week, -1) == day(1918, 5, 20));
  CHECK(step_day(day(1918, 1, 31), StepUnit::Month, 1) == day(1918, 2, 28));
  CHECK(step_day(day(1920, 1, 31), StepUnit::Month, 1) == day(1920, 2, 29));
  CHECK(step_day(day(1918, 1, 15), StepUnit::Month, -1) == day(1917, 12, 15));
  CHECK(step_day(day(1918, 12, 5), StepUnit::Month, 1) == day(1919, 1, 5));
  CHECK(step_day(day(1918, 3, 31), StepUnit::Month, -13) == day(1917, 2, 28));
}

TEST_CASE("TimeWindow zooms about a day and stays inside the range", "[timeline]") {
  const double lo = day(1917, 2, 1), hi = day(1920, 12, 31);
  TimeWindow w{lo, hi};
  const double anchor = day(1918, 5, 27);
  const double f = (anchor - w.first) / w.span();
  w.zoom(0.02, anchor, lo, hi, 10);  // to a few weeks of May 1918
  CHECK(w.span() == Approx((hi - lo) * 0.02));
  CHECK((anchor - w.first) / w.span() == Approx(f));  // the anchor stays put on screen
  w.zoom(0.01, anchor, lo, hi, 10);
  CHECK(w.span() == Approx(10));  // no narrower than the minimum
  w.zoom(1000, anchor, lo, hi, 10);
  CHECK(w.first == Approx(lo));  // no wider than the whole range
  CHECK(w.last == Approx(hi));
  w = {lo, lo + 30};
  w.pan(-100, lo, hi);
  CHECK(w.first == Approx(lo));
  CHECK(w.span() == Approx(30));
  w.follow(hi + 50, lo, hi);
  CHECK(w.last == Approx(hi));
  w.follow(lo + 10, lo, hi);
  CHECK(w.first <= lo + 10);
  CHECK(w.last >= lo + 10);
}

}  // namespace histmap
