#include "app/headless.h"

#include <cstdio>

#include "app/gl_window.h"
#include "app/resources.h"
#include "core/scene.h"
#include "render/offscreen_target.h"

namespace histmap {

bool render_frame(const Atlas& atlas, double t, int width, int height, const FrameOptions& frame,
                  const std::vector<unsigned char>& font, Image& out, std::string& error,
                  bool bundled, const SceneOptions& scene_options) {
  MapRenderer renderer;
  if (!renderer.init(atlas, font, error)) return false;
  OffscreenTarget target;
  if (!target.resize(width, height, error)) return false;
  Scene scene;
  evaluate_scene(atlas, t, scene, scene_options);
  const Camera camera = initial_camera(atlas, width, height, bundled);
  target.bind();
  renderer.draw(atlas, scene, camera, frame);
  out = target.read();
  return true;
}

int run_render(const Options& options, const AtlasSession& session) {
  std::string error;
  auto window = GlWindow::create({.offscreen = true}, error);
  if (!window) {
    std::fprintf(stderr, "histmap: %s\n", error.c_str());
    return 1;
  }
  std::vector<unsigned char> font;
  if (!read_file_bytes(default_font_path(), font, error)) {
    std::fprintf(stderr, "histmap: %s\n", error.c_str());
    return 1;
  }
  FrameOptions frame;
  frame.language = options.language;
  frame.date_display = options.date_display;
  const double t = options.date ? *options.date : session.first_day;
  Image image;
  if (!render_frame(session.atlas, t, options.width.value_or(1920), options.height.value_or(1080),
                    frame, font, image, error, session.bundled, {options.trail_days}) ||
      !write_png(image, options.render_path, error)) {
    std::fprintf(stderr, "histmap: %s\n", error.c_str());
    return 1;
  }
  if (!options.quiet)
    std::fprintf(stderr, "histmap: wrote %s (%dx%d, %s)\n", options.render_path.c_str(),
                 image.width, image.height, format_iso(static_cast<DayNumber>(t)).c_str());
  return 0;
}

}  // namespace histmap
