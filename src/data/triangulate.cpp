#include "data/triangulate.h"

#include <cctype>
#include <cstdarg>
#include <vector>

#include <geos_c.h>
#include <ogr_geometry.h>

namespace histmap {

struct Triangulator::Impl {
  GEOSContextHandle_t ctx = nullptr;
};

namespace {

void quiet(const char*, void*) {}  // GEOS's notices would only repeat what the fallback handles

// Rings of the feature grouped into polygons: a ring inside the previous shell is its hole.
// The data conventions give rings in polygon order (shell first), which GeoJSON guarantees.
GEOSGeometry* ring(GEOSContextHandle_t ctx, const std::vector<GeoPoint>& pts) {
  GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, static_cast<unsigned>(pts.size()), 2);
  for (unsigned i = 0; i < pts.size(); ++i) GEOSCoordSeq_setXY_r(ctx, seq, i, pts[i].x, pts[i].y);
  return GEOSGeom_createLinearRing_r(ctx, seq);
}

}  // namespace

Triangulator::Triangulator() : impl_(std::make_unique<Impl>()) {
  impl_->ctx = GEOS_init_r();
  GEOSContext_setNoticeMessageHandler_r(impl_->ctx, quiet, nullptr);
  GEOSContext_setErrorMessageHandler_r(impl_->ctx, quiet, nullptr);
}

Triangulator::~Triangulator() {
  GEOS_finish_r(impl_->ctx);
}

bool Triangulator::triangulate(Feature& f) {
  f.fill_triangles.clear();
  if (f.geometry != GeometryType::Polygon || f.parts.empty()) return false;
  GEOSContextHandle_t ctx = impl_->ctx;
  // Each polygon: its shell, and the following rings that lie inside it as holes.
  // GEOS refuses rings that are not closed or too short; the renderer then fills even-odd.
  for (const auto& part : f.parts) {
    if (part.size() < 4 || part.front().x != part.back().x || part.front().y != part.back().y)
      return false;
  }
  std::vector<GEOSGeometry*> polygons;
  std::size_t i = 0;
  while (i < f.parts.size()) {
    GEOSGeometry* shell = ring(ctx, f.parts[i]);
    if (!shell) break;
    GEOSGeometry* shell_poly =
        GEOSGeom_createPolygon_r(ctx, GEOSGeom_clone_r(ctx, shell), nullptr, 0);
    std::vector<GEOSGeometry*> holes;
    std::size_t j = i + 1;
    for (; j < f.parts.size(); ++j) {
      const GeoPoint& p = f.parts[j].front();
      GEOSGeometry* pt = GEOSGeom_createPointFromXY_r(ctx, p.x, p.y);
      const char inside = shell_poly ? GEOSContains_r(ctx, shell_poly, pt) : 0;
      GEOSGeom_destroy_r(ctx, pt);
      if (inside != 1) break;
      if (GEOSGeometry* hole = ring(ctx, f.parts[j])) holes.push_back(hole);
    }
    if (shell_poly) GEOSGeom_destroy_r(ctx, shell_poly);
    if (GEOSGeometry* poly =
            GEOSGeom_createPolygon_r(ctx, shell, holes.data(), static_cast<unsigned>(holes.size())))
      polygons.push_back(poly);
    i = j;
  }
  if (i < f.parts.size()) {  // a ring GEOS would not take
    for (GEOSGeometry* p : polygons) GEOSGeom_destroy_r(ctx, p);
    return false;
  }
  GEOSGeometry* multi = GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, polygons.data(),
                                                    static_cast<unsigned>(polygons.size()));
  bool ok = false;
  if (multi && GEOSisValid_r(ctx, multi) == 1) {
    if (GEOSGeometry* tris = GEOSConstrainedDelaunayTriangulation_r(ctx, multi)) {
      const int n = GEOSGetNumGeometries_r(ctx, tris);
      f.fill_triangles.reserve(static_cast<std::size_t>(n) * 3);
      for (int k = 0; k < n; ++k) {
        const GEOSGeometry* tri = GEOSGetGeometryN_r(ctx, tris, k);
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, tri));
        for (unsigned v = 0; v < 3; ++v) {
          double x = 0, y = 0;
          GEOSCoordSeq_getXY_r(ctx, seq, v, &x, &y);
          f.fill_triangles.push_back({x, y});
        }
      }
      GEOSGeom_destroy_r(ctx, tris);
      ok = n > 0;
    }
  }
  if (multi) GEOSGeom_destroy_r(ctx, multi);
  if (!ok) f.fill_triangles.clear();
  return ok;
}

std::string Triangulator::why_invalid(const OGRGeometry& g) {
  GEOSContextHandle_t ctx = impl_->ctx;
  GEOSGeometry* geos = g.exportToGEOS(ctx);
  if (!geos) return {};
  std::string why;
  if (GEOSisValid_r(ctx, geos) == 0) {
    // GEOS writes "Self-intersection[61 51]"; a message reads "self-intersection at (61, 51)".
    if (char* reason = GEOSisValidReason_r(ctx, geos)) {
      why = reason;
      GEOSFree_r(ctx, reason);
    }
    if (const auto open = why.find('['); open != std::string::npos && why.back() == ']') {
      std::string at = why.substr(open + 1, why.size() - open - 2);
      if (const auto space = at.find(' '); space != std::string::npos) at.replace(space, 1, ", ");
      why = why.substr(0, open) + " at (" + at + ")";
    }
    for (char& c : why) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (why.empty()) why = "not valid";
  } else if (double area = 0; GEOSArea_r(ctx, geos, &area) == 1 && area == 0) {
    why = "has no area (its positions lie on one line)";
  }
  GEOSGeom_destroy_r(ctx, geos);
  return why;
}

}  // namespace histmap
