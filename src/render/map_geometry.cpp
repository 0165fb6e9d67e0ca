#include "render/map_geometry.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <type_traits>

namespace histmap {
namespace {

// Two triangles for the segment a-b; each end is pushed out by half a width along the
// segment too (a square cap), which closes the joins between segments at the map's widths.
void segment_quad(const GeoPoint& a, const GeoPoint& b, double ox, double oy, double dist,
                  double len, LineVertex (&v)[6]) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const float ux = static_cast<float>(dx / len), uy = static_cast<float>(dy / len);
  const float nx = -uy, ny = ux;
  const float pax = static_cast<float>(a.x - ox), pay = static_cast<float>(a.y - oy);
  const float pbx = static_cast<float>(b.x - ox), pby = static_cast<float>(b.y - oy);
  const float da = static_cast<float>(dist), db = static_cast<float>(dist + len);
  v[0] = {pax, pay, -ux + nx, -uy + ny, da};
  v[1] = {pax, pay, -ux - nx, -uy - ny, da};
  v[2] = {pbx, pby, ux - nx, uy - ny, db};
  v[3] = v[0];
  v[4] = v[2];
  v[5] = {pbx, pby, ux + nx, uy + ny, db};
}

struct Builder {
  MapGeometry& g;

  FillVertex rel(const GeoPoint& p) const {
    return {static_cast<float>(p.x - g.origin_x), static_cast<float>(p.y - g.origin_y)};
  }

  // Triangles from the data layer's triangulation: drawn directly, each pixel once.
  void append_triangles(const std::vector<Vec2>& tris) {
    for (const Vec2& v : tris)
      g.fill.push_back(
          {static_cast<float>(v.x - g.origin_x), static_cast<float>(v.y - g.origin_y)});
  }

  // Fan triangles from the first vertex of each ring, then the rings' bounding quad.
  DrawRange add_fill(std::uint32_t feature,
                     const std::vector<const std::vector<GeoPoint>*>& rings) {
    DrawRange r;
    r.feature = feature;
    r.first = static_cast<std::int32_t>(g.fill.size());
    float x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (const auto* ring : rings) {
      if (ring->size() < 3) continue;
      const FillVertex a = rel(ring->front());
      for (std::size_t i = 1; i + 1 < ring->size(); ++i) {
        g.fill.push_back(a);
        g.fill.push_back(rel((*ring)[i]));
        g.fill.push_back(rel((*ring)[i + 1]));
      }
      for (const auto& p : *ring) {
        const FillVertex v = rel(p);
        x0 = std::fmin(x0, v.x);
        y0 = std::fmin(y0, v.y);
        x1 = std::fmax(x1, v.x);
        y1 = std::fmax(y1, v.y);
      }
    }
    r.count = static_cast<std::int32_t>(g.fill.size()) - r.first;
    r.cover_first = static_cast<std::int32_t>(g.fill.size());
    if (r.count > 0) {
      const FillVertex q[6] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y0}, {x1, y1}, {x0, y1}};
      g.fill.insert(g.fill.end(), std::begin(q), std::end(q));
    }
    return r;
  }

  // skip_edge, if given, leaves out segments it returns true for.
  template <class Skip = std::nullptr_t>
  DrawRange add_lines(std::uint32_t feature, const std::vector<const std::vector<GeoPoint>*>& parts,
                      Skip skip_edge = nullptr) {
    DrawRange r;
    r.feature = feature;
    r.first = static_cast<std::int32_t>(g.lines.size());
    for (const auto* part : parts) {
      double dist = 0;
      for (std::size_t i = 0; i + 1 < part->size(); ++i) {
        const GeoPoint& a = (*part)[i];
        const GeoPoint& b = (*part)[i + 1];
        if constexpr (!std::is_same_v<Skip, std::nullptr_t>) {
          if (skip_edge(a, b)) continue;
        }
        const double len = std::hypot(b.x - a.x, b.y - a.y);
        if (!(len > 0)) continue;  // zero-length segment
        LineVertex quad[6];
        segment_quad(a, b, g.origin_x, g.origin_y, dist, len, quad);
        g.lines.insert(g.lines.end(), std::begin(quad), std::end(quad));
        dist += len;
      }
    }
    r.count = static_cast<std::int32_t>(g.lines.size()) - r.first;
    return r;
  }
};

std::vector<const std::vector<GeoPoint>*> parts_of(const Feature& f) {
  std::vector<const std::vector<GeoPoint>*> out;
  for (const auto& p : f.parts) out.push_back(&p);
  return out;
}

}  // namespace

MapGeometry build_map_geometry(const Atlas& atlas) {
  MapGeometry g;
  const Bounds b = atlas.bounds(true);
  if (!b.empty) {
    g.origin_x = std::round((b.min_x + b.max_x) / 2);
    g.origin_y = std::round((b.min_y + b.max_y) / 2);
  }
  Builder builder{g};
  // Land: triangulated polygons in one range; the rest, if any, in one even-odd range.
  std::vector<const std::vector<GeoPoint>*> land_rings, untriangulated;
  DrawRange land_tris;
  land_tris.first = static_cast<std::int32_t>(g.fill.size());
  land_tris.cover_first = -1;
  for (std::uint32_t i = 0; i < atlas.features.size(); ++i) {
    const Feature& f = atlas.features[i];
    if (f.kind != Kind::Land || f.geometry != GeometryType::Polygon) continue;
    for (const auto& p : f.parts) land_rings.push_back(&p);
    if (f.fill_triangles.empty()) {
      for (const auto& p : f.parts) untriangulated.push_back(&p);
    } else {
      builder.append_triangles(f.fill_triangles);
    }
  }
  land_tris.count = static_cast<std::int32_t>(g.fill.size()) - land_tris.first;
  g.land_fills.push_back(land_tris);
  if (!untriangulated.empty()) g.land_fills.push_back(builder.add_fill(0, untriangulated));
  // A base map clipped to a box has edges along the box; they are a cut, not a coast.
  double lo_lon = 1e9, hi_lon = -1e9, lo_lat = 1e9, hi_lat = -1e9;
  for (const auto* ring : land_rings)
    for (const GeoPoint& p : *ring) {
      lo_lon = std::min(lo_lon, p.lon);
      hi_lon = std::max(hi_lon, p.lon);
      lo_lat = std::min(lo_lat, p.lat);
      hi_lat = std::max(hi_lat, p.lat);
    }
  const auto on_cut = [&](const GeoPoint& p, const GeoPoint& q) {
    constexpr double eps = 1e-7;
    const auto both = [&](double va, double vb, double edge) {
      return std::fabs(va - edge) < eps && std::fabs(vb - edge) < eps;
    };
    return both(p.lon, q.lon, lo_lon) || both(p.lon, q.lon, hi_lon) || both(p.lat, q.lat, lo_lat) ||
           both(p.lat, q.lat, hi_lat);
  };
  g.coast_lines = builder.add_lines(0, land_rings, on_cut);
  for (std::uint32_t i = 0; i < atlas.features.size(); ++i) {
    const Feature& f = atlas.features[i];
    if (f.kind == Kind::Land) continue;
    if (f.geometry == GeometryType::Polygon) {
      DrawRange fill;
      if (f.fill_triangles.empty()) {
        fill = builder.add_fill(i, parts_of(f));
      } else {
        fill.feature = i;
        fill.first = static_cast<std::int32_t>(g.fill.size());
        builder.append_triangles(f.fill_triangles);
        fill.count = static_cast<std::int32_t>(g.fill.size()) - fill.first;
      }
      const bool lake = f.kind == Kind::Lake;
      (lake ? g.lake_fills : g.region_fills).push_back(fill);
      (lake ? g.lake_lines : g.region_lines).push_back(builder.add_lines(i, parts_of(f)));
    } else if (f.geometry == GeometryType::Line && f.kind == Kind::River) {
      g.river_lines.push_back(builder.add_lines(i, parts_of(f)));
    } else if (f.geometry == GeometryType::Line && f.kind == Kind::Railway) {
      g.railway_lines.push_back(builder.add_lines(i, parts_of(f)));
    } else if (f.geometry == GeometryType::Line && f.kind == Kind::Other) {
      g.other_lines.push_back(builder.add_lines(i, parts_of(f)));
    }
  }
  return g;
}

void append_dynamic_line(const std::vector<GeoPoint>& points, double ox, double oy,
                         float alpha_from, float alpha_to, std::vector<DynamicLineVertex>& out) {
  double total = 0;
  for (std::size_t i = 0; i + 1 < points.size(); ++i)
    total += std::hypot(points[i + 1].x - points[i].x, points[i + 1].y - points[i].y);
  if (!(total > 0)) return;
  LineVertex quad[6];
  double dist = 0;
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const double len = std::hypot(points[i + 1].x - points[i].x, points[i + 1].y - points[i].y);
    if (!(len > 0)) continue;
    segment_quad(points[i], points[i + 1], ox, oy, dist, len, quad);
    const float fa = static_cast<float>(dist / total),
                fb = static_cast<float>((dist + len) / total);
    const float aa = alpha_from + (alpha_to - alpha_from) * fa;
    const float ab = alpha_from + (alpha_to - alpha_from) * fb;
    for (std::size_t k = 0; k < 6; ++k) {
      // Vertices 0, 1 and 3 are at the segment's start; 2, 4 and 5 at its end.
      const bool at_start = k == 0 || k == 1 || k == 3;
      out.push_back({quad[k], at_start ? aa : ab});
    }
    dist += len;
  }
}

}  // namespace histmap
