#include "image_compare.h"

#include <algorithm>
#include <cstdlib>

namespace histmap {

ImageDiff compare_images(const Image& actual, const Image& expected, int threshold) {
  ImageDiff d;
  d.same_size = actual.width == expected.width && actual.height == expected.height;
  if (!d.same_size) return d;
  d.total = static_cast<std::size_t>(actual.width) * actual.height;
  d.visual = expected;
  for (std::size_t i = 0; i < d.total; ++i) {
    int m = 0;
    for (int c = 0; c < 4; ++c)
      m = std::max(m, std::abs(int{actual.rgba[i * 4 + c]} - int{expected.rgba[i * 4 + c]}));
    d.max_channel_diff = std::max(d.max_channel_diff, m);
    std::uint8_t* px = &d.visual.rgba[i * 4];
    if (m > threshold) {
      ++d.differing;
      px[0] = 255;
      px[1] = 0;
      px[2] = 0;
    } else {
      for (int c = 0; c < 3; ++c) px[c] = static_cast<std::uint8_t>(191 + px[c] / 4);
    }
    px[3] = 255;
  }
  return d;
}

}  // namespace histmap
