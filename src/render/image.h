// histmap render: an RGBA8 image (rows top to bottom) and PNG output, for screenshots,
// --render and the render tests.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace histmap {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // width * height * 4
};

// Returns false (and says why in error) if the file cannot be written.
bool write_png(const Image& image, const std::string& path, std::string& error);

}  // namespace histmap
