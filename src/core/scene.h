// histmap core: what is where at time t, as a pure function of the atlas and t.
// evaluate_scene() reuses the Scene's storage, so a frame allocates nothing once warm.
#pragma once

#include <cstdint>
#include <vector>

#include "core/atlas.h"

namespace histmap {

struct UnitPosition {
  std::uint32_t feature = 0;
  GeoPoint pos;
  double measure = 0;  // along the track's path
};

struct Scene {
  double t = 0;                       // day number; fractional days animate smoothly between dates
  std::vector<std::uint8_t> visible;  // per feature: present at t
  std::vector<UnitPosition> movers;   // tracks in motion (or holding at a stop) at t
};

void evaluate_scene(const Atlas& atlas, double t, Scene& scene);

// Measure along the track's path at time t (t clamped to the track's dates).
double track_measure_at(const Track& track, double t);

}  // namespace histmap
