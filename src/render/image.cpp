#include "render/image.h"

#include <stb/stb_image_write.h>

namespace histmap {

bool write_png(const Image& image, const std::string& path, std::string& error) {
  if (image.width <= 0 || image.height <= 0 ||
      image.rgba.size() != static_cast<std::size_t>(image.width) * image.height * 4) {
    error = "internal: image has no pixels";
    return false;
  }
  if (!stbi_write_png(path.c_str(), image.width, image.height, 4, image.rgba.data(),
                      image.width * 4)) {
    error = "cannot write '" + path + "'";
    return false;
  }
  return true;
}

}  // namespace histmap
