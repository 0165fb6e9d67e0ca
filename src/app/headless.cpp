// histmap app: drawing frames without a display (see headless.h): the view at a day drawn
// offscreen, --render, and the render tests' frames.
#include "app/headless.h"

#include <cmath>
#include <cstdio>

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "app/gl_window.h"
#include "app/resources.h"
#include "app/study_tools.h"

namespace histmap {

bool ViewRenderer::init(const AtlasSession& session, const Options& options,
                        const std::vector<unsigned char>& font, std::string& error) {
  session_ = &session;
  font_ = &font;
  panels_ = options.ui;
  quiet_ = options.quiet;
  scale_ = static_cast<float>(options.scale);
  init_app_ui(ui_, session, options);
  if (!options.select.empty()) {
    const std::int32_t i = session.atlas.index_of(options.select);
    if (i < 0) {
      error = "--select: there is no feature '" + options.select + "'";
      return false;
    }
    ui_.inspector.feature = static_cast<std::uint32_t>(i);
  }
  int width = 0, height = 0;
  frame_size(options, width, height);
  if (!renderer_.init(session.atlas, font, error) || !target_.resize(width, height, error))
    return false;
  // The view of the unscaled frame, then as many more pixels for each metre: the same extent.
  camera_ = initial_camera(session.atlas, options.width.value_or(1920),
                           options.height.value_or(1080), session.bundled);
  camera_.width = width;
  camera_.height = height;
  camera_.meters_per_pixel /= options.scale;
  if (panels_) camera_.pan_pixels(0, -60 * options.scale);  // as the window: clear of the panels
  frame_.language = options.language;
  frame_.theme = options.theme;
  frame_.date_display = options.date_display;
  frame_.pixel_ratio = scale_;
  frame_.words = &ui_.tr;
  frame_.title = session.bundled ? ui_.tr.tr("atlas.title") : std::string("histmap");
  frame_.selected = ui_.inspector.feature ? static_cast<std::int32_t>(*ui_.inspector.feature) : -1;
  if (!options.measure.empty()) {
    if (!measurement_from_options(session, options, measurement_, error)) {
      error = "--measure: " + error;
      return false;
    }
    frame_.measurement = &measurement_;
  }
  return true;
}

void ViewRenderer::draw(double t, Image& out) {
  ui_.playback.set_day(t);
  update_study(ui_, session_->atlas);
  evaluate_scene(session_->atlas, ui_.playback.t, scene_, scene_options(ui_));
  target_.bind();
  renderer_.draw(session_->atlas, scene_, camera_, frame_);
  if (panels_ || overlay) draw_ui_panels();
  out = target_.read();
}

void ViewRenderer::draw_ui_panels() {
  // A fresh ImGui context a frame, as --render has always drawn them: panels that size
  // themselves to their contents settle the same way whatever was drawn before, so an export's
  // frame equals --render of its day. Costs the fonts' rasterizing each frame; only --ui
  // exports pay it. The caller's context (the window's) is put back after.
  ImGuiContext* outer = ImGui::GetCurrentContext();
  ImGuiContext* context = ImGui::CreateContext();
  ImGui::SetCurrentContext(context);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  // Laid out in points of the unscaled frame; drawn at scale_ pixels a point, as on HiDPI.
  io.DisplaySize = ImVec2(static_cast<float>(camera_.width) / scale_,
                          static_cast<float>(camera_.height) / scale_);
  io.DisplayFramebufferScale = ImVec2(scale_, scale_);
  io.DeltaTime = 1.0f / 60;
  add_ui_fonts(ui_, *font_, scale_);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  apply_ui_choices(ui_, quiet_);
  // Windows that size themselves to their contents settle on the second frame.
  for (int k = 0; k < 3; ++k) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    if (panels_) draw_panels(ui_, *session_, scene_, renderer_, io.DisplaySize.x, io.DisplaySize.y);
    if (overlay) overlay(io.DisplaySize.x, io.DisplaySize.y);
    ImGui::Render();
  }
  target_.bind();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ImGui_ImplOpenGL3_Shutdown();
  ImGui::DestroyContext(context);
  ImGui::SetCurrentContext(outer);
}

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
  ViewRenderer view;
  if (!view.init(session, options, font, error)) return false;
  view.draw(options.date ? *options.date : session.first_day, out);
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
