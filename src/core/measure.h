// histmap core: measuring distances on the map, as a researcher asks "how far?".
// - Along the great circle between two lon/lat points: the length and the arc as points for
//   drawing. A sphere of the mean radius (kEarthRadiusM) is enough: it differs from the WGS 84
//   ellipsoid by at most about 0.5 % on any distance, far less than the uncertainty of where a
//   historical railway or town was drawn (0.01° in the bundled data).
// - Along the railway between two places: each end snapped to the nearest position on the
//   network, then the shortest way over the lines and their junctions (RouteNetwork). Lengths
//   are on the ground (great-circle lengths between the lines' lon/lat vertices, as Polyline
//   measures them), never projected metres, which the conic projection stretches.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/i18n.h"

namespace histmap {

// The arc from a to b: a point at most max_step_m apart, both ends included. lon/lat are on
// the great circle; x/y are interpolated linearly (a caller with the projection fills them).
std::vector<GeoPoint> great_circle_path(const GeoPoint& a, const GeoPoint& b,
                                        double max_step_m = 50'000);

// Where a point lies on the railway network: the nearest position on any line (by projected
// distance, which is what "nearest" means on the map), or nothing when no line is within
// max_offset_m or there are no railways.
std::optional<RoutePosition> snap_to_railway(const Atlas& atlas, const GeoPoint& p,
                                             double max_offset_m, double* offset_m = nullptr);

struct RailMeasure {
  bool found = false;                 // false: an end is off the network, or no way joins them
  double metres = 0;                  // along the lines, on the ground
  std::vector<PathSpan> spans;        // the way, line by line
  std::vector<GeoPoint> path;         // the way as points, for drawing
  double offset_a = 0, offset_b = 0;  // how far each end lay from the line it was snapped to
};

// How far a station may lie from the railway and still be measured along it.
inline constexpr double kMaxSnapM = 5000;

// The distance along the railway between a and b (each snapped to the network).
RailMeasure measure_along_railway(const Atlas& atlas, const GeoPoint& a, const GeoPoint& b,
                                  double max_snap_m = kMaxSnapM);

// How a language writes a distance: its units and separators ("6 950 км" in Russian).
struct DistanceWords {
  std::string km = "km", m = "m", thousands = ",", decimal = ".";
};

// The words of the interface's language (unit.km, unit.m, unit.thousands, unit.decimal).
DistanceWords distance_words(const Translations& tr);

// "1,234 km" ("12.3 km" under 100 km, "850 m" under 1 km): a distance for a label.
std::string format_distance(double metres, const DistanceWords& words = {});

// A measurement in progress or done, as the window and --render draw it: the two ends, the
// great circle between them and, when both ends are stations (or places on a line), the way
// along the railway.
struct Measurement {
  std::vector<GeoPoint> ends;          // 0, 1 or 2 clicked points
  std::vector<std::int32_t> features;  // per end: the station clicked, or -1
  std::vector<GeoPoint> arc;           // the great circle (projected), when both ends are set
  double great_circle_m = 0;
  RailMeasure rail;  // found only when both ends are features on the network
  bool complete() const { return ends.size() == 2; }
  void clear() {
    ends.clear();
    features.clear();
    arc.clear();
    great_circle_m = 0;
    rail = {};
  }
};

// Adds an end (a third starts a new measurement) and, once there are two, computes the arc and
// the railway way. feature: the feature clicked (a station), or -1 for a bare point. The way
// along the railway is sought between two features, or between any two ends with any_ends
// (the command line, whose ends are named on purpose).
void add_measure_point(Measurement& m, const Atlas& atlas, const GeoPoint& p, std::int32_t feature,
                       const Projector& project, bool any_ends = false);

// The railway feature behind each of atlas.routes (Atlas::link makes a route of every railway
// line feature, in order).
std::vector<std::uint32_t> railway_features(const Atlas& atlas);

}  // namespace histmap
