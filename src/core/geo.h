// histmap core: points on the map. Each vertex keeps its longitude/latitude (for true
// distances) and its projected position in metres (filled in by the data layer), so core
// can measure along the earth and render can draw in the map projection.
#pragma once

namespace histmap {

struct Vec2 {
  double x = 0;
  double y = 0;
};

struct GeoPoint {
  double lon = 0;
  double lat = 0;
  double x = 0;  // projected, metres
  double y = 0;
};

inline constexpr double kEarthRadiusM = 6371008.8;  // mean radius (IUGG)

// Great-circle distance in metres (haversine).
double geodesic_distance(const GeoPoint& a, const GeoPoint& b);

// Point a fraction f of the way from a to b, linear in both lon/lat and projected space:
// segments are short enough (a few km) that this stays on the drawn line.
GeoPoint lerp(const GeoPoint& a, const GeoPoint& b, double f);

// The point a fraction f of the way from a to b along the great circle (lon/lat only; x/y are
// interpolated linearly, for a caller to project properly).
GeoPoint great_circle_point(const GeoPoint& a, const GeoPoint& b, double f);

}  // namespace histmap
