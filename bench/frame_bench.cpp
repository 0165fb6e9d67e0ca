// histmap bench: load time of the bundled atlas, scene evaluation per frame, and offscreen
// frame time at 1920x1080 over a played animation (median and 99th percentile).
// Usage: SDL_VIDEODRIVER=offscreen histmap_bench [FRAMES]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "app/app_ui.h"
#include "app/atlas_session.h"
#include "app/gl_window.h"
#include "app/resources.h"
#include "core/camera.h"
#include "core/scene.h"
#include "data/loader.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"

using namespace histmap;
using Clock = std::chrono::steady_clock;

namespace {
double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}
double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}
}  // namespace

int main(int argc, char** argv) {
  const int frames = argc > 1 ? std::max(10, std::atoi(argv[1])) : 300;
  std::string error;
  auto t0 = Clock::now();
  auto projection = Projection::create(kDefaultProjection, error);
  std::vector<Diagnostic> diags;
  const Atlas atlas = load_atlas({HISTMAP_GEODATA}, *projection, diags);
  const double load_ms = ms_since(t0);

  // Scene evaluation: the animation from 14 May to 10 June 1918, many times over.
  const double first = to_day_number({1918, 5, 14}), last = to_day_number({1918, 6, 10});
  Scene scene;
  const int evals = 100000;
  t0 = Clock::now();
  for (int i = 0; i < evals; ++i)
    evaluate_scene(atlas, first + (last - first) * (i % 1000) / 1000.0, scene);
  const double eval_us = ms_since(t0) * 1000.0 / evals;

  auto window = GlWindow::create({.offscreen = true}, error);
  if (!window) {
    std::fprintf(stderr, "bench: %s\n", error.c_str());
    return 1;
  }
  std::vector<unsigned char> font;
  read_file_bytes(default_font_path(), font, error);
  MapRenderer renderer;
  OffscreenTarget target;
  if (!renderer.init(atlas, font, error) || !target.resize(1920, 1080, error)) {
    std::fprintf(stderr, "bench: %s\n", error.c_str());
    return 1;
  }
  const Camera camera = initial_camera(atlas, 1920, 1080, true);
  std::vector<double> frame_ms;
  for (int i = 0; i < frames; ++i) {
    const double t = first + (last - first) * i / frames;
    t0 = Clock::now();
    evaluate_scene(atlas, t, scene);
    target.bind();
    renderer.draw(atlas, scene, camera, FrameOptions{});
    glFinish();  // count the GPU (llvmpipe) work, not just command submission
    frame_ms.push_back(ms_since(t0));
  }
  // The window as a user sees it: every layer on, the layers panel and legend open, the
  // toolbar, the timeline and the inspector; in the default theme and the projector's.
  AtlasSession session;
  session.atlas = atlas;
  session.first_day = to_day_number({1917, 2, 1});
  session.last_day = to_day_number({1920, 12, 31});
  Options options;
  options.quiet = true;
  options.date = static_cast<DayNumber>(first);
  AppUi ui;
  init_app_ui(ui, session, options);
  ui.controls.show_layers = ui.controls.show_legend = true;
  ui.inspector.feature = static_cast<std::uint32_t>(atlas.index_of("unit-alash-cavalry-1918-06"));
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1920, 1080);
  io.DeltaTime = 1.0f / 60;
  add_ui_fonts(ui, font, 1.0f);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  std::vector<double> window_ms[2];
  for (int theme = 0; theme < 2; ++theme) {
    ui.controls.theme = theme ? Theme::HighContrast : Theme::Default;
    FrameOptions frame;
    frame.theme = ui.controls.theme;
    frame.words = &ui.tr;
    for (int i = 0; i < frames; ++i) {
      const double t = first + (last - first) * i / frames;
      t0 = Clock::now();
      apply_ui_choices(ui, true);
      evaluate_scene(atlas, t, scene, {14, &ui.controls.filter});
      target.bind();
      renderer.draw(atlas, scene, camera, frame);
      ImGui_ImplOpenGL3_NewFrame();
      ImGui::NewFrame();
      draw_panels(ui, session, scene, renderer, 1920, 1080);
      ImGui::Render();
      ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
      glFinish();
      if (i > 2) window_ms[theme].push_back(ms_since(t0));  // the first frames build fonts
    }
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui::DestroyContext();

  std::printf("| measure | value |\n|---|---|\n");
  std::printf("| features loaded | %zu |\n", atlas.features.size());
  std::printf("| load bundled atlas (GDAL + projection + link) | %.1f ms |\n", load_ms);
  std::printf("| scene evaluation at t | %.2f us |\n", eval_us);
  std::printf("| frame 1920x1080, median | %.2f ms (%.0f fps) |\n", percentile(frame_ms, 0.5),
              1000.0 / percentile(frame_ms, 0.5));
  std::printf("| frame 1920x1080, 99th percentile | %.2f ms |\n", percentile(frame_ms, 0.99));
  for (int theme = 0; theme < 2; ++theme)
    std::printf(
        "| window 1920x1080, all layers, panels open, %s theme: median / p99 | %.2f / "
        "%.2f ms |\n",
        theme ? "projector" : "default", percentile(window_ms[theme], 0.5),
        percentile(window_ms[theme], 0.99));
  std::printf("| renderer | %s |\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
  return 0;
}
