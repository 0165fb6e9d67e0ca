// histmap core: linear referencing along a polyline (a railway, a track).
// A "measure" is the distance in metres from the first vertex along the earth's surface.
#pragma once

#include <cstddef>
#include <vector>

#include "core/geo.h"

namespace histmap {

class Polyline {
 public:
  Polyline() = default;
  explicit Polyline(std::vector<GeoPoint> points);

  const std::vector<GeoPoint>& points() const { return points_; }
  double length() const { return cumulative_.empty() ? 0.0 : cumulative_.back(); }
  bool empty() const { return points_.empty(); }
  double measure_of_vertex(std::size_t i) const { return cumulative_[i]; }

  // The point at a measure; clamped to the ends. Zero-length segments are skipped.
  GeoPoint at(double measure) const;

  // The line from measure a to measure b (b < a: backwards), appended to out: the point at a,
  // the vertices between, the point at b.
  void extract(double a, double b, std::vector<GeoPoint>& out) const;

  // Measure of the point on the line nearest to p (nearest in projected space).
  // distance_m, if given, receives the projected distance from p to that point.
  double locate(const GeoPoint& p, double* distance_m = nullptr) const;

 private:
  std::vector<GeoPoint> points_;
  std::vector<double> cumulative_;
};

}  // namespace histmap
