#include "app/headless.h"

#include <cstdio>

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "app/app_ui.h"
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

bool render_view(const AtlasSession& session, const Options& options,
                 const std::vector<unsigned char>& font, Image& out, std::string& error) {
  const int width = options.width.value_or(1920), height = options.height.value_or(1080);
  AppUi ui;
  init_app_ui(ui, session, options);
  if (!options.select.empty()) {
    const std::int32_t i = session.atlas.index_of(options.select);
    if (i < 0) {
      error = "--select: there is no feature '" + options.select + "'";
      return false;
    }
    ui.inspector.feature = static_cast<std::uint32_t>(i);
  }
  MapRenderer renderer;
  if (!renderer.init(session.atlas, font, error)) return false;
  OffscreenTarget target;
  if (!target.resize(width, height, error)) return false;
  Scene scene;
  evaluate_scene(session.atlas, ui.playback.t, scene,
                 {ui.timeline.trail_days, &ui.controls.filter});
  Camera camera = initial_camera(session.atlas, width, height, session.bundled);
  FrameOptions frame;
  frame.language = options.language;
  frame.theme = options.theme;
  frame.date_display = options.date_display;
  frame.words = &ui.tr;
  frame.title = session.bundled ? ui.tr.tr("atlas.title") : std::string("histmap");
  frame.selected = ui.inspector.feature ? static_cast<std::int32_t>(*ui.inspector.feature) : -1;
  if (options.ui) camera.pan_pixels(0, -60);  // as the window does: clear of the panels
  target.bind();
  renderer.draw(session.atlas, scene, camera, frame);
  if (options.ui) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DeltaTime = 1.0f / 60;
    add_ui_fonts(ui, font, 1.0f);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    apply_ui_choices(ui, options.quiet);
    // Windows that size themselves to their contents settle on the second frame.
    for (int k = 0; k < 3; ++k) {
      ImGui_ImplOpenGL3_NewFrame();
      ImGui::NewFrame();
      draw_panels(ui, session, scene, renderer, io.DisplaySize.x, io.DisplaySize.y);
      ImGui::Render();
    }
    glViewport(0, 0, width, height);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
  }
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
  Image image;
  if (!render_view(session, options, font, image, error) ||
      !write_png(image, options.render_path, error)) {
    std::fprintf(stderr, "histmap: %s\n", error.c_str());
    return 1;
  }
  if (!options.quiet)
    std::fprintf(
        stderr, "histmap: wrote %s (%dx%d, %s)\n", options.render_path.c_str(), image.width,
        image.height,
        format_iso(static_cast<DayNumber>(options.date ? *options.date : session.first_day))
            .c_str());
  return 0;
}

}  // namespace histmap
