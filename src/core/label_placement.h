// histmap core: greedy label placement. Higher priority first; each label tries its candidate
// positions in order (right of the symbol, left, above, below) and takes the first that
// overlaps no label already placed, or is dropped. Screen-space boxes, renderer-independent.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace histmap {

struct LabelBox {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool overlaps(const LabelBox& o) const {
    return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
  }
};

struct LabelCandidate {
  std::array<LabelBox, 4> positions{};
  int position_count = 1;
  int priority = 0;  // larger wins
};

struct PlacedLabel {
  std::uint32_t index = 0;  // into the candidates
  int position = 0;         // which of its positions
};

// `order` is scratch; `placed` receives the labels to draw. Both are reused between frames.
void place_labels(const std::vector<LabelCandidate>& candidates, float screen_w, float screen_h,
                  std::vector<std::uint32_t>& order, std::vector<PlacedLabel>& placed);

}  // namespace histmap
