// histmap data: fill triangles for polygons, by GEOS's constrained Delaunay triangulation,
// computed once at load in projected metres so the renderer draws each pixel once. Polygons
// GEOS cannot triangulate (invalid rings) keep no triangles; the renderer then fills them
// even-odd through the stencil, which is slower but draws any ring.
#pragma once

#include <memory>
#include <string>

#include "core/atlas.h"

class OGRGeometry;

namespace histmap {

class Triangulator {
 public:
  Triangulator();
  ~Triangulator();
  Triangulator(const Triangulator&) = delete;
  Triangulator& operator=(const Triangulator&) = delete;

  // Fills f.fill_triangles from f.parts (rings, already projected). Returns false if GEOS
  // could not triangulate; f.fill_triangles is then empty.
  bool triangulate(Feature& f);

  // Why the polygon g (longitude/latitude, rings as the file gives them) is not valid, as GEOS
  // says it ("self-intersection at (61, 51)", "hole lies outside shell at ..."), or "has no area";
  // empty when it is valid.
  std::string why_invalid(const OGRGeometry& g);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace histmap
