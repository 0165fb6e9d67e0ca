#include "core/scene.h"

#include <algorithm>

namespace histmap {

double track_measure_at(const Track& track, double t) {
  const auto& times = track.times;
  if (times.empty()) return 0;
  if (t <= times.front()) return track.measures.front();
  if (t >= times.back()) return track.measures.back();
  // Segment k..k+1 with times[k] <= t < times[k+1].
  const auto it = std::upper_bound(times.begin(), times.end(), t, [](double v, DayNumber d) {
    return v < static_cast<double>(d);
  });
  const std::size_t k1 = static_cast<std::size_t>(it - times.begin());
  const std::size_t k0 = k1 - 1;
  const double span = static_cast<double>(times[k1] - times[k0]);
  const double f = span > 0 ? (t - times[k0]) / span : 1.0;
  return track.measures[k0] + (track.measures[k1] - track.measures[k0]) * f;
}

void evaluate_scene(const Atlas& atlas, double t, Scene& scene) {
  scene.t = t;
  scene.visible.resize(atlas.features.size());
  for (std::size_t i = 0; i < atlas.features.size(); ++i)
    scene.visible[i] = present_at(atlas.features[i], t) ? 1 : 0;
  scene.movers.clear();
  for (const Track& track : atlas.tracks) {
    if (!scene.visible[track.feature]) continue;
    UnitPosition u;
    u.feature = track.feature;
    u.measure = track_measure_at(track, t);
    u.pos = atlas.track_path(track).at(u.measure);
    scene.movers.push_back(u);
  }
}

}  // namespace histmap
