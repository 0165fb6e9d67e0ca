// GL tests: the renderer's cached ground. While the view moves and the ground is slow to draw,
// the cached ground is moved and scaled with the view; it must land where a ground drawn anew
// would be, and be drawn anew once the view rests.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "app/atlas_session.h"
#include "app/gl_window.h"
#include "app/resources.h"
#include "core/scene.h"
#include "data/loader.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"

namespace histmap {
namespace {

// Pixels differing by more than 48 levels in any channel, inside a margin (the strip a pan
// uncovers is water until the ground is drawn anew).
std::size_t differing(const Image& a, const Image& b, int margin) {
  std::size_t n = 0;
  for (int y = margin; y < a.height - margin; ++y)
    for (int x = margin; x < a.width - margin; ++x)
      for (int c = 0; c < 3; ++c) {
        const std::size_t i = (static_cast<std::size_t>(y) * a.width + x) * 4 + c;
        if (std::abs(a.rgba[i] - b.rgba[i]) > 48) {
          ++n;
          break;
        }
      }
  return n;
}

}  // namespace

TEST_CASE("a pan moves the cached ground with the view, it is drawn anew when the view rests") {
  std::string error;
  auto window = GlWindow::create({.offscreen = true}, error);
  REQUIRE(window);
  std::vector<unsigned char> font;
  REQUIRE(read_file_bytes(default_font_path(), font, error));
  auto projection = Projection::create(kDefaultProjection, error);
  std::vector<Diagnostic> diags;
  const Atlas atlas = load_atlas({HISTMAP_GEODATA}, *projection, diags);
  MapRenderer renderer;
  REQUIRE(renderer.init(atlas, font, error));
  renderer.set_slow_ground_ms(-1);  // always follow a moving view with the cached ground
  OffscreenTarget target;
  constexpr int kW = 640, kH = 360;
  REQUIRE(target.resize(kW, kH, error));
  Scene scene;
  evaluate_scene(atlas, to_day_number({1918, 6, 18}), scene);
  const auto draw = [&](const Camera& c) {
    target.bind();
    renderer.draw(atlas, scene, c, FrameOptions{});
    return target.read();
  };
  const Camera home = initial_camera(atlas, kW, kH, true);
  const Image before = draw(home);
  REQUIRE(renderer.base_redraws() == 1);

  Camera panned = home;
  panned.pan_pixels(37, -23);
  const Image moving = draw(panned);
  CHECK(renderer.base_redraws() == 1);  // the cached ground, moved
  const Image rested = draw(panned);
  CHECK(renderer.base_redraws() == 2);  // the same view again: drawn anew
  // Moved by whole pixels the cached ground lands exactly; what differs is the uncovered
  // strip (outside the margin) and the antialiased edges of the labels over it (a few pixels).
  const std::size_t inside = static_cast<std::size_t>(kW - 100) * (kH - 100);
  CHECK(differing(moving, rested, 50) < inside / 200);
  // The control: the frame before the pan differs from the panned one almost everywhere the
  // map has detail, so the comparison above can fail.
  CHECK(differing(before, rested, 50) > inside / 50);
}

}  // namespace histmap
