// Unit tests: linear referencing along a polyline (core/polyline.h, core/geo.h).
// Projected x/y are simply lon/lat here: core does not care what the projection is.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "core/geo.h"
#include "core/polyline.h"

namespace histmap {
namespace {

GeoPoint pt(double lon, double lat) {
  return GeoPoint{lon, lat, lon, lat};
}

constexpr double kOneDegreeM = 111'195.0;  // pi * 6371008.8 / 180

bool same_point(const GeoPoint& a, const GeoPoint& b, double eps = 1e-9) {
  return std::abs(a.lon - b.lon) <= eps && std::abs(a.lat - b.lat) <= eps &&
         std::abs(a.x - b.x) <= eps && std::abs(a.y - b.y) <= eps;
}

bool finite_point(const GeoPoint& p) {
  return std::isfinite(p.lon) && std::isfinite(p.lat) && std::isfinite(p.x) && std::isfinite(p.y);
}

}  // namespace

TEST_CASE("geodesic_distance: a degree of latitude is about 111.2 km", "[geo]") {
  const double d = geodesic_distance(pt(37, 55), pt(37, 56));
  CHECK(d == Approx(111'200.0).epsilon(0.005));
  CHECK(geodesic_distance(pt(0, 0), pt(1, 0)) == Approx(kOneDegreeM).epsilon(0.005));
  // A degree of longitude shrinks with the cosine of the latitude.
  CHECK(geodesic_distance(pt(0, 60), pt(1, 60)) == Approx(kOneDegreeM * 0.5).epsilon(0.005));
  CHECK(geodesic_distance(pt(5, 5), pt(5, 5)) == 0.0);
  // Symmetric.
  CHECK(geodesic_distance(pt(30, 50), pt(60, 55)) ==
        Approx(geodesic_distance(pt(60, 55), pt(30, 50))));
}

TEST_CASE("lerp interpolates both lon/lat and projected x/y", "[geo]") {
  const GeoPoint a{10, 20, 1000, 2000};
  const GeoPoint b{12, 24, 3000, 6000};
  const GeoPoint m = lerp(a, b, 0.25);
  CHECK(m.lon == Approx(10.5));
  CHECK(m.lat == Approx(21));
  CHECK(m.x == Approx(1500));
  CHECK(m.y == Approx(3000));
  CHECK(same_point(lerp(a, b, 0), a));
  CHECK(same_point(lerp(a, b, 1), b));
}

TEST_CASE("Polyline length is geodesic", "[polyline]") {
  SECTION("one degree of latitude") {
    const Polyline line({pt(50, 50), pt(50, 51)});
    CHECK(line.length() == Approx(111'200.0).epsilon(0.005));
    CHECK(line.measure_of_vertex(0) == 0.0);
    CHECK(line.measure_of_vertex(1) == Approx(line.length()));
  }
  SECTION("sum of the segments") {
    const Polyline line({pt(0, 0), pt(0, 1), pt(0, 3)});
    CHECK(line.length() == Approx(3 * kOneDegreeM).epsilon(0.005));
    CHECK(line.measure_of_vertex(1) == Approx(kOneDegreeM).epsilon(0.005));
    CHECK(line.measure_of_vertex(2) == Approx(line.length()));
  }
}

TEST_CASE("Polyline::at the ends and beyond them", "[polyline]") {
  // Away from (0, 0), so a zeroed point is not mistaken for the first vertex.
  const Polyline line({pt(30, 50), pt(30, 51), pt(31, 51)});
  REQUIRE(line.length() > 150'000);
  CHECK(same_point(line.at(0), pt(30, 50)));
  CHECK(same_point(line.at(line.length()), pt(31, 51)));
  CHECK(same_point(line.at(line.length() + 5000), pt(31, 51)));
  CHECK(same_point(line.at(1e12), pt(31, 51)));
  CHECK(same_point(line.at(std::numeric_limits<double>::infinity()), pt(31, 51)));
  CHECK(same_point(line.at(-1), pt(30, 50)));
  CHECK(same_point(line.at(-1e9), pt(30, 50)));
  CHECK(same_point(line.at(-std::numeric_limits<double>::infinity()), pt(30, 50)));
  CHECK(same_point(line.at(std::numeric_limits<double>::quiet_NaN()), pt(30, 50)));
}

TEST_CASE("Polyline::at inside a segment interpolates", "[polyline]") {
  const Polyline line({pt(0, 0), pt(0, 1), pt(1, 1)});
  const double m1 = line.measure_of_vertex(1);
  const double seg2 = line.length() - m1;

  SECTION("middle of the first segment") {
    const GeoPoint p = line.at(m1 / 2);
    CHECK(p.lon == Approx(0).margin(1e-9));
    CHECK(p.lat == Approx(0.5));
    CHECK(p.x == Approx(0).margin(1e-9));
    CHECK(p.y == Approx(0.5));
  }
  SECTION("a quarter into the second segment") {
    const GeoPoint p = line.at(m1 + seg2 / 4);
    CHECK(p.lon == Approx(0.25));
    CHECK(p.lat == Approx(1));
    CHECK(p.x == Approx(0.25));
    CHECK(p.y == Approx(1));
  }
  SECTION("exactly at an inner vertex") {
    CHECK(same_point(line.at(m1), pt(0, 1), 1e-9));
  }
  SECTION("measure grows monotonically along the line") {
    double prev_lat = -1, prev_lon = -1;
    for (int i = 0; i <= 100; ++i) {
      const GeoPoint p = line.at(line.length() * i / 100.0);
      CHECK(p.lat >= prev_lat - 1e-12);
      CHECK(p.lon >= prev_lon - 1e-12);
      prev_lat = p.lat;
      prev_lon = p.lon;
    }
  }
}

TEST_CASE("Polyline with duplicate vertices (zero-length segments)", "[polyline]") {
  const Polyline line({pt(0, 0), pt(0, 0), pt(0, 1), pt(0, 1), pt(0, 1), pt(1, 1), pt(1, 1)});
  const Polyline clean({pt(0, 0), pt(0, 1), pt(1, 1)});
  CHECK(line.length() == Approx(clean.length()));
  CHECK(line.measure_of_vertex(1) == 0.0);
  CHECK(line.measure_of_vertex(3) == Approx(line.measure_of_vertex(2)));

  SECTION("at() gives the same points as without the duplicates") {
    for (int i = 0; i <= 40; ++i) {
      const double m = line.length() * i / 40.0;
      const GeoPoint a = line.at(m);
      const GeoPoint b = clean.at(m);
      INFO("measure " << m);
      CHECK(finite_point(a));
      CHECK(same_point(a, b, 1e-9));
    }
    CHECK(same_point(line.at(line.measure_of_vertex(2)), pt(0, 1)));
  }
  SECTION("locate() finds points on either side of the duplicates") {
    double d = -1;
    CHECK(line.locate(pt(0, 0.5), &d) == Approx(clean.measure_of_vertex(1) / 2));
    CHECK(d == Approx(0).margin(1e-9));
    CHECK(line.locate(pt(0, 1), &d) == Approx(clean.measure_of_vertex(1)));
    CHECK(d == Approx(0).margin(1e-9));
    CHECK(line.locate(pt(0.5, 1), &d) == Approx((clean.measure_of_vertex(1) + clean.length()) / 2));
    CHECK(std::isfinite(line.locate(pt(3, 3), &d)));
    CHECK(line.locate(pt(3, 1), &d) == Approx(line.length()));
    CHECK(d == Approx(2));
  }
}

TEST_CASE("Polyline of a single point", "[polyline]") {
  const Polyline line({pt(30, 50)});
  CHECK_FALSE(line.empty());
  CHECK(line.length() == 0.0);
  CHECK(same_point(line.at(0), pt(30, 50)));
  CHECK(same_point(line.at(1000), pt(30, 50)));
  CHECK(same_point(line.at(-1000), pt(30, 50)));
  double d = -1;
  CHECK(line.locate(pt(33, 54), &d) == 0.0);
  CHECK(d == Approx(5));  // 3-4-5 in projected units
}

TEST_CASE("an empty Polyline", "[polyline]") {
  const Polyline line;
  CHECK(line.empty());
  CHECK(line.length() == 0.0);
  const GeoPoint p = line.at(100);
  CHECK(finite_point(p));
  CHECK(line.locate(pt(1, 1)) == 0.0);
  const Polyline from_empty_vector(std::vector<GeoPoint>{});
  CHECK(from_empty_vector.empty());
  CHECK(from_empty_vector.length() == 0.0);
}

TEST_CASE("Polyline::locate of points on the line", "[polyline]") {
  const Polyline line({pt(0, 0), pt(0, 1), pt(1, 1), pt(1, 3)});
  for (int i = 0; i <= 20; ++i) {
    const double m = line.length() * i / 20.0;
    const GeoPoint p = line.at(m);
    double d = -1;
    const double found = line.locate(p, &d);
    INFO("measure " << m);
    CHECK(found == Approx(m).margin(1e-6));
    CHECK(d == Approx(0).margin(1e-9));
  }
  // Without the out-parameter.
  CHECK(line.locate(pt(1, 2)) ==
        Approx(line.measure_of_vertex(2) + (line.length() - line.measure_of_vertex(2)) / 2));
}

TEST_CASE("Polyline::locate of points off the line", "[polyline]") {
  const Polyline line({pt(0, 0), pt(0, 1), pt(1, 1)});
  double d = -1;
  SECTION("beside the first segment") {
    CHECK(line.locate(pt(0.2, 0.5), &d) == Approx(line.measure_of_vertex(1) / 2));
    CHECK(d == Approx(0.2));
  }
  SECTION("left of the first segment") {
    CHECK(line.locate(pt(-0.3, 0.25), &d) == Approx(line.measure_of_vertex(1) / 4));
    CHECK(d == Approx(0.3));
  }
  SECTION("below the second segment") {
    CHECK(line.locate(pt(0.75, 0.9), &d) ==
          Approx(line.measure_of_vertex(1) + 0.75 * (line.length() - line.measure_of_vertex(1))));
    CHECK(d == Approx(0.1));
  }
  SECTION("before the start") {
    CHECK(line.locate(pt(0, -2), &d) == 0.0);
    CHECK(d == Approx(2));
  }
  SECTION("past the end") {
    CHECK(line.locate(pt(4, 1), &d) == Approx(line.length()));
    CHECK(d == Approx(3));
  }
  SECTION("beyond the corner, nearest to the corner") {
    CHECK(line.locate(pt(-1, 2), &d) == Approx(line.measure_of_vertex(1)));
    CHECK(d == Approx(std::sqrt(2.0)));
  }
}

}  // namespace histmap

TEST_CASE("issue: a point between 179.5 and -179.5 longitude is at 180, not at 0") {
  // Found by the hostile corpus's antimeridian_crossing_line: the projected x/y were right,
  // the longitude the inspector and great circles read was on the other side of the globe.
  const histmap::GeoPoint a{179.5, 65, 0, 0}, b{-179.5, 65, 100, 0};
  const histmap::GeoPoint m = histmap::lerp(a, b, 0.5);
  CHECK(std::fabs(m.lon) == Approx(180.0));
  CHECK(m.x == Approx(50.0));
  CHECK(histmap::lerp(a, b, 0.25).lon == Approx(179.75));
  CHECK(histmap::lerp(b, a, 0.25).lon == Approx(-179.75));
  // Away from the antimeridian nothing changes.
  CHECK(histmap::lerp(histmap::GeoPoint{10, 0, 0, 0}, histmap::GeoPoint{20, 0, 0, 0}, 0.5).lon ==
        Approx(15.0));
}
