#include "data/geometry_reader.h"

#include <cmath>
#include <cstdio>
#include <memory>

#include <ogr_geometry.h>

namespace histmap {
namespace {

// A coordinate as a message shows it: "%g" keeps 1e308 short (to_string writes 309 digits).
std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

bool read_position(double lon, double lat, std::vector<GeoPoint>& out, std::string& error) {
  if (!std::isfinite(lon) || !std::isfinite(lat)) {
    error = "coordinate (" + number(lon) + ", " + number(lat) + ") is not a finite number";
    return false;
  }
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    error = "coordinate (" + number(lon) + ", " + number(lat) +
            ") is outside longitude -180..180 / latitude -90..90";
    return false;
  }
  out.push_back({lon, lat, 0, 0});
  return true;
}

bool read_point(const OGRPoint* p, std::vector<GeoPoint>& out, std::string& error) {
  return read_position(p->getX(), p->getY(), out, error);
}

bool read_curve(const OGRSimpleCurve* c, std::vector<GeoPoint>& out, std::string& error) {
  const int n = c->getNumPoints();
  out.reserve(out.size() + static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    if (!read_position(c->getX(i), c->getY(i), out, error)) {
      error = "vertex " + std::to_string(i) + ": " + error;
      return false;
    }
  }
  return true;
}

bool read_polygon(const OGRPolygon* poly, Feature& f, std::string& error) {
  for (const OGRLinearRing* ring : *poly) {
    std::vector<GeoPoint> pts;
    if (!read_curve(ring, pts, error)) return false;
    if (pts.size() < 4) {
      error = "a polygon ring needs at least 4 positions, it has " + std::to_string(pts.size());
      return false;
    }
    if (pts.front().lon != pts.back().lon || pts.front().lat != pts.back().lat) {
      error = "a polygon ring must end where it starts (first and last positions differ)";
      return false;
    }
    f.parts.push_back(std::move(pts));
  }
  return true;
}

}  // namespace

bool read_geometry(const OGRGeometry* g, Feature& f, std::string& error) {
  f.parts.clear();
  if (!g) {
    error = "the feature has no geometry";
    return false;
  }
  if (g->IsEmpty()) {
    // GDAL reads [NaN, 50] as an empty point; say what the file has. Both NaN is how
    // GeoPackage writes an empty point: that is empty.
    if (wkbFlatten(g->getGeometryType()) == wkbPoint &&
        (std::isnan(g->toPoint()->getX()) != std::isnan(g->toPoint()->getY()))) {
      error = "coordinate (" + number(g->toPoint()->getX()) + ", " + number(g->toPoint()->getY()) +
              ") is not a finite number";
      return false;
    }
    error = "the geometry is empty";
    return false;
  }
  // Curves (arcs) become line strings first.
  std::unique_ptr<OGRGeometry> linear;
  if (g->hasCurveGeometry()) {
    linear.reset(g->getLinearGeometry());
    g = linear.get();
  }
  bool ok = false;
  switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint: {
      f.geometry = GeometryType::Point;
      f.parts.emplace_back();
      ok = read_point(g->toPoint(), f.parts.back(), error);
      break;
    }
    case wkbMultiPoint: {
      f.geometry = GeometryType::Point;
      f.parts.emplace_back();
      ok = true;
      for (const OGRPoint* p : *g->toMultiPoint())
        if (!(ok = read_point(p, f.parts.back(), error))) break;
      break;
    }
    case wkbLineString: {
      f.geometry = GeometryType::Line;
      f.parts.emplace_back();
      ok = read_curve(g->toLineString(), f.parts.back(), error);
      if (ok && f.parts.back().size() < 2) {
        error = "a line needs at least 2 positions";
        ok = false;
      }
      break;
    }
    case wkbMultiLineString: {
      f.geometry = GeometryType::Line;
      ok = true;
      for (const OGRLineString* ls : *g->toMultiLineString()) {
        f.parts.emplace_back();
        if (!(ok = read_curve(ls, f.parts.back(), error))) break;
        if (f.parts.back().size() < 2) {
          error = "a line needs at least 2 positions";
          ok = false;
          break;
        }
      }
      break;
    }
    case wkbPolygon:
      f.geometry = GeometryType::Polygon;
      ok = read_polygon(g->toPolygon(), f, error);
      break;
    case wkbMultiPolygon:
      f.geometry = GeometryType::Polygon;
      ok = true;
      for (const OGRPolygon* p : *g->toMultiPolygon())
        if (!(ok = read_polygon(p, f, error))) break;
      break;
    case wkbGeometryCollection: {
      // A collection of one kind of geometry reads as its multi- form; a mix has no one
      // symbol on the map, so it is refused with the kinds it mixes.
      const OGRGeometryCollection* gc = g->toGeometryCollection();
      ok = true;
      bool first = true;
      for (const OGRGeometry* member : *gc) {
        Feature part;
        if (!(ok = read_geometry(member, part, error))) break;
        if (!first && part.geometry != f.geometry) {
          error =
              "a geometry collection that mixes points, lines and polygons is not supported; "
              "split it into one feature per kind";
          ok = false;
          break;
        }
        first = false;
        f.geometry = part.geometry;
        if (f.geometry == GeometryType::Point && !f.parts.empty()) {
          f.parts.front().insert(f.parts.front().end(), part.parts.front().begin(),
                                 part.parts.front().end());
        } else {
          for (auto& p : part.parts) f.parts.push_back(std::move(p));
        }
      }
      if (ok && first) {
        error = "the geometry collection is empty";
        ok = false;
      }
      break;
    }
    default:
      error = std::string("geometry type ") + OGRGeometryTypeToName(g->getGeometryType()) +
              " is not supported (use points, lines or polygons)";
      ok = false;
  }
  if (!ok) f.parts.clear();
  return ok;
}

}  // namespace histmap
