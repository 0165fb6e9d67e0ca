// histmap core: which feature is under a point of the screen, for the inspector.
// In the order they are drawn, topmost first: events, moving tracks, units, towns and
// stations, then lines (railways, rivers), then the areas that contain the point, smallest
// first.
#pragma once

#include <cstdint>
#include <optional>

#include "core/atlas.h"
#include "core/camera.h"
#include "core/scene.h"

namespace histmap {

// Feature index under screen point (sx, sy), within radius_px of a symbol or line.
std::optional<std::uint32_t> pick_feature(const Atlas& atlas, const Scene& scene,
                                          const Camera& camera, double sx, double sy,
                                          double radius_px);

// Even-odd test over every ring of a polygon feature, in projected metres.
bool polygon_contains(const Feature& f, double x, double y);

}  // namespace histmap
