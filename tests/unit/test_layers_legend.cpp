// Unit tests: what the user chose to see (core/layers.h), the counts of what is on the map,
// and the legend's entries (core/legend.h).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/date.h"
#include "core/layers.h"
#include "core/legend.h"
#include "core/scene.h"

namespace histmap {
namespace {

constexpr double kM = 111'195.0;

GeoPoint P(double lon, double lat) {
  return GeoPoint{lon, lat, lon * kM, lat * kM};
}

DayNumber day(int y, int m, int d) {
  return to_day_number(CivilDate{y, m, d});
}

DateRange on(DayNumber d) {
  DateRange r;
  r.earliest = r.latest = d;
  return r;
}

Feature point(const std::string& id, Kind kind, const std::string& side, DayNumber start) {
  Feature f;
  f.id = id;
  f.kind = kind;
  f.affiliation = side;
  f.start = on(start);
  f.parts.push_back({P(1, 1)});
  return f;
}

// Two sides' units, a town, an event on 1 June and an echelon riding a railway in June.
Atlas make_atlas() {
  Atlas a;
  a.features.push_back(point("u-alash", Kind::Unit, "alash", day(1918, 5, 1)));
  a.features.push_back(point("u-alash-2", Kind::Unit, "alash", day(1918, 5, 1)));
  a.features.push_back(point("u-white", Kind::Unit, "white", day(1918, 5, 1)));
  Feature town = point("town", Kind::Place, "", day(1900, 1, 1));
  town.start.reset();
  a.features.push_back(town);
  Feature ev = point("ev", Kind::Event, "", day(1918, 6, 1));
  ev.end = on(day(1918, 6, 1));
  a.features.push_back(ev);
  Feature rail;
  rail.id = "rail";
  rail.kind = Kind::Railway;
  rail.geometry = GeometryType::Line;
  rail.parts.push_back({P(0, 0), P(5, 0)});
  a.features.push_back(rail);
  Feature ech;
  ech.id = "echelon";
  ech.kind = Kind::Movement;
  ech.affiliation = "czechoslovak";
  ech.route = "rail";
  ech.geometry = GeometryType::Line;
  ech.parts.push_back({P(0, 0), P(5, 0)});
  ech.times = {day(1918, 6, 1), day(1918, 6, 30)};
  a.features.push_back(ech);
  std::vector<Diagnostic> diags;
  a.link(diags);
  REQUIRE(diags.empty());
  return a;
}

std::size_t index(const Atlas& a, const char* id) {
  return static_cast<std::size_t>(a.index_of(id));
}

}  // namespace

TEST_CASE("layers: a hidden layer leaves the scene, the rest stays", "[layers]") {
  const Atlas a = make_atlas();
  LayerFilter filter;
  filter.set_layer(Layer::Units, false);
  Scene s;
  evaluate_scene(a, day(1918, 6, 15), s, {14, &filter});
  CHECK(s.visible[index(a, "u-alash")] == kAbsent);
  CHECK(s.visible[index(a, "town")] == kPresent);
  CHECK(s.visible[index(a, "echelon")] == kPresent);  // echelons are their own layer
  CHECK(s.movers.size() == 1);
  filter.set_layer(Layer::Movements, false);
  evaluate_scene(a, day(1918, 6, 15), s, {14, &filter});
  CHECK(s.movers.empty());
}

TEST_CASE("layers: a hidden side hides its units and echelons only", "[layers]") {
  const Atlas a = make_atlas();
  LayerFilter filter;
  filter.set_side("alash", false);
  CHECK_FALSE(filter.side_shown("alash"));
  Scene s;
  evaluate_scene(a, day(1918, 6, 15), s, {14, &filter});
  CHECK(s.visible[index(a, "u-alash")] == kAbsent);
  CHECK(s.visible[index(a, "u-white")] == kPresent);
  CHECK(s.visible[index(a, "town")] == kPresent);
  filter.set_side("alash", true);
  CHECK(filter.hidden_sides.empty());
  CHECK(sides_of(a) == std::vector<std::string>{"alash", "czechoslovak", "white"});
}

TEST_CASE("layers: counts say how many are there now and how many are shown", "[layers]") {
  const Atlas a = make_atlas();
  LayerFilter filter;
  filter.set_side("white", false);
  Scene s;
  evaluate_scene(a, day(1918, 6, 15), s, {14, &filter});
  const auto units = static_cast<std::size_t>(Layer::Units);
  CHECK(s.present_count[units] == 3);
  CHECK(s.shown_count[units] == 2);
  CHECK(s.present_count[static_cast<std::size_t>(Layer::Movements)] == 1);
  // The event of 1 June is past on 15 June: a marker, not counted as happening now.
  CHECK(s.present_count[static_cast<std::size_t>(Layer::Events)] == 0);
  evaluate_scene(a, day(1918, 6, 1), s, {14, &filter});
  CHECK(s.present_count[static_cast<std::size_t>(Layer::Events)] == 1);
  evaluate_scene(a, day(1918, 4, 1), s, {14, &filter});
  CHECK(s.present_count[units] == 0);
}

TEST_CASE("legend: one entry per symbol on the map, per side where colour means side", "[legend]") {
  const Atlas a = make_atlas();
  Scene s;
  std::vector<LegendEntry> legend;
  evaluate_scene(a, day(1918, 6, 15), s);
  legend_entries(a, s, legend);
  const auto find = [&](LegendSymbol sym, const std::string& side) -> const LegendEntry* {
    for (const LegendEntry& e : legend)
      if (e.symbol == sym && e.side == side) return &e;
    return nullptr;
  };
  REQUIRE(find(LegendSymbol::Unit, "alash"));
  CHECK(find(LegendSymbol::Unit, "alash")->count == 2);
  CHECK(find(LegendSymbol::Unit, "white"));
  CHECK(find(LegendSymbol::Echelon, "czechoslovak"));
  CHECK(find(LegendSymbol::Trail, ""));
  CHECK(find(LegendSymbol::PastEvent, ""));
  CHECK_FALSE(find(LegendSymbol::Event, ""));
  CHECK(find(LegendSymbol::Railway, ""));
  CHECK(find(LegendSymbol::Place, ""));
  CHECK_FALSE(find(LegendSymbol::RegionFill, "alash"));  // no region in this data
  // In a fixed order, so the legend does not jump about as time plays.
  CHECK(std::is_sorted(legend.begin(), legend.end(),
                       [](const auto& x, const auto& y) { return x.symbol < y.symbol; }));

  // Hide the white side: its symbol leaves the legend with it.
  LayerFilter filter;
  filter.set_side("white", false);
  evaluate_scene(a, day(1918, 6, 1), s, {14, &filter});
  legend_entries(a, s, legend);
  CHECK_FALSE(find(LegendSymbol::Unit, "white"));
  CHECK(find(LegendSymbol::Event, ""));  // on its day the event is happening
}

}  // namespace histmap
