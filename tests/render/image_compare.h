// Render tests: comparing a frame with its expected image, pixel by pixel.
#pragma once

#include <cstddef>

#include "render/image.h"

namespace histmap {

struct ImageDiff {
  bool same_size = false;
  std::size_t differing = 0;  // pixels whose largest channel difference exceeds the threshold
  std::size_t total = 0;
  int max_channel_diff = 0;
  Image visual;  // the expected image faded, differing pixels in red
};

ImageDiff compare_images(const Image& actual, const Image& expected, int threshold);

}  // namespace histmap
