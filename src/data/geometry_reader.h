// histmap data: OGR geometries into the core model's parts (points, lines, polygon rings),
// with the checks that keep bad coordinates out of the renderer.
#pragma once

#include <string>

#include "core/atlas.h"

class OGRGeometry;

namespace histmap {

// Reads g (in WGS 84 longitude/latitude) into f.geometry and f.parts. On failure returns
// false and says why in error; f is then left without parts.
bool read_geometry(const OGRGeometry* g, Feature& f, std::string& error);

}  // namespace histmap
