#include "core/picking.h"

#include <cmath>
#include <limits>

namespace histmap {
namespace {

double segment_distance(const Vec2& p, const Vec2& a, const Vec2& b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
  t = std::fmax(0, std::fmin(1, t));
  return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

double ring_area(const std::vector<GeoPoint>& ring) {
  double a = 0;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
    a += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
  return std::fabs(a) / 2;
}

}  // namespace

bool polygon_contains(const Feature& f, double x, double y) {
  bool inside = false;
  for (const auto& ring : f.parts) {
    if (ring.size() < 3) continue;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      const GeoPoint& a = ring[i];
      const GeoPoint& b = ring[j];
      if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x)
        inside = !inside;
    }
  }
  return inside;
}

std::optional<std::uint32_t> pick_feature(const Atlas& atlas, const Scene& scene,
                                          const Camera& camera, double sx, double sy,
                                          double radius_px) {
  const Vec2 p{sx, sy};
  const auto visible = [&](std::uint32_t i) {
    return i < scene.visible.size() && scene.visible[i];
  };
  auto nearest = [&](auto&& candidates) {
    std::optional<std::uint32_t> best;
    double best_d = radius_px;
    candidates([&](std::uint32_t i, double d) {
      if (d <= best_d) {
        best_d = d;
        best = i;
      }
    });
    return best;
  };

  // Symbols that are not tracks, of one class: events happening now, units, the rest (towns),
  // or the small markers events leave behind (under everything else: a click on a unit
  // standing where an old event happened means the unit).
  auto symbols = [&](int which) {
    return nearest([&](auto&& offer) {
      for (std::uint32_t i = 0; i < atlas.features.size(); ++i) {
        const Feature& f = atlas.features[i];
        if (!visible(i) || f.geometry != GeometryType::Point || !f.times.empty()) continue;
        const int cls = f.kind == Kind::Event  ? (scene.visible[i] == kAfter ? 3 : 0)
                        : f.kind == Kind::Unit ? 1
                                               : 2;
        if (cls != which) continue;
        for (const auto& part : f.parts)
          for (const GeoPoint& g : part) {
            const Vec2 s = camera.world_to_screen(g.x, g.y);
            offer(i, std::hypot(s.x - sx, s.y - sy));
          }
      }
    });
  };

  // 1. Events: drawn on top of everything that moves.
  if (auto hit = symbols(0)) return hit;

  // 2. Tracks where they are now.
  if (auto hit = nearest([&](auto&& offer) {
        for (const UnitPosition& u : scene.movers) {
          const Vec2 s = camera.world_to_screen(u.pos.x, u.pos.y);
          offer(u.feature, std::hypot(s.x - sx, s.y - sy));
        }
      }))
    return hit;

  // 3. Units before the towns they stand in, then towns and stations.
  if (auto hit = symbols(1)) return hit;
  if (auto hit = symbols(2)) return hit;
  if (auto hit = symbols(3)) return hit;

  // 4. Lines (railways, rivers, a track's own line).
  if (auto hit = nearest([&](auto&& offer) {
        for (std::uint32_t i = 0; i < atlas.features.size(); ++i) {
          const Feature& f = atlas.features[i];
          if (!visible(i) || f.geometry != GeometryType::Line) continue;
          for (const auto& part : f.parts)
            for (std::size_t k = 1; k < part.size(); ++k) {
              const Vec2 a = camera.world_to_screen(part[k - 1].x, part[k - 1].y);
              const Vec2 b = camera.world_to_screen(part[k].x, part[k].y);
              offer(i, segment_distance(p, a, b));
            }
        }
      }))
    return hit;

  // 5. Areas containing the point; the smallest is the most specific. Land is not a pick.
  const Vec2 w = camera.screen_to_world(sx, sy);
  std::optional<std::uint32_t> best;
  double best_area = std::numeric_limits<double>::infinity();
  for (std::uint32_t i = 0; i < atlas.features.size(); ++i) {
    const Feature& f = atlas.features[i];
    if (!visible(i) || f.geometry != GeometryType::Polygon || f.kind == Kind::Land) continue;
    if (!polygon_contains(f, w.x, w.y)) continue;
    double area = 0;
    for (const auto& ring : f.parts) area = std::fmax(area, ring_area(ring));
    if (area < best_area) {
      best_area = area;
      best = i;
    }
  }
  return best;
}

}  // namespace histmap
