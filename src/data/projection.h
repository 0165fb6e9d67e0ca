// histmap data: the map projection (PROJ, through GDAL's OGRCoordinateTransformation).
// Default: Lambert conformal conic for Eurasia between 40°E and 135°E, standard parallels
// 45°N and 60°N, as DESIGN.md asks.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/geo.h"

namespace histmap {

inline constexpr const char* kDefaultProjection =
    "+proj=lcc +lat_0=50 +lon_0=87 +lat_1=45 +lat_2=60 +datum=WGS84 +units=m +no_defs";

class Projection {
 public:
  // Returns null and sets error when the definition is not understood by PROJ.
  static std::unique_ptr<Projection> create(const std::string& definition, std::string& error);
  ~Projection();
  Projection(const Projection&) = delete;
  Projection& operator=(const Projection&) = delete;

  // Fills x/y of every point from lon/lat. False if any point cannot be projected.
  bool forward(std::vector<GeoPoint>& points) const;
  // Fills lon/lat of a point from x/y (a click on the map). False where that has no answer.
  bool inverse(GeoPoint& point) const;
  const std::string& definition() const { return definition_; }

 private:
  Projection() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string definition_;
};

}  // namespace histmap
