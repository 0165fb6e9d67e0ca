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
  // Longitude the short way: between 179.5 and -179.5 the middle is 180, not 0.
  double dlon = b.lon - a.lon;
  if (dlon > 180) dlon -= 360;
  if (dlon < -180) dlon += 360;
  double lon = a.lon + dlon * f;
  if (lon > 180) lon -= 360;
  if (lon < -180) lon += 360;
  return {lon, a.lat + (b.lat - a.lat) * f, a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f};
}

GeoPoint great_circle_point(const GeoPoint& a, const GeoPoint& b, double f) {
  constexpr double kRad = std::numbers::pi / 180.0;
  const double d = geodesic_distance(a, b) / kEarthRadiusM;  // central angle
  GeoPoint out = lerp(a, b, f);
  if (!(d > 1e-12)) return out;
  // Spherical linear interpolation of the two unit vectors.
  const double la1 = a.lat * kRad, lo1 = a.lon * kRad, la2 = b.lat * kRad, lo2 = b.lon * kRad;
  const double wa = std::sin((1 - f) * d) / std::sin(d);
  const double wb = std::sin(f * d) / std::sin(d);
  const double x = wa * std::cos(la1) * std::cos(lo1) + wb * std::cos(la2) * std::cos(lo2);
  const double y = wa * std::cos(la1) * std::sin(lo1) + wb * std::cos(la2) * std::sin(lo2);
  const double z = wa * std::sin(la1) + wb * std::sin(la2);
  out.lat = std::atan2(z, std::hypot(x, y)) / kRad;
  out.lon = std::atan2(y, x) / kRad;
  return out;
}

}  // namespace histmap
