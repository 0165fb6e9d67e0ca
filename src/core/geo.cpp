#include "core/geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace histmap {

double geodesic_distance(const GeoPoint& a, const GeoPoint& b) {
  constexpr double kRad = std::numbers::pi / 180.0;
  const double dlat = (b.lat - a.lat) * kRad;
  const double dlon = (b.lon - a.lon) * kRad;
  const double s =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusM * std::asin(std::sqrt(std::clamp(s, 0.0, 1.0)));
}

GeoPoint lerp(const GeoPoint& a, const GeoPoint& b, double f) {
  return {a.lon + (b.lon - a.lon) * f, a.lat + (b.lat - a.lat) * f, a.x + (b.x - a.x) * f,
          a.y + (b.y - a.y) * f};
}

}  // namespace histmap
