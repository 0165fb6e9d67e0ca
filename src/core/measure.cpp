#include "core/measure.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace histmap {

std::vector<GeoPoint> great_circle_path(const GeoPoint& a, const GeoPoint& b, double max_step_m) {
  const double d = geodesic_distance(a, b);
  const double step = max_step_m > 0 ? max_step_m : 50'000;
  const int steps = std::clamp(static_cast<int>(std::ceil(d / step)), 1, 4000);
  std::vector<GeoPoint> out;
  out.reserve(static_cast<std::size_t>(steps) + 1);
  out.push_back(a);
  for (int k = 1; k < steps; ++k)
    out.push_back(great_circle_point(a, b, static_cast<double>(k) / steps));
  out.push_back(b);
  return out;
}

std::optional<RoutePosition> snap_to_railway(const Atlas& atlas, const GeoPoint& p,
                                             double max_offset_m, double* offset_m) {
  std::optional<RoutePosition> best;
  double best_off = max_offset_m;
  for (std::size_t r = 0; r < atlas.routes.size(); ++r) {
    if (atlas.routes[r].empty()) continue;
    double off = 0;
    const double m = atlas.routes[r].locate(p, &off);
    if (off <= best_off) {
      best_off = off;
      best = RoutePosition{static_cast<std::int32_t>(r), m};
    }
  }
  if (best && offset_m) *offset_m = best_off;
  return best;
}

RailMeasure measure_along_railway(const Atlas& atlas, const GeoPoint& a, const GeoPoint& b,
                                  double max_snap_m) {
  RailMeasure out;
  const auto pa = snap_to_railway(atlas, a, max_snap_m, &out.offset_a);
  const auto pb = snap_to_railway(atlas, b, max_snap_m, &out.offset_b);
  if (!pa || !pb) return out;
  if (!atlas.network.shortest_path(*pa, *pb, out.spans)) {
    out.spans.clear();
    return out;
  }
  out.found = true;
  // Polyline measures are great-circle lengths between the lines' lon/lat vertices: the span
  // lengths are distances on the ground.
  double start = 0;
  for (PathSpan& s : out.spans) {
    s.start = start;
    start += s.length();
    atlas.routes[static_cast<std::size_t>(s.route)].extract(s.from, s.to, out.path);
  }
  out.metres = start;
  return out;
}

DistanceWords distance_words(const Translations& tr) {
  return {tr.tr("unit.km"), tr.tr("unit.m"), tr.tr("unit.thousands"), tr.tr("unit.decimal")};
}

std::string format_distance(double metres, const DistanceWords& w) {
  char buf[64];
  if (!std::isfinite(metres) || metres < 0) return "?";
  if (metres < 1000) {
    std::snprintf(buf, sizeof buf, "%.0f", metres);
    return buf + (" " + w.m);
  }
  const double km = metres / 1000;
  if (km < 100) {
    std::snprintf(buf, sizeof buf, "%.1f", km);
    std::string s = buf;
    s.replace(s.find('.'), 1, w.decimal);
    return s + " " + w.km;
  }
  // Whole kilometres with the thousands separated: "6,712 km".
  const std::string digits = std::to_string(std::llround(km));
  std::string s;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) s += w.thousands;
    s += digits[i];
  }
  return s + " " + w.km;
}

std::vector<std::uint32_t> railway_features(const Atlas& atlas) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i < atlas.features.size(); ++i) {
    const Feature& f = atlas.features[i];
    if (f.kind == Kind::Railway && f.geometry == GeometryType::Line && !f.parts.empty())
      out.push_back(i);
  }
  return out;
}

void add_measure_point(Measurement& m, const Atlas& atlas, const GeoPoint& p, std::int32_t feature,
                       const Projector& project, bool any_ends) {
  if (m.complete()) m.clear();
  m.ends.push_back(p);
  m.features.push_back(feature);
  if (!m.complete()) return;
  const GeoPoint& a = m.ends[0];
  const GeoPoint& b = m.ends[1];
  m.great_circle_m = geodesic_distance(a, b);
  m.arc = great_circle_path(a, b, 25'000);
  if (!project || !project(m.arc)) {
    // No projection: straight in the map's plane between the two ends.
    for (std::size_t k = 0; k < m.arc.size(); ++k) {
      const double f =
          m.arc.size() > 1 ? static_cast<double>(k) / static_cast<double>(m.arc.size() - 1) : 0;
      m.arc[k].x = a.x + (b.x - a.x) * f;
      m.arc[k].y = a.y + (b.y - a.y) * f;
    }
  }
  // Along the railway only between features on it (stations, towns on a line): a click on
  // open steppe is not a place a train stops.
  if (any_ends || (m.features[0] >= 0 && m.features[1] >= 0 && m.features[0] != m.features[1]))
    m.rail = measure_along_railway(atlas, a, b);
}

}  // namespace histmap
