#include "core/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace histmap {

int SceneStatistics::side_count(std::string_view side) const {
  for (const SideCount& s : by_side)
    if (s.side == side) return s.count;
  return 0;
}

void scene_statistics(const Atlas& atlas, const Scene& scene, SceneStatistics& out) {
  out.by_kind.fill(0);
  out.total = 0;
  // Counts go to 0 but the entries stay: their strings are reused next frame.
  for (SideCount& s : out.by_side) s.count = 0;
  const std::size_t n = std::min(atlas.features.size(), scene.visible.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (scene.visible[i] != kPresent) continue;
    const Feature& f = atlas.features[i];
    if (layer_of(f.kind) == Layer::Base) continue;
    ++out.by_kind[static_cast<std::size_t>(f.kind)];
    ++out.total;
    if (!has_side(f)) continue;
    auto it = std::find_if(out.by_side.begin(), out.by_side.end(),
                           [&](const SideCount& s) { return s.side == f.affiliation; });
    if (it == out.by_side.end()) {
      out.by_side.push_back({f.affiliation, 0});
      it = std::prev(out.by_side.end());
    }
    ++it->count;
  }
}

std::vector<int> layer_presence_per_week(const Atlas& atlas, Layer layer, DayNumber first,
                                         DayNumber last, const std::vector<std::uint8_t>& mask,
                                         const LayerFilter* filter) {
  if (last < first) return {};
  const std::size_t bins = static_cast<std::size_t>((last - first) / 7 + 1);
  // Counts start at one bin and stop after another: a running sum over the differences.
  std::vector<int> diff(bins + 1, 0);
  const bool use_mask = mask.size() == atlas.features.size();
  for (std::size_t i = 0; i < atlas.features.size(); ++i) {
    const Feature& f = atlas.features[i];
    if (layer_of(f.kind) != layer || (use_mask && !mask[i])) continue;
    if (filter && !filter->hidden_sides.empty() && has_side(f) &&
        !filter->side_shown(f.affiliation))
      continue;
    const FeatureDates d = dates_of(f);
    if (!d.has_start && !d.has_end && !d.has_times) continue;
    double lo = -std::numeric_limits<double>::infinity();
    double hi = std::numeric_limits<double>::infinity();
    if (d.has_start) lo = d.start_earliest;
    if (d.has_times) lo = std::max(lo, d.first_time);
    if (d.has_end) hi = d.end_latest;
    if (d.has_times) hi = std::min(hi, d.last_time);
    if (hi < first || lo > last || hi < lo) continue;
    const auto b0 = static_cast<std::size_t>(std::max(0.0, std::floor((lo - first) / 7)));
    const auto b1 = static_cast<std::size_t>(
        std::min(static_cast<double>(bins - 1),
                 std::floor((std::min(hi, static_cast<double>(last)) - first) / 7)));
    ++diff[b0];
    --diff[b1 + 1];
  }
  std::vector<int> out(bins, 0);
  int running = 0;
  for (std::size_t k = 0; k < bins; ++k) out[k] = running += diff[k];
  return out;
}

}  // namespace histmap
