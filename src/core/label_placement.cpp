#include "core/label_placement.h"

#include <algorithm>
#include <cmath>

namespace histmap {

void place_labels(const std::vector<LabelCandidate>& candidates, float screen_w, float screen_h,
                  std::vector<std::uint32_t>& order, std::vector<PlacedLabel>& placed) {
  order.resize(candidates.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  // Stable: equal priorities keep data order, so labels do not flicker between frames.
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return candidates[a].priority > candidates[b].priority;
  });
  placed.clear();
  for (std::uint32_t idx : order) {
    const LabelCandidate& c = candidates[idx];
    for (int p = 0; p < c.position_count && p < static_cast<int>(c.positions.size()); ++p) {
      const LabelBox& b = c.positions[static_cast<std::size_t>(p)];
      // Labels must be wholly on screen: a cut-off name is worse than none.
      if (!std::isfinite(b.x0) || !std::isfinite(b.y0) || !std::isfinite(b.x1) ||
          !std::isfinite(b.y1))
        continue;
      if (b.x0 < 0 || b.y0 < 0 || b.x1 > screen_w || b.y1 > screen_h) continue;
      const bool clear = std::none_of(placed.begin(), placed.end(), [&](const PlacedLabel& q) {
        return candidates[q.index].positions[static_cast<std::size_t>(q.position)].overlaps(b);
      });
      if (clear) {
        placed.push_back({idx, p});
        break;
      }
    }
  }
}

}  // namespace histmap
