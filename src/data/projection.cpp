#include "data/projection.h"

#include <cmath>

#include <ogr_spatialref.h>

namespace histmap {

struct Projection::Impl {
  OGRSpatialReference wgs84;
  OGRSpatialReference target;
  std::unique_ptr<OGRCoordinateTransformation> transform;
  std::unique_ptr<OGRCoordinateTransformation> inverse;  // null when PROJ has none
};

Projection::~Projection() = default;

std::unique_ptr<Projection> Projection::create(const std::string& definition, std::string& error) {
  std::unique_ptr<Projection> p(new Projection);
  p->impl_ = std::make_unique<Impl>();
  p->definition_ = definition;
  p->impl_->wgs84.SetWellKnownGeogCS("WGS84");
  p->impl_->wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (p->impl_->target.SetFromUserInput(definition.c_str()) != OGRERR_NONE) {
    error = "map projection '" + definition + "' is not understood by PROJ";
    return nullptr;
  }
  p->impl_->target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  p->impl_->transform.reset(OGRCreateCoordinateTransformation(&p->impl_->wgs84, &p->impl_->target));
  if (!p->impl_->transform) {
    error = "no transformation from WGS 84 to '" + definition + "'";
    return nullptr;
  }
  p->impl_->inverse.reset(OGRCreateCoordinateTransformation(&p->impl_->target, &p->impl_->wgs84));
  return p;
}

bool Projection::forward(std::vector<GeoPoint>& points) const {
  if (points.empty()) return true;
  std::vector<double> xs(points.size()), ys(points.size());
  std::vector<int> ok(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    xs[i] = points[i].lon;
    ys[i] = points[i].lat;
  }
  if (points.size() > 100'000'000) return false;  // GDAL counts in int
  if (!impl_->transform->Transform(static_cast<int>(points.size()), xs.data(), ys.data(), nullptr,
                                   nullptr, ok.data()))
    return false;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (!ok[i] || !std::isfinite(xs[i]) || !std::isfinite(ys[i])) return false;
    points[i].x = xs[i];
    points[i].y = ys[i];
  }
  return true;
}

bool Projection::inverse(GeoPoint& p) const {
  if (!impl_->inverse) return false;
  double x = p.x, y = p.y;
  int ok = 0;
  if (!impl_->inverse->Transform(1, &x, &y, nullptr, nullptr, &ok) || !ok || !std::isfinite(x) ||
      !std::isfinite(y))
    return false;
  p.lon = x;
  p.lat = y;
  return true;
}

}  // namespace histmap
