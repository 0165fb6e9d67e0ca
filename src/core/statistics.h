// histmap core: what the statistics strip and the timeline's layer histogram count.
// - scene_statistics(): of what is on the map now (the Scene, after the time mode and every
//   filter), how many features of each kind are present (stage kPresent: a past event's small
//   marker and a mission's outcome are not counted) and how many units, echelons and missions
//   of each side. Reuses its storage: no allocation once the sides are known.
// - layer_presence_per_week(): for the timeline's histogram of one layer, how many of its
//   features are present during each week (a feature counts in every week its dated span
//   could meet: earliest start to latest end, a track's first to last day; a missing end runs
//   on). Undated features (there all the time) are left out: they would only lift every bar
//   alike. The attribute filters' mask and the side filter apply; the layer's own switch and
//   the time mode do not (the histogram is the whole time axis of the chosen layer).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/layers.h"
#include "core/scene.h"

namespace histmap {

inline constexpr std::size_t kKindCount = static_cast<std::size_t>(Kind::Other) + 1;

struct SideCount {
  std::string side;  // affiliation ("" when the data gives none)
  int count = 0;
};

struct SceneStatistics {
  std::array<int, kKindCount> by_kind{};  // indexed by Kind; the base map's kinds stay 0
  std::vector<SideCount> by_side;         // sides with a count above 0, in order of first seen
  int total = 0;                          // of the story's kinds (all but the base map)
  int kind_count(Kind k) const { return by_kind[static_cast<std::size_t>(k)]; }
  int side_count(std::string_view side) const;
};

void scene_statistics(const Atlas& atlas, const Scene& scene, SceneStatistics& out);

// Bin k covers days first + 7k .. first + 7k + 6, up to last (as weekly_density). mask: per
// feature, nonzero passes (empty: all); filter: its hidden sides apply (may be null).
std::vector<int> layer_presence_per_week(const Atlas& atlas, Layer layer, DayNumber first,
                                         DayNumber last, const std::vector<std::uint8_t>& mask,
                                         const LayerFilter* filter);

}  // namespace histmap
