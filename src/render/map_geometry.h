// histmap render: the vertex data for the static map, built once at load on the CPU:
// polygon fans (drawn even-odd through the stencil) with a cover quad per feature, and line
// quads extruded in the vertex shader. Coordinates are floats relative to an origin near the
// data so that metre precision survives the float conversion.
#pragma once

#include <cstdint>
#include <vector>

#include "core/atlas.h"

namespace histmap {

struct FillVertex {
  float x, y;
};

struct LineVertex {
  float x, y;    // world, relative to origin
  float ex, ey;  // extrusion direction (normal, plus cap along the segment)
  float dist;    // metres along the line
};

struct DrawRange {
  std::uint32_t feature = 0;
  std::int32_t first = 0;
  std::int32_t count = 0;
  std::int32_t cover_first =
      -1;  // even-odd fills: six vertices of the bounding quad; -1: plain triangles
};

struct MapGeometry {
  double origin_x = 0, origin_y = 0;
  std::vector<FillVertex> fill;
  std::vector<LineVertex> lines;
  std::vector<DrawRange> land_fills;    // triangulated land, then any land left to even-odd
  std::vector<DrawRange> region_fills;  // one per region (own colour, own lifetime)
  DrawRange coast_lines;
  std::vector<DrawRange> lake_fills;  // base map water, drawn over land
  std::vector<DrawRange> lake_lines;
  std::vector<DrawRange> river_lines;
  std::vector<DrawRange> region_lines;
  std::vector<DrawRange> railway_lines;
  std::vector<DrawRange> other_lines;
};

MapGeometry build_map_geometry(const Atlas& atlas);

// A line that changes every frame (a trail, a journey so far), with its opacity fading from
// alpha_from at its first point to alpha_to at its last, by distance.
struct DynamicLineVertex {
  LineVertex v;
  float alpha;
};
void append_dynamic_line(const std::vector<GeoPoint>& points, double origin_x, double origin_y,
                         float alpha_from, float alpha_to, std::vector<DynamicLineVertex>& out);

}  // namespace histmap
