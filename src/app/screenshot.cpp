#include "app/screenshot.h"

#include <cmath>
#include <ctime>

#include "app/resources.h"
#include "core/date_format.h"
#include "render/gl.h"
#include "render/image.h"

namespace histmap {
bool save_screenshot(int w, int h, double day, std::string& path, std::string& error) {
  Image img;
  img.width = w;
  img.height = h;
  img.rgba.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
  // GL's rows run bottom-up.
  const std::size_t row = static_cast<std::size_t>(w) * 4;
  for (int y = 0; y < h / 2; ++y)
    std::swap_ranges(img.rgba.begin() + static_cast<std::ptrdiff_t>(y * row),
                     img.rgba.begin() + static_cast<std::ptrdiff_t>((y + 1) * row),
                     img.rgba.begin() + static_cast<std::ptrdiff_t>((h - 1 - y) * row));
  for (std::size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = 255;  // opaque on disk
  const std::time_t now = std::time(nullptr);
  char stamp[32] = {};
  std::tm tm{};
  localtime_r(&now, &tm);
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
  path = user_folder("Pictures") + "/histmap-" +
         format_iso(static_cast<DayNumber>(std::floor(day))) + "-" + stamp + ".png";
  return write_png(img, path, error);
}

}  // namespace histmap
