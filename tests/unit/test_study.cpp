// Unit tests: studying the data (issue 8): the time window and "since" modes of the scene,
// attribute filters (parsing, each test, the mask, their combination with the layer, side and
// time filters), the statistics of a scene, one layer's presence per week, and the command
// line's --window, --since, --filter (core/scene.h, core/attribute_filter.h,
// core/statistics.h, app/options.h). Fixtures are made here.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "app/app_ui.h"
#include "app/options.h"
#include "core/attribute_filter.h"
#include "core/date.h"
#include "core/dual_date.h"
#include "core/scene.h"
#include "core/statistics.h"

namespace histmap {
namespace {

constexpr double kM = 111'195.0;  // metres per degree near the equator

GeoPoint P(double lon, double lat) {
  return GeoPoint{lon, lat, lon * kM, lat * kM};
}

DayNumber greg(int y, int m, int d) {
  return to_day_number(CivilDate{y, m, d});
}

const DayNumber kDay0 = greg(1918, 6, 1);

DateRange date(const char* edtf) {
  const DateParseResult r = parse_date(edtf, Calendar::Gregorian);
  REQUIRE(r.range);
  return *r.range;
}

Feature point(const std::string& id, Kind kind, double lon = 0) {
  Feature f;
  f.id = id;
  f.kind = kind;
  f.parts.push_back({P(lon, 0)});
  return f;
}

Feature unit(const std::string& id, const std::string& side, std::optional<int> strength,
             const char* start, const char* end = nullptr) {
  Feature f = point(id, Kind::Unit);
  f.affiliation = side;
  f.strength = strength;
  f.start = date(start);
  if (end) f.end = date(end);
  return f;
}

std::size_t at(const Atlas& a, const std::string& id) {
  const std::int32_t i = a.index_of(id);
  REQUIRE(i >= 0);
  return static_cast<std::size_t>(i);
}

Atlas linked(std::vector<Feature> features) {
  Atlas a;
  a.features = std::move(features);
  std::vector<Diagnostic> diags;
  a.link(diags);
  CHECK(diags.empty());
  return a;
}

SceneOptions window(double days) {
  SceneOptions o;
  o.time_mode = TimeMode::Window;
  o.window_days = days;
  return o;
}

AttributeFilter parsed(const std::string& expr) {
  std::string error;
  const std::optional<AttributeFilter> f = parse_filter(expr, error);
  INFO(expr << ": " << error);
  REQUIRE(f);
  return *f;
}

std::string parse_error(const std::string& expr) {
  std::string error;
  CHECK_FALSE(parse_filter(expr, error));
  return error;
}

}  // namespace

TEST_CASE("window: a feature is shown when its span meets [t-w, t+w], edges included",
          "[study][window]") {
  // a: 1..10 June; b: from 20 June on; c: no dates.
  Feature a = point("a", Kind::Region);
  a.start = date("1918-06-01");
  a.end = date("1918-06-10");
  Feature b = point("b", Kind::Place, 1);
  b.start = date("1918-06-20");
  Atlas atlas = linked({a, b, point("c", Kind::Station, 2)});
  const std::size_t ia = at(atlas, "a"), ib = at(atlas, "b"), ic = at(atlas, "c");
  Scene s;
  const double t = greg(1918, 6, 15);
  evaluate_scene(atlas, t, s);  // the instant: only c
  CHECK(s.visible[ia] == kAbsent);
  CHECK(s.visible[ib] == kAbsent);
  CHECK(s.visible[ic] == kPresent);
  evaluate_scene(atlas, t, s, window(5));  // 10..20 June: a's last day and b's first
  CHECK(s.visible[ia] == kPresent);
  CHECK(s.opacity[ia] == Approx(1));
  CHECK(s.visible[ib] == kPresent);
  CHECK(s.visible[ic] == kPresent);
  evaluate_scene(atlas, t, s, window(4));  // 11..19 June: neither
  CHECK(s.visible[ia] == kAbsent);
  CHECK(s.visible[ib] == kAbsent);
  CHECK(s.present_count[static_cast<std::size_t>(Layer::Regions)] == 0);
  // An open end: b stays for any window after its start.
  evaluate_scene(atlas, greg(1925, 1, 1), s, window(1));
  CHECK(s.visible[ib] == kPresent);
  CHECK(s.visible[ia] == kAbsent);
}

TEST_CASE("window: an uncertain start counts from its earliest day, at its best opacity",
          "[study][window]") {
  Feature u = unit("u", "alash", 500, "1918-07");  // some day in July 1918: fades in through July
  Atlas atlas = linked({u});
  Scene s;
  evaluate_scene(atlas, greg(1918, 6, 29), s, window(1));  // to 30 June: not yet
  CHECK(s.visible[0] == kAbsent);
  evaluate_scene(atlas, greg(1918, 6, 29), s, window(2));  // reaches 1 July: faint
  CHECK(s.visible[0] == kPresent);
  CHECK(s.opacity[0] == Approx(1.0 / 31).epsilon(0.02));
  evaluate_scene(atlas, greg(1918, 7, 1), s);  // the instant 1 July: as faint
  CHECK(s.opacity[0] == Approx(1.0 / 31).epsilon(0.02));
  evaluate_scene(atlas, greg(1918, 7, 10), s, window(30));  // the window holds all of July
  CHECK(s.opacity[0] == Approx(1));
  // An uncertain end: present while the latest end meets the window.
  Feature g = unit("g", "alash", 500, "1918-01-01", "1918-08");
  Atlas atlas2 = linked({g});
  evaluate_scene(atlas2, greg(1918, 9, 5), s, window(5));  // from 31 August
  CHECK(s.visible[0] == kPresent);
  evaluate_scene(atlas2, greg(1918, 9, 6), s, window(5));  // from 1 September
  CHECK(s.visible[0] == kAbsent);
}

TEST_CASE("window: open-ended dates, from 18 November 1918 on and until May 1918",
          "[study][window]") {
  Feature from = unit("from", "alash", 540, "1918-11-18/..");
  Feature until = unit("until", "alash", 100, "1917-12-01", "../1918-05");
  Atlas atlas = linked({from, until});
  const std::size_t a = at(atlas, "from"), b = at(atlas, "until");
  Scene s;
  evaluate_scene(atlas, greg(1918, 11, 12), s, window(5));  // to 17 November
  CHECK(s.visible[a] == kAbsent);
  evaluate_scene(atlas, greg(1918, 11, 13), s, window(5));  // to 18 November
  CHECK(s.visible[a] == kPresent);
  evaluate_scene(atlas, greg(1930, 1, 1), s, window(5));  // years later: still there
  CHECK(s.visible[a] == kPresent);
  evaluate_scene(atlas, greg(1918, 6, 5), s, window(5));  // from 31 May: its last day
  CHECK(s.visible[b] == kPresent);
  evaluate_scene(atlas, greg(1918, 6, 6), s, window(5));  // from 1 June
  CHECK(s.visible[b] == kAbsent);
  // The same with the instant, for comparison: the window widens what the day shows.
  evaluate_scene(atlas, greg(1918, 6, 5), s);
  CHECK(s.visible[b] == kAbsent);
}

TEST_CASE("window of 0 days and since t are the instant", "[study][window]") {
  Feature e = point("e", Kind::Event);
  e.start = e.end = date("1918-06-05");
  Feature u = unit("u", "alash", 100, "1918-05", "1918-06-20/1918-06-25");
  Feature m = point("m", Kind::Region, 1);
  m.start = date("1918-22");
  Atlas atlas = linked({e, u, m});
  Scene a, b, c;
  for (int d = -20; d < 120; d += 3) {
    const double t = kDay0 + d + 0.5;
    evaluate_scene(atlas, t, a);
    evaluate_scene(atlas, t, b, window(0));
    SceneOptions since;
    since.time_mode = TimeMode::Since;
    since.since_day = t + 40;  // after t: the window is just t
    evaluate_scene(atlas, t, c, since);
    CHECK(a.visible == b.visible);
    CHECK(a.opacity == b.opacity);
    CHECK(a.visible == c.visible);
    CHECK(a.opacity == c.opacity);
  }
}

TEST_CASE("since: everything from a start day up to t, events as full markers", "[study][window]") {
  Feature e1 = point("e1", Kind::Event);
  e1.start = e1.end = date("1918-05-10");
  Feature e2 = point("e2", Kind::Event, 1);
  e2.start = e2.end = date("1918-06-10");
  Feature e3 = point("e3", Kind::Event, 2);
  e3.start = e3.end = date("1918-07-10");
  Feature gone = unit("gone", "alash", 100, "1918-05-01", "1918-05-20");
  Atlas atlas = linked({e1, e2, e3, gone});
  SceneOptions o;
  o.time_mode = TimeMode::Since;
  o.since_day = greg(1918, 5, 15);
  Scene s;
  evaluate_scene(atlas, greg(1918, 6, 30), s, o);
  CHECK(s.visible[at(atlas, "e1")] == kAfter);  // before the start: a past marker, as always
  CHECK(s.visible[at(atlas, "e2")] == kPresent);
  CHECK(s.visible[at(atlas, "e3")] == kAbsent);     // not yet
  CHECK(s.visible[at(atlas, "gone")] == kPresent);  // there on 15..20 May
  // The instant: e2 is past, the unit gone.
  evaluate_scene(atlas, greg(1918, 6, 30), s);
  CHECK(s.visible[at(atlas, "e2")] == kAfter);
  CHECK(s.visible[at(atlas, "gone")] == kAbsent);
  // A window ahead of an event shows it but does not pulse it before its day.
  evaluate_scene(atlas, greg(1918, 7, 5), s, window(10));
  CHECK(s.visible[at(atlas, "e3")] == kPresent);
  for (const Effect& fx : s.effects) CHECK(fx.feature != at(atlas, "e3"));
}

TEST_CASE("window: a track's mover at t, its trail over the window", "[study][window]") {
  Feature rail;
  rail.id = "rail";
  rail.kind = Kind::Railway;
  rail.geometry = GeometryType::Line;
  rail.parts.push_back({P(0, 0), P(10, 0)});
  Feature ech;
  ech.id = "ech";
  ech.kind = Kind::Movement;
  ech.route = "rail";
  ech.geometry = GeometryType::Line;
  ech.parts.push_back({P(0, 0), P(10, 0)});
  ech.times = {kDay0, kDay0 + 100};
  Atlas atlas = linked({rail, ech});
  REQUIRE(atlas.tracks.size() == 1);
  const double per_day = atlas.tracks[0].length() / 100;
  Scene s;
  SceneOptions o = window(30);
  o.trail_days = 5;
  evaluate_scene(atlas, kDay0 + 50, s, o);
  REQUIRE(s.movers.size() == 1);
  CHECK(s.movers[0].measure == Approx(50 * per_day));
  CHECK(s.movers[0].trail_from == Approx(20 * per_day));  // the window's first day
  // Ended before t but within the window: it stands at its last point.
  evaluate_scene(atlas, kDay0 + 110, s, o);
  REQUIRE(s.movers.size() == 1);
  CHECK(s.movers[0].measure == Approx(100 * per_day));
  CHECK(s.movers[0].trail_from == Approx(80 * per_day));
  // Not yet started: at its first point.
  evaluate_scene(atlas, kDay0 - 20, s, o);
  REQUIRE(s.movers.size() == 1);
  CHECK(s.movers[0].measure == Approx(0));
  evaluate_scene(atlas, kDay0 - 31, s, o);
  CHECK(s.movers.empty());
}

TEST_CASE("filter expressions parse, and bad ones say why", "[study][filter]") {
  AttributeFilter f = parsed("units:strength=500..3000");
  CHECK(f.layer == Layer::Units);
  CHECK(f.field == "strength");
  CHECK(f.op == FilterOp::Range);
  CHECK(f.lo_number == 500);
  CHECK(f.hi_number == 3000);
  CHECK(format_filter(f) == "units:strength=500..3000");
  f = parsed(" affiliation = alash ");
  CHECK_FALSE(f.layer);
  CHECK(f.op == FilterOp::Equals);
  CHECK(f.field == "affiliation");
  CHECK(f.value == "alash");
  f = parsed("note~Saryarqa, 1918: 1");  // a colon after the operator is the value's
  CHECK(f.op == FilterOp::Contains);
  CHECK(f.value == "Saryarqa, 1918: 1");
  CHECK_FALSE(f.layer);
  f = parsed("events:start=1918-05..");
  CHECK(f.op == FilterOp::Range);
  CHECK(f.lo_day == greg(1918, 5, 1));
  CHECK(f.hi.empty());
  CHECK(parsed("echelons:kind=movement").layer == Layer::Movements);

  CHECK(parse_error("strength").find("not a filter") != std::string::npos);
  CHECK(parse_error("=5").find("no field") != std::string::npos);
  CHECK(parse_error("army:strength=5").find("not a layer") != std::string::npos);
  CHECK(parse_error("strength=..").find("neither end") != std::string::npos);
  CHECK(parse_error("strength=abc..5").find("neither a number nor a date") != std::string::npos);
  CHECK(parse_error("strength=3000..500").find("starts after it ends") != std::string::npos);
  CHECK(parse_error("start=1918-08..1918-05").find("starts after it ends") != std::string::npos);
  CHECK(parse_error("start=soon").find("not a date") != std::string::npos);
  CHECK(parse_error("name~ ").find("needs a text") != std::string::npos);
}

TEST_CASE("filters: equals, contains, ranges of numbers and of dates", "[study][filter]") {
  Feature a = unit("a", "alash", 500, "1918-06-18");
  a.name = "Semey detachment";
  a.name_ru = "Семипалатинский отряд";
  a.commander = "Бөкейханов";
  a.attributes = {{"Regiment_No", "2"}, {"formed", "1918-06"}, {"tag", "Kazakh cavalry"}};
  Feature b = unit("b", "czechoslovak", 3000, "1918-05-25");
  b.name = "Čeljabinsk group";
  b.attributes = {{"Regiment_No", "12"}, {"formed", "1917-10-15"}};
  const auto passes = [](const std::string& expr, const Feature& f) {
    return filter_passes(parsed(expr), f);
  };
  // equals: folded text; numbers as numbers.
  CHECK(passes("affiliation=ALASH", a));
  CHECK_FALSE(passes("affiliation=alash", b));
  CHECK(passes("regiment_no=2.0", a));  // an attribute, its name in any ASCII case
  CHECK_FALSE(passes("Regiment_No=12", a));
  CHECK(passes("kind=unit", a));
  // contains: case, script and diacritics folded.
  CHECK(passes("commander~БӨКЕЙ", a));
  CHECK(passes("commander~bokei", a));
  CHECK(passes("name~семей", a));  // any of the names, across scripts
  CHECK(passes("name~Семипалат", a));
  CHECK(passes("name~celiab", b));  // Č folded
  CHECK(passes("name~ЧЕЛЯБ", b));
  CHECK_FALSE(passes("name~omsk", a));
  CHECK(passes("tag~CAVALRY", a));
  // ranges: numbers, open ends.
  CHECK(passes("strength=500..3000", a));
  CHECK(passes("strength=500..3000", b));
  CHECK_FALSE(passes("strength=501..", a));
  CHECK(passes("strength=..500", a));
  CHECK(passes("regiment_no=10..20", b));
  CHECK_FALSE(passes("regiment_no=10..20", a));
  // date ranges compare days: the field's days meet [LO's first, HI's last].
  CHECK(passes("start=1918-06..1918-06", a));
  CHECK_FALSE(passes("start=1918-06..1918-06", b));
  CHECK(passes("start=1918-05-25..1918-05-25", b));
  CHECK(passes("start=..1918-05", b));
  CHECK(passes("start=1918-06", a));      // equals on a date: the range of that month
  CHECK(passes("formed=1918..1918", a));  // an attribute's dates: "1918-06" meets 1918
  CHECK_FALSE(passes("formed=1918..1918", b));
  CHECK(passes("formed=1917-10-01..1917-10-31", b));
  CHECK(
      passes("start=5 (18) June 1918..1918-06-18", a));  // a dual date as Russian sources write it
  // A feature without the field fails; one in another layer passes a layer's filter.
  CHECK_FALSE(passes("end=1918..1920", a));
  CHECK_FALSE(passes("outcome~x", a));
  Feature ev = point("ev", Kind::Event);
  CHECK(passes("units:strength=1000..", ev));
  CHECK_FALSE(passes("strength=1000..", ev));
  Feature land = point("land", Kind::Land);
  CHECK(passes("strength=1000..", land));  // the base map is never filtered out
}

TEST_CASE("filter_mask and evaluate_scene: filters AND with the layer, side and time filters",
          "[study][filter]") {
  Feature small = unit("small", "alash", 300, "1918-06-01");
  Feature big = unit("big", "alash", 2000, "1918-06-01");
  Feature czech = unit("czech", "czechoslovak", 5000, "1918-06-01");
  Feature later = unit("later", "alash", 2500, "1918-08-01");
  Feature ev = point("ev", Kind::Event, 3);
  ev.start = ev.end = date("1918-06-10");
  Feature land = point("land", Kind::Land);
  Atlas atlas = linked({small, big, czech, later, ev, land});
  std::vector<std::uint8_t> mask;
  filter_mask(atlas, {}, mask);
  CHECK(mask.empty());
  filter_mask(atlas, {parsed("units:strength=1000..")}, mask);
  REQUIRE(mask.size() == atlas.features.size());
  CHECK(mask[at(atlas, "small")] == 0);
  CHECK(mask[at(atlas, "big")] == 1);
  CHECK(mask[at(atlas, "ev")] == 1);

  SceneOptions o;
  o.passes = &mask;
  Scene s;
  const double t = greg(1918, 6, 15);
  const auto units = static_cast<std::size_t>(Layer::Units);
  evaluate_scene(atlas, t, s, o);
  CHECK(s.visible[at(atlas, "small")] == kAbsent);
  CHECK(s.visible[at(atlas, "big")] == kPresent);
  CHECK(s.visible[at(atlas, "czech")] == kPresent);
  CHECK(s.visible[at(atlas, "later")] == kAbsent);  // passes the filter, not yet there
  CHECK(s.visible[at(atlas, "ev")] == kAfter);      // another layer: its past marker stays
  CHECK(s.present_count[units] == 3);
  CHECK(s.shown_count[units] == 2);
  // AND a second filter.
  filter_mask(atlas, {parsed("units:strength=1000.."), parsed("affiliation=alash")}, mask);
  evaluate_scene(atlas, t, s, o);
  CHECK(s.visible[at(atlas, "czech")] == kAbsent);
  CHECK(s.visible[at(atlas, "ev")] == kAbsent);  // every layer: the event has no side
  CHECK(s.visible[at(atlas, "land")] == kPresent);
  // AND the side filter, the layer filter, and the window.
  filter_mask(atlas, {parsed("units:strength=1000..")}, mask);
  LayerFilter lf;
  lf.set_side("alash", false);
  o.filter = &lf;
  evaluate_scene(atlas, t, s, o);
  CHECK(s.visible[at(atlas, "big")] == kAbsent);
  CHECK(s.visible[at(atlas, "czech")] == kPresent);
  lf.set_side("alash", true);
  lf.set_layer(Layer::Events, false);
  o.time_mode = TimeMode::Window;
  o.window_days = 60;  // reaches 1 August
  evaluate_scene(atlas, t, s, o);
  CHECK(s.visible[at(atlas, "later")] == kPresent);
  CHECK(s.visible[at(atlas, "small")] == kAbsent);
  CHECK(s.visible[at(atlas, "ev")] == kAbsent);
  CHECK(s.shown_count[units] == 3);
}

TEST_CASE("evaluate_scene allocates nothing per frame with a window and filters on",
          "[study][filter]") {
  std::vector<Feature> fs;
  Feature rail;
  rail.id = "rail";
  rail.kind = Kind::Railway;
  rail.geometry = GeometryType::Line;
  rail.parts.push_back({P(0, 0), P(10, 0)});
  fs.push_back(rail);
  for (int i = 0; i < 12; ++i) {
    Feature e;
    e.id = "e" + std::to_string(i);
    e.kind = Kind::Movement;
    e.route = "rail";
    e.affiliation = i % 2 ? "alash" : "czechoslovak";
    e.strength = 100 * i;
    e.geometry = GeometryType::Line;
    e.parts.push_back({P(0, 0), P(10, 0)});
    e.times = {kDay0 + i, kDay0 + 40 + i};
    fs.push_back(e);
    Feature ev = point("ev" + std::to_string(i), Kind::Event, i);
    ev.start = ev.end = DateRange{kDay0 + 3 * i, kDay0 + 3 * i};
    fs.push_back(ev);
  }
  Atlas atlas = linked(fs);
  std::vector<std::uint8_t> mask;
  filter_mask(atlas, {parsed("strength=300..")}, mask);
  LayerFilter lf;
  lf.set_side("alash", false);
  SceneOptions o = window(10);
  o.passes = &mask;
  o.filter = &lf;
  Scene s;
  evaluate_scene(atlas, kDay0 + 20, s, o);  // warm
  const auto* visible = s.visible.data();
  const auto* movers = s.movers.data();
  const auto movers_cap = s.movers.capacity();
  SceneStatistics stats;
  scene_statistics(atlas, s, stats);
  const auto* sides = stats.by_side.data();
  for (double t = kDay0 - 5; t < kDay0 + 60; t += 0.7) {
    evaluate_scene(atlas, t, s, o);
    scene_statistics(atlas, s, stats);
    CHECK(s.movers.size() <= movers_cap);
  }
  evaluate_scene(atlas, kDay0 + 20, s, o);
  CHECK(s.visible.data() == visible);
  CHECK(s.movers.data() == movers);
  CHECK(s.movers.capacity() == movers_cap);
  CHECK(stats.by_side.data() == sides);
  CHECK(s.movers.size() == 4);  // czechoslovak, strength 400, 600, 800, 1000 (and on the move)
}

TEST_CASE("scene_statistics: per kind and per side of what is present", "[study][stats]") {
  Feature u1 = unit("u1", "alash", 100, "1918-06-01");
  Feature u2 = unit("u2", "alash", 100, "1918-06-01");
  Feature u3 = unit("u3", "white", 100, "1918-06-01");
  Feature ev = point("ev", Kind::Event);
  ev.affiliation =
      "alash";  // an event's side is not counted: sides are units', echelons', missions'
  ev.start = ev.end = date("1918-06-02");
  Feature st = point("st", Kind::Station);
  Feature land = point("land", Kind::Land);
  Atlas atlas = linked({u1, u2, u3, ev, st, land});
  Scene s;
  SceneStatistics stats;
  evaluate_scene(atlas, greg(1918, 6, 2), s);
  scene_statistics(atlas, s, stats);
  CHECK(stats.kind_count(Kind::Unit) == 3);
  CHECK(stats.kind_count(Kind::Event) == 1);
  CHECK(stats.kind_count(Kind::Station) == 1);
  CHECK(stats.kind_count(Kind::Land) == 0);
  CHECK(stats.total == 5);
  CHECK(stats.side_count("alash") == 2);
  CHECK(stats.side_count("white") == 1);
  evaluate_scene(atlas, greg(1918, 6, 3), s);  // the event is past: its marker is not counted
  scene_statistics(atlas, s, stats);
  CHECK(stats.kind_count(Kind::Event) == 0);
  CHECK(stats.total == 4);
}

TEST_CASE("layer_presence_per_week: a layer's features present in each week", "[study][stats]") {
  const DayNumber first = kDay0;  // bins of 7 days from 1 June 1918
  Feature u1 = unit("u1", "alash", 100, "1918-06-01", "1918-06-07");  // week 0
  Feature u2 = unit("u2", "alash", 900, "1918-06-07", "1918-06-08");  // weeks 0 and 1
  Feature u3 = unit("u3", "white", 900, "1918-06-20");                // week 2 on, open
  Feature u4 = unit("u4", "alash", 900, "1918-06", "1918-06");        // June: weeks 0..4
  Feature undated = point("undated", Kind::Unit);
  Feature ev = point("ev", Kind::Event);
  ev.start = ev.end = date("1918-06-03");
  Atlas atlas = linked({u1, u2, u3, u4, undated, ev});
  const DayNumber last = first + 7 * 6 - 1;  // six weeks
  std::vector<int> bins = layer_presence_per_week(atlas, Layer::Units, first, last, {}, nullptr);
  CHECK(bins == std::vector<int>{3, 2, 2, 2, 2, 1});
  bins = layer_presence_per_week(atlas, Layer::Events, first, last, {}, nullptr);
  CHECK(bins == std::vector<int>{1, 0, 0, 0, 0, 0});
  // The filters' mask and the side filter apply.
  std::vector<std::uint8_t> mask;
  filter_mask(atlas, {parsed("strength=500..")}, mask);
  LayerFilter lf;
  lf.set_side("white", false);
  bins = layer_presence_per_week(atlas, Layer::Units, first, last, mask, &lf);
  CHECK(bins == std::vector<int>{2, 2, 1, 1, 1, 0});
  CHECK(layer_presence_per_week(atlas, Layer::Units, last, first, {}, nullptr).empty());
}

TEST_CASE("filter_fields: the model's fields the layer has, then its attributes",
          "[study][filter]") {
  Feature a = unit("a", "alash", 500, "1918-06-18");
  a.attributes = {{"zeta", "1"}, {"alpha", "2"}, {"strength", "500"}};
  Feature r = point("r", Kind::Region);
  r.attributes = {{"area_km2", "1"}};
  Atlas atlas = linked({a, r});
  const std::vector<std::string> units = filter_fields(atlas, Layer::Units);
  CHECK(units == std::vector<std::string>{"id", "kind", "start", "calendar", "strength",
                                          "affiliation", "certainty", "alpha", "zeta"});
  const std::vector<std::string> all = filter_fields(atlas, std::nullopt);
  CHECK(std::find(all.begin(), all.end(), "area_km2") != all.end());
  CHECK(std::find(all.begin(), all.end(), "zeta") != all.end());
}

TEST_CASE("options: --window, --since, --filter, --stats, --histogram", "[study][options]") {
  ParseResult r = parse_options({"--render", "x.png", "--date", "1918-06-18", "--window", "30",
                                 "--filter", "units:strength=1000..100000", "--filter=name~семей",
                                 "--stats", "--histogram", "units"});
  INFO(r.error);
  REQUIRE(r.error.empty());
  CHECK(r.options.window_days == 30);
  REQUIRE(r.options.filters.size() == 2);
  CHECK(r.options.filters[0].layer == Layer::Units);
  CHECK(r.options.filters[1].value == "семей");
  CHECK(r.options.stats);
  CHECK(r.options.histogram_layer == Layer::Units);
  r = parse_options({"--since", "1918-05-25", "--date", "1918-06-18"});
  REQUIRE(r.error.empty());
  CHECK(r.options.since == greg(1918, 5, 25));

  const auto error = [](std::vector<std::string> args) { return parse_options(args).error; };
  CHECK(error({"--filter", "strength"}).find("--filter: 'strength' is not a filter") == 0);
  CHECK(error({"--filter", "army:x=1"}).find("not a layer") != std::string::npos);
  CHECK(error({"--window", "-3"}).find("--window") == 0);
  CHECK(error({"--window", "many"}).find("--window") == 0);
  CHECK(error({"--since", "1918-13-01"}).find("--since") == 0);
  CHECK(error({"--window", "3", "--since", "1918-05-01"}).find("cannot be combined") !=
        std::string::npos);
  CHECK(error({"--since", "1918-07-01", "--date", "1918-06-01"}) == "--since is after --date");
  CHECK(error({"--histogram", "armies"}).find("--histogram") == 0);
}

TEST_CASE("app: the command line's study options reach scene_options, the mask follows the data",
          "[study][app]") {
  AtlasSession session;
  session.atlas =
      linked({unit("small", "alash", 300, "1918-06-01"), unit("big", "alash", 2000, "1918-06-01")});
  session.first_day = greg(1918, 1, 1);
  session.last_day = greg(1918, 12, 31);
  session.bundled = false;
  const ParseResult r = parse_options(
      {"--quiet", "--window", "10", "--filter", "units:strength=1000..", "--histogram", "units"});
  REQUIRE(r.error.empty());
  AppUi ui;
  init_app_ui(ui, session, r.options);
  SceneOptions o = scene_options(ui);
  CHECK(o.time_mode == TimeMode::Window);
  CHECK(o.window_days == 10);
  REQUIRE(o.passes != nullptr);
  CHECK(*o.passes == std::vector<std::uint8_t>{0, 1});
  CHECK(ui.controls.active_filters == 2);  // the filter and the window
  // The timeline's bars: units present per week over the slider's range.
  REQUIRE(ui.timeline.histogram_layer == Layer::Units);
  CHECK(ui.timeline.layer_density_first == greg(1918, 1, 1));
  REQUIRE(ui.timeline.layer_density.size() > 30);
  CHECK(ui.timeline.layer_density[0] == 0);
  CHECK(ui.timeline.layer_density.back() == 1);  // only the big unit passes
  Scene scene;
  evaluate_scene(session.atlas, greg(1918, 5, 25), scene, o);  // the window reaches 1 June
  CHECK(scene.visible == std::vector<std::uint8_t>{kAbsent, kPresent});
  // More data (File > Open): the mask is made again for it.
  session.atlas.features.push_back(unit("huge", "white", 9000, "1918-06-01"));
  session.atlas.features.push_back(unit("tiny", "white", 10, "1918-06-01"));
  update_study(ui, session.atlas);
  CHECK(*scene_options(ui).passes == std::vector<std::uint8_t>{0, 1, 1, 0});
  CHECK(ui.timeline.layer_density.back() == 2);
}

}  // namespace histmap
