#include "core/polyline.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace histmap {

Polyline::Polyline(std::vector<GeoPoint> points) : points_(std::move(points)) {
  cumulative_.resize(points_.size());
  double sum = 0;
  for (std::size_t i = 0; i < points_.size(); ++i) {
    if (i > 0) sum += geodesic_distance(points_[i - 1], points_[i]);
    cumulative_[i] = sum;
  }
}

GeoPoint Polyline::at(double measure) const {
  if (points_.empty()) return {};
  if (!(measure > 0)) return points_.front();  // also catches NaN
  if (measure >= cumulative_.back()) return points_.back();
  // First vertex with cumulative > measure; the segment ends there.
  const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), measure);
  const std::size_t j = static_cast<std::size_t>(it - cumulative_.begin());
  const std::size_t i = j - 1;
  const double seg = cumulative_[j] - cumulative_[i];
  if (seg <= 0) return points_[j];
  return lerp(points_[i], points_[j], (measure - cumulative_[i]) / seg);
}

void Polyline::extract(double a, double b, std::vector<GeoPoint>& out) const {
  if (points_.empty()) return;
  out.push_back(at(a));
  if (a <= b) {
    const auto first = std::upper_bound(cumulative_.begin(), cumulative_.end(), a);
    for (auto it = first; it != cumulative_.end() && *it < b; ++it)
      out.push_back(points_[static_cast<std::size_t>(it - cumulative_.begin())]);
  } else {
    // Vertices strictly between b and a, from the a end.
    auto it = std::lower_bound(cumulative_.begin(), cumulative_.end(), a);
    while (it != cumulative_.begin()) {
      --it;
      if (*it <= b) break;
      out.push_back(points_[static_cast<std::size_t>(it - cumulative_.begin())]);
    }
  }
  out.push_back(at(b));
}

double Polyline::locate(const GeoPoint& p, double* distance_m) const {
  double best_d2 = std::numeric_limits<double>::infinity();
  double best_measure = 0;
  for (std::size_t i = 0; i < points_.size(); ++i) {
    const GeoPoint& a = points_[i];
    double f = 0;
    if (i + 1 < points_.size()) {
      const GeoPoint& b = points_[i + 1];
      const double dx = b.x - a.x, dy = b.y - a.y;
      const double len2 = dx * dx + dy * dy;
      if (len2 > 0) f = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0);
    }
    const GeoPoint q = (i + 1 < points_.size()) ? lerp(a, points_[i + 1], f) : a;
    const double d2 = (q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y);
    if (d2 < best_d2) {
      best_d2 = d2;
      const double seg = (i + 1 < points_.size()) ? cumulative_[i + 1] - cumulative_[i] : 0.0;
      best_measure = cumulative_[i] + f * seg;
    }
  }
  if (distance_m) *distance_m = std::sqrt(best_d2);
  return best_measure;
}

}  // namespace histmap
