// Unit tests: measuring (core/measure.h): great-circle distances between known city pairs,
// the arc drawn between them, the distance along the railway across a junction, and the
// answers when no railway joins two places or a place is off the lines; the distance labels.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "core/measure.h"

namespace histmap {
namespace {

// Near the equator an equirectangular projection is close to true metres.
constexpr double kM = 111'195.0;

GeoPoint P(double lon, double lat) {
  return GeoPoint{lon, lat, lon * kM, lat * kM};
}

GeoPoint city(double lat, double lon) {
  return GeoPoint{lon, lat, 0, 0};
}

Feature railway(const std::string& id, std::vector<GeoPoint> line) {
  Feature f;
  f.id = id;
  f.kind = Kind::Railway;
  f.geometry = GeometryType::Line;
  f.parts.push_back(std::move(line));
  return f;
}

// West line (0,0)-(2,0), east line on from its end (2,0)-(2,2)-(4,2), and an island line far
// away that nothing joins.
Atlas network_atlas() {
  Atlas a;
  a.features.push_back(railway("rail-west", {P(0, 0), P(1, 0), P(2, 0)}));
  a.features.push_back(railway("rail-east", {P(2, 0), P(2, 2), P(4, 2)}));
  a.features.push_back(railway("rail-island", {P(10, 10), P(11, 10)}));
  std::vector<Diagnostic> d;
  a.link(d);
  return a;
}

}  // namespace

TEST_CASE("great-circle distances between known city pairs are right within 0.5 percent",
          "[measure]") {
  // Published great-circle distances (km); a sphere of the mean radius is within 0.5 % of the
  // ellipsoid on any of them.
  struct Pair {
    GeoPoint a, b;
    double km;
  };
  const Pair pairs[] = {
      {city(51.5074, -0.1278), city(48.8566, 2.3522), 343.5},     // London - Paris
      {city(55.7558, 37.6173), city(59.9343, 30.3351), 633.0},    // Moscow - St Petersburg
      {city(40.7128, -74.0060), city(51.5074, -0.1278), 5570.0},  // New York - London
      {city(0, 0), city(0, 90), 10007.5},                         // a quarter of the equator
  };
  for (const Pair& p : pairs) {
    const double km = geodesic_distance(p.a, p.b) / 1000;
    INFO("expected " << p.km << " km, got " << km);
    CHECK(std::fabs(km - p.km) / p.km < 0.005);
    CHECK(geodesic_distance(p.b, p.a) == Approx(geodesic_distance(p.a, p.b)));
  }
}

TEST_CASE("the great-circle path runs from end to end in steps along the arc", "[measure]") {
  const GeoPoint a = city(53.2, 45.0), b = city(43.11, 131.88);  // Penza, Vladivostok
  const std::vector<GeoPoint> arc = great_circle_path(a, b, 50'000);
  const double total = geodesic_distance(a, b);
  REQUIRE(arc.size() >= static_cast<std::size_t>(total / 50'000));
  CHECK(arc.front().lon == a.lon);
  CHECK(arc.back().lat == b.lat);
  double along = 0;
  for (std::size_t i = 1; i < arc.size(); ++i) {
    const double step = geodesic_distance(arc[i - 1], arc[i]);
    CHECK(step <= 50'001);
    along += step;
  }
  // On the great circle the steps add up to the distance; a rhumb line would be longer.
  CHECK(along == Approx(total).epsilon(1e-6));
  // The arc bows north of the straight line in lon/lat, as great circles do in these latitudes.
  CHECK(arc[arc.size() / 2].lat > (a.lat + b.lat) / 2 + 3);
}

TEST_CASE("along the railway: across a junction, the sum of the lines' lengths on the ground",
          "[measure]") {
  const Atlas a = network_atlas();
  REQUIRE(a.routes.size() == 3);
  const RailMeasure m = measure_along_railway(a, P(0.5, 0), P(3, 2));
  REQUIRE(m.found);
  REQUIRE(m.spans.size() == 2);  // the west line, then the east line
  CHECK(m.spans[0].route == 0);
  CHECK(m.spans[1].route == 1);
  const double expected = geodesic_distance(P(0.5, 0), P(2, 0)) +
                          geodesic_distance(P(2, 0), P(2, 2)) + geodesic_distance(P(2, 2), P(3, 2));
  CHECK(m.metres == Approx(expected).epsilon(1e-7));
  // The way as points from one end to the other, for drawing.
  REQUIRE(m.path.size() >= 4);
  CHECK(m.path.front().lon == Approx(0.5));
  CHECK(m.path.back().lon == Approx(3));
  // Longer than the great circle between the two ends.
  CHECK(m.metres > geodesic_distance(P(0.5, 0), P(3, 2)));
  // Backwards the same.
  CHECK(measure_along_railway(a, P(3, 2), P(0.5, 0)).metres == Approx(m.metres));
}

TEST_CASE("along the railway: no way between unjoined lines, nothing for a place off the lines",
          "[measure]") {
  const Atlas a = network_atlas();
  const RailMeasure apart = measure_along_railway(a, P(1, 0), P(10.5, 10));
  CHECK_FALSE(apart.found);
  CHECK(apart.path.empty());
  const RailMeasure off = measure_along_railway(a, P(1, 1), P(3, 2));  // 111 km from any line
  CHECK_FALSE(off.found);
  double offset = 0;
  CHECK_FALSE(snap_to_railway(a, P(1, 1), kMaxSnapM).has_value());
  REQUIRE(snap_to_railway(a, P(1, 0.01), kMaxSnapM, &offset).has_value());
  CHECK(offset == Approx(0.01 * kM).epsilon(1e-6));
  Atlas empty;
  CHECK_FALSE(measure_along_railway(empty, P(0, 0), P(1, 0)).found);
}

TEST_CASE("the Measure tool: two clicks measure, a third starts again, bare points skip the rail",
          "[measure]") {
  const Atlas a = network_atlas();
  Measurement m;
  add_measure_point(m, a, P(0.5, 0), 0, {});
  CHECK_FALSE(m.complete());
  CHECK(m.arc.empty());
  add_measure_point(m, a, P(3, 2), 1, {});
  REQUIRE(m.complete());
  CHECK(m.great_circle_m == Approx(geodesic_distance(P(0.5, 0), P(3, 2))));
  CHECK(m.arc.size() > 2);
  CHECK(m.rail.found);  // both ends are features (stations)
  add_measure_point(m, a, P(1, 0), -1, {});
  CHECK(m.ends.size() == 1);
  add_measure_point(m, a, P(2, 0), -1, {});
  CHECK(m.complete());
  CHECK_FALSE(m.rail.found);  // clicks on open map: the great circle only
  add_measure_point(m, a, P(1, 0), -1, {}, true);
  add_measure_point(m, a, P(2, 0), -1, {}, true);
  CHECK(m.rail.found);  // the command line's named ends
  m.clear();
  CHECK(m.ends.empty());
}

TEST_CASE("distances are written for labels with their unit", "[measure]") {
  CHECK(format_distance(850) == "850 m");
  CHECK(format_distance(12'345) == "12.3 km");
  CHECK(format_distance(1'234'400) == "1,234 km");
  CHECK(format_distance(6'712'490) == "6,712 km");
  CHECK(format_distance(-1) == "?");
  CHECK(format_distance(NAN) == "?");
  // As Russian writes them: a thin space between thousands (as unit strengths on the map), a
  // decimal comma.
  const DistanceWords ru{"км", "м", "\u2009", ","};
  CHECK(format_distance(6'950'100, ru) == "6\u2009950 км");
  CHECK(format_distance(12'345, ru) == "12,3 км");
  CHECK(format_distance(850, ru) == "850 м");
}

}  // namespace histmap
